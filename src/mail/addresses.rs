//! Address suggestions for To, Cc and Bcc: the addresses the user has sent to (from the sent log),
//! the most used and most recent first, minus those the user asked to forget (kept in
//! `<data>/forgotten-addresses.json`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::storage::StorageError;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressBook {
    /// lower-case address → (times sent to, last time, unix seconds)
    seen: HashMap<String, (u32, u64)>,
    forgotten: HashSet<String>,
}

impl AddressBook {
    pub fn new(forgotten: HashSet<String>) -> AddressBook {
        AddressBook {
            seen: HashMap::new(),
            forgotten,
        }
    }

    /// Counts the recipients of sent messages: (recipients, unix seconds) per message.
    pub fn add_sent<'a>(&mut self, sent: impl IntoIterator<Item = (&'a [String], u64)>) {
        for (recipients, at) in sent {
            self.add(recipients, at);
        }
    }

    pub fn add(&mut self, recipients: &[String], at: u64) {
        for address in recipients {
            let key = address.trim().to_lowercase();
            if key.is_empty() || self.forgotten.contains(&key) {
                continue;
            }
            let entry = self.seen.entry(key).or_insert((0, 0));
            entry.0 += 1;
            entry.1 = entry.1.max(at);
        }
    }

    pub fn forget(&mut self, address: &str) {
        let key = address.trim().to_lowercase();
        self.seen.remove(&key);
        self.forgotten.insert(key);
    }

    pub fn forgotten(&self) -> &HashSet<String> {
        &self.forgotten
    }

    pub fn len(&self) -> usize {
        self.seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// Up to `limit` addresses for what is being typed: those starting with it (or with a part
    /// after a dot, dash or `@` starting with it) first, then those containing it; within each,
    /// the most used, then the most recent. Nothing for an empty prefix or an exact match.
    pub fn suggest(&self, typed: &str, limit: usize) -> Vec<String> {
        let needle = typed.trim().to_lowercase();
        if needle.is_empty() || self.seen.contains_key(&needle) {
            return vec![];
        }
        let mut hits: Vec<(u8, u32, u64, &String)> = self
            .seen
            .iter()
            .filter_map(|(address, (count, last))| {
                let rank = if address.starts_with(&needle) {
                    0
                } else if address
                    .split(['.', '-', '_', '@', '+'])
                    .any(|part| part.starts_with(&needle))
                {
                    1
                } else if address.contains(&needle) {
                    2
                } else {
                    return None;
                };
                Some((rank, *count, *last, address))
            })
            .collect();
        hits.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then(b.2.cmp(&a.2))
                .then(a.3.cmp(b.3))
        });
        hits.into_iter()
            .take(limit)
            .map(|(_, _, _, a)| a.clone())
            .collect()
    }
}

/// The addresses the user asked to forget, on disk.
pub struct Forgotten {
    path: PathBuf,
}

impl Forgotten {
    pub fn new(data_dir: &Path) -> Forgotten {
        Forgotten {
            path: data_dir.join("forgotten-addresses.json"),
        }
    }

    pub fn load(&self) -> HashSet<String> {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Vec<String>>(&b).ok())
            .map(|v| v.into_iter().collect())
            .unwrap_or_default()
    }

    pub fn save(&self, addresses: &HashSet<String>) -> Result<(), StorageError> {
        let mut list: Vec<&String> = addresses.iter().collect();
        list.sort();
        let json = serde_json::to_vec_pretty(&list).expect("a list of strings serializes");
        crate::storage::private_dir(self.path.parent().expect("in the data folder"))?;
        Ok(crate::storage::write_atomic(&self.path, &json, true)?)
    }
}

/// The last address being typed in a To/Cc/Bcc field (after the last comma or semicolon).
pub fn last_token(field: &str) -> &str {
    field.rsplit([',', ';']).next().unwrap_or("").trim_start()
}

/// The field with its last token replaced by `address`, ready for the next one.
pub fn complete(field: &str, address: &str) -> String {
    let keep = field.len() - field.rsplit([',', ';']).next().unwrap_or("").len();
    let head = field[..keep].trim_end();
    if head.is_empty() {
        format!("{address}, ")
    } else {
        format!("{head} {address}, ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(to: &[&str], at: u64) -> (Vec<String>, u64) {
        (to.iter().map(|s| s.to_string()).collect(), at)
    }

    #[test]
    fn best_matches_first_and_forgetting_sticks() {
        let mut book = AddressBook::default();
        let sent = [
            record(&["bob@example.org"], 10),
            record(&["bob@example.org", "Bobby.T@corp.example"], 20),
            record(&["anna-bobrova@example.net"], 30),
            record(&["carol@example.org"], 40),
        ];
        book.add_sent(sent.iter().map(|(to, at)| (to.as_slice(), *at)));
        assert_eq!(
            book.suggest("bo", 5),
            [
                "bob@example.org",
                "bobby.t@corp.example",
                "anna-bobrova@example.net"
            ]
        );
        assert_eq!(book.suggest("example.org", 5).len(), 2);
        assert!(book.suggest("bob@example.org", 5).is_empty(), "exact");
        assert!(book.suggest("", 5).is_empty());
        book.forget("BOB@example.org");
        book.add(&["bob@example.org".into()], 50);
        assert_eq!(book.suggest("bob", 5)[0], "bobby.t@corp.example");

        let dir = tempfile::tempdir().unwrap();
        let store = Forgotten::new(dir.path());
        store.save(book.forgotten()).unwrap();
        assert!(store.load().contains("bob@example.org"));
    }

    #[test]
    fn tokens_are_completed_in_place() {
        assert_eq!(last_token("ann@x.org, bo"), "bo");
        assert_eq!(
            complete("ann@x.org, bo", "bob@y.org"),
            "ann@x.org, bob@y.org, "
        );
        assert_eq!(complete("bo", "bob@y.org"), "bob@y.org, ");
        assert_eq!(complete("a@x; b", "bob@y.org"), "a@x; bob@y.org, ");
    }
}
