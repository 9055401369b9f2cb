//! `outpost merge` against aiosmtpd: the row codes of a dry run, a merge delivered one message per
//! recipient (the right name to the right person, Markdown values escaped, no header injection, no
//! Bcc), pause/resume/cancel of a merge scheduled for later, the report, and an unknown placeholder
//! that stops everything before anything is queued.

use crate::support::{app, peers};

use mail_parser::MessageParser;
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

fn list(home: &TestHome, name: &str, text: &str) -> String {
    let path = home.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn run(home: &TestHome, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["merge", "--json", "--account", "relay"];
    all.extend_from_slice(args);
    home.json(&all, "")
}

fn outbox(home: &TestHome) -> Vec<serde_json::Value> {
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
