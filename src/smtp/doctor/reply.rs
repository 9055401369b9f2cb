//! Commands and the server's replies as the wire recorded them, with refusals turned into problems.

use std::time::{Duration, Instant};

use lettre::transport::smtp::authentication::{Credentials as LettreCredentials, Mechanism};
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::commands::{Auth, Quit};

use super::{Report, Run, ServerReport, StepStatus};
use crate::smtp::problem::{Problem, ProblemKind, Reply, Step, classify_reply};
use crate::smtp::wire::Wire;

pub(super) fn to_reply(lines: &[String]) -> Reply {
    let code = lines
        .first()
        .and_then(|l| l.get(..3))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Reply::new(code, &reply_body(lines))
}

/// The text of a reply without its code prefixes, lines joined by spaces.
pub(super) fn reply_body(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| l.get(4..).unwrap_or_default().trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reply as the server wrote it: code and text.
pub(super) fn reply_text(lines: &[String]) -> String {
    let code = lines.first().and_then(|l| l.get(..3)).unwrap_or_default();
    format!("{code} {}", reply_body(lines))
}

pub(super) fn read_extensions(server: &mut ServerReport, ehlo: &[String]) {
    server.extensions.clear();
    server.auth_mechanisms.clear();
    server.max_size = None;
    for line in ehlo.iter().skip(1) {
        let ext = line.get(4..).unwrap_or_default().trim().to_owned();
        let mut words = ext.split_whitespace();
        match words.next().map(|w| w.to_ascii_uppercase()).as_deref() {
            Some("AUTH") => {
                server.auth_mechanisms = words.map(|w| w.to_ascii_uppercase()).collect()
            }
            Some("SIZE") => {
                server.max_size = words.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0)
            }
            _ => {}
        }
        if !ext.is_empty() {
            server.extensions.push(ext);
        }
    }
}

/// Sends one command; a refusal becomes a problem classified at `step` with the server's words.
pub(super) async fn command<C: std::fmt::Display>(
    conn: &mut AsyncSmtpConnection,
    cmd: C,
    wire: &Wire,
    step: Step,
    run: &Run<'_>,
    timeout: Duration,
) -> Result<(), Problem> {
    let before = wire.replies().len();
    match tokio::time::timeout(timeout, conn.command(cmd)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(_)) => Err(refusal(wire, before, step, run)),
        Err(_) => Err(run.problem(ProblemKind::ConnectionLost, step)),
    }
}

/// The problem behind a refused command: the newest reply if one arrived since `before`.
pub(super) fn refusal(wire: &Wire, before: usize, step: Step, run: &Run<'_>) -> Problem {
    let replies = wire.replies();
    match replies.last().filter(|_| replies.len() > before) {
        Some(lines) => {
            let reply = to_reply(lines);
            let mut kind = classify_reply(&reply, step);
            if step == Step::Starttls && kind != ProblemKind::RateLimited {
                kind = ProblemKind::StarttlsUnavailable;
            }
            run.problem(kind, step).with_reply(reply_text(lines))
        }
        None => run.problem(ProblemKind::ConnectionLost, step),
    }
}

pub(super) async fn authenticate(
    conn: &mut AsyncSmtpConnection,
    mechanism: Mechanism,
    credentials: &LettreCredentials,
    wire: &Wire,
    run: &Run<'_>,
    timeout: Duration,
) -> Result<(), Problem> {
    let step = Step::Auth;
    let before = wire.replies().len();
    let first = Auth::new(mechanism, credentials.clone(), None)
        .map_err(|_| run.problem(ProblemKind::AuthMechanismUnsupported, step))?;
    let mut response = match tokio::time::timeout(timeout, conn.command(first)).await {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => {
            let mut p = refusal(wire, before, step, run);
            if mechanism == Mechanism::Xoauth2 {
                crate::smtp::classify_token_refusal(&mut p);
            }
            return Err(p);
        }
        Err(_) => return Err(run.problem(ProblemKind::ConnectionLost, step)),
    };
    // lettre's own limit on challenges, so a confused server cannot keep us here.
    for _ in 0..10 {
        if !response.has_code(334) {
            return Ok(());
        }
        let before = wire.replies().len();
        // XOAUTH2 takes no challenge: a 334 there is the server's error report (Gmail sends a
        // JSON status), and the client's empty line brings the real reply.
        let sent = if mechanism == Mechanism::Xoauth2 {
            tokio::time::timeout(timeout, conn.command("\r\n")).await
        } else {
            let next = Auth::new_from_response(mechanism, credentials.clone(), &response)
                .map_err(|_| run.problem(ProblemKind::AuthFailed, step))?;
            tokio::time::timeout(timeout, conn.command(next)).await
        };
        response = match sent {
            Ok(Ok(r)) => r,
            Ok(Err(_)) => {
                let mut p = refusal(wire, before, step, run);
                if mechanism == Mechanism::Xoauth2 {
                    crate::smtp::classify_token_refusal(&mut p);
                }
                return Err(p);
            }
            Err(_) => return Err(run.problem(ProblemKind::ConnectionLost, step)),
        };
    }
    Err(run.problem(ProblemKind::UnexpectedReply, step))
}

pub(super) async fn quit(conn: &mut AsyncSmtpConnection) {
    let _ = tokio::time::timeout(Duration::from_secs(2), conn.command(Quit)).await;
}

pub(super) fn greeting_failure(
    mut run: Run<'_>,
    started: Instant,
    greeting_at: Instant,
    replies: &[Vec<String>],
    wire: &Wire,
) -> Report {
    match replies {
        [] => {
            let p = run.problem(ProblemKind::ConnectionLost, Step::Greeting);
            run.fail(started, p, Some(wire))
        }
        [greeting] => {
            let reply = to_reply(greeting);
            if reply.code >= 400 {
                let kind = classify_reply(&reply, Step::Greeting);
                let p = run
                    .problem(kind, Step::Greeting)
                    .with_reply(reply_text(greeting));
                run.fail(started, p, Some(wire))
            } else {
                run.server.banner = reply_text(greeting);
                let ms = greeting_at.saturating_duration_since(started).as_millis() as u64;
                run.record(
                    Step::Greeting,
                    StepStatus::Ok,
                    ms,
                    run.server.banner.clone(),
                );
                let p = run.problem(ProblemKind::ConnectionLost, Step::Ehlo);
                run.fail(started, p, Some(wire))
            }
        }
        [greeting, ehlo, ..] => {
            run.server.banner = reply_text(greeting);
            let ms = greeting_at.saturating_duration_since(started).as_millis() as u64;
            run.record(
                Step::Greeting,
                StepStatus::Ok,
                ms,
                run.server.banner.clone(),
            );
            let reply = to_reply(ehlo);
            let kind = classify_reply(&reply, Step::Ehlo);
            let p = run.problem(kind, Step::Ehlo).with_reply(reply_text(ehlo));
            run.fail(started, p, Some(wire))
        }
    }
}
