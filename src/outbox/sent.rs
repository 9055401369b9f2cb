//! The sent log: one JSON line per message the server accepted, appended and synced.

use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, Write};
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

impl SentLog {
    pub fn new(path: PathBuf) -> SentLog {
        SentLog { path }
    }

    /// Appends one record and syncs it to disk before returning.
    pub fn record(&self, record: &SentRecord) -> Result<(), StorageError> {
        let mut line = serde_json::to_vec(record).expect("records serialize");
        line.push(b'\n');
        let mut options = fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path)?;
        file.write_all(&line)?;
        file.sync_all()?;
        Ok(())
    }

    /// Every readable record, oldest first. A torn last line (a crash mid-append) is skipped.
    pub fn list(&self) -> Vec<SentRecord> {
        let Ok(file) = fs::File::open(&self.path) else {
            return vec![];
        };
        std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str(&l).ok())
            .collect()
    }

    pub fn ids(&self) -> HashSet<String> {
        self.list().into_iter().map(|r| r.id).collect()
    }

    /// Drops records older than `days` days.
    pub fn prune(&self, days: u64, now: SystemTime) -> Result<usize, StorageError> {
        let cutoff = unix(now).saturating_sub(days * 24 * 3600);
        let all = self.list();
        let keep: Vec<&SentRecord> = all.iter().filter(|r| r.sent_at >= cutoff).collect();
        let dropped = all.len() - keep.len();
        if dropped > 0 {
            let mut text = Vec::new();
            for r in keep {
                text.extend(serde_json::to_vec(r).expect("records serialize"));
                text.push(b'\n');
            }
            super::write_durably(&self.path, &text)?;
        }
        Ok(dropped)
    }
}
