use super::args::DomainArgs;
use super::{Output, open_store};
use crate::domain::{self, Request};
use crate::fl;

pub async fn run(out: &Output, args: DomainArgs) -> u8 {
    let mut request = match (&args.account, &args.domain) {
        (Some(name), _) => {
            let Ok(store) = open_store(out) else { return 1 };
            match store.account(name) {
                Ok(account) => Request::for_account(account),
                Err(e) => return out.input_error(&e),
            }
        }
        (None, Some(d)) => Request::for_domain(d),
        (None, None) => {
            return out.coded_error("invalid_input", Some("domain"), &fl!("domain-needs-target"));
        }
    };
    if !request.is_valid() {
        return out.coded_error(
            "invalid_domain",
            Some("domain"),
            &fl!("domain-invalid", domain = request.domain.as_str()),
        );
    }
    request.dkim_selectors = args
        .dkim_selectors
        .iter()
        .map(|s| s.trim().trim_end_matches('.').to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let report = domain::check(&request).await;
    out.result(report.to_json(), || {
        let mut lines = vec![fl!("domain-heading", domain = report.domain.as_str())];
        if let Some(line) = &report.handled_by_provider {
            lines.push(line.clone());
            return lines;
        }
        if let Some(p) = report.provider.as_deref().and_then(crate::providers::by_id) {
            lines.push(fl!("domain-provider-line", provider = p.name.as_str()));
        }
        for c in &report.checks {
            lines.push(fl!(
                "domain-check-line",
                status = c.status.label(),
                check = c.name.label(),
                message = c.message.as_str()
            ));
            if let Some(record) = &c.record {
                lines.push(fl!(
                    "domain-record-line",
                    record = record.replace('\n', " | ")
                ));
            }
            if c.status != domain::Status::Pass {
                lines.push(fl!("domain-fix-line", fix = c.fix.as_str()));
            }
        }
        lines
    });
    u8::from(report.failed())
}
