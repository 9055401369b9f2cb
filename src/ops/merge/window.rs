//! What the window's "Send to a list" asks besides [`prepare`](super::prepare) and
//! [`queue`](super::queue): a glance at a list before the message is written, and the pacing again
//! from the moment "Send" is pressed (the preview may have been open for a while, and the rate may
//! have been changed), so that what was previewed is what is queued.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{MergeError, Prepared};
use crate::merge::pace::{self, Days, Pacing, Rate, RateSource};
use crate::merge::preview::Glance;
use crate::outbox::{Outbox, unix};

/// The columns of the list at `path` (its first sheet, or `sheet`), and where its addresses are.
pub async fn glance(path: PathBuf, sheet: Option<String>) -> Result<Glance, MergeError> {
    super::super::blocking(move || {
        crate::merge::preview::glance(&path, sheet.as_deref()).map_err(MergeError::from)
    })
    .await
}

/// `prepared` with its send times paced again from `now` (or from `start`, unix seconds, when that
/// is later: "Start sending at …") at `per_minute` (0: the rate it has; another is the person's),
/// within the account's daily limit and what it already sent today.
pub async fn repace(
    data_dir: &Path,
    prepared: Prepared,
    per_minute: u32,
    start: Option<u64>,
    now: SystemTime,
) -> Result<Prepared, MergeError> {
    let data_dir = data_dir.to_owned();
    super::super::blocking(move || {
        let mut prepared = prepared;
        let outbox = Outbox::open(&data_dir)?;
        let account = &prepared.account.name;
        let used_today = crate::outbox::worker::limits(&outbox).used_today(account, now);
        if per_minute > 0 && per_minute != prepared.per_minute {
            prepared.per_minute = per_minute;
            prepared.rate = Rate {
                per_minute,
                source: RateSource::Given,
            };
        }
        let pacing = Pacing {
            per_minute: prepared.per_minute,
            daily_limit: prepared.daily_limit.limit,
            used_today,
            now: unix(now),
            start,
            days: Days::Utc,
        };
        let count = prepared.plan.ready.len();
        prepared.schedule = pace::schedule(count, &pacing, &mut fastrand::Rng::new());
        Ok(prepared)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::merge::MergeRequest;

    #[tokio::test]
    async fn the_pacing_starts_again_from_now_at_the_new_rate() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list.csv");
        std::fs::write(
            &list,
            "Email\na@example.org\nb@example.org\nc@example.org\n",
        )
        .unwrap();
        let glance = glance(list.clone(), None).await.unwrap();
        assert_eq!(glance.address_column(), Some("Email"));
        let account = crate::account::Account {
            name: "work".into(),
            email: "ada@example.org".into(),
            ..Default::default()
        };
        let request = MergeRequest {
            data: list,
            subject: "Hi".into(),
            body: "Hello".into(),
            ..Default::default()
        };
        let then = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        let prepared = super::super::prepare(dir.path(), &account, &request, then)
            .await
            .unwrap();
        let now = then + std::time::Duration::from_secs(3_600);
        let again = repace(dir.path(), prepared.clone(), 2, None, now)
            .await
            .unwrap();
        assert_eq!(again.per_minute, 2);
        let times = &again.schedule.times;
        assert_eq!(times.len(), 3);
        assert_eq!(times[0], unix(now));
        assert!(
            times[1] >= unix(now) + 30 && times[2] >= times[1] + 30,
            "{times:?}"
        );
        // From a later start: the first at it, the others after it.
        let start = unix(now) + 86_400;
        let later = repace(dir.path(), prepared, 2, Some(start), now)
            .await
            .unwrap();
        let times = &later.schedule.times;
        assert_eq!(times[0], start);
        assert!(times.iter().all(|&t| t >= start), "{times:?}");
    }
}
