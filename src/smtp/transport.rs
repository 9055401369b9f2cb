//! Sending with server settings + secret: [`Sender`] keeps one [`Session`](super::session::Session)
//! open for consecutive messages; failures reported by lettre are named here.

use std::time::Duration;

use lettre::transport::smtp::client::{Certificate, TlsParameters};

use super::problem::{Problem, ProblemKind, Reply, Step, classify_reply, suggestion_for};
use crate::account::{InputError, Security, ServerSettings};
use crate::mail::Outgoing;

/// What the server needs to sign in. The secret never leaves this struct except towards the server.
#[derive(Clone)]
pub struct Credentials {
    pub username: String,
    secret: String,
}

impl Credentials {
    pub fn new(username: impl Into<String>, secret: impl Into<String>) -> Credentials {
        Credentials {
            username: username.into(),
            secret: secret.into(),
        }
    }
}

impl Credentials {
    pub(crate) fn secret(&self) -> &str {
        &self.secret
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("secret", &"<redacted>")
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The settings or the message cannot be used as they are.
    #[error("invalid input: {0}")]
    Input(#[from] InputError),
    /// The server or the network said no.
    #[error("problem: {0:?}")]
    Problem(Problem),
}

/// The server accepted the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub message_id: String,
    /// The server's reply to the message (often names its queue id).
    pub server_reply: String,
}

/// A reusable sender for one server: keeps one connection open between messages. It sends through
/// the same [`Session`](super::session::Session) as the outbox: one connect/TLS/sign-in path.
pub struct Sender {
    settings: ServerSettings,
    /// The saved account, when there is one: its refused access token is refreshed once.
    account: Option<crate::account::Account>,
    /// The open session (and when it was last used), and the credentials it signs in with.
    state: tokio::sync::Mutex<SenderState>,
}

struct SenderState {
    session: Option<(super::session::Session, std::time::Instant)>,
    credentials: Option<Credentials>,
}

/// A connection left unused longer than this is closed and opened again (servers drop idle ones).
const IDLE: Duration = Duration::from_secs(30);

/// Reads the extra certificate authority a private server needs.
pub fn tls_parameters(settings: &ServerSettings) -> Result<TlsParameters, InputError> {
    let mut builder = TlsParameters::builder(settings.host.trim().to_owned());
    if let Some(path) = &settings.ca_file {
        let unusable = || InputError::CaFileUnusable {
            path: path.display().to_string(),
        };
        let pem = std::fs::read(path).map_err(|_| unusable())?;
        let cert = Certificate::from_pem(&pem).map_err(|_| unusable())?;
        builder = builder.add_root_certificate(cert);
    }
    builder
        .build_rustls()
        .map_err(|_| InputError::CaFileUnusable {
            path: settings
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        })
}

impl Sender {
    /// Checks the settings; nothing touches the network yet.
    pub fn new(
        settings: &ServerSettings,
        credentials: Option<Credentials>,
    ) -> Result<Sender, InputError> {
        settings.validate()?;
        if settings.auth.needs_secret() && credentials.is_none() {
            return Err(InputError::MissingPassword);
        }
        if settings.security != Security::None {
            // An unusable --ca-file is the user's input to fix, said before connecting.
            tls_parameters(settings)?;
        }
        Ok(Sender {
            settings: settings.clone(),
            account: None,
            state: tokio::sync::Mutex::new(SenderState {
                session: None,
                credentials,
            }),
        })
    }

    /// Sends for this saved account: a refused access token is refreshed once and tried again.
    pub fn with_account(mut self, account: Option<crate::account::Account>) -> Sender {
        self.account = account;
        self
    }

    /// Sends one message. Connect, greeting, TLS, sign-in and each command get the account's
    /// timeout, and the upload gets extra time in proportion to its size.
    pub async fn send(&self, message: &Outgoing) -> Result<Sent, Problem> {
        let server_reply = self
            .send_raw(&message.from, &message.recipients, message.bytes())
            .await?;
        Ok(Sent {
            message_id: message.message_id.clone(),
            server_reply,
        })
    }

    /// Sends bytes that are already a complete message (the outbox keeps exactly what was written).
    /// Returns the server's reply.
    pub async fn send_raw(
        &self,
        from: &str,
        recipients: &[String],
        bytes: &[u8],
    ) -> Result<String, Problem> {
        use super::session::Session;
        let mut state = self.state.lock().await;
        let state = &mut *state;
        let reusable =
            matches!(&state.session, Some((s, used)) if !s.is_broken() && used.elapsed() < IDLE);
        if !reusable {
            if let Some((old, _)) = state.session.take() {
                old.quit().await;
            }
            let session = match &self.account {
                Some(account) => {
                    Session::open_saved(account, &self.settings, &mut state.credentials).await?
                }
                None => Session::open(&self.settings, state.credentials.as_ref()).await?,
            };
            state.session = Some((session, std::time::Instant::now()));
        }
        let (session, used) = state.session.as_mut().expect("a session was just opened");
        let result = session.send_raw(from, recipients, bytes).await;
        *used = std::time::Instant::now();
        result
    }
}

/// The server's own words in a lettre error: its reply code and text, verbatim; `None` when the
/// error is not a reply (a network or library failure has no server words).
pub fn server_words(error: &lettre::transport::smtp::Error) -> Option<String> {
    let code: u16 = error.status()?.into();
    let text = std::error::Error::source(error)
        .map(|s| s.to_string())
        .unwrap_or_default();
    Some(format!("{code} {}", text.trim()).trim().to_owned())
}

/// A reply in a lettre error: its code, the server's words with the code, and the text alone.
pub(crate) fn reply_parts(error: &lettre::transport::smtp::Error) -> Option<(u16, String, String)> {
    let code: u16 = error.status()?.into();
    let words = server_words(error)?;
    let text = words
        .strip_prefix(&code.to_string())
        .unwrap_or(&words)
        .trim()
        .to_owned();
    Some((code, words, text))
}

/// Names a failure of a command whose step is known (the session sends MAIL, RCPT and DATA one by
/// one): a reply is classified at that step; anything else, once the session was established, is a
/// lost connection at that step — never a TLS handshake, whatever the transport's error type says.
pub fn classify_at_step(
    error: &lettre::transport::smtp::Error,
    settings: &ServerSettings,
    step: Step,
) -> Problem {
    let (host, port) = (settings.host.as_str(), settings.port);
    if let Some((code, words, text)) = reply_parts(error) {
        let kind = classify_reply(&Reply::new(code, &text), step);
        let mut p = Problem::new(kind, step).at(host, port);
        p.suggestion = suggestion_for(kind, port);
        p.server_reply = Some(words);
        return p;
    }
    Problem::new(ProblemKind::ConnectionLost, step).at(host, port)
}

/// Names a failure reported by lettre's transport, where the exact step is not known.
pub fn classify_lettre_error(
    error: &lettre::transport::smtp::Error,
    settings: &ServerSettings,
) -> Problem {
    let (host, port) = (settings.host.as_str(), settings.port);
    let chain = error_chain(error);
    let lower = chain.to_ascii_lowercase();
    let problem = |kind: ProblemKind, step: Step| {
        let mut p = Problem::new(kind, step).at(host, port);
        p.suggestion = suggestion_for(kind, port);
        p
    };
    if let Some((code, words, text)) = reply_parts(error) {
        let step = guess_step(code, &text);
        let kind = classify_reply(&Reply::new(code, &text), step);
        let mut p = problem(kind, step);
        p.server_reply = Some(words);
        return p;
    }
    if error.is_tls() || lower.contains("invalid peer certificate") || lower.contains("tls") {
        let kind = if lower.contains("expired") {
            ProblemKind::CertificateExpired
        } else if lower.contains("notvalidforname") || lower.contains("not valid for name") {
            ProblemKind::CertificateNameMismatch
        } else if lower.contains("unknownissuer")
            || lower.contains("unknown issuer")
            || lower.contains("badsignature")
        {
            ProblemKind::CertificateUntrusted
        } else if lower.contains("corrupt message")
            || lower.contains("invalidcontenttype")
            || lower.contains("invalid content type")
        {
            ProblemKind::ExpectsStarttls
        } else {
            ProblemKind::TlsHandshakeFailed
        };
        return problem(kind, Step::Tls);
    }
    if error.is_timeout() || lower.contains("timed out") {
        return problem(ProblemKind::ConnectTimeout, Step::Connect);
    }
    if lower.contains("temporary failure in name resolution") {
        return problem(ProblemKind::NetworkUnavailable, Step::Resolve);
    }
    if lower.contains("failed to lookup")
        || lower.contains("name or service not known")
        || lower.contains("no address associated")
    {
        return problem(ProblemKind::DnsNotFound, Step::Resolve);
    }
    if lower.contains("connection refused") {
        return problem(ProblemKind::ConnectionRefused, Step::Connect);
    }
    if lower.contains("starttls") {
        return problem(ProblemKind::StarttlsUnavailable, Step::Starttls);
    }
    if lower.contains("authentication mechanism") || lower.contains("no compatible") {
        let kind = if lower.contains("no compatible") {
            ProblemKind::AuthMechanismUnsupported
        } else {
            ProblemKind::AuthUnavailable
        };
        return problem(kind, Step::Auth);
    }
    if lower.contains("reset")
        || lower.contains("broken pipe")
        || lower.contains("eof")
        || lower.contains("incomplete")
    {
        return problem(ProblemKind::ConnectionLost, Step::Data);
    }
    // Not the server's words (the library's own error text): the reply stays empty.
    problem(ProblemKind::UnexpectedReply, Step::Data)
}

fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn guess_step(code: u16, text: &str) -> Step {
    let lower = text.to_ascii_lowercase();
    match code {
        534 | 535 | 538 => Step::Auth,
        552 => Step::Data,
        _ if lower.contains("recipient")
            || lower.contains("relay")
            || lower.contains("user unknown") =>
        {
            Step::RcptTo
        }
        _ if lower.contains("sender") => Step::MailFrom,
        _ => Step::Data,
    }
}
