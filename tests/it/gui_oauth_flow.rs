//! Outlook.com-style and Gmail-style accounts from the wizard to a delivered message, against the
//! strict mock identity providers and aiosmtpd speaking XOAUTH2: "Sign in with Microsoft/Google"
//! (the app's own task, with the fake browser following the address), test connection, save
//! (refresh token in the real keychain), compose, send. The screens' tasks run for real; only
//! windows are left out.
//!
//! The environment is process-wide: the one test sets it (and `PATH`, while signing in) in a
//! process of its own (`solo::alone!`).

use crate::support::app as support_app;
use crate::support::{fault, idp, peers, solo};

use iced::futures::StreamExt;
use iced::window;
use iced_test::runtime::Action;
use iced_test::selector::id;
use iced_test::simulator;
use outpost::config::{Paths, Store};
use outpost::gui::app::{App, Message, Screen};
use outpost::gui::{compose, wizard};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};
use support_app::outputs;

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

fn wizard(app: &App) -> &wizard::Wizard {
    match &app.screen {
        Screen::Wizard(w) => w,
        _ => panic!("the wizard is showing"),
    }
}

/// One account from the wizard to a delivered message: `button` is "Sign in with Google" or
/// "Sign in with Microsoft"; the peer checks the tokens with `idp`.
async fn wizard_flow(
    paths: Paths,
    idp: &idp::Idp,
    peer: &SmtpPeer,
    email: &str,
    preset: &str,
    button: &str,
    keyring: &peers::KeyringSession,
) {
    let (store, warnings) = Store::open_at(paths.clone()).unwrap();
    let mut app = App::with_store(store, &warnings);
    let main = window::Id::unique();

    let mut ui = simulator(app.view(main));
    ui.click(id("email")).unwrap();
    ui.typewrite(email);
    ui.click("Continue").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::Provider);
    assert_eq!(wizard(&app).provider().map(|p| p.id.as_str()), Some(preset));
    drive(&mut app, vec![Message::Wizard(wizard::Message::Continue)]).await;
    assert_eq!(wizard(&app).step, wizard::Step::Server);
    let port = peer.port().to_string();
    drive(
        &mut app,
        vec![
            Message::Wizard(wizard::server::Message::HostChanged("127.0.0.1".into()).into()),
            Message::Wizard(wizard::server::Message::PortPicked(wizard::PortChoice::Other).into()),
            Message::Wizard(wizard::server::Message::PortTextChanged(port).into()),
            Message::Wizard(
                wizard::server::Message::SecurityPicked(outpost::account::Security::Tls).into(),
            ),
            Message::Wizard(wizard::Message::Continue),
        ],
    )
    .await;
    assert_eq!(wizard(&app).step, wizard::Step::SignIn);

    sign_in_in_window(&mut app, main, button).await;
    let mut ui = simulator(app.view(main));
    ui.find(format!("Signed in as {email}").as_str()).unwrap();

    // Test connection (XOAUTH2 through the doctor), then save.
    ui.click("Test connection").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    let w = wizard(&app);
    assert_eq!(w.step, wizard::Step::Test);
    let report = w.report().expect("the test finished");
    assert!(report.ok, "{:#?}", report.problem);
    let mut ui = simulator(app.view(main));
    ui.click("Save account").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    assert_eq!(wizard(&app).step, wizard::Step::Done);
    let saved = app.store.config.accounts[0].clone();
    assert_eq!(saved.server.auth, outpost::account::AuthMethod::OAuth2);
    let entry: serde_json::Value = serde_json::from_str(
        &keyring
            .lookup_in("outpost-oauth2", &saved.name)
            .expect("a refresh token is stored"),
    )
    .unwrap();
    assert_eq!(
        entry["refresh_token"].as_str(),
        idp.with(|s| s.current_refresh.clone()).as_deref()
    );
    assert_eq!(entry["client_id"], idp.with(|s| s.client_id.clone()));
    assert_eq!(entry["token_url"], format!("{}/token", idp.base()));
    assert_eq!(keyring.lookup(&saved.name), None);

    // Compose and send.
    let before = peer.count();
    let mut ui = simulator(app.view(main));
    ui.click("Write a message").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut app, messages).await;
    let status = write_and_send(&mut app, &saved.name, "Signed in").await;
    assert!(matches!(status, compose::Status::Sent(_)), "{status:?}");
    let delivered = &peer.wait_messages(before + 1)[before];
    assert_eq!(delivered.auth_user.as_deref(), Some(email));

    let config = std::fs::read_to_string(paths.config_file()).unwrap();
    for t in idp.with(|s| s.issued.clone()) {
        assert!(!config.contains(&t), "a token in config.toml");
    }
    idp.assert_strictly_followed();

    if preset == "outlook" {
        held_then_signed_in_again(&mut app, main, idp, peer, &saved.name, button).await;
    }
    // Gmail also takes app passwords: that account then switches to one.
    if preset == "gmail" {
        to_password(&mut app, &saved.name, keyring).await;
    }
}

/// Edits the account to sign in with a password instead: its refresh token leaves the keychain,
/// the password takes its place.
async fn to_password(app: &mut App, name: &str, keyring: &peers::KeyringSession) {
    assert!(keyring.lookup_in("outpost-oauth2", name).is_some());
    drive(
        app,
        vec![Message::Accounts(outpost::gui::accounts::Message::Edit(
            name.to_owned(),
        ))],
    )
    .await;
    assert_eq!(wizard(app).step, wizard::Step::Server);
    drive(
        app,
        vec![
            Message::Wizard(wizard::Message::Continue),
            Message::Wizard(wizard::signin::Message::UseOAuth(false).into()),
            // No password typed: there is none stored to keep.
            Message::Wizard(wizard::Message::Continue),
        ],
    )
    .await;
    assert_eq!(wizard(app).step, wizard::Step::SignIn);
    assert!(wizard(app).error("password").is_some());
    drive(
        app,
        vec![
            Message::Wizard(wizard::signin::Message::PasswordChanged("app-password".into()).into()),
            Message::Wizard(wizard::Message::Continue),
        ],
    )
    .await;
    assert_eq!(wizard(app).step, wizard::Step::Test);
    // Saved whatever the test said (this peer takes XOAUTH2 only).
    drive(app, vec![Message::Wizard(wizard::Message::Continue)]).await;
    assert_eq!(
        wizard(app).step,
        wizard::Step::Done,
        "{:?}",
        wizard(app).save_error()
    );
    let account = app.store.account(name).unwrap();
    assert_eq!(account.server.auth, outpost::account::AuthMethod::Password);
    assert_eq!(
        keyring.lookup_in("outpost-oauth2", name),
        None,
        "the refresh token is gone"
    );
    assert_eq!(keyring.lookup(name).as_deref(), Some("app-password"));
}

/// Outlook.com-style and Gmail-style, one after the other (the environment is process-wide).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outlook_and_gmail_accounts_from_the_wizard_to_a_delivered_message() {
    solo::alone!(outlook_and_gmail_accounts_from_the_wizard_to_a_delivered_message);
    let microsoft = idp::Idp::start(idp::Flavor::Microsoft, "ada@outlook.com");
    let google = idp::Idp::start(idp::Flavor::Google, "ada@gmail.com");
    let (ms_url, g_url) = (microsoft.introspect_url(), google.introspect_url());
    let ms_peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&ms_url, "microsoft")),
            ..PeerOptions::default()
        },
    );
    let g_peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&g_url, "gmail")),
            ..PeerOptions::default()
        },
    );
    let home = TestHome::with_keyring();
    // Both peers' CAs trusted like system ones.
    let bundle = home.dir.path().join("cas.pem");
    let mut pem = std::fs::read(ms_peer.ca_pem()).unwrap();
    pem.extend(std::fs::read(g_peer.ca_pem()).unwrap());
    std::fs::write(&bundle, pem).unwrap();
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
        std::env::set_var("SSL_CERT_FILE", &bundle);
        std::env::set_var(
            "DBUS_SESSION_BUS_ADDRESS",
            home.keyring.as_ref().unwrap().address(),
        );
    }
    let keyring = home.keyring.as_ref().unwrap();
    for (name, idp, peer, email, preset, button) in [
        (
            "ms",
            &microsoft,
            &ms_peer,
            "ada@outlook.com",
            "outlook",
            "Sign in with Microsoft",
        ),
        (
            "g",
            &google,
            &g_peer,
            "ada@gmail.com",
            "gmail",
            "Sign in with Google",
        ),
    ] {
        let paths = Paths {
            config_dir: home.dir.path().join(name).join("config"),
            data_dir: home.dir.path().join(name).join("data"),
        };
        std::fs::create_dir_all(&paths.config_dir).unwrap();
        std::fs::write(paths.config_file(), idp.config_toml()).unwrap();
        wizard_flow(paths, idp, peer, email, preset, button, keyring).await;
    }
}
/// Presses "Sign in with …" on the wizard's sign-in page: the app's task listens on loopback and
/// reports the address, which the fake browser follows while the task waits. No real browser:
/// `open` finds nothing to start.
async fn sign_in_in_window(app: &mut App, main: window::Id, button: &str) {
    let mut ui = simulator(app.view(main));
    ui.click(button).unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    assert_eq!(messages.len(), 1);
    let path = std::env::var_os("PATH").unwrap_or_default();
    unsafe { std::env::set_var("PATH", "/nonexistent") };
    let task = app.update(messages.into_iter().next().unwrap());
    let mut stream = iced_test::runtime::task::into_stream(task).expect("the sign-in runs");
    let mut produced = Vec::new();
    let mut browser = None;
    let deadline = std::time::Duration::from_secs(60);
    while let Some(action) = tokio::time::timeout(deadline, stream.next())
        .await
        .expect("the sign-in finishes in time")
    {
        if let Action::Output(m) = action {
            if let Message::Wizard(wizard::Message::SignIn(wizard::signin::Message::OAuthUrl(
                url,
            ))) = &m
            {
                let url = url.clone();
                browser = Some(std::thread::spawn(move || idp::browse(&url)));
            }
            produced.push(m);
        }
    }
    unsafe { std::env::set_var("PATH", &path) };
    let page = browser.expect("the address was reported").join().unwrap();
    assert!(page.contains("You can close this tab"), "{page}");
    drive(app, produced).await;
}

/// A compose window for `account`, to bob@example.org, and Send: the window's status once the
/// app's tasks have run.
async fn write_and_send(app: &mut App, account: &str, subject: &str) -> compose::Status {
    let compose_window = window::Id::unique();
    drive(
        app,
        vec![Message::ComposeOpened(
            compose_window,
            Some(account.to_owned()),
        )],
    )
    .await;
    let mut ui = simulator(app.view(compose_window));
    ui.click(id("to")).unwrap();
    ui.typewrite("bob@example.org");
    ui.click(id("subject")).unwrap();
    ui.typewrite(subject);
    ui.click(id("body")).unwrap();
    ui.typewrite("Hello from Outpost.");
    ui.click("Send").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(app, messages).await;
    app.composes[&compose_window].status.clone()
}

/// Signed in as another account than the From address (Microsoft: 535 5.7.3), a message is held;
/// the account list offers "Sign in again", and after it the message goes out by itself.
async fn held_then_signed_in_again(
    app: &mut App,
    main: window::Id,
    idp: &idp::Idp,
    peer: &SmtpPeer,
    account: &str,
    button: &str,
) {
    let email = idp.with(|s| std::mem::replace(&mut s.user, "bob@outlook.com".into()));
    let before = peer.count();
    let status = write_and_send(app, account, "Held for the sign-in").await;
    assert!(matches!(status, compose::Status::Failed(_)), "{status:?}");
    let outbox = outpost::outbox::Outbox::open(&app.store.paths.data_dir).unwrap();
    let held: Vec<_> = outbox
        .list()
        .unwrap()
        .0
        .into_iter()
        .filter(|m| m.state == outpost::outbox::State::Held)
        .collect();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(
        held[0].last_problem.as_ref().map(|p| p.kind),
        Some(outpost::smtp::ProblemKind::WrongAccountSignedIn)
    );

    idp.with(|s| s.user = email.clone());
    drive(
        app,
        vec![Message::Accounts(
            outpost::gui::accounts::Message::SignInAgain(account.to_owned()),
        )],
    )
    .await;
    assert_eq!(wizard(app).step, wizard::Step::SignIn);
    sign_in_in_window(app, main, button).await;
    let mut ui = simulator(app.view(main));
    ui.find(format!("Signed in as {email}").as_str()).unwrap();
    ui.click("Test connection").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(app, messages).await;
    assert!(wizard(app).report().is_some_and(|r| r.ok));
    // Saving puts the held message back in line and sends it: no retry by hand.
    let mut ui = simulator(app.view(main));
    ui.click("Save account").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(app, messages).await;
    assert_eq!(wizard(app).step, wizard::Step::Done);
    let delivered = &peer.wait_messages(before + 1)[before];
    assert_eq!(delivered.auth_user.as_deref(), Some(email.as_str()));
    assert!(
        outbox.list().unwrap().0.is_empty(),
        "nothing waits any more"
    );
}
