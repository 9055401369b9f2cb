//! Drafts that survive: a compose window's text is saved a few seconds after each change, closing
//! with unsent text offers "Keep as draft", the next start (after a crash too) lists the drafts,
//! and sending or discarding one removes it.

use crate::support::app as support_app;
use crate::support::fault;
use crate::support::peers;

use fault::{FaultServer, Inbox, Listen};
use iced::window;
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, DRAFT_DELAY, Message};
use outpost::gui::compose;
use outpost::mail::drafts::Drafts;
use peers::TestHome;
use support_app::{drive_together, home_with_account};

fn open_app(home: &TestHome) -> App {
    let (store, warnings) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let mut app = App::with_store(store, &warnings);
    app.store.config.preferences.undo_send_secs = 0;
    app
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_survives_closing_and_restarting_and_goes_when_sent() {
    let inbox: Inbox = Default::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = home_with_account(server.port);
    let drafts = Drafts::open(&home.data_dir()).unwrap();
    let mut app = open_app(&home);
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    drive_together(
        &mut app,
        vec![
            Message::Compose(w, compose::Message::ToChanged("bob@example.org".into())),
            Message::Compose(w, compose::Message::SubjectChanged("Plans für Q1".into())),
        ],
    )
    .await;
    // Saved a few seconds after the last change, not at every keystroke.
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    assert!(drafts.list().is_empty(), "not while typing");
    tokio::time::sleep(DRAFT_DELAY + std::time::Duration::from_millis(200)).await;
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    let saved = drafts.list();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].message.subject, "Plans für Q1");
    assert_eq!(saved[0].account.as_deref(), Some("relay"));

    // Closing asks; "Keep as draft" keeps it (with the latest text) and closes.
    drive_together(
        &mut app,
        vec![
            Message::Compose(
                w,
                compose::Message::SubjectChanged("Plans für Q1, v2".into()),
            ),
            Message::CloseRequested(w),
        ],
    )
    .await;
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("Keep what you wrote as a draft, or discard it?")
        .unwrap();
    ui.click("Keep as draft").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    drive_together(&mut app, vec![Message::Closed(w)]).await;
    assert_eq!(drafts.list()[0].message.subject, "Plans für Q1, v2");

    // A restart (or a crash) later: the main window offers it.
    drop(app);
    let mut app = open_app(&home);
    let load = app.load_outbox();
    let out = support_app::outputs(load).await;
    drive_together(&mut app, out).await;
    assert_eq!(app.saved_drafts.len(), 1);
    let main = window::Id::unique();
    let mut ui = iced_test::simulator(app.view(main));
    ui.find("Unfinished message").unwrap();
    ui.find("Plans für Q1, v2").unwrap();
    ui.click("Continue writing").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    assert_eq!(clicks.len(), 1);
    // (Opening the window needs a display; the test opens it with what "Continue" reads.)
    let d = drafts.get(&saved[0].id).unwrap();
    let w2 = window::Id::unique();
    let prefill = compose::Prefill::from(d);
    drive_together(&mut app, vec![Message::ComposeReady(w2, prefill)]).await;
    assert_eq!(app.composes[&w2].message.subject, "Plans für Q1, v2");
    drive_together(&mut app, vec![Message::Compose(w2, compose::Message::Send)]).await;
    assert!(matches!(app.composes[&w2].status, compose::Status::Sent(_)));
    assert_eq!(inbox.lock().unwrap().len(), 1);
    assert!(drafts.list().is_empty(), "a sent draft is gone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discarding_removes_the_saved_draft() {
    let home = home_with_account(fault::closed_port());
    let drafts = Drafts::open(&home.data_dir()).unwrap();
    let mut app = open_app(&home);
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    drive_together(
        &mut app,
        vec![Message::Compose(
            w,
            compose::Message::SubjectChanged("Never mind".into()),
        )],
    )
    .await;
    tokio::time::sleep(DRAFT_DELAY + std::time::Duration::from_millis(200)).await;
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    assert_eq!(drafts.list().len(), 1);
    drive_together(
        &mut app,
        vec![
            Message::CloseRequested(w),
            Message::Compose(w, compose::Message::Discard),
        ],
    )
    .await;
    assert!(drafts.list().is_empty());
}

/// To/Cc/Bcc suggest the addresses sent to before (best first); "forget" removes one for good.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn addresses_sent_to_before_are_suggested_and_can_be_forgotten() {
    let home = home_with_account(fault::closed_port());
    let outbox = outpost::outbox::Outbox::open(&home.data_dir()).unwrap();
    let log = outbox.sent_log();
    for (n, to) in [
        "bob@example.org",
        "bob@example.org",
        "bobby@corp.example",
        "carol@example.org",
    ]
    .iter()
    .enumerate()
    {
        log.record(&outpost::outbox::SentRecord {
            id: format!("{n:020}-00000000"),
            account: "relay".into(),
            message_id: format!("<{n}@x>"),
            subject: "s".into(),
            recipients: vec![to.to_string()],
            size: 1,
            sent_at: 1_000 + n as u64,
            server_reply: "250 ok".into(),
        })
        .unwrap();
    }
    let mut app = open_app(&home);
    let load = app.load_addresses();
    let out = support_app::outputs(load).await;
    drive_together(&mut app, out).await;
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    drive_together(
        &mut app,
        vec![Message::Compose(
            w,
            compose::Message::ToChanged("ann@example.net, bo".into()),
        )],
    )
    .await;
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("bobby@corp.example").unwrap();
    ui.click("bob@example.org").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    assert_eq!(
        app.composes[&w].message.to,
        "ann@example.net, bob@example.org, "
    );

    drive_together(
        &mut app,
        vec![Message::Compose(
            w,
            compose::Message::CcChanged("car".into()),
        )],
    )
    .await;
    let mut ui = iced_test::simulator(app.view(w));
    ui.find("carol@example.org").unwrap();
    ui.click("forget").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    assert!(app.book.suggest("car", 5).is_empty());
    // Remembered across restarts.
    let mut again = open_app(&home);
    let load = again.load_addresses();
    let out = support_app::outputs(load).await;
    drive_together(&mut again, out).await;
    assert!(again.book.suggest("car", 5).is_empty());
    assert_eq!(again.book.suggest("bo", 5)[0], "bob@example.org");
}

/// "Signature…" on an account: the signature, Reply-To and the copy to oneself are saved to the
/// configuration; a provider that keeps sent mail says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signature_and_replies_are_edited_in_the_window() {
    let home = home_with_account(fault::closed_port());
    let config = home.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap() + "provider = \"gmail\"\n";
    std::fs::write(&config, text).unwrap();
    let mut app = open_app(&home);
    let main = window::Id::unique();
    let mut ui = iced_test::simulator(app.view(main));
    ui.click("Signature…").unwrap();
    let clicks: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, clicks).await;
    use outpost::gui::identity::Message as Id;
    drive_together(
        &mut app,
        vec![
            Message::Identity(Id::Signature(iced::widget::text_editor::Action::Edit(
                iced::widget::text_editor::Edit::Paste(std::sync::Arc::new(
                    "Ada\nAnalytical Engines".into(),
                )),
            ))),
            Message::Identity(Id::ReplyTo("not an address".into())),
            Message::Identity(Id::Save),
        ],
    )
    .await;
    let mut ui = iced_test::simulator(app.view(main));
    ui.find("Gmail already keeps a copy of what you send in your Sent folder, so this is usually not needed.")
        .unwrap();
    drop(ui);
    assert!(
        matches!(app.screen, outpost::gui::app::Screen::Identity(_)),
        "not saved"
    );
    drive_together(
        &mut app,
        vec![
            Message::Identity(Id::ReplyTo("team@example.com".into())),
            Message::Identity(Id::BccSelf(true)),
            Message::Identity(Id::Save),
        ],
    )
    .await;
    let (store, _) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let a = &store.config.accounts[0];
    assert_eq!(a.signature, "Ada\nAnalytical Engines");
    assert_eq!(a.reply_to.as_deref(), Some("team@example.com"));
    assert!(a.bcc_self);
    // A new compose window shows it under the text.
    let w = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::ComposeOpened(w, Some("relay".into()))],
    )
    .await;
    assert_eq!(
        app.composes[&w].body.text(),
        "\n\n-- \nAda\nAnalytical Engines\n"
    );
}

/// What `outpost compose` hands over (and nothing typed yet) is kept as a draft too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_handed_over_by_the_command_line_is_kept_as_a_draft() {
    let home = home_with_account(fault::closed_port());
    let drafts = Drafts::open(&home.data_dir()).unwrap();
    let mut app = open_app(&home);
    let w = window::Id::unique();
    let prefill = compose::Prefill {
        message: outpost::mail::Draft {
            subject: "Crash test".into(),
            body: "Dear Bob,".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    drive_together(&mut app, vec![Message::ComposeReady(w, prefill)]).await;
    assert!(app.composes[&w].dirty);
    tokio::time::sleep(DRAFT_DELAY + std::time::Duration::from_millis(200)).await;
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    assert_eq!(drafts.list().len(), 1);
    assert_eq!(drafts.list()[0].message.body, "Dear Bob,");
}
