//! The staged connection check behind "Test connection" and `outpost check`: resolve, connect,
//! greeting, EHLO, STARTTLS, TLS, AUTH, MAIL FROM, RCPT TO, QUIT — each with its time and a detail
//! line, and the first failure named as a [`Problem`] with a fix.
//!
//! The doctor is an observer of the one engine ([`super::engine`]): the engine connects, encrypts
//! and signs in exactly as sending does and reports each step as it ends; the doctor collects the
//! steps, adds the envelope check and the goodbye, and builds the report.

use std::sync::Mutex;
use std::time::Instant;

use super::engine::{self, Connection, Failure, Open, TokenSource};
use super::tls::Connector;
use super::transport::Credentials;
use crate::account::{InputError, Security, ServerSettings};
use crate::fl;
use crate::problem::{Problem, ProblemKind, Step};
pub use engine::{ServerReport, StepReport, StepStatus};

#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub settings: ServerSettings,
    pub credentials: Option<Credentials>,
    /// With `from` and `to`, the envelope is checked with MAIL FROM / RCPT TO, then RSET. No DATA.
    pub from: Option<String>,
    pub to: Vec<String>,
}

impl CheckRequest {
    pub fn validate(&self) -> Result<(), InputError> {
        self.settings.validate()?;
        if self.settings.auth.needs_secret() && self.credentials.is_none() {
            return Err(InputError::MissingPassword);
        }
        if let Some(from) = &self.from {
            crate::account::validate_email_in("from", from)?;
        }
        for to in &self.to {
            crate::account::validate_email_in("to", to)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub ok: bool,
    pub steps: Vec<StepReport>,
    pub server: ServerReport,
    pub problem: Option<Problem>,
    pub transcript: Vec<String>,
}

impl Report {
    /// The JSON document of `outpost check`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "ok": self.ok,
            "steps": self.steps,
            "server": self.server,
            "problem": self.problem.as_ref().map(Problem::to_json),
            "transcript": self.transcript,
        })
    }
}

pub const STEPS: [Step; 10] = [
    Step::Resolve,
    Step::Connect,
    Step::Greeting,
    Step::Ehlo,
    Step::Starttls,
    Step::Tls,
    Step::Auth,
    Step::MailFrom,
    Step::RcptTo,
    Step::Quit,
];

/// Collects the engine's step reports in contract order, forwarding each to the caller.
struct Run<'a> {
    steps: Mutex<Vec<StepReport>>,
    progress: &'a (dyn Fn(&StepReport) + Send + Sync),
}

impl Run<'_> {
    fn record(&self, report: StepReport) {
        (self.progress)(&report);
        self.steps.lock().expect("steps lock").push(report);
    }

    fn ok(&self, name: Step, started: Instant, detail: String) {
        self.record(StepReport {
            name,
            status: StepStatus::Ok,
            ms: started.elapsed().as_millis() as u64,
            detail,
        });
    }

    fn skip(&self, name: Step, detail: String) {
        self.record(StepReport {
            name,
            status: StepStatus::Skipped,
            ms: 0,
            detail,
        });
    }

    fn fail(&self, problem: &Problem, ms: u64) {
        self.record(StepReport {
            name: problem.step,
            status: StepStatus::Failed,
            ms,
            detail: problem.message(),
        });
    }

    /// The steps not reached are skipped; all in the contract's order.
    fn report(
        self,
        problem: Option<Problem>,
        server: ServerReport,
        transcript: Vec<String>,
    ) -> Report {
        let mut steps = self.steps.into_inner().expect("steps lock");
        for step in STEPS {
            if !steps.iter().any(|s| s.name == step) {
                let report = StepReport {
                    name: step,
                    status: StepStatus::Skipped,
                    ms: 0,
                    detail: fl!("step-not-reached"),
                };
                (self.progress)(&report);
                steps.push(report);
            }
        }
        steps.sort_by_key(|s| STEPS.iter().position(|x| *x == s.name));
        Report {
            ok: problem.is_none(),
            steps,
            server,
            problem,
            transcript,
        }
    }
}

/// [`check`] with a source of fresh tokens (a saved account): an access token refused at AUTH is
/// refreshed once and tried once more on the same connection (`request` then holds the fresh one).
pub async fn check_saved(
    request: &mut CheckRequest,
    tokens: &dyn TokenSource,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<Report, InputError> {
    let (report, used) = run(request, Some(tokens), progress).await?;
    if used.is_some() {
        request.credentials = used;
    }
    Ok(report)
}

/// Runs the check. `progress` sees each step as soon as it is known (the GUI's live checklist).
pub async fn check(
    request: &CheckRequest,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<Report, InputError> {
    run(request, None, progress).await.map(|(report, _)| report)
}

async fn run(
    request: &CheckRequest,
    tokens: Option<&dyn TokenSource>,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<(Report, Option<Credentials>), InputError> {
    request.validate()?;
    let settings: &ServerSettings = &request.settings;
    if settings.security != Security::None {
        // An unusable CA file is the user's input to fix, said before connecting.
        Connector::new(settings)?;
    }
    let run = Run {
        steps: Mutex::new(Vec::new()),
        progress,
    };
    let opened = engine::open(Open {
        settings,
        credentials: request.credentials.clone(),
        tokens,
        progress: &|r| run.record(r.clone()),
    })
    .await;
    let mut conn = match opened {
        Ok(conn) => conn,
        Err(failure) => {
            let Failure {
                problem,
                ms,
                server,
                transcript,
            } = *failure;
            run.fail(&problem, ms);
            return Ok((run.report(Some(problem), server, transcript), None));
        }
    };
    let used = conn.credentials().cloned();

    // MAIL FROM / RCPT TO, then RSET: the envelope is checked, nothing is sent.
    if let (Some(from), false) = (&request.from, request.to.is_empty()) {
        if let Err((problem, started)) = envelope(&mut conn, &run, from, &request.to).await {
            run.fail(&problem, started.elapsed().as_millis() as u64);
            conn.quit_and_wait().await;
            let (server, transcript) = (conn.server().clone(), conn.transcript());
            return Ok((run.report(Some(problem), server, transcript), used));
        }
    } else {
        run.skip(Step::MailFrom, fl!("step-no-envelope"));
        run.skip(Step::RcptTo, fl!("step-no-envelope"));
    }

    let started = Instant::now();
    // The work is done; a server that hangs up instead of saying goodbye is no problem.
    let detail = if conn.quit_and_wait().await {
        fl!("step-quit")
    } else {
        fl!("step-quit-closed")
    };
    run.ok(Step::Quit, started, detail);
    let (server, transcript) = (conn.server().clone(), conn.transcript());
    Ok((run.report(None, server, transcript), used))
}

async fn envelope(
    conn: &mut Connection,
    run: &Run<'_>,
    from: &str,
    to: &[String],
) -> Result<(), (Problem, Instant)> {
    let started = Instant::now();
    conn.command(&format!("MAIL FROM:<{from}>"), Step::MailFrom)
        .await
        .map_err(|p| (p, started))?;
    run.ok(
        Step::MailFrom,
        started,
        fl!("step-mail-from", address = from),
    );
    let started = Instant::now();
    for address in to {
        if let Err(mut p) = conn
            .command(&format!("RCPT TO:<{address}>"), Step::RcptTo)
            .await
        {
            if matches!(
                p.kind,
                ProblemKind::RecipientRejected | ProblemKind::UnexpectedReply
            ) {
                p.server_reply = Some(format!("{address}: {}", p.server_reply.unwrap_or_default()));
            }
            return Err((p, started));
        }
    }
    run.ok(Step::RcptTo, started, fl!("step-rcpt-to", count = to.len()));
    let _ = conn.command("RSET", Step::Quit).await;
    Ok(())
}
