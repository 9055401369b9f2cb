//! The outbox against a scripted server on 127.0.0.1: temporary failures are retried on schedule
//! (with an injected clock), permanent ones stop with the right problem, a connection dropped in
//! DATA costs nothing, and `outpost outbox flush` killed with SIGKILL at random points loses nothing.

use crate::support::fault;

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use fault::{FaultServer, Inbox, Listen};
use outpost::account::{Account, AuthMethod, Security, ServerSettings};
use outpost::outbox::{Clock, FlushOptions, Outbox, State, flush};
use outpost::smtp::ProblemKind;

struct FakeClock(Mutex<SystemTime>);

impl FakeClock {
    fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

impl Clock for FakeClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap()
    }
}

fn account(port: u16) -> Account {
    Account {
        name: "relay".into(),
        email: "ada@example.com".into(),
        server: ServerSettings {
            host: "127.0.0.1".into(),
            port,
            security: Security::None,
            auth: AuthMethod::None,
            timeout_secs: 5,
            ..ServerSettings::default()
        },
        default: true,
        ..Account::default()
    }
}

fn message(n: usize) -> (String, Vec<u8>) {
    let id = format!("<m{n}@example.com>");
    let bytes = format!(
        "From: ada@example.com\r\nTo: bob@example.org\r\nMessage-ID: {id}\r\nSubject: n{n}\r\n\r\nbody {n}\r\n"
    );
    (id, bytes.into_bytes())
}

fn enqueue(outbox: &Outbox, n: usize, now: SystemTime) {
    let (id, bytes) = message(n);
    outbox
        .enqueue(
            "relay",
            "ada@example.com",
            &["bob@example.org".into()],
            &id,
            &format!("n{n}"),
            &bytes,
            now,
        )
        .unwrap();
}

fn message_ids(inbox: &Inbox) -> Vec<String> {
    inbox
        .lock()
        .unwrap()
        .iter()
        .filter_map(|m| {
            String::from_utf8_lossy(m)
                .lines()
                .find_map(|l| l.strip_prefix("Message-ID: ").map(str::to_owned))
        })
        .collect()
}

#[tokio::test]
async fn temporary_failure_is_retried_on_schedule() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |n| {
            if n == 1 {
                "451 4.3.0 Temporary local problem, try later".into()
            } else {
                "250 2.0.0 queued as X".into()
            }
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let clock = FakeClock(Mutex::new(SystemTime::now()));
    enqueue(&outbox, 1, clock.now());
    let accounts = [account(server.port)];
    let options = FlushOptions::default();

    let report = flush(&outbox, &accounts, &clock, &options).await.unwrap();
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].1.kind, ProblemKind::ServerBusy);
    let meta = &report.remaining[0];
    assert_eq!((meta.state, meta.attempts), (State::Queued, 1));
    let wait = meta.next_attempt - outpost::outbox::unix(clock.now());
    assert!(
        (48..=72).contains(&wait),
        "first retry after about a minute, not {wait}s"
    );

    // Not due yet: nothing is tried.
    clock.advance(Duration::from_secs(30));
    let report = flush(&outbox, &accounts, &clock, &options).await.unwrap();
    assert!(report.sent.is_empty() && report.failed.is_empty());

    clock.advance(Duration::from_secs(60));
    let report = flush(&outbox, &accounts, &clock, &options).await.unwrap();
    assert_eq!(report.sent.len(), 1);
    assert!(report.remaining.is_empty());
    assert_eq!(message_ids(&inbox), ["<m1@example.com>"]);
    assert_eq!(
        outbox.sent_log().list()[0].server_reply,
        "2.0.0 queued as X"
    );
}

#[tokio::test]
async fn permanent_failure_stops_and_waits_for_the_user() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| {
            "552 5.3.4 Message size exceeds fixed limit".into()
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let clock = FakeClock(Mutex::new(SystemTime::now()));
    enqueue(&outbox, 1, clock.now());
    let report = flush(
        &outbox,
        &[account(server.port)],
        &clock,
        &FlushOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(report.failed[0].1.kind, ProblemKind::MessageTooLarge);
    let meta = &report.remaining[0];
    assert_eq!(meta.state, State::Held);
    assert_eq!(
        meta.last_problem.as_ref().unwrap().kind,
        ProblemKind::MessageTooLarge
    );
    // Held messages are not retried by the schedule, only when the user asks.
    clock.advance(Duration::from_secs(7200));
    let report = flush(
        &outbox,
        &[account(server.port)],
        &clock,
        &FlushOptions::default(),
    )
    .await
    .unwrap();
    assert!(report.failed.is_empty());
}

/// The server read the whole message and hung up without its answer: it may have the message, so
/// the outbox holds it as unconfirmed for the user instead of sending it again by guess.
#[tokio::test]
async fn connection_dropped_after_the_dot_is_held_not_sent_again() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |n| {
            if n == 1 {
                "drop".into()
            } else {
                "250 ok".into()
            }
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let clock = FakeClock(Mutex::new(SystemTime::now()));
    enqueue(&outbox, 7, clock.now());
    let accounts = [account(server.port)];
    let report = flush(&outbox, &accounts, &clock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(
        report.failed[0].1.kind,
        ProblemKind::OutcomeUnknown,
        "{:?}",
        report.failed[0].1
    );
    assert_eq!(report.remaining[0].state, State::Unconfirmed);
    clock.advance(Duration::from_secs(3600));
    let report = flush(&outbox, &accounts, &clock, &FlushOptions::default())
        .await
        .unwrap();
    assert!(report.sent.is_empty() && report.failed.is_empty());
    assert!(message_ids(&inbox).is_empty());
}

#[tokio::test]
async fn server_down_then_up_delivers_everything_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let clock = FakeClock(Mutex::new(SystemTime::now()));
    let port = fault::closed_port();
    for n in 0..5 {
        enqueue(&outbox, n, clock.now());
    }
    let report = flush(&outbox, &[account(port)], &clock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.failed[0].1.kind, ProblemKind::ConnectionRefused);
    assert_eq!(
        report.remaining.len(),
        5,
        "nothing is lost while the server is down"
    );

    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    clock.advance(Duration::from_secs(3600));
    let report = flush(
        &outbox,
        &[account(server.port)],
        &clock,
        &FlushOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(report.sent.len(), 5);
    let mut ids = message_ids(&inbox);
    ids.sort();
    assert_eq!(
        ids,
        (0..5)
            .map(|n| format!("<m{n}@example.com>"))
            .collect::<Vec<_>>()
    );
    // What the server announced is kept with the account, for the compose window's size warning
    // (no connection of its own), and only for that server.
    let learned = outbox.learned();
    assert_eq!(
        learned.max_size("relay", "127.0.0.1", server.port),
        Some(50_000_000)
    );
    assert_eq!(learned.max_size("relay", "127.0.0.1", port), None);
}

/// `outpost outbox flush` on a few hundred messages, killed with SIGKILL at random moments many
/// times: every message arrives at least once, and duplicates are at most one per kill.
#[test]
fn sigkill_at_random_points_loses_nothing() {
    const MESSAGES: usize = 1500;
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = tempfile::tempdir().unwrap();
    let config_dir = home.path().join("config/outpost");
    let data_dir = home.path().join("data/outpost");
    std::fs::create_dir_all(&config_dir).unwrap();
    let config = format!(
        "[[account]]\nname = \"relay\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n",
        server.port
    );
    std::fs::write(config_dir.join("config.toml"), config).unwrap();
    let outbox = Outbox::open(&data_dir).unwrap();
    for n in 0..MESSAGES {
        enqueue(&outbox, n, SystemTime::now());
    }
    let flush_cmd = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_outpost"))
            .args(["outbox", "flush", "--json"])
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut kills = 0;
    for _ in 0..40 {
        let mut child = flush_cmd();
        std::thread::sleep(Duration::from_millis(fastrand::u64(5..60)));
        if child.try_wait().unwrap().is_none() {
            // SIGKILL: no chance to clean up.
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        if outbox.list().unwrap().0.is_empty() {
            break;
        }
    }
    let status = flush_cmd().wait().unwrap();
    assert!(status.success(), "the final flush empties the outbox");
    let (left, damaged) = outbox.list().unwrap();
    assert!(left.is_empty());
    let ids = message_ids(&inbox);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), MESSAGES, "every message arrived");
    let duplicates = ids.len() - unique.len();
    eprintln!(
        "{kills} kills, {duplicates} duplicates, {} damaged entries set aside",
        damaged.len()
    );
    assert!(
        duplicates <= kills,
        "at most one duplicate per kill ({duplicates} > {kills})"
    );
    assert_eq!(outbox.sent_log().list().len(), MESSAGES);
}

/// "Send later": not even a forced flush sends a message before its time; once the (injected)
/// clock passes it, the next ordinary flush does.
#[tokio::test]
async fn a_scheduled_message_waits_for_its_time() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let clock = FakeClock(Mutex::new(SystemTime::now()));
    let (id, bytes) = message(7);
    let at = outpost::outbox::unix(clock.now()) + 3600;
    outbox
        .enqueue_with(
            "relay",
            "ada@example.com",
            &["bob@example.org".into()],
            &id,
            "n7",
            &bytes,
            clock.now(),
            |m| m.scheduled_for = Some(at),
        )
        .unwrap();
    let accounts = [account(server.port)];
    let forced = FlushOptions {
        force: true,
        ..FlushOptions::default()
    };
    let report = flush(&outbox, &accounts, &clock, &forced).await.unwrap();
    assert!(report.sent.is_empty() && report.remaining.len() == 1);
    assert!(inbox.lock().unwrap().is_empty());
    clock.advance(Duration::from_secs(3601));
    let report = flush(&outbox, &accounts, &clock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(message_ids(&inbox), ["<m7@example.com>"]);
}
