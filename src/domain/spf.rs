//! SPF (RFC 7208): one record, valid terms, at most 10 DNS lookups counted through every include,
//! a closing `all` that protects, and a mechanism that authorises the server the account sends through.

use std::net::IpAddr;
use std::pin::Pin;

use super::{Check, CheckName, Context, Status, lookup::Dns};
use crate::fl;

/// Receivers stop evaluating after this many lookups and call the record an error (RFC 7208 §4.6.4).
const LOOKUP_LIMIT: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    qualifier: char,
    /// Lower-case mechanism or modifier name (`include`, `ip4`, `redirect`, ...).
    name: String,
    value: Option<String>,
    text: String,
}

pub(super) fn is_spf(txt: &str) -> bool {
    let lower = txt.trim().to_ascii_lowercase();
    lower == "v=spf1" || lower.starts_with("v=spf1 ")
}

/// The record's terms, or the first term receivers would not understand.
fn parse(record: &str) -> Result<Vec<Term>, String> {
    let mut terms = Vec::new();
    for text in record.split_whitespace().skip(1) {
        if let Some((name, value)) = text.split_once('=')
            && !name.contains(':')
            && !name.contains('/')
        {
            let name = name.to_ascii_lowercase();
            let valid = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                && (!matches!(name.as_str(), "redirect" | "exp") || !value.is_empty());
            if !valid {
                return Err(text.to_owned());
            }
            terms.push(Term {
                qualifier: '+',
                name,
                value: Some(value.to_owned()),
                text: text.to_owned(),
            });
            continue;
        }
        let (qualifier, rest) = match text.chars().next() {
            Some(q @ ('+' | '-' | '~' | '?')) => (q, &text[1..]),
            _ => ('+', text),
        };
        let (name, value) = match rest.split_once([':', '/']) {
            Some((n, _)) => (n, rest[n.len()..].strip_prefix(':').map(str::to_owned)),
            None => (rest, None),
        };
        let name = name.to_ascii_lowercase();
        let ok = match name.as_str() {
            "all" => value.is_none() && rest.len() == 3,
            "include" | "exists" => value.as_deref().is_some_and(|v| !v.is_empty()),
            "a" | "mx" | "ptr" => true,
            "ip4" => value.as_deref().is_some_and(|v| range(v, false).is_some()),
            "ip6" => value.as_deref().is_some_and(|v| range(v, true).is_some()),
            _ => false,
        };
        if !ok {
            return Err(text.to_owned());
        }
        terms.push(Term {
            qualifier,
            name,
            value,
            text: text.to_owned(),
        });
    }
    Ok(terms)
}

/// `192.0.2.0/24` → (address, prefix length).
fn range(value: &str, v6: bool) -> Option<(IpAddr, u8)> {
    let (ip, len) = match value.split_once('/') {
        Some((ip, len)) => (ip, Some(len.parse::<u8>().ok()?)),
        None => (value, None),
    };
    let ip: IpAddr = ip.parse().ok()?;
    let max = if ip.is_ipv6() { 128 } else { 32 };
    if ip.is_ipv6() != v6 || len.is_some_and(|l| l > max) {
        return None;
    }
    Some((ip, len.unwrap_or(max)))
}

fn in_range(ip: IpAddr, (net, len): (IpAddr, u8)) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX.checked_shl(32 - len as u32).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX.checked_shl(128 - len as u32).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// What following the record through its includes found.
#[derive(Default)]
struct Walk {
    lookups: usize,
    /// Every domain reached through include: or redirect=.
    includes: Vec<String>,
    ranges: Vec<(IpAddr, u8)>,
    a_hosts: Vec<String>,
    /// An included domain without a usable SPF record (a permerror).
    broken_include: Option<String>,
    unanswered: bool,
}

fn walk<'a>(
    dns: &'a Dns,
    domain: &'a str,
    terms: Vec<Term>,
    depth: usize,
    w: &'a mut Walk,
) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> {
    Box::pin(async move {
        let mut follow = Vec::new();
        // A redirect= only counts when the record has no `all` (RFC 7208 §6.1).
        let has_all = terms.iter().any(|t| t.name == "all");
        for t in &terms {
            let target = t.value.clone().unwrap_or_else(|| domain.to_owned());
            match t.name.as_str() {
                "redirect" if has_all => {}
                "include" | "redirect" => {
                    w.lookups += 1;
                    let target = target.trim_end_matches('.').to_ascii_lowercase();
                    w.includes.push(target.clone());
                    if !target.contains('%') {
                        follow.push(target);
                    }
                }
                "a" => {
                    w.lookups += 1;
                    let host = target.split('/').next().unwrap_or_default();
                    w.a_hosts.push(host.to_owned());
                }
                "mx" | "ptr" | "exists" => w.lookups += 1,
                "ip4" | "ip6" => w
                    .ranges
                    .extend(t.value.as_deref().and_then(|v| range(v, t.name == "ip6"))),
                _ => {}
            }
        }
        if w.lookups > LOOKUP_LIMIT || depth >= LOOKUP_LIMIT {
            return;
        }
        let answers = futures::future::join_all(follow.iter().map(|target| dns.txt(target))).await;
        for (target, answer) in follow.iter().zip(answers) {
            let Ok(txts) = answer else {
                w.unanswered = true;
                continue;
            };
            let records: Vec<&String> = txts.iter().filter(|t| is_spf(t)).collect();
            match (records.as_slice(), records.first().map(|r| parse(r))) {
                ([_], Some(Ok(terms))) => walk(dns, target, terms, depth + 1, w).await,
                _ => {
                    w.broken_include.get_or_insert_with(|| target.clone());
                }
            }
            if w.lookups > LOOKUP_LIMIT {
                return;
            }
        }
    })
}

/// The mechanism that authorises the account's server: the provider's, else the server's name.
fn mechanism(cx: &Context<'_>) -> String {
    match (cx.sending, cx.sending_host) {
        (Some(s), _) => s.spf.clone(),
        (None, Some(host)) if host.parse::<IpAddr>().is_ok() => {
            let ip: IpAddr = host.parse().expect("checked");
            format!("{}:{ip}", if ip.is_ipv6() { "ip6" } else { "ip4" })
        }
        (None, Some(host)) => format!("a:{host}"),
        (None, None) => "mx".to_owned(),
    }
}

/// `record` with `mechanism` added before its closing `all`/`redirect`, which becomes `~all` when
/// it let everyone through.
fn with_mechanism(terms: &[Term], mechanism: Option<&str>) -> String {
    let mut out = vec!["v=spf1".to_owned()];
    let mut ending = "~all".to_owned();
    for t in terms {
        match t.name.as_str() {
            "all" if matches!(t.qualifier, '-' | '~') => ending = t.text.clone(),
            "all" => {}
            "redirect" => ending = t.text.clone(),
            _ if !out.contains(&t.text) => out.push(t.text.clone()),
            _ => {}
        }
    }
    if let Some(m) = mechanism
        && !out.iter().any(|t| t.eq_ignore_ascii_case(m))
    {
        out.push(m.to_owned());
    }
    out.push(ending);
    out.join(" ")
}

fn fail(message: String, fix: String) -> Check {
    Check::new(CheckName::Spf, Status::Fail, message, fix)
}

pub(super) async fn check(cx: &Context<'_>) -> Check {
    let domain = cx.domain;
    let Ok(txts) = cx.dns.txt(domain).await else {
        return Check::unanswered(CheckName::Spf, domain);
    };
    let records: Vec<&String> = txts.iter().filter(|t| is_spf(t)).collect();
    let Some(record) = records.first().map(|r| r.trim().to_owned()) else {
        let suggested = format!("v=spf1 {} ~all", mechanism(cx));
        return txt(
            domain,
            Status::Fail,
            fl!("domain-spf-none", domain = domain),
            suggested,
        );
    };
    if records.len() > 1 {
        return many_records(domain, &records);
    }
    let terms = match parse(&record) {
        Ok(t) => t,
        Err(term) => {
            return fail(
                fl!("domain-spf-syntax", term = term.as_str()),
                fl!("domain-fix-spf-syntax", name = domain, term = term.as_str()),
            )
            .with_record(record);
        }
    };
    let mut w = Walk::default();
    walk(cx.dns, domain, terms.clone(), 0, &mut w).await;
    judge(cx, &terms, &w).await.with_record(record)
}

/// A finding whose fix is publishing `record` as the domain's TXT record.
fn txt(domain: &str, status: Status, message: String, record: String) -> Check {
    let fix = fl!("domain-fix-txt", name = domain, record = record.as_str());
    Check::new(CheckName::Spf, status, message, fix).publishing(record)
}

/// More than one SPF record: receivers treat that as an error; the fix merges them into one.
fn many_records(domain: &str, records: &[&String]) -> Check {
    let mut all = Vec::new();
    for r in records {
        all.extend(parse(r).unwrap_or_default());
    }
    let joined: Vec<&str> = records.iter().map(|r| r.trim()).collect();
    fail(
        fl!(
            "domain-spf-many",
            domain = domain,
            count = records.len().to_string()
        ),
        fl!(
            "domain-fix-spf-merge",
            name = domain,
            record = with_mechanism(&all, None)
        ),
    )
    .with_record(joined.join("\n"))
    .publishing(with_mechanism(&all, None))
}

/// The verdict on a well-formed record, once followed through its includes: a broken include, too
/// many lookups, an `all` that lets everyone through, the provider or the server not authorised,
/// a neutral ending, or a pass. The caller adds the record itself.
async fn judge(cx: &Context<'_>, terms: &[Term], w: &Walk) -> Check {
    let domain = cx.domain;
    if let Some(include) = &w.broken_include {
        return fail(
            fl!("domain-spf-include-missing", include = include.as_str()),
            fl!(
                "domain-fix-spf-include",
                name = domain,
                include = include.as_str()
            ),
        );
    }
    if w.lookups > LOOKUP_LIMIT {
        return fail(
            fl!("domain-spf-too-many-lookups", count = w.lookups.to_string()),
            fl!("domain-fix-spf-lookups"),
        );
    }
    let all = terms.iter().find(|t| t.name == "all");
    if let Some(all) = all.filter(|t| t.qualifier == '+') {
        return txt(
            domain,
            Status::Fail,
            fl!(
                "domain-spf-pass-all",
                all = all.text.as_str(),
                domain = domain
            ),
            with_mechanism(terms, None),
        );
    }
    if let Some(s) = cx.sending {
        let wanted = s.spf_domain().to_ascii_lowercase();
        if !w.includes.contains(&wanted) && !w.unanswered {
            return txt(
                domain,
                Status::Fail,
                fl!("domain-spf-missing-provider", provider = cx.provider_name()),
                with_mechanism(terms, Some(&s.spf)),
            );
        }
    }
    let redirect = terms.iter().any(|t| t.name == "redirect");
    if all.is_none_or(|t| t.qualifier == '?') && !redirect {
        let shown = all.map(|t| t.text.clone()).unwrap_or_default();
        return txt(
            domain,
            Status::Warn,
            fl!("domain-spf-neutral-all", all = shown),
            with_mechanism(terms, None),
        );
    }
    if w.unanswered {
        return Check::unanswered(CheckName::Spf, domain);
    }
    if cx.sending.is_none()
        && let Some(host) = cx.sending_host
        && !authorises_host(cx.dns, host, w).await
    {
        return txt(
            domain,
            Status::Warn,
            fl!("domain-spf-host-unconfirmed", host = host),
            with_mechanism(terms, Some(&mechanism(cx))),
        );
    }
    Check::new(
        CheckName::Spf,
        Status::Pass,
        fl!("domain-spf-ok", count = w.lookups.to_string()),
        fl!("domain-fix-none"),
    )
}

/// Whether one of the server's addresses is in an ip4/ip6 range or an `a` name of the record.
async fn authorises_host(dns: &Dns, host: &str, w: &Walk) -> bool {
    let Ok(ips) = dns.ips(host).await else {
        return false;
    };
    if ips
        .iter()
        .any(|ip| w.ranges.iter().any(|r| in_range(*ip, *r)))
    {
        return true;
    }
    let named = futures::future::join_all(w.a_hosts.iter().map(|h| dns.ips(h))).await;
    named
        .into_iter()
        .flatten()
        .flatten()
        .any(|ip| ips.contains(&ip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms() {
        let t = parse("v=spf1 ip4:192.0.2.0/24 include:_spf.google.com ~all").unwrap();
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].value.as_deref(), Some("_spf.google.com"));
        assert_eq!(t[2].qualifier, '~');
        assert_eq!(
            parse("v=spf1 a/24 mx:example.com/24 -all").unwrap().len(),
            3
        );
        assert_eq!(
            parse("v=spf1 inclde:x.com -all"),
            Err("inclde:x.com".into())
        );
        assert_eq!(
            parse("v=spf1 ip4:300.1.1.1 -all"),
            Err("ip4:300.1.1.1".into())
        );
        assert!(parse("v=spf1 redirect=_spf.example.com").is_ok());
    }

    #[test]
    fn ranges() {
        let net = range("192.0.2.0/24", false).unwrap();
        assert!(in_range("192.0.2.77".parse().unwrap(), net));
        assert!(!in_range("192.0.3.1".parse().unwrap(), net));
        assert!(in_range(
            "10.1.1.1".parse().unwrap(),
            range("0.0.0.0/0", false).unwrap()
        ));
    }

    #[test]
    fn adding_a_mechanism_keeps_the_rest() {
        let t = parse("v=spf1 mx +all").unwrap();
        assert_eq!(
            with_mechanism(&t, Some("include:amazonses.com")),
            "v=spf1 mx include:amazonses.com ~all"
        );
        let t = parse("v=spf1 ip4:192.0.2.1 -all").unwrap();
        assert_eq!(
            with_mechanism(&t, Some("include:sendgrid.net")),
            "v=spf1 ip4:192.0.2.1 include:sendgrid.net -all"
        );
    }
}
