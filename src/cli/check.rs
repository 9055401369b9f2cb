use super::args::{CheckArgs, ProbeArgs};
use super::server::{read_password_stdin, saved_account, settings_from_args};
use super::{Output, open_store};
use crate::account::{InputError, parse_port};
use crate::fl;
use crate::problem::{ProblemKind, Step};
use crate::smtp::Credentials;
use crate::smtp::doctor::{CheckRequest, Report, StepStatus};
use crate::smtp::probe::{self, COMMON};

pub use crate::problem::step_name;

pub async fn run(out: &Output, args: CheckArgs) -> u8 {
    let (mut request, account) = match request(out, &args).await {
        Ok(r) => r,
        Err(code) => return code,
    };
    // A saved account's test keeps what its server said (its size limit) for the window.
    let remember = account.as_ref().and_then(|a| {
        let paths = crate::config::Paths::platform()?;
        Some(crate::ops::test::Remember {
            learned: crate::account::learned::Learned::new(&paths.data_dir),
            account: a.name.clone(),
        })
    });
    let checked =
        crate::ops::test::check(&mut request, account.as_ref(), remember.as_ref(), &|_| {}).await;
    let report = match checked {
        Ok(r) => r,
        Err(e) => return out.input_error(&e),
    };
    out.result(report.to_json(), || human(&report, &request.settings.host));
    if report.ok { 0 } else { 1 }
}

fn human(report: &Report, host: &str) -> Vec<String> {
    let mut lines: Vec<String> = report
        .steps
        .iter()
        .map(|s| {
            let name = step_name(s.name);
            let ms = s.ms.to_string();
            let detail = s.detail.as_str();
            match s.status {
                StepStatus::Ok => fl!("check-step-ok", name = name, ms = ms, detail = detail),
                StepStatus::Failed => {
                    fl!("check-step-failed", name = name, ms = ms, detail = detail)
                }
                StepStatus::Skipped => fl!("check-step-skipped", name = name, detail = detail),
            }
        })
        .collect();
    match &report.problem {
        None => lines.push(fl!("check-ok", host = host)),
        Some(p) => {
            lines.push(fl!("check-failed", message = p.message()));
            lines.push(fl!("cli-fix", fix = p.fix()));
            if let Some(s) = &p.suggestion {
                lines.push(fl!(
                    "check-suggestion",
                    port = s.port.to_string(),
                    security = super::accounts::security_label(s.security)
                ));
            }
            if let Some(reply) = &p.server_reply {
                lines.push(fl!("cli-server-said", reply = reply.as_str()));
            }
        }
    }
    lines
}

async fn request(
    out: &Output,
    args: &CheckArgs,
) -> Result<(CheckRequest, Option<crate::account::Account>), u8> {
    let mut saved = None;
    let (settings, credentials) = if let Some(name) = &args.account {
        let store = open_store(out)?;
        let (account, settings, credentials) =
            saved_account(out, &store, name, &args.server).await?;
        saved = Some(account);
        (settings, credentials)
    } else {
        let settings = settings_from_args(&args.server, args.from.as_deref())
            .map_err(|e| out.input_error(&e))?;
        let credentials = if args.server.password_stdin {
            let secret = read_password_stdin().map_err(|e| out.input_error(&e))?;
            Some(Credentials::new(settings.username.clone(), secret))
        } else {
            None
        };
        (settings, credentials)
    };
    if args.from.is_some() == args.to.is_empty() {
        let field = if args.from.is_none() { "from" } else { "to" };
        return Err(out.input_error(&InputError::Empty {
            field: field.into(),
        }));
    }
    let request = CheckRequest {
        settings,
        credentials,
        from: args.from.clone(),
        to: args.to.clone(),
    };
    request.validate().map_err(|e| out.input_error(&e))?;
    Ok((request, saved))
}

pub async fn probe(out: &Output, args: ProbeArgs) -> u8 {
    let pairs = if args.ports.is_empty() {
        COMMON.to_vec()
    } else {
        let mut ports = Vec::new();
        for p in &args.ports {
            match parse_port(p) {
                Ok(p) => ports.push(p),
                Err(e) => return out.input_error(&e),
            }
        }
        probe::pairs_for_ports(&ports)
    };
    let timeout = args
        .timeout
        .map(std::time::Duration::from_secs)
        .unwrap_or(probe::DEFAULT_TIMEOUT);
    let report = match probe::probe(&args.host, &pairs, timeout, args.ca_file.clone()).await {
        Ok(r) => r,
        Err(e) => return out.input_error(&e),
    };
    let doc = serde_json::to_value(&report).expect("probe reports serialize");
    out.result(doc, || {
        let mut lines: Vec<String> = report
            .results
            .iter()
            .map(|r| {
                let security = super::accounts::security_label(r.security);
                if r.ok {
                    fl!(
                        "probe-line-ok",
                        port = r.port.to_string(),
                        security = security,
                        ms = r.ms.to_string()
                    )
                } else {
                    let problem = r
                        .problem
                        .map(|k| problem_summary(k, &report.host, r.port))
                        .unwrap_or_default();
                    fl!(
                        "probe-line-failed",
                        port = r.port.to_string(),
                        security = security,
                        problem = problem
                    )
                }
            })
            .collect();
        lines.push(match &report.best {
            Some(b) => fl!(
                "probe-best",
                port = b.port.to_string(),
                security = super::accounts::security_label(b.security)
            ),
            None => fl!("probe-none", host = report.host.as_str()),
        });
        lines
    });
    if report.best.is_some() { 0 } else { 1 }
}

fn problem_summary(kind: ProblemKind, host: &str, port: u16) -> String {
    crate::problem::Problem::new(kind, Step::Connect)
        .at(host, port)
        .message()
}
