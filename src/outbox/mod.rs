//! The outbox: no message is ever lost. A message is written to disk (its exact MIME bytes and a
//! small metadata file, each with temp file + fsync + rename) before it is handed to SMTP, and it
//! moves to the sent log only after the server's 250.
//!
//! Crash safety: every message is always either in the queue or in the sent log. The one window
//! where a duplicate can happen is after the server accepted the message and before the sent log
//! recorded it: a crash there makes the next flush send it again (at most once per crash). A crash
//! after the sent log recorded it but before the queue entry was removed is detected on the next
//! start (the id is in the sent log) and costs no duplicate.

pub mod limits;
pub mod policy;
pub mod sent;
pub mod worker;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

pub use policy::RetryPolicy;
pub use sent::{SentLog, SentRecord};
pub use worker::{FlushOptions, FlushReport, flush};

use crate::smtp::{Problem, ProblemKind};

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

pub fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Waiting for its next attempt.
    Queued,
    /// Stopped after a permanent problem (or too long in the queue): waits for the user.
    Held,
}

/// The last thing that went wrong, as stored with the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastProblem {
    pub kind: ProblemKind,
    pub server_reply: Option<String>,
    /// The message and fix in the language of the moment it happened (the GUI re-translates by kind).
    pub message: String,
    pub fix: String,
}

impl From<&Problem> for LastProblem {
    fn from(p: &Problem) -> Self {
        LastProblem {
            kind: p.kind,
            server_reply: p.server_reply.clone(),
            message: p.message(),
            fix: p.fix(),
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
    /// What the user wrote, so "Edit" can reopen it in a compose window.
    #[serde(default)]
    pub draft: Option<crate::mail::Draft>,
}

/// A queue entry that could not be read; it was moved aside to `damaged/`, never deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub id: String,
    pub moved_to: PathBuf,
}

#[derive(Debug, thiserror::Error)]
#[error("outbox storage: {0}")]
pub struct StorageError(#[from] pub std::io::Error);

impl StorageError {
    pub fn message(&self) -> String {
        crate::fl!("outbox-storage-error", reason = crate::io_reason(&self.0))
    }
}

#[derive(Debug, Clone)]
pub struct Outbox {
    root: PathBuf,
}

impl Outbox {
    /// The outbox under the data folder (`<data>/outbox`).
    pub fn open(data_dir: &Path) -> Result<Outbox, StorageError> {
        let root = data_dir.join("outbox");
        fs::create_dir_all(root.join("queue"))?;
        fs::create_dir_all(root.join("damaged"))?;
        Ok(Outbox { root })
    }

    fn queue(&self) -> PathBuf {
        self.root.join("queue")
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
        let id = new_id(now);
        let meta = Meta {
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
            draft: None,
        };
        // Bytes first: a metadata file always has its message next to it. One folder sync after
        // both renames makes both names durable; until `enqueue` returns nothing was promised.
        write_synced(&self.eml(&id), bytes)?;
        self.save(&meta)?;
        Ok(meta)
    }

    pub fn save(&self, meta: &Meta) -> Result<(), StorageError> {
        let json = serde_json::to_vec_pretty(meta).expect("metadata serializes");
        write_durably(&self.meta_path(&meta.id), &json)
    }

    pub fn bytes(&self, id: &str) -> Result<Vec<u8>, StorageError> {
        Ok(fs::read(self.eml(id))?)
    }

    /// Every readable entry, oldest first, and the damaged ones (moved aside).
    pub fn list(&self) -> Result<(Vec<Meta>, Vec<Damaged>), StorageError> {
        let mut metas = Vec::new();
        let mut damaged = Vec::new();
        let sent = self.sent_log().ids();
        for entry in fs::read_dir(self.queue())? {
            let path = entry?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.') {
                // A temp file from a write that never finished: the entry was never complete.
                if let Ok(age) = path
                    .metadata()
                    .and_then(|m| m.modified())
                    .map(|m| m.elapsed().unwrap_or_default())
                    && age > Duration::from_secs(60)
                {
                    damaged.push(self.move_aside(&path, &name)?);
                }
                continue;
            }
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            let parsed = fs::read(&path)
                .ok()
                .and_then(|b| serde_json::from_slice::<Meta>(&b).ok());
            match parsed {
                Some(meta) if meta.id == id && self.eml(id).exists() => {
                    if sent.contains(&meta.id) {
                        // Sent, recorded, but not yet removed when the process stopped.
                        self.remove_sent(id)?;
                    } else {
                        metas.push(meta);
                    }
                }
                _ => {
                    damaged.push(self.move_aside(&path, &name)?);
                    if self.eml(id).exists() {
                        damaged.push(self.move_aside(&self.eml(id), &format!("{id}.eml"))?);
                    }
                }
            }
        }
        // Message bytes whose metadata never got written: the process stopped inside enqueue.
        for entry in fs::read_dir(self.queue())? {
            let path = entry?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(id) = name.strip_suffix(".eml")
                && !self.meta_path(id).exists()
            {
                damaged.push(self.move_aside(&path, &name)?);
            }
        }
        metas.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        Ok((metas, damaged))
    }

    pub fn get(&self, id: &str) -> Option<Meta> {
        let bytes = fs::read(self.meta_path(id)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    fn move_aside(&self, path: &Path, name: &str) -> Result<Damaged, StorageError> {
        let target = self.root.join("damaged").join(name);
        fs::rename(path, &target)?;
        Ok(Damaged {
            id: name
                .trim_start_matches('.')
                .split('.')
                .next()
                .unwrap_or_default()
                .to_owned(),
            moved_to: target,
        })
    }

    /// Removes a message from the queue (when the user deletes it, or it was replaced).
    pub fn remove(&self, id: &str) -> Result<(), StorageError> {
        self.remove_files(id)?;
        sync_dir(&self.queue());
        Ok(())
    }

    /// Removes a message that the sent log already records. No folder sync: should the removal be
    /// lost in a crash, [`Outbox::list`] finds the id in the sent log and removes it then, so the
    /// message is never sent twice (and a bulk send is not slowed by a sync per message).
    pub fn remove_sent(&self, id: &str) -> Result<(), StorageError> {
        self.remove_files(id)
    }

    fn remove_files(&self, id: &str) -> Result<(), StorageError> {
        match fs::remove_file(self.meta_path(id)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        match fs::remove_file(self.eml(id)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
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

    /// Puts a held message back in line for an attempt now.
    pub fn retry_now(&self, id: &str, now: SystemTime) -> Result<Option<Meta>, StorageError> {
        let Some(mut meta) = self.get(id) else {
            return Ok(None);
        };
        meta.state = State::Queued;
        meta.next_attempt = unix(now);
        self.save(&meta)?;
        Ok(Some(meta))
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

fn new_id(now: SystemTime) -> String {
    let nanos = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{nanos:020}-{:08x}", fastrand::u32(..))
}

/// Temp file, fsync, rename, fsync of the folder: the file is either absent or complete.
pub(crate) fn write_durably(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_synced(path, bytes)?;
    sync_dir(path.parent().expect("outbox files live in a folder"));
    Ok(())
}

/// Temp file, fsync, rename: complete under its name once the folder is synced.
fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let dir = path.parent().expect("outbox files live in a folder");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(&tmp, path)?;
    Ok(())
}

fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smtp::Step;

    fn outbox() -> (tempfile::TempDir, Outbox) {
        let dir = tempfile::tempdir().unwrap();
        let o = Outbox::open(dir.path()).unwrap();
        (dir, o)
    }

    fn add(o: &Outbox, now: SystemTime) -> Meta {
        o.enqueue(
            "work",
            "a@x.org",
            &["b@y.org".into()],
            "<1@x.org>",
            "Hi",
            b"Subject: Hi\r\n\r\nbody\r\n",
            now,
        )
        .unwrap()
    }

    #[test]
    fn enqueue_list_remove() {
        let (_d, o) = outbox();
        let now = SystemTime::now();
        let m = add(&o, now);
        let (list, damaged) = o.list().unwrap();
        assert_eq!(list, vec![m.clone()]);
        assert!(damaged.is_empty());
        assert_eq!(o.bytes(&m.id).unwrap(), b"Subject: Hi\r\n\r\nbody\r\n");
        o.remove(&m.id).unwrap();
        assert!(o.list().unwrap().0.is_empty());
    }

    #[test]
    fn temporary_problems_are_rescheduled_permanent_ones_held() {
        let (_d, o) = outbox();
        let now = SystemTime::now();
        let mut m = add(&o, now);
        let policy = RetryPolicy::default();
        o.failed(
            &mut m,
            &Problem::new(ProblemKind::ServerBusy, Step::MailFrom),
            &policy,
            now,
        )
        .unwrap();
        assert_eq!(m.state, State::Queued);
        assert!((48..=72).contains(&(m.next_attempt - unix(now))));
        o.failed(
            &mut m,
            &Problem::new(ProblemKind::AuthFailed, Step::Auth),
            &policy,
            now,
        )
        .unwrap();
        assert_eq!(m.state, State::Held);
        assert_eq!(o.get(&m.id).unwrap().state, State::Held);
        let later = now + Duration::from_secs(3 * 24 * 3600);
        let mut m2 = add(&o, now);
        o.failed(
            &mut m2,
            &Problem::new(ProblemKind::ServerBusy, Step::MailFrom),
            &policy,
            later,
        )
        .unwrap();
        assert_eq!(m2.state, State::Held, "gives up after two days");
    }

    #[test]
    fn damaged_entries_are_moved_aside_not_deleted() {
        let (d, o) = outbox();
        let m = add(&o, SystemTime::now());
        fs::write(o.meta_path(&m.id), b"{ not json").unwrap();
        fs::write(o.queue().join("orphan.eml"), b"lonely bytes").unwrap();
        let (list, damaged) = o.list().unwrap();
        assert!(list.is_empty());
        assert_eq!(damaged.len(), 3);
        let kept = fs::read_dir(d.path().join("outbox/damaged"))
            .unwrap()
            .count();
        assert_eq!(kept, 3);
    }

    #[test]
    fn sent_but_not_removed_is_cleaned_up_without_resending() {
        let (_d, o) = outbox();
        let m = add(&o, SystemTime::now());
        o.sent_log()
            .record(&SentRecord::from_meta(&m, "250 ok", SystemTime::now()))
            .unwrap();
        let (list, _) = o.list().unwrap();
        assert!(list.is_empty());
        assert!(!o.eml(&m.id).exists());
    }

    #[test]
    fn sent_log_keeps_only_recent_days() {
        let (_d, o) = outbox();
        let now = SystemTime::now();
        let m = add(&o, now);
        let log = o.sent_log();
        log.record(&SentRecord::from_meta(
            &m,
            "250 ok",
            now - Duration::from_secs(100 * 86_400),
        ))
        .unwrap();
        log.record(&SentRecord::from_meta(
            &m,
            "250 ok",
            now - Duration::from_secs(3 * 86_400),
        ))
        .unwrap();
        assert_eq!(log.prune(90, now).unwrap(), 1);
        assert_eq!(log.list().len(), 1);
        assert_eq!(log.prune(90, now).unwrap(), 0);
    }
}
