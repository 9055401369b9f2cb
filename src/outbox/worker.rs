//! Sending what is in the outbox: one connection per account, reused for its consecutive messages.

use super::{Clock, Damaged, Meta, Outbox, RetryPolicy, SentRecord, State, StorageError, unix};
use crate::account::Account;
use crate::account::ServerSettings;
use crate::secrets;
use crate::smtp::session::Session;
use crate::smtp::{Credentials, Problem};

#[derive(Debug, Clone, Default)]
pub struct FlushOptions {
    /// Try every queued message now, ignoring the backoff schedule (`outpost outbox flush`).
    pub force: bool,
    /// Only these ids (empty: all).
    pub only: Vec<String>,
    pub policy: RetryPolicy,
}

/// What one flush did.
#[derive(Debug, Clone, Default)]
pub struct FlushReport {
    pub sent: Vec<SentRecord>,
    pub failed: Vec<(Meta, Problem)>,
    /// Messages whose account is gone or whose password cannot be read; they stay queued.
    pub blocked: Vec<(Meta, String)>,
    pub damaged: Vec<Damaged>,
    /// Still in the outbox afterwards (queued or held).
    pub remaining: Vec<Meta>,
}

pub async fn flush(
    outbox: &Outbox,
    accounts: &[Account],
    clock: &dyn Clock,
    options: &FlushOptions,
) -> Result<FlushReport, StorageError> {
    let (entries, damaged) = outbox.list()?;
    let mut report = FlushReport {
        damaged,
        ..FlushReport::default()
    };
    let now = unix(clock.now());
    let due: Vec<Meta> = entries
        .into_iter()
        .filter(|m| options.only.is_empty() || options.only.contains(&m.id))
        .filter(|m| m.state == State::Queued && (options.force || m.next_attempt <= now))
        .collect();
    let mut names: Vec<String> = due.iter().map(|m| m.account.clone()).collect();
    names.dedup();
    names.sort();
    names.dedup();
    for name in names {
        let group: Vec<Meta> = due.iter().filter(|m| m.account == name).cloned().collect();
        let Some(account) = accounts.iter().find(|a| a.name == name) else {
            let why = crate::fl!("outbox-account-gone", account = name.as_str());
            report
                .blocked
                .extend(group.into_iter().map(|m| (m, why.clone())));
            continue;
        };
        let credentials = if account.server.auth.needs_secret() {
            match secrets::load(&account.name).await {
                Ok(Some(s)) => Some(Credentials::new(account.server.username.clone(), s)),
                Ok(None) => {
                    let why = crate::fl!("send-no-secret", account = name.as_str());
                    report
                        .blocked
                        .extend(group.into_iter().map(|m| (m, why.clone())));
                    continue;
                }
                Err(e) => {
                    let why = e.message();
                    report
                        .blocked
                        .extend(group.into_iter().map(|m| (m, why.clone())));
                    continue;
                }
            }
        } else {
            None
        };
        if let Err(e) = account.server.validate() {
            let why = e.message();
            report
                .blocked
                .extend(group.into_iter().map(|m| (m, why.clone())));
            continue;
        }
        send_group(
            outbox,
            &account.server,
            credentials.as_ref(),
            group,
            clock,
            options,
            &mut report,
        )
        .await?;
    }
    report.remaining = outbox.list()?.0;
    Ok(report)
}

async fn send_group(
    outbox: &Outbox,
    settings: &ServerSettings,
    credentials: Option<&Credentials>,
    group: Vec<Meta>,
    clock: &dyn Clock,
    options: &FlushOptions,
    report: &mut FlushReport,
) -> Result<(), StorageError> {
    // One connection for the whole group; a refused message costs lettre its connection, so the
    // next one opens a fresh session.
    let mut session: Option<Session> = None;
    let account = group.first().map(|m| m.account.clone());
    let sent_before = report.sent.len();
    for mut meta in group {
        let bytes = match outbox.bytes(&meta.id) {
            Ok(b) => b,
            Err(_) => continue,
        };
        if session.as_ref().is_none_or(Session::is_broken) {
            session = match Session::open(settings, credentials).await {
                Ok(s) => Some(s),
                Err(problem) => {
                    outbox.failed(&mut meta, &problem, &options.policy, clock.now())?;
                    report.failed.push((meta, problem));
                    break;
                }
            };
        }
        let Some(open) = session.as_mut() else { break };
        match open.send_raw(&meta.from, &meta.recipients, &bytes).await {
            Ok(reply) => {
                let record = SentRecord::from_meta(&meta, &reply, clock.now());
                // The sent log first: once it holds the id, a crash cannot cause a resend.
                outbox.sent_log().record(&record)?;
                outbox.remove_sent(&meta.id)?;
                report.sent.push(record);
            }
            Err(problem) => {
                let connection_level = !matches!(
                    problem.kind,
                    crate::smtp::ProblemKind::RecipientRejected
                        | crate::smtp::ProblemKind::SenderRejected
                        | crate::smtp::ProblemKind::MessageTooLarge
                );
                outbox.failed(&mut meta, &problem, &options.policy, clock.now())?;
                report.failed.push((meta, problem));
                // The server or the network is the trouble, not this message: the rest waits.
                if connection_level {
                    break;
                }
            }
        }
    }
    if let Some(s) = session {
        s.quit().await;
    }
    // The day's count once per group, not once per message (each write is synced to disk).
    let sent = (report.sent.len() - sent_before) as u32;
    if let Some(account) = account.filter(|_| sent > 0) {
        limits(outbox).add(&account, sent, clock.now())?;
    }
    Ok(())
}

pub fn limits(outbox: &Outbox) -> super::limits::Limits {
    super::limits::Limits::new(outbox.root.join("counts.json"))
}
