//! The GUI's flows, driven through iced's Simulator: what a person clicks and types becomes the
//! messages the screens receive, and the screens' state and text are checked after each step.

use iced::keyboard::key::Named;
use std::time::SystemTime;

use iced::widget::text_editor;
use iced_test::selector::id;
use iced_test::simulator;
use outpost::account::{Account, AuthMethod, Security, ServerSettings};
use outpost::gui::compose::{self, Compose};
use outpost::gui::wizard::{self, PortChoice, Step, Wizard, address, server, test};
use outpost::outbox::Outbox;
use outpost::outbox::limits::Standing;
use outpost::smtp::doctor::{Report, ServerReport, StepReport, StepStatus};
use outpost::smtp::{Problem, ProblemKind, Step as SmtpStep};

/// Feeds everything the simulator produced back into the wizard.
fn drive(w: &mut Wizard, messages: impl IntoIterator<Item = wizard::Message>) {
    for m in messages {
        let _ = w.update(m);
    }
}

fn detected(w: &mut Wizard) {
    let d = outpost::discover::detect_offline(w.email().trim());
    let _ = w.update(address::Message::Detected(d.map(Box::new)).into());
}

#[test]
fn invalid_address_is_marked_inline() {
    let mut w = Wizard::new(vec![]);
    let mut ui = simulator(w.view());
    ui.click(id("email")).unwrap();
    ui.typewrite("bob@");
    ui.tap_key(Named::Enter);
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.step, Step::Address);
    assert!(!w.detecting());
    let mut ui = simulator(w.view());
    ui.find("“bob@” in Email address is not a valid email address. It should look like name@example.com.")
        .expect("the error is shown under the field");
}

#[test]
fn preset_fills_settings_and_shows_notes() {
    let mut w = Wizard::new(vec![]);
    let mut ui = simulator(w.view());
    ui.click(id("display-name")).unwrap();
    ui.typewrite("Ada Lovelace");
    ui.click(id("email")).unwrap();
    ui.typewrite("ada@gmail.com");
    ui.click("Continue").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert!(w.detecting(), "Continue starts detection");
    detected(&mut w);
    assert_eq!(w.step, Step::Provider);
    assert_eq!(w.provider().map(|p| p.id.as_str()), Some("gmail"));
    assert_eq!(w.host(), "smtp.gmail.com");
    assert_eq!(w.username(), "ada@gmail.com");
    let gmail = outpost::providers::by_id("gmail").unwrap();
    let mut ui = simulator(w.view());
    ui.find("Found: Gmail (from built-in settings).").unwrap();
    for note in &gmail.notes {
        ui.find(note.text().as_str())
            .expect("every preset note is shown");
    }
}

#[test]
fn picking_a_provider_tile_changes_the_settings() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged("someone@example.org".into()).into());
    detected(&mut w);
    assert!(w.provider().is_none());
    let yahoo = outpost::providers::by_id("yahoo").expect("the Yahoo preset exists");
    let mut ui = simulator(w.view());
    ui.click(yahoo.name.as_str()).unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.provider().map(|p| p.id.as_str()), Some("yahoo"));
    assert_eq!(w.host(), yahoo.servers[0].host);
}

#[test]
fn port_sets_the_usual_encryption() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged("me@example.org".into()).into());
    detected(&mut w);
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(w.step, Step::Server);
    let _ = w.update(server::Message::PortPicked(PortChoice::Port(465)).into());
    assert_eq!(w.security(), Security::Tls);
    let _ = w.update(server::Message::PortPicked(PortChoice::Port(587)).into());
    assert_eq!(w.security(), Security::StartTls);
    let _ = w.update(server::Message::PortPicked(PortChoice::Other).into());
    let _ = w.update(server::Message::PortTextChanged("2465".into()).into());
    assert_eq!(w.security(), Security::Tls);
    // A typed port out of range is refused with a message next to the field.
    let _ = w.update(server::Message::PortTextChanged("70000".into()).into());
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(w.step, Step::Server);
    let mut ui = simulator(w.view());
    ui.find("“70000” is not a port number. Use a number from 1 to 65535, for example 587 or 465.")
        .unwrap();
}

#[test]
fn no_encryption_needs_an_explicit_i_understand() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged("me@example.org".into()).into());
    detected(&mut w);
    let _ = w.update(wizard::Message::Continue);
    let mut ui = simulator(w.view());
    ui.click("no encryption").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.security(), Security::None);
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(
        w.step,
        Step::Server,
        "a password may not go unencrypted without consent"
    );
    let mut ui = simulator(w.view());
    ui.find("Outpost will not send your password over an unencrypted connection. Choose SSL/TLS or STARTTLS, or explicitly accept the risk for this account.").unwrap();
    ui.click("I understand that my password will be sent unencrypted")
        .unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert!(w.accept_insecure());
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(w.step, Step::SignIn);
    assert!(w.settings().unwrap().allow_password_without_encryption);
}

fn failed_report() -> Report {
    let step = |name, status| StepReport {
        name,
        status,
        ms: 3,
        detail: String::new(),
    };
    let problem = Problem::new(ProblemKind::ExpectsImplicitTls, SmtpStep::Greeting)
        .at("smtp.example.org", 587)
        .with_suggestion(465, Security::Tls);
    Report {
        ok: false,
        steps: vec![
            step(SmtpStep::Resolve, StepStatus::Ok),
            step(SmtpStep::Connect, StepStatus::Ok),
            step(SmtpStep::Greeting, StepStatus::Failed),
        ],
        server: ServerReport::default(),
        problem: Some(problem),
        transcript: vec!["-- no greeting --".into()],
    }
}

#[test]
fn failed_test_shows_fix_and_applies_the_suggestion() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged("me@example.org".into()).into());
    detected(&mut w);
    w.step = Step::Test;
    let _ = w.update(test::Message::Tested(Ok(Box::new(failed_report()))).into());
    let report = failed_report();
    let problem = report.problem.as_ref().unwrap();
    let mut ui = simulator(w.view());
    ui.find(problem.message().as_str()).unwrap();
    ui.find(format!("What to do: {}", problem.fix()).as_str())
        .unwrap();
    ui.find("Server says hello").unwrap();
    ui.click("Use port 465 with SSL/TLS and test again")
        .unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.port_choice(), PortChoice::Port(465));
    assert_eq!(w.security(), Security::Tls);
    assert!(w.testing(), "the test runs again at once");
}

#[test]
fn details_show_the_transcript() {
    let mut w = Wizard::new(vec![]);
    w.step = Step::Test;
    let _ = w.update(test::Message::Tested(Ok(Box::new(failed_report()))).into());
    let mut ui = simulator(w.view());
    ui.click("Show details").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    let mut ui = simulator(w.view());
    ui.find("-- no greeting --").unwrap();
    ui.find("Copy").unwrap();
}

fn account() -> Account {
    Account {
        name: "work".into(),
        display_name: "Ada".into(),
        email: "ada@example.org".into(),
        server: ServerSettings {
            host: "127.0.0.1".into(),
            port: 2525,
            security: Security::StartTls,
            auth: AuthMethod::Password,
            username: "ada".into(),
            ..ServerSettings::default()
        },
        provider: None,
        default: true,
        daily_limit: None,
        oauth2: None,
        ..Account::default()
    }
}

fn drive_compose(
    c: &mut Compose,
    messages: impl IntoIterator<Item = compose::Message>,
) -> Vec<compose::Event> {
    drive_compose_with(c, None, messages)
}

/// Feeds messages to the window and answers what it asks as the App would: a message to send is
/// checked (its files, and the daily limit against `outbox`), attached files are measured. The
/// other events are returned.
fn drive_compose_with(
    c: &mut Compose,
    outbox: Option<&Outbox>,
    messages: impl IntoIterator<Item = compose::Message>,
) -> Vec<compose::Event> {
    let mut pending: std::collections::VecDeque<_> = messages.into_iter().collect();
    let mut events = Vec::new();
    while let Some(m) = pending.pop_front() {
        match c.update(m).1 {
            Some(compose::Event::Check(request)) => {
                let standing = outbox.map_or(Standing::Fine, |o| {
                    outpost::ops::submit::standing(o, &request.account, 1, SystemTime::now())
                });
                pending.push_back(compose::Message::Checked(Box::new(compose::Checked {
                    errors: request.draft.check(),
                    request: *request,
                    standing,
                })));
            }
            Some(compose::Event::Measure(paths)) => {
                let files = paths
                    .into_iter()
                    .map(|path| compose::Attachment {
                        size: std::fs::metadata(&path)
                            .ok()
                            .filter(|m| m.is_file())
                            .map(|m| m.len()),
                        path,
                    })
                    .collect();
                pending.push_back(compose::Message::Measured(files));
            }
            Some(event) => events.push(event),
            None => {}
        }
    }
    events
}

#[test]
fn compose_marks_invalid_addresses_and_keeps_the_text() {
    let mut c = Compose::new(vec![account()], None);
    let mut ui = simulator(c.view());
    ui.click(id("to")).unwrap();
    ui.typewrite("bob@, carol@example.net");
    ui.click(id("subject")).unwrap();
    ui.typewrite("Hello");
    ui.click("Send").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let events = drive_compose(&mut c, messages);
    assert!(events.is_empty());
    assert_eq!(
        c.status,
        compose::Status::Editing,
        "nothing is sent with an invalid address"
    );
    assert_eq!(c.message.to, "bob@, carol@example.net");
    let mut ui = simulator(c.view());
    ui.find("“bob@” in To is not a valid email address. It should look like name@example.com.")
        .unwrap();
}

#[test]
fn compose_lists_attachments_with_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, vec![0u8; 1500]).unwrap();
    let mut c = Compose::new(vec![account()], None);
    let events = drive_compose(
        &mut c,
        [compose::Message::FilesPicked(vec![
            file.clone(),
            dir.path().join("gone.txt"),
        ])],
    );
    assert!(events.is_empty(), "the App measured them");
    let mut ui = simulator(c.view());
    ui.find("report.pdf").unwrap();
    ui.find("1.5 KB").unwrap();
    ui.find("file missing").unwrap();
    drop(ui);
    // What the last connection to the account's server learned (the App reads it).
    let _ = c.update(compose::Message::ServerLimit("work".into(), Some(1000)));
    let mut ui = simulator(c.view());
    ui.find(
        "Attachments: 1.5 KB — too large for this server, which accepts messages up to 1.0 KB.",
    )
    .unwrap();
    drop(ui);
    let _ = c.update(compose::Message::RemoveAttachment(1));
    assert_eq!(c.message.attachments.len(), 1);
}

#[test]
fn closing_with_unsent_text_asks_first() {
    let mut c = Compose::new(vec![account()], None);
    assert!(!c.has_unsent_text());
    let _ = c.update(compose::Message::SubjectChanged("Draft".into()));
    assert!(c.has_unsent_text());
    c.ask_before_closing();
    let mut ui = simulator(c.view());
    ui.find("Keep what you wrote as a draft, or discard it?")
        .unwrap();
    ui.click("Keep editing").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let events = drive_compose(&mut c, messages);
    assert!(events.is_empty() && !c.confirm_close);
    c.ask_before_closing();
    let mut ui = simulator(c.view());
    ui.click("Discard").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let events = drive_compose(&mut c, messages);
    assert!(matches!(events.as_slice(), [compose::Event::Discard]));
    c.ask_before_closing();
    let mut ui = simulator(c.view());
    ui.click("Keep as draft").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let events = drive_compose(&mut c, messages);
    assert!(matches!(events.as_slice(), [compose::Event::KeepDraft]));
}

#[test]
fn compose_asks_before_going_over_the_daily_limit() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = outpost::outbox::Outbox::open(dir.path()).unwrap();
    let mut a = account();
    a.daily_limit = Some(10);
    outpost::outbox::worker::limits(&outbox)
        .add(&a.name, 10, std::time::SystemTime::now())
        .unwrap();
    let mut c = Compose::new(vec![a], None);
    drive_compose_with(
        &mut c,
        Some(&outbox),
        [
            compose::Message::ToChanged("bob@example.org".into()),
            compose::Message::Send,
        ],
    );
    assert_eq!(
        c.status,
        compose::Status::Editing,
        "nothing is sent before the user agrees"
    );
    let mut ui = simulator(c.view());
    ui.find("This account has already sent 10 of the 10 messages its provider allows per day. Sending more may get the account blocked for a while. Send anyway?").unwrap();
    ui.click("Send anyway").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive_compose_with(&mut c, Some(&outbox), messages);
    assert_eq!(c.status, compose::Status::Sending);
}

#[test]
fn detection_can_be_stopped() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged("ada@example.org".into()).into());
    let _ = w.update(wizard::Message::Continue);
    assert!(w.detecting());
    let mut ui = simulator(w.view());
    ui.click("Stop looking and enter the settings myself")
        .unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert!(!w.detecting());
    assert_eq!(w.step, Step::Provider);
    assert_eq!(w.host(), "smtp.example.org", "the built-in guess is used");
}

#[test]
fn mentioning_an_attachment_without_one_asks_first() {
    let mut c = Compose::new(vec![account()], None);
    let _ = c.update(compose::Message::ToChanged("bob@example.org".into()));
    let _ = c.update(compose::Message::SubjectChanged("Plan".into()));
    let _ = c.update(compose::Message::Edit(text_editor::Action::Edit(
        text_editor::Edit::Paste(std::sync::Arc::new("Hallo Bob, anbei der Plan.".into())),
    )));
    let events = drive_compose(&mut c, [compose::Message::Send]);
    assert!(events.is_empty(), "nothing is sent yet");
    let mut ui = simulator(c.view());
    ui.find("You mention an attachment, but nothing is attached.")
        .unwrap();
    ui.click("Send without").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let events = drive_compose(&mut c, messages);
    assert!(matches!(events.as_slice(), [compose::Event::Send(_)]));
}

/// The window's title names the page; the text-size preference becomes iced's scale factor
/// (clamped to 100–150 %) and is saved; the theme follows the system's mode unless one is chosen.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn title_text_size_and_theme() {
    use crate::support::app::{drive_together, outputs};
    use outpost::config::{Paths, Store, ThemeChoice};
    use outpost::gui::app::{App, Message, Screen};
    use outpost::gui::settings;

    let home = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: home.path().join("config"),
        data_dir: home.path().join("data"),
    };
    std::fs::create_dir_all(&paths.config_dir).unwrap();
    std::fs::write(
        paths.config_dir.join("config.toml"),
        "[[account]]\nname = \"work\"\nemail = \"ada@example.org\"\nhost = \"127.0.0.1\"\nport = 2525\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n",
    )
    .unwrap();
    let (store, warnings) = Store::open_at(paths.clone()).unwrap();
    let account = store.config.accounts[0].clone();
    let mut app = App::with_store(store, &warnings);
    let window = iced::window::Id::unique();

    assert_eq!(app.title(window), "Outpost");
    app.screen = Screen::Wizard(Box::new(Wizard::edit(&account, vec![])));
    assert_eq!(app.title(window), "Server – Outpost");
    app.screen = Screen::Settings(settings::Settings);
    assert_eq!(app.title(window), "Settings – Outpost");

    assert_eq!(app.scale_factor(window), 1.0);
    let saving = app.update(Message::Settings(settings::Message::TextScale(130)));
    assert_eq!(app.scale_factor(window), 1.3, "applies at once");
    let saved = outputs(saving).await;
    drive_together(&mut app, saved).await;
    let saved = std::fs::read_to_string(paths.config_dir.join("config.toml")).unwrap();
    assert!(saved.contains("text_scale = 130"), "{saved}");
    // A second choice made before the first is saved: neither is lost, the latest wins.
    let first = app.update(Message::Settings(settings::Message::TextScale(110)));
    let second = app.update(Message::Settings(settings::Message::TextScale(400)));
    assert_eq!(app.scale_factor(window), 1.5, "at most 150 %");
    let first = outputs(first).await;
    let second = outputs(second).await;
    assert!(second.is_empty(), "the second waits for the first");
    let rest: Vec<_> = first.into_iter().map(|m| app.update(m)).collect();
    assert_eq!(
        app.scale_factor(window),
        1.5,
        "the first's result keeps the latest choice"
    );
    for task in rest {
        let messages = outputs(task).await;
        drive_together(&mut app, messages).await;
    }
    assert_eq!(app.scale_factor(window), 1.5);
    let saved = std::fs::read_to_string(paths.config_dir.join("config.toml")).unwrap();
    assert!(saved.contains("text_scale = 150"), "{saved}");
    app.store.config.preferences.text_scale = 20;
    assert_eq!(app.scale_factor(window), 1.0, "at least 100 %");

    let dark = |app: &App| app.theme(window).unwrap().extended_palette().is_dark;
    assert!(!dark(&app), "light until the system says otherwise");
    let _ = app.update(Message::SystemTheme(iced::theme::Mode::Dark));
    assert!(dark(&app), "follows the system");
    let _ = app.update(Message::Settings(settings::Message::Theme(
        ThemeChoice::Light,
    )));
    assert!(!dark(&app), "a chosen mode wins over the system's");
}

/// The wizard shows every step by name, and the provider page a monogram on each tile.
#[test]
fn step_names_and_provider_monograms() {
    let mut w = Wizard::new(vec![]);
    drive(
        &mut w,
        [wizard::Message::Address(address::Message::EmailChanged(
            "ada@gmail.com".into(),
        ))],
    );
    {
        let mut ui = simulator(w.view());
        for step in ["Address", "Provider", "Server", "Sign in", "Test", "Done"] {
            ui.find(step)
                .unwrap_or_else(|_| panic!("the step {step:?} is shown"));
        }
        ui.find("Step 1 of 6").unwrap();
    }
    detected(&mut w);
    let mut ui = simulator(w.view());
    ui.find("Gmail").unwrap();
    ui.find("G").unwrap();
    ui.find("AS").unwrap();
    ui.find("Step 2 of 6").unwrap();
}

/// A compose window knows the SIZE limit that the last connection to its account's server learned
/// (the App reads it; the window opens no connection of its own). Nothing learned: no limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compose_knows_the_learned_size_limit() {
    use crate::support::app::drive_together as drive;
    use outpost::account::learned::Learned;
    use outpost::config::{Paths, Store};
    use outpost::gui::app::{App, Message};

    let home = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: home.path().join("config"),
        data_dir: home.path().join("data"),
    };
    std::fs::create_dir_all(&paths.config_dir).unwrap();
    let account = |name: &str, port: u16| {
        format!(
            "[[account]]\nname = \"{name}\"\nemail = \"{name}@example.org\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nauth = \"none\"\n"
        )
    };
    std::fs::write(
        paths.config_dir.join("config.toml"),
        account("work", 2525) + &account("home", 2526),
    )
    .unwrap();
    Learned::new(&paths.data_dir)
        .record("work", "127.0.0.1", 2525, Some(1000))
        .unwrap();
    let (store, warnings) = Store::open_at(paths).unwrap();
    let mut app = App::with_store(store, &warnings);
    let w = iced::window::Id::unique();
    drive(
        &mut app,
        vec![Message::ComposeOpened(w, Some("work".into()))],
    )
    .await;
    assert_eq!(app.composes[&w].server_limit, Some(1000));
    let pick = |name: &str| {
        Message::Compose(
            w,
            compose::Message::AccountPicked(compose::AccountChoice {
                name: name.into(),
                label: name.into(),
                identity: None,
            }),
        )
    };
    drive(&mut app, vec![pick("home")]).await;
    assert_eq!(app.composes[&w].server_limit, None, "nothing learned yet");
    drive(&mut app, vec![pick("work")]).await;
    assert_eq!(app.composes[&w].server_limit, Some(1000));
}

/// The account list only asks; the App does it off the UI thread: "Make default" clicked twice
/// before either is saved changes the file in the order clicked, and "Test connection" runs the
/// doctor and shows its answer on the list.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_list_asks_and_the_app_does_it() {
    use crate::support::app::{drive_together, outputs};
    use outpost::config::{Paths, Store};
    use outpost::gui::accounts::{self, TestResult};
    use outpost::gui::app::{App, Message, Screen};

    let home = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: home.path().join("config"),
        data_dir: home.path().join("data"),
    };
    std::fs::create_dir_all(&paths.config_dir).unwrap();
    let port = crate::support::fault::closed_port();
    let account = |name: &str| {
        format!(
            "[[account]]\nname = \"{name}\"\nemail = \"{name}@example.org\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nauth = \"none\"\n"
        )
    };
    std::fs::write(
        paths.config_file(),
        account("work") + "default = true\n" + &account("home"),
    )
    .unwrap();
    let (store, warnings) = Store::open_at(paths.clone()).unwrap();
    let mut app = App::with_store(store, &warnings);
    let default = |store: &Store| store.default_account().map(|a| a.name.clone());

    let first = app.update(Message::Accounts(accounts::Message::MakeDefault(
        "home".into(),
    )));
    let second = app.update(Message::Accounts(accounts::Message::MakeDefault(
        "work".into(),
    )));
    assert_eq!(default(&app.store).as_deref(), Some("work"), "not yet");
    let mut messages = outputs(first).await;
    messages.extend(outputs(second).await);
    drive_together(&mut app, messages).await;
    assert_eq!(default(&app.store).as_deref(), Some("work"));
    let (fresh, _) = Store::open_at(paths.clone()).unwrap();
    assert_eq!(
        default(&fresh).as_deref(),
        Some("work"),
        "the later click wins"
    );

    let asked = app.update(Message::Accounts(accounts::Message::Test("home".into())));
    let Screen::Accounts(list) = &app.screen else {
        panic!("the account list");
    };
    assert!(matches!(list.tests.get("home"), Some(TestResult::Running)));
    drive_together(&mut app, outputs(asked).await).await;
    let Screen::Accounts(list) = &app.screen else {
        panic!("the account list");
    };
    match list.tests.get("home") {
        Some(TestResult::Done(report)) => assert!(!report.ok, "nobody listens there"),
        other => panic!("{other:?}"),
    }
}
