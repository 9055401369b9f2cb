//! Every sent message is kept (issue 24, its first part): the exact bytes the server received and
//! the Bcc list, shown by `outpost outbox show` and found by `outpost outbox sent --search`, and
//! dropped together with the sent log's record after `sent_log_days`.

use crate::support::{app, peers};

use mail_parser::MessageParser;
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

/// Sends one message with a Bcc and an attachment; returns its outbox id.
fn send(home: &TestHome, subject: &str, body: &str) -> String {
    let attachment = home.dir.path().join("figures.csv");
    std::fs::write(&attachment, "a,b\n1,2\n").unwrap();
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--bcc",
            "hidden@example.net",
            "--subject",
            subject,
            "--body",
            body,
            "--attach",
            attachment.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["queued"], false);
    doc["outbox_id"]
        .as_str()
        .expect("the id show knows")
        .to_owned()
}

fn raw(home: &TestHome, id: &str) -> (i32, Vec<u8>) {
    let out = home
        .command()
        .args(["outbox", "show", id, "--raw"])
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout)
}

#[test]
fn a_sent_message_is_kept_shown_found_and_pruned_with_its_record() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let id = send(&home, "Quarterly figures", "The numbers are attached.\nAda");
    let other = send(&home, "Lunch", "Noon at the usual place?");
    let delivered = peer.wait_messages(2);

    // The exact bytes the server received.
    let (code, bytes) = raw(&home, &id);
    assert_eq!(code, 0);
    assert_eq!(bytes, delivered[0].raw, "kept bytes = received bytes");
    let parsed = MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(parsed.subject(), Some("Quarterly figures"));
    assert!(parsed.bcc().is_none(), "the Bcc list is not in the bytes");
    let mut rcpts = delivered[0].rcpt_tos.clone();
    rcpts.sort();
    assert_eq!(rcpts, ["bob@example.org", "hidden@example.net"]);

    // Shown, with the Bcc list kept beside the bytes.
    let (code, doc) = home.json(&["outbox", "show", &id, "--json"], "");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["state"], "sent");
    assert_eq!(doc["kept"], true);
    assert_eq!(doc["subject"], "Quarterly figures");
    assert_eq!(doc["to"], serde_json::json!(["bob@example.org"]));
    assert_eq!(doc["bcc"], serde_json::json!(["hidden@example.net"]));
    assert!(
        doc["text"]
            .as_str()
            .unwrap()
            .contains("The numbers are attached.")
    );
    assert_eq!(doc["attachments"][0]["name"], "figures.csv");
    assert_eq!(doc["attachments"][0]["size"], 8);
    let (code, human, _) = home.run(&["outbox", "show", &id], "");
    assert_eq!(code, 0);
    assert!(human.contains("Bcc: hidden@example.net"), "{human}");
    assert!(human.contains("figures.csv"), "{human}");

    // Found by its text, subject or recipients.
    let search = |needle: &str| {
        let (code, doc) = home.json(&["outbox", "sent", "--search", needle, "--json"], "");
        assert_eq!(code, 0, "{doc}");
        doc["sent"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(search("NUMBERS ARE"), vec![id.clone()]);
    assert_eq!(search("lunch"), vec![other.clone()]);
    assert_eq!(search("bob@example"), [id.clone(), other.clone()]);
    assert!(search("nowhere at all").is_empty());
    let (_, all) = home.json(&["outbox", "sent", "--json"], "");
    assert_eq!(all["sent"][0]["kept"], true);
    assert_eq!(
        all["sent"][0]["bcc"],
        serde_json::json!(["hidden@example.net"])
    );

    // An unknown id is an input error.
    let (code, doc) = home.json(&["outbox", "show", "../../etc/passwd", "--json"], "");
    assert_eq!(
        (code, doc["error"]["code"].as_str()),
        (2, Some("unknown_message"))
    );

    // The first message's record grows old: after sent_log_days its copy goes with it.
    let log = home.data_dir().join("outbox/sent.jsonl");
    let text = std::fs::read_to_string(&log).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut first: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(first["id"], id.as_str());
    first["sent_at"] = (first["sent_at"].as_u64().unwrap() - 120 * 86_400).into();
    lines[0] = first.to_string();
    std::fs::write(&log, lines.join("\n") + "\n").unwrap();
    let (code, doc) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 0, "{doc}");
    let (code, _) = home.json(&["outbox", "show", &id, "--json"], "");
    assert_eq!(code, 2, "the record is gone");
    assert!(
        !home
            .data_dir()
            .join(format!("outbox/sent/{id}.eml"))
            .exists()
    );
    assert!(
        !home
            .data_dir()
            .join(format!("outbox/sent/{id}.json"))
            .exists()
    );
    let (code, bytes) = raw(&home, &other);
    assert_eq!(
        (code, bytes),
        (0, delivered[1].raw.clone()),
        "the recent one stays"
    );
}

#[test]
fn a_copy_that_was_not_kept_shows_as_not_kept() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let id = send(&home, "Gone", "Its copy is lost");
    peer.wait_messages(1);
    // As after a crash between the sent record and the copy.
    std::fs::remove_file(home.data_dir().join(format!("outbox/sent/{id}.eml"))).unwrap();
    let (code, doc) = home.json(&["outbox", "show", &id, "--json"], "");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        (doc["kept"].as_bool(), doc["subject"].as_str()),
        (Some(false), Some("Gone"))
    );
    assert!(doc["text"].is_null());
    let (code, doc) = home.json(&["outbox", "show", &id, "--raw", "--json"], "");
    assert_eq!((code, doc["error"]["code"].as_str()), (1, Some("not_kept")));
    let (code, doc) = home.json(&["outbox", "sent", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(doc["sent"][0]["kept"], false);
    // Still sent once.
    assert_eq!(peer.count(), 1);
}

/// The Sent tab: a sent message opens with its headers, Bcc, text and attachments; "Send again"
/// fills a new compose window from it; the search finds it by its text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sent_tab_opens_a_message_and_sends_it_again() {
    use crate::support::app::{drive_together, home_with_account};
    use crate::support::fault::{self, FaultServer, Inbox, Listen};
    use iced::window;
    use iced_test::selector::id;
    use iced_test::simulator;
    use outpost::config::{Paths, Store};
    use outpost::gui::app::{App, Message, Screen};
    use outpost::gui::{accounts, compose, outbox as outbox_screen};

    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = home_with_account(server.port);
    let attachment = home.dir.path().join("notes.txt");
    std::fs::write(&attachment, "remember the milk\n").unwrap();
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--bcc",
            "hidden@example.net",
            "--subject",
            "Sent tab",
            "--body",
            "Open me and look.",
            "--attach",
            attachment.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(inbox.lock().unwrap().len(), 1);

    let (store, warnings) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let mut app = App::with_store(store, &warnings);
    let main = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::Accounts(accounts::Message::OpenOutbox)],
    )
    .await;
    let click = async |app: &mut App, what: &str| {
        let mut ui = simulator(app.view(main));
        ui.click(what).unwrap();
        let messages: Vec<_> = ui.into_messages().collect();
        drive_together(app, messages).await;
    };
    click(&mut app, "Sent").await;
    click(&mut app, "Open").await;
    let mut ui = simulator(app.view(main));
    ui.find("Sent tab").unwrap();
    ui.find("Bcc: hidden@example.net").unwrap();
    ui.find("To: bob@example.org").unwrap();
    ui.find("Open me and look.").unwrap();
    ui.find("Attachment: notes.txt (18 B)").unwrap();
    ui.find("Save attachment…").unwrap();
    ui.click("Send again").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    assert_eq!(messages.len(), 1);
    // What the App is asked to open: a compose window filled from the message.
    let Screen::Outbox(screen) = &mut app.screen else {
        panic!("the outbox is showing")
    };
    let Message::Outbox(m) = messages.into_iter().next().unwrap() else {
        panic!("a message of the outbox screen")
    };
    let (_, event) = screen.update(m);
    let Some(outbox_screen::Event::Compose {
        account,
        draft,
        attachments_of,
    }) = event
    else {
        panic!("Send again asks for a compose window")
    };
    let sent_id = doc["outbox_id"].as_str().unwrap();
    assert_eq!(attachments_of.as_deref(), Some(sent_id));
    // The attachments come back as files for the new message.
    let outbox = outpost::outbox::Outbox::open(&home.data_dir()).unwrap();
    let files = outbox.kept().attachment_files(sent_id).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(std::fs::read(&files[0]).unwrap(), b"remember the milk\n");
    assert_eq!(files[0].file_name().unwrap(), "notes.txt");
    assert_eq!(account, "relay");
    assert_eq!(draft.to, "bob@example.org");
    assert_eq!(draft.bcc, "hidden@example.net");
    assert_eq!(draft.subject, "Sent tab");
    assert!(draft.body.contains("Open me and look."));
    let w = window::Id::unique();
    let prefill = compose::Prefill {
        account: Some(account),
        message: *draft,
        ..Default::default()
    };
    drive_together(&mut app, vec![Message::ComposeReady(w, prefill)]).await;
    assert_eq!(app.composes[&w].message.subject, "Sent tab");
    assert_eq!(app.composes[&w].message.bcc, "hidden@example.net");

    // "Save attachment…": once the dialog names a file, the App writes the attachment there.
    let saved = home.dir.path().join("saved-notes.txt");
    drive_together(
        &mut app,
        vec![Message::Outbox(outbox_screen::Message::SaveTo(
            sent_id.to_owned(),
            0,
            Some(saved.clone()),
        ))],
    )
    .await;
    assert_eq!(std::fs::read(&saved).unwrap(), b"remember the milk\n");
    simulator(app.view(main))
        .find(format!("Saved: {}", saved.display()).as_str())
        .unwrap();

    // Back to the list; the search finds the message by its text, and nothing for other words.
    click(&mut app, "Back to the sent list").await;
    let search = async |app: &mut App, words: &str| {
        let mut ui = simulator(app.view(main));
        ui.click(id("search")).unwrap();
        ui.typewrite(words);
        let messages: Vec<_> = ui.into_messages().collect();
        drive_together(app, messages).await;
    };
    search(&mut app, "look.").await;
    simulator(app.view(main)).find("Sent tab").unwrap();
    search(&mut app, "xyz").await;
    let mut ui = simulator(app.view(main));
    assert!(ui.find("Sent tab").is_err());
    ui.find("No sent messages to show.").unwrap();
}
