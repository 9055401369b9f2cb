//! When each message of a merge is sent: spaced by a per-minute rate with a small random stretch
//! of each gap (never shorter, so the rate is never exceeded), and never more in a day than the
//! account's daily limit allows after what it already sent that day. The rest waits for the next
//! days — and, since providers such as Gmail count a rolling 24 hours, each day's batch starts no
//! earlier than 24 hours after the previous one began.
//!
//! Times are Unix seconds. "Today" and the day boundary are injected ([`Days`]), like the count of
//! messages already sent today, so the schedule can be tested without a clock.

use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, TimeZone, Utc};

use crate::account::Account;

/// The rate when none is given and the account's provider publishes none (most publish only
/// daily limits; see `per_minute` in `assets/providers.toml`).
pub const DEFAULT_PER_MINUTE: u32 = 20;
/// The random stretch of a gap: at most this share of the gap, and at most `MAX_JITTER_SECS`.
const JITTER_SHARE: f64 = 0.2;
const MAX_JITTER_SECS: f64 = 10.0;
const DAY: u64 = 86_400;

/// Where one day ends and the next begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Days {
    /// UTC midnight: the day the outbox's daily counts use.
    Utc,
    /// The computer's time zone, daylight saving included.
    Local,
    /// A fixed offset east of UTC, in seconds (tests).
    Offset(i32),
}

impl Days {
    /// The calendar date of `t`.
    fn date(self, t: u64) -> NaiveDate {
        let utc = DateTime::<Utc>::from_timestamp(t as i64, 0).unwrap_or_default();
        match self {
            Days::Utc => utc.date_naive(),
            Days::Local => utc.with_timezone(&Local).date_naive(),
            Days::Offset(offset) => (utc + Duration::seconds(offset.into())).date_naive(),
        }
    }

    /// The first second of the day after the one `t` is in.
    pub fn next_day(self, t: u64) -> u64 {
        let next = self.date(t).succ_opt().unwrap_or(NaiveDate::MAX);
        let midnight = next.and_hms_opt(0, 0, 0).expect("midnight exists");
        let start = match self {
            Days::Utc => midnight.and_utc().timestamp(),
            Days::Local => Local
                .from_local_datetime(&midnight)
                .earliest()
                .map_or_else(|| midnight.and_utc().timestamp(), |d| d.timestamp()),
            Days::Offset(offset) => midnight.and_utc().timestamp() - i64::from(offset),
        };
        start.max(t as i64 + 1) as u64
    }

    /// How many days after `from`'s day `t`'s day is (0: the same day).
    pub fn days_between(self, from: u64, t: u64) -> i64 {
        i64::from(self.date(t).num_days_from_ce()) - i64::from(self.date(from).num_days_from_ce())
    }
}

/// What the schedule depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    /// Messages a minute (0: [`DEFAULT_PER_MINUTE`]).
    pub per_minute: u32,
    /// The account's daily limit (`None` or 0: none).
    pub daily_limit: Option<u32>,
    /// Messages the account already sent today.
    pub used_today: u32,
    pub now: u64,
    /// The first send time (`None` or past: now).
    pub start: Option<u64>,
    pub days: Days,
}

/// Messages on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayCount {
    /// 0 today, 1 tomorrow…
    pub day: i64,
    pub count: usize,
    /// The first second of that day's first message (for its date).
    pub first: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The send time of each message, in order.
    pub times: Vec<u64>,
    pub per_day: Vec<DayCount>,
}

impl Schedule {
    /// The last send time.
    pub fn finish(&self) -> Option<u64> {
        self.times.last().copied()
    }
}

/// The send times of `count` messages.
pub fn schedule(count: usize, pacing: &Pacing, rng: &mut fastrand::Rng) -> Schedule {
    let per_minute = match pacing.per_minute {
        0 => DEFAULT_PER_MINUTE,
        n => n,
    };
    let gap = 60.0 / f64::from(per_minute);
    let jitter = (gap * JITTER_SHARE).min(MAX_JITTER_SECS);
    let limit = pacing.daily_limit.filter(|l| *l > 0).map(|l| l as usize);
    let start = pacing.start.unwrap_or(pacing.now).max(pacing.now);
    let mut left_today = match limit {
        Some(l) if pacing.days.days_between(pacing.now, start) == 0 => {
            l.saturating_sub(pacing.used_today as usize)
        }
        Some(l) => l,
        None => usize::MAX,
    };
    let (mut t, mut batch_start) = (start as f64, start);
    let mut times = Vec::with_capacity(count);
    for _ in 0..count {
        if left_today == 0 {
            let next = pacing.days.next_day(t as u64).max(batch_start + DAY);
            (t, batch_start) = (next as f64, next);
            left_today = limit.unwrap_or(usize::MAX);
        }
        // Truncated, not rounded: whole seconds keep the gaps at least as long as the rate asks.
        times.push(t as u64);
        left_today -= 1;
        t += gap + rng.f64() * jitter;
    }
    let mut per_day: Vec<DayCount> = Vec::new();
    for &time in &times {
        let day = pacing.days.days_between(pacing.now, time);
        match per_day.last_mut() {
            Some(last) if last.day == day => last.count += 1,
            _ => per_day.push(DayCount {
                day,
                count: 1,
                first: time,
            }),
        }
    }
    Schedule { times, per_day }
}

/// Where a merge's per-minute rate comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateSource {
    /// The person gave it (`--per-minute`, or the window's field).
    Given,
    /// The account's provider publishes it; the provider's name.
    Provider(String),
    /// [`DEFAULT_PER_MINUTE`]: none given, and the provider publishes none.
    Default,
}

/// The per-minute rate of a merge, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    pub per_minute: u32,
    pub source: RateSource,
}

impl Rate {
    /// The rate given (0 counts as none), else the one the account's provider publishes, else
    /// [`DEFAULT_PER_MINUTE`].
    pub fn choose(given: Option<u32>, account: &Account) -> Rate {
        if let Some(n) = given.filter(|n| *n > 0) {
            return Rate {
                per_minute: n,
                source: RateSource::Given,
            };
        }
        match crate::providers::per_minute(account) {
            Some((n, preset)) => Rate {
                per_minute: n,
                source: RateSource::Provider(preset.name.clone()),
            },
            None => Rate {
                per_minute: DEFAULT_PER_MINUTE,
                source: RateSource::Default,
            },
        }
    }

    /// The JSON name of the source: `option`, `provider` or `default`.
    pub fn source_code(&self) -> &'static str {
        match self.source {
            RateSource::Given => "option",
            RateSource::Provider(_) => "provider",
            RateSource::Default => "default",
        }
    }

    /// "Pace: 30 messages a minute, within Microsoft 365’s limit."
    pub fn text(&self) -> String {
        use crate::fl;
        let count = self.per_minute;
        match &self.source {
            RateSource::Given => fl!("merge-rate-given", count = count),
            RateSource::Provider(name) => {
                fl!(
                    "merge-rate-provider",
                    count = count,
                    provider = name.as_str()
                )
            }
            RateSource::Default => fl!("merge-rate-default", count = count),
        }
    }
}

/// The daily limit an account sends within, and whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DailyLimit {
    pub limit: Option<u32>,
    /// The provider's name when the limit is the provider's (not one the user set).
    pub provider: Option<String>,
}

impl DailyLimit {
    pub fn of(account: &Account) -> DailyLimit {
        let preset = account
            .provider
            .as_deref()
            .and_then(crate::providers::by_id);
        match account.daily_limit.filter(|l| *l > 0) {
            Some(limit) => DailyLimit {
                limit: Some(limit),
                provider: None,
            },
            None => DailyLimit {
                limit: preset.and_then(|p| p.daily_limit).filter(|l| *l > 0),
                provider: preset.map(|p| p.name.clone()),
            },
        }
    }
}

/// "200 messages: 150 today, 50 tomorrow, within Gmail’s 500 a day."
pub fn estimate_text(schedule: &Schedule, limit: &DailyLimit, days: Days) -> String {
    use crate::fl;
    let total = schedule.times.len();
    if total == 0 {
        return fl!("merge-estimate-none");
    }
    let shown = if schedule.per_day.len() > 4 {
        3
    } else {
        schedule.per_day.len()
    };
    let mut parts: Vec<String> = schedule.per_day[..shown]
        .iter()
        .map(|d| {
            let count = d.count;
            match d.day {
                0 => fl!("merge-estimate-today", count = count),
                1 => fl!("merge-estimate-tomorrow", count = count),
                _ => {
                    let date = days.date(d.first).to_string();
                    fl!("merge-estimate-on", count = count, date = date)
                }
            }
        })
        .collect();
    if let Some(last) = schedule.per_day.get(shown..).and_then(|rest| rest.last()) {
        let count: usize = schedule.per_day[shown..].iter().map(|d| d.count).sum();
        let date = days.date(last.first).to_string();
        parts.push(fl!("merge-estimate-more", count = count, date = date));
    }
    let list = parts.join(", ");
    match (limit.limit, &limit.provider) {
        (Some(daily), Some(provider)) => fl!(
            "merge-estimate-within-provider",
            total = total,
            days = list,
            provider = provider.as_str(),
            limit = daily
        ),
        (Some(daily), None) => fl!(
            "merge-estimate-within-limit",
            total = total,
            days = list,
            limit = daily
        ),
        (None, _) => fl!("merge-estimate", total = total, days = list),
    }
}

#[cfg(test)]
mod tests;
