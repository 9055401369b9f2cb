//! What a merge remembers besides its outbox messages (`<data>/merge/<id>.json`, written
//! atomically under a lock), and the verbs that act on a queued merge: status, pause (its
//! not-yet-sent messages are held with the reason `merge_paused`, so no flush sends them), resume
//! (queued again, re-paced from now), cancel (its not-yet-sent messages removed), list and report.
//! A message being sent at that moment is left alone; one that is `unconfirmed` stays for the
//! person to decide.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{MergeError, Prepared};
use crate::account::Account;
use crate::merge::check::Skipped;
use crate::merge::pace::{self, Days, Pacing};
use crate::outbox::{Blocked, Meta, Outbox, State, StorageError, unix};
use crate::storage::FileLock;

/// `Blocked::code` of a message held because its merge is paused.
pub const PAUSED: &str = "merge_paused";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordMessage {
    pub row: usize,
    /// The outbox id.
    pub id: String,
    /// The address, lower case.
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeRecord {
    pub id: String,
    pub account: String,
    /// Unix seconds.
    pub created: u64,
    /// Data rows in the list.
    pub rows: usize,
    pub skipped: Vec<Skipped>,
    pub messages: Vec<RecordMessage>,
    pub per_minute: u32,
    #[serde(default)]
    pub paused: bool,
    #[serde(default)]
    pub cancelled: bool,
}

impl MergeRecord {
    pub fn new(id: &str, prepared: &Prepared, created: u64) -> MergeRecord {
        MergeRecord {
            id: id.to_owned(),
            account: prepared.account.name.clone(),
            created,
            rows: prepared.plan.rows,
            skipped: prepared.plan.skipped.clone(),
            messages: Vec::new(),
            per_minute: prepared.per_minute,
            paused: false,
            cancelled: false,
        }
    }
}

/// Where a merge's records are.
#[derive(Debug, Clone)]
pub struct Records {
    folder: PathBuf,
}

impl Records {
    pub fn new(data_dir: &Path) -> Records {
        Records {
            folder: data_dir.join("merge"),
        }
    }

    fn path(&self, id: &str) -> PathBuf {
        self.folder.join(format!("{id}.json"))
    }

    pub fn write(&self, record: &MergeRecord) -> Result<(), StorageError> {
        crate::storage::private_dir(&self.folder)?;
        let json = serde_json::to_vec_pretty(record).expect("a record serializes");
        Ok(crate::storage::write_atomic(
            &self.path(&record.id),
            &json,
            true,
        )?)
    }

    pub fn get(&self, id: &str) -> Result<MergeRecord, MergeError> {
        let unknown = || MergeError::UnknownMerge(id.to_owned());
        if !crate::storage::valid_id(id) {
            return Err(unknown());
        }
        let bytes = match std::fs::read(self.path(id)) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(unknown()),
            Err(e) => return Err(StorageError(e).into()),
        };
        serde_json::from_slice(&bytes).map_err(|_| unknown())
    }

    /// Reads, changes and writes one record under its lock.
    fn change(
        &self,
        id: &str,
        edit: impl FnOnce(&mut MergeRecord),
    ) -> Result<MergeRecord, MergeError> {
        self.get(id)?;
        let _lock =
            FileLock::exclusive(&self.folder.join(format!("{id}.lock"))).map_err(StorageError)?;
        let mut record = self.get(id)?;
        edit(&mut record);
        self.write(&record)?;
        Ok(record)
    }

    /// Every readable record, oldest first.
    pub fn all(&self) -> Vec<MergeRecord> {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut records: Vec<MergeRecord> = entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                self.get(name.strip_suffix(".json")?).ok()
            })
            .collect();
        records.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        records
    }
}

/// Where one row of a merge stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowState {
    Sent,
    /// Due now, or waiting for a retry.
    Waiting,
    Scheduled,
    /// Held after a problem.
    Failed,
    /// Held because the merge is paused.
    Held,
    Unconfirmed,
    Skipped,
    /// Removed before it was sent (cancelled, or removed from the outbox).
    Cancelled,
}

/// One row in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowReport {
    pub row: usize,
    pub address: String,
    pub state: RowState,
    /// When it was sent, or when it is scheduled (unix seconds).
    pub time: Option<u64>,
    pub problem: Option<String>,
}

/// The state of a merge, as `outpost merge status` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeStatus {
    pub record: MergeRecord,
    pub rows: Vec<RowReport>,
    /// The earliest scheduled time of a message still to go.
    pub next_send: Option<u64>,
    /// The latest.
    pub finish: Option<u64>,
}

impl MergeStatus {
    pub fn count(&self, state: RowState) -> usize {
        self.rows.iter().filter(|r| r.state == state).count()
    }

    /// Nothing more will go out by itself (all sent, skipped, failed, held or cancelled).
    pub fn settled(&self) -> bool {
        self.count(RowState::Waiting) + self.count(RowState::Scheduled) == 0
    }
}

fn state_of(meta: &Meta, now: u64) -> (RowState, Option<String>) {
    let problem = meta
        .blocked
        .as_ref()
        .filter(|b| b.code != PAUSED)
        .map(|b| b.explain(&meta.account))
        .or_else(|| meta.last_problem.as_ref().map(|p| p.problem().message()));
    let state = match meta.state {
        State::Unconfirmed => RowState::Unconfirmed,
        State::Held if meta.blocked.as_ref().is_some_and(|b| b.code == PAUSED) => RowState::Held,
        State::Held => RowState::Failed,
        State::Queued if meta.is_scheduled(now) => RowState::Scheduled,
        State::Queued => RowState::Waiting,
    };
    (state, problem)
}

/// The queue entries of merge `id` (also any queued before its record was last written).
fn queued_of(outbox: &Outbox, id: &str) -> Result<Vec<Meta>, StorageError> {
    Ok(outbox
        .list()?
        .0
        .into_iter()
        .filter(|m| m.merge_id.as_deref() == Some(id))
        .collect())
}

/// Where each row of merge `id` stands: in the queue, in the sent log, skipped or removed.
pub fn status(outbox: &Outbox, id: &str, now: SystemTime) -> Result<MergeStatus, MergeError> {
    let data_dir = outbox.root().parent().unwrap_or(outbox.root());
    let record = Records::new(data_dir).get(id)?;
    let now = unix(now);
    let queued: HashMap<String, Meta> = queued_of(outbox, id)?
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    let mut wanted: HashSet<&str> = record.messages.iter().map(|m| m.id.as_str()).collect();
    wanted.retain(|i| !queued.contains_key(*i));
    let mut sent: HashMap<String, u64> = HashMap::new();
    outbox.sent_log().scan_back(|r| {
        if wanted.contains(r.id.as_str()) {
            sent.insert(r.id.clone(), r.sent_at);
        }
        sent.len() < wanted.len() && r.sent_at + 86_400 >= record.created
    });
    let mut rows: Vec<RowReport> = record
        .skipped
        .iter()
        .map(|s| RowReport {
            row: s.row,
            address: String::new(),
            state: RowState::Skipped,
            time: None,
            problem: Some(s.detail.clone()),
        })
        .collect();
    let known: HashSet<&str> = record.messages.iter().map(|m| m.id.as_str()).collect();
    let unrecorded = queued.values().filter(|m| !known.contains(m.id.as_str()));
    let listed = record
        .messages
        .iter()
        .map(|m| (m.row, m.id.clone(), m.to.clone()))
        .chain(unrecorded.map(|m| {
            let to = m.recipients.first().cloned().unwrap_or_default();
            (m.row.unwrap_or_default(), m.id.clone(), to)
        }));
    for (row, message, address) in listed {
        let (state, time, problem) = match (queued.get(&message), sent.get(&message)) {
            (Some(meta), _) => {
                let (state, problem) = state_of(meta, now);
                (state, meta.scheduled_for, problem)
            }
            (None, Some(at)) => (RowState::Sent, Some(*at), None),
            (None, None) => (RowState::Cancelled, None, None),
        };
        rows.push(RowReport {
            row,
            address,
            state,
            time,
            problem,
        });
    }
    rows.sort_by_key(|r| r.row);
    let to_go = rows
        .iter()
        .filter(|r| matches!(r.state, RowState::Scheduled | RowState::Waiting));
    let times: Vec<u64> = to_go.map(|r| r.time.unwrap_or(now).max(now)).collect();
    Ok(MergeStatus {
        next_send: times.iter().min().copied(),
        finish: times.iter().max().copied(),
        record,
        rows,
    })
}

/// Every merge, oldest first.
pub fn list(outbox: &Outbox, now: SystemTime) -> Vec<MergeStatus> {
    let data_dir = outbox.root().parent().unwrap_or(outbox.root());
    Records::new(data_dir)
        .all()
        .into_iter()
        .filter_map(|r| status(outbox, &r.id, now).ok())
        .collect()
}

/// What pause, resume and cancel did: messages changed, and those left alone because they were
/// being sent at that moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changed {
    pub changed: usize,
    pub busy: usize,
}

/// Holds the not-yet-sent messages of merge `id` (state queued) until [`resume`].
pub fn pause(outbox: &Outbox, id: &str) -> Result<Changed, MergeError> {
    let data_dir = outbox.root().parent().unwrap_or(outbox.root()).to_owned();
    Records::new(&data_dir).change(id, |r| r.paused = true)?;
    let mut done = Changed::default();
    for meta in queued_of(outbox, id)? {
        if meta.state != State::Queued {
            continue;
        }
        let Some(_claim) = outbox.claim_queued(&meta.id)? else {
            done.busy += 1;
            continue;
        };
        let Some(mut fresh) = outbox.get(&meta.id) else {
            continue;
        };
        if fresh.state != State::Queued || fresh.in_flight.is_some() {
            continue;
        }
        fresh.state = State::Held;
        fresh.blocked = Some(Blocked::new(PAUSED, crate::fl!("merge-paused-reason")));
        outbox.save(&fresh)?;
        done.changed += 1;
    }
    Ok(done)
}

/// Puts the paused messages of merge `id` back in line, paced again from `now` (never earlier
/// than they were scheduled), within `account`'s daily limit.
pub fn resume(
    outbox: &Outbox,
    account: Option<&Account>,
    id: &str,
    now: SystemTime,
) -> Result<Changed, MergeError> {
    let data_dir = outbox.root().parent().unwrap_or(outbox.root()).to_owned();
    let record = Records::new(&data_dir).change(id, |r| r.paused = false)?;
    let mut paused: Vec<Meta> = queued_of(outbox, id)?
        .into_iter()
        .filter(|m| m.state == State::Held && m.blocked.as_ref().is_some_and(|b| b.code == PAUSED))
        .collect();
    paused.sort_by_key(|m| (m.row, m.created));
    let limit = account.map(pace::DailyLimit::of).unwrap_or_default();
    let used_today = crate::outbox::worker::limits(outbox).used_today(&record.account, now);
    let pacing = Pacing {
        per_minute: record.per_minute,
        daily_limit: limit.limit,
        used_today,
        now: unix(now),
        start: None,
        days: Days::Utc,
    };
    let times = pace::schedule(paused.len(), &pacing, &mut fastrand::Rng::new()).times;
    let mut done = Changed::default();
    for (meta, time) in paused.iter().zip(times) {
        let Some(_claim) = outbox.claim_queued(&meta.id)? else {
            done.busy += 1;
            continue;
        };
        let Some(mut fresh) = outbox.get(&meta.id) else {
            continue;
        };
        let time = time.max(fresh.scheduled_for.unwrap_or(0));
        fresh.state = State::Queued;
        fresh.blocked = None;
        fresh.next_attempt = unix(now);
        fresh.scheduled_for = (time > unix(now)).then_some(time);
        outbox.save(&fresh)?;
        done.changed += 1;
    }
    Ok(done)
}

/// Removes the not-yet-sent messages of merge `id` (an `unconfirmed` one stays: it may have
/// arrived).
pub fn cancel(outbox: &Outbox, id: &str) -> Result<Changed, MergeError> {
    let data_dir = outbox.root().parent().unwrap_or(outbox.root()).to_owned();
    Records::new(&data_dir).change(id, |r| r.cancelled = true)?;
    let mut done = Changed::default();
    for meta in queued_of(outbox, id)? {
        if meta.state == State::Unconfirmed || meta.in_flight.is_some() {
            continue;
        }
        if outbox.remove(&meta.id)? {
            done.changed += 1;
        } else {
            done.busy += 1;
        }
    }
    Ok(done)
}

/// One CSV field, quoted when it must be.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The line ending of exported CSV files: CRLF on Windows, where spreadsheet programs and Notepad
/// expect it (and RFC 4180 names it), LF elsewhere.
const CSV_NEWLINE: &str = if cfg!(windows) { "\r\n" } else { "\n" };

/// The report of merge `id` as CSV (row, address, state, time, problem), written atomically.
pub fn report(
    outbox: &Outbox,
    id: &str,
    path: &Path,
    now: SystemTime,
) -> Result<MergeStatus, MergeError> {
    let status = status(outbox, id, now)?;
    let mut csv = format!("row,address,state,time,problem{CSV_NEWLINE}");
    for r in &status.rows {
        let state = serde_json::to_value(r.state).expect("a state serializes");
        let line = [
            r.row.to_string(),
            csv_field(&r.address),
            state.as_str().unwrap_or_default().to_owned(),
            r.time
                .map(crate::outbox::schedule::rfc3339)
                .unwrap_or_default(),
            csv_field(r.problem.as_deref().unwrap_or_default()),
        ]
        .join(",");
        csv.push_str(&line);
        csv.push_str(CSV_NEWLINE);
    }
    crate::storage::write_atomic(path, csv.as_bytes(), true).map_err(StorageError)?;
    Ok(status)
}
