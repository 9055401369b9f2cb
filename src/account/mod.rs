//! What an outgoing mail account is: who sends, through which server, and how to sign in.

pub mod learned;
mod validate;

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub(crate) use validate::has_line_break;
pub use validate::{
    InputError, field_label, parse_port, validate_account_name, validate_email, validate_email_in,
    validate_host,
};

/// The identity providers Outpost can sign in with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OAuthProvider {
    Google,
    Microsoft,
}

impl OAuthProvider {
    pub const ALL: [OAuthProvider; 2] = [OAuthProvider::Google, OAuthProvider::Microsoft];

    pub fn as_str(self) -> &'static str {
        match self {
            OAuthProvider::Google => "google",
            OAuthProvider::Microsoft => "microsoft",
        }
    }

    pub fn parse(s: &str) -> Option<OAuthProvider> {
        match s.trim().to_ascii_lowercase().as_str() {
            "google" => Some(OAuthProvider::Google),
            "microsoft" => Some(OAuthProvider::Microsoft),
            _ => None,
        }
    }

    /// The provider behind a preset: Gmail and Google Workspace sign in with Google, Outlook.com
    /// and Microsoft 365 with Microsoft.
    pub fn for_preset(preset: &str) -> Option<OAuthProvider> {
        match preset {
            "gmail" | "google-workspace" => Some(OAuthProvider::Google),
            "outlook" | "office365" => Some(OAuthProvider::Microsoft),
            _ => None,
        }
    }

    /// Whether the device-code grant can be used for the mail scope (Google does not allow it).
    pub fn has_device_code(self) -> bool {
        self == OAuthProvider::Microsoft
    }
}

/// How the connection to the server is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte ("SSL/TLS", usually port 465).
    Tls,
    /// Plain SMTP upgraded with STARTTLS before anything secret is sent (usually 587).
    #[default]
    #[serde(rename = "starttls")]
    StartTls,
    /// No encryption at all.
    None,
}

impl Security {
    pub const ALL: [Security; 3] = [Security::Tls, Security::StartTls, Security::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::StartTls => "starttls",
            Security::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Security> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tls" | "ssl" | "ssl/tls" | "implicit" => Some(Security::Tls),
            "starttls" | "start-tls" => Some(Security::StartTls),
            "none" | "plain" => Some(Security::None),
            _ => None,
        }
    }

    /// The encryption a port is normally used with.
    pub fn usual_for_port(port: u16) -> Option<Security> {
        match port {
            465 | 2465 => Some(Security::Tls),
            587 | 25 | 2525 | 2587 => Some(Security::StartTls),
            _ => None,
        }
    }

    pub fn is_encrypted(self) -> bool {
        !matches!(self, Security::None)
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the account signs in to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AuthMethod {
    /// A password, app password or API key (AUTH PLAIN or LOGIN).
    #[default]
    Password,
    /// An OAuth2 access token (XOAUTH2).
    #[serde(rename = "oauth2")]
    OAuth2,
    /// No sign-in: the server accepts mail without one (a local relay, an IP-based allow list).
    None,
}

impl AuthMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Password => "password",
            AuthMethod::OAuth2 => "oauth2",
            AuthMethod::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<AuthMethod> {
        match s.trim().to_ascii_lowercase().as_str() {
            "password" => Some(AuthMethod::Password),
            "oauth2" | "xoauth2" => Some(AuthMethod::OAuth2),
            "none" => Some(AuthMethod::None),
            _ => None,
        }
    }

    pub fn needs_secret(self) -> bool {
        !matches!(self, AuthMethod::None)
    }
}

/// Where and how to connect. Used alone by `check`/`probe`/`send` with server options, and as part
/// of a saved [`Account`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServerSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub auth: AuthMethod,
    pub username: String,
    /// The user accepted that the password travels unencrypted (only meaningful with `Security::None`).
    pub allow_password_without_encryption: bool,
    /// An extra trusted certificate authority (PEM) for a private server.
    pub ca_file: Option<PathBuf>,
    /// Overall deadline for one network operation, in seconds.
    pub timeout_secs: u64,
    /// How long to wait for the server's answer after the whole message was written, in seconds.
    /// RFC 5321 §4.5.3.2.6 asks for 10 minutes: a server may scan a large attachment first.
    #[serde(skip_serializing_if = "is_default_final_reply")]
    pub final_reply_secs: u64,
}

pub const DEFAULT_TIMEOUT_SECS: u64 = 10;
pub const DEFAULT_FINAL_REPLY_SECS: u64 = 600;

fn is_default_final_reply(secs: &u64) -> bool {
    *secs == DEFAULT_FINAL_REPLY_SECS
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            host: String::new(),
            port: 587,
            security: Security::StartTls,
            auth: AuthMethod::Password,
            username: String::new(),
            allow_password_without_encryption: false,
            ca_file: None,
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            final_reply_secs: DEFAULT_FINAL_REPLY_SECS,
        }
    }
}

impl ServerSettings {
    pub fn timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.timeout_secs.clamp(1, 300))
    }

    /// The wait for the server's answer after the final dot (separate from the upload's deadline).
    pub fn final_reply_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.final_reply_secs.clamp(1, 3600))
    }

    /// Whether a secret may be sent on this connection: only encrypted, or with the explicit opt-in.
    pub fn may_send_secret(&self) -> bool {
        self.security.is_encrypted() || self.allow_password_without_encryption
    }

    /// Checks what a user can get wrong before anything touches the network.
    pub fn validate(&self) -> Result<(), InputError> {
        validate_host(&self.host)?;
        if self.port == 0 {
            return Err(InputError::PortOutOfRange {
                value: self.port.to_string(),
            });
        }
        if self.auth.needs_secret() && self.username.trim().is_empty() {
            return Err(InputError::MissingUsername);
        }
        if validate::has_line_break(&self.username) {
            return Err(InputError::LineBreak {
                field: "username".into(),
            });
        }
        if self.auth.needs_secret() && !self.may_send_secret() {
            return Err(InputError::PasswordWithoutEncryption);
        }
        Ok(())
    }
}

/// A saved sending account. The secret is never part of it: it lives in the OS keychain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Account {
    /// Unique, user-chosen name; also the key of the keychain entry.
    pub name: String,
    pub display_name: String,
    pub email: String,
    #[serde(flatten)]
    pub server: ServerSettings,
    /// The provider preset the settings came from, if any.
    pub provider: Option<String>,
    pub default: bool,
    /// Messages per day this account may send; `None` uses the provider's documented limit.
    pub daily_limit: Option<u32>,
    /// Who an OAuth2 account signs in with; `None` takes it from the preset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth2: Option<OAuthProvider>,
    /// Plain text put under each new message, after the conventional `-- ` line.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub signature: String,
    /// Where replies should go, when not to this address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Send a copy of each message to this address (Bcc): Outpost has no Sent folder.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bcc_self: bool,
    /// Other From addresses that send through this account, each with its name and signature.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identities: Vec<Identity>,
    /// The mailbox's IMAP server, where a copy of each sent message goes into the Sent folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imap: Option<ImapSettings>,
    /// Whether a copy of each sent message is put in the mailbox's Sent folder.
    #[serde(skip_serializing_if = "SaveSent::is_auto")]
    pub save_sent: SaveSent,
}

/// The incoming (IMAP) server of a mailbox, used only to put copies of sent messages in its Sent
/// folder. It signs in like the sending server unless `user` differs, with the same keychain secret
/// or OAuth2 sign-in (an IMAP password of its own is kept under the account's `imap` keychain entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImapSettings {
    pub host: String,
    pub port: u16,
    /// `tls` (usually 993) or `starttls` (usually 143); never unencrypted.
    pub security: Security,
    /// The IMAP user name when it is not the sending one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub user: String,
}

impl Default for ImapSettings {
    fn default() -> Self {
        ImapSettings {
            host: String::new(),
            port: 993,
            security: Security::Tls,
            user: String::new(),
        }
    }
}

impl ImapSettings {
    /// The encryption an IMAP port is normally used with.
    pub fn usual_security(port: u16) -> Option<Security> {
        match port {
            993 => Some(Security::Tls),
            143 => Some(Security::StartTls),
            _ => None,
        }
    }

    pub fn validate(&self) -> Result<(), InputError> {
        validate_host(&self.host)?;
        if self.port == 0 {
            return Err(InputError::PortOutOfRange {
                value: self.port.to_string(),
            });
        }
        if !self.security.is_encrypted() {
            return Err(InputError::PasswordWithoutEncryption);
        }
        if validate::has_line_break(&self.user) {
            return Err(InputError::LineBreak {
                field: "imap_user".into(),
            });
        }
        Ok(())
    }
}

/// Whether copies of sent messages go into the mailbox's Sent folder over IMAP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SaveSent {
    /// Off for providers that file submitted mail in Sent themselves, IMAP where IMAP settings are
    /// known, else off.
    #[default]
    Auto,
    Imap,
    Off,
}

impl SaveSent {
    pub const ALL: [SaveSent; 3] = [SaveSent::Auto, SaveSent::Imap, SaveSent::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            SaveSent::Auto => "auto",
            SaveSent::Imap => "imap",
            SaveSent::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Option<SaveSent> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(SaveSent::Auto),
            "imap" => Some(SaveSent::Imap),
            "off" | "none" => Some(SaveSent::Off),
            _ => None,
        }
    }

    fn is_auto(&self) -> bool {
        *self == SaveSent::Auto
    }
}

/// Another From address of an account (an alias the provider lets the account send as).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Identity {
    pub name: String,
    pub email: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub signature: String,
}

impl Account {
    /// The other From address `email`, if it is one of this account's identities.
    pub fn identity(&self, email: &str) -> Option<&Identity> {
        self.identities
            .iter()
            .find(|i| i.email.trim().eq_ignore_ascii_case(email.trim()))
    }

    /// The signature for a message from `email`: its identity's own, else the account's.
    pub fn signature_for(&self, email: &str) -> &str {
        match self.identity(email) {
            Some(i) if !i.signature.trim().is_empty() => &i.signature,
            _ => &self.signature,
        }
    }

    /// The identity provider an OAuth2 account signs in with.
    pub fn oauth2_provider(&self) -> Option<OAuthProvider> {
        self.oauth2
            .or_else(|| self.provider.as_deref().and_then(OAuthProvider::for_preset))
    }

    pub fn validate(&self) -> Result<(), InputError> {
        validate_account_name(&self.name)?;
        validate_email(&self.email)?;
        if validate::has_line_break(&self.display_name) {
            return Err(InputError::LineBreak {
                field: "display_name".into(),
            });
        }
        if let Some(reply_to) = self.reply_to.as_deref().filter(|r| !r.trim().is_empty()) {
            validate_email_in("reply_to", reply_to.trim())?;
        }
        for identity in &self.identities {
            validate_email_in("from", identity.email.trim())?;
            if validate::has_line_break(&identity.name) {
                return Err(InputError::LineBreak {
                    field: "from".into(),
                });
            }
        }
        if let Some(imap) = &self.imap {
            imap.validate()?;
        } else if self.save_sent == SaveSent::Imap {
            return Err(InputError::Empty {
                field: "imap_host".into(),
            });
        }
        self.server.validate()
    }
}
pub fn security_label(security: Security) -> String {
    match security {
        Security::Tls => crate::fl!("security-tls"),
        Security::StartTls => crate::fl!("security-starttls"),
        Security::None => crate::fl!("security-none"),
    }
}
