//! A newcomer's whole path through the app's state machine, against real peers: the wizard (typed
//! into through the Simulator) → test connection → save (config + real keychain) → compose → send →
//! the message arrives at aiosmtpd (STARTTLS + AUTH) with its attachment. The screens' tasks run for
//! real; only window management (which needs a display) is left out.
//!
//! The app reads its settings from the environment: the test sets it, in a process of its own
//! (`solo::alone!`).

use crate::support::app as support_app;
use crate::support::{fault, peers, solo};

use iced::window;
use iced_test::selector::id;
use iced_test::simulator;
use mail_parser::{MessageParser, MimeHeaders};
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, Message, Screen};
use outpost::gui::{compose, wizard};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};
use support_app::outputs;

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

fn main_window() -> window::Id {
    window::Id::unique()
}

fn wizard(app: &App) -> &wizard::Wizard {
    match &app.screen {
        Screen::Wizard(w) => w,
        _ => panic!("the wizard is showing"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_to_delivered_message() {
    solo::alone!(first_start_to_delivered_message);
    let peer = SmtpPeer::start(
        Mode::StartTls,
        PeerOptions {
            auth: Some(("ada@example.com", "app-pässword")),
            ..Default::default()
        },
    );
    let home = TestHome::with_keyring();
    // This process is the app: it trusts the test CA like a system one and uses the test keychain.
    // Detection looks only at loopback, where nothing answers: the settings come from the guess.
    let nothing = fault::closed_port();
    unsafe {
        std::env::set_var(
            "OUTPOST_AUTOCONFIG_URLS",
            format!("http://127.0.0.1:{nothing}/{{domain}}"),
        );
        std::env::set_var(
            "OUTPOST_ISPDB_URL",
            format!("http://127.0.0.1:{nothing}/{{domain}}"),
        );
        std::env::set_var("OUTPOST_DNS_SERVER", format!("127.0.0.1:{nothing}"));
        std::env::set_var("OUTPOST_PROBE_PORTS", nothing.to_string());
    }
    unsafe {
        std::env::set_var("SSL_CERT_FILE", peer.ca_pem());
        std::env::set_var(
            "DBUS_SESSION_BUS_ADDRESS",
            home.keyring.as_ref().unwrap().address(),
        );
    }
    let paths = Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    };
    let (store, warnings) = Store::open_at(paths).unwrap();
    let mut app = App::with_store(store, &warnings);
    let main = main_window();

    // Your address.
    let mut ui = simulator(app.view(main));
    ui.click(id("display-name")).unwrap();
    ui.typewrite("Ada Lovelace");
    ui.click(id("email")).unwrap();
    ui.typewrite("ada@example.com");
    ui.click("Continue").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::Provider);

    // Provider: "Other", then the server page.
    let mut ui = simulator(app.view(main));
    ui.click("Other").unwrap();
    ui.click("Continue").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::Server);
    let port = peer.port().to_string();
    drive(
        &mut app,
        vec![
            Message::Wizard(wizard::server::Message::HostChanged("127.0.0.1".into()).into()),
            Message::Wizard(wizard::server::Message::PortPicked(wizard::PortChoice::Other).into()),
            Message::Wizard(wizard::server::Message::PortTextChanged(port).into()),
        ],
    )
    .await;
    let mut ui = simulator(app.view(main));
    ui.click("STARTTLS").unwrap();
    ui.click("Continue").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::SignIn);
    assert_eq!(
        wizard(&app).username(),
        "ada@example.com",
        "prefilled with the address"
    );

    // Sign in; Continue runs the test.
    let mut ui = simulator(app.view(main));
    ui.click(id("password")).unwrap();
    ui.typewrite("app-pässword");
    ui.click("Test connection").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    let w = wizard(&app);
    assert_eq!(w.step, wizard::Step::Test);
    let report = w.report().expect("the test finished");
    assert!(report.ok, "{:#?}", report.problem);
    assert!(!w.testing());
    let mut ui = simulator(app.view(main));
    ui.find("Everything works. Outpost can send mail with these settings.")
        .unwrap();
    ui.find("Sign in").unwrap();

    // Save: config and keychain.
    ui.click("Save account").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::Done);
    let config = std::fs::read_to_string(home.config_dir().join("config.toml")).unwrap();
    assert!(config.contains("ada@example.com") && !config.contains("app-pässword"));
    assert_eq!(
        home.keyring
            .as_ref()
            .unwrap()
            .lookup("ada@example.com")
            .as_deref(),
        Some("app-pässword")
    );
    assert_eq!(app.store.config.accounts.len(), 1);

    // Write a message: the compose window (its opening needs a display, so the test opens it).
    let mut ui = simulator(app.view(main));
    ui.click("Write a message").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    let compose_window = window::Id::unique();
    drive(
        &mut app,
        vec![Message::ComposeOpened(
            compose_window,
            Some("ada@example.com".into()),
        )],
    )
    .await;
    let attachment = home.dir.path().join("Plan für Q4.pdf");
    let bytes: Vec<u8> = (0..50_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&attachment, &bytes).unwrap();
    let mut ui = simulator(app.view(compose_window));
    ui.click(id("to")).unwrap();
    ui.typewrite("bob@example.org");
    ui.click(id("subject")).unwrap();
    ui.typewrite("Plan für Q4");
    ui.click(id("body")).unwrap();
    ui.typewrite("Hallo Bob, anbei der Plan.");
    let mut messages: Vec<_> = ui.into_messages().collect();
    messages.push(Message::Compose(
        compose_window,
        compose::Message::FilesPicked(vec![attachment.clone()]),
    ));
    drive(&mut app, messages).await;
    let mut ui = simulator(app.view(compose_window));
    ui.find("Plan für Q4.pdf").unwrap();
    ui.click("Send").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(
        app.composes[&compose_window].status,
        compose::Status::Sent(app.sent[0].message_id.clone())
    );

    let delivered = &peer.wait_messages(1)[0];
    assert_eq!(delivered.auth_user.as_deref(), Some("ada@example.com"));
    assert_eq!(delivered.rcpt_tos, ["bob@example.org"]);
    let parsed = MessageParser::default().parse(&delivered.raw).unwrap();
    assert_eq!(parsed.subject(), Some("Plan für Q4"));
    assert_eq!(
        parsed.from().unwrap().first().unwrap().name(),
        Some("Ada Lovelace")
    );
    assert_eq!(
        parsed.body_text(0).unwrap().trim(),
        "Hallo Bob, anbei der Plan."
    );
    let a = parsed.attachment(0).unwrap();
    assert_eq!(a.attachment_name(), Some("Plan für Q4.pdf"));
    assert_eq!(a.contents(), &bytes[..]);
    assert!(app.waiting.is_empty(), "nothing left in the outbox");
}
