//! "Send later": when a message may go out, read from what people type (RFC 3339, or
//! `YYYY-MM-DD HH:MM` in local time) and shown back in local time.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, LocalResult, NaiveDateTime, TimeZone};

use crate::account::InputError;

/// The moment `text` names: RFC 3339 (`2026-12-01T09:00:00+01:00`) or local `YYYY-MM-DD HH:MM`.
/// It must lie in the future of `now`.
pub fn parse_when(text: &str, now: SystemTime) -> Result<SystemTime, InputError> {
    let trimmed = text.trim();
    let unreadable = || InputError::TimeUnreadable {
        value: trimmed.to_owned(),
    };
    let when: DateTime<Local> = if let Ok(t) = DateTime::parse_from_rfc3339(trimmed) {
        t.with_timezone(&Local)
    } else {
        let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(trimmed, f).ok())
            .ok_or_else(unreadable)?;
        match Local.from_local_datetime(&naive) {
            LocalResult::Single(t) => t,
            // The hour the clocks go back happens twice: the first one.
            LocalResult::Ambiguous(first, _) => first,
            // The hour the clocks skip does not exist.
            LocalResult::None => return Err(unreadable()),
        }
    };
    let secs = u64::try_from(when.timestamp()).map_err(|_| unreadable())?;
    let at = UNIX_EPOCH + Duration::from_secs(secs);
    if at <= now {
        return Err(InputError::TimeInPast {
            value: trimmed.to_owned(),
        });
    }
    Ok(at)
}

fn local(unix: u64) -> DateTime<Local> {
    Local
        .timestamp_opt(unix as i64, 0)
        .single()
        .unwrap_or_else(Local::now)
}

/// RFC 3339 in local time with its offset, for the JSON documents.
pub fn rfc3339(unix: u64) -> String {
    local(unix).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// A short local time for people: "09:00" today, else "2026-12-01 09:00".
pub fn short(unix: u64) -> String {
    let t = local(unix);
    if t.date_naive() == Local::now().date_naive() {
        t.format("%H:%M").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// What the "Send later" field starts with: tomorrow at 09:00, local time.
pub fn suggestion(now: SystemTime) -> String {
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let tomorrow = local(secs).date_naive() + chrono::Days::new(1);
    format!("{} 09:00", tomorrow.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rfc3339_and_local_times() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let at = parse_when("2030-01-02T03:04:05Z", now).unwrap();
        assert_eq!(at, UNIX_EPOCH + Duration::from_secs(1_893_553_445));
        let local = parse_when("2030-01-02 03:04", now).unwrap();
        let expected = Local
            .from_local_datetime(
                &NaiveDateTime::parse_from_str("2030-01-02 03:04", "%Y-%m-%d %H:%M").unwrap(),
            )
            .unwrap();
        assert_eq!(
            local,
            UNIX_EPOCH + Duration::from_secs(expected.timestamp() as u64)
        );
        assert_eq!(
            parse_when("2001-01-01 10:00", now),
            Err(InputError::TimeInPast {
                value: "2001-01-01 10:00".into()
            })
        );
        assert!(matches!(
            parse_when("next tuesday", now),
            Err(InputError::TimeUnreadable { .. })
        ));
        let s = suggestion(now);
        assert!(parse_when(&s, now).is_ok(), "{s}");
        assert!(rfc3339(1_893_553_445).starts_with("2030-01-0"));
    }
}
