//! Bulk-sending helper for `benches/run.sh` (issue 7, measure 2). Not a Criterion bench:
//! `harness = false`, and without a subcommand it does nothing (so `cargo test --all-targets`
//! and `cargo bench` stay quick).
//!
//!   bulk enqueue --data DIR --count N --body-bytes B --account NAME
//!       builds N messages with `outpost::mail::Draft::build` and puts them in the outbox under DIR
//!       (DIR is Outpost's data folder, e.g. `$XDG_DATA_HOME/outpost`); nothing is sent. Prints
//!       {"enqueued":N,"seconds":S}.
//!   bulk flush --data DIR --port P --account NAME
//!       sends everything in that outbox with `outpost::outbox::flush` (one reused connection,
//!       plain SMTP, no sign-in, to 127.0.0.1:P) and prints one JSON line:
//!       {"sent":N,"failed":F,"remaining":R,"seconds":S,"per_second":X}

use std::path::PathBuf;
use std::time::{Instant, SystemTime};

use outpost::account::{Account, AuthMethod, Security, ServerSettings};
use outpost::mail::Draft;
use outpost::outbox::{FlushOptions, Outbox, SystemClock, flush};

struct Opts {
    data: PathBuf,
    count: usize,
    body_bytes: usize,
    port: u16,
    account: String,
}

fn parse(args: &[String]) -> Opts {
    let mut o = Opts {
        data: PathBuf::new(),
        count: 1000,
        body_bytes: 2048,
        port: 0,
        account: "bench".into(),
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
            "--count" => o.count = value().parse().expect("--count N"),
            "--body-bytes" => o.body_bytes = value().parse().expect("--body-bytes B"),
            "--port" => o.port = value().parse().expect("--port P"),
            "--account" => o.account = value(),
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

async fn flush_all(o: &Opts) {
    let outbox = Outbox::open(&o.data).expect("outbox opens");
    let account = Account {
        name: o.account.clone(),
        display_name: "Bench".into(),
        email: "sender@example.com".into(),
        server: ServerSettings {
            host: "127.0.0.1".into(),
            port: o.port,
            security: Security::None,
            auth: AuthMethod::None,
            ..ServerSettings::default()
        },
        ..Account::default()
    };
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(pos) = args.iter().position(|a| a == "enqueue" || a == "flush") else {
        // `cargo test --all-targets` / plain `cargo bench` run this target: nothing to do.
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
        _ => rt.block_on(flush_all(&o)),
    }
}
