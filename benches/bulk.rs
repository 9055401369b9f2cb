//! Bulk-sending helper for `benches/run.sh` (issue 7, measure 2). Not a Criterion bench:
//! `harness = false`, `bench = false` (`cargo test --all-targets` and `cargo bench` leave it out;
//! benches/build.sh builds it with `--bench bulk`), and without a subcommand it does nothing.
//!
//!   bulk enqueue --data DIR --count N --body-bytes B --account NAME
//!       builds N messages with `outpost::mail::Draft::build` and puts them in the outbox under DIR
//!       (DIR is Outpost's data folder, e.g. `$XDG_DATA_HOME/outpost`); nothing is sent. Prints
//!       {"enqueued":N,"seconds":S}.
//!   bulk flush --data DIR --port P --account NAME
//!       sends everything in that outbox with `outpost::outbox::flush` (one reused connection,
//!       plain SMTP, no sign-in, to 127.0.0.1:P) and prints one JSON line:
//!       {"sent":N,"failed":F,"remaining":R,"seconds":S,"per_second":X}
//!   bulk history --data DIR --sent N --count M
//!       writes a sent log of N records (spread over the last 90 days) and M queued messages with
//!       their drafts, as a long-used Outpost has. Prints {"sent":N,"queued":M,"seconds":S}.
//!   bulk view --data DIR --config DIR
//!       opens the app's state on that data as the window does and measures what the UI thread
//!       pays: start (App::with_store), applying the outbox read in the background, opening the
//!       outbox view, and the frame time of the main window and of the outbox view (layout and
//!       draw with the software renderer, median of 5), plus the background read and the RSS.
//!   bulk flush … --imap-port P --ca FILE
//!       as above, for an account that keeps copies in Sent on the IMAP server 127.0.0.1:P
//!       (implicit TLS, trusting FILE): each message sent is marked for a copy, none is saved yet.
//!   bulk copies --data DIR --imap-port P --ca FILE --user U --password-file F --account NAME
//!       saves every unsaved copy in Sent with `outpost::outbox::copies::save_copies_with` (one
//!       connection, the folder found once), signing in as U with the password in F; prints
//!       {"saved":N,"pending":P,"failed":F,"seconds":S,"per_second":X}.
//!   bulk copies-history --data DIR --sent N --account NAME
//!       writes N saved copy states (a long history of copies in Sent) and measures a round of
//!       copies with nothing due, as each flush and each tick of the window runs one (median of 5);
//!       prints {"history":N,"seconds":S}.

use std::path::PathBuf;
use std::time::{Instant, SystemTime};

use outpost::account::{Account, AuthMethod, ImapSettings, SaveSent, Security, ServerSettings};
use outpost::imap::ImapCredentials;
use outpost::mail::Draft;
use outpost::outbox::copies::save_copies_with;
use outpost::outbox::{FlushOptions, Outbox, SystemClock, flush};

struct Opts {
    data: PathBuf,
    config: PathBuf,
    sent: usize,
    count: usize,
    body_bytes: usize,
    port: u16,
    account: String,
    imap_port: u16,
    ca: Option<PathBuf>,
    user: String,
    password_file: Option<PathBuf>,
}

fn parse(args: &[String]) -> Opts {
    let mut o = Opts {
        data: PathBuf::new(),
        config: PathBuf::new(),
        sent: 0,
        count: 1000,
        body_bytes: 2048,
        port: 0,
        account: "bench".into(),
        imap_port: 0,
        ca: None,
        user: String::new(),
        password_file: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .unwrap_or_else(|| panic!("{a} needs a value"))
        };
        match a.as_str() {
            "--data" => o.data = PathBuf::from(value()),
            "--config" => o.config = PathBuf::from(value()),
            "--sent" => o.sent = value().parse().expect("--sent N"),
            "--count" => o.count = value().parse().expect("--count N"),
            "--body-bytes" => o.body_bytes = value().parse().expect("--body-bytes B"),
            "--port" => o.port = value().parse().expect("--port P"),
            "--account" => o.account = value(),
            "--imap-port" => o.imap_port = value().parse().expect("--imap-port P"),
            "--ca" => o.ca = Some(PathBuf::from(value())),
            "--user" => o.user = value(),
            "--password-file" => o.password_file = Some(PathBuf::from(value())),
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(!o.data.as_os_str().is_empty(), "--data DIR is required");
    o
}

/// A readable ~`n`-byte text body (lines of 72 characters).
fn body(n: usize) -> String {
    let line = "The quick brown fox jumps over the lazy dog, again and again, for bench.\n";
    line.repeat(n / line.len() + 1)[..n].to_owned()
}

async fn enqueue(o: &Opts) {
    let started = Instant::now();
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let text = body(o.body_bytes);
    for i in 0..o.count {
        let draft = Draft {
            from_name: "Bench Sender".into(),
            from_email: "sender@example.com".into(),
            to: "rcpt@example.org".into(),
            subject: format!("Bulk message {i}"),
            body: text.clone(),
            ..Draft::default()
        };
        let out = draft.build().await.expect("draft builds");
        let bytes = out.bytes;
        outbox
            .enqueue(
                &o.account,
                &out.from,
                &out.recipients,
                &out.message_id,
                &draft.subject,
                &bytes,
                SystemTime::now(),
            )
            .expect("enqueue");
    }
    println!(
        "{{\"enqueued\":{},\"seconds\":{:.4}}}",
        o.count,
        started.elapsed().as_secs_f64()
    );
}

/// The bench account: plain SMTP to 127.0.0.1:`--port`, and with `--imap-port` copies in Sent on
/// 127.0.0.1 over implicit TLS, trusting `--ca`.
fn account(o: &Opts) -> Account {
    let mut account = Account {
        name: o.account.clone(),
        display_name: "Bench".into(),
        email: "sender@example.com".into(),
        server: ServerSettings {
            host: "127.0.0.1".into(),
            port: o.port,
            security: Security::None,
            auth: AuthMethod::None,
            ca_file: o.ca.clone(),
            ..ServerSettings::default()
        },
        ..Account::default()
    };
    if o.imap_port != 0 {
        account.save_sent = SaveSent::Imap;
        account.imap = Some(ImapSettings {
            host: "127.0.0.1".into(),
            port: o.imap_port,
            security: Security::Tls,
            user: o.user.clone(),
        });
    }
    account
}

async fn flush_all(o: &Opts) {
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let account = account(o);
    let options = FlushOptions {
        force: true,
        ..FlushOptions::default()
    };
    let started = Instant::now();
    let report = flush(&outbox, &[account], &SystemClock, &options)
        .await
        .expect("flush");
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{{\"sent\":{},\"failed\":{},\"remaining\":{},\"seconds\":{:.4},\"per_second\":{:.1}}}",
        report.sent.len(),
        report.failed.len(),
        report.remaining.len(),
        secs,
        report.sent.len() as f64 / secs
    );
}

async fn copies(o: &Opts) {
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let password = std::fs::read_to_string(o.password_file.as_ref().expect("--password-file F"))
        .expect("the password file")
        .trim_end()
        .to_owned();
    let user = o.user.clone();
    let sign_in = move |_: Account, _: bool| {
        let credentials = ImapCredentials::password(user.clone(), password.clone());
        Box::pin(async move { Ok(credentials) }) as futures::future::BoxFuture<'static, _>
    };
    let started = Instant::now();
    let report = save_copies_with(&outbox, &[account(o)], &SystemClock, true, &sign_in)
        .await
        .expect("copies");
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{{\"saved\":{},\"pending\":{},\"failed\":{},\"seconds\":{:.4},\"per_second\":{:.1}}}",
        report.saved.len(),
        report.pending.len(),
        report.failed.len(),
        secs,
        report.saved.len() as f64 / secs
    );
    if let Some((_, problem)) = report.pending.iter().chain(&report.failed).next() {
        eprintln!("copies not saved: {}", problem.to_json());
        std::process::exit(1);
    }
}

async fn copies_history(o: &Opts) {
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let sent = o.data.join("outbox/sent");
    std::fs::create_dir_all(&sent).expect("sent folder");
    for i in 0..o.sent {
        let state = serde_json::json!({
            "status": "saved", "account": o.account, "message_id": format!("<{i}.history@example.com>"),
            "attempts": 1, "next_attempt": 0, "problem": null, "in_doubt": false,
            "folder": "Sent", "saved_at": 1_764_000_000u64,
        });
        let id = format!("{:020}-{:08x}", 1_700_000_000_000_000_000u64 + i as u64, i);
        std::fs::write(sent.join(format!("{id}.copy.json")), state.to_string()).expect("state");
    }
    // No sign-in is asked for: nothing is due.
    let sign_in = |_: Account,
                   _: bool|
     -> futures::future::BoxFuture<
        'static,
        Result<ImapCredentials, outpost::problem::Problem>,
    > { panic!("a round with nothing due signed in") };
    // An account that keeps copies (its server is never reached: nothing is due).
    let mut keeping = account(o);
    keeping.save_sent = SaveSent::Imap;
    keeping.imap = Some(ImapSettings {
        host: "127.0.0.1".into(),
        ..ImapSettings::default()
    });
    let accounts = [keeping];
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let report = save_copies_with(&outbox, &accounts, &SystemClock, false, &sign_in)
            .await
            .expect("copies");
        times.push(started.elapsed().as_secs_f64());
        assert!(report.saved.is_empty() && report.pending.is_empty());
    }
    times.sort_by(f64::total_cmp);
    println!("{{\"history\":{},\"seconds\":{:.5}}}", o.sent, times[2]);
}

async fn history(o: &Opts) {
    use std::io::Write;
    let started = Instant::now();
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let now = outpost::outbox::unix(SystemTime::now());
    let mut log = std::io::BufWriter::new(
        std::fs::File::create(o.data.join("outbox/sent.jsonl")).expect("sent log"),
    );
    for i in 0..o.sent {
        let record = outpost::outbox::SentRecord {
            id: format!("{:020}-{:08x}", i, i),
            account: o.account.clone(),
            message_id: format!("<{i}.history@example.com>"),
            subject: format!("Weekly report {i}"),
            recipients: vec![format!("colleague{}@example.org", i % 300)],
            size: 4096 + (i as u64 % 9000),
            sent_at: now - 90 * 86_400 + (i as u64 * 90 * 86_400) / o.sent.max(1) as u64,
            server_reply: "2.0.0 Ok: queued as ABC123".into(),
        };
        serde_json::to_writer(&mut log, &record).expect("record");
        log.write_all(b"\n").expect("record");
    }
    log.flush().expect("sent log");
    let text = body(o.body_bytes);
    for i in 0..o.count {
        let draft = Draft {
            from_name: "Bench Sender".into(),
            from_email: "sender@example.com".into(),
            to: format!("rcpt{i}@example.org"),
            subject: format!("Queued message {i}"),
            body: text.clone(),
            ..Draft::default()
        };
        let out = draft.build().await.expect("draft builds");
        outbox
            .enqueue_with(
                &o.account,
                &out.from,
                &out.recipients,
                &out.message_id,
                &draft.subject,
                &out.bytes,
                SystemTime::now(),
                |m| m.draft = Some(draft.clone()),
            )
            .expect("enqueue");
    }
    println!(
        "{{\"sent\":{},\"queued\":{},\"seconds\":{:.4}}}",
        o.sent,
        o.count,
        started.elapsed().as_secs_f64()
    );
}

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// Layout and draw of one window's view with the software renderer, median of 5, in ms.
fn frame_ms(app: &outpost::gui::app::App, window: iced::window::Id) -> f64 {
    let theme = iced::Theme::Light;
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            let mut ui = iced_test::simulator(app.view(window));
            let _ = ui.snapshot(&theme).expect("renders");
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[2]
}

async fn view(o: &Opts) {
    use iced::futures::StreamExt;
    use outpost::gui::app::{App, Message};
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    let paths = outpost::config::Paths {
        config_dir: o.config.clone(),
        data_dir: o.data.clone(),
    };
    let started = Instant::now();
    let (store, warnings) = outpost::config::Store::open_at(paths).expect("config");
    let mut app = App::with_store(store, &warnings);
    let boot = ms(started);
    let started = Instant::now();
    let task = app.load_outbox();
    let loaded: Vec<Message> = match iced_test::runtime::task::into_stream(task) {
        Some(stream) => {
            stream
                .filter_map(|a| async move {
                    match a {
                        iced_test::runtime::Action::Output(m) => Some(m),
                        _ => None,
                    }
                })
                .collect()
                .await
        }
        None => vec![],
    };
    let load = ms(started);
    let started = Instant::now();
    for m in loaded {
        let _ = app.update(m);
    }
    let apply = ms(started);
    let main = iced::window::Id::unique();
    let frame_main = frame_ms(&app, main);
    let started = Instant::now();
    let _ = app.update(Message::Accounts(
        outpost::gui::accounts::Message::OpenOutbox,
    ));
    let open = ms(started);
    let frame_outbox = frame_ms(&app, main);
    println!(
        "{{\"queued\":{},\"sent_shown\":{},\"boot_ms\":{boot:.2},\"load_ms\":{load:.2},\"apply_ms\":{apply:.2},\"open_outbox_ms\":{open:.2},\"frame_main_ms\":{frame_main:.2},\"frame_outbox_ms\":{frame_outbox:.2},\"rss_mb\":{:.1}}}",
        app.waiting.len(),
        app.sent.len(),
        rss_mb()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(pos) = args.iter().position(|a| {
        [
            "enqueue",
            "flush",
            "history",
            "view",
            "copies",
            "copies-history",
        ]
        .contains(&a.as_str())
    }) else {
        // Run without a subcommand (`cargo bench --bench bulk`): nothing to do.
        return;
    };
    let mode = args[pos].clone();
    let rest: Vec<String> = args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != pos)
        .map(|(_, a)| a.clone())
        .collect();
    let o = parse(&rest);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match mode.as_str() {
        "enqueue" => rt.block_on(enqueue(&o)),
        "history" => rt.block_on(history(&o)),
        "view" => rt.block_on(view(&o)),
        "copies" => rt.block_on(copies(&o)),
        "copies-history" => rt.block_on(copies_history(&o)),
        _ => rt.block_on(flush_all(&o)),
    }
}
