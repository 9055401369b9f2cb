//! What the last connection to an account's server learned about it and that is worth keeping:
//! its SIZE limit. Kept in the data folder (`servers.json`), per account, with the server it came
//! from, so a compose window knows the limit without opening a connection of its own, and a
//! changed server forgets what the old one said.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::storage::{self, FileLock};

/// The file is ours, but bounded all the same: a damaged or foreign one is ignored, never loaded
/// whole.
const MAX_FILE: u64 = 256 * 1024;

/// What one server said about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerFacts {
    /// `host:port` it was learned from.
    pub server: String,
    /// The largest message it accepts (EHLO SIZE), when it said.
    pub max_size: Option<u64>,
}

/// The learned facts of every account, in the data folder.
#[derive(Debug, Clone)]
pub struct Learned {
    path: PathBuf,
}

impl Learned {
    pub fn new(data_dir: &Path) -> Learned {
        Learned {
            path: data_dir.join("servers.json"),
        }
    }

    /// Every account's facts; an unreadable file is as good as none (it is only a cache).
    pub fn read(&self) -> BTreeMap<String, ServerFacts> {
        let Ok(file) = std::fs::File::open(&self.path) else {
            return BTreeMap::new();
        };
        let mut bytes = Vec::new();
        if file.take(MAX_FILE + 1).read_to_end(&mut bytes).is_err() || bytes.len() as u64 > MAX_FILE
        {
            return BTreeMap::new();
        }
        serde_json::from_slice(&bytes).unwrap_or_default()
    }

    /// The SIZE limit of `account`'s server, when its current server (`host`, `port`) said one.
    pub fn max_size(&self, account: &str, host: &str, port: u16) -> Option<u64> {
        facts_for(&self.read(), account, host, port).and_then(|f| f.max_size)
    }

    /// Keeps what `host:port` said for `account`; writes only when something changed.
    pub fn record(
        &self,
        account: &str,
        host: &str,
        port: u16,
        max_size: Option<u64>,
    ) -> std::io::Result<()> {
        let facts = ServerFacts {
            server: server_key(host, port),
            max_size,
        };
        let dir = self.path.parent().unwrap_or(Path::new("."));
        storage::private_dir(dir)?;
        let _lock = FileLock::exclusive(&dir.join("servers.lock"))?;
        let mut all = self.read();
        if all.get(account) == Some(&facts) {
            return Ok(());
        }
        all.insert(account.to_owned(), facts);
        let bytes = serde_json::to_vec_pretty(&all).expect("facts serialize");
        storage::write_atomic(&self.path, &bytes, false)
    }
}

/// The facts of `account` if they came from its current server.
pub fn facts_for<'a>(
    all: &'a BTreeMap<String, ServerFacts>,
    account: &str,
    host: &str,
    port: u16,
) -> Option<&'a ServerFacts> {
    all.get(account)
        .filter(|f| f.server == server_key(host, port))
}

fn server_key(host: &str, port: u16) -> String {
    format!("{}:{port}", host.trim().to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_kept_per_account_and_forgotten_with_the_server() {
        let dir = tempfile::tempdir().unwrap();
        let learned = Learned::new(dir.path());
        assert_eq!(learned.max_size("work", "smtp.example.com", 587), None);
        learned
            .record("work", "SMTP.example.com", 587, Some(35_000_000))
            .unwrap();
        learned
            .record("home", "mail.example.net", 465, None)
            .unwrap();
        assert_eq!(
            learned.max_size("work", "smtp.example.com", 587),
            Some(35_000_000)
        );
        // Another server for the same account: what the old one said no longer applies.
        assert_eq!(learned.max_size("work", "smtp.other.example", 587), None);
        assert_eq!(learned.max_size("home", "mail.example.net", 465), None);
        // A damaged file is only a lost cache.
        std::fs::write(dir.path().join("servers.json"), b"{not json").unwrap();
        assert!(learned.read().is_empty());
        learned
            .record("work", "smtp.example.com", 587, Some(10))
            .unwrap();
        assert_eq!(learned.max_size("work", "smtp.example.com", 587), Some(10));
    }
}
