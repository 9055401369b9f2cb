use super::*;
use crate::problem::Step;
use std::time::Duration;

fn outbox() -> (tempfile::TempDir, Outbox) {
    let dir = tempfile::tempdir().unwrap();
    let o = Outbox::open(dir.path()).unwrap();
    (dir, o)
}

fn add(o: &Outbox, now: SystemTime) -> Meta {
    o.enqueue(
        "work",
        "a@x.org",
        &["b@y.org".into()],
        "<1@x.org>",
        "Hi",
        b"Subject: Hi\r\n\r\nbody\r\n",
        now,
    )
    .unwrap()
}

#[test]
fn enqueue_list_remove() {
    let (_d, o) = outbox();
    let now = SystemTime::now();
    let m = add(&o, now);
    let (list, damaged) = o.list().unwrap();
    assert_eq!(list, vec![m.clone()]);
    assert!(damaged.is_empty());
    assert_eq!(o.bytes(&m.id).unwrap(), b"Subject: Hi\r\n\r\nbody\r\n");
    o.remove(&m.id).unwrap();
    assert!(o.list().unwrap().0.is_empty());
}

#[test]
fn temporary_problems_are_rescheduled_permanent_ones_held() {
    let (_d, o) = outbox();
    let now = SystemTime::now();
    let mut m = add(&o, now);
    let policy = RetryPolicy::default();
    o.failed(
        &mut m,
        &Problem::new(ProblemKind::ServerBusy, Step::MailFrom),
        &policy,
        now,
    )
    .unwrap();
    assert_eq!(m.state, State::Queued);
    assert!((48..=72).contains(&(m.next_attempt - unix(now))));
    o.failed(
        &mut m,
        &Problem::new(ProblemKind::AuthFailed, Step::Auth),
        &policy,
        now,
    )
    .unwrap();
    assert_eq!(m.state, State::Held);
    assert_eq!(o.get(&m.id).unwrap().state, State::Held);
    let later = now + Duration::from_secs(3 * 24 * 3600);
    let mut m2 = add(&o, now);
    o.failed(
        &mut m2,
        &Problem::new(ProblemKind::ServerBusy, Step::MailFrom),
        &policy,
        later,
    )
    .unwrap();
    assert_eq!(m2.state, State::Held, "gives up after two days");
}

#[test]
fn damaged_entries_are_moved_aside_not_deleted() {
    let (d, o) = outbox();
    let m = add(&o, SystemTime::now());
    fs::write(o.meta_path(&m.id), b"{ not json").unwrap();
    fs::write(o.queue().join("orphan.eml"), b"lonely bytes").unwrap();
    let (list, damaged) = o.list().unwrap();
    assert!(list.is_empty());
    assert_eq!(damaged.len(), 3);
    let kept = fs::read_dir(d.path().join("outbox/damaged"))
        .unwrap()
        .count();
    assert_eq!(kept, 3);
}

#[test]
fn sent_but_not_removed_is_cleaned_up_without_resending() {
    let (_d, o) = outbox();
    let m = add(&o, SystemTime::now());
    o.sent_log()
        .record(&SentRecord::from_meta(&m, "250 ok", SystemTime::now()))
        .unwrap();
    let (list, _) = o.list().unwrap();
    assert!(list.is_empty());
    assert!(!o.eml(&m.id).exists());
    // The copy a crash kept from being made is made on the way.
    assert_eq!(
        o.kept().bytes(&m.id).unwrap(),
        b"Subject: Hi\r\n\r\nbody\r\n"
    );
}

#[test]
fn kept_copies_go_with_their_records() {
    let (_d, o) = outbox();
    let now = SystemTime::now();
    let old = add(&o, now - Duration::from_secs(100 * 86_400));
    let recent = add(&o, now - Duration::from_secs(3 * 86_400));
    for (m, at) in [(&old, 100), (&recent, 3)] {
        let at = now - Duration::from_secs(at * 86_400);
        o.sent_log()
            .record(&SentRecord::from_meta(m, "250 ok", at))
            .unwrap();
        o.keep_sent(m, None);
        o.remove_sent(&m.id).unwrap();
    }
    // "It arrived" keeps the copy too.
    let arrived = add(&o, now);
    o.mark_sent(&arrived.id, now).unwrap().unwrap();
    assert!(o.kept().has(&arrived.id));
    assert!(o.kept().has(&old.id) && o.kept().has(&recent.id));
    assert_eq!(o.prune_sent_log(90, now).unwrap(), 1);
    assert!(!o.kept().has(&old.id));
    assert!(o.kept().has(&recent.id) && o.kept().has(&arrived.id));
}

#[test]
fn sent_log_keeps_only_recent_days() {
    let (_d, o) = outbox();
    let now = SystemTime::now();
    let m = add(&o, now);
    let log = o.sent_log();
    log.record(&SentRecord::from_meta(
        &m,
        "250 ok",
        now - Duration::from_secs(100 * 86_400),
    ))
    .unwrap();
    log.record(&SentRecord::from_meta(
        &m,
        "250 ok",
        now - Duration::from_secs(3 * 86_400),
    ))
    .unwrap();
    assert_eq!(o.prune_sent_log(90, now).unwrap(), 1);
    assert_eq!(log.list().len(), 1);
    assert_eq!(o.prune_sent_log(90, now).unwrap(), 0);
    let _flushing = o.lock_flush().unwrap();
    log.record(&SentRecord::from_meta(
        &m,
        "250 ok",
        now - Duration::from_secs(200 * 86_400),
    ))
    .unwrap();
    assert_eq!(
        o.prune_sent_log(1, now).unwrap(),
        0,
        "not while a flush runs"
    );
}
