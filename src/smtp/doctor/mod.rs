//! The staged connection check behind "Test connection" and `outpost check`: resolve, connect,
//! greeting, EHLO, STARTTLS, TLS, AUTH, MAIL FROM, RCPT TO, QUIT — each with its time and a detail
//! line, and the first failure named as a [`Problem`] with a fix.
//!
//! lettre's client layer speaks the protocol; the doctor owns the socket (see [`super::wire`]) and
//! the TLS handshake (see [`super::tls`]) so it can time each step, keep a redacted transcript, and
//! read the certificate even when it is refused.

mod connect;
mod reply;

use std::time::{Duration, Instant};

use lettre::Address;
use lettre::transport::smtp::authentication::{Credentials as LettreCredentials, Mechanism};
use lettre::transport::smtp::commands::{Ehlo, Mail, Quit, Rcpt, Rset, Starttls};
use lettre::transport::smtp::extension::ClientId;
use serde::Serialize;

use super::problem::{Problem, ProblemKind, Step, suggestion_for};
use super::tls::{Connector, TlsInfo};
use super::transport::Credentials;
use super::wire::Wire;
use crate::account::{AuthMethod, InputError, Security, ServerSettings};
use crate::fl;
use connect::{Greeted, connect, greet, handshake, resolve};
use reply::{authenticate, command, greeting_failure, quit, read_extensions, reply_text};

/// How long a plain-text port may stay silent before the doctor also tries TLS on it.
pub(super) const SILENCE_BEFORE_TLS_PROBE: Duration = Duration::from_millis(1200);

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepStatus {
    Ok,
    Failed,
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepReport {
    pub name: Step,
    pub status: StepStatus,
    pub ms: u64,
    pub detail: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ServerReport {
    pub banner: String,
    pub extensions: Vec<String>,
    pub auth_mechanisms: Vec<String>,
    pub max_size: Option<u64>,
    pub tls: Option<TlsInfo>,
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

/// Collects step results in contract order and forwards each to the caller as it happens.
struct Run<'a> {
    steps: Vec<StepReport>,
    server: ServerReport,
    host: String,
    port: u16,
    progress: &'a (dyn Fn(&StepReport) + Send + Sync),
}

impl Run<'_> {
    fn record(&mut self, name: Step, status: StepStatus, ms: u64, detail: String) {
        let report = StepReport {
            name,
            status,
            ms,
            detail,
        };
        (self.progress)(&report);
        self.steps.push(report);
    }

    fn ok(&mut self, name: Step, started: Instant, detail: String) {
        self.record(name, StepStatus::Ok, elapsed_ms(started), detail);
    }

    fn skip(&mut self, name: Step, detail: String) {
        self.record(name, StepStatus::Skipped, 0, detail);
    }

    fn problem(&self, kind: ProblemKind, step: Step) -> Problem {
        let mut p = Problem::new(kind, step).at(&self.host, self.port);
        p.suggestion = suggestion_for(kind, self.port);
        p
    }

    /// Records the failed step, marks the rest skipped, and builds the report.
    fn fail(mut self, started: Instant, problem: Problem, wire: Option<&Wire>) -> Report {
        let detail = problem.message();
        self.record(
            problem.step,
            StepStatus::Failed,
            elapsed_ms(started),
            detail,
        );
        self.finish(Some(problem), wire)
    }

    fn finish(mut self, problem: Option<Problem>, wire: Option<&Wire>) -> Report {
        let done: Vec<Step> = self.steps.iter().map(|s| s.name).collect();
        for step in STEPS {
            if !done.contains(&step) {
                self.skip(step, fl!("step-not-reached"));
            }
        }
        self.steps
            .sort_by_key(|s| STEPS.iter().position(|x| *x == s.name));
        Report {
            ok: problem.is_none(),
            steps: self.steps,
            server: self.server,
            problem,
            transcript: wire.map(Wire::transcript).unwrap_or_default(),
        }
    }
}

fn elapsed_ms(started: Instant) -> u64 {
    started.elapsed().as_millis() as u64
}

/// Runs the check. `progress` sees each step as soon as it is known (the GUI's live checklist).
/// [`check`] with a saved account's credentials: an access token refused at AUTH is refreshed once
/// and the check runs once more (`request` then holds the fresh one).
pub async fn check_saved(
    request: &mut CheckRequest,
    account: &crate::account::Account,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<Report, InputError> {
    let report = check(request, progress).await?;
    let refused = report.problem.as_ref().is_some_and(Problem::token_refused);
    if let (true, Some(used)) = (refused, &request.credentials)
        && let Ok(Some(fresh)) = crate::secrets::credentials_after_refusal(account, used).await
    {
        request.credentials = Some(fresh);
        return check(request, progress).await;
    }
    Ok(report)
}

pub async fn check(
    request: &CheckRequest,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<Report, InputError> {
    request.validate()?;
    let settings = &request.settings;
    let connector = match settings.security {
        Security::None => None,
        _ => Some(Connector::new(settings)?),
    };
    let host = settings.host.trim().to_owned();
    let mut run = Run {
        steps: Vec::new(),
        server: ServerReport::default(),
        host: host.clone(),
        port: settings.port,
        progress,
    };
    let timeout = settings.timeout();

    // resolve
    let started = Instant::now();
    let addrs = match resolve(&host, settings.port, timeout).await {
        Ok(a) => a,
        Err(kind) => {
            let p = run.problem(kind, Step::Resolve);
            return Ok(run.fail(started, p, None));
        }
    };
    let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
    run.ok(
        Step::Resolve,
        started,
        fl!("step-resolved", addresses = shown.join(", ")),
    );

    // connect
    let started = Instant::now();
    let (tcp, addr) = match connect(&addrs, timeout).await {
        Ok(c) => c,
        Err(kind) => {
            let p = run.problem(kind, Step::Connect);
            return Ok(run.fail(started, p, None));
        }
    };
    run.ok(
        Step::Connect,
        started,
        fl!("step-connected", address = addr.to_string()),
    );

    // SSL/TLS from the first byte
    let wire = if settings.security == Security::Tls {
        let connector = connector.as_ref().expect("TLS has a connector");
        let started = Instant::now();
        match handshake(connector, &host, tcp, timeout).await {
            Ok(stream) => {
                let info = connector.info(stream.get_ref().1);
                run.server.tls = Some(info.clone());
                match Wire::tls(stream) {
                    Ok(w) => {
                        deferred_tls_ok(&mut run, started, &info);
                        w
                    }
                    Err(_) => {
                        let p = run.problem(ProblemKind::ConnectionLost, Step::Tls);
                        return Ok(run.fail(started, p, None));
                    }
                }
            }
            Err(kind) => {
                let mut p = run.problem(kind, Step::Tls);
                run.server.tls = refused_certificate(connector);
                if kind == ProblemKind::ExpectsStarttls {
                    p.suggestion = suggestion_for(kind, settings.port);
                }
                return Ok(run.fail(started, p, None));
            }
        }
    } else {
        match Wire::plain(tcp) {
            Ok(w) => w,
            Err(_) => {
                let p = run.problem(ProblemKind::ConnectionLost, Step::Connect);
                return Ok(run.fail(started, p, None));
            }
        }
    };

    // greeting + EHLO (lettre reads both in one call; the wire tells them apart)
    let client_id = ClientId::default();
    let started = Instant::now();
    let conn = greet(
        &wire,
        &client_id,
        addr,
        settings,
        connector.as_ref(),
        &host,
        timeout,
    )
    .await;
    let greeting_at = wire.first_byte_at().unwrap_or(started);
    let replies = wire.replies();
    let mut conn = match conn {
        Greeted::Yes(conn) => conn,
        Greeted::ImplicitTls => {
            let p = run.problem(ProblemKind::ExpectsImplicitTls, Step::Greeting);
            return Ok(run.fail(started, p, Some(&wire)));
        }
        Greeted::Silent => {
            let p = run.problem(ProblemKind::GreetingTimeout, Step::Greeting);
            return Ok(run.fail(started, p, Some(&wire)));
        }
        Greeted::Failed => {
            return Ok(greeting_failure(run, started, greeting_at, &replies, &wire));
        }
    };
    run.server.banner = replies.first().map(|r| reply_text(r)).unwrap_or_default();
    let greeting_ms = greeting_at.saturating_duration_since(started).as_millis() as u64;
    run.record(
        Step::Greeting,
        StepStatus::Ok,
        greeting_ms,
        run.server.banner.clone(),
    );
    if let Some(ehlo) = replies.get(1) {
        read_extensions(&mut run.server, ehlo);
    }
    let ehlo_ms = elapsed_ms(started).saturating_sub(greeting_ms);
    let detail = fl!("step-ehlo", count = run.server.extensions.len());
    run.record(Step::Ehlo, StepStatus::Ok, ehlo_ms, detail);

    // STARTTLS
    match settings.security {
        Security::StartTls => {
            let started = Instant::now();
            if !run
                .server
                .extensions
                .iter()
                .any(|e| e.eq_ignore_ascii_case("STARTTLS"))
            {
                let p = run.problem(ProblemKind::StarttlsUnavailable, Step::Starttls);
                quit(&mut conn).await;
                return Ok(run.fail(started, p, Some(&wire)));
            }
            if let Err(p) = command(&mut conn, Starttls, &wire, Step::Starttls, &run, timeout).await
            {
                return Ok(run.fail(started, p, Some(&wire)));
            }
            run.ok(Step::Starttls, started, fl!("step-starttls"));
            let started = Instant::now();
            let connector = connector.as_ref().expect("STARTTLS has a connector");
            let Some(tcp) = wire.detach_plain() else {
                let p = run.problem(ProblemKind::ConnectionLost, Step::Tls);
                return Ok(run.fail(started, p, Some(&wire)));
            };
            match handshake(connector, &host, tcp, timeout).await {
                Ok(stream) => {
                    let info = connector.info(stream.get_ref().1);
                    wire.attach_tls(stream);
                    run.server.tls = Some(info.clone());
                    deferred_tls_ok(&mut run, started, &info);
                }
                Err(kind) => {
                    let p = run.problem(kind, Step::Tls);
                    run.server.tls = refused_certificate(connector);
                    return Ok(run.fail(started, p, Some(&wire)));
                }
            }
            // The server forgets everything at the upgrade: ask again what it offers.
            let before = wire.replies().len();
            if let Err(p) = command(
                &mut conn,
                Ehlo::new(client_id.clone()),
                &wire,
                Step::Ehlo,
                &run,
                timeout,
            )
            .await
            {
                return Ok(run.fail(started, p, Some(&wire)));
            }
            if let Some(ehlo) = wire.replies().get(before) {
                read_extensions(&mut run.server, ehlo);
            }
        }
        Security::Tls => run.skip(Step::Starttls, fl!("step-starttls-not-needed")),
        Security::None => {
            run.skip(Step::Starttls, fl!("step-no-encryption"));
            run.skip(Step::Tls, fl!("step-no-encryption"));
        }
    }

    // AUTH
    let started = Instant::now();
    match (&request.credentials, settings.auth) {
        (Some(credentials), method) if method.needs_secret() => {
            let offered = &run.server.auth_mechanisms;
            let wanted: &[(&str, Mechanism)] = match method {
                AuthMethod::OAuth2 => &[("XOAUTH2", Mechanism::Xoauth2)],
                _ => &[("PLAIN", Mechanism::Plain), ("LOGIN", Mechanism::Login)],
            };
            let chosen = wanted
                .iter()
                .find(|(name, _)| offered.iter().any(|o| o.eq_ignore_ascii_case(name)));
            let Some((name, mechanism)) = chosen else {
                let kind = if offered.is_empty() {
                    ProblemKind::AuthUnavailable
                } else {
                    ProblemKind::AuthMechanismUnsupported
                };
                let p = run.problem(kind, Step::Auth);
                quit(&mut conn).await;
                return Ok(run.fail(started, p, Some(&wire)));
            };
            let creds = LettreCredentials::new(
                credentials.username.clone(),
                credentials.secret().to_owned(),
            );
            if let Err(p) = authenticate(&mut conn, *mechanism, &creds, &wire, &run, timeout).await
            {
                quit(&mut conn).await;
                return Ok(run.fail(started, p, Some(&wire)));
            }
            let detail = fl!(
                "step-auth",
                user = credentials.username.as_str(),
                mechanism = name.to_string()
            );
            run.ok(Step::Auth, started, detail);
        }
        _ => run.skip(Step::Auth, fl!("step-no-sign-in")),
    }

    // MAIL FROM / RCPT TO, then RSET: the envelope is checked, nothing is sent.
    if let (Some(from), false) = (&request.from, request.to.is_empty()) {
        let started = Instant::now();
        let sender: Option<Address> = from.parse().ok();
        if let Err(p) = command(
            &mut conn,
            Mail::new(sender, vec![]),
            &wire,
            Step::MailFrom,
            &run,
            timeout,
        )
        .await
        {
            quit(&mut conn).await;
            return Ok(run.fail(started, p, Some(&wire)));
        }
        run.ok(
            Step::MailFrom,
            started,
            fl!("step-mail-from", address = from.as_str()),
        );
        let started = Instant::now();
        for to in &request.to {
            let Ok(address) = to.parse::<Address>() else {
                continue;
            };
            if let Err(mut p) = command(
                &mut conn,
                Rcpt::new(address, vec![]),
                &wire,
                Step::RcptTo,
                &run,
                timeout,
            )
            .await
            {
                if p.kind == ProblemKind::RecipientRejected
                    || p.kind == ProblemKind::UnexpectedReply
                {
                    p.server_reply = Some(format!("{to}: {}", p.server_reply.unwrap_or_default()));
                }
                quit(&mut conn).await;
                return Ok(run.fail(started, p, Some(&wire)));
            }
        }
        run.ok(
            Step::RcptTo,
            started,
            fl!("step-rcpt-to", count = request.to.len()),
        );
        let _ = tokio::time::timeout(timeout, conn.command(Rset)).await;
    } else {
        run.skip(Step::MailFrom, fl!("step-no-envelope"));
        run.skip(Step::RcptTo, fl!("step-no-envelope"));
    }

    // QUIT
    let started = Instant::now();
    match tokio::time::timeout(timeout, conn.command(Quit)).await {
        Ok(Ok(_)) => run.ok(Step::Quit, started, fl!("step-quit")),
        // The work is done; a server that hangs up instead of saying goodbye is no problem.
        _ => run.ok(Step::Quit, started, fl!("step-quit-closed")),
    }
    Ok(run.finish(None, Some(&wire)))
}

/// What the report shows of a certificate that was refused: who it is for and who issued it.
fn refused_certificate(connector: &Connector) -> Option<TlsInfo> {
    connector
        .certificate()
        .map(|(subject, issuer, not_after)| TlsInfo {
            version: String::new(),
            cipher: String::new(),
            subject,
            issuer,
            not_after,
        })
}

/// The TLS step comes after STARTTLS in the contract's order even for SSL/TLS, so it is recorded
/// with its own time wherever it happened.
fn deferred_tls_ok(run: &mut Run<'_>, started: Instant, info: &TlsInfo) {
    let detail = fl!(
        "step-tls",
        version = info.version.as_str(),
        subject = info.subject.as_str(),
        issuer = info.issuer.as_str()
    );
    run.ok(Step::Tls, started, detail);
}
