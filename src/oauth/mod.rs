//! OAuth2 sign-in with Google and Microsoft (RFC 8252 for native apps): which provider an account
//! uses, whose client registration Outpost signs in with, and what can go wrong, in plain words.
//! The browser flow is in [`flow`]; refresh tokens and the in-memory access tokens in [`tokens`].

mod errors;
pub mod flow;
mod loopback;
pub mod tokens;

use std::sync::RwLock;

use serde::{Deserialize, Serialize};

use crate::fl;
use crate::problem::{Problem, ProblemKind, Step};
use crate::secrets::SecretError;

pub use crate::account::OAuthProvider as Provider;

/// What signing in with a provider needs: scopes and endpoints.
impl Provider {
    /// The scopes asked for, always the same ones (also on refresh). Google's mail scope covers
    /// SMTP and IMAP; Microsoft needs IMAP asked for by name (for copies in Sent), in the same
    /// audience as SMTP (outlook.office.com): mixed with Graph scopes the token would be for the
    /// wrong audience and both servers would refuse it.
    pub fn scopes(self) -> &'static [&'static str] {
        match self {
            Provider::Google => &["https://mail.google.com/"],
            Provider::Microsoft => &[
                "https://outlook.office.com/SMTP.Send",
                "https://outlook.office.com/IMAP.AccessAsUser.All",
                "offline_access",
            ],
        }
    }

    fn default_auth_url(self) -> &'static str {
        match self {
            Provider::Google => "https://accounts.google.com/o/oauth2/v2/auth",
            Provider::Microsoft => "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        }
    }

    fn default_token_url(self) -> &'static str {
        match self {
            Provider::Google => "https://oauth2.googleapis.com/token",
            Provider::Microsoft => "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        }
    }

    /// The name shown on buttons ("Sign in with Google").
    pub fn display_name(self) -> &'static str {
        match self {
            Provider::Google => "Google",
            Provider::Microsoft => "Microsoft",
        }
    }

    fn build_time(self) -> Option<Registration> {
        let (id, secret) = match self {
            Provider::Google => (
                option_env!("OUTPOST_GOOGLE_CLIENT_ID"),
                option_env!("OUTPOST_GOOGLE_CLIENT_SECRET"),
            ),
            Provider::Microsoft => (
                option_env!("OUTPOST_MICROSOFT_CLIENT_ID"),
                option_env!("OUTPOST_MICROSOFT_CLIENT_SECRET"),
            ),
        };
        let id = id.filter(|s| !s.trim().is_empty())?;
        Some(Registration {
            client_id: id.trim().to_owned(),
            client_secret: secret.filter(|s| !s.is_empty()).map(str::to_owned),
            auth_url: None,
            token_url: None,
        })
    }
}

/// One client registration (`[oauth2.google]` / `[oauth2.microsoft]` in `config.toml`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Registration {
    pub client_id: String,
    /// Google desktop clients have one; it is not really secret, but it is never printed either.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
}

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registration")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret.as_ref().map(|_| "…"))
            .field("auth_url", &self.auth_url)
            .field("token_url", &self.token_url)
            .finish()
    }
}

/// The `[oauth2]` table of `config.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Registrations {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub google: Option<Registration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub microsoft: Option<Registration>,
}

impl Registrations {
    pub fn is_empty(&self) -> bool {
        self.google.is_none() && self.microsoft.is_none()
    }

    fn get(&self, provider: Provider) -> Option<&Registration> {
        match provider {
            Provider::Google => self.google.as_ref(),
            Provider::Microsoft => self.microsoft.as_ref(),
        }
    }
}

/// The registrations of the configuration loaded last: saved accounts refresh their tokens with
/// them wherever the refresh happens (outbox, compose window, command line).
static CONFIGURED: RwLock<Option<Registrations>> = RwLock::new(None);

/// Called whenever the configuration is loaded or changed.
pub fn use_registrations(registrations: &Registrations) {
    if let Ok(mut r) = CONFIGURED.write() {
        *r = Some(registrations.clone());
    }
}

/// A registration with every endpoint filled in.
#[derive(Clone)]
pub struct Client {
    pub provider: Provider,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub auth_url: String,
    pub token_url: String,
}

impl Client {
    /// Microsoft's device-code endpoint sits next to its token endpoint.
    pub fn device_url(&self) -> String {
        match self.token_url.strip_suffix("/token") {
            Some(base) => format!("{base}/devicecode"),
            None => self.token_url.replace("/token", "/devicecode"),
        }
    }
}

/// Whether Outpost may send a client secret, a code or a refresh token to `url`, or open it in the
/// browser: `https` only, or plain `http` to this computer (a provider run for tests). Any other
/// scheme (`file:`, `javascript:`, a custom handler) is refused.
pub fn endpoint_allowed(url: &str) -> bool {
    use oauth2::url::Host;
    let Ok(u) = reqwest::Url::parse(url.trim()) else {
        return false;
    };
    match (u.scheme(), u.host()) {
        ("https", Some(_)) => true,
        ("http", Some(Host::Domain(d))) => d.eq_ignore_ascii_case("localhost"),
        ("http", Some(Host::Ipv4(ip))) => ip.is_loopback(),
        ("http", Some(Host::Ipv6(ip))) => ip.is_loopback(),
        _ => false,
    }
}

/// The registration Outpost signs in to `provider` with: `config.toml` first, then what the build
/// was given. `NotConfigured` when there is none (Outpost never borrows another application's);
/// `InsecureEndpoint` when an endpoint is not `https` (or loopback): such a registration is never
/// used, rather than quietly replaced by the provider's default.
pub fn registration(provider: Provider) -> Result<Client, OAuthError> {
    let configured = CONFIGURED
        .read()
        .ok()
        .and_then(|r| r.as_ref().and_then(|r| r.get(provider).cloned()))
        .filter(|r| !r.client_id.trim().is_empty());
    let r = configured
        .or_else(|| provider.build_time())
        .ok_or(OAuthError::NotConfigured(provider))?;
    let url = |u: &Option<String>, default: &str| {
        u.as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .unwrap_or(default)
            .to_owned()
    };
    let client = Client {
        provider,
        client_id: r.client_id.trim().to_owned(),
        client_secret: r.client_secret.clone().filter(|s| !s.is_empty()),
        auth_url: url(&r.auth_url, provider.default_auth_url()),
        token_url: url(&r.token_url, provider.default_token_url()),
    };
    client.check_endpoints()?;
    Ok(client)
}

/// The usable registration for `provider`, if there is one (see [`registration`]).
pub fn client(provider: Provider) -> Option<Client> {
    registration(provider).ok()
}

impl Client {
    /// Both endpoints must be `https` (or loopback): see [`endpoint_allowed`].
    pub fn check_endpoints(&self) -> Result<(), OAuthError> {
        for url in [&self.auth_url, &self.token_url] {
            if !endpoint_allowed(url) {
                return Err(OAuthError::InsecureEndpoint {
                    provider: self.provider,
                    url: url.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Why signing in or getting a fresh token did not work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthError {
    #[error("no client registration for {0:?}")]
    NotConfigured(Provider),
    /// A configured endpoint is not `https` (nor on this computer): it is never used.
    #[error("sign-in endpoint is not https")]
    InsecureEndpoint { provider: Provider, url: String },
    /// The browser was closed, access was denied, or the wait ran out.
    #[error("sign-in cancelled")]
    Cancelled,
    /// The provider refused the saved sign-in (`invalid_grant`).
    #[error("sign-in expired")]
    Expired,
    /// The provider wants the user on its sign-in page before it gives a new token
    /// (`interaction_required`, `login_required`: a second factor, a changed policy).
    #[error("sign-in needs the user")]
    InteractionRequired,
    /// Outpost's permission to send is missing or was withdrawn (`consent_required`, Microsoft
    /// AADSTS65001 without an administrator requirement): the user allows it again by signing in.
    #[error("consent needed")]
    ConsentRequired,
    /// The saved refresh token was issued to another registration or by another token endpoint
    /// than the one configured now: it is not sent there, the user signs in again.
    #[error("registration changed since the sign-in")]
    RegistrationChanged,
    /// The organisation has to approve Outpost first.
    #[error("blocked by the organisation's administrator")]
    BlockedByAdmin,
    /// Google does not allow the mail scope with the device-code grant.
    #[error("device code not available")]
    DeviceCodeUnavailable(Provider),
    /// The token endpoint could not be reached.
    #[error("could not reach the sign-in service")]
    Unreachable { host: String },
    /// The provider answered something Outpost cannot use; the detail is for logs.
    #[error("sign-in failed: {0}")]
    Failed(String),
    #[error(transparent)]
    Keychain(#[from] SecretError),
}

impl OAuthError {
    /// The problem kind of the contract, where there is one.
    pub fn problem_kind(&self) -> Option<ProblemKind> {
        match self {
            OAuthError::NotConfigured(_) | OAuthError::InsecureEndpoint { .. } => {
                Some(ProblemKind::OauthNotConfigured)
            }
            OAuthError::Cancelled => Some(ProblemKind::SignInCancelled),
            OAuthError::Expired
            | OAuthError::InteractionRequired
            | OAuthError::ConsentRequired
            | OAuthError::RegistrationChanged => Some(ProblemKind::SignInExpired),
            OAuthError::BlockedByAdmin => Some(ProblemKind::SignInBlockedByAdmin),
            OAuthError::Unreachable { .. } => Some(ProblemKind::ConnectionLost),
            _ => None,
        }
    }

    pub fn problem(&self) -> Option<Problem> {
        let kind = self.problem_kind()?;
        let mut p = Problem::new(kind, Step::Auth);
        if let OAuthError::Unreachable { host } = self {
            p.host = host.clone();
            p.port = 443;
        }
        Some(p)
    }

    /// What happened, in this error's own words where its kind's general message would say less
    /// (why the saved sign-in needs the user again, which address is not https).
    pub fn detail(&self) -> Option<String> {
        match self {
            OAuthError::InsecureEndpoint { provider, url } => Some(fl!(
                "oauth-insecure-endpoint",
                provider = provider.display_name(),
                url = url.as_str()
            )),
            OAuthError::InteractionRequired => Some(fl!("oauth-interaction-required")),
            OAuthError::ConsentRequired => Some(fl!("oauth-consent-required")),
            OAuthError::RegistrationChanged => Some(fl!("oauth-registration-changed")),
            _ => None,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            OAuthError::DeviceCodeUnavailable(_) => "device_code_unavailable",
            OAuthError::Failed(_) => "sign_in_failed",
            OAuthError::Keychain(e) => e.code(),
            other => other
                .problem_kind()
                .map(ProblemKind::as_str)
                .unwrap_or("failed"),
        }
    }

    /// The problem's message (or this error's own words) and its fix, in one text.
    pub fn message(&self) -> String {
        match self {
            OAuthError::DeviceCodeUnavailable(p) => {
                fl!("oauth-device-code-unavailable", provider = p.display_name())
            }
            OAuthError::Failed(_) => fl!("oauth-failed"),
            OAuthError::Keychain(e) => e.message(),
            other => other
                .problem()
                .map(|p| {
                    let message = other.detail().unwrap_or_else(|| p.message());
                    format!("{message} {}", p.fix())
                })
                .unwrap_or_default(),
        }
    }
}
