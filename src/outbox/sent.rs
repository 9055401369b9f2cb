//! The sent log: one JSON line per message the server accepted, appended and synced.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{Meta, StorageError, unix};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentRecord {
    pub id: String,
    pub account: String,
    pub message_id: String,
    pub subject: String,
    pub recipients: Vec<String>,
    pub size: u64,
    /// Unix seconds.
    pub sent_at: u64,
    /// The server's reply to the message, which often names its queue id.
    pub server_reply: String,
}

impl SentRecord {
    pub fn from_meta(meta: &Meta, server_reply: &str, now: SystemTime) -> SentRecord {
        SentRecord {
            id: meta.id.clone(),
            account: meta.account.clone(),
            message_id: meta.message_id.clone(),
            subject: meta.subject.clone(),
            recipients: meta.recipients.clone(),
            size: meta.size,
            sent_at: unix(now),
            server_reply: server_reply.to_owned(),
        }
    }
}

pub struct SentLog {
    path: PathBuf,
}

/// How much is read from the end of the log at a time when only the latest records matter.
const CHUNK: u64 = 64 * 1024;

/// One line of the log. A line torn by a crash mid-append has the next record glued to its end
/// (the next append starts a new line, but older versions did not): the last record that starts
/// within the line is still found.
fn parse_line(line: &[u8]) -> Option<SentRecord> {
    if let Ok(r) = serde_json::from_slice(line) {
        return Some(r);
    }
    let marker = b"{\"id\":";
    (1..line.len().saturating_sub(marker.len()))
        .rev()
        .filter(|&i| line[i..].starts_with(marker))
        .find_map(|i| serde_json::from_slice(&line[i..]).ok())
}

impl SentLog {
    pub fn new(path: PathBuf) -> SentLog {
        SentLog { path }
    }

    /// Appends one record and syncs it to disk before returning. A torn last line (a crash
    /// mid-append) is ended first, so the new record stands on a line of its own.
    pub fn record(&self, record: &SentRecord) -> Result<(), StorageError> {
        let mut line = serde_json::to_vec(record).expect("records serialize");
        line.push(b'\n');
        let mut options = fs::OpenOptions::new();
        options.create(true).read(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path)?;
        let len = file.metadata()?.len();
        if len > 0 {
            use std::io::{Read, Seek, SeekFrom};
            let mut last = [0u8];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                line.insert(0, b'\n');
            }
        }
        file.write_all(&line)?;
        file.sync_all()?;
        Ok(())
    }

    /// Whether a record can be appended now: the log opens for appending (not read-only, not
    /// immutable, not a folder) and the disk takes a record's worth of bytes, synced. A flush
    /// checks this before it sends anything: a message the server accepts must be recordable.
    pub fn check_writable(&self) -> Result<(), StorageError> {
        let mut options = fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        drop(options.open(&self.path)?);
        let dir = self.path.parent().unwrap_or(std::path::Path::new("."));
        let probe = dir.join(format!(".sent-probe-{}", std::process::id()));
        let result = (|| {
            let mut file = fs::File::create(&probe)?;
            file.write_all(&[b' '; 4096])?;
            file.sync_all()
        })();
        let _ = fs::remove_file(&probe);
        Ok(result?)
    }

    /// Every readable record, oldest first. Unreadable lines (torn, damaged) are skipped; the
    /// records after them are not lost.
    pub fn list(&self) -> Vec<SentRecord> {
        let Ok(bytes) = fs::read(&self.path) else {
            return vec![];
        };
        bytes
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(parse_line)
            .collect()
    }

    pub fn ids(&self) -> HashSet<String> {
        self.list().into_iter().map(|r| r.id).collect()
    }

    /// Reads records from the end backwards, calling `keep_going` on each (newest first) until it
    /// returns false. Cost grows with what is read, not with the size of the log.
    pub fn scan_back(&self, mut keep_going: impl FnMut(SentRecord) -> bool) {
        use std::io::{Read, Seek, SeekFrom};
        let Ok(mut file) = fs::File::open(&self.path) else {
            return;
        };
        let Ok(len) = file.metadata().map(|m| m.len()) else {
            return;
        };
        let mut end = len;
        // Bytes after the last newline seen so far (the start of a line read in the previous chunk).
        let mut carry: Vec<u8> = Vec::new();
        while end > 0 {
            let start = end.saturating_sub(CHUNK);
            let mut chunk = vec![0u8; (end - start) as usize];
            if file.seek(SeekFrom::Start(start)).is_err() || file.read_exact(&mut chunk).is_err() {
                return;
            }
            chunk.extend_from_slice(&carry);
            let mut lines: Vec<&[u8]> = chunk.split(|b| *b == b'\n').collect();
            // The first piece may be the tail of a line that starts in an earlier chunk.
            let first = if start > 0 {
                lines.remove(0).to_vec()
            } else {
                Vec::new()
            };
            for line in lines.into_iter().rev().filter(|l| !l.is_empty()) {
                if let Some(r) = parse_line(line)
                    && !keep_going(r)
                {
                    return;
                }
            }
            carry = first;
            end = start;
        }
    }

    /// The ids of the records sent at or after `since` (unix seconds), read from the end.
    pub fn ids_since(&self, since: u64) -> HashSet<String> {
        let mut ids = HashSet::new();
        self.scan_back(|r| {
            let more = r.sent_at >= since;
            ids.insert(r.id);
            more
        });
        ids
    }

    /// The latest `n` records, oldest first.
    pub fn recent(&self, n: usize) -> Vec<SentRecord> {
        let mut out = Vec::with_capacity(n.min(4096));
        if n > 0 {
            self.scan_back(|r| {
                out.push(r);
                out.len() < n
            });
        }
        out.reverse();
        out
    }

    /// Drops records older than `days` days. The log is in the order things were sent, so only its
    /// head is read to find where the kept part starts, and nothing is rewritten when nothing is
    /// old enough (the usual case: one line read). Call it through [`super::Outbox::prune_sent_log`],
    /// which makes sure no flush appends meanwhile.
    pub fn prune(&self, days: u64, now: SystemTime) -> Result<usize, StorageError> {
        Ok(self.prune_ids(days, now)?.len())
    }

    /// [`SentLog::prune`], returning the ids of the records dropped.
    pub fn prune_ids(&self, days: u64, now: SystemTime) -> Result<Vec<String>, StorageError> {
        use std::io::{BufRead, Read};
        let cutoff = unix(now).saturating_sub(days * 24 * 3600);
        let file = match fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(e.into()),
        };
        let mut reader = std::io::BufReader::new(file);
        let mut dropped = Vec::new();
        let mut line = Vec::new();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            match parse_line(line.strip_suffix(b"\n").unwrap_or(&line)) {
                Some(r) if r.sent_at >= cutoff => break,
                Some(r) => dropped.push(r.id),
                // A damaged line among the old ones goes with them.
                None => {}
            }
        }
        if dropped.is_empty() {
            return Ok(dropped);
        }
        let mut rest = line.clone();
        reader.read_to_end(&mut rest)?;
        super::write_durably(&self.path, &rest)?;
        Ok(dropped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: u64) -> SentRecord {
        SentRecord {
            id: format!("{n:020}-0000000{}", n % 10),
            account: "work".into(),
            message_id: format!("<{n}@x>"),
            subject: format!("ünïcode {n}"),
            recipients: vec!["b@y.org".into()],
            size: 10,
            sent_at: 1_000_000 + n,
            server_reply: "250 ok".into(),
        }
    }

    #[test]
    fn a_torn_line_hides_nothing_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let log = SentLog::new(dir.path().join("sent.jsonl"));
        log.record(&record(1)).unwrap();
        // A crash in the middle of an append, cut inside a multi-byte character.
        let mut torn = serde_json::to_vec(&record(2)).unwrap();
        let cut = torn.iter().position(|b| *b >= 0x80).unwrap() + 1;
        torn.truncate(cut);
        let mut f = fs::OpenOptions::new().append(true).open(&log.path).unwrap();
        f.write_all(&torn).unwrap();
        drop(f);
        log.record(&record(3)).unwrap();
        log.record(&record(4)).unwrap();
        let ids: Vec<u64> = log.list().iter().map(|r| r.sent_at - 1_000_000).collect();
        assert_eq!(ids, [1, 3, 4]);
        assert_eq!(log.recent(10).len(), 3);
        assert!(log.ids_since(0).contains(&record(3).id));
    }

    #[test]
    fn a_torn_line_written_by_an_older_version_is_recovered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sent.jsonl");
        let mut text = serde_json::to_vec(&record(1)).unwrap();
        text.truncate(30);
        text.extend(serde_json::to_vec(&record(2)).unwrap());
        text.push(b'\n');
        fs::write(&path, text).unwrap();
        let log = SentLog::new(path);
        assert_eq!(log.list(), vec![record(2)]);
        assert_eq!(log.recent(5), vec![record(2)]);
    }

    #[test]
    fn reading_from_the_end_stops_early_and_matches_a_full_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sent.jsonl");
        let mut text = Vec::new();
        for n in 0..5000 {
            text.extend(serde_json::to_vec(&record(n)).unwrap());
            text.push(b'\n');
        }
        fs::write(&path, text).unwrap();
        let log = SentLog::new(path);
        let all = log.list();
        assert_eq!(all.len(), 5000);
        assert_eq!(log.recent(5000), all);
        assert_eq!(log.recent(7), all[4993..].to_vec());
        let mut seen = 0;
        log.scan_back(|_| {
            seen += 1;
            seen < 3
        });
        assert_eq!(seen, 3);
        let since = log.ids_since(1_000_000 + 4990);
        assert!(since.len() >= 10 && since.len() <= 11, "{}", since.len());
    }
}
