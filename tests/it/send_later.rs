//! "Send later" and "Undo send": a scheduled message waits in the outbox (across restarts, and
//! from `outpost outbox flush`) until its time; after Send, nothing reaches the server during the
//! seconds of "Undo", and Undo gives the text back with nothing sent.

use crate::support::app as support_app;
use crate::support::fault;
use crate::support::peers;

use fault::{FaultServer, Inbox, Listen};
use iced::window;
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, Message};
use outpost::gui::compose;
use outpost::outbox::Outbox;
use peers::TestHome;
use support_app::{drive_together, home_with_account};

fn server() -> (FaultServer, Inbox) {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    (server, inbox)
}

#[test]
fn send_at_waits_in_the_outbox_until_its_time() {
    let (server, inbox) = server();
    let home = home_with_account(server.port);
    let args = |at: &str| {
        vec![
            "send".to_owned(),
            "--json".into(),
            "--account".into(),
            "relay".into(),
            "--to".into(),
            "bob@example.org".into(),
            "--subject".into(),
            "Later".into(),
            "--body".into(),
            "Hi".into(),
            "--at".into(),
            at.to_owned(),
        ]
    };
    let run = |a: Vec<String>| {
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        home.json(&a, "")
    };
    let (code, doc) = run(args("2099-01-02 09:00"));
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["queued"], true);
    let when = doc["scheduled_for"].as_str().unwrap();
    assert!(when.starts_with("2099-01-02T09:00:00"), "{when}");
    let id = doc["outbox_id"].as_str().unwrap().to_owned();

    let (code, list) = home.json(&["outbox", "list", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(list["messages"][0]["state"], "scheduled");
    assert_eq!(list["messages"][0]["scheduled_for"], when);
    // A flush (cron, another window) leaves it alone, and that is not a failure.
    let (code, flushed) = home.json(&["outbox", "flush", "--json"], "");
    assert_eq!(code, 0, "{flushed}");
    assert!(inbox.lock().unwrap().is_empty(), "nothing went out early");
    // "Send now" (retry) sends it.
    let (code, doc) = home.json(&["outbox", "retry", &id, "--json"], "");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(inbox.lock().unwrap().len(), 1);

    // Times it cannot use are input errors, said plainly.
    let (code, doc) = run(args("next tuesday"));
    assert_eq!(
        (code, doc["error"]["code"].as_str()),
        (2, Some("invalid_time"))
    );
    let (code, doc) = run(args("2001-01-01 09:00"));
    assert_eq!(
        (code, doc["error"]["code"].as_str()),
        (2, Some("time_in_past"))
    );
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--host",
            "127.0.0.1",
            "--port",
            "25",
            "--from",
            "a@example.com",
            "--to",
            "b@example.org",
            "--subject",
            "x",
            "--body",
            "y",
            "--at",
            "2099-01-01 09:00",
        ],
        "",
    );
    assert_eq!(
        (code, doc["error"]["code"].as_str()),
        (2, Some("later_needs_account"))
    );
}

fn app(home: &TestHome, undo: u32) -> App {
    let (store, warnings) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let mut app = App::with_store(store, &warnings);
    app.store.config.preferences.undo_send_secs = undo;
    app
}

fn typed(w: window::Id, subject: &str) -> Vec<Message> {
    vec![
        Message::Compose(w, compose::Message::ToChanged("bob@example.org".into())),
        Message::Compose(w, compose::Message::SubjectChanged(subject.into())),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_takes_the_message_back_before_anything_is_sent() {
    let (server, inbox) = server();
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let mut app = app(&home, 2);
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    drive_together(&mut app, typed(w, "Oops")).await;
    // Send: the message waits; a tick and a flush from elsewhere meanwhile send nothing.
    let send = app.update(Message::Compose(w, compose::Message::Send));
    // The App checks the message first (its files, the daily limit), then writes it.
    let checked = support_app::outputs(send).await;
    assert_eq!(checked.len(), 1);
    let send = app.update(checked.into_iter().next().unwrap());
    let mut pending = support_app::outputs(send).await;
    // Only the write to the outbox runs here (the "Undo" timer is started by the next step).
    let enqueued = pending.remove(0);
    let timer = app.update(enqueued);
    assert!(matches!(
        app.composes[&w].status,
        compose::Status::Pending(_)
    ));
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("Sending in a few seconds…").unwrap();
    ui.click("Undo").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    assert_eq!(app.composes[&w].status, compose::Status::Editing);
    assert_eq!(
        app.composes[&w].message.subject, "Oops",
        "everything is still there"
    );
    assert!(
        outbox.list().unwrap().0.is_empty(),
        "taken out of the outbox"
    );
    // The timer ends; the undone message is not sent.
    let after: Vec<_> = support_app::outputs(timer).await;
    drive_together(&mut app, after).await;
    drive_together(&mut app, vec![Message::Tick]).await;
    assert!(inbox.lock().unwrap().is_empty());

    // Without Undo it goes out when the seconds are over, once.
    drive_together(&mut app, vec![Message::Compose(w, compose::Message::Send)]).await;
    assert!(matches!(app.composes[&w].status, compose::Status::Sent(_)));
    assert_eq!(inbox.lock().unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_later_from_the_window_waits_for_its_time() {
    let (server, inbox) = server();
    let home = home_with_account(server.port);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let mut app = app(&home, 0);
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    drive_together(&mut app, typed(w, "Monday report")).await;
    let mut ui = iced_test::simulator(app.view(w));
    ui.click("Send later…").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    // A time in the past is refused next to the field.
    drive_together(
        &mut app,
        vec![
            Message::Compose(w, compose::Message::LaterChanged("2001-01-01 09:00".into())),
            Message::Compose(w, compose::Message::ConfirmLater),
        ],
    )
    .await;
    assert!(app.composes[&w].later_error.is_some());
    drive_together(
        &mut app,
        vec![
            Message::Compose(w, compose::Message::LaterChanged("2099-03-04 09:00".into())),
            Message::Compose(w, compose::Message::ConfirmLater),
        ],
    )
    .await;
    let (list, _) = outbox.list().unwrap();
    assert_eq!(list.len(), 1);
    assert!(list[0].scheduled_for.is_some());
    drive_together(&mut app, vec![Message::Tick]).await;
    assert!(inbox.lock().unwrap().is_empty(), "not before its time");
    // The outbox view says when, and offers "Send now".
    drive_together(
        &mut app,
        vec![Message::Accounts(
            outpost::gui::accounts::Message::OpenOutbox,
        )],
    )
    .await;
    let main = window::Id::unique();
    let mut ui = iced_test::simulator(app.view(main));
    ui.find("Scheduled for 2099-03-04 09:00").unwrap();
    ui.click("Send now").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    assert_eq!(inbox.lock().unwrap().len(), 1);
}

/// `send --markdown`: the Markdown as text/plain, its rendering as text/html (raw HTML escaped).
#[test]
fn markdown_is_sent_as_plain_text_and_html() {
    use mail_parser::MessageParser;
    let (server, inbox) = server();
    let home = home_with_account(server.port);
    let body = "# Plan\n\n**bold**, *italic* and a [link](https://example.org)\n\n- one\n- two\n\n<script>alert(1)</script>\n";
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Formatted",
            "--body",
            body,
            "--markdown",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    let raw = inbox.lock().unwrap()[0].clone();
    let message = MessageParser::default().parse(&raw).unwrap();
    let text = message.body_text(0).unwrap();
    assert!(
        text.contains("**bold**") && text.contains("- one"),
        "{text}"
    );
    let html = message.body_html(0).unwrap();
    assert!(html.contains("<strong>bold</strong>"), "{html}");
    assert!(
        html.contains("<a href=\"https://example.org\">link</a>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;") && !html.contains("<script>"),
        "{html}"
    );
    let raw_text = String::from_utf8_lossy(&raw);
    assert!(raw_text.contains("multipart/alternative"), "{raw_text}");
}

#[test]
fn the_formatting_toggle_shows_a_live_preview() {
    let mut c = compose::Compose::new(vec![], None);
    let _ = c.update(compose::Message::Edit(
        iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
            std::sync::Arc::new("Hello **world**".into()),
        )),
    ));
    let _ = c.update(compose::Message::Formatting(true));
    assert!(!c.preview.is_empty());
    assert!(c.draft().markdown);
    assert!(matches!(
        c.preview[0],
        iced::widget::markdown::Item::Paragraph(_)
    ));
    // The window with the preview beside the text still lays out and draws.
    let mut ui = iced_test::simulator(c.view());
    ui.find("Formatting (Markdown)").unwrap();
}

/// A signature under the text (after "-- "), Reply-To, and a copy to oneself, set on the account
/// from the command line and applied by `send --account`; `accounts edit` changes them.
#[test]
fn signature_reply_to_and_copy_to_self_are_applied() {
    use mail_parser::MessageParser;
    use peers::{Mode, PeerOptions, SmtpPeer};
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = TestHome::new();
    let sig = home.dir.path().join("sig.txt");
    std::fs::write(&sig, "Ada Lovelace\nAnalytical Engines Ltd.\n").unwrap();
    let port = peer.port().to_string();
    let (code, doc) = home.json(
        &[
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
            &port,
            "--security",
            "none",
            "--signature-file",
            sig.to_str().unwrap(),
            "--reply-to",
            "team@example.com",
            "--bcc-self",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["account"]["bcc_self"], true);
    let send = |subject: &str| {
        home.json(
            &[
                "send",
                "--json",
                "--account",
                "work",
                "--to",
                "bob@example.org",
                "--subject",
                subject,
                "--body",
                "Hello Bob,\nthe plan is ready.",
            ],
            "",
        )
    };
    let (code, doc) = send("One");
    assert_eq!(code, 0, "{doc}");
    let delivered = &peer.wait_messages(1)[0];
    let mut rcpts = delivered.rcpt_tos.clone();
    rcpts.sort();
    assert_eq!(rcpts, ["ada@example.com", "bob@example.org"]);
    let m = MessageParser::default().parse(&delivered.raw).unwrap();
    let text = m.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(
        text.contains("the plan is ready.\n\n-- \nAda Lovelace\nAnalytical Engines Ltd."),
        "{text:?}"
    );
    let reply_to = m
        .reply_to()
        .unwrap()
        .first()
        .unwrap()
        .address()
        .unwrap()
        .to_owned();
    assert_eq!(reply_to, "team@example.com");
    assert!(m.bcc().is_none(), "Bcc is never in the message itself");

    let (code, doc) = home.json(
        &[
            "accounts",
            "edit",
            "work",
            "--json",
            "--no-bcc-self",
            "--reply-to",
            "",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    let (code, doc) = send("Two");
    assert_eq!(code, 0, "{doc}");
    let second = &peer.wait_messages(2)[1];
    assert_eq!(second.rcpt_tos, ["bob@example.org"]);
    let m = MessageParser::default().parse(&second.raw).unwrap();
    assert!(m.reply_to().is_none());
}

#[test]
fn the_compose_window_shows_the_signature_and_swaps_it_with_the_account() {
    let account = |name: &str, sig: &str| outpost::account::Account {
        name: name.into(),
        email: format!("{name}@example.com"),
        signature: sig.into(),
        server: outpost::account::ServerSettings {
            host: "127.0.0.1".into(),
            port: 25,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut c = compose::Compose::new(
        vec![account("work", "Ada\nWork"), account("home", "Ada at home")],
        Some("work".into()),
    );
    assert_eq!(c.body.text(), "\n\n-- \nAda\nWork\n");
    assert!(!c.has_unsent_text(), "a signature alone is nothing to keep");
    let home = compose::AccountChoice {
        name: "home".into(),
        label: "home".into(),
        identity: None,
    };
    let _ = c.update(compose::Message::AccountPicked(home));
    assert_eq!(c.body.text(), "\n\n-- \nAda at home\n");
}

/// Other From addresses ("identities") of an account: offered in the From picker, each with its
/// own signature; sent through the account's server; set with `accounts edit --identity`.
#[test]
fn other_from_addresses_send_through_the_account() {
    let identity = outpost::account::Identity {
        name: "Ada (Support)".into(),
        email: "support@example.com".into(),
        signature: "The support team".into(),
    };
    let account = outpost::account::Account {
        name: "work".into(),
        display_name: "Ada".into(),
        email: "ada@example.com".into(),
        signature: "Ada".into(),
        identities: vec![identity],
        server: outpost::account::ServerSettings {
            host: "127.0.0.1".into(),
            port: 25,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut c = compose::Compose::new(vec![account], Some("work".into()));
    assert_eq!(c.body.text(), "\n\n-- \nAda\n");
    let support = compose::AccountChoice {
        name: "work".into(),
        label: "Ada (Support) <support@example.com>".into(),
        identity: Some("support@example.com".into()),
    };
    let _ = c.update(compose::Message::AccountPicked(support));
    assert_eq!(c.body.text(), "\n\n-- \nThe support team\n");
    let draft = c.draft();
    assert_eq!(
        (draft.from_name.as_str(), draft.from_email.as_str()),
        ("Ada (Support)", "support@example.com")
    );

    // The command line: add one, send from it.
    use mail_parser::MessageParser;
    let (server, inbox) = server();
    let home = home_with_account(server.port);
    let (code, doc) = home.json(
        &[
            "accounts",
            "edit",
            "relay",
            "--json",
            "--identity",
            "Ada at Work <ada.work@example.com>",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        doc["account"]["identities"][0]["email"],
        "ada.work@example.com"
    );
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--from",
            "ada.work@example.com",
            "--to",
            "bob@example.org",
            "--subject",
            "From work",
            "--body",
            "Hi",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    let raw = inbox.lock().unwrap()[0].clone();
    let m = MessageParser::default().parse(&raw).unwrap();
    let from = m.from().unwrap().first().unwrap();
    assert_eq!(from.address(), Some("ada.work@example.com"));
    assert_eq!(from.name(), Some("Ada at Work"));
}
