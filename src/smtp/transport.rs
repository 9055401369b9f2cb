//! Server settings + secret → a lettre `AsyncSmtpTransport` (rustls), with an overall deadline on
//! every network operation and one pooled connection reused for consecutive messages.

use std::time::Duration;

use lettre::transport::smtp::authentication::{Credentials as LettreCredentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::problem::{Problem, ProblemKind, Reply, Step, classify_reply, suggestion_for};
use crate::account::{AuthMethod, InputError, Security, ServerSettings};
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

/// A reusable sender for one server: keeps one connection open between messages.
pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    settings: ServerSettings,
}

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
    /// Checks the settings and prepares the transport; nothing touches the network yet.
    pub fn new(
        settings: &ServerSettings,
        credentials: Option<Credentials>,
    ) -> Result<Sender, InputError> {
        settings.validate()?;
        if settings.auth.needs_secret() && credentials.is_none() {
            return Err(InputError::MissingPassword);
        }
        let tls = match settings.security {
            Security::Tls => Tls::Wrapper(tls_parameters(settings)?),
            Security::StartTls => Tls::Required(tls_parameters(settings)?),
            Security::None => Tls::None,
        };
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.trim())
                .port(settings.port)
                .tls(tls)
                .timeout(Some(settings.timeout()))
                .pool_config(
                    lettre::transport::smtp::PoolConfig::new()
                        .max_size(1)
                        .idle_timeout(Duration::from_secs(60)),
                );
        if let Some(c) = credentials.filter(|_| settings.auth.needs_secret()) {
            let mechanisms = match settings.auth {
                AuthMethod::OAuth2 => vec![Mechanism::Xoauth2],
                _ => vec![Mechanism::Plain, Mechanism::Login],
            };
            builder = builder
                .credentials(LettreCredentials::new(c.username, c.secret))
                .authentication(mechanisms);
        }
        Ok(Sender {
            transport: builder.build(),
            settings: settings.clone(),
        })
    }

    /// Sends one message. The whole exchange has a deadline: connect, greeting, TLS, sign-in and data
    /// each get the account's timeout, and the upload gets extra time in proportion to its size.
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
        let invalid = || {
            Problem::new(ProblemKind::SenderRejected, Step::MailFrom)
                .at(&self.settings.host, self.settings.port)
        };
        let from: lettre::Address = from.parse().map_err(|_| invalid())?;
        let to: Vec<lettre::Address> = recipients.iter().filter_map(|r| r.parse().ok()).collect();
        let envelope = lettre::address::Envelope::new(Some(from), to).map_err(|_| invalid())?;
        let size = bytes.len() as u64;
        let budget = self.settings.timeout() * 4 + Duration::from_secs(10 * (1 + size / (5 << 20)));
        match tokio::time::timeout(budget, self.transport.send_raw(&envelope, bytes)).await {
            Ok(Ok(response)) => Ok(response.message().collect::<Vec<_>>().join(" ")),
            Ok(Err(error)) => Err(self.classify(&error)),
            Err(_) => Err(Problem::new(ProblemKind::ConnectionLost, Step::Data)
                .at(&self.settings.host, self.settings.port)),
        }
    }

    fn classify(&self, error: &lettre::transport::smtp::Error) -> Problem {
        classify_lettre_error(error, &self.settings)
    }
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
    if let Some(code) = error.status() {
        let code: u16 = code.into();
        let text = reply_text(&chain);
        let step = guess_step(code, &text);
        let kind = classify_reply(&Reply::new(code, &text), step);
        let mut p = problem(kind, step);
        p.server_reply = Some(format!("{code} {text}"));
        if settings.auth == AuthMethod::OAuth2 && p.step == Step::Auth {
            super::problem::classify_token_refusal(&mut p);
        }
        return p;
    }
    // lettre 0.11 gives up when a server answers XOAUTH2 with a challenge (Gmail's 334 JSON
    // before its 535): the token was refused.
    if lower.contains("does not expect a challenge") {
        return problem(ProblemKind::AuthFailed, Step::Auth);
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
    problem(ProblemKind::UnexpectedReply, Step::Data).with_reply(chain)
}

pub(crate) fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// lettre's `Display` is "permanent error (535): 5.7.8 text"; keep what the server said.
pub(crate) fn reply_text(chain: &str) -> String {
    match chain.split_once("): ") {
        Some((_, rest)) => rest.trim().to_owned(),
        None => chain.to_owned(),
    }
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
