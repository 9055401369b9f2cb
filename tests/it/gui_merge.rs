//! "Send to a list" in the window, through iced's Simulator and the App's real tasks, against
//! aiosmtpd: the accounts page's button → the list dropped on the window (its columns and the
//! address column found) → the message written with a field inserted → the preview stepping through
//! the rows (a skipped one with its reason) → a test to oneself → "Send 3 messages" at one a minute
//! → the progress page, read from disk: pause, resume, cancel the rest, the report; and the same
//! merge found again by a new window. Only window management (which needs a display) is left out;
//! the once-a-second timer of a merge is the test's own `MergeTick`.

use crate::support::app as support_app;
use crate::support::peers;

use iced::window;
use iced_test::selector::id;
use iced_test::simulator;
use mail_parser::MessageParser;
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, Message, Screen};
use outpost::gui::merge::{self, Choice, MergeScreen, Page};
use outpost::outbox::{Outbox, State};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};
use support_app::{home_with_account, outputs};

/// Feeds messages to the app, and everything their tasks produce, until nothing is left.
async fn drive(app: &mut App, messages: Vec<Message>) {
    let mut pending = messages;
    while !pending.is_empty() {
        let mut next = Vec::new();
        for m in pending {
            let task = app.update(m);
            next.extend(outputs(task).await);
        }
        pending = next;
    }
}

/// Clicks `label` on the main window and drives what it produced.
async fn click(app: &mut App, main: window::Id, label: &str) {
    let mut ui = simulator(app.view(main));
    ui.click(label)
        .unwrap_or_else(|e| panic!("{label:?} is on the page: {e:?}"));
    let messages: Vec<_> = ui.into_messages().collect();
    drive(app, messages).await;
}

/// Whether the main window shows exactly this text.
fn shows(app: &App, main: window::Id, text: &str) -> bool {
    simulator(app.view(main)).find(text).is_ok()
}

fn screen(app: &App) -> &MergeScreen {
    match &app.screen {
        Screen::Merge(m) => m,
        _ => panic!("the merge pages are showing"),
    }
}

fn open(home: &TestHome) -> (App, window::Id) {
    let (store, warnings) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let mut app = App::with_store(store, &warnings);
    let main = window::Id::unique();
    app.main = Some(main);
    (app, main)
}

fn field(name: &str) -> Choice {
    Choice {
        value: name.into(),
        label: name.into(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_from_the_file_to_its_progress_page() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = home_with_account(peer.port());
    let list = home.dir.path().join("members.csv");
    std::fs::write(
        &list,
        "Name,E-mail,Town\nAnn Smith,ann@example.org,Lyon\nBob,bob@example.org,\nNobody,x,Paris\nCy,cy@example.org,Nice\n",
    )
    .unwrap();
    let (mut app, main) = open(&home);

    // "Send to a list…" beside New message; the list is dropped on the window.
    click(&mut app, main, "Send to a list…").await;
    assert_eq!(screen(&app).page, Page::File);
    drive(&mut app, vec![Message::FileDropped(main, list.clone())]).await;
    assert!(shows(&app, main, "members.csv"));
    assert!(shows(&app, main, "4 rows, 3 columns"));
    assert!(shows(
        &app,
        main,
        "Outpost found the addresses in the column “E-mail” by its name."
    ));
    assert!(shows(&app, main, "Lyon"), "an example of each column");
    assert!(shows(&app, main, "Addresses"));

    // Write: the subject typed with a field from "Insert field", the text with another.
    click(&mut app, main, "Continue").await;
    assert_eq!(screen(&app).page, Page::Write);
    let mut ui = simulator(app.view(main));
    ui.click(id("merge-subject")).unwrap();
    ui.typewrite("News for ");
    ui.click(id("merge-body")).unwrap();
    ui.typewrite("Dear ");
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    // What the "Insert field" menus publish when "Name" is picked (the menu is an overlay that
    // the Simulator cannot open by its text).
    let picked = vec![
        Message::Merge(merge::Message::InsertInSubject(field("Name"))),
        Message::Merge(merge::Message::InsertInBody(field("Name"))),
    ];
    drive(&mut app, picked).await;
    let mut ui = simulator(app.view(main));
    ui.click(id("merge-body")).unwrap();
    ui.typewrite(", see you in {{Town|your town}}.");
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(screen(&app).subject, "News for {{Name}}");
    assert_eq!(
        screen(&app).body.text().trim_end(),
        "Dear {{Name}}, see you in {{Town|your town}}."
    );

    // Preview: each row as its person gets it, the skipped one with its reason.
    click(&mut app, main, "Preview").await;
    assert_eq!(screen(&app).page, Page::Preview);
    assert!(shows(&app, main, "Rows: 4. Ready: 3. Skipped: 1."));
    assert!(shows(&app, main, "Row 2 (1 of 4)"));
    assert!(shows(&app, main, "News for Ann Smith"));
    assert!(shows(&app, main, "Dear Ann Smith, see you in Lyon."));
    click(&mut app, main, "Next").await;
    assert!(shows(&app, main, "Dear Bob, see you in your town."));
    click(&mut app, main, "Next skipped row").await;
    assert!(shows(&app, main, "Row 4 gets no message."));
    assert!(shows(&app, main, "“x” is not one valid email address."));

    // A test to myself, through the outbox and the one flush, to aiosmtpd.
    click(&mut app, main, "Send a test to myself").await;
    assert!(
        shows(
            &app,
            main,
            "The first message went to ada@example.com as a test. Have a look at it there."
        ),
        "{:?}",
        screen(&app).test
    );
    let test = &peer.wait_messages(1)[0];
    assert_eq!(test.rcpt_tos, ["ada@example.com"]);
    let parsed = MessageParser::default().parse(&test.raw).unwrap();
    assert_eq!(parsed.subject(), Some("News for Ann Smith"));
    assert!(
        app.notices.is_empty(),
        "no notice for the test: {:?}",
        app.notices
    );

    // Send: one a minute, so that the first goes now and the others wait their turn.
    click(&mut app, main, "Continue").await;
    assert_eq!(screen(&app).page, Page::Send);
    assert!(shows(&app, main, "Send 3 messages"));
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::PerMinuteChanged("1".into()))],
    )
    .await;
    assert_eq!(screen(&app).prepared.as_ref().unwrap().per_minute, 1);
    click(&mut app, main, "Send 3 messages").await;
    assert_eq!(screen(&app).page, Page::Progress);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let queued: Vec<_> = outbox
        .list()
        .unwrap()
        .0
        .into_iter()
        .filter(|m| m.merge_id.is_some())
        .collect();
    assert_eq!(queued.len(), 3);
    let merge_id = queued[0].merge_id.clone().unwrap();
    assert_eq!(screen(&app).watched(), Some(merge_id.as_str()));

    // The timer's tick: what is due goes.
    drive(&mut app, vec![Message::MergeTick]).await;
    let delivered = peer.wait_messages(2);
    let ann = &delivered[1];
    assert_eq!(ann.rcpt_tos, ["ann@example.org"], "one recipient");
    let parsed = MessageParser::default().parse(&ann.raw).unwrap();
    assert_eq!(parsed.subject(), Some("News for Ann Smith"));
    assert_eq!(
        parsed.body_text(0).unwrap().trim(),
        "Dear Ann Smith, see you in Lyon."
    );
    assert!(shows(&app, main, "1 of 3 sent"));
    assert!(
        app.notices.is_empty(),
        "no notice per message: {:?}",
        app.notices
    );

    // Pause: the rest is held; resume: back in line; cancel the rest, after asking.
    click(&mut app, main, "Pause").await;
    assert!(shows(&app, main, "Paused. Messages held: 2."));
    let held = outbox.list().unwrap().0;
    assert!(held.iter().all(|m| m.state == State::Held), "{held:?}");
    click(&mut app, main, "Resume").await;
    assert!(shows(&app, main, "Resumed. Messages back in line: 2."));
    let back = outbox.list().unwrap().0;
    assert!(
        back.iter()
            .all(|m| m.state == State::Queued && m.scheduled_for.is_some())
    );
    click(&mut app, main, "Cancel the rest").await;
    assert!(shows(
        &app,
        main,
        "Remove the 2 messages not sent yet? Those already sent stay sent."
    ));
    click(&mut app, main, "Remove them").await;
    assert!(shows(&app, main, "Cancelled. Messages removed: 2."));
    assert!(outbox.list().unwrap().0.is_empty());
    assert_eq!(peer.count(), 2, "nothing else was sent");

    // The report, where the save dialog said.
    let report = home.dir.path().join("report.csv");
    drive(
        &mut app,
        vec![Message::MergeReportTo(
            merge_id.clone(),
            Some(report.clone()),
        )],
    )
    .await;
    let csv = std::fs::read_to_string(&report).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "row,address,state,time,problem");
    assert!(lines[1].starts_with("2,ann@example.org,sent,"), "{csv}");
    assert!(lines[2].starts_with("3,bob@example.org,cancelled"), "{csv}");
    assert!(lines[3].starts_with("4,,skipped"), "{csv}");
    assert!(lines[4].starts_with("5,cy@example.org,cancelled"), "{csv}");

    // Escape leaves; a new window (Outpost started again) finds the merge and its state on disk.
    drive(&mut app, vec![Message::Escape(main)]).await;
    assert!(matches!(app.screen, Screen::Accounts(_)));
    drop(app);
    let (mut app, main) = open(&home);
    click(&mut app, main, "Send to a list…").await;
    assert!(shows(&app, main, "Mail merges"));
    click(&mut app, main, "Show progress").await;
    assert_eq!(screen(&app).watched(), Some(merge_id.as_str()));
    assert!(shows(&app, main, "1 of 3 sent"));
    assert!(shows(&app, main, "Cancelled"));
}

/// A list without a column of addresses: the file page says so and the address column can be
/// picked; a placeholder naming no column stops at the write page with the closest one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_address_column_can_be_picked_and_a_wrong_field_is_named() {
    let home = home_with_account(1);
    let list = home.dir.path().join("people.csv");
    std::fs::write(&list, "Who,Reach\nAnn,ann at example\nBob,bob at example\n").unwrap();
    let (mut app, main) = open(&home);
    let opening = merge::Opening {
        data: Some(list.clone()),
        ..Default::default()
    };
    let task = app.open_merge(None, opening);
    let messages = outputs(task).await;
    drive(&mut app, messages).await;
    assert!(shows(
        &app,
        main,
        "No column holds email addresses. Pick the column with the addresses above, or name it “Email” in the list."
    ));
    click(&mut app, main, "Continue").await;
    assert_eq!(screen(&app).page, Page::File, "no addresses, no next page");
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::AddressPicked(field(
            "Reach",
        )))],
    )
    .await;
    assert!(shows(
        &app,
        main,
        "The addresses are taken from the column “Reach”."
    ));
    click(&mut app, main, "Continue").await;
    drive(
        &mut app,
        vec![
            Message::Merge(merge::Message::SubjectChanged("Hi {{Whom}}".into())),
            Message::Merge(merge::Message::Edit(
                iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
                    std::sync::Arc::new("Hello".into()),
                )),
            )),
        ],
    )
    .await;
    click(&mut app, main, "Preview").await;
    assert_eq!(screen(&app).page, Page::Write);
    assert!(shows(
        &app,
        main,
        "There is no column for the placeholder “Whom”. Did you mean “Who”?"
    ));
    // Every row is then skipped for its address: the preview says why, and nothing can be sent.
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::SubjectChanged(
            "Hi {{Who}}".into(),
        ))],
    )
    .await;
    click(&mut app, main, "Preview").await;
    assert_eq!(screen(&app).page, Page::Preview);
    assert!(shows(&app, main, "Rows: 2. Ready: 0. Skipped: 2."));
    assert!(shows(
        &app,
        main,
        "“ann at example” is not one valid email address."
    ));
}
