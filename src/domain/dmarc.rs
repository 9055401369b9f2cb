//! DMARC (RFC 7489) at `_dmarc.<domain>`: the policy, the alignment modes and where reports go,
//! against what Gmail and Yahoo require of bulk senders since February 2024 (a DMARC record, even
//! `p=none`, and SPF or DKIM aligned with the From domain).

use super::{Check, CheckName, Context, Status};
use crate::fl;

fn tags(record: &str) -> Vec<(String, String)> {
    record
        .split(';')
        .filter_map(|t| t.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect()
}

fn is_dmarc(txt: &str) -> bool {
    txt.trim_start()
        .to_ascii_lowercase()
        .replace(' ', "")
        .starts_with("v=dmarc1")
}

/// The record with `p=` set to `policy` and a report address, keeping every other tag.
fn suggested(record: Option<&str>, policy: &str, domain: &str) -> String {
    let mut out = vec!["v=DMARC1".to_owned(), format!("p={policy}")];
    let mut has_rua = false;
    for (k, v) in record.map(tags).unwrap_or_default() {
        match k.as_str() {
            "v" | "p" => {}
            _ => {
                has_rua |= k == "rua";
                out.push(format!("{k}={v}"));
            }
        }
    }
    if !has_rua {
        out.push(format!("rua=mailto:postmaster@{domain}"));
    }
    out.join("; ")
}

fn alignment(mode: Option<&str>) -> String {
    if mode.is_some_and(|m| m.eq_ignore_ascii_case("s")) {
        fl!("domain-dmarc-strict")
    } else {
        fl!("domain-dmarc-relaxed")
    }
}

pub(super) async fn check(cx: &Context<'_>) -> Check {
    let domain = cx.domain;
    let name = format!("_dmarc.{domain}");
    let Ok(txts) = cx.dns.txt(&name).await else {
        return Check::unanswered(CheckName::Dmarc, &name);
    };
    let records: Vec<&String> = txts.iter().filter(|t| is_dmarc(t)).collect();
    let check = |status, message, fix| Check::new(CheckName::Dmarc, status, message, fix);
    let txt = |status, message, record: String| {
        let fix = fl!(
            "domain-fix-txt",
            name = name.as_str(),
            record = record.as_str()
        );
        Check::new(CheckName::Dmarc, status, message, fix).publishing(record)
    };
    let Some(record) = records.first().map(|r| r.trim().to_owned()) else {
        return txt(
            Status::Warn,
            fl!("domain-dmarc-missing", domain = domain),
            suggested(None, "none", domain),
        );
    };
    if records.len() > 1 {
        let joined: Vec<&str> = records.iter().map(|r| r.trim()).collect();
        return txt(
            Status::Fail,
            fl!(
                "domain-dmarc-many",
                domain = domain,
                count = records.len().to_string()
            ),
            suggested(Some(&record), "none", domain),
        )
        .with_record(joined.join("\n"));
    }
    let tags = tags(&record);
    let tag = |k: &str| tags.iter().find(|(t, _)| t == k).map(|(_, v)| v.as_str());
    let policy = tag("p").map(str::to_ascii_lowercase);
    let details = fl!(
        "domain-dmarc-details",
        adkim = alignment(tag("adkim")),
        aspf = alignment(tag("aspf")),
        rua = tag("rua")
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| fl!("domain-dmarc-no-reports"))
    );
    let result = match policy.as_deref() {
        Some("none") => {
            let tighter = suggested(Some(&record), "quarantine", domain);
            check(
                Status::Warn,
                fl!("domain-dmarc-none", details = details),
                fl!(
                    "domain-fix-dmarc-tighten",
                    name = name.as_str(),
                    record = tighter.as_str()
                ),
            )
            .publishing(tighter)
        }
        Some(p @ ("quarantine" | "reject")) if tag("rua").is_some() => check(
            Status::Pass,
            fl!("domain-dmarc-ok", policy = p, details = details),
            fl!("domain-fix-none"),
        ),
        Some(p @ ("quarantine" | "reject")) => txt(
            Status::Pass,
            fl!("domain-dmarc-ok", policy = p, details = details),
            suggested(Some(&record), p, domain),
        ),
        _ => txt(
            Status::Fail,
            fl!("domain-dmarc-invalid"),
            suggested(Some(&record), "none", domain),
        ),
    };
    result.with_record(record)
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggestion_keeps_tags() {
        assert_eq!(
            super::suggested(
                Some("v=DMARC1; p=none; rua=mailto:d@x.org; adkim=s"),
                "quarantine",
                "x.org"
            ),
            "v=DMARC1; p=quarantine; rua=mailto:d@x.org; adkim=s"
        );
        assert_eq!(
            super::suggested(None, "none", "x.org"),
            "v=DMARC1; p=none; rua=mailto:postmaster@x.org"
        );
    }
}
