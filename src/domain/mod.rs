//! "Will my mail arrive?": the sender-domain check. SPF, DKIM, DMARC, MX and DNS blocklists for the
//! domain of an address, looked up in parallel, each finding in plain words with the DNS record to
//! publish. Addresses at mailbox providers (gmail.com, outlook.com, ...) need none of it.

mod blocklist;
mod dkim;
mod dmarc;
pub mod lookup;
mod mx;
mod spf;

use serde::Serialize;

use crate::account::Account;
use crate::fl;
use crate::providers::{self, Kind, sending::Sending};
use lookup::Dns;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckName {
    Spf,
    Dkim,
    Dmarc,
    Mx,
    Blocklist,
}

impl CheckName {
    /// The check's name for people.
    pub fn label(self) -> String {
        match self {
            CheckName::Spf => fl!("domain-check-spf"),
            CheckName::Dkim => fl!("domain-check-dkim"),
            CheckName::Dmarc => fl!("domain-check-dmarc"),
            CheckName::Mx => fl!("domain-check-mx"),
            CheckName::Blocklist => fl!("domain-check-blocklist"),
        }
    }
}

/// Ordered from best to worst, so the worst of several findings is their maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Unknown,
    Warn,
    Fail,
}

impl Status {
    pub fn label(self) -> String {
        match self {
            Status::Pass => fl!("domain-status-pass"),
            Status::Warn => fl!("domain-status-warn"),
            Status::Fail => fl!("domain-status-fail"),
            Status::Unknown => fl!("domain-status-unknown"),
        }
    }
}

/// One finding: translated message and fix; `record` is what DNS holds (or null).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub name: CheckName,
    pub status: Status,
    pub record: Option<String>,
    pub message: String,
    pub fix: String,
    /// The DNS record the fix asks to publish, alone (for a Copy button).
    #[serde(skip)]
    pub publish: Option<String>,
}

impl Check {
    fn new(name: CheckName, status: Status, message: String, fix: String) -> Check {
        Check {
            name,
            status,
            record: None,
            message,
            fix,
            publish: None,
        }
    }

    fn publishing(mut self, record: impl Into<String>) -> Check {
        self.publish = Some(record.into());
        self
    }

    fn with_record(mut self, record: impl Into<String>) -> Check {
        self.record = Some(record.into());
        self
    }

    /// The check could not be made: the lookup of `name` got no answer.
    fn unanswered(check: CheckName, name: &str) -> Check {
        Check::new(
            check,
            Status::Unknown,
            fl!("domain-lookup-failed", name = name),
            fl!("domain-fix-retry"),
        )
    }
}

/// What to check: the domain, and what is known of how its mail is sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    pub domain: String,
    /// The SMTP server the account sends through (its addresses go to the blocklists).
    pub sending_host: Option<String>,
    /// The account's provider preset, if it came from one.
    pub provider: Option<String>,
    /// Extra DKIM selectors to try (`--dkim-selector`).
    pub dkim_selectors: Vec<String>,
}

impl Request {
    pub fn for_domain(domain: &str) -> Request {
        Request {
            domain: normalize(domain),
            ..Request::default()
        }
    }

    pub fn for_account(account: &Account) -> Request {
        let domain = account
            .email
            .rsplit_once('@')
            .map(|(_, d)| d)
            .unwrap_or_default();
        Request {
            domain: normalize(domain),
            sending_host: Some(account.server.host.trim().to_owned()).filter(|h| !h.is_empty()),
            provider: account.provider.clone(),
            dkim_selectors: vec![],
        }
    }

    /// Whether `domain` looks like a domain name at all.
    pub fn is_valid(&self) -> bool {
        let d = &self.domain;
        d.contains('.')
            && d.len() <= 253
            && d.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
    }
}

fn normalize(domain: &str) -> String {
    domain.trim().trim_end_matches('.').to_ascii_lowercase()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub domain: String,
    /// The provider preset the findings are about, if one is known.
    pub provider: Option<String>,
    /// Set when the domain belongs to a mailbox provider: one line saying it takes care of all this.
    pub handled_by_provider: Option<String>,
    pub checks: Vec<Check>,
}

impl Report {
    /// Whether any check failed (the CLI's exit code 1).
    pub fn failed(&self) -> bool {
        self.checks.iter().any(|c| c.status == Status::Fail)
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "domain": self.domain,
            "provider": self.provider,
            "checks": self.checks,
        })
    }
}

/// Runs every check, in parallel. Never fails: what cannot be looked up is `unknown`.
pub async fn check(request: &Request) -> Report {
    let domain = request.domain.clone();
    if let Some(p) = providers::for_domain(&domain).filter(|p| p.kind == Kind::Mailbox) {
        return Report {
            handled_by_provider: Some(fl!(
                "domain-handled-by-provider",
                domain = domain.as_str(),
                provider = p.name.as_str()
            )),
            domain,
            provider: Some(p.id.clone()),
            checks: vec![],
        };
    }
    let dns = Dns::from_env(lookup::DEADLINE);
    let mut sending = request
        .provider
        .as_deref()
        .and_then(providers::sending::for_provider)
        .or_else(|| {
            request
                .sending_host
                .as_deref()
                .and_then(providers::sending::for_host)
        });
    let mut provider = sending
        .map(|s| s.provider.clone())
        .or_else(|| request.provider.clone());
    if sending.is_none() && request.sending_host.is_none() {
        // Only a domain: its mail exchangers may say who hosts its mail (Google Workspace, Microsoft 365).
        match dns.mx(&domain).await {
            Ok(mxs) => {
                if let Some(p) = mxs.iter().find_map(|(_, host)| providers::for_mx(host)) {
                    provider = Some(p.id.clone());
                    sending = providers::sending::for_provider(&p.id);
                }
            }
            // No answer from DNS at all: every other lookup would wait out its deadline too.
            Err(_) => {
                let names = [
                    CheckName::Spf,
                    CheckName::Dkim,
                    CheckName::Dmarc,
                    CheckName::Mx,
                    CheckName::Blocklist,
                ];
                return Report {
                    checks: names
                        .into_iter()
                        .map(|n| Check::unanswered(n, &domain))
                        .collect(),
                    domain,
                    provider,
                    handled_by_provider: None,
                };
            }
        }
    }
    let context = Context {
        dns: &dns,
        domain: &domain,
        sending,
        sending_host: request.sending_host.as_deref(),
    };
    let mut selectors: Vec<String> = request.dkim_selectors.clone();
    for s in sending.iter().flat_map(|s| s.dkim_selectors.iter()) {
        if !selectors.contains(s) {
            selectors.push(s.clone());
        }
    }
    let (spf, dkim, dmarc, mx, blocklists) = tokio::join!(
        spf::check(&context),
        dkim::check(&context, &selectors),
        dmarc::check(&context),
        mx::check(&context),
        blocklist::check(&context),
    );
    let dmarc = with_bulk_rules(dmarc, &spf, &dkim);
    let mut checks = vec![spf, dkim, dmarc, mx];
    checks.extend(blocklists);
    Report {
        domain,
        provider,
        handled_by_provider: None,
        checks,
    }
}

/// Gmail's and Yahoo's 2024 rules for bulk senders ask, in DNS, for SPF and DKIM both in place and
/// a DMARC record (even `p=none`); the DMARC finding says whether the domain meets all three.
fn with_bulk_rules(mut dmarc: Check, spf: &Check, dkim: &Check) -> Check {
    let statuses = [spf.status, dkim.status, dmarc.status];
    if statuses.contains(&Status::Unknown) {
        return dmarc;
    }
    let has_dmarc = dmarc.record.is_some() && dmarc.status != Status::Fail;
    let verdict = if has_dmarc && spf.status == Status::Pass && dkim.status == Status::Pass {
        fl!("domain-bulk-rules-met")
    } else {
        fl!("domain-bulk-rules-unmet")
    };
    dmarc.message = format!("{} {verdict}", dmarc.message);
    dmarc
}

/// What every check needs to know.
struct Context<'a> {
    dns: &'a Dns,
    domain: &'a str,
    sending: Option<&'static Sending>,
    sending_host: Option<&'a str>,
}

impl Context<'_> {
    /// The sending service's name for people, or "your sending service".
    fn provider_name(&self) -> String {
        self.sending
            .and_then(|s| providers::by_id(&s.provider))
            .map(|p| p.name.clone())
            .unwrap_or_else(|| fl!("domain-your-provider"))
    }
}
