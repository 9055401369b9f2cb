//! Never twice, never lost: any number of flushers (processes, threads, windows) send every message
//! at most once; entries in the middle of being written are never swept aside; the sent log and the
//! daily counts survive torn writes and concurrent writers; the configuration file is changed by
//! several processes without one undoing another.

use crate::support::app as support_app;
use crate::support::fault;
use crate::support::peers;

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use fault::{FaultServer, Inbox, Listen};
use iced::window;
use outpost::account::{Account, AuthMethod, Security, ServerSettings};
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, Message};
use outpost::gui::compose;
use outpost::outbox::{FlushOptions, Outbox, State, SystemClock, flush};
use outpost::storage::FileLock;
use peers::{TestHome, wait_with_deadline};
use support_app::{drive_together, home_with_account};

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

fn enqueue(outbox: &Outbox, n: usize) -> String {
    let id = format!("<m{n}@example.com>");
    let bytes = format!(
        "From: ada@example.com\r\nTo: bob@example.org\r\nMessage-ID: {id}\r\nSubject: n{n}\r\n\r\nbody {n}\r\n"
    );
    outbox
        .enqueue(
            "relay",
            "ada@example.com",
            &["bob@example.org".into()],
            &id,
            &format!("n{n}"),
            bytes.as_bytes(),
            SystemTime::now(),
        )
        .unwrap()
        .id
}

/// How often each Message-ID arrived.
fn arrivals(inbox: &Inbox) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for m in inbox.lock().unwrap().iter() {
        if let Some(id) = String::from_utf8_lossy(m)
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID: ").map(str::to_owned))
        {
            *counts.entry(id).or_insert(0) += 1;
        }
    }
    counts
}

/// `outpost accounts add` of a second account, "cli", as a script would run it.
fn add_cli_account(home: &TestHome) -> (i32, String, String) {
    home.run(
        &[
            "accounts",
            "add",
            "--name",
            "cli",
            "--email",
            "cli@example.com",
            "--host",
            "127.0.0.1",
            "--port",
            "2526",
            "--security",
            "none",
        ],
        "",
    )
}

/// The report's case: 100 messages queued while the server was down, then three
/// `outpost outbox flush` started at the same moment. Before the outbox lock every message arrived
/// three times (200 duplicates); now each arrives once.
#[test]
fn three_flush_processes_at_once_deliver_each_message_once() {
    const MESSAGES: usize = 100;
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    for n in 0..MESSAGES {
        enqueue(&outbox, n);
    }
    let children: Vec<_> = (0..3)
        .map(|_| {
            home.command()
                .args(["outbox", "flush", "--json"])
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| wait_with_deadline(c, Duration::from_secs(120)))
        .collect();
    let counts = arrivals(&inbox);
    let delivered: usize = counts.values().sum();
    let duplicates = delivered - counts.len();
    eprintln!("3 flushers, {MESSAGES} messages: {delivered} delivered, {duplicates} duplicates");
    assert_eq!(counts.len(), MESSAGES, "every message arrived");
    assert_eq!(duplicates, 0, "no message arrived twice");
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let sent: usize = outputs
        .iter()
        .map(|o| {
            let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            doc["sent"].as_array().unwrap().len()
        })
        .sum();
    assert_eq!(sent, MESSAGES, "the reports add up to one send per message");
    assert_eq!(outbox.sent_log().list().len(), MESSAGES);
    assert!(outbox.list().unwrap().0.is_empty());
}

/// Inside one process: flushes started together (the GUI's tick and a compose window's send) take
/// turns; the second finds the messages already sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_flushes_in_one_process_send_once() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let ids: Vec<String> = (0..30).map(|n| enqueue(&outbox, n)).collect();
    let accounts = [account(server.port)];
    let everything = FlushOptions::default();
    let just_one = FlushOptions {
        force: true,
        only: vec![ids[7].clone()],
        ..FlushOptions::default()
    };
    let (a, b, c) = tokio::join!(
        flush(&outbox, &accounts, &SystemClock, &everything),
        flush(&outbox, &accounts, &SystemClock, &everything),
        flush(&outbox, &accounts, &SystemClock, &just_one),
    );
    let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
    assert_eq!(a.sent.len() + b.sent.len() + c.sent.len(), 30);
    assert!(arrivals(&inbox).values().all(|n| *n == 1));
    assert_eq!(arrivals(&inbox).len(), 30);
    // The single-message flush learns that its message went out, whoever sent it.
    assert!(c.sent_record(&ids[7]).is_some());
}

/// "Edit" on a queued message holds it: no flush sends it until the hold is released.
#[tokio::test]
async fn a_held_message_is_skipped_until_released() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let held = enqueue(&outbox, 1);
    let other = enqueue(&outbox, 2);
    let claim = outbox.try_claim(&held).unwrap().expect("nobody holds it");
    assert!(outbox.try_claim(&held).unwrap().is_none(), "one holder");
    assert!(!outbox.remove(&held).unwrap(), "not removed while held");
    let accounts = [account(server.port)];
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(report.sent[0].id, other);
    assert_eq!(report.busy.len(), 1);
    assert_eq!(report.busy[0].id, held);
    assert_eq!(report.remaining.len(), 1);
    drop(claim);
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(arrivals(&inbox).len(), 2);
}

/// A message whose bytes are written but whose metadata is not yet (enqueue in progress in another
/// process) is left alone; only a real leftover of a crash is set aside.
#[test]
fn the_sweep_never_takes_an_entry_being_written() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let queue = outbox.root().join("queue");
    let writer = FileLock::shared(&outbox.root().join("write.lock")).unwrap();
    std::fs::write(queue.join("00000000000000000001-0000abcd.eml"), b"bytes").unwrap();
    std::fs::write(
        queue.join(".00000000000000000001-0000abcd.json.tmp-1-0-0"),
        b"{",
    )
    .unwrap();
    let (list, damaged) = outbox.list().unwrap();
    assert!(list.is_empty() && damaged.is_empty(), "{damaged:?}");
    assert!(queue.join("00000000000000000001-0000abcd.eml").exists());
    // The writer died: its lock is gone, and what it left is set aside (never deleted).
    drop(writer);
    let (_, damaged) = outbox.list().unwrap();
    assert_eq!(damaged.len(), 2);
    assert!(
        outbox
            .root()
            .join("damaged/00000000000000000001-0000abcd.eml")
            .exists()
    );
}

/// Many threads enqueueing while another lists all the time: nothing is ever set aside.
#[test]
fn listing_while_enqueueing_sets_nothing_aside() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        for t in 0..3 {
            let outbox = &outbox;
            s.spawn(move || {
                for n in 0..60 {
                    enqueue(outbox, t * 1000 + n);
                }
            });
        }
        let lister = s.spawn(|| {
            let mut damaged = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                damaged += outbox.list().unwrap().1.len();
            }
            damaged
        });
        // Give the writers time, then stop the lister.
        while outbox.list().unwrap().0.len() < 180 {
            std::thread::sleep(Duration::from_millis(5));
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        assert_eq!(lister.join().unwrap(), 0, "nothing set aside");
    });
    assert_eq!(outbox.list().unwrap().0.len(), 180);
}

/// Why a message waits is stored with it: an account that is gone, bytes that cannot be read.
#[tokio::test]
async fn blocked_messages_keep_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let gone = enqueue(&outbox, 1);
    let report = flush(&outbox, &[], &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.blocked.len(), 1);
    let meta = outbox.get(&gone).unwrap();
    assert_eq!(meta.state, State::Queued);
    assert_eq!(meta.blocked.as_ref().unwrap().code, "account_gone");
    assert!(meta.blocked.unwrap().explain("relay").contains("relay"));

    // Bytes that cannot be read (a folder where the file should be): reported, kept, explained.
    let unreadable = enqueue(&outbox, 2);
    let eml = outbox.root().join(format!("queue/{unreadable}.eml"));
    std::fs::remove_file(&eml).unwrap();
    std::fs::create_dir(&eml).unwrap();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(Default::default(), |_| "250 ok".into()),
    );
    let report = flush(
        &outbox,
        &[account(server.port)],
        &SystemClock,
        &FlushOptions::default(),
    )
    .await
    .unwrap();
    let blocked: Vec<_> = report.blocked.iter().map(|(m, _)| m.id.clone()).collect();
    assert!(blocked.contains(&unreadable), "{blocked:?}");
    assert_eq!(
        outbox.get(&unreadable).unwrap().blocked.unwrap().code,
        "unreadable"
    );
    assert!(report.remaining.iter().any(|m| m.id == unreadable));
}

/// `send --account X --ca-file … --timeout …` keeps those options with the queued message.
#[test]
fn send_keeps_its_server_options_when_queued() {
    let home = home_with_account(fault::closed_port());
    let ca = home.dir.path().join("extra-ca.pem");
    std::fs::write(&ca, "not used: the server is down").unwrap();
    let (code, doc) = home.json(
        &[
            "send",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Hi",
            "--body",
            "Hello",
            "--timeout",
            "7",
            "--ca-file",
            ca.to_str().unwrap(),
            "--json",
        ],
        "",
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["queued"], true, "{doc}");
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let (list, _) = outbox.list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].overrides.timeout_secs, Some(7));
    assert_eq!(list[0].overrides.ca_file.as_deref(), Some(ca.as_path()));
    let problem = list[0].last_problem.as_ref().unwrap();
    assert_eq!(
        (problem.host.as_str(), problem.port > 0),
        ("127.0.0.1", true)
    );
    // The list explains it with the server's name and port, never "port 0 of \"\"".
    let (_, out, _) = home.run(&["outbox", "list"], "");
    assert!(
        out.contains("127.0.0.1") && !out.contains("port 0"),
        "{out}"
    );
}

/// Ids from the command line never become paths outside the outbox.
#[test]
fn outbox_ids_are_checked_before_use() {
    let home = home_with_account(fault::closed_port());
    let victim = home.dir.path().join("victim.json");
    std::fs::write(&victim, "keep me").unwrap();
    for bad in ["../../../victim", victim.to_str().unwrap(), "", "x/../y"] {
        for verb in ["remove", "retry"] {
            let (code, doc) = home.json(&["outbox", verb, bad, "--json"], "");
            assert_eq!(code, 2, "{verb} {bad}: {doc}");
            assert_eq!(doc["error"]["code"], "unknown_message");
        }
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
}

#[cfg(unix)]
#[test]
fn folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let home = home_with_account(fault::closed_port());
    let (code, _, err) = home.run(&["outbox", "list"], "");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = home.run(
        &[
            "accounts",
            "add",
            "--name",
            "second",
            "--email",
            "b@example.com",
            "--host",
            "127.0.0.1",
            "--port",
            "2526",
            "--security",
            "none",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    for dir in [
        home.config_dir(),
        home.data_dir(),
        home.data_dir().join("outbox"),
        home.data_dir().join("outbox/queue"),
    ] {
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
}

fn paths(home: &TestHome) -> Paths {
    Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    }
}

/// The window keeps its copy of the configuration; the command line adds and removes accounts
/// meanwhile. A settings change in the window keeps what the command line did.
#[test]
fn changes_from_two_processes_merge() {
    let home = home_with_account(2525);
    let (mut window, _) = Store::open_at(paths(&home)).unwrap();
    let (code, _, err) = add_cli_account(&home);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        window.config.accounts.len(),
        1,
        "the window's copy is older"
    );
    window
        .modify(|s| {
            s.config.preferences.sent_log_days = 30;
            Ok(())
        })
        .unwrap();
    let (fresh, _) = Store::open_at(paths(&home)).unwrap();
    let names: Vec<_> = fresh
        .config
        .accounts
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["relay", "cli"]);
    assert_eq!(fresh.config.preferences.sent_log_days, 30);
    assert_eq!(
        window.config.accounts.len(),
        2,
        "the window now sees it too"
    );

    // Removed on the command line, then the window makes another account the default: the removed
    // one does not come back.
    // (Exit 1 only says the keychain, absent here, could not be asked to forget a password.)
    let (_, out, err) = home.run(&["accounts", "remove", "relay"], "");
    assert!(out.contains("relay"), "{out} {err}");
    window.modify(|s| s.set_default("cli")).unwrap();
    let (fresh, _) = Store::open_at(paths(&home)).unwrap();
    let names: Vec<_> = fresh
        .config
        .accounts
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["cli"]);
}

/// A configuration that cannot be read is never replaced by an empty one.
#[cfg(unix)]
#[test]
fn an_unreadable_configuration_is_never_overwritten() {
    let home = home_with_account(2525);
    let file = home.config_dir().join("config.toml");
    let before = std::fs::read(&file).unwrap();
    // A read error at start (here: the file is briefly a folder, as an I/O error would look).
    std::fs::rename(&file, home.dir.path().join("aside")).unwrap();
    std::fs::create_dir(&file).unwrap();
    assert!(Store::open_at(paths(&home)).is_err());
    let mut window = Store {
        paths: paths(&home),
        config: Default::default(),
    };
    std::fs::remove_dir(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    let result = window.modify(|s| {
        s.config.preferences.sent_log_days = 10;
        Ok(())
    });
    assert!(
        result.is_err(),
        "nothing is written over what could not be read"
    );
    std::fs::remove_dir(&file).unwrap();
    std::fs::rename(home.dir.path().join("aside"), &file).unwrap();
    // Readable again: the change lands on top of the real content.
    window
        .modify(|s| {
            s.config.preferences.sent_log_days = 10;
            Ok(())
        })
        .unwrap();
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(
        after.contains("relay") && after.contains("sent_log_days = 10"),
        "{after}"
    );
    assert!(!before.is_empty());
}

fn app(home: &TestHome) -> App {
    let (store, warnings) = Store::open_at(paths(home)).unwrap();
    let mut app = App::with_store(store, &warnings);
    // Sent at once: these tests are about who sends, not about "Undo".
    app.store.config.preferences.undo_send_secs = 0;
    app
}

fn type_message(window: window::Id, subject: &str) -> Vec<Message> {
    vec![
        Message::Compose(
            window,
            compose::Message::ToChanged("bob@example.org".into()),
        ),
        Message::Compose(window, compose::Message::SubjectChanged(subject.into())),
    ]
}

/// Opens a compose window for "relay", writes a message with `subject` and presses Send.
async fn compose_and_send(app: &mut App, subject: &str) -> window::Id {
    let w = window::Id::unique();
    drive_together(app, vec![Message::ComposeOpened(w, Some("relay".into()))]).await;
    let mut messages = type_message(w, subject);
    messages.push(Message::Compose(w, compose::Message::Send));
    drive_together(app, messages).await;
    w
}

fn subjects(inbox: &Inbox) -> Vec<String> {
    let mut s: Vec<String> = inbox
        .lock()
        .unwrap()
        .iter()
        .filter_map(|m| {
            String::from_utf8_lossy(m)
                .lines()
                .find_map(|l| l.strip_prefix("Subject: ").map(str::to_owned))
        })
        .collect();
    s.sort();
    s
}

/// The 60-second tick and a compose window's Send at the same moment: the App runs one flush at a
/// time, the window hears that its message went out, and everything arrives once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tick_and_a_compose_send_at_once_send_each_message_once() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    enqueue(&outbox, 1);
    let mut app = app(&home);
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    let mut messages = type_message(w, "From the window");
    messages.push(Message::Tick);
    messages.push(Message::Compose(w, compose::Message::Send));
    messages.push(Message::Tick);
    drive_together(&mut app, messages).await;
    assert_eq!(subjects(&inbox), ["From the window", "n1"]);
    assert!(matches!(app.composes[&w].status, compose::Status::Sent(_)));
    assert!(!app.flushing);
    assert!(app.waiting.is_empty());
    // Sending again from the same (sent) window is not possible: it closed itself.
}

/// A message that failed for a temporary reason stays in the outbox; the window says so and offers
/// "Try again now", not a second Send. When the automatic retry delivers it, the window is told.
/// Editing it holds it: a flush from the command line meanwhile skips it; sending the edited text
/// replaces it, and only the edited version arrives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kept_message_is_retried_once_and_held_while_edited() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |n| {
            if n <= 2 {
                "451 4.3.0 try again later".into()
            } else {
                "250 ok".into()
            }
        }),
    );
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let mut app = app(&home);

    // First window: fails, is kept; the automatic retry delivers it and the window hears it.
    let w = compose_and_send(&mut app, "first").await;
    let kept = match &app.composes[&w].status {
        compose::Status::Failed(f) => {
            assert!(f.temporary);
            f.outbox_id.clone().expect("kept in the outbox")
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(app.composes[&w].waiting_in_outbox(), Some(kept.as_str()));
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("Retry now")
        .expect("the window offers a retry, not a second Send");
    assert!(ui.find("Send").is_err());
    drop(ui);

    // Second window: fails too, then the user edits it: the entry is held.
    let w2 = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w2, Some("relay".into()))],
    )
    .await;
    let mut messages = type_message(w2, "second");
    messages.push(Message::Compose(w2, compose::Message::Send));
    drive_together(&mut app, messages).await;
    let held = app.composes[&w2].replaces.clone().unwrap();
    drive_together(
        &mut app,
        vec![Message::Compose(
            w2,
            compose::Message::SubjectChanged("second, edited".into()),
        )],
    )
    .await;
    assert!(app.holds(&held));

    // The retry is due; a forced flush from elsewhere sends the first one and skips the held one.
    // "Retry now" on the held one changes nothing while the window holds it.
    outbox.retry_now(&kept, SystemTime::now()).unwrap();
    assert!(
        outbox
            .retry_now(&held, SystemTime::now())
            .unwrap()
            .is_none()
    );
    let forced = FlushOptions {
        force: true,
        ..FlushOptions::default()
    };
    let report = flush(&outbox, &[account(server.port)], &SystemClock, &forced)
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(report.busy.len(), 1);
    assert_eq!(report.busy[0].id, held);
    drive_together(&mut app, vec![Message::Tick]).await;
    assert!(
        matches!(app.composes[&w].status, compose::Status::Sent(_)),
        "{:?}",
        app.composes[&w].status
    );

    // Sending the edited text replaces the held entry.
    drive_together(&mut app, vec![Message::Compose(w2, compose::Message::Send)]).await;
    assert_eq!(subjects(&inbox), ["first", "second, edited"]);
    assert!(outbox.list().unwrap().0.is_empty());
    assert!(!app.holds(&held));
}

/// An account added on the command line while the window is open appears in the window, and a
/// settings change in the window afterwards keeps it.
#[tokio::test]
async fn the_window_follows_the_configuration_file() {
    let home = home_with_account(2525);
    let mut app = app(&home);
    assert_eq!(app.store.config.accounts.len(), 1);
    let (code, _, err) = add_cli_account(&home);
    assert_eq!(code, 0, "{err}");
    // A change is read once the file holds still from one check to the next.
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    assert_eq!(app.store.config.accounts.len(), 2);
    let (_, out, err) = home.run(&["accounts", "remove", "relay"], "");
    assert!(out.contains("relay"), "{out} {err}");
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    let names: Vec<_> = app
        .store
        .config
        .accounts
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(names, ["cli"]);
}

// ---- Round two: when Outpost cannot know, it asks instead of sending again ------------------------

/// A server that accepts everything and an outbox of its own.
struct Rig {
    inbox: Inbox,
    server: FaultServer,
    _dir: tempfile::TempDir,
    outbox: Outbox,
}

impl Rig {
    fn new() -> Rig {
        let inbox: Inbox = Default::default();
        let server = FaultServer::start(
            Listen::Plain,
            fault::accepting(inbox.clone(), |_| "250 ok".into()),
        );
        let _dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(_dir.path()).unwrap();
        Rig {
            inbox,
            server,
            _dir,
            outbox,
        }
    }
}

/// One ordinary flush of everything due to the server on `port`.
async fn flush_all(outbox: &Outbox, port: u16) -> outpost::outbox::FlushReport {
    flush(
        outbox,
        &[account(port)],
        &SystemClock,
        &FlushOptions::default(),
    )
    .await
    .unwrap()
}

/// A server that reads the message through its final dot and hangs up without an answer for the
/// first `drops` messages, then accepts normally.
fn dropping_first(inbox: Inbox, drops: usize) -> FaultServer {
    FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox, move |n| {
            if n <= drops {
                "drop".into()
            } else {
                "250 2.0.0 queued".into()
            }
        }),
    )
}

/// The answer after the dot never arrives: the message becomes `unconfirmed`, no flush sends it by
/// itself, and only the user's choice does something: "Send again" sends it once more, "It
/// arrived" records it as sent.
#[tokio::test]
async fn a_lost_answer_makes_a_message_unconfirmed_until_the_user_decides() {
    let inbox: Inbox = Default::default();
    let server = dropping_first(inbox.clone(), 2);
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let accounts = [account(server.port)];
    let first = enqueue(&outbox, 1);
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.unconfirmed.len(), 1, "{report:?}");
    assert_eq!(report.remaining[0].state, State::Unconfirmed);
    let second = enqueue(&outbox, 2);
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.unconfirmed.len(), 1, "the second is lost too");
    // Four more flushes, forced: nothing goes out by itself.
    for _ in 0..4 {
        let forced = FlushOptions {
            force: true,
            ..FlushOptions::default()
        };
        let report = flush(&outbox, &accounts, &SystemClock, &forced)
            .await
            .unwrap();
        assert!(
            report.sent.is_empty() && report.failed.is_empty(),
            "{report:?}"
        );
    }
    assert!(
        arrivals(&inbox).is_empty(),
        "the server kept nothing it did not confirm"
    );
    // "Send again" on the first: a deliberate second send.
    outbox
        .retry_now(&first, SystemTime::now())
        .unwrap()
        .unwrap();
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(arrivals(&inbox).len(), 1);
    // "It arrived" on the second: recorded, removed, never sent.
    let record = outbox
        .mark_sent(&second, SystemTime::now())
        .unwrap()
        .unwrap();
    assert_eq!(record.id, second);
    assert!(outbox.list().unwrap().0.is_empty());
    assert!(outbox.sent_log().ids().contains(&second));
    assert_eq!(arrivals(&inbox).len(), 1);
}

/// The CLI's side of it: `outbox list` shows `unconfirmed`; `outbox mark-sent ID` records it.
#[test]
fn the_command_line_shows_unconfirmed_and_marks_it_sent() {
    let inbox: Inbox = Default::default();
    let server = dropping_first(inbox.clone(), 1);
    let home = home_with_account(server.port);
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Lost",
            "--body",
            "hello",
        ],
        "",
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["problem"]["kind"], "outcome_unknown", "{doc}");
    assert_eq!(doc["unconfirmed"], true, "{doc}");
    let id = doc["outbox_id"].as_str().unwrap().to_owned();
    let (_, list) = home.json(&["outbox", "list", "--json"], "");
    assert_eq!(list["messages"][0]["state"], "unconfirmed", "{list}");
    let (code, flushed) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 1, "{flushed}");
    assert!(flushed["sent"].as_array().unwrap().is_empty(), "{flushed}");
    let (code, marked) = home.json(&["outbox", "mark-sent", &id, "--json"], "");
    assert_eq!(code, 0, "{marked}");
    let (_, list) = home.json(&["outbox", "list", "--json"], "");
    assert!(list["messages"].as_array().unwrap().is_empty(), "{list}");
    let (_, sent) = home.json(&["outbox", "sent", "--json"], "");
    assert_eq!(sent["sent"][0]["id"], id.as_str(), "{sent}");
    assert!(arrivals(&inbox).is_empty());
}

/// The sent log cannot be written (here it became a folder while the server took the message):
/// the message is not sent again by any flush, the flush says why it stopped, nothing else is
/// sent, and once the log can be written the message is recorded — one delivery in all.
#[tokio::test]
async fn an_unwritable_sent_log_stops_sending_and_never_sends_twice() {
    let inbox: Inbox = Default::default();
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let log = outbox.root().join("sent.jsonl");
    let breaker = log.clone();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), move |n| {
            // The disk fails between the check at the start of the flush and the record.
            if n == 1 {
                let _ = std::fs::remove_file(&breaker);
                let _ = std::fs::create_dir_all(&breaker);
            }
            format!("250 2.0.0 queued as A{n}")
        }),
    );
    let accounts = [account(server.port)];
    let first = enqueue(&outbox, 1);
    let _second = enqueue(&outbox, 2);
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert!(report.stopped.is_some(), "{report:?}");
    assert!(report.sent.is_empty());
    assert_eq!(arrivals(&inbox).len(), 1, "the second was not sent");
    for _ in 0..4 {
        let forced = FlushOptions {
            force: true,
            ..FlushOptions::default()
        };
        let report = flush(&outbox, &accounts, &SystemClock, &forced)
            .await
            .unwrap();
        let why = report.stopped.expect("still stopped");
        assert!(!why.is_empty());
        assert!(report.sent.is_empty());
    }
    assert_eq!(
        arrivals(&inbox).len(),
        1,
        "nothing sent while the log is broken"
    );
    // The log works again: the accepted one is recorded (not sent), then the rest goes.
    std::fs::remove_dir(&log).unwrap();
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert!(report.stopped.is_none(), "{report:?}");
    let recorded = outbox.sent_log().list();
    let first_record = recorded.iter().find(|r| r.id == first).expect("recorded");
    assert_eq!(first_record.server_reply, "2.0.0 queued as A1");
    let counts = arrivals(&inbox);
    assert_eq!(counts.len(), 2, "{counts:?}");
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert!(outbox.list().unwrap().0.is_empty());
}

/// A sent log that cannot be opened for writing at all: nothing is sent, and the flush says why.
#[tokio::test]
async fn a_broken_sent_log_sends_nothing() {
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    std::fs::create_dir_all(outbox.root().join("sent.jsonl")).unwrap();
    enqueue(&outbox, 1);
    let report = flush_all(&outbox, server.port).await;
    assert!(report.stopped.is_some());
    assert!(arrivals(&inbox).is_empty());
    assert_eq!(report.remaining[0].state, State::Queued);
}

/// A process stopped after the in-flight mark (between the server's answer and the record, or
/// before the answer came): the next flush does not send it again; it waits for the user.
#[tokio::test]
async fn a_message_left_in_flight_by_a_crash_is_unconfirmed_not_resent() {
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    let id = enqueue(&outbox, 1);
    let mut meta = outbox.get(&id).unwrap();
    outbox.mark_in_flight(&mut meta, SystemTime::now()).unwrap();
    let report = flush_all(&outbox, server.port).await;
    assert_eq!(report.unconfirmed.len(), 1);
    assert!(report.sent.is_empty());
    assert!(arrivals(&inbox).is_empty());
    assert_eq!(outbox.get(&id).unwrap().state, State::Unconfirmed);
}

/// SIGKILL in the middle of flushes, again and again: 200 messages, 12 kills, then a last flush.
/// No message arrives twice; what a kill left in flight waits as `unconfirmed` (at most one per
/// kill), and everything else arrives.
#[test]
fn kills_during_flushes_cause_no_duplicate() {
    const MESSAGES: usize = 200;
    const KILLS: usize = 12;
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    for n in 0..MESSAGES {
        enqueue(&outbox, n);
    }
    for k in 0..KILLS {
        let mut child = home
            .command()
            .args(["outbox", "flush", "--json"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Let it get somewhere (a different point each time), then kill it.
        let before = inbox.lock().unwrap().len();
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while inbox.lock().unwrap().len() < before + 3 + k
            && std::time::Instant::now() < deadline
            && child.try_wait().unwrap().is_none()
        {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let out = wait_with_deadline(
        home.command()
            .args(["outbox", "flush", "--json"])
            .spawn()
            .unwrap(),
        Duration::from_secs(120),
    );
    assert!(out.status.code().is_some(), "the last flush ran to its end");
    let counts = arrivals(&inbox);
    let delivered: usize = counts.values().sum();
    let duplicates = delivered - counts.len();
    let (left, _) = outbox.list().unwrap();
    let unconfirmed = left
        .iter()
        .filter(|m| m.state == State::Unconfirmed)
        .count();
    eprintln!(
        "{MESSAGES} messages, {KILLS} kills: {delivered} delivered, {duplicates} duplicates, {unconfirmed} unconfirmed"
    );
    assert_eq!(duplicates, 0, "no message arrived twice");
    assert!(unconfirmed <= KILLS, "{unconfirmed}");
    assert_eq!(left.len(), unconfirmed, "only unconfirmed ones wait");
    assert_eq!(
        counts.len() + unconfirmed.min(MESSAGES - counts.len()),
        MESSAGES
    );
}

/// An edited copy was written but the process stopped before the original was removed: the next
/// flush removes the original instead of sending both.
#[tokio::test]
async fn an_edited_copy_and_its_original_never_both_go_out() {
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    let original = enqueue(&outbox, 1);
    let bytes = b"From: ada@example.com\r\nTo: bob@example.org\r\nMessage-ID: <edited@example.com>\r\nSubject: edited\r\n\r\nbetter\r\n";
    outbox
        .enqueue_with(
            "relay",
            "ada@example.com",
            &["bob@example.org".into()],
            "<edited@example.com>",
            "edited",
            bytes,
            SystemTime::now(),
            |m| m.replaces = Some(original.clone()),
        )
        .unwrap();
    let report = flush_all(&outbox, server.port).await;
    assert_eq!(report.sent.len(), 1);
    let counts = arrivals(&inbox);
    assert_eq!(counts.keys().collect::<Vec<_>>(), ["<edited@example.com>"]);
    assert!(outbox.get(&original).is_none());
}

/// Editing a message that a flush sent meanwhile: the edited version is not sent as a second
/// message, and the user is told that the first version went out.
#[tokio::test]
async fn an_edit_that_comes_too_late_says_the_first_version_went_out() {
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    let original = enqueue(&outbox, 1);
    flush_all(&outbox, server.port).await;
    let draft = outpost::mail::Draft {
        from_email: "ada@example.com".into(),
        to: "bob@example.org".into(),
        subject: "edited".into(),
        body: "better".into(),
        ..Default::default()
    };
    // As a compose window hands it over: replacing the queued original, if nobody sent it.
    let submission = outpost::ops::submit::Submission {
        account: account(server.port).name,
        outgoing: draft.build().await.unwrap(),
        subject: draft.subject.clone(),
        draft: Some(draft),
        replaces: Some(outpost::ops::submit::Replace::Queued(original.clone())),
        not_before: None,
        overrides: Default::default(),
        merge_id: None,
        row: None,
    };
    let error = outpost::ops::submit::submit(&outbox, submission, SystemTime::now()).unwrap_err();
    let failure = compose::submit_failure(error);
    assert!(
        failure.message.contains("already sent"),
        "{}",
        failure.message
    );
    assert!(outbox.list().unwrap().0.is_empty(), "nothing new queued");
    assert_eq!(arrivals(&inbox).len(), 1);
}

/// "Retry now" on a message that was sent meanwhile changes nothing: no metadata is written back
/// under its id (which would show up as a damaged entry), and no claim on it is kept.
#[tokio::test]
async fn retry_of_a_message_sent_meanwhile_resurrects_nothing() {
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    let id = enqueue(&outbox, 1);
    flush_all(&outbox, server.port).await;
    assert_eq!(arrivals(&inbox).len(), 1);
    assert!(outbox.retry_now(&id, SystemTime::now()).unwrap().is_none());
    assert!(
        outbox.claim_queued(&id).unwrap().is_none(),
        "nothing to hold"
    );
    let (left, damaged) = outbox.list().unwrap();
    assert!(
        left.is_empty() && damaged.is_empty(),
        "{left:?} {damaged:?}"
    );
    assert!(
        !outbox
            .root()
            .join("claims")
            .join(format!("{id}.lock"))
            .exists()
    );
}

/// Two `accounts add` of one name at once: one wins, and the keychain entry left belongs to the
/// winner (the loser never deletes it).
#[test]
fn two_adds_of_one_name_keep_the_winners_password() {
    let home = TestHome::with_keyring();
    let add = |password: &str| {
        let mut child = home
            .command()
            .args([
                "accounts",
                "add",
                "--json",
                "--name",
                "work",
                "--email",
                "ada@example.com",
                "--host",
                "127.0.0.1",
                "--port",
                "2526",
                "--security",
                "starttls",
                "--user",
                "ada",
                "--password-stdin",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child
    };
    for round in 0..3 {
        let _ = std::fs::remove_file(home.config_dir().join("config.toml"));
        let a = add(&format!("alpha-{round}"));
        let b = add(&format!("bravo-{round}"));
        let a = wait_with_deadline(a, Duration::from_secs(60));
        let b = wait_with_deadline(b, Duration::from_secs(60));
        let winner = match (a.status.success(), b.status.success()) {
            (true, false) => "alpha",
            (false, true) => "bravo",
            other => panic!("exactly one add wins: {other:?}"),
        };
        let stored = home
            .keyring
            .as_ref()
            .unwrap()
            .lookup("work")
            .expect("the winner's password is in the keychain");
        assert_eq!(stored, format!("{winner}-{round}"));
    }
}

/// The window's side: an unconfirmed message says what happened and offers the two choices, with
/// "It arrived" as the one primary action; pressing it records the message as sent.
#[tokio::test]
async fn the_window_offers_it_arrived_and_send_again_for_an_unconfirmed_message() {
    use outpost::gui::outbox as outbox_screen;
    let inbox: Inbox = Default::default();
    let server = dropping_first(inbox.clone(), 1);
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let id = enqueue(&outbox, 1);
    flush_all(&outbox, server.port).await;
    assert_eq!(outbox.get(&id).unwrap().state, State::Unconfirmed);

    let mut app = app(&home);
    drive_together(
        &mut app,
        vec![Message::Accounts(
            outpost::gui::accounts::Message::OpenOutbox,
        )],
    )
    .await;
    let waiting = outbox.list().unwrap().0;
    let screen = outbox_screen::OutboxScreen::default();
    let copies = Default::default();
    let mut ui = iced_test::simulator(screen.view(&waiting, &[], &copies, &[], false));
    ui.find("Outpost sent this, but the server’s confirmation never arrived. Look in your Sent folder or ask the recipient.")
        .expect("the window says what happened");
    ui.find("Send again")
        .expect("a deliberate second send is offered");
    assert!(ui.find("Retry now").is_err(), "no retry by habit");
    ui.click("It arrived").unwrap();
    let clicked: Vec<_> = ui.into_messages().collect();
    assert!(
        matches!(clicked.as_slice(), [outbox_screen::Message::MarkSent(m)] if *m == id),
        "{clicked:?}"
    );
    drive_together(&mut app, clicked.into_iter().map(Message::Outbox).collect()).await;
    assert!(outbox.get(&id).is_none());
    assert!(outbox.sent_log().ids().contains(&id));
    assert!(arrivals(&inbox).is_empty(), "nothing was sent again");
}

/// `config.toml` rewritten in place while the window is open, the way an editor or `>>` does it:
/// the window never drops to fewer accounts, sets nothing aside, and takes the new file once it is
/// complete.
#[tokio::test]
async fn a_config_rewritten_in_place_loses_no_account() {
    let home = home_with_account(2525);
    let path = home.config_dir().join("config.toml");
    let full = std::fs::read_to_string(&path).unwrap()
        + "\n[[account]]\nname = \"second\"\nemail = \"bo@example.com\"\nhost = \"127.0.0.1\"\nport = 2526\nsecurity = \"none\"\nauth = \"none\"\n";
    let mut app = app(&home);
    assert_eq!(app.store.config.accounts.len(), 1);
    // Truncated, then written in pieces: each piece is seen by a check of the window.
    let cut = full.find("[[account]]\nname = \"second\"").unwrap() + 14;
    for (i, end) in [0, 7, cut, full.len() - 3, full.len()]
        .into_iter()
        .enumerate()
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .truncate(i == 0)
            .open(&path)
            .unwrap();
        use std::io::{Seek, Write};
        let start = if i == 0 {
            0
        } else {
            f.seek(std::io::SeekFrom::End(0)).unwrap() as usize
        };
        f.write_all(&full.as_bytes()[start.min(end)..end]).unwrap();
        drop(f);
        drive_together(&mut app, vec![Message::CheckFiles]).await;
        assert!(
            !app.store.config.accounts.is_empty(),
            "accounts lost after piece {i}"
        );
    }
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    let names: Vec<_> = app
        .store
        .config
        .accounts
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["relay", "second"]);
    let aside: Vec<_> = std::fs::read_dir(home.config_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("broken"))
        .collect();
    assert!(aside.is_empty(), "nothing set aside: {aside:?}");
}

/// Real disk faults need root (chattr, mount): the tests say so instead of skipping.
fn need_root(what: &str) {
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    assert_eq!(
        uid, "0",
        "{what} needs root: run tests/run.sh as root (as CI does)"
    );
}

/// A small tmpfs of its own, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn new(kib: u32) -> SmallDisk {
        need_root("mounting a small tmpfs");
        let dir = tempfile::tempdir().unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(dir.path())
            .status()
            .unwrap()
            .success();
        assert!(ok, "mount -t tmpfs failed");
        SmallDisk { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Takes every free byte.
    fn fill(&self) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.path().join("filler")).unwrap();
        let chunk = vec![0u8; 4096];
        while f.write_all(&chunk).is_ok() {}
        let byte = [0u8; 1];
        while f.write_all(&byte).is_ok() {}
        let _ = f.sync_all();
    }

    fn free(&self) {
        let _ = std::fs::remove_file(self.path().join("filler"));
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

/// The disk fills up while the server takes the message (a full small tmpfs): the message is
/// delivered once, never again by any flush; the flush names the problem; with space again the
/// message waits as `unconfirmed` (its in-flight mark was on disk before the dot) and the rest goes.
#[tokio::test]
async fn a_full_disk_after_the_answer_never_sends_twice() {
    let disk = std::sync::Arc::new(SmallDisk::new(512));
    let inbox: Inbox = Default::default();
    let outbox = Outbox::open(disk.path()).unwrap();
    let filler = disk.clone();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), move |n| {
            if n == 1 {
                filler.fill();
            }
            "250 ok".into()
        }),
    );
    let accounts = [account(server.port)];
    let first = enqueue(&outbox, 1);
    enqueue(&outbox, 2);
    for _ in 0..4 {
        let forced = FlushOptions {
            force: true,
            ..FlushOptions::default()
        };
        let report = flush(&outbox, &accounts, &SystemClock, &forced)
            .await
            .unwrap();
        let why = report.stopped.expect("the flush says why it stopped");
        assert!(why.contains("disk"), "{why}");
    }
    assert_eq!(arrivals(&inbox).len(), 1, "one delivery, nothing more");
    disk.free();
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert!(report.stopped.is_none(), "{report:?}");
    let counts = arrivals(&inbox);
    assert_eq!(counts.len(), 2, "the second one went out: {counts:?}");
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert_eq!(outbox.get(&first).unwrap().state, State::Unconfirmed);
}

/// An immutable sent log (`chattr +i`): nothing is sent; once it can be written again, everything
/// goes out once.
#[tokio::test]
async fn an_immutable_sent_log_sends_nothing_until_it_can_be_written() {
    need_root("chattr +i");
    let Rig {
        inbox,
        server,
        _dir,
        outbox,
    } = Rig::new();
    let log = outbox.root().join("sent.jsonl");
    std::fs::write(&log, b"").unwrap();
    let chattr = |flag: &str| {
        let ok = std::process::Command::new("chattr")
            .arg(flag)
            .arg(&log)
            .status()
            .unwrap()
            .success();
        assert!(
            ok,
            "chattr {flag} failed (a file system without attributes?)"
        );
    };
    chattr("+i");
    enqueue(&outbox, 1);
    let accounts = [account(server.port)];
    for _ in 0..4 {
        let forced = FlushOptions {
            force: true,
            ..FlushOptions::default()
        };
        let report = flush(&outbox, &accounts, &SystemClock, &forced)
            .await
            .unwrap();
        assert!(report.stopped.is_some());
    }
    assert!(arrivals(&inbox).is_empty());
    chattr("-i");
    let report = flush(&outbox, &accounts, &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1);
    assert_eq!(arrivals(&inbox).len(), 1);
}

/// The report's case: a server that scans the message for 70 s before it answers (default
/// settings: a 10 s deadline per step). The outbox waits for the answer and the message arrives
/// once; before, the wait shared the upload's budget, the message was called lost and sent again.
#[tokio::test]
async fn a_server_that_answers_70_seconds_after_the_dot_gets_the_message_once() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| {
            std::thread::sleep(Duration::from_secs(70));
            "250 2.0.0 scanned and queued".into()
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let mut relay = account(server.port);
    relay.server.timeout_secs = outpost::account::DEFAULT_TIMEOUT_SECS;
    enqueue(&outbox, 1);
    let report = flush(&outbox, &[relay], &SystemClock, &FlushOptions::default())
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 1, "{report:?}");
    assert_eq!(report.sent[0].server_reply, "2.0.0 scanned and queued");
    assert_eq!(arrivals(&inbox).len(), 1);
}

/// A compose window whose message was sent but not confirmed says so, and offers "It arrived" as
/// its one primary action (and "Send again", not "Send"); "It arrived" records it and closes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_compose_window_asks_whether_an_unconfirmed_message_arrived() {
    let inbox: Inbox = Default::default();
    let server = dropping_first(inbox.clone(), 1);
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let mut app = app(&home);
    let w = compose_and_send(&mut app, "Lost answer").await;
    let id = match &app.composes[&w].status {
        compose::Status::Failed(f) => {
            assert!(f.unconfirmed, "{f:?}");
            f.outbox_id.clone().unwrap()
        }
        other => panic!("{other:?}"),
    };
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("Outpost sent this, but the server’s confirmation never arrived. Look in your Sent folder or ask the recipient.")
        .expect("the window says what happened");
    ui.find("Send again").expect("a deliberate second send");
    assert!(ui.find("Retry now").is_err() && ui.find("Send").is_err());
    ui.click("It arrived").unwrap();
    let clicked: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicked).await;
    assert!(
        matches!(
            app.composes.get(&w).map(|c| &c.status),
            None | Some(compose::Status::Sent(_))
        ),
        "{:?}",
        app.composes.get(&w).map(|c| &c.status)
    );
    assert!(outbox.get(&id).is_none());
    assert!(outbox.sent_log().ids().contains(&id));
    assert!(arrivals(&inbox).is_empty(), "nothing sent again");
}
