//! MX: replies and bounces need somewhere to go, and some receivers refuse mail from a domain that
//! cannot receive any.

use super::{Check, CheckName, Context, Status};
use crate::fl;

pub(super) async fn check(cx: &Context<'_>) -> Check {
    let domain = cx.domain;
    let Ok(mxs) = cx.dns.mx(domain).await else {
        return Check::unanswered(CheckName::Mx, domain);
    };
    let check = |status, message, fix| Check::new(CheckName::Mx, status, message, fix);
    let example = format!("{domain}. 3600 IN MX 10 mail.{domain}.");
    if mxs.is_empty() {
        return check(
            Status::Fail,
            fl!("domain-mx-none", domain = domain),
            fl!("domain-fix-mx", domain = domain, record = example.as_str()),
        )
        .publishing(example);
    }
    let record = mxs
        .iter()
        .map(|(pref, host)| format!("{pref} {host}"))
        .collect::<Vec<_>>()
        .join(", ");
    // RFC 7505: a single MX with an empty exchange ("0 .") says the domain takes no mail.
    if mxs.iter().all(|(_, host)| host.is_empty()) {
        return check(
            Status::Fail,
            fl!("domain-mx-null", domain = domain),
            fl!("domain-fix-mx", domain = domain, record = example.as_str()),
        )
        .with_record(record)
        .publishing(example);
    }
    let hosts: Vec<&str> = mxs.iter().map(|(_, h)| h.as_str()).collect();
    check(
        Status::Pass,
        fl!("domain-mx-ok", domain = domain, hosts = hosts.join(", ")),
        fl!("domain-fix-none"),
    )
    .with_record(record)
}
