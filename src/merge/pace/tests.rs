use super::*;

/// 2026-03-02 10:00 at UTC+1 (a Monday), as Unix seconds.
const MONDAY_10: u64 = 1_772_442_000;
const PLUS_ONE: Days = Days::Offset(3600);

fn pacing() -> Pacing {
    Pacing {
        per_minute: 20,
        daily_limit: None,
        used_today: 0,
        now: MONDAY_10,
        start: None,
        days: PLUS_ONE,
    }
}

fn gmail() -> DailyLimit {
    DailyLimit::of(&Account {
        provider: Some("gmail".into()),
        ..Account::default()
    })
}

#[test]
fn the_rate_is_never_exceeded_and_gaps_vary_a_little() {
    let mut rng = fastrand::Rng::with_seed(7);
    let s = schedule(200, &pacing(), &mut rng);
    assert_eq!(s.times[0], MONDAY_10);
    for (i, &t) in s.times.iter().enumerate() {
        let in_a_minute = s.times[i..].iter().take_while(|&&u| u < t + 60).count();
        assert!(
            in_a_minute <= 20,
            "{in_a_minute} within a minute of message {i}"
        );
    }
    let gaps: Vec<u64> = s.times.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.iter().all(|g| (2..=4).contains(g)), "{gaps:?}");
    assert!(gaps.iter().any(|g| *g != gaps[0]), "jitter");
    // 200 at 20 a minute: about 10 minutes, never much more.
    let took = s.finish().unwrap() - MONDAY_10;
    assert!((597..=720).contains(&took), "{took}");
    assert_eq!(
        s.per_day,
        [DayCount {
            day: 0,
            count: 200,
            first: MONDAY_10
        }]
    );
    let text = estimate_text(&s, &DailyLimit::default(), PLUS_ONE);
    assert_eq!(text, "200 messages: 200 today.");
}

#[test]
fn the_daily_limit_carries_the_rest_to_the_next_day() {
    let p = Pacing {
        daily_limit: Some(500),
        used_today: 350,
        ..pacing()
    };
    let s = schedule(200, &p, &mut fastrand::Rng::with_seed(1));
    assert_eq!(s.per_day.len(), 2);
    assert_eq!((s.per_day[0].day, s.per_day[0].count), (0, 150));
    assert_eq!((s.per_day[1].day, s.per_day[1].count), (1, 50));
    // Rolling 24 hours: tomorrow's batch starts a day after today's began, not at midnight.
    assert_eq!(s.times[150], MONDAY_10 + DAY);
    let text = estimate_text(&s, &gmail(), PLUS_ONE);
    assert_eq!(
        text,
        "200 messages: 150 today, 50 tomorrow, within Gmail’s 500 a day."
    );
}

#[test]
fn a_used_up_day_or_a_later_start_begins_another_day() {
    let used_up = Pacing {
        daily_limit: Some(100),
        used_today: 120,
        ..pacing()
    };
    let s = schedule(5, &used_up, &mut fastrand::Rng::with_seed(1));
    // The next local midnight (UTC+1) is at 23:00 UTC: before 10:00 the next day.
    assert_eq!(s.times[0], MONDAY_10 + DAY);
    assert_eq!(s.per_day[0].day, 1);
    let later = Pacing {
        daily_limit: Some(100),
        used_today: 100,
        start: Some(MONDAY_10 + 2 * DAY),
        ..pacing()
    };
    let s = schedule(100, &later, &mut fastrand::Rng::with_seed(1));
    assert_eq!(
        s.per_day.len(),
        1,
        "today's count does not apply to Wednesday"
    );
    let own = DailyLimit {
        limit: Some(100),
        provider: None,
    };
    assert_eq!(
        estimate_text(&s, &own, PLUS_ONE),
        "100 messages: 100 on 2026-03-04, within your limit of 100 a day."
    );
    let past = Pacing {
        start: Some(MONDAY_10 - 3600),
        ..pacing()
    };
    assert_eq!(
        schedule(1, &past, &mut fastrand::Rng::new()).times,
        [MONDAY_10]
    );
}

#[test]
fn long_merges_are_summed_up_after_three_days() {
    let p = Pacing {
        daily_limit: Some(10),
        ..pacing()
    };
    let s = schedule(55, &p, &mut fastrand::Rng::with_seed(3));
    assert_eq!(s.per_day.len(), 6);
    assert_eq!(
        estimate_text(
            &s,
            &DailyLimit {
                limit: Some(10),
                provider: Some("Gmail".into())
            },
            PLUS_ONE
        ),
        "55 messages: 10 today, 10 tomorrow, 10 on 2026-03-04, 25 more by 2026-03-07, within Gmail’s 10 a day."
    );
    assert_eq!(
        estimate_text(
            &schedule(0, &p, &mut fastrand::Rng::new()),
            &gmail(),
            PLUS_ONE
        ),
        "No messages to send."
    );
    let one = schedule(1, &pacing(), &mut fastrand::Rng::new());
    assert_eq!(
        estimate_text(&one, &DailyLimit::default(), PLUS_ONE),
        "1 message: 1 today."
    );
}

#[test]
fn day_boundaries() {
    // 23:50 at UTC+1 (22:50 UTC): the next day begins in ten minutes there, in seventy in UTC.
    let late = MONDAY_10 + 13 * 3600 + 50 * 60;
    assert_eq!(PLUS_ONE.next_day(late), late + 10 * 60);
    assert_eq!(PLUS_ONE.days_between(late, late + 10 * 60), 1);
    assert_eq!(Days::Utc.days_between(late, late + 10 * 60), 0);
    assert_eq!(Days::Utc.next_day(late), late + 70 * 60);
    let local = Days::Local.next_day(MONDAY_10);
    assert!(local > MONDAY_10 && local <= MONDAY_10 + 25 * 3600);
    // The default rate, when none is asked for.
    let p = Pacing {
        per_minute: 0,
        ..pacing()
    };
    let s = schedule(2, &p, &mut fastrand::Rng::with_seed(1));
    assert!(s.times[1] - s.times[0] >= 60 / u64::from(DEFAULT_PER_MINUTE));
}

#[test]
fn the_limit_is_the_accounts_own_or_its_providers() {
    assert_eq!(
        gmail(),
        DailyLimit {
            limit: Some(500),
            provider: Some("Gmail".into())
        }
    );
    let own = DailyLimit::of(&Account {
        provider: Some("gmail".into()),
        daily_limit: Some(300),
        ..Account::default()
    });
    assert_eq!(
        own,
        DailyLimit {
            limit: Some(300),
            provider: None
        }
    );
    assert_eq!(DailyLimit::of(&Account::default()).limit, None);
}

#[test]
fn the_rate_is_the_given_one_else_the_providers_else_the_default() {
    let office = Account {
        provider: Some("office365".into()),
        ..Account::default()
    };
    // Given wins, even over a provider's figure.
    let given = Rate::choose(Some(12), &office);
    assert_eq!((given.per_minute, &given.source), (12, &RateSource::Given));
    assert_eq!(given.source_code(), "option");
    assert_eq!(given.text(), "Pace: 12 messages a minute, as asked.");
    // None given (or 0): Microsoft 365 publishes 30 a minute.
    for none in [None, Some(0)] {
        let r = Rate::choose(none, &office);
        assert_eq!(r.per_minute, 30);
        assert_eq!(
            r.source,
            RateSource::Provider("Microsoft 365 (Office 365)".into())
        );
        assert_eq!(r.source_code(), "provider");
        assert_eq!(
            r.text(),
            "Pace: 30 messages a minute, within Microsoft 365 (Office 365)’s limit."
        );
    }
    // Gmail publishes no per-minute figure, and an account without a preset has none either.
    for account in [
        Account {
            provider: Some("gmail".into()),
            ..Account::default()
        },
        Account::default(),
    ] {
        let r = Rate::choose(None, &account);
        assert_eq!(
            (r.per_minute, &r.source),
            (DEFAULT_PER_MINUTE, &RateSource::Default)
        );
        assert_eq!(r.source_code(), "default");
        assert_eq!(r.text(), "Pace: 20 messages a minute (the default).");
    }
    // The account's own daily limit does not change where the rate comes from.
    let own_limit = Account {
        daily_limit: Some(100),
        ..office
    };
    assert_eq!(Rate::choose(None, &own_limit).per_minute, 30);
    assert_eq!(
        Rate::choose(Some(1), &Account::default()).text(),
        "Pace: 1 message a minute, as asked."
    );
}

#[test]
fn a_providers_rate_is_kept_by_the_schedule() {
    let r = Rate::choose(
        None,
        &Account {
            provider: Some("office365".into()),
            ..Account::default()
        },
    );
    let p = Pacing {
        per_minute: r.per_minute,
        ..pacing()
    };
    let s = schedule(300, &p, &mut fastrand::Rng::with_seed(3));
    for (i, &t) in s.times.iter().enumerate() {
        let in_a_minute = s.times[i..].iter().take_while(|&&u| u < t + 60).count();
        assert!(in_a_minute <= 30, "{in_a_minute} within a minute of {i}");
    }
    // 300 at 30 a minute: ten minutes and a little jitter.
    let took = s.finish().unwrap() - MONDAY_10;
    assert!((597..=720).contains(&took), "{took}");
}
