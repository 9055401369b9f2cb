//! `outpost merge` against aiosmtpd: the row codes of a dry run, a merge delivered one message per
//! recipient (the right name to the right person, Markdown values escaped, no header injection, no
//! Bcc, fallbacks, attachments), pause/resume/cancel of a merge scheduled for later, the report, an
//! unknown placeholder that stops everything before anything is queued, and a merge killed with
//! SIGKILL while sending. Spreadsheets written by LibreOffice: `merge_files`.

use crate::support::{app, peers};

use mail_parser::{MessageParser, MimeHeaders};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

fn list(home: &TestHome, name: &str, text: &str) -> String {
    let path = home.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

pub(super) fn run(home: &TestHome, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["merge", "--json", "--account", "relay"];
    all.extend_from_slice(args);
    home.json(&all, "")
}

pub(super) fn outbox(home: &TestHome) -> Vec<serde_json::Value> {
    let (code, doc) = home.json(&["outbox", "list", "--json"], "");
    assert_eq!(code, 0, "{doc}");
    doc["messages"].as_array().unwrap().clone()
}

#[test]
fn a_dry_run_names_each_skipped_row_and_queues_nothing() {
    let home = app::home_with_account(9);
    let data = list(
        &home,
        "list.csv",
        "Name,Email,City\nAnn,ann@example.org,Köln\nBob,not-an-address,Paris\nCy,ANN@example.org,Rome\nDi,di@example.org,\nEd,ed@example.org,Lyon\n",
    );
    let (code, doc) = run(
        &home,
        &[
            "--data",
            &data,
            "--subject",
            "Hi {{Name}}",
            "--body",
            "Greetings to {{City}}",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["merge_id"], serde_json::Value::Null);
    assert_eq!(doc["rows"], 5);
    assert_eq!(doc["ready"], 2);
    let skipped: Vec<(u64, &str)> = doc["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["row"].as_u64().unwrap(), s["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [(3, "invalid_address"), (4, "duplicate"), (5, "empty_field")]
    );
    let rows: Vec<u64> = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows, [2, 6]);
    assert_eq!(doc["messages"][0]["subject"], "Hi Ann");
    assert!(doc["messages"][0]["scheduled_for"].is_string());
    assert!(doc["finish_estimate"].is_string());
    assert!(outbox(&home).is_empty());
}

#[test]
fn an_unknown_placeholder_stops_the_merge_with_the_closest_column() {
    let home = app::home_with_account(9);
    let data = list(&home, "list.csv", "Name,Email\nAnn,ann@example.org\n");
    let (code, doc) = run(
        &home,
        &[
            "--data",
            &data,
            "--subject",
            "Hi {{Nmae}}",
            "--body",
            "x",
            "--no-wait",
        ],
    );
    assert_eq!(code, 2, "{doc}");
    assert_eq!(doc["error"]["code"], "unknown_placeholder");
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("Nmae") && message.contains("Name"),
        "{message}"
    );
    assert!(outbox(&home).is_empty());
    let data = list(&home, "none.csv", "Name,Town\nAnn,Köln\n");
    let (code, doc) = run(&home, &["--data", &data, "--subject", "x", "--body", "x"]);
    assert_eq!(code, 2, "{doc}");
    assert_eq!(doc["error"]["code"], "no_address_column");
    assert!(outbox(&home).is_empty());
}

#[test]
fn each_recipient_gets_their_own_message_with_values_kept_as_data() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let data = list(
        &home,
        "list.csv",
        "Name,Email\nAnn,ann@example.org\n\"Eve\nBcc: victim@example.net\",eve@example.org\n**Zed** <b>,zed@example.org\nBo,bo@example.org\n",
    );
    let (code, doc) = run(
        &home,
        &[
            "--data",
            &data,
            "--subject",
            "Hello {{Name}}",
            "--body",
            "Dear {{Name}},\n\nsee you.",
            "--markdown",
            "--per-minute",
            "6000",
            "--unsubscribe",
            "leave@example.com",
            "--no-wait",
        ],
    );
    assert_eq!(code, 0, "{doc}");
    let id = doc["merge_id"].as_str().unwrap().to_owned();
    assert_eq!(doc["ready"], 3);
    assert_eq!(doc["skipped"][0]["row"], 3);
    assert_eq!(doc["skipped"][0]["code"], "unsafe_field");
    let queued = outbox(&home);
    assert_eq!(queued.len(), 3);
    assert!(queued.iter().all(|m| m["merge_id"] == id.as_str()));
    let mut rows: Vec<u64> = queued.iter().map(|m| m["row"].as_u64().unwrap()).collect();
    rows.sort();
    assert_eq!(rows, [2, 4, 5]);
    // The paced times are a fraction of a second apart.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (code, flushed) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 0, "{flushed}");
    let delivered = peer.wait_messages(3);
    let mut seen = Vec::new();
    for d in &delivered {
        assert_eq!(d.rcpt_tos.len(), 1, "one recipient each");
        let raw = String::from_utf8_lossy(&d.raw);
        assert!(!raw.to_lowercase().contains("\nbcc:"), "{raw}");
        assert!(!raw.contains("victim"), "{raw}");
        assert!(
            raw.contains("List-Unsubscribe: <mailto:leave@example.com?subject=unsubscribe>"),
            "{raw}"
        );
        let message = MessageParser::default().parse(&d.raw).unwrap();
        let to = message.to().unwrap().first().unwrap();
        let address = to.address().unwrap().to_owned();
        let text = message.body_text(0).unwrap().into_owned();
        let html = message.body_html(0).unwrap().into_owned();
        assert!(text.contains("leave@example.com"), "the footer: {text}");
        match address.as_str() {
            "ann@example.org" => assert!(text.contains("Dear Ann,"), "{text}"),
            "bo@example.org" => assert!(text.contains("Dear Bo,"), "{text}"),
            "zed@example.org" => {
                assert!(!html.contains("<strong>"), "{html}");
                assert!(!html.contains("<b>"), "{html}");
                assert!(html.contains("**Zed**"), "{html}");
            }
            other => panic!("unexpected recipient {other}"),
        }
        assert_eq!(d.rcpt_tos[0], address);
        seen.push(address);
    }
    seen.sort();
    assert_eq!(
        seen,
        ["ann@example.org", "bo@example.org", "zed@example.org"]
    );
    let (code, status) = home.json(&["merge", "status", &id, "--json"], "");
    assert_eq!(code, 0, "{status}");
    assert_eq!(status["sent"], 3);
    assert_eq!(status["skipped"], 1);
    assert_eq!(status["total"], 4);
}

#[test]
fn a_later_merge_pauses_resumes_cancels_and_reports() {
    let home = app::home_with_account(9);
    let data = list(
        &home,
        "list.csv",
        "Name,Email\nAnn,ann@example.org\nBob,bob@example.org\nBad,nope\n",
    );
    let (code, doc) = run(
        &home,
        &[
            "--data",
            &data,
            "--subject",
            "Hi {{Name}}",
            "--body",
            "x",
            "--start",
            "2099-01-02 09:00",
            "--no-wait",
        ],
    );
    assert_eq!(code, 0, "{doc}");
    let id = doc["merge_id"].as_str().unwrap().to_owned();
    let status = |home: &TestHome| {
        let (code, s) = home.json(&["merge", "status", &id, "--json"], "");
        assert_eq!(code, 0, "{s}");
        s
    };
    let s = status(&home);
    assert_eq!(
        (&s["scheduled"], &s["skipped"], &s["total"]),
        (&2.into(), &1.into(), &3.into())
    );
    assert!(s["next_send"].as_str().unwrap().starts_with("2099-01-02"));

    let (code, doc) = home.json(&["merge", "pause", &id, "--json"], "");
    assert_eq!((code, &doc["changed"]), (0, &2.into()), "{doc}");
    let s = status(&home);
    assert_eq!((&s["held"], &s["scheduled"]), (&2.into(), &0.into()));
    assert_eq!(s["paused"], true);
    assert!(outbox(&home).iter().all(|m| m["state"] == "held"));

    let (code, doc) = home.json(&["merge", "resume", &id, "--json"], "");
    assert_eq!((code, &doc["changed"]), (0, &2.into()), "{doc}");
    let s = status(&home);
    assert_eq!((&s["held"], &s["scheduled"]), (&0.into(), &2.into()));
    assert!(
        s["next_send"].as_str().unwrap().starts_with("2099-01-02"),
        "never earlier than planned"
    );

    let (code, doc) = home.json(&["merge", "cancel", &id, "--json"], "");
    assert_eq!((code, &doc["changed"]), (0, &2.into()), "{doc}");
    assert!(outbox(&home).is_empty());

    let report = home.dir.path().join("report.csv");
    let (code, doc) = home.json(
        &[
            "merge",
            "report",
            &id,
            "--output",
            report.to_str().unwrap(),
            "--json",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    let text = std::fs::read_to_string(&report).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "row,address,state,time,problem");
    assert!(
        lines[1].starts_with("2,ann@example.org,cancelled"),
        "{text}"
    );
    assert!(lines[3].starts_with("4,,skipped,,"), "{text}");

    let (code, doc) = home.json(&["merge", "list", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(doc["merges"][0]["merge_id"], id.as_str());
    let (code, doc) = home.json(&["merge", "pause", "nope", "--json"], "");
    assert_eq!((code, &doc["error"]["code"]), (2, &"unknown_merge".into()));
}

#[test]
fn suppressed_addresses_are_skipped() {
    let home = app::home_with_account(9);
    let (code, doc) = home.json(
        &["merge", "suppress", "Ann <ANN@example.org>", "--json"],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["added"][0], "ann@example.org");
    let data = list(
        &home,
        "list.csv",
        "Email\nann@example.org\nbo@example.org\n",
    );
    let (code, doc) = run(
        &home,
        &[
            "--data",
            &data,
            "--subject",
            "x",
            "--body",
            "x",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["skipped"][0]["code"], "suppressed");
    assert_eq!(doc["ready"], 1);
}

/// The merge's messages still in the outbox: (row, address, state).
fn waiting_rows(home: &TestHome) -> Vec<(u64, String, String)> {
    let mut rows: Vec<(u64, String, String)> = outbox(home)
        .iter()
        .map(|m| {
            (
                m["row"].as_u64().unwrap(),
                m["recipients"]
                    .as_array()
                    .and_then(|to| to.first())
                    .and_then(|to| to.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                m["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    rows.sort();
    rows
}

/// How many messages each address got, from what aiosmtpd stored: the envelope's one recipient,
/// which is also the message's To.
fn deliveries(peer: &SmtpPeer, n: usize) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for d in peer.wait_messages(n) {
        assert_eq!(d.rcpt_tos.len(), 1, "one recipient each");
        let message = MessageParser::default().parse(&d.raw).unwrap();
        let to = message.to().unwrap().first().unwrap().address().unwrap();
        assert_eq!(to, d.rcpt_tos[0]);
        *counts.entry(to.to_owned()).or_insert(0) += 1;
    }
    counts
}

/// SIGKILL in the middle of a merge that sends as messages come due (`outpost merge` without
/// `--no-wait`). The server has stored the third message and not yet answered it when the process
/// dies, so that message's outcome is unknown. `outpost outbox flush` then sends the rest and
/// holds the third as unconfirmed instead of sending it again; a second flush sends nothing; the
/// person's "It arrived" settles it. Each of the eight got exactly one message.
#[test]
fn a_merge_killed_while_sending_reaches_each_recipient_once() {
    const PEOPLE: usize = 8;
    const KILLED_AT: usize = 3;
    let peer = SmtpPeer::start(
        Mode::Plain,
        PeerOptions {
            slow_answer: Some((KILLED_AT, 120)),
            ..PeerOptions::default()
        },
    );
    let home = app::home_with_account(peer.port());
    let mut csv = "Name,Email\n".to_owned();
    for i in 1..=PEOPLE {
        csv += &format!("P{i},p{i}@example.org\n");
    }
    let data = list(&home, "list.csv", &csv);
    let mut merge = home
        .command()
        .args(["merge", "--json", "--account", "relay", "--data", &data])
        .args(["--subject", "Hi {{Name}}", "--body", "Dear {{Name}}"])
        .args(["--per-minute", "6000"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while peer.count() < KILLED_AT {
        assert!(
            merge.try_wait().unwrap().is_none(),
            "the merge ended before the third message"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the merge sent {} of {KILLED_AT} messages within 60 s",
            peer.count()
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // SIGKILL: no chance to clean up, while the server holds back its answer to the third.
    merge.kill().unwrap();
    merge.wait().unwrap();
    assert_eq!(peer.count(), KILLED_AT, "nothing more went out");
    let (code, doc) = home.json(&["merge", "list", "--json"], "");
    assert_eq!(code, 0, "{doc}");
    let id = doc["merges"][0]["merge_id"].as_str().unwrap().to_owned();

    let (code, flushed) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 1, "a message is unconfirmed: {flushed}");
    let counts = deliveries(&peer, PEOPLE);
    assert_eq!(peer.count(), PEOPLE, "{counts:?}");
    let everyone: Vec<String> = (1..=PEOPLE).map(|i| format!("p{i}@example.org")).collect();
    assert_eq!(counts.keys().cloned().collect::<Vec<_>>(), {
        let mut sorted = everyone.clone();
        sorted.sort();
        sorted
    });
    assert!(counts.values().all(|n| *n == 1), "each once: {counts:?}");
    // The one whose answer never came waits for the person, not for another attempt.
    let third = &peer.wait_messages(KILLED_AT)[KILLED_AT - 1].rcpt_tos[0];
    let held = waiting_rows(&home);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!((&held[0].1, held[0].2.as_str()), (third, "unconfirmed"));
    let row = third
        .strip_prefix('p')
        .and_then(|r| r.strip_suffix("@example.org"))
        .unwrap()
        .parse::<u64>()
        .unwrap()
        + 1;
    assert_eq!(held[0].0, row, "the row of {third}");
    let status = |home: &TestHome| {
        let (code, s) = home.json(&["merge", "status", &id, "--json"], "");
        assert_eq!(code, 0, "{s}");
        s
    };
    let s = status(&home);
    assert_eq!(
        (&s["sent"], &s["unconfirmed"], &s["total"]),
        (&(PEOPLE - 1).into(), &1.into(), &PEOPLE.into()),
        "{s}"
    );

    let (_, again) = home.json(&["outbox", "flush", "--json"], "");
    assert!(again["sent"].as_array().unwrap().is_empty(), "{again}");
    assert_eq!(peer.count(), PEOPLE, "never sent again");

    let outbox_id = outbox(&home)[0]["id"].as_str().unwrap().to_owned();
    let (code, marked) = home.json(&["outbox", "mark-sent", &outbox_id, "--json"], "");
    assert_eq!(code, 0, "{marked}");
    let s = status(&home);
    assert_eq!((&s["sent"], &s["unconfirmed"]), (&PEOPLE.into(), &0.into()));
    assert!(outbox(&home).is_empty());
}

/// The row codes not seen above, end to end: a row attachment that is missing
/// (`attachment_missing`, with `--attach-column`, paths relative to the list), an empty placeholder
/// (`empty_field`, then sent anyway with `--allow-empty`), a fallback used for an empty value; then
/// the merge delivered: the common and the row's own attachment to the right person, the fallback
/// in the subject, the empty value left empty, one recipient each.
#[test]
fn attachments_fallbacks_and_allow_empty_end_to_end() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let folder = home.dir.path().join("club");
    std::fs::create_dir_all(folder.join("letters")).unwrap();
    std::fs::write(folder.join("letters/ann.txt"), "for Ann\n").unwrap();
    let common = home.dir.path().join("flyer.txt");
    std::fs::write(&common, "flyer\n").unwrap();
    let data = folder.join("list.csv");
    std::fs::write(
        &data,
        "Name,Email,Town,Letter\nAnn,ann@example.org,Köln,letters/ann.txt\nBob,bob@example.org,Oslo,letters/bob.txt\nCy,cy@example.org,,\n,di@example.org,Paris,\n",
    )
    .unwrap();
    let data = data.to_str().unwrap();
    let common = common.to_str().unwrap();
    let args = |extra: &[&'static str]| {
        let mut args = vec![
            "--data",
            data,
            "--subject",
            "News for {{Name|friend}}",
            "--body",
            "Hello from {{Town}}.",
            "--attach",
            common,
            "--attach-column",
            "letter",
            "--per-minute",
            "6000",
        ];
        args.extend_from_slice(extra);
        args
    };
    let codes = |doc: &serde_json::Value| -> Vec<(u64, String)> {
        doc["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["row"].as_u64().unwrap(),
                    s["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };

    let (code, doc) = run(&home, &args(&["--dry-run"]));
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        codes(&doc),
        [(3, "attachment_missing".into()), (4, "empty_field".into())]
    );
    let detail = doc["skipped"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("letters/bob.txt"), "{detail}");
    let detail = doc["skipped"][1]["detail"].as_str().unwrap();
    assert!(detail.contains("Town"), "{detail}");
    assert_eq!(doc["messages"][1]["subject"], "News for friend", "{doc}");

    let (code, doc) = run(&home, &args(&["--allow-empty", "--no-wait"]));
    assert_eq!(code, 0, "{doc}");
    assert_eq!(codes(&doc), [(3, "attachment_missing".into())]);
    assert_eq!(doc["ready"], 3);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (code, flushed) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 0, "{flushed}");
    let mut seen = Vec::new();
    for d in peer.wait_messages(3) {
        assert_eq!(d.rcpt_tos.len(), 1, "one recipient each");
        let message = MessageParser::default().parse(&d.raw).unwrap();
        let to = message
            .to()
            .unwrap()
            .first()
            .unwrap()
            .address()
            .unwrap()
            .to_owned();
        assert_eq!(d.rcpt_tos[0], to);
        let subject = message.subject().unwrap().to_owned();
        let text = message.body_text(0).unwrap().into_owned();
        let files: Vec<String> = message
            .attachments()
            .map(|a| a.attachment_name().unwrap_or_default().to_owned())
            .collect();
        match to.as_str() {
            "ann@example.org" => {
                assert_eq!(subject, "News for Ann");
                assert!(text.contains("Hello from Köln."), "{text}");
                assert_eq!(files, ["flyer.txt", "ann.txt"]);
                let letter = message.attachments().nth(1).unwrap();
                assert_eq!(letter.contents(), b"for Ann\n");
            }
            "cy@example.org" => {
                assert_eq!(subject, "News for Cy");
                assert!(text.contains("Hello from ."), "{text}");
                assert_eq!(files, ["flyer.txt"]);
            }
            "di@example.org" => {
                assert_eq!(subject, "News for friend");
                assert!(text.contains("Hello from Paris."), "{text}");
                assert_eq!(files, ["flyer.txt"]);
            }
            other => panic!("unexpected recipient {other}"),
        }
        seen.push(to);
    }
    seen.sort();
    assert_eq!(
        seen,
        ["ann@example.org", "cy@example.org", "di@example.org"]
    );
}
