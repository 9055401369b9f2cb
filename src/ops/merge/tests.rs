use super::*;

fn account() -> Account {
    Account {
        name: "relay".into(),
        email: "ada@example.com".into(),
        display_name: "Ada".into(),
        daily_limit: Some(3),
        ..Account::default()
    }
}

#[tokio::test]
async fn a_merge_is_tagged_outbox_messages_that_pause_resume_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("list.csv");
    std::fs::write(
        &data,
        "Name,Email\nAnn,ann@example.org\nBob,not-an-address\nCy,cy@example.org\nDi,di@example.org\nEd,ed@example.org\n",
    )
    .unwrap();
    let request = MergeRequest {
        data,
        subject: "Hi {{Name}}".into(),
        body: "Dear {{Name}}".into(),
        per_minute: Some(60),
        start: Some(unix(SystemTime::now()) + 3600),
        ..MergeRequest::default()
    };
    let now = SystemTime::now();
    let prepared = prepare(dir.path(), &account(), &request, now)
        .await
        .unwrap();
    assert_eq!(prepared.plan.ready.len(), 4);
    assert_eq!(prepared.plan.skipped[0].row, 3);
    // A daily limit of 3: the fourth goes a day later.
    let times = &prepared.schedule.times;
    assert!(times[3] >= times[0] + 86_400, "{times:?}");
    let outbox = Outbox::open(dir.path()).unwrap();
    let id = queue(&outbox, &prepared, now).await.unwrap();
    let (metas, _) = outbox.list().unwrap();
    assert_eq!(metas.len(), 4);
    assert!(
        metas
            .iter()
            .all(|m| m.merge_id.as_deref() == Some(id.as_str()))
    );
    assert!(metas.iter().all(|m| m.recipients.len() == 1));
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Scheduled), 4);
    assert_eq!(status.count(RowState::Skipped), 1);

    assert_eq!(record::pause(&outbox, &id).unwrap().changed, 4);
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Held), 4);
    assert!(status.record.paused);
    assert_eq!(
        record::resume(&outbox, Some(&account()), &id, now)
            .unwrap()
            .changed,
        4
    );
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Scheduled), 4);
    assert_eq!(record::cancel(&outbox, &id).unwrap().changed, 4);
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Cancelled), 4);
    assert!(outbox.list().unwrap().0.is_empty());
    let csv = dir.path().join("report.csv");
    record::report(&outbox, &id, &csv, now).unwrap();
    let text = std::fs::read_to_string(csv).unwrap();
    assert!(
        text.starts_with("row,address,state,time,problem\n2,ann@example.org,cancelled"),
        "{text}"
    );
    assert_eq!(record::list(&outbox, now).len(), 1);
}

/// A list of `n` people, P1 … Pn, in `dir`.
fn people(dir: &Path, n: usize) -> PathBuf {
    let data = dir.join("list.csv");
    let mut csv = "Name,Email\n".to_owned();
    for i in 1..=n {
        csv += &format!("P{i},p{i}@example.org\n");
    }
    std::fs::write(&data, csv).unwrap();
    data
}

/// The queued messages' send times (`None`: due at once), in row order.
fn queued_times(outbox: &Outbox, id: &str) -> Vec<(usize, Option<u64>)> {
    let (metas, _) = outbox.list().unwrap();
    let mut times: Vec<(usize, Option<u64>)> = metas
        .iter()
        .filter(|m| m.merge_id.as_deref() == Some(id))
        .map(|m| (m.row.unwrap(), m.scheduled_for))
        .collect();
    times.sort();
    times
}

/// The daily limit with an injected clock: two minutes before UTC midnight, with 3 of the
/// account's 5 a day already sent today (counted where a flush counts them), 9 rows at 30 a
/// minute. Two go today, five tomorrow, two the day after — each day's batch starting 24 hours
/// after the previous one began, as providers count a rolling day — and the queued messages carry
/// exactly those times; the estimate says so.
#[tokio::test]
async fn a_daily_limit_carries_the_rest_to_the_next_days_near_midnight() {
    // 2026-03-02 23:58:00 UTC.
    const LATE: u64 = 1_772_495_880;
    const DAY: u64 = 86_400;
    let now = std::time::UNIX_EPOCH + std::time::Duration::from_secs(LATE);
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    crate::outbox::worker::limits(&outbox)
        .add("relay", 3, now)
        .unwrap();
    let account = Account {
        daily_limit: Some(5),
        ..account()
    };
    let request = MergeRequest {
        data: people(dir.path(), 9),
        subject: "Hi {{Name}}".into(),
        body: "Dear {{Name}}".into(),
        per_minute: Some(30),
        ..MergeRequest::default()
    };
    let prepared = prepare(dir.path(), &account, &request, now).await.unwrap();
    let times = prepared.schedule.times.clone();
    assert_eq!(times.len(), 9);
    let utc_days: Vec<u64> = times.iter().map(|t| t / DAY - LATE / DAY).collect();
    assert_eq!(utc_days, [0, 0, 1, 1, 1, 1, 1, 2, 2], "{times:?}");
    assert_eq!(times[0], LATE, "the first one goes at once");
    assert_eq!(times[2], LATE + DAY, "24 hours after today's batch began");
    assert_eq!(times[7], LATE + 2 * DAY);
    assert_eq!(
        prepared.estimate(),
        "9 messages: 2 today, 5 tomorrow, 2 on 2026-03-04, within your limit of 5 a day."
    );

    let id = queue(&outbox, &prepared, now).await.unwrap();
    let queued = queued_times(&outbox, &id);
    let rows: Vec<usize> = queued.iter().map(|(row, _)| *row).collect();
    assert_eq!(rows, (2..=10).collect::<Vec<_>>());
    assert_eq!(queued[0].1, None, "due now: no send time of its own");
    for ((row, at), &planned) in queued.iter().zip(&times).skip(1) {
        assert_eq!(*at, Some(planned), "row {row}");
    }
    // Never more in a UTC day than the limit leaves: 2 today (3 were sent), 5 on each next day.
    for (day, most) in [(0, 2), (1, 5), (2, 5)] {
        let on_day = utc_days.iter().filter(|d| **d == day).count();
        assert!(on_day <= most, "{on_day} on day {day}");
    }
    // And the pace within each day: at least 60 / 30 = 2 seconds apart.
    for pair in times.windows(2) {
        assert!(pair[1] >= pair[0] + 2, "{times:?}");
    }
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Skipped), 0);
    assert_eq!(status.finish, Some(times[8]));
}

/// Pacing as queued: 40 rows at 12 a minute from a later start are at least 5 seconds apart (the
/// gap a rate of 12 allows), no minute holds more than 12, the gaps vary a little (the jitter),
/// and the whole takes about 40 × 5 seconds, not much more.
#[tokio::test]
async fn queued_messages_keep_the_pace() {
    let dir = tempfile::tempdir().unwrap();
    let now = SystemTime::now();
    let start = unix(now) + 3600;
    let request = MergeRequest {
        data: people(dir.path(), 40),
        subject: "Hi {{Name}}".into(),
        body: "Dear {{Name}}".into(),
        per_minute: Some(12),
        start: Some(start),
        ..MergeRequest::default()
    };
    let account = Account {
        daily_limit: None,
        ..account()
    };
    let prepared = prepare(dir.path(), &account, &request, now).await.unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let id = queue(&outbox, &prepared, now).await.unwrap();
    let times: Vec<u64> = queued_times(&outbox, &id)
        .into_iter()
        .map(|(row, at)| at.unwrap_or_else(|| panic!("row {row} has no send time")))
        .collect();
    assert_eq!(times.len(), 40);
    assert_eq!(times[0], start);
    let gaps: Vec<u64> = times.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.iter().all(|g| *g >= 5), "{gaps:?}");
    assert!(gaps.iter().any(|g| *g != gaps[0]), "jitter: {gaps:?}");
    for (i, &t) in times.iter().enumerate() {
        let in_a_minute = times[i..].iter().take_while(|&&u| u < t + 60).count();
        assert!(
            in_a_minute <= 12,
            "{in_a_minute} within a minute of row {}",
            i + 2
        );
    }
    let took = times[39] - start;
    assert!((195..=240).contains(&took), "{took}");
}
