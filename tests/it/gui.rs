//! The GUI's flows, driven through iced's Simulator: what a person clicks and types becomes the
//! messages the screens receive, and the screens' state and text are checked after each step.

use iced::keyboard::key::Named;
use iced::widget::text_editor;
use iced_test::selector::id;
use iced_test::simulator;
use outpost::account::{Account, AuthMethod, Security, ServerSettings};
use outpost::gui::compose::{self, Compose};
use outpost::gui::wizard::{self, PortChoice, Step, Wizard};
use outpost::smtp::doctor::{Report, ServerReport, StepReport, StepStatus};
use outpost::smtp::{Problem, ProblemKind, Step as SmtpStep};

/// Feeds everything the simulator produced back into the wizard.
fn drive(w: &mut Wizard, messages: impl IntoIterator<Item = wizard::Message>) {
    for m in messages {
        let _ = w.update(m);
    }
}

fn detected(w: &mut Wizard) {
    let d = outpost::discover::detect_offline(w.email.trim());
    let _ = w.update(wizard::Message::Detected(d.map(Box::new)));
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
    assert!(!w.detecting);
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
    assert!(w.detecting, "Continue starts detection");
    detected(&mut w);
    assert_eq!(w.step, Step::Provider);
    assert_eq!(w.provider.map(|p| p.id.as_str()), Some("gmail"));
    assert_eq!(w.host, "smtp.gmail.com");
    assert_eq!(w.username, "ada@gmail.com");
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
    w.email = "someone@example.org".into();
    detected(&mut w);
    assert!(w.provider.is_none());
    let yahoo = outpost::providers::by_id("yahoo").expect("the Yahoo preset exists");
    let mut ui = simulator(w.view());
    ui.click(yahoo.name.as_str()).unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.provider.map(|p| p.id.as_str()), Some("yahoo"));
    assert_eq!(w.host, yahoo.servers[0].host);
}

#[test]
fn port_sets_the_usual_encryption() {
    let mut w = Wizard::new(vec![]);
    w.email = "me@example.org".into();
    detected(&mut w);
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(w.step, Step::Server);
    let _ = w.update(wizard::Message::PortPicked(PortChoice::Port(465)));
    assert_eq!(w.security, Security::Tls);
    let _ = w.update(wizard::Message::PortPicked(PortChoice::Port(587)));
    assert_eq!(w.security, Security::StartTls);
    let _ = w.update(wizard::Message::PortPicked(PortChoice::Other));
    let _ = w.update(wizard::Message::PortTextChanged("2465".into()));
    assert_eq!(w.security, Security::Tls);
    // A typed port out of range is refused with a message next to the field.
    let _ = w.update(wizard::Message::PortTextChanged("70000".into()));
    let _ = w.update(wizard::Message::Continue);
    assert_eq!(w.step, Step::Server);
    let mut ui = simulator(w.view());
    ui.find("“70000” is not a port number. Use a number from 1 to 65535, for example 587 or 465.")
        .unwrap();
}

#[test]
fn no_encryption_needs_an_explicit_i_understand() {
    let mut w = Wizard::new(vec![]);
    w.email = "me@example.org".into();
    detected(&mut w);
    let _ = w.update(wizard::Message::Continue);
    let mut ui = simulator(w.view());
    ui.click("no encryption").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert_eq!(w.security, Security::None);
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
    assert!(w.accept_insecure);
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
    w.email = "me@example.org".into();
    detected(&mut w);
    w.step = Step::Test;
    let _ = w.update(wizard::Message::Tested(Ok(Box::new(failed_report()))));
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
    assert_eq!(w.port_choice, PortChoice::Port(465));
    assert_eq!(w.security, Security::Tls);
    assert!(w.test.running, "the test runs again at once");
}

#[test]
fn details_show_the_transcript() {
    let mut w = Wizard::new(vec![]);
    w.step = Step::Test;
    let _ = w.update(wizard::Message::Tested(Ok(Box::new(failed_report()))));
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
    messages.into_iter().filter_map(|m| c.update(m).1).collect()
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
    assert_eq!(c.to, "bob@, carol@example.net");
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
    let _ = c.update(compose::Message::FilesPicked(vec![
        file.clone(),
        dir.path().join("gone.txt"),
    ]));
    let mut ui = simulator(c.view());
    ui.find("report.pdf").unwrap();
    ui.find("1.5 KB").unwrap();
    ui.find("file missing").unwrap();
    drop(ui);
    let _ = c.update(compose::Message::ServerLimit(Some(1000)));
    let mut ui = simulator(c.view());
    ui.find(
        "Attachments: 1.5 KB — too large for this server, which accepts messages up to 1.0 KB.",
    )
    .unwrap();
    drop(ui);
    let _ = c.update(compose::Message::RemoveAttachment(1));
    assert_eq!(c.attachments.len(), 1);
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
    c.outbox = Some(outbox);
    let _ = c.update(compose::Message::ToChanged("bob@example.org".into()));
    let _ = c.update(compose::Message::Send);
    assert_eq!(
        c.status,
        compose::Status::Editing,
        "nothing is sent before the user agrees"
    );
    let mut ui = simulator(c.view());
    ui.find("This account has already sent 10 of the 10 messages its provider allows per day. Sending more may get the account blocked for a while. Send anyway?").unwrap();
    ui.click("Send anyway").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive_compose(&mut c, messages);
    assert_eq!(c.status, compose::Status::Sending);
}

#[test]
fn detection_can_be_stopped() {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(wizard::Message::EmailChanged("ada@example.org".into()));
    let _ = w.update(wizard::Message::Continue);
    assert!(w.detecting);
    let mut ui = simulator(w.view());
    ui.click("Stop looking and enter the settings myself")
        .unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert!(!w.detecting);
    assert_eq!(w.step, Step::Provider);
    assert_eq!(w.host, "smtp.example.org", "the built-in guess is used");
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
#[test]
fn title_text_size_and_theme() {
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
    let _ = app.update(Message::Settings(settings::Message::TextScale(130)));
    assert_eq!(app.scale_factor(window), 1.3);
    let saved = std::fs::read_to_string(paths.config_dir.join("config.toml")).unwrap();
    assert!(saved.contains("text_scale = 130"), "{saved}");
    let _ = app.update(Message::Settings(settings::Message::TextScale(400)));
    assert_eq!(app.scale_factor(window), 1.5, "at most 150 %");
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
        [wizard::Message::EmailChanged("ada@gmail.com".into())],
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
