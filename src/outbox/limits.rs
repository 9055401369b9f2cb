//! Daily sending limits: how many messages each account sent today (UTC day), kept across restarts.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{StorageError, unix};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Counts {
    /// account → (day number since the epoch, messages sent that day)
    #[serde(default)]
    accounts: BTreeMap<String, (u64, u32)>,
}

/// Where an account stands against its daily limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Fine,
    /// 80 % or more used.
    Warn {
        used: u32,
        limit: u32,
    },
    /// Sending `adding` more would go over: ask first.
    Over {
        used: u32,
        limit: u32,
    },
}

pub struct Limits {
    path: PathBuf,
}

fn day(now: SystemTime) -> u64 {
    unix(now) / 86_400
}

impl Limits {
    pub fn new(path: PathBuf) -> Limits {
        Limits { path }
    }

    fn load(&self) -> Counts {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub fn used_today(&self, account: &str, now: SystemTime) -> u32 {
        match self.load().accounts.get(account) {
            Some((d, n)) if *d == day(now) => *n,
            _ => 0,
        }
    }

    /// Adds to today's count. Read, change and write happen under a lock, so counts from several
    /// processes add up instead of overwriting each other.
    pub fn add(&self, account: &str, n: u32, now: SystemTime) -> Result<(), StorageError> {
        let _lock = crate::storage::FileLock::exclusive(&self.path.with_extension("lock"))?;
        let mut counts = self.load();
        let today = day(now);
        let entry = counts
            .accounts
            .entry(account.to_owned())
            .or_insert((today, 0));
        if entry.0 != today {
            *entry = (today, 0);
        }
        entry.1 += n;
        let json = serde_json::to_vec(&counts).expect("counts serialize");
        super::write_durably(&self.path, &json)
    }

    pub fn standing(
        &self,
        account: &str,
        limit: Option<u32>,
        adding: u32,
        now: SystemTime,
    ) -> Standing {
        let Some(limit) = limit.filter(|l| *l > 0) else {
            return Standing::Fine;
        };
        let used = self.used_today(account, now);
        if used + adding > limit {
            Standing::Over { used, limit }
        } else if (used + adding) * 5 >= limit * 4 {
            Standing::Warn {
                used: used + adding,
                limit,
            }
        } else {
            Standing::Fine
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn counts_survive_restarts_and_reset_each_day() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("counts.json");
        let morning = SystemTime::UNIX_EPOCH + Duration::from_secs(20_000 * 86_400 + 3600);
        Limits::new(path.clone()).add("work", 390, morning).unwrap();
        let limits = Limits::new(path);
        assert_eq!(
            limits.used_today("work", morning + Duration::from_secs(3600)),
            390
        );
        assert_eq!(
            limits.standing("work", Some(500), 10, morning),
            Standing::Warn {
                used: 400,
                limit: 500
            }
        );
        assert_eq!(
            limits.standing("work", Some(500), 111, morning),
            Standing::Over {
                used: 390,
                limit: 500
            }
        );
        assert_eq!(limits.standing("work", None, 1000, morning), Standing::Fine);
        let tomorrow = morning + Duration::from_secs(86_400);
        assert_eq!(limits.used_today("work", tomorrow), 0);
        limits.add("work", 1, tomorrow).unwrap();
        assert_eq!(limits.used_today("work", tomorrow), 1);
    }

    #[test]
    fn counts_from_many_writers_add_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("counts.json");
        let now = SystemTime::now();
        std::thread::scope(|s| {
            for _ in 0..8 {
                let path = path.clone();
                s.spawn(move || {
                    let limits = Limits::new(path);
                    for _ in 0..25 {
                        limits.add("work", 1, now).unwrap();
                    }
                });
            }
        });
        assert_eq!(Limits::new(path).used_today("work", now), 200);
    }
}
