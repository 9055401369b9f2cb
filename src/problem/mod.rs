//! What went wrong, in a form a person can act on: a [`ProblemKind`] from the design's list, the step
//! where it happened, the server's own words, and where it helps a setting to try instead.

mod texts;

use serde::{Deserialize, Serialize};

use crate::account::Security;

/// The problem kinds of the public contract (`problem.kind`). Names are part of the JSON interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    DnsNotFound,
    ConnectionRefused,
    ConnectTimeout,
    GreetingTimeout,
    GreetingRejected,
    ServerBusy,
    ExpectsImplicitTls,
    ExpectsStarttls,
    StarttlsUnavailable,
    TlsHandshakeFailed,
    CertificateUntrusted,
    CertificateExpired,
    CertificateNameMismatch,
    AuthUnavailable,
    AuthMechanismUnsupported,
    AuthFailed,
    AppPasswordRequired,
    WebLoginRequired,
    AuthDisabledByProvider,
    AuthRequired,
    EncryptionRequired,
    SenderRejected,
    RecipientRejected,
    MessageTooLarge,
    RateLimited,
    ConnectionLost,
    UnexpectedReply,
    NetworkUnavailable,
    OauthNotConfigured,
    SignInCancelled,
    SignInExpired,
    SignInBlockedByAdmin,
    WrongAccountSignedIn,
    StarttlsTampered,
    OutcomeUnknown,
    /// The sign-in could not be read from the system's keychain (missing, locked or failing):
    /// nothing was asked of the server.
    KeychainUnavailable,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 36] = [
        ProblemKind::DnsNotFound,
        ProblemKind::ConnectionRefused,
        ProblemKind::ConnectTimeout,
        ProblemKind::GreetingTimeout,
        ProblemKind::GreetingRejected,
        ProblemKind::ServerBusy,
        ProblemKind::ExpectsImplicitTls,
        ProblemKind::ExpectsStarttls,
        ProblemKind::StarttlsUnavailable,
        ProblemKind::TlsHandshakeFailed,
        ProblemKind::CertificateUntrusted,
        ProblemKind::CertificateExpired,
        ProblemKind::CertificateNameMismatch,
        ProblemKind::AuthUnavailable,
        ProblemKind::AuthMechanismUnsupported,
        ProblemKind::AuthFailed,
        ProblemKind::AppPasswordRequired,
        ProblemKind::WebLoginRequired,
        ProblemKind::AuthDisabledByProvider,
        ProblemKind::AuthRequired,
        ProblemKind::EncryptionRequired,
        ProblemKind::SenderRejected,
        ProblemKind::RecipientRejected,
        ProblemKind::MessageTooLarge,
        ProblemKind::RateLimited,
        ProblemKind::ConnectionLost,
        ProblemKind::UnexpectedReply,
        ProblemKind::NetworkUnavailable,
        ProblemKind::OauthNotConfigured,
        ProblemKind::SignInCancelled,
        ProblemKind::SignInExpired,
        ProblemKind::SignInBlockedByAdmin,
        ProblemKind::WrongAccountSignedIn,
        ProblemKind::StarttlsTampered,
        ProblemKind::OutcomeUnknown,
        ProblemKind::KeychainUnavailable,
    ];

    pub fn as_str(self) -> &'static str {
        // The test `names_match_serde` keeps this table and the serde names in step.
        KIND_NAMES[self as usize]
    }

    /// Whether trying again later may work without changing anything (the outbox retries these).
    pub fn is_temporary(self) -> bool {
        matches!(
            self,
            ProblemKind::ServerBusy
                | ProblemKind::RateLimited
                | ProblemKind::ConnectionLost
                | ProblemKind::ConnectTimeout
                | ProblemKind::GreetingTimeout
                | ProblemKind::NetworkUnavailable
                | ProblemKind::KeychainUnavailable
        )
    }
}

const KIND_NAMES: [&str; 36] = [
    "dns_not_found",
    "connection_refused",
    "connect_timeout",
    "greeting_timeout",
    "greeting_rejected",
    "server_busy",
    "expects_implicit_tls",
    "expects_starttls",
    "starttls_unavailable",
    "tls_handshake_failed",
    "certificate_untrusted",
    "certificate_expired",
    "certificate_name_mismatch",
    "auth_unavailable",
    "auth_mechanism_unsupported",
    "auth_failed",
    "app_password_required",
    "web_login_required",
    "auth_disabled_by_provider",
    "auth_required",
    "encryption_required",
    "sender_rejected",
    "recipient_rejected",
    "message_too_large",
    "rate_limited",
    "connection_lost",
    "unexpected_reply",
    "network_unavailable",
    "oauth_not_configured",
    "sign_in_cancelled",
    "sign_in_expired",
    "sign_in_blocked_by_admin",
    "wrong_account_signed_in",
    "starttls_tampered",
    "outcome_unknown",
    "keychain_unavailable",
];

/// The steps of a conversation with the server (the contract's step names), plus `data` for sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Resolve,
    Connect,
    Greeting,
    Ehlo,
    Starttls,
    Tls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    Quit,
    /// Reaching the IMAP server (name lookup, connection, greeting) for a copy in Sent.
    ImapConnect,
    /// Encrypting the IMAP connection (STARTTLS, the certificate and handshake).
    ImapTls,
    /// Signing in to the IMAP server.
    ImapAuth,
    /// Finding, creating or writing to the Sent folder.
    ImapFolder,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Resolve => "resolve",
            Step::Connect => "connect",
            Step::Greeting => "greeting",
            Step::Ehlo => "ehlo",
            Step::Starttls => "starttls",
            Step::Tls => "tls",
            Step::Auth => "auth",
            Step::MailFrom => "mail_from",
            Step::RcptTo => "rcpt_to",
            Step::Data => "data",
            Step::Quit => "quit",
            Step::ImapConnect => "imap_connect",
            Step::ImapTls => "imap_tls",
            Step::ImapAuth => "imap_auth",
            Step::ImapFolder => "imap_folder",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub port: u16,
    pub security: Security,
}

/// One diagnosed failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub step: Step,
    /// The server's reply, verbatim (never contains a secret: servers do not echo them).
    pub server_reply: Option<String>,
    pub suggestion: Option<Suggestion>,
    /// Context for the message: the server and port it concerns.
    pub host: String,
    pub port: u16,
    /// For a message refused for its size before it was sent: (the server's limit, its size).
    pub sizes: Option<(u64, u64)>,
    /// The address a refusal concerns (the recipient refused in a pipelined batch, or an address
    /// the server cannot carry).
    pub address: Option<String>,
    /// The address has characters beyond ASCII and the server does not offer SMTPUTF8: nothing
    /// was sent (RFC 6531).
    pub needs_smtputf8: bool,
}

impl Problem {
    pub fn new(kind: ProblemKind, step: Step) -> Problem {
        Problem {
            kind,
            step,
            server_reply: None,
            suggestion: None,
            host: String::new(),
            port: 0,
            sizes: None,
            address: None,
            needs_smtputf8: false,
        }
    }

    /// The server refused the sign-in in a way a fresh access token may cure.
    pub fn token_refused(&self) -> bool {
        matches!(
            self.kind,
            ProblemKind::AuthFailed | ProblemKind::WrongAccountSignedIn
        )
    }

    pub fn at(mut self, host: &str, port: u16) -> Problem {
        self.host = host.to_owned();
        self.port = port;
        self
    }

    pub fn with_reply(mut self, reply: impl Into<String>) -> Problem {
        self.server_reply = Some(reply.into());
        self
    }

    pub fn with_suggestion(mut self, port: u16, security: Security) -> Problem {
        self.suggestion = Some(Suggestion { port, security });
        self
    }

    /// What happened, in plain words.
    pub fn message(&self) -> String {
        texts::message(self)
    }

    /// What to do about it.
    pub fn fix(&self) -> String {
        texts::fix(self)
    }

    /// The JSON object of the contract: `{kind, step, message, fix, server_reply, suggestion}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "kind": self.kind,
            "step": self.step,
            "message": self.message(),
            "fix": self.fix(),
            "server_reply": self.server_reply,
            "suggestion": self.suggestion,
        })
    }
}

/// An SMTP reply reduced to what classification needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    /// The RFC 3463 enhanced status code (`5.7.8`), when the server gave one.
    pub enhanced: Option<(u8, u16, u16)>,
    pub text: String,
}

impl Reply {
    pub fn new(code: u16, text: &str) -> Reply {
        Reply {
            code,
            enhanced: enhanced_code(text),
            text: text.trim().to_owned(),
        }
    }

    fn enhanced_is(&self, class_any: bool, subject: u16, detail: u16) -> bool {
        self.enhanced
            .is_some_and(|(c, s, d)| (class_any || c == 5) && s == subject && d == detail)
    }
}

fn enhanced_code(text: &str) -> Option<(u8, u16, u16)> {
    let first = text.split_whitespace().next()?;
    let mut parts = first.splitn(3, '.');
    let class: u8 = parts.next()?.parse().ok()?;
    let subject: u16 = parts.next()?.parse().ok()?;
    let detail: u16 = parts
        .next()?
        .trim_end_matches([',', ';', ':'])
        .parse()
        .ok()?;
    matches!(class, 2 | 4 | 5).then_some((class, subject, detail))
}

/// Classifies a negative reply received at `step`. Uses the code, the enhanced code and well-known
/// provider texts together, so no single provider's wording decides alone.
pub fn classify_reply(reply: &Reply, step: Step) -> ProblemKind {
    let c = Clues {
        reply,
        text: reply.text.to_ascii_lowercase(),
        step,
    };
    let code = reply.code;
    // Sending limits first: they come with many codes (421, 450, 451, 452, 550, 554).
    if is_rate_limit(&c) {
        return ProblemKind::RateLimited;
    }
    if step == Step::Greeting {
        return if code == 421 || (400..500).contains(&code) {
            ProblemKind::ServerBusy
        } else {
            ProblemKind::GreetingRejected
        };
    }
    if code == 552
        || c.e(3, 4)
        || c.e(2, 3)
        || c.has(&["message size exceeds", "message too large", "size limit"])
    {
        return ProblemKind::MessageTooLarge;
    }
    if let Some(kind) = sign_in_refusal(&c) {
        return kind;
    }
    if code == 421 {
        return if c.has(&["timeout", "timed out"]) {
            ProblemKind::ConnectionLost
        } else {
            ProblemKind::ServerBusy
        };
    }
    if let Some(kind) = envelope_refusal(&c) {
        return kind;
    }
    if (400..500).contains(&code) {
        return ProblemKind::ServerBusy;
    }
    ProblemKind::UnexpectedReply
}

/// What [`classify_reply`] looks at: the reply, its text in lower case, and the step it answered.
struct Clues<'a> {
    reply: &'a Reply,
    text: String,
    step: Step,
}

impl Clues<'_> {
    /// Whether the text contains one of `needles` (given in lower case).
    fn has(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.text.contains(n))
    }

    /// Whether the enhanced code is `x.subject.detail`, whatever its class.
    fn e(&self, subject: u16, detail: u16) -> bool {
        self.reply.enhanced_is(true, subject, detail)
    }
}

/// A sending limit (per hour, per day, per recipient count), in the enhanced code or in one of the
/// providers' wordings.
fn is_rate_limit(c: &Clues) -> bool {
    c.e(4, 5)
        || c.e(7, 28)
        || c.has(&[
            "rate limit",
            "ratelimit",
            "throttl",
            "sending limit",
            "quota exceeded",
            "sending quota",
            "too many messages",
            "message limit",
            "daily user sending",
            "submission quota",
            "maximum sending rate",
            "too many recipients",
            // Microsoft 365 / Outlook.com submission quotas (STOREDRV exceptions, WASCL verdicts).
            "quotaexceeded",
            "submissionquota",
            "recipientthresholdexceeded",
            "messageratelimitexceeded",
            "refusequota",
            "recipient rate limit",
            "daily limit",
            "daily quota",
            "exceeded your daily",
            "limit exceeded for",
            "maximum credits exceeded",
            "hourly limit",
            "too many emails",
        ])
}

/// A refusal about signing in or the encryption it needs, in the order the checks must run: the
/// specific provider answers before the generic codes.
fn sign_in_refusal(c: &Clues) -> Option<ProblemKind> {
    let code = c.reply.code;
    if c.e(7, 9)
        || c.has(&[
            "application-specific password",
            "app password",
            "application specific password",
        ])
    {
        return Some(ProblemKind::AppPasswordRequired);
    }
    if c.e(7, 139)
        || c.e(7, 3)
            && c.has(&[
                "basic authentication is disabled",
                "smtpclientauthentication",
            ])
        || c.has(&[
            "smtpclientauthentication is disabled",
            "basic authentication is disabled",
            "smtp auth is disabled",
            "authentication disabled",
            "auth is disabled for",
        ])
    {
        return Some(ProblemKind::AuthDisabledByProvider);
    }
    if c.e(7, 14)
        || c.has(&[
            "log in via your web browser",
            "please log in via your web",
            "web login required",
        ])
    {
        return Some(ProblemKind::WebLoginRequired);
    }
    if code == 538
        || c.e(7, 11)
        || c.has(&[
            "must issue a starttls",
            "encryption required",
            "starttls first",
            "tls required",
        ])
    {
        return Some(ProblemKind::EncryptionRequired);
    }
    if code == 535 || code == 534 || c.e(7, 8) || (c.step == Step::Auth && code >= 500) {
        return Some(ProblemKind::AuthFailed);
    }
    if code == 504 && c.step == Step::Auth {
        return Some(ProblemKind::AuthMechanismUnsupported);
    }
    if code == 530
        || c.e(7, 57)
        || c.has(&[
            "authentication required",
            "auth required",
            "not authenticated",
            "authentication is required",
        ])
    {
        return Some(ProblemKind::AuthRequired);
    }
    None
}

/// A permanent refusal of the envelope: the sender (at MAIL FROM, or in the words) before the
/// recipient (at RCPT TO, or in the words).
fn envelope_refusal(c: &Clues) -> Option<ProblemKind> {
    let code = c.reply.code;
    let sender_words = c.has(&[
        "sender",
        "from address",
        "send as",
        "sendas",
        "not owned by user",
        "mail from",
        "not verified",
        "verify",
    ]);
    let recipient_words = c.has(&[
        "relay",
        "recipient",
        "mailbox unavailable",
        "no such user",
        "user unknown",
        "does not exist",
        "mailbox not found",
    ]);
    let sender_step = c.step == Step::MailFrom
        || c.e(1, 7)
        || c.e(1, 8)
        || c.e(7, 60)
        || (sender_words && !recipient_words);
    if code >= 500 && sender_step {
        return Some(ProblemKind::SenderRejected);
    }
    let recipient_step = c.step == Step::RcptTo
        || c.e(1, 1)
        || c.e(1, 2)
        || c.e(1, 3)
        || c.e(1, 10)
        || c.e(7, 54)
        || recipient_words;
    if code >= 500 && recipient_step {
        return Some(ProblemKind::RecipientRejected);
    }
    None
}

/// What a refusal at AUTH means when the secret was an OAuth2 access token: Microsoft answers
/// 535 5.7.3 when the token belongs to another account than the one signing in, and 5.7.139 when
/// SMTP sign-in is off for the mailbox (signing in again would not help).
pub fn classify_token_refusal(problem: &mut Problem) {
    let Some(reply) = problem.server_reply.as_deref() else {
        return;
    };
    let (code, text) = reply.split_at(reply.find(' ').unwrap_or(reply.len()));
    let reply = Reply::new(code.parse().unwrap_or(0), text);
    if reply.enhanced_is(false, 7, 139) {
        problem.kind = ProblemKind::AuthDisabledByProvider;
    } else if reply.code == 535 && reply.enhanced_is(false, 7, 3) {
        problem.kind = ProblemKind::WrongAccountSignedIn;
    }
}

/// The usual other setting when a connection mode mismatched.
pub fn suggestion_for(kind: ProblemKind, port: u16) -> Option<Suggestion> {
    match kind {
        ProblemKind::ExpectsImplicitTls => Some(Suggestion {
            port,
            security: Security::Tls,
        }),
        ProblemKind::ExpectsStarttls => Some(Suggestion {
            port,
            security: Security::StartTls,
        }),
        ProblemKind::StarttlsUnavailable | ProblemKind::EncryptionRequired if port != 465 => {
            Some(Suggestion {
                port: 465,
                security: Security::Tls,
            })
        }
        _ => None,
    }
}

pub fn step_name(step: Step) -> String {
    match step {
        Step::Resolve => crate::fl!("step-name-resolve"),
        Step::Connect => crate::fl!("step-name-connect"),
        Step::Greeting => crate::fl!("step-name-greeting"),
        Step::Ehlo => crate::fl!("step-name-ehlo"),
        Step::Starttls => crate::fl!("step-name-starttls"),
        Step::Tls => crate::fl!("step-name-tls"),
        Step::Auth => crate::fl!("step-name-auth"),
        Step::MailFrom => crate::fl!("step-name-mail-from"),
        Step::RcptTo | Step::Data => crate::fl!("step-name-rcpt-to"),
        Step::Quit => crate::fl!("step-name-quit"),
        Step::ImapConnect => crate::fl!("step-name-imap-connect"),
        Step::ImapTls => crate::fl!("step-name-imap-tls"),
        Step::ImapAuth => crate::fl!("step-name-imap-auth"),
        Step::ImapFolder => crate::fl!("step-name-imap-folder"),
    }
}

#[cfg(test)]
mod tests;
