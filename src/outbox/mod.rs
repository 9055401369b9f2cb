//! The outbox: no message is ever lost. A message is written to disk (its exact MIME bytes and a
//! small metadata file, each with temp file + fsync + rename) before it is handed to SMTP, and it
//! moves to the sent log only after the server's 250.
//!
//! Crash safety: every message is always either in the queue or in the sent log. Before the final
//! dot of a message is written, the message carries an in-flight mark on disk; the sent record
//! clears it. A message found with the mark and without a sent record — after a crash, a lost
//! answer, or a sent log that could not be written — may have been delivered: it becomes
//! `unconfirmed` and is never sent again by itself (the user says "Send again" or "It arrived").
//! A crash after the sent log recorded it but before the queue entry was removed is detected on the
//! next start (the id is in the sent log) and costs no duplicate.

pub mod copies;
pub mod kept;
pub mod limits;
pub mod policy;
pub mod requeue;
pub mod schedule;
pub mod sent;
pub mod show;
pub mod worker;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use copies::{CopyReport, CopyState, CopyStatus, save_copies};
pub use policy::RetryPolicy;
pub use sent::{SentLog, SentRecord};
pub use worker::{FlushOptions, FlushReport, flush};

use crate::problem::{Problem, ProblemKind, Step};
use crate::storage::{self, FileLock};
pub use crate::storage::{StorageError, new_id, unix, valid_id};

/// The time source, injectable so tests can move through a retry schedule without sleeping.
pub trait Clock: Send + Sync {
    fn now(&self) -> SystemTime;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Waiting for its next attempt.
    Queued,
    /// Stopped after a permanent problem (or too long in the queue): waits for the user.
    Held,
    /// Sent, but the server's confirmation never arrived (or could not be recorded): it may have
    /// been delivered. Never sent again by itself; the user sends it again or marks it sent.
    Unconfirmed,
}

/// The last thing that went wrong, as stored with the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastProblem {
    pub kind: ProblemKind,
    pub server_reply: Option<String>,
    /// The message and fix in the language of the moment it happened (the GUI re-translates by kind).
    pub message: String,
    pub fix: String,
    /// Where it happened, so the explanation can name the server and port again.
    #[serde(default)]
    pub host: String,
    #[serde(default)]
    pub port: u16,
    #[serde(default)]
    pub step: Option<Step>,
}

impl From<&Problem> for LastProblem {
    fn from(p: &Problem) -> Self {
        LastProblem {
            kind: p.kind,
            server_reply: p.server_reply.clone(),
            message: p.message(),
            fix: p.fix(),
            host: p.host.clone(),
            port: p.port,
            step: Some(p.step),
        }
    }
}

impl LastProblem {
    /// The problem again, to be explained in the current language.
    pub fn problem(&self) -> Problem {
        let mut p =
            Problem::new(self.kind, self.step.unwrap_or(Step::Data)).at(&self.host, self.port);
        p.server_reply = self.server_reply.clone();
        p
    }
}

/// Why a message could not even be tried (nothing was said to a server): it stays queued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocked {
    /// `account_gone`, `no_secret`, `keychain_unavailable`, `keychain_locked`, `keychain_failed`,
    /// `invalid_settings`, `unreadable`.
    pub code: String,
    /// The explanation in the language of the moment it happened.
    pub message: String,
}

impl Blocked {
    pub fn new(code: &str, message: String) -> Blocked {
        Blocked {
            code: code.to_owned(),
            message,
        }
    }

    /// What to do, where the explanation does not say it already (a missing password).
    pub fn fix(&self) -> Option<String> {
        (self.code == "no_secret").then(|| crate::fl!("gui-fix-edit-account"))
    }

    /// The explanation in the current language where it can be rebuilt, else the stored words.
    pub fn explain(&self, account: &str) -> String {
        match self.code.as_str() {
            "account_gone" => crate::fl!("outbox-account-gone", account = account),
            "no_secret" => crate::fl!("send-no-secret", account = account),
            "keychain_unavailable" => crate::fl!("keychain-unavailable"),
            "keychain_locked" => crate::fl!("keychain-locked"),
            "keychain_failed" => crate::fl!("keychain-failed"),
            _ => self.message.clone(),
        }
    }
}

/// Per-message server options given on the command line (`send --ca-file … --timeout …`), kept so
/// that every later attempt uses them too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Overrides {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_secs: Option<u64>,
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        self.ca_file.is_none() && self.timeout_secs.is_none()
    }

    pub fn apply(&self, settings: &mut crate::account::ServerSettings) {
        if let Some(ca) = &self.ca_file {
            settings.ca_file = Some(ca.clone());
        }
        if let Some(t) = self.timeout_secs {
            settings.timeout_secs = t;
        }
    }
}

/// What is known about a queued message besides its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    pub account: String,
    pub from: String,
    pub recipients: Vec<String>,
    pub message_id: String,
    pub subject: String,
    pub size: u64,
    /// Unix seconds.
    pub created: u64,
    pub attempts: u32,
    pub next_attempt: u64,
    pub state: State,
    pub last_problem: Option<LastProblem>,
    /// Why the last flush could not try it (account gone, keychain locked, bytes unreadable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<Blocked>,
    #[serde(default, skip_serializing_if = "Overrides::is_empty")]
    pub overrides: Overrides,
    /// "Send later" (and the few seconds of "Undo"): nothing sends it before this (unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_for: Option<u64>,
    /// What the user wrote, so "Edit" can reopen it in a compose window.
    #[serde(default)]
    pub draft: Option<crate::mail::Draft>,
    /// Written (and synced) just before the final dot of an attempt (unix seconds): the server may
    /// have the message from then on. Cleared with the sent record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_flight: Option<u64>,
    /// The server accepted it (its words) but the sent log could not record it: recorded as soon
    /// as the log can be written, never sent again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
    /// The entry this one replaces (an edited message): the flush removes that one before sending
    /// this, so a crash between writing the copy and removing the original cannot send both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// The mail merge this message belongs to (`outpost merge`), and its row in the spreadsheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
}

impl Meta {
    /// Waiting for its "send later" time (unix seconds `now`).
    pub fn is_scheduled(&self, now: u64) -> bool {
        self.state == State::Queued && self.scheduled_for.is_some_and(|t| t > now)
    }
}

/// A queue entry that could not be read; it was moved aside to `damaged/`, never deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub id: String,
    pub moved_to: PathBuf,
}

/// The right to send or change one message, held by one flusher or one editing window at a time
/// (across processes). Released when dropped, or by the OS when its holder dies.
#[derive(Debug)]
pub struct Claim {
    pub id: String,
    _lock: FileLock,
}

/// The right to flush this outbox: one flush at a time, across processes and within one.
#[derive(Debug)]
pub struct FlushLock {
    _lock: FileLock,
}

#[derive(Debug, Clone)]
pub struct Outbox {
    root: PathBuf,
}

impl Outbox {
    /// The outbox under the data folder (`<data>/outbox`); every folder is private to the user.
    pub fn open(data_dir: &Path) -> Result<Outbox, StorageError> {
        let root = data_dir.join("outbox");
        storage::private_dir(data_dir)?;
        for dir in [
            &root,
            &root.join("queue"),
            &root.join("damaged"),
            &root.join("claims"),
        ] {
            storage::private_dir(dir)?;
        }
        Ok(Outbox { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn queue(&self) -> PathBuf {
        self.root.join("queue")
    }

    /// What the servers of this data folder's accounts said about themselves (their SIZE limits).
    pub fn learned(&self) -> crate::account::learned::Learned {
        crate::account::learned::Learned::new(self.root.parent().unwrap_or(&self.root))
    }

    pub fn sent_log(&self) -> SentLog {
        SentLog::new(self.root.join("sent.jsonl"))
    }

    fn eml(&self, id: &str) -> PathBuf {
        self.queue().join(format!("{id}.eml"))
    }

    fn meta_path(&self, id: &str) -> PathBuf {
        self.queue().join(format!("{id}.json"))
    }

    /// Held (shared) by everyone who writes or removes queue files; the sweep that sets incomplete
    /// entries aside needs it exclusively, so it never mistakes a write in progress for a leftover.
    fn writing(&self) -> Result<FileLock, StorageError> {
        Ok(FileLock::shared(&self.root.join("write.lock"))?)
    }

    /// Waits until no other flush of this outbox runs (in any process), then holds the right to
    /// flush until dropped.
    pub fn lock_flush(&self) -> Result<FlushLock, StorageError> {
        Ok(FlushLock {
            _lock: FileLock::exclusive(&self.root.join("flush.lock"))?,
        })
    }

    /// The right to flush if nobody flushes now.
    pub fn try_lock_flush(&self) -> Result<Option<FlushLock>, StorageError> {
        Ok(FileLock::try_exclusive(&self.root.join("flush.lock"))?.map(|l| FlushLock { _lock: l }))
    }

    /// Drops sent-log records older than `days` days, unless a flush runs now (it appends to the
    /// log; the next call prunes instead).
    /// The kept copies of what was sent go with their records.
    pub fn prune_sent_log(&self, days: u64, now: SystemTime) -> Result<usize, StorageError> {
        let Some(_lock) = self.try_lock_flush()? else {
            return Ok(0);
        };
        let dropped = self.sent_log().prune_ids(days, now)?;
        if !dropped.is_empty() {
            let kept = self.kept();
            kept.forget(&dropped)?;
            // Copies left without a record (a damaged line, a crash) go once they are as old.
            let cutoff = unix(now).saturating_sub(days * 24 * 3600);
            kept.sweep(&self.sent_log().ids(), cutoff)?;
        }
        Ok(dropped.len())
    }

    /// Where sent messages are kept (`sent/`).
    pub fn kept(&self) -> kept::Kept {
        kept::Kept::new(self.root.join("sent"))
    }

    /// Keeps a copy of a message the sent log has just recorded, before its queue entry goes
    /// (`bytes`: the message, when in hand). Best-effort: a copy that cannot be kept shows as "not
    /// kept" and changes nothing else.
    pub fn keep_sent(&self, meta: &Meta, bytes: Option<&[u8]>) {
        let _ = self
            .kept()
            .keep(&meta.id, &self.eml(&meta.id), bytes, &meta.recipients);
    }

    /// Claims one message (for sending or editing); `None` when someone else holds it.
    pub fn try_claim(&self, id: &str) -> Result<Option<Claim>, StorageError> {
        if !valid_id(id) {
            return Ok(None);
        }
        let path = self.root.join("claims").join(format!("{id}.lock"));
        Ok(FileLock::try_exclusive(&path)?.map(|lock| Claim {
            id: id.to_owned(),
            _lock: lock,
        }))
    }

    /// Claims a message that is still in the queue: `None` when someone else holds it or when it
    /// is gone (sent or removed meanwhile) — a claim on a message that no longer exists is never
    /// kept, so nothing can be written back under its id.
    pub fn claim_queued(&self, id: &str) -> Result<Option<Claim>, StorageError> {
        let Some(claim) = self.try_claim(id)? else {
            return Ok(None);
        };
        if self.meta_path(id).exists() {
            return Ok(Some(claim));
        }
        let _ = fs::remove_file(self.root.join("claims").join(format!("{id}.lock")));
        Ok(None)
    }

    /// The sent record of a message that left the queue, if the sent log has it.
    pub fn sent_record(&self, id: &str) -> Option<SentRecord> {
        let created = id.get(..20)?.parse::<u128>().ok()? / 1_000_000_000;
        let mut found = None;
        self.sent_log().scan_back(|r| {
            let sent_at = r.sent_at;
            if r.id == id {
                found = Some(r);
                return false;
            }
            sent_at + 2 * 86_400 >= created as u64
        });
        found
    }

    /// Persists a message before any attempt to send it. Returns its metadata.
    #[allow(clippy::too_many_arguments)]
    pub fn enqueue(
        &self,
        account: &str,
        from: &str,
        recipients: &[String],
        message_id: &str,
        subject: &str,
        bytes: &[u8],
        now: SystemTime,
    ) -> Result<Meta, StorageError> {
        self.enqueue_with(
            account,
            from,
            recipients,
            message_id,
            subject,
            bytes,
            now,
            |_| {},
        )
    }

    /// [`Outbox::enqueue`], with the metadata completed (draft, overrides) before it is written, so
    /// the entry appears on disk whole.
    #[allow(clippy::too_many_arguments)]
    pub fn enqueue_with(
        &self,
        account: &str,
        from: &str,
        recipients: &[String],
        message_id: &str,
        subject: &str,
        bytes: &[u8],
        now: SystemTime,
        complete: impl FnOnce(&mut Meta),
    ) -> Result<Meta, StorageError> {
        let id = new_id(now);
        let mut meta = Meta {
            id: id.clone(),
            account: account.to_owned(),
            from: from.to_owned(),
            recipients: recipients.to_vec(),
            message_id: message_id.to_owned(),
            subject: subject.to_owned(),
            size: bytes.len() as u64,
            created: unix(now),
            attempts: 0,
            next_attempt: unix(now),
            state: State::Queued,
            last_problem: None,
            blocked: None,
            overrides: Overrides::default(),
            scheduled_for: None,
            draft: None,
            in_flight: None,
            accepted: None,
            replaces: None,
            merge_id: None,
            row: None,
        };
        complete(&mut meta);
        let _writing = self.writing()?;
        // Bytes first: a metadata file always has its message next to it. One folder sync after
        // both renames makes both names durable; until `enqueue` returns nothing was promised.
        storage::write_atomic(&self.eml(&id), bytes, false)?;
        self.write_meta(&meta)?;
        Ok(meta)
    }

    pub fn save(&self, meta: &Meta) -> Result<(), StorageError> {
        let _writing = self.writing()?;
        self.write_meta(meta)
    }

    fn write_meta(&self, meta: &Meta) -> Result<(), StorageError> {
        let json = serde_json::to_vec_pretty(meta).expect("metadata serializes");
        Ok(storage::write_atomic(
            &self.meta_path(&meta.id),
            &json,
            true,
        )?)
    }

    pub fn bytes(&self, id: &str) -> Result<Vec<u8>, StorageError> {
        Ok(fs::read(self.eml(id))?)
    }

    /// Every readable entry, oldest first, and the damaged ones (moved aside).
    pub fn list(&self) -> Result<(Vec<Meta>, Vec<Damaged>), StorageError> {
        // Only when nobody is writing can an incomplete entry be told from one being written.
        let sweep = FileLock::try_exclusive(&self.root.join("write.lock"))?;
        let mut metas = Vec::new();
        let mut damaged = Vec::new();
        let mut names = Vec::new();
        for entry in fs::read_dir(self.queue())? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        let present: std::collections::HashSet<&str> = names.iter().map(String::as_str).collect();
        for name in &names {
            let path = self.queue().join(name);
            if name.starts_with('.') {
                // A temp file from a write that never finished: the entry was never complete.
                if sweep.is_some() {
                    damaged.extend(self.move_aside(&path, name)?);
                }
                continue;
            }
            if let Some(id) = name.strip_suffix(".eml") {
                // Message bytes whose metadata never got written: the process stopped inside enqueue.
                if sweep.is_some() && !present.contains(format!("{id}.json").as_str()) {
                    damaged.extend(self.move_aside(&path, name)?);
                }
                continue;
            }
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            let bytes = match fs::read(&path) {
                Ok(b) => b,
                // Removed since the folder was read (sent by another process): nothing to show.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e.into()),
            };
            let parsed = serde_json::from_slice::<Meta>(&bytes).ok();
            match parsed {
                Some(meta) if meta.id == id && valid_id(id) && self.eml(id).exists() => {
                    metas.push(meta)
                }
                _ if sweep.is_some() => {
                    damaged.extend(self.move_aside(&path, name)?);
                    let eml = format!("{id}.eml");
                    if self.queue().join(&eml).exists() {
                        damaged.extend(self.move_aside(&self.queue().join(&eml), &eml)?);
                    }
                }
                _ => {}
            }
        }
        drop(sweep);
        if !metas.is_empty() {
            // Sent, recorded, but not yet removed when the process stopped. Only the part of the
            // sent log written since the oldest waiting message was created can name one of them.
            let oldest = metas.iter().map(|m| m.created).min().unwrap_or(0);
            let sent = self.sent_log().ids_since(oldest.saturating_sub(2 * 86_400));
            let mut kept = Vec::with_capacity(metas.len());
            for meta in metas {
                if sent.contains(&meta.id) {
                    self.keep_sent(&meta, None);
                    self.remove_sent(&meta.id)?;
                } else {
                    kept.push(meta);
                }
            }
            metas = kept;
        }
        metas.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        Ok((metas, damaged))
    }

    pub fn get(&self, id: &str) -> Option<Meta> {
        if !valid_id(id) {
            return None;
        }
        let bytes = fs::read(self.meta_path(id)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Moves a file to `damaged/`; `None` when it vanished meanwhile (someone else handled it).
    fn move_aside(&self, path: &Path, name: &str) -> Result<Option<Damaged>, StorageError> {
        let target = self.root.join("damaged").join(name);
        match fs::rename(path, &target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        Ok(Some(Damaged {
            id: name
                .trim_start_matches('.')
                .split('.')
                .next()
                .unwrap_or_default()
                .to_owned(),
            moved_to: target,
        }))
    }

    /// Removes a message from the queue (when the user deletes it, or it was replaced) once nobody
    /// sends or edits it. `Ok(false)`: someone holds it right now; nothing was removed.
    pub fn remove(&self, id: &str) -> Result<bool, StorageError> {
        let Some(claim) = self.try_claim(id)? else {
            return Ok(false);
        };
        self.remove_claimed(&claim)?;
        Ok(true)
    }

    /// Removes a message whose claim the caller holds.
    pub fn remove_claimed(&self, claim: &Claim) -> Result<(), StorageError> {
        self.remove_files(&claim.id)?;
        storage::sync_dir(&self.queue());
        Ok(())
    }

    /// Removes a message that the sent log already records. No folder sync: should the removal be
    /// lost in a crash, [`Outbox::list`] finds the id in the sent log and removes it then, so the
    /// message is never sent twice (and a bulk send is not slowed by a sync per message).
    pub fn remove_sent(&self, id: &str) -> Result<(), StorageError> {
        self.remove_files(id)
    }

    fn remove_files(&self, id: &str) -> Result<(), StorageError> {
        if !valid_id(id) {
            return Ok(());
        }
        let _writing = self.writing()?;
        // Metadata first: bytes without metadata are recognisably incomplete, never sent.
        for path in [self.meta_path(id), self.eml(id)] {
            match fs::remove_file(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        let _ = fs::remove_file(self.root.join("claims").join(format!("{id}.lock")));
        Ok(())
    }

    /// Keeps what the user wrote next to the message, for editing later.
    pub fn attach_draft(
        &self,
        meta: &mut Meta,
        draft: &crate::mail::Draft,
    ) -> Result<(), StorageError> {
        meta.draft = Some(draft.clone());
        self.save(meta)
    }

    /// Puts a held, scheduled or unconfirmed message back in line for an attempt now (for an
    /// unconfirmed one, a deliberate second send). Only with the message's claim: a message that
    /// is being sent or edited right now is left alone (`Ok(None)`, as for one that is gone).
    pub fn retry_now(&self, id: &str, now: SystemTime) -> Result<Option<Meta>, StorageError> {
        // Read under the claim: a message sent meanwhile is gone and stays gone.
        let Some(_claim) = self.claim_queued(id)? else {
            return Ok(None);
        };
        let Some(mut meta) = self.get(id) else {
            return Ok(None);
        };
        meta.state = State::Queued;
        meta.next_attempt = unix(now);
        meta.scheduled_for = None;
        meta.in_flight = None;
        meta.accepted = None;
        self.save(&meta)?;
        Ok(Some(meta))
    }

    /// "It arrived": records an unconfirmed (or any waiting) message in the sent log as sent and
    /// removes it from the queue. `Ok(None)` when it is gone or someone holds it right now.
    pub fn mark_sent(&self, id: &str, now: SystemTime) -> Result<Option<SentRecord>, StorageError> {
        let Some(claim) = self.claim_queued(id)? else {
            return Ok(None);
        };
        let Some(meta) = self.get(id) else {
            return Ok(None);
        };
        let reply = meta.accepted.clone().unwrap_or_default();
        let record = SentRecord::from_meta(&meta, &reply, now);
        self.sent_log().record(&record)?;
        self.keep_sent(&meta, None);
        self.remove_claimed(&claim)?;
        Ok(Some(record))
    }

    /// Notes, durably, that the final dot of `meta` is about to be written.
    pub fn mark_in_flight(&self, meta: &mut Meta, now: SystemTime) -> Result<(), StorageError> {
        meta.in_flight = Some(unix(now));
        self.save(meta)
    }

    /// The server's answer never arrived (or could not be recorded): held as `unconfirmed`.
    pub fn unconfirmed(
        &self,
        meta: &mut Meta,
        problem: Option<&Problem>,
    ) -> Result<(), StorageError> {
        meta.state = State::Unconfirmed;
        if let Some(p) = problem {
            meta.last_problem = Some(p.into());
        }
        meta.blocked = None;
        self.save(meta)
    }

    /// Records why a message could not be tried; it stays in line.
    pub fn blocked(&self, meta: &mut Meta, why: Blocked) -> Result<(), StorageError> {
        if meta.blocked.as_ref() == Some(&why) {
            return Ok(());
        }
        meta.blocked = Some(why);
        self.save(meta)
    }

    /// Records a failed attempt: a retryable problem schedules the next try; anything else holds the
    /// message for the user.
    pub fn failed(
        &self,
        meta: &mut Meta,
        problem: &Problem,
        policy: &RetryPolicy,
        now: SystemTime,
    ) -> Result<(), StorageError> {
        meta.attempts += 1;
        meta.last_problem = Some(problem.into());
        meta.blocked = None;
        // A refusal (or a failure before the final dot): the server did not take it.
        meta.in_flight = None;
        let age = unix(now).saturating_sub(meta.created);
        if policy::is_retryable(problem.kind) && age < policy.give_up_after.as_secs() {
            meta.state = State::Queued;
            meta.next_attempt = unix(now) + policy.delay(meta.attempts, fastrand::f64()).as_secs();
        } else {
            meta.state = State::Held;
        }
        self.save(meta)
    }
}

/// Temp file, fsync, rename, fsync of the folder: the file is either absent or complete.
pub(crate) fn write_durably(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    Ok(storage::write_atomic(path, bytes, true)?)
}

#[cfg(test)]
mod tests;
