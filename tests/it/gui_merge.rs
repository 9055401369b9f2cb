//! "Send to a list" in the window, through iced's Simulator and the App's real tasks, against
//! aiosmtpd: the accounts page's button → the list dropped on the window (its columns and the
//! address column found) → the message written with a field inserted → the preview stepping through
//! the rows (a skipped one with its reason) → a test to oneself → "Send 3 messages" at one a minute
//! → the progress page, read from disk: pause, resume, cancel the rest, the report; and the same
//! merge found again by a new window. Only window management (which needs a display) is left out;
//! the once-a-second timer of a merge is the test's own `MergeTick`.

use crate::support::app as support_app;
use crate::support::peers;

use iced::keyboard::key::Named;
use iced::window;
use iced_test::selector::id;
use iced_test::simulator;
use mail_parser::{MessageParser, MimeHeaders};
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

/// The keyboard alone on the main window, as the App's Tab moves it: `tabs` times to the next
/// focus stop from none, then `key` pressed; what the page published.
fn keyboard(app: &App, main: window::Id, tabs: usize, key: Named) -> Vec<Message> {
    use iced::advanced::widget::operation::focusable::focus_next;
    use iced::advanced::widget::operation::{Operation, Outcome};
    use iced_test::core::renderer::Headless;
    use iced_test::core::{Font, Pixels, Size, clipboard, mouse};
    use iced_test::runtime::user_interface::{Cache, UserInterface};
    let mut renderer =
        iced::futures::executor::block_on(<iced_test::renderer::Renderer as Headless>::new(
            Font::with_name("Fira Sans"),
            Pixels(16.0),
            None,
        ))
        .expect("a headless renderer");
    let mut ui = UserInterface::build(
        app.view(main),
        Size::new(1024.0, 768.0),
        Cache::default(),
        &mut renderer,
    );
    for _ in 0..tabs {
        // Counting the stops, then moving the focus: the runtime's chain of operations.
        let mut operation: Box<dyn Operation> = Box::new(focus_next::<()>());
        loop {
            ui.operate(&renderer, operation.as_mut());
            match operation.finish() {
                Outcome::Chain(next) => operation = next,
                _ => break,
            }
        }
    }
    let events: Vec<_> = iced_test::simulator::tap_key(key, None).collect();
    let mut messages = Vec::new();
    let _ = ui.update(
        &events,
        mouse::Cursor::Unavailable,
        &mut renderer,
        &mut clipboard::Null,
        &mut messages,
    );
    messages
}

/// How many presses of Tab reach the first focus stop whose `key` publishes what `wanted` accepts.
fn tabs_to(
    app: &App,
    main: window::Id,
    key: Named,
    wanted: impl Fn(&Message) -> bool,
) -> (usize, Message) {
    (1..60)
        .find_map(|tabs| {
            let published = keyboard(app, main, tabs, key);
            published.into_iter().find(|m| wanted(m)).map(|m| (tabs, m))
        })
        .expect("Tab reaches it")
}

/// Opens the merge pages on `list` and goes to the write page.
async fn write_page(app: &mut App, main: window::Id, list: &std::path::Path) {
    let opening = merge::Opening {
        data: Some(list.to_owned()),
        ..Default::default()
    };
    let task = app.open_merge(None, opening);
    let messages = outputs(task).await;
    drive(app, messages).await;
    click(app, main, "Continue").await;
    assert_eq!(screen(app).page, Page::Write);
}

/// The write page by keyboard: Tab to "Insert field", Space steps to the second column, Tab to
/// "Into the subject", Enter. Files for everyone dropped on the window and an attachment column;
/// a row whose file is missing is skipped in the preview with the reason; each person gets the
/// common file and their own, and nobody else's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_for_everyone_and_from_a_column_reach_the_right_person() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = home_with_account(peer.port());
    let folder = home.dir.path().join("club");
    std::fs::create_dir_all(&folder).unwrap();
    let list = folder.join("members.csv");
    std::fs::write(
        &list,
        "Name,Town,Email,File\nAnn,Lyon,ann@example.org,ann.txt\nBob,Nice,bob@example.org,gone.txt\nCy,Metz,cy@example.org,cy.txt\n",
    )
    .unwrap();
    std::fs::write(folder.join("ann.txt"), "for Ann only").unwrap();
    std::fs::write(folder.join("cy.txt"), "for Cy only").unwrap();
    let common = home.dir.path().join("programme.txt");
    std::fs::write(&common, "the programme for everyone").unwrap();
    let (mut app, main) = open(&home);
    write_page(&mut app, main, &list).await;

    // "Insert field" by keyboard: the list of columns, Space takes the next (the second), the
    // button after it puts it in the subject.
    let (tabs, picked) = tabs_to(&app, main, Named::Space, |m| {
        matches!(m, Message::Merge(merge::Message::FieldPicked(_)))
    });
    let Message::Merge(merge::Message::FieldPicked(c)) = &picked else {
        unreachable!()
    };
    assert_eq!(
        c.value, "Town",
        "Space steps from the first column to the second"
    );
    drive(&mut app, vec![picked]).await;
    let published = keyboard(&app, main, tabs + 1, Named::Enter);
    assert!(
        matches!(&published[..], [Message::Merge(merge::Message::InsertInSubject(c))] if c.value == "Town"),
        "the next stop is “Into the subject”: {published:?}"
    );
    drive(&mut app, published).await;
    let published = keyboard(&app, main, tabs + 2, Named::Enter);
    assert!(
        matches!(&published[..], [Message::Merge(merge::Message::InsertInBody(c))] if c.value == "Town"),
        "then “Into the text”: {published:?}"
    );
    assert_eq!(screen(&app).subject, "{{Town}}");
    drive(
        &mut app,
        vec![
            Message::Merge(merge::Message::SubjectChanged("News for {{Name}}".into())),
            Message::Merge(merge::Message::Edit(
                iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
                    std::sync::Arc::new("Dear {{Name}}, the files are attached.".into()),
                )),
            )),
        ],
    )
    .await;

    // A file for everyone, dropped on the window; the column of each row's own file.
    drive(&mut app, vec![Message::FileDropped(main, common.clone())]).await;
    assert_eq!(
        screen(&app).page,
        Page::Write,
        "a drop while writing attaches"
    );
    assert_eq!(screen(&app).attachments, std::slice::from_ref(&common));
    assert_eq!(screen(&app).sizes.get(&common), Some(&Some(26)));
    assert!(shows(&app, main, "programme.txt"));
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::AttachColumnPicked(field(
            "File",
        )))],
    )
    .await;
    assert_eq!(screen(&app).attach_column.as_deref(), Some("File"));

    // The preview: Bob's file is missing, so his row is skipped with the reason.
    click(&mut app, main, "Preview").await;
    assert_eq!(screen(&app).page, Page::Preview);
    assert!(shows(&app, main, "Rows: 3. Ready: 2. Skipped: 1."));
    assert!(shows(&app, main, "programme.txt, ann.txt"), "Ann's files");
    click(&mut app, main, "Next skipped row").await;
    assert!(shows(&app, main, "Row 3 gets no message."));
    let skipped = &screen(&app).prepared.as_ref().unwrap().plan.skipped[0];
    assert_eq!(skipped.code.as_str(), "attachment_missing");
    assert!(skipped.detail.contains("gone.txt"), "{}", skipped.detail);
    assert!(shows(&app, main, &skipped.detail.clone()));

    // Sent now, quickly: each gets the common file and their own.
    click(&mut app, main, "Continue").await;
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::PerMinuteChanged(
            "600".into(),
        ))],
    )
    .await;
    click(&mut app, main, "Send 2 messages").await;
    assert_eq!(screen(&app).page, Page::Progress);
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    drive(&mut app, vec![Message::MergeTick]).await;
    let delivered = peer.wait_messages(2);
    for (to, own, other) in [
        ("ann@example.org", ("ann.txt", "for Ann only"), "cy.txt"),
        ("cy@example.org", ("cy.txt", "for Cy only"), "ann.txt"),
    ] {
        let message = delivered
            .iter()
            .find(|m| m.rcpt_tos == [to])
            .unwrap_or_else(|| panic!("a message to {to} alone"));
        let parsed = MessageParser::default().parse(&message.raw).unwrap();
        let files: Vec<(String, Vec<u8>)> = parsed
            .attachments()
            .map(|a| {
                (
                    a.attachment_name().unwrap_or_default().to_owned(),
                    a.contents().to_vec(),
                )
            })
            .collect();
        assert!(
            files.contains(&(
                "programme.txt".into(),
                b"the programme for everyone".to_vec()
            )),
            "{to}: {files:?}"
        );
        assert!(
            files.contains(&(own.0.into(), own.1.as_bytes().to_vec())),
            "{to}: {files:?}"
        );
        assert!(files.iter().all(|(n, _)| n != other), "{to}: {files:?}");
        assert_eq!(files.len(), 2, "{to}: {files:?}");
    }
    assert_eq!(peer.count(), 2, "nothing for Bob");
}

/// "Start sending at …": a time in the past is refused; one in the future paces every message
/// from it, and they wait in the outbox until then.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_start_time_in_the_future_holds_every_message_until_then() {
    let home = home_with_account(1);
    let list = home.dir.path().join("list.csv");
    std::fs::write(
        &list,
        "Name,Email\nAnn,ann@example.org\nBob,bob@example.org\nCy,cy@example.org\n",
    )
    .unwrap();
    let (mut app, main) = open(&home);
    write_page(&mut app, main, &list).await;
    drive(
        &mut app,
        vec![
            Message::Merge(merge::Message::SubjectChanged("Hi {{Name}}".into())),
            Message::Merge(merge::Message::Edit(
                iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
                    std::sync::Arc::new("Hello".into()),
                )),
            )),
        ],
    )
    .await;
    click(&mut app, main, "Preview").await;
    click(&mut app, main, "Continue").await;
    assert_eq!(screen(&app).page, Page::Send);
    assert!(shows(&app, main, "Start sending"));

    click(&mut app, main, "At a time…").await;
    assert!(screen(&app).start.is_some(), "a suggestion to start from");
    assert!(screen(&app).start_error.is_none());
    drive(
        &mut app,
        vec![Message::Merge(merge::Message::StartChanged(
            "2020-01-01 09:00".into(),
        ))],
    )
    .await;
    assert!(screen(&app).start_error.is_some(), "a time in the past");
    click(&mut app, main, "Send 3 messages").await;
    assert_eq!(screen(&app).page, Page::Send, "not from a time in the past");
    let at = chrono::Local::now() + chrono::Duration::days(2);
    let typed = at.format("%Y-%m-%d %H:%M").to_string();
    let start = chrono::NaiveDateTime::parse_from_str(&typed, "%Y-%m-%d %H:%M")
        .unwrap()
        .and_local_timezone(chrono::Local)
        .earliest()
        .unwrap()
        .timestamp() as u64;
    drive(
        &mut app,
        vec![
            Message::Merge(merge::Message::StartChanged(typed)),
            Message::Merge(merge::Message::PerMinuteChanged("2".into())),
        ],
    )
    .await;
    assert!(screen(&app).start_error.is_none());
    let times = screen(&app)
        .prepared
        .as_ref()
        .unwrap()
        .schedule
        .times
        .clone();
    assert_eq!(times[0], start, "the estimate starts at it: {times:?}");
    assert!(times.iter().all(|&t| t >= start), "{times:?}");

    click(&mut app, main, "Send 3 messages").await;
    assert_eq!(screen(&app).page, Page::Progress);
    let outbox = Outbox::open(&home.data_dir()).unwrap();
    let queued = outbox.list().unwrap().0;
    assert_eq!(queued.len(), 3);
    for m in &queued {
        let not_before = m.scheduled_for.expect("a send time");
        assert!(not_before >= start, "{not_before} is not before {start}");
    }
}
