//! The delivery screen through iced's Simulator: the busy line while the check runs, one card per
//! finding with its fix, Copy puts the record to publish on the clipboard, Done hands back.

use iced_test::simulator;
use outpost::domain::{Check, CheckName, Report, Request, Status};
use outpost::gui::delivery::{self, Delivery};

fn report() -> Report {
    Report {
        domain: "example.org".into(),
        provider: Some("sendgrid".into()),
        handled_by_provider: None,
        checks: vec![
            Check {
                name: CheckName::Spf,
                status: Status::Fail,
                record: None,
                message: "example.org has no SPF record.".into(),
                fix: "Publish this TXT record at example.org: v=spf1 include:sendgrid.net ~all"
                    .into(),
                publish: Some("v=spf1 include:sendgrid.net ~all".into()),
            },
            Check {
                name: CheckName::Mx,
                status: Status::Pass,
                record: Some("10 mx.example.org".into()),
                message: "example.org receives mail at mx.example.org.".into(),
                fix: "Nothing to do.".into(),
                publish: None,
            },
        ],
    }
}

#[test]
fn findings_with_a_record_to_copy_and_done() {
    let mut screen = Delivery::new(Request::for_domain("Example.org."));
    assert!(screen.is_running());
    let mut ui = simulator(screen.view());
    ui.find("Checking example.org…").expect("the busy line");
    drop(ui);

    let _ = screen.update(delivery::Message::Checked(Box::new(report())));
    assert!(!screen.is_running());
    let mut ui = simulator(screen.view());
    ui.find("example.org has no SPF record.").unwrap();
    ui.find("Publish this TXT record at example.org: v=spf1 include:sendgrid.net ~all")
        .unwrap();
    ui.find("10 mx.example.org").unwrap();
    ui.find("Sending service: SendGrid (Twilio)").unwrap();
    ui.find("Problem").unwrap();
    ui.find("Some of what receivers check for example.org is missing or wrong; each line says what to publish in DNS.")
        .unwrap();
    ui.click("Copy").unwrap();
    ui.click("Done").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    assert!(
        matches!(&messages[0], delivery::Message::Copy(r) if r == "v=spf1 include:sendgrid.net ~all"),
        "{messages:?}"
    );
    let mut done = None;
    for m in messages {
        let (_, event) = screen.update(m);
        done = done.or(event);
    }
    assert!(matches!(done, Some(delivery::Event::Done)));
}

#[test]
fn a_mailbox_provider_is_one_line() {
    let mut screen = Delivery::new(Request::for_domain("gmail.com"));
    let handled = Report {
        domain: "gmail.com".into(),
        provider: Some("gmail".into()),
        handled_by_provider: Some("gmail.com belongs to Gmail.".into()),
        checks: vec![],
    };
    let _ = screen.update(delivery::Message::Checked(Box::new(handled)));
    let mut ui = simulator(screen.view());
    ui.find("gmail.com belongs to Gmail.").unwrap();
    ui.click("Check again").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    let mut asked = None;
    for m in messages {
        let (_, event) = screen.update(m);
        asked = asked.or(event);
    }
    assert!(screen.is_running(), "Check again starts over");
    assert!(
        matches!(&asked, Some(delivery::Event::Check(r)) if r.domain == "gmail.com"),
        "the App runs the check: {asked:?}"
    );
}

/// The App opens the delivery screen from an account and from the wizard, and goes back where it
/// came from on Done.
#[test]
fn opened_from_an_account_and_from_the_wizard() {
    use outpost::config::{Paths, Store};
    use outpost::gui::app::{App, Message, Screen};
    use outpost::gui::{accounts, wizard};

    let home = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: home.path().join("config"),
        data_dir: home.path().join("data"),
    };
    std::fs::create_dir_all(&paths.config_dir).unwrap();
    std::fs::write(
        paths.config_dir.join("config.toml"),
        "[[account]]\nname = \"work\"\nemail = \"ada@example.org\"\nhost = \"smtp.sendgrid.net\"\nport = 587\nsecurity = \"starttls\"\nauth = \"none\"\ndefault = true\n",
    )
    .unwrap();
    let (store, warnings) = Store::open_at(paths).unwrap();
    let account = store.config.accounts[0].clone();
    let mut app = App::with_store(store, &warnings);

    let _ = app.update(Message::Accounts(accounts::Message::CheckDelivery(
        "work".into(),
    )));
    match &app.screen {
        Screen::Delivery(d, back) => {
            assert_eq!(d.request.domain, "example.org");
            assert_eq!(d.request.sending_host.as_deref(), Some("smtp.sendgrid.net"));
            assert!(back.is_none());
        }
        _ => panic!("the delivery screen is showing"),
    }
    let _ = app.update(Message::Delivery(delivery::Message::Done));
    assert!(matches!(app.screen, Screen::Accounts(_)));

    app.screen = Screen::Wizard(Box::new(wizard::Wizard::edit(&account, vec![])));
    let _ = app.update(Message::Wizard(wizard::test::Message::CheckDelivery.into()));
    assert!(
        matches!(&app.screen, Screen::Delivery(_, Some(_))),
        "the wizard waits behind the delivery screen"
    );
    let _ = app.update(Message::Delivery(delivery::Message::Done));
    assert!(
        matches!(app.screen, Screen::Wizard(_)),
        "back to the wizard"
    );
}
