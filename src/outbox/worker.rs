//! Sending what is in the outbox: one flush at a time per outbox (across processes), each message
//! claimed while it is sent, one connection per account reused for its consecutive messages.

use super::{
    Blocked, Claim, Clock, Damaged, Meta, Outbox, Overrides, RetryPolicy, SentRecord, State,
    StorageError, unix,
};
use crate::account::Account;
use crate::problem::Problem;
use crate::smtp::Credentials;
use crate::smtp::engine::{self, Connection};

#[derive(Debug, Clone, Default)]
pub struct FlushOptions {
    /// Try every queued message now, ignoring the backoff schedule (`outpost outbox flush`).
    pub force: bool,
    /// Only these ids (empty: all).
    pub only: Vec<String>,
    pub policy: RetryPolicy,
    /// Set while a message was written in full and the server's confirmation is awaited (the
    /// window says "waiting for the server to confirm").
    pub confirming: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

/// What one flush did.
#[derive(Debug, Clone, Default)]
pub struct FlushReport {
    pub sent: Vec<SentRecord>,
    /// Asked for by id, but already sent by an earlier flush (another process or window).
    pub already_sent: Vec<SentRecord>,
    pub failed: Vec<(Meta, Problem)>,
    /// Messages whose account is gone, whose password cannot be read or whose bytes cannot be
    /// read; they stay queued, with the reason stored next to them.
    pub blocked: Vec<(Meta, String)>,
    /// Skipped because someone else holds them (a window editing it).
    pub busy: Vec<Meta>,
    pub damaged: Vec<Damaged>,
    /// Sent, but the server's confirmation never arrived (or could not be recorded): held for the
    /// user, never sent again by itself.
    pub unconfirmed: Vec<Meta>,
    /// Why this flush stopped sending (the sent log cannot be written), in plain words.
    pub stopped: Option<String>,
    /// Still in the outbox afterwards (queued or held).
    pub remaining: Vec<Meta>,
}

impl FlushReport {
    /// The sent record of `id`, whether this flush or an earlier one sent it.
    pub fn sent_record(&self, id: &str) -> Option<&SentRecord> {
        self.sent
            .iter()
            .chain(&self.already_sent)
            .find(|r| r.id == id)
    }
}

/// Runs blocking file work off the async runtime's worker threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StorageError> + Send + 'static,
) -> Result<T, StorageError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(StorageError(std::io::Error::other(e.to_string()))))
}

pub async fn flush(
    outbox: &Outbox,
    accounts: &[Account],
    clock: &dyn Clock,
    options: &FlushOptions,
) -> Result<FlushReport, StorageError> {
    // One flush at a time: a second one waits here, then sees what the first left.
    let lock = {
        let o = outbox.clone();
        blocking(move || o.lock_flush()).await?
    };
    let (entries, damaged) = {
        let o = outbox.clone();
        blocking(move || o.list()).await?
    };
    let mut report = FlushReport {
        damaged,
        ..FlushReport::default()
    };
    if !options.only.is_empty() {
        let missing: Vec<String> = options
            .only
            .iter()
            .filter(|id| !entries.iter().any(|m| &m.id == *id))
            .cloned()
            .collect();
        report.already_sent = find_sent(outbox, &missing);
    }
    let entries = settle(outbox, entries, clock, &mut report)?;
    let now = unix(clock.now());
    let mut due: Vec<Meta> = entries
        .into_iter()
        .filter(|m| is_due(m, options, now))
        .collect();
    if report.stopped.is_none()
        && !due.is_empty()
        && let Err(e) = outbox.sent_log().check_writable()
    {
        // What the server accepts must be recordable, or it could be sent again: nothing goes.
        report.stopped = Some(log_unwritable(&e));
    }
    if report.stopped.is_some() {
        due.clear();
    }
    for (name, overrides) in groups(&due) {
        let group = claim_group(outbox, &due, &name, &overrides, options, now, &mut report)?;
        if group.is_empty() {
            continue;
        }
        let go_on = flush_group(
            outbox,
            accounts,
            &name,
            &overrides,
            group,
            clock,
            options,
            &mut report,
        )
        .await?;
        if !go_on {
            break;
        }
    }
    // What went out gets its copy in Sent marked for the copier, where the account wants one.
    let wanted: Vec<(SentRecord, Account)> = report
        .sent
        .iter()
        .filter_map(|r| {
            let account = accounts.iter().find(|a| a.name == r.account)?;
            super::copies::destination(account).map(|_| (r.clone(), account.clone()))
        })
        .collect();
    if !wanted.is_empty() {
        let o = outbox.clone();
        blocking(move || {
            for (record, account) in &wanted {
                o.want_copy(&record.id, &record.message_id, account);
            }
            Ok(())
        })
        .await?;
    }
    report.remaining = {
        let o = outbox.clone();
        blocking(move || o.list()).await?.0
    };
    drop(lock);
    Ok(report)
}

/// Whether this flush sends `m` now (`now` in unix seconds). A scheduled message waits for its
/// time even when forced ("Send now" clears the time first).
fn is_due(m: &Meta, options: &FlushOptions, now: u64) -> bool {
    (options.only.is_empty() || options.only.contains(&m.id))
        && m.state == State::Queued
        && m.in_flight.is_none()
        && m.accepted.is_none()
        && !m.is_scheduled(now)
        && (options.force || m.next_attempt <= now)
}

/// The account and overrides of each group of `due`, in the order they first appear: each group
/// goes through one connection.
fn groups(due: &[Meta]) -> Vec<(String, Overrides)> {
    let mut groups: Vec<(String, Overrides)> = Vec::new();
    for m in due {
        let key = (m.account.clone(), m.overrides.clone());
        if !groups.contains(&key) {
            groups.push(key);
        }
    }
    groups
}

/// Claims the due messages of one account and its overrides. Each is read afresh under its claim
/// and kept only if still due; one someone else holds is reported busy.
fn claim_group(
    outbox: &Outbox,
    due: &[Meta],
    name: &str,
    overrides: &Overrides,
    options: &FlushOptions,
    now: u64,
    report: &mut FlushReport,
) -> Result<Vec<(Meta, Claim)>, StorageError> {
    let mut group = Vec::new();
    for meta in due
        .iter()
        .filter(|m| m.account == name && m.overrides == *overrides)
    {
        // The claim, then a fresh read: what was listed may have been sent, edited or removed
        // since by someone who held it.
        let Some(claim) = outbox.try_claim(&meta.id)? else {
            report.busy.push(meta.clone());
            continue;
        };
        match outbox.get(&meta.id) {
            Some(fresh) if is_due(&fresh, options, now) => group.push((fresh, claim)),
            _ => {}
        }
    }
    Ok(group)
}

/// Sends one claimed group through its account's server (with the overrides applied). A missing
/// account, invalid settings or unreadable credentials block the group; a refused sign-in fails it.
/// Returns whether the flush goes on to the next group.
#[allow(clippy::too_many_arguments)]
async fn flush_group(
    outbox: &Outbox,
    accounts: &[Account],
    name: &str,
    overrides: &Overrides,
    group: Vec<(Meta, Claim)>,
    clock: &dyn Clock,
    options: &FlushOptions,
    report: &mut FlushReport,
) -> Result<bool, StorageError> {
    let Some(account) = accounts.iter().find(|a| a.name == name) else {
        let why = Blocked::new(
            "account_gone",
            crate::fl!("outbox-account-gone", account = name),
        );
        block(outbox, group, &why, report)?;
        return Ok(true);
    };
    let mut settings = account.server.clone();
    overrides.apply(&mut settings);
    if let Err(e) = settings.validate() {
        block(
            outbox,
            group,
            &Blocked::new("invalid_settings", e.message()),
            report,
        )?;
        return Ok(true);
    }
    let credentials = match crate::credentials::credentials(account).await {
        Ok(c) => c,
        // A sign-in the provider refused is a failed attempt the user can fix by signing in
        // again: the messages are held with the problem, not blocked.
        Err(e) if e.problem().is_some() => {
            let problem = e
                .problem()
                .expect("checked")
                .at(&settings.host, settings.port);
            for (mut meta, _claim) in group {
                outbox.failed(&mut meta, &problem, &options.policy, clock.now())?;
                report.failed.push((meta, problem.clone()));
            }
            return Ok(true);
        }
        Err(e) => {
            block(
                outbox,
                group,
                &Blocked::new(e.code(), e.message(&account.name)),
                report,
            )?;
            return Ok(true);
        }
    };
    send_group(
        outbox,
        account,
        &settings,
        credentials,
        group,
        clock,
        options,
        report,
    )
    .await
}

/// Before anything is sent: a message the server accepted but the sent log could not record is
/// recorded now; a message with the in-flight mark and no sent record becomes `unconfirmed`; an
/// edited copy's original, still queued after a crash, is removed. Returns what is left to consider.
fn settle(
    outbox: &Outbox,
    entries: Vec<Meta>,
    clock: &dyn Clock,
    report: &mut FlushReport,
) -> Result<Vec<Meta>, StorageError> {
    let replaced: Vec<String> = entries.iter().filter_map(|m| m.replaces.clone()).collect();
    let mut kept = Vec::with_capacity(entries.len());
    for meta in entries {
        let unsettled = meta.accepted.is_some()
            || (meta.in_flight.is_some() && meta.state != State::Unconfirmed);
        if !unsettled && !replaced.contains(&meta.id) {
            kept.push(meta);
            continue;
        }
        // Under the message's claim, read afresh: someone may be sending or editing it now.
        let Some(claim) = outbox.try_claim(&meta.id)? else {
            kept.push(meta);
            continue;
        };
        let Some(mut fresh) = outbox.get(&meta.id) else {
            continue;
        };
        if replaced.contains(&fresh.id) && fresh.in_flight.is_none() && fresh.accepted.is_none() {
            // The edited copy is safe on disk; the original must not go out as well.
            outbox.remove_claimed(&claim)?;
            continue;
        }
        if let Some(reply) = fresh.accepted.clone() {
            let record = SentRecord::from_meta(&fresh, &reply, clock.now());
            match outbox.sent_log().record(&record) {
                Ok(()) => {
                    outbox.keep_sent(&fresh, None);
                    outbox.remove_sent(&fresh.id)?;
                    report.sent.push(record);
                }
                Err(e) => {
                    report.stopped = Some(log_unwritable(&e));
                    kept.push(fresh);
                }
            }
            continue;
        }
        if fresh.in_flight.is_some() && fresh.state != State::Unconfirmed {
            // Held as unconfirmed (in memory at least: it is not due either way). A disk that
            // cannot take the new state stops the flush, with its reason.
            if let Err(e) = outbox.unconfirmed(&mut fresh, None) {
                report.stopped = Some(cannot_mark(&e));
            }
            report.unconfirmed.push(fresh.clone());
        }
        kept.push(fresh);
    }
    Ok(kept)
}

/// The sent records of `ids`, read from the end of the log back to when the oldest was created
/// (an id starts with its creation time in nanoseconds).
fn find_sent(outbox: &Outbox, ids: &[String]) -> Vec<SentRecord> {
    let ids: Vec<&String> = ids.iter().filter(|id| super::valid_id(id)).collect();
    if ids.is_empty() {
        return vec![];
    }
    let oldest = ids
        .iter()
        .filter_map(|id| Some((id.get(..20)?.parse::<u128>().ok()? / 1_000_000_000) as u64))
        .min()
        .unwrap_or(0);
    let mut found = Vec::new();
    outbox.sent_log().scan_back(|r| {
        let sent_at = r.sent_at;
        if ids.contains(&&r.id) {
            found.push(r);
        }
        found.len() < ids.len() && sent_at + 2 * 86_400 >= oldest
    });
    found
}

fn block(
    outbox: &Outbox,
    group: Vec<(Meta, Claim)>,
    why: &Blocked,
    report: &mut FlushReport,
) -> Result<(), StorageError> {
    for (mut meta, _claim) in group {
        outbox.blocked(&mut meta, why.clone())?;
        report.blocked.push((meta, why.message.clone()));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn send_group(
    outbox: &Outbox,
    saved: &crate::account::Account,
    settings: &crate::account::ServerSettings,
    mut credentials: Option<Credentials>,
    group: Vec<(Meta, Claim)>,
    clock: &dyn Clock,
    options: &FlushOptions,
    report: &mut FlushReport,
) -> Result<bool, StorageError> {
    // One connection for the whole group; a connection spent by a failure is opened afresh.
    let mut session: Option<Connection> = None;
    let refresh = crate::credentials::Refresh(saved.clone());
    let account = group.first().map(|(m, _)| m.account.clone());
    let sent_before = report.sent.len();
    let mut stop = false;
    for (mut meta, claim) in group {
        let bytes = {
            let (o, id) = (outbox.clone(), meta.id.clone());
            blocking(move || o.bytes(&id)).await
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                let why = Blocked::new(
                    "unreadable",
                    crate::fl!("outbox-unreadable", reason = crate::i18n::io_reason(&e.0)),
                );
                outbox.blocked(&mut meta, why.clone())?;
                report.blocked.push((meta, why.message));
                continue;
            }
        };
        if session.as_ref().is_none_or(Connection::is_broken) {
            let opened = engine::open_for_sending(settings, &mut credentials, Some(&refresh)).await;
            session = match opened {
                Ok(s) => {
                    remember_limit(outbox, &saved.name, settings, s.max_size()).await;
                    Some(s)
                }
                Err(problem) => {
                    outbox.failed(&mut meta, &problem, &options.policy, clock.now())?;
                    report.failed.push((meta, problem));
                    break;
                }
            };
        }
        let Some(open) = session.as_mut() else { break };
        let step = attempt(outbox, open, &mut meta, &bytes, clock, options, report).await?;
        drop(claim);
        match step {
            Next::Continue => {}
            Next::StopGroup => break,
            Next::StopFlush => {
                stop = true;
                break;
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
    Ok(!stop)
}

/// Keeps the SIZE limit the server just announced, for the compose window's warning. Only a cache:
/// a failure to write it costs nothing else.
async fn remember_limit(
    outbox: &Outbox,
    account: &str,
    settings: &crate::account::ServerSettings,
    max_size: Option<u64>,
) {
    let (learned, account, host, port) = (
        outbox.learned(),
        account.to_owned(),
        settings.host.clone(),
        settings.port,
    );
    let _ = blocking(move || Ok(learned.record(&account, &host, port, max_size)?)).await;
}

/// What the group does after one message.
enum Next {
    /// On to the next message (a spent connection is opened afresh).
    Continue,
    /// The server or the network is the trouble, not this message: the rest of the group waits.
    StopGroup,
    /// The sent log cannot be written: nothing more is sent until it can.
    StopFlush,
}

/// One message on an open connection: the upload, the in-flight mark, the final dot, the record.
async fn attempt(
    outbox: &Outbox,
    open: &mut Connection,
    meta: &mut Meta,
    bytes: &[u8],
    clock: &dyn Clock,
    options: &FlushOptions,
    report: &mut FlushReport,
) -> Result<Next, StorageError> {
    use crate::problem::ProblemKind;
    let phase = |phase| {
        if let Some(flag) = &options.confirming {
            flag.store(
                phase == engine::Phase::Confirming,
                std::sync::atomic::Ordering::Relaxed,
            );
        }
    };
    if let Err(problem) = open
        .upload(&meta.from, &meta.recipients, bytes, &phase)
        .await
    {
        let message_level = matches!(
            problem.kind,
            ProblemKind::RecipientRejected
                | ProblemKind::SenderRejected
                | ProblemKind::MessageTooLarge
        );
        outbox.failed(meta, &problem, &options.policy, clock.now())?;
        report.failed.push((meta.clone(), problem));
        return Ok(if message_level {
            Next::Continue
        } else {
            Next::StopGroup
        });
    }
    // Durably noted before the final dot: from here on the server may have it.
    if let Err(e) = outbox.mark_in_flight(meta, clock.now()) {
        // Without the mark the dot is not written; the server drops the unfinished message.
        open.abandon();
        report.stopped = Some(cannot_mark(&e));
        return Ok(Next::StopFlush);
    }
    let result = open.commit(&phase).await;
    if let Some(flag) = &options.confirming {
        flag.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    match result {
        Ok(reply) => {
            let record = SentRecord::from_meta(meta, &reply, clock.now());
            // The sent log first: once it holds the id, a crash cannot cause a resend.
            if let Err(e) = outbox.sent_log().record(&record) {
                // Accepted but not recorded: kept with the server's words, recorded as soon as
                // the log can be written (should this save fail too, the in-flight mark makes it
                // unconfirmed). Never sent again either way.
                meta.accepted = Some(reply);
                let _ = outbox.save(meta);
                report.stopped = Some(log_unwritable(&e));
                return Ok(Next::StopFlush);
            }
            outbox.keep_sent(meta, Some(bytes));
            outbox.remove_sent(&meta.id)?;
            report.sent.push(record);
            Ok(Next::Continue)
        }
        Err(problem) if problem.kind == ProblemKind::OutcomeUnknown => {
            outbox.unconfirmed(meta, Some(&problem))?;
            report.unconfirmed.push(meta.clone());
            report.failed.push((meta.clone(), problem));
            Ok(Next::StopGroup)
        }
        Err(problem) => {
            // The server refused it after the dot (or the dot never went out): not delivered.
            let temporary = problem.kind.is_temporary();
            outbox.failed(meta, &problem, &options.policy, clock.now())?;
            report.failed.push((meta.clone(), problem));
            Ok(if temporary {
                Next::StopGroup
            } else {
                Next::Continue
            })
        }
    }
}

/// Why the flush stopped: the sent log cannot take a record.
fn log_unwritable(e: &StorageError) -> String {
    crate::fl!(
        "outbox-sent-log-unwritable",
        reason = crate::i18n::io_reason(&e.0)
    )
}

/// Why the flush stopped: the outbox cannot note a message before it goes.
fn cannot_mark(e: &StorageError) -> String {
    crate::fl!("outbox-cannot-mark", reason = crate::i18n::io_reason(&e.0))
}

pub fn limits(outbox: &Outbox) -> super::limits::Limits {
    super::limits::Limits::new(outbox.root.join("counts.json"))
}
