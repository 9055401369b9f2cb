//! DKIM (RFC 6376): a public key at `<selector>._domainkey.<domain>` for the selectors the sending
//! service uses (and those the user names): found, its type and size, revoked, too short.

use base64::Engine;

use super::{Check, CheckName, Context, Status};
use crate::fl;

/// Receivers such as Gmail ignore signatures made with shorter RSA keys.
const MIN_RSA_BITS: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    /// `p=` is empty: the key was withdrawn.
    Revoked,
    Rsa(Option<usize>),
    Ed25519,
    /// A key type or encoding Outpost does not read.
    Unreadable,
}

/// The tag list of a DKIM record (`v=DKIM1; k=rsa; p=MIIB...`) → the key it publishes.
fn key(record: &str) -> Key {
    let tags: Vec<(String, String)> = record
        .split(';')
        .filter_map(|tag| tag.split_once('='))
        .map(|(k, v)| {
            let value: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            (k.trim().to_ascii_lowercase(), value)
        })
        .collect();
    let tag = |name: &str| {
        tags.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let Some(p) = tag("p") else {
        return Key::Unreadable;
    };
    if p.is_empty() {
        return Key::Revoked;
    }
    let Ok(der) = base64::engine::general_purpose::STANDARD.decode(p) else {
        return Key::Unreadable;
    };
    match tag("k").unwrap_or("rsa").to_ascii_lowercase().as_str() {
        "rsa" => Key::Rsa(rsa_bits(&der)),
        "ed25519" if der.len() == 32 => Key::Ed25519,
        _ => Key::Unreadable,
    }
}

/// The modulus size of an RSA key given as SubjectPublicKeyInfo (what DKIM records hold).
fn rsa_bits(der: &[u8]) -> Option<usize> {
    use x509_parser::prelude::FromDer;
    use x509_parser::public_key::PublicKey;
    use x509_parser::x509::SubjectPublicKeyInfo;
    let (_, spki) = SubjectPublicKeyInfo::from_der(der).ok()?;
    match spki.parsed().ok()? {
        PublicKey::RSA(rsa) => Some(rsa.key_size()),
        _ => None,
    }
}

fn is_dkim(txt: &str) -> bool {
    let t = txt.trim_start().to_ascii_lowercase();
    t.starts_with("v=dkim1") || t.contains("p=")
}

pub(super) async fn check(cx: &Context<'_>, selectors: &[String]) -> Check {
    let provider = cx.provider_name();
    if selectors.is_empty() {
        return Check::new(
            CheckName::Dkim,
            Status::Unknown,
            fl!("domain-dkim-no-selector"),
            fl!("domain-fix-dkim-selector", provider = provider),
        );
    }
    let names: Vec<String> = selectors
        .iter()
        .map(|s| format!("{s}._domainkey.{}", cx.domain))
        .collect();
    let answers = futures::future::join_all(names.iter().map(|n| cx.dns.txt(n))).await;
    // The best finding wins: one good key is enough for the mail signed with it.
    let mut best: Option<(u8, Check)> = None;
    let mut unanswered = None;
    for ((selector, name), answer) in selectors.iter().zip(&names).zip(answers) {
        let Ok(txts) = answer else {
            unanswered.get_or_insert(name.clone());
            continue;
        };
        let Some(record) = txts.iter().find(|t| is_dkim(t)) else {
            continue;
        };
        let (rank, found) = judge(selector, record, &provider);
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((rank, found));
        }
    }
    if let Some((_, found)) = best {
        return found;
    }
    if let Some(name) = unanswered {
        return Check::unanswered(CheckName::Dkim, &name);
    }
    Check::new(
        CheckName::Dkim,
        Status::Fail,
        fl!(
            "domain-dkim-missing",
            domain = cx.domain,
            selectors = selectors.join(", ")
        ),
        fl!(
            "domain-fix-dkim-enable",
            provider = provider,
            domain = cx.domain
        ),
    )
}

/// The finding for the key `record` publishes at `selector`, with its rank (0 best: a usable key;
/// then unreadable, too short, revoked). A fix rotates the key at `provider`.
fn judge(selector: &str, record: &str, provider: &str) -> (u8, Check) {
    let check = |status, message, fix| {
        Check::new(CheckName::Dkim, status, message, fix).with_record(record)
    };
    let rotate = || fl!("domain-fix-dkim-rotate", provider = provider);
    match key(record) {
        Key::Rsa(Some(bits)) if bits >= MIN_RSA_BITS => (
            0,
            check(
                Status::Pass,
                fl!(
                    "domain-dkim-ok",
                    selector = selector,
                    kind = "RSA",
                    bits = bits.to_string()
                ),
                fl!("domain-fix-none"),
            ),
        ),
        Key::Ed25519 => (
            0,
            check(
                Status::Pass,
                fl!(
                    "domain-dkim-ok",
                    selector = selector,
                    kind = "Ed25519",
                    bits = "256"
                ),
                fl!("domain-fix-none"),
            ),
        ),
        Key::Rsa(Some(bits)) => (
            2,
            check(
                Status::Fail,
                fl!(
                    "domain-dkim-short",
                    selector = selector,
                    bits = bits.to_string()
                ),
                rotate(),
            ),
        ),
        Key::Revoked => (
            3,
            check(
                Status::Fail,
                fl!("domain-dkim-revoked", selector = selector),
                rotate(),
            ),
        ),
        Key::Rsa(None) | Key::Unreadable => (
            1,
            check(
                Status::Warn,
                fl!("domain-dkim-unreadable", selector = selector),
                rotate(),
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(key("v=DKIM1; k=rsa; p="), Key::Revoked);
        assert_eq!(key("v=DKIM1; p=!!!"), Key::Unreadable);
        assert_eq!(
            key("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
            Key::Ed25519
        );
    }
}
