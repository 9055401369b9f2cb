//! The mailbox's IMAP server, for one purpose: putting a copy of each sent message into its Sent
//! folder, as every desktop mail client does for providers that do not file submitted mail there.
//!
//! The IMAP dialogue is `async-imap`'s (Delta Chat's maintained client, on tokio). What comes before
//! it is ours and shared with the SMTP engine: the name lookup, the connection with its deadline,
//! STARTTLS with the same refusal of injected bytes, and the TLS handshake with the same
//! certificate checks (and the account's extra CA file). Everything read is bounded: the stream
//! the library reads stops at [`READ_LIMIT`] bytes a connection and at a line of 256 KiB (its own
//! buffer would grow to 512 MiB, parsing an endless line again at every read), and every wait has
//! a deadline.

mod auth;
mod bounded;
mod folders;
mod start;
pub mod utf7;

use std::path::PathBuf;
use std::time::Duration;

use crate::account::{ImapSettings, Security};
use crate::problem::{Problem, ProblemKind, Step};

pub use folders::usual_sent_name;

/// What one connection may read in all: LIST of thousands of folders, SEARCH and the server's
/// answers fit many times; an endless or hostile answer ends the connection here.
pub const READ_LIMIT: u64 = 8 * 1024 * 1024;

type Stream = bounded::Bounded<crate::smtp::engine::net::TlsStream>;

/// How to sign in to the IMAP server. The secret never leaves this struct except towards the server.
#[derive(Clone)]
pub struct ImapCredentials {
    pub user: String,
    secret: String,
    /// The secret is an OAuth2 access token (XOAUTH2, else OAUTHBEARER).
    pub oauth2: bool,
}

impl ImapCredentials {
    pub fn password(user: impl Into<String>, password: impl Into<String>) -> ImapCredentials {
        ImapCredentials {
            user: user.into(),
            secret: password.into(),
            oauth2: false,
        }
    }

    pub fn token(user: impl Into<String>, token: impl Into<String>) -> ImapCredentials {
        ImapCredentials {
            user: user.into(),
            secret: token.into(),
            oauth2: true,
        }
    }
}

impl std::fmt::Debug for ImapCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImapCredentials")
            .field("user", &self.user)
            .field("secret", &"<redacted>")
            .field("oauth2", &self.oauth2)
            .finish()
    }
}

/// Where to connect: the account's IMAP settings, its extra CA file and its deadline.
#[derive(Debug, Clone)]
pub struct Target {
    pub settings: ImapSettings,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
}

/// A signed-in IMAP connection.
pub struct Session {
    inner: async_imap::Session<Stream>,
    capabilities: Vec<String>,
    host: String,
    port: u16,
    timeout: Duration,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("host", &self.host)
            .field("port", &self.port)
            .finish()
    }
}

/// Connects, encrypts and signs in.
pub async fn open(target: &Target, credentials: &ImapCredentials) -> Result<Session, Problem> {
    let settings = &target.settings;
    if !settings.security.is_encrypted() {
        // Never a password over an unencrypted IMAP connection: the settings refuse it too.
        return Err(Problem::new(ProblemKind::EncryptionRequired, Step::ImapTls)
            .at(&settings.host, settings.port));
    }
    let (client, capabilities) = start::connect(target).await?;
    let at = |p: Problem| p.at(&settings.host, settings.port);
    let inner = auth::sign_in(client, &capabilities, credentials, target.timeout)
        .await
        .map_err(at)?;
    let mut session = Session {
        inner,
        capabilities,
        host: settings.host.clone(),
        port: settings.port,
        timeout: target.timeout,
    };
    // Servers may announce more once signed in (SPECIAL-USE among them).
    if let Ok(more) = session.fetch_capabilities().await {
        session.capabilities = more;
    }
    Ok(session)
}

impl Session {
    /// Whether the server announced `capability` (case-insensitive).
    pub fn has(&self, capability: &str) -> bool {
        self.capabilities
            .iter()
            .any(|c| c.eq_ignore_ascii_case(capability))
    }

    async fn fetch_capabilities(&mut self) -> Result<Vec<String>, Problem> {
        let deadline = self.timeout;
        self.run(Step::ImapConnect, deadline, async |s| {
            let caps = s.capabilities().await?;
            Ok(caps.iter().map(capability_name).collect())
        })
        .await
    }

    /// Signs out politely, within a short wait.
    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.inner.logout()).await;
    }

    /// The deadline of an operation that sends `bytes` to the server: the usual one, plus time to
    /// upload at a slow 64 KB/s.
    fn deadline_for(&self, bytes: usize) -> Duration {
        self.timeout + Duration::from_secs(bytes as u64 / (64 * 1024))
    }

    /// Runs one IMAP operation within `deadline`, naming a failure at `step`.
    async fn run<T>(
        &mut self,
        step: Step,
        deadline: Duration,
        work: impl AsyncFnOnce(&mut async_imap::Session<Stream>) -> async_imap::error::Result<T>,
    ) -> Result<T, Problem> {
        let (host, port) = (self.host.clone(), self.port);
        match tokio::time::timeout(deadline, work(&mut self.inner)).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(classify(&e, step).at(&host, port)),
            Err(_) => Err(Problem::new(ProblemKind::ConnectionLost, step).at(&host, port)),
        }
    }

    /// Appends `message` to `folder` (its name as the server spells it) with the `\Seen` flag.
    pub async fn append(&mut self, folder: &str, message: &[u8]) -> Result<(), Problem> {
        let deadline = self.deadline_for(message.len());
        let folder = folder.to_owned();
        self.run(Step::ImapFolder, deadline, async move |s| {
            s.append(&folder, Some("(\\Seen)"), None, message).await
        })
        .await
    }

    /// Whether `folder` holds a message with this Message-ID (to tell whether an append whose
    /// answer was lost went through).
    pub async fn has_message_id(
        &mut self,
        folder: &str,
        message_id: &str,
    ) -> Result<bool, Problem> {
        let id = message_id.trim();
        if id.is_empty() || id.contains(['"', '\\', '\r', '\n']) || !id.is_ascii() {
            // Not something to search for; an empty answer is safer than a malformed command.
            return Ok(false);
        }
        let folder = folder.to_owned();
        let query = format!("HEADER Message-ID \"{id}\"");
        let deadline = self.timeout;
        self.run(Step::ImapFolder, deadline, async move |s| {
            s.examine(&folder).await?;
            let found = s.uid_search(&query).await?;
            Ok(!found.is_empty())
        })
        .await
    }
}

fn capability_name(c: &async_imap::types::Capability) -> String {
    use async_imap::types::Capability;
    match c {
        Capability::Imap4rev1 => "IMAP4rev1".to_owned(),
        Capability::Auth(m) => format!("AUTH={m}"),
        Capability::Atom(a) => a.to_string(),
    }
}

/// The server's words, made safe to show: control characters gone, at most 300 characters.
fn server_words(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    match clean.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &clean[..i]),
        None => clean.to_owned(),
    }
}

/// A failed IMAP command, named from what the server said (RFC 5530 response codes first).
fn classify(error: &async_imap::error::Error, step: Step) -> Problem {
    use async_imap::error::Error;
    let (kind, words) = match error {
        Error::No(text) | Error::Bad(text) => (kind_of_refusal(text, step), Some(text.as_str())),
        Error::Io(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            (ProblemKind::UnexpectedReply, None)
        }
        Error::Io(_) | Error::ConnectionLost => (ProblemKind::ConnectionLost, None),
        Error::Parse(_) | Error::Validate(_) | Error::Append => {
            (ProblemKind::UnexpectedReply, None)
        }
        _ => (ProblemKind::UnexpectedReply, None),
    };
    let problem = Problem::new(kind, step);
    match words.map(server_words).filter(|w| !w.is_empty()) {
        Some(w) => problem.with_reply(w),
        None => problem,
    }
}

fn kind_of_refusal(text: &str, step: Step) -> ProblemKind {
    let lower = text.to_ascii_lowercase();
    let has = |needle: &str| lower.contains(needle);
    if has("[unavailable]") || has("try again later") || has("[inuse]") {
        ProblemKind::ServerBusy
    } else if has("[privacyrequired]") {
        ProblemKind::EncryptionRequired
    } else if has("application-specific password") || has("app password") {
        ProblemKind::AppPasswordRequired
    } else if has("web login") || has("webalert") || has("[alert] please log in via") {
        ProblemKind::WebLoginRequired
    } else if has("[overquota]") || has("quota") {
        ProblemKind::RateLimited
    } else if step == Step::ImapAuth {
        ProblemKind::AuthFailed
    } else {
        ProblemKind::UnexpectedReply
    }
}

/// The usual port of `security` for IMAP.
pub fn usual_port(security: Security) -> u16 {
    match security {
        Security::StartTls | Security::None => 143,
        Security::Tls => 993,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_named_from_the_response_codes() {
        let auth = |t: &str| kind_of_refusal(t, Step::ImapAuth);
        assert_eq!(
            auth("[AUTHENTICATIONFAILED] Authentication failed."),
            ProblemKind::AuthFailed
        );
        assert_eq!(
            auth("[UNAVAILABLE] Temporary authentication failure."),
            ProblemKind::ServerBusy
        );
        assert_eq!(
            auth("[PRIVACYREQUIRED] Plaintext authentication disallowed"),
            ProblemKind::EncryptionRequired
        );
        assert_eq!(
            auth("[ALERT] Application-specific password required"),
            ProblemKind::AppPasswordRequired
        );
        assert_eq!(
            kind_of_refusal("[OVERQUOTA] Quota exceeded", Step::ImapFolder),
            ProblemKind::RateLimited
        );
        assert_eq!(
            kind_of_refusal("Mailbox doesn't exist", Step::ImapFolder),
            ProblemKind::UnexpectedReply
        );
    }

    #[test]
    fn server_words_are_bounded_and_without_control_characters() {
        assert_eq!(server_words("a\x1b[31mb\r\n"), "a [31mb");
        assert_eq!(server_words(&"x".repeat(1000)).chars().count(), 301);
    }
}
