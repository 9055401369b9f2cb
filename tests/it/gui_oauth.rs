//! The wizard's "Sign in with Google / Microsoft" states through iced's Simulator, with a real
//! sign-in against the strict mock identity provider (the loopback flow of the library, the fake
//! browser) feeding the wizard, and the account list's "Sign in again". The wizard's states are one
//! test: the client registrations are process-wide.

use crate::support::idp;

use std::time::Duration;

use iced_test::simulator;
use outpost::account::AuthMethod;
use outpost::gui::wizard::{self, OAuthAction, OAuthState, Step, Wizard, address, signin};
use outpost::oauth::{self, OAuthError, Provider, Registration, Registrations};

fn drive(w: &mut Wizard, messages: impl IntoIterator<Item = wizard::Message>) {
    for m in messages {
        let _ = w.update(m);
    }
}

/// A wizard on the sign-in page for `email` (its preset found offline).
fn at_sign_in(email: &str) -> Wizard {
    let mut w = Wizard::new(vec![]);
    let _ = w.update(address::Message::EmailChanged(email.into()).into());
    let d = outpost::discover::detect_offline(email);
    let _ = w.update(address::Message::Detected(d.map(Box::new)).into());
    w.step = Step::SignIn;
    w
}

/// Feeds one message of the sign-in page to the wizard.
fn sign_in(w: &mut Wizard, m: signin::Message) {
    let _ = w.update(m.into());
}

fn texts(w: &Wizard, wanted: &[&str]) {
    let mut ui = simulator(w.view());
    for t in wanted {
        ui.find(*t)
            .unwrap_or_else(|_| panic!("{t:?} is on the page"));
    }
}

/// Signs in with the library's loopback flow; the fake browser follows the address.
fn real_sign_in(idp: &idp::Idp, provider: Provider, email: &str) -> oauth::flow::Tokens {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let client = oauth::client(provider).expect("registered");
        let pending = oauth::flow::start(&client, Some(email), false)
            .await
            .unwrap();
        let url = pending.url.clone();
        let browser = std::thread::spawn(move || idp::browse(&url));
        let tokens = pending.finish(Duration::from_secs(30)).await.unwrap();
        assert!(browser.join().unwrap().contains("You can close this tab"));
        assert_eq!(idp.with(|s| s.code_exchanges), 1);
        tokens
    })
}

#[test]
fn wizard_sign_in_states() {
    // Without a registration: the button is there but does nothing, with the reason and the
    // honest alternative for each provider.
    oauth::use_registrations(&Registrations::default());
    let w = at_sign_in("ada@outlook.com");
    assert_eq!(w.oauth_provider(), Some(Provider::Microsoft));
    assert!(!w.oauth_available());
    texts(&w, &["Sign in with Microsoft"]);
    let mut ui = simulator(w.view());
    ui.find(outpost::fl!("gui-oauth-unconfigured-outlook").as_str())
        .unwrap();
    ui.click("Sign in with Microsoft").unwrap();
    assert!(
        ui.into_messages()
            .all(|m| !matches!(m, wizard::Message::SignIn(signin::Message::OAuthStart))),
        "a disabled button sends nothing"
    );
    let w = at_sign_in("ada@gmail.com");
    let mut ui = simulator(w.view());
    ui.find(outpost::fl!("gui-oauth-unconfigured-google").as_str())
        .unwrap();

    // Registered (with the mock provider's endpoints).
    let idp = idp::Idp::start(idp::Flavor::Microsoft, "ada@outlook.com");
    let client_id = idp.with(|s| s.client_id.clone());
    oauth::use_registrations(&Registrations {
        microsoft: Some(Registration {
            client_id,
            client_secret: None,
            auth_url: Some(format!("{}/authorize", idp.base())),
            token_url: Some(format!("{}/token", idp.base())),
        }),
        google: None,
    });
    let mut w = at_sign_in("ada@outlook.com");
    assert!(w.oauth_available());
    // One line says what happens; signing in is the one primary action, not the test.
    let explain = outpost::fl!("gui-oauth-explain", provider = "Microsoft");
    assert_eq!(
        explain,
        "Your web browser opens Microsoft’s own sign-in page. Outpost never sees your password."
    );
    texts(
        &w,
        &[
            explain.as_str(),
            "Sign in with Microsoft",
            "Test connection",
        ],
    );
    assert_eq!(w.oauth_action(), OAuthAction::SignIn);
    let mut ui = simulator(w.view());
    ui.click("Sign in with Microsoft").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    assert!(matches!(
        messages.as_slice(),
        [wizard::Message::SignIn(signin::Message::OAuthStart)]
    ));
    drive(&mut w, messages);
    assert!(matches!(w.oauth(), OAuthState::Waiting { url: None, .. }));
    assert_eq!(
        w.oauth_action(),
        OAuthAction::Wait,
        "no primary action while waiting"
    );
    texts(
        &w,
        &[
            "Waiting for you to sign in in your web browser…",
            "Open the browser again",
            "Cancel",
        ],
    );
    sign_in(
        &mut w,
        signin::Message::OAuthUrl("http://127.0.0.1:1/authorize".into()),
    );
    let mut ui = simulator(w.view());
    ui.click("Cancel").unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    drive(&mut w, messages);
    assert!(
        matches!(w.oauth(), OAuthState::Idle),
        "Cancel stops waiting"
    );
    assert_eq!(w.oauth_action(), OAuthAction::SignIn);

    // Continue without signing in says what to do first.
    drive(&mut w, [wizard::Message::Continue]);
    assert_eq!(w.step, Step::SignIn);
    texts(&w, &[outpost::fl!("gui-oauth-sign-in-first").as_str()]);

    // The browser was closed: said in plain words, and the button is back.
    sign_in(
        &mut w,
        signin::Message::OAuthDone(Err(OAuthError::Cancelled)),
    );
    let cancelled = outpost::smtp::Problem::new(
        outpost::smtp::ProblemKind::SignInCancelled,
        outpost::smtp::Step::Auth,
    );
    texts(
        &w,
        &[
            format!("{} {}", cancelled.message(), cancelled.fix()).as_str(),
            "Sign in with Microsoft",
        ],
    );
    sign_in(
        &mut w,
        signin::Message::OAuthDone(Err(OAuthError::BlockedByAdmin)),
    );
    let blocked = outpost::smtp::Problem::new(
        outpost::smtp::ProblemKind::SignInBlockedByAdmin,
        outpost::smtp::Step::Auth,
    );
    texts(
        &w,
        &[format!("{} {}", blocked.message(), blocked.fix()).as_str()],
    );
    assert_eq!(
        w.oauth_action(),
        OAuthAction::SignIn,
        "try again is primary"
    );
    // A sign-in that needs the user again says why, in its own words.
    sign_in(
        &mut w,
        signin::Message::OAuthDone(Err(OAuthError::ConsentRequired)),
    );
    let expired = outpost::smtp::Problem::new(
        outpost::smtp::ProblemKind::SignInExpired,
        outpost::smtp::Step::Auth,
    );
    texts(
        &w,
        &[format!(
            "{} {}",
            outpost::fl!("oauth-consent-required"),
            expired.fix()
        )
        .as_str()],
    );

    // A real sign-in against the mock provider.
    let tokens = real_sign_in(&idp, Provider::Microsoft, "ada@outlook.com");
    sign_in(&mut w, signin::Message::OAuthDone(Ok(tokens)));
    texts(
        &w,
        &["Signed in as ada@outlook.com", "Next, test the connection."],
    );
    assert_eq!(
        w.oauth_action(),
        OAuthAction::Test,
        "signed in: the test is primary"
    );
    {
        let mut ui = simulator(w.view());
        assert!(
            ui.find("Sign in with Microsoft").is_err() && ui.find(explain.as_str()).is_err(),
            "signed in: no sign-in button and no explanation compete with the test"
        );
    }
    let settings = w.settings().unwrap();
    assert_eq!(settings.auth, AuthMethod::OAuth2);
    assert_eq!(settings.username, "ada@outlook.com");
    assert_eq!(w.account().unwrap().oauth2, Some(Provider::Microsoft));
    drive(&mut w, [wizard::Message::Continue]);
    assert_eq!(w.step, Step::Test, "signed in, the connection test runs");
    idp.assert_strictly_followed();

    // A registration whose token endpoint is plain http to another computer is never used: the
    // page says which address, and the button does nothing.
    let client_id = idp.with(|s| s.client_id.clone());
    oauth::use_registrations(&Registrations {
        microsoft: Some(Registration {
            client_id,
            client_secret: None,
            auth_url: Some(format!("{}/authorize", idp.base())),
            token_url: Some("http://login.example.com/token".into()),
        }),
        google: None,
    });
    let w = at_sign_in("ada@outlook.com");
    assert!(!w.oauth_available());
    let insecure = OAuthError::InsecureEndpoint {
        provider: Provider::Microsoft,
        url: "http://login.example.com/token".into(),
    };
    assert!(
        insecure
            .message()
            .contains("http://login.example.com/token")
    );
    let mut ui = simulator(w.view());
    ui.find(insecure.message().as_str()).unwrap();
    ui.click("Sign in with Microsoft").unwrap();
    assert!(
        ui.into_messages()
            .all(|m| !matches!(m, wizard::Message::SignIn(signin::Message::OAuthStart))),
        "a disabled button sends nothing"
    );
}

#[test]
fn an_account_switched_from_oauth2_to_a_password_needs_one() {
    let account = outpost::account::Account {
        name: "g".into(),
        email: "ada@gmail.com".into(),
        provider: Some("gmail".into()),
        oauth2: Some(Provider::Google),
        server: outpost::account::ServerSettings {
            host: "smtp.gmail.com".into(),
            port: 465,
            security: outpost::account::Security::Tls,
            auth: AuthMethod::OAuth2,
            username: "ada@gmail.com".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut w = Wizard::edit(&account, vec![]);
    drive(
        &mut w,
        [
            wizard::Message::Continue,
            wizard::Message::SignIn(signin::Message::UseOAuth(false)),
            wizard::Message::Continue,
        ],
    );
    assert_eq!(w.step, Step::SignIn, "no stored password to keep");
    assert_eq!(
        w.error("password"),
        Some(outpost::fl!("gui-password-needed").as_str())
    );
}

#[test]
fn accounts_list_offers_sign_in_again_for_held_messages() {
    use outpost::gui::accounts::{self, Accounts};
    use outpost::smtp::{Problem, ProblemKind, Step as SmtpStep};
    let account = outpost::account::Account {
        name: "ms".into(),
        email: "ada@outlook.com".into(),
        provider: Some("outlook".into()),
        server: outpost::account::ServerSettings {
            host: "smtp-mail.outlook.com".into(),
            auth: AuthMethod::OAuth2,
            username: "ada@outlook.com".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut meta: outpost::outbox::Meta = serde_json::from_value(serde_json::json!({
        "id": "00000000000000000001-00000001", "account": "ms", "from": "ada@outlook.com",
        "recipients": ["bob@example.org"], "message_id": "<m@x>", "subject": "s", "size": 1,
        "created": 1, "attempts": 1, "next_attempt": 0, "state": "held", "last_problem": null,
    }))
    .unwrap();
    // Every hold a new sign-in cures offers it, with that problem's own words.
    for kind in [
        ProblemKind::SignInExpired,
        ProblemKind::SignInCancelled,
        ProblemKind::SignInBlockedByAdmin,
        ProblemKind::WrongAccountSignedIn,
        ProblemKind::AuthFailed,
    ] {
        let held = Problem::new(kind, SmtpStep::Auth);
        meta.last_problem = Some((&held).into());
        let screen = Accounts::default();
        let accounts = [account.clone()];
        let waiting = [meta.clone()];
        let copies = Default::default();
        let mut ui = simulator(screen.view(&accounts, &waiting, &[], &copies));
        ui.find(format!("{} {}", held.message(), held.fix()).as_str())
            .unwrap_or_else(|_| panic!("{kind:?} is explained"));
        ui.click("Sign in again").unwrap();
        let messages: Vec<_> = ui.into_messages().collect();
        assert!(
            matches!(messages.as_slice(), [accounts::Message::SignInAgain(n)] if n == "ms"),
            "{kind:?}: {messages:?}"
        );
    }
}
