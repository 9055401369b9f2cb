//! The translated message and fix of every problem kind.

use super::{Problem, ProblemKind};
use std::collections::HashMap;

use crate::fl;

/// Every problem text may use `$host`, `$port` and `$reply`; each uses what it needs.
fn args(p: &Problem) -> HashMap<&'static str, String> {
    HashMap::from([
        ("host", p.host.clone()),
        ("port", p.port.to_string()),
        ("reply", p.server_reply.clone().unwrap_or_default()),
        ("address", p.address.clone().unwrap_or_default()),
    ])
}

pub(crate) fn message(p: &Problem) -> String {
    match p.kind {
        ProblemKind::DnsNotFound => fl!("problem-dns-not-found", args(p)),
        ProblemKind::ConnectionRefused => fl!("problem-connection-refused", args(p)),
        ProblemKind::ConnectTimeout => fl!("problem-connect-timeout", args(p)),
        ProblemKind::GreetingTimeout => fl!("problem-greeting-timeout", args(p)),
        ProblemKind::GreetingRejected => fl!("problem-greeting-rejected", args(p)),
        ProblemKind::ServerBusy => fl!("problem-server-busy", args(p)),
        ProblemKind::ExpectsImplicitTls => fl!("problem-expects-implicit-tls", args(p)),
        ProblemKind::ExpectsStarttls => fl!("problem-expects-starttls", args(p)),
        ProblemKind::StarttlsUnavailable => fl!("problem-starttls-unavailable", args(p)),
        ProblemKind::TlsHandshakeFailed => fl!("problem-tls-handshake-failed", args(p)),
        ProblemKind::CertificateUntrusted => fl!("problem-certificate-untrusted", args(p)),
        ProblemKind::CertificateExpired => fl!("problem-certificate-expired", args(p)),
        ProblemKind::CertificateNameMismatch => fl!("problem-certificate-name-mismatch", args(p)),
        ProblemKind::AuthUnavailable => fl!("problem-auth-unavailable", args(p)),
        ProblemKind::AuthMechanismUnsupported => fl!("problem-auth-mechanism-unsupported", args(p)),
        ProblemKind::AuthFailed => fl!("problem-auth-failed", args(p)),
        ProblemKind::AppPasswordRequired => fl!("problem-app-password-required", args(p)),
        ProblemKind::WebLoginRequired => fl!("problem-web-login-required", args(p)),
        ProblemKind::AuthDisabledByProvider => fl!("problem-auth-disabled-by-provider", args(p)),
        ProblemKind::AuthRequired => fl!("problem-auth-required", args(p)),
        ProblemKind::EncryptionRequired => fl!("problem-encryption-required", args(p)),
        ProblemKind::SenderRejected | ProblemKind::RecipientRejected if p.needs_smtputf8 => {
            fl!("problem-address-needs-smtputf8", args(p))
        }
        ProblemKind::SenderRejected => fl!("problem-sender-rejected", args(p)),
        ProblemKind::RecipientRejected if p.address.is_some() => {
            fl!("problem-recipient-rejected-address", args(p))
        }
        ProblemKind::RecipientRejected => fl!("problem-recipient-rejected", args(p)),
        ProblemKind::MessageTooLarge => match p.sizes {
            Some((limit, size)) => fl!(
                "problem-message-too-large-limit",
                limit = crate::i18n::format_size(limit),
                size = crate::i18n::format_size(size)
            ),
            None => fl!("problem-message-too-large", args(p)),
        },
        ProblemKind::RateLimited => fl!("problem-rate-limited", args(p)),
        ProblemKind::ConnectionLost => fl!("problem-connection-lost", args(p)),
        ProblemKind::UnexpectedReply => fl!("problem-unexpected-reply", args(p)),
        ProblemKind::NetworkUnavailable => fl!("problem-network-unavailable", args(p)),
        ProblemKind::OauthNotConfigured => fl!("problem-oauth-not-configured", args(p)),
        ProblemKind::SignInCancelled => fl!("problem-sign-in-cancelled", args(p)),
        ProblemKind::SignInExpired => fl!("problem-sign-in-expired", args(p)),
        ProblemKind::SignInBlockedByAdmin => fl!("problem-sign-in-blocked-by-admin", args(p)),
        ProblemKind::WrongAccountSignedIn => fl!("problem-wrong-account-signed-in", args(p)),
        ProblemKind::StarttlsTampered => fl!("problem-starttls-tampered", args(p)),
        ProblemKind::OutcomeUnknown => fl!("problem-outcome-unknown", args(p)),
        ProblemKind::KeychainUnavailable => fl!("problem-keychain-unavailable", args(p)),
    }
}

pub(crate) fn fix(p: &Problem) -> String {
    // The mailbox's IMAP server has its own usual ports.
    let imap = matches!(
        p.step,
        super::Step::ImapConnect
            | super::Step::ImapTls
            | super::Step::ImapAuth
            | super::Step::ImapFolder
    );
    match p.kind {
        ProblemKind::ConnectionRefused if imap => {
            fl!("problem-imap-connection-refused-fix", args(p))
        }
        ProblemKind::ConnectTimeout if imap => fl!("problem-imap-connect-timeout-fix", args(p)),
        ProblemKind::ExpectsImplicitTls if imap => {
            fl!("problem-imap-expects-implicit-tls-fix", args(p))
        }
        ProblemKind::ExpectsStarttls if imap => fl!("problem-imap-expects-starttls-fix", args(p)),
        _ => fix_sending(p),
    }
}

fn fix_sending(p: &Problem) -> String {
    match p.kind {
        ProblemKind::DnsNotFound => fl!("problem-dns-not-found-fix", args(p)),
        ProblemKind::ConnectionRefused => fl!("problem-connection-refused-fix", args(p)),
        ProblemKind::ConnectTimeout => fl!("problem-connect-timeout-fix", args(p)),
        ProblemKind::GreetingTimeout => fl!("problem-greeting-timeout-fix", args(p)),
        ProblemKind::GreetingRejected => fl!("problem-greeting-rejected-fix", args(p)),
        ProblemKind::ServerBusy => fl!("problem-server-busy-fix", args(p)),
        ProblemKind::ExpectsImplicitTls => fl!("problem-expects-implicit-tls-fix", args(p)),
        ProblemKind::ExpectsStarttls => fl!("problem-expects-starttls-fix", args(p)),
        ProblemKind::StarttlsUnavailable => fl!("problem-starttls-unavailable-fix", args(p)),
        ProblemKind::TlsHandshakeFailed => fl!("problem-tls-handshake-failed-fix", args(p)),
        ProblemKind::CertificateUntrusted => fl!("problem-certificate-untrusted-fix", args(p)),
        ProblemKind::CertificateExpired => fl!("problem-certificate-expired-fix", args(p)),
        ProblemKind::CertificateNameMismatch => {
            fl!("problem-certificate-name-mismatch-fix", args(p))
        }
        ProblemKind::AuthUnavailable => fl!("problem-auth-unavailable-fix", args(p)),
        ProblemKind::AuthMechanismUnsupported => {
            fl!("problem-auth-mechanism-unsupported-fix", args(p))
        }
        ProblemKind::AuthFailed => fl!("problem-auth-failed-fix", args(p)),
        ProblemKind::AppPasswordRequired => fl!("problem-app-password-required-fix", args(p)),
        ProblemKind::WebLoginRequired => fl!("problem-web-login-required-fix", args(p)),
        ProblemKind::AuthDisabledByProvider => {
            fl!("problem-auth-disabled-by-provider-fix", args(p))
        }
        ProblemKind::AuthRequired => fl!("problem-auth-required-fix", args(p)),
        ProblemKind::EncryptionRequired => fl!("problem-encryption-required-fix", args(p)),
        ProblemKind::SenderRejected | ProblemKind::RecipientRejected if p.needs_smtputf8 => {
            fl!("problem-address-needs-smtputf8-fix", args(p))
        }
        ProblemKind::SenderRejected => fl!("problem-sender-rejected-fix", args(p)),
        ProblemKind::RecipientRejected => fl!("problem-recipient-rejected-fix", args(p)),
        ProblemKind::MessageTooLarge => fl!("problem-message-too-large-fix", args(p)),
        ProblemKind::RateLimited => fl!("problem-rate-limited-fix", args(p)),
        ProblemKind::ConnectionLost => fl!("problem-connection-lost-fix", args(p)),
        ProblemKind::UnexpectedReply => fl!("problem-unexpected-reply-fix", args(p)),
        ProblemKind::NetworkUnavailable => fl!("problem-network-unavailable-fix", args(p)),
        ProblemKind::OauthNotConfigured => fl!("problem-oauth-not-configured-fix", args(p)),
        ProblemKind::SignInCancelled => fl!("problem-sign-in-cancelled-fix", args(p)),
        ProblemKind::SignInExpired => fl!("problem-sign-in-expired-fix", args(p)),
        ProblemKind::SignInBlockedByAdmin => fl!("problem-sign-in-blocked-by-admin-fix", args(p)),
        ProblemKind::WrongAccountSignedIn => fl!("problem-wrong-account-signed-in-fix", args(p)),
        ProblemKind::StarttlsTampered => fl!("problem-starttls-tampered-fix", args(p)),
        ProblemKind::OutcomeUnknown => fl!("problem-outcome-unknown-fix", args(p)),
        ProblemKind::KeychainUnavailable => fl!("problem-keychain-unavailable-fix", args(p)),
    }
}
