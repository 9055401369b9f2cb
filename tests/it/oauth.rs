//! OAuth2 sign-in end to end, through the real binary, the real keychain (gnome-keyring), a strict
//! mock identity provider (`support/idp.rs`) and aiosmtpd speaking AUTH XOAUTH2 the way Gmail and
//! Microsoft do (`support/smtpd.py`). Everything stays on loopback; every wait has a deadline.

use crate::support::idp;
use crate::support::peers;

use std::io::{BufRead, BufReader, Write};
use std::process::Child;
use std::sync::mpsc;
use std::time::Duration;

use idp::{Flavor, Idp};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

fn write_config(home: &TestHome, idp: &Idp) {
    let dir = home.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), idp.config_toml()).unwrap();
}

/// Runs `outpost args…` that signs in with `--no-browser`: waits for the authorization address on
/// stderr (alone on its line), lets the fake browser follow it, and returns (exit code, JSON, the
/// page the browser got).
fn sign_in_with_browser(home: &TestHome, args: &[&str]) -> (i32, serde_json::Value, String) {
    sign_in_with_browser_after(home, args, |_| {})
}

/// As [`sign_in_with_browser`], with `before` called with the address before the browser follows it.
fn sign_in_with_browser_after(
    home: &TestHome,
    args: &[&str],
    before: impl FnOnce(&str),
) -> (i32, serde_json::Value, String) {
    let mut child = home.command().args(args).spawn().unwrap();
    drop(child.stdin.take());
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.starts_with("http://") || line.starts_with("https://") {
                let _ = tx.send(line.clone());
            }
            seen.push(line);
        }
        seen
    });
    let page = match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(url) => {
            assert!(
                !url.contains(' '),
                "the address is alone on its line: {url}"
            );
            before(&url);
            idp::browse(&url)
        }
        Err(_) => String::new(),
    };
    let out = finish(child);
    let stderr = reader.join().unwrap();
    let json = serde_json::from_str(&out.1)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {stderr:?}", out.1));
    (out.0, json, page)
}

fn finish(child: Child) -> (i32, String) {
    let out = peers::wait_with_deadline(child, Duration::from_secs(60));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn add_args<'a>(
    name: &'a str,
    email: &'a str,
    provider: &'a str,
    port: &'a str,
    ca: &'a str,
) -> Vec<&'a str> {
    vec![
        "accounts",
        "add",
        "--json",
        "--name",
        name,
        "--email",
        email,
        "--oauth2",
        provider,
        "--no-browser",
        "--host",
        "127.0.0.1",
        "--port",
        port,
        "--security",
        "tls",
        "--ca-file",
        ca,
    ]
}

fn send(home: &TestHome, account: &str, subject: &str) -> (i32, serde_json::Value) {
    home.json(
        &[
            "send",
            "--json",
            "--account",
            account,
            "--to",
            "bob@example.org",
            "--subject",
            subject,
            "--body",
            "Hello",
        ],
        "",
    )
}

/// No token may be written anywhere under HOME (config, outbox, logs, keyring files aside: the
/// keyring stores its secrets encrypted).
fn assert_no_token_on_disk(home: &TestHome, idp: &Idp) {
    let tokens = idp.with(|s| s.issued.clone());
    assert!(!tokens.is_empty());
    let mut stack = vec![home.dir.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                let text = String::from_utf8_lossy(&bytes);
                for t in &tokens {
                    assert!(
                        !text.contains(t.as_str()),
                        "a token is in {}",
                        path.display()
                    );
                }
            }
        }
    }
}

/// The keychain entry of `account`'s refresh token: `{"refresh_token", "client_id", "token_url"}`.
fn stored(home: &TestHome, account: &str) -> Option<serde_json::Value> {
    let text = home
        .keyring
        .as_ref()
        .unwrap()
        .lookup_in("outpost-oauth2", account)?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("the entry is not JSON: {e}")))
}

fn stored_refresh(home: &TestHome, account: &str) -> Option<String> {
    stored(home, account).map(|v| v["refresh_token"].as_str().unwrap().to_owned())
}

/// Replaces the keychain entry of `account` with `text`, as an earlier Outpost (or any program)
/// would have written it.
fn put_in_keychain(home: &TestHome, account: &str, text: &str) {
    let keyring = home.keyring.as_ref().unwrap();
    let secret_tool = |args: &[&str], stdin: &str| {
        let mut child = std::process::Command::new("timeout")
            .arg("10")
            .arg("secret-tool")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", keyring.address())
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "secret-tool {args:?}");
    };
    let attrs = ["service", "outpost-oauth2", "username", account];
    secret_tool(&[&["clear"][..], &attrs].concat(), "");
    secret_tool(
        &[&["store", "--label=old entry"][..], &attrs].concat(),
        text,
    );
}

/// Replaces the `[oauth2]` registrations of the configuration with `text`, keeping the accounts.
fn set_registrations(home: &TestHome, text: &str) {
    let path = home.config_dir().join("config.toml");
    let mut config: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    let new: toml::Table = text.parse().unwrap();
    config.insert("oauth2".into(), new["oauth2"].clone());
    std::fs::write(&path, config.to_string()).unwrap();
}

/// `outbox flush`; its exit code says whether everything went, which the callers check by id.
fn flush(home: &TestHome) -> serde_json::Value {
    home.json(&["outbox", "flush", "--json"], "").1
}

fn sent_ids(flushed: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = flushed["sent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

fn sorted(json: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = json
        .as_array()
        .unwrap_or_else(|| panic!("a list: {json}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn microsoft_sign_in_send_refresh_rotate_and_expire() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, "ada@outlook.com");
    idp.with(|s| s.expires_in = 2);
    let introspect = idp.introspect_url();
    let peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&introspect, "microsoft")),
            ..PeerOptions::default()
        },
    );
    write_config(&home, &idp);
    let port = peer.port().to_string();
    let ca = peer.ca_pem().to_str().unwrap().to_owned();

    let (code, json, page) = sign_in_with_browser(
        &home,
        &add_args("ms", "ada@outlook.com", "microsoft", &port, &ca),
    );
    assert_eq!(code, 0, "{json}");
    assert!(page.contains("You can close this tab"), "{page}");
    assert_eq!(json["account"]["auth"], "oauth2");
    let keyring = home.keyring.as_ref().unwrap();
    assert_eq!(
        stored_refresh(&home, "ms"),
        idp.with(|s| s.current_refresh.clone())
    );
    let entry = stored(&home, "ms").unwrap();
    assert_eq!(entry["client_id"], idp.with(|s| s.client_id.clone()));
    assert_eq!(entry["token_url"], format!("{}/token", idp.base()));
    assert_eq!(
        keyring.lookup("ms"),
        None,
        "no password entry for a token account"
    );

    let (code, show) = home.json(&["accounts", "show", "ms", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(show["auth"], "oauth2");
    assert_eq!(show["oauth2_provider"], "microsoft");
    assert_eq!(show["refresh_token_stored"], true);
    for t in idp.with(|s| s.issued.clone()) {
        assert!(
            !show.to_string().contains(&t),
            "accounts show leaks a token"
        );
    }

    // A new process has no access token: it refreshes, and the rotated refresh token is stored.
    let (code, json) = send(&home, "ms", "first");
    assert_eq!(code, 0, "{json}");
    let delivered = peer.wait_messages(1);
    assert_eq!(delivered[0].auth_user.as_deref(), Some("ada@outlook.com"));
    assert_eq!(idp.with(|s| s.refreshes), 1);
    assert_eq!(
        stored_refresh(&home, "ms"),
        idp.with(|s| s.current_refresh.clone()),
        "the rotated refresh token is stored"
    );

    // After expiry, again.
    std::thread::sleep(Duration::from_secs(3));
    let (code, json) = send(&home, "ms", "second");
    assert_eq!(code, 0, "{json}");
    peer.wait_messages(2);
    assert_eq!(idp.with(|s| s.refreshes), 2);

    // Access revoked: sign_in_expired, and the message is held in the outbox, not lost.
    idp.with(|s| s.revoked = true);
    let (code, json) = send(&home, "ms", "third");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_expired", "{json}");
    assert_eq!(json["queued"], true);
    assert_eq!(json["held"], true);
    let id = json["outbox_id"].as_str().unwrap().to_owned();

    // Signing in again puts the held message back in line; the next flush sends it.
    idp.with(|s| s.revoked = false);
    let (code, json, _) = sign_in_with_browser(
        &home,
        &["accounts", "signin", "ms", "--no-browser", "--json"],
    );
    assert_eq!(code, 0, "{json}");
    assert_eq!(sorted(&json["requeued"]), vec![id.clone()], "{json}");
    assert_eq!(sent_ids(&flush(&home)), vec![id]);
    peer.wait_messages(3);

    idp.assert_strictly_followed();
    assert_no_token_on_disk(&home, &idp);
}

#[test]
fn gmail_refused_token_is_refreshed_once_through_the_334_challenge() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Google, "ada@gmail.com");
    let introspect = idp.introspect_url();
    let peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&introspect, "gmail")),
            ..PeerOptions::default()
        },
    );
    write_config(&home, &idp);
    let port = peer.port().to_string();
    let ca = peer.ca_pem().to_str().unwrap().to_owned();
    let (code, json, page) =
        sign_in_with_browser(&home, &add_args("g", "ada@gmail.com", "google", &port, &ca));
    assert_eq!(code, 0, "{json}");
    assert!(page.contains("You can close this tab"));

    // The first token is refused (334 JSON, then 535 after the empty line): one refresh, one retry.
    idp.with(|s| s.refuse_next_access = 1);
    let (code, json) = send(&home, "g", "retried");
    assert_eq!(code, 0, "{json}");
    assert_eq!(
        peer.wait_messages(1)[0].auth_user.as_deref(),
        Some("ada@gmail.com")
    );
    assert_eq!(idp.with(|s| s.refreshes), 2);

    // Sent directly (lettre's transport, which gives up at the challenge): refreshed and retried.
    let direct = [
        "send",
        "--json",
        "--account",
        "g",
        "--no-queue",
        "--to",
        "bob@example.org",
        "--subject",
        "direct",
        "--body",
        "Hello",
    ];
    idp.with(|s| s.refuse_next_access = 1);
    let (code, json) = home.json(&direct, "");
    assert_eq!(code, 0, "{json}");
    peer.wait_messages(2);
    idp.with(|s| s.refuse_next_access = 10);
    let (code, json) = home.json(&direct, "");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "auth_failed", "{json}");

    // The doctor reads the real reply after Gmail's challenge too, and retries once as well.
    idp.with(|s| s.refuse_next_access = 1);
    let (code, json) = home.json(&["check", "--account", "g", "--json"], "");
    assert_eq!(code, 0, "{json}");
    idp.with(|s| s.refuse_next_access = 10);
    let (code, json) = home.json(&["check", "--account", "g", "--json"], "");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "auth_failed", "{json}");
    assert!(
        json["problem"]["server_reply"]
            .as_str()
            .unwrap()
            .contains("5.7.8"),
        "{json}"
    );
    let transcript = json["transcript"].to_string();
    for t in idp.with(|s| s.issued.clone()) {
        assert!(!transcript.contains(&t), "the transcript shows a token");
    }
    let refreshes = idp.with(|s| s.refreshes);

    // Refused again and again: the real 535 is read and named, no loop.
    idp.with(|s| s.refuse_next_access = 10);
    let (code, json) = send(&home, "g", "refused");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "auth_failed", "{json}");
    assert!(
        json["problem"]["server_reply"]
            .as_str()
            .unwrap()
            .starts_with("535 5.7.8"),
        "{json}"
    );
    assert_eq!(idp.with(|s| s.refreshes), refreshes + 2);

    idp.assert_strictly_followed();
    assert_no_token_on_disk(&home, &idp);
}

#[test]
fn microsoft_smtp_refusals_are_named() {
    let home = TestHome::with_keyring();
    // Signed in as someone else than the From address: Microsoft answers 535 5.7.3.
    let idp = Idp::start(Flavor::Microsoft, "bob@outlook.com");
    let introspect = idp.introspect_url();
    let peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&introspect, "microsoft")),
            ..PeerOptions::default()
        },
    );
    write_config(&home, &idp);
    let port = peer.port().to_string();
    let ca = peer.ca_pem().to_str().unwrap().to_owned();
    let (code, json, _) = sign_in_with_browser(
        &home,
        &add_args("ms", "ada@outlook.com", "microsoft", &port, &ca),
    );
    assert_eq!(code, 0, "{json}");
    let (code, json) = send(&home, "ms", "wrong account");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "wrong_account_signed_in", "{json}");
    assert_eq!(json["held"], true, "{json}");

    // SMTP sign-in turned off for the mailbox: 5.7.139, no sign-in loop.
    idp.with(|s| {
        s.user = "ada@outlook.com".into();
        s.smtp_disabled = true;
    });
    let before = idp.with(|s| s.refreshes);
    let (code, json) = send(&home, "ms", "disabled");
    assert_eq!(code, 1, "{json}");
    assert_eq!(
        json["problem"]["kind"], "auth_disabled_by_provider",
        "{json}"
    );
    assert_eq!(
        idp.with(|s| s.refreshes),
        before + 1,
        "refreshed once, not in a loop"
    );
    idp.assert_strictly_followed();
}

#[test]
fn sign_in_failures_have_plain_names() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, "ada@contoso.com");
    write_config(&home, &idp);
    let args = add_args("ms", "ada@contoso.com", "microsoft", "465", "/dev/null");
    let args: Vec<&str> = args
        .into_iter()
        .filter(|a| !matches!(*a, "--ca-file" | "/dev/null"))
        .collect();

    idp.with(|s| s.authorize_error = Some(("access_denied".into(), "The user cancelled".into())));
    let (code, json, page) = sign_in_with_browser(&home, &args);
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_cancelled");
    assert!(page.contains("You can close this tab"), "{page}");

    // AADSTS65001 by itself is consent the user did not give (they can, by signing in and
    // allowing it): not an administrator's block.
    idp.with(|s| {
        s.authorize_error = Some((
            "access_denied".into(),
            "AADSTS65001: The user or administrator has not consented to use the application"
                .into(),
        ))
    });
    let (code, json, _) = sign_in_with_browser(&home, &args);
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_cancelled", "{json}");

    // An administrator's consent, by its code or in words.
    for description in [
        "AADSTS90094: The grant requires admin permission.",
        "AADSTS65001: Need admin approval. Only an admin can grant this app permission.",
    ] {
        idp.with(|s| s.authorize_error = Some(("access_denied".into(), description.into())));
        let (code, json, _) = sign_in_with_browser(&home, &args);
        assert_eq!(code, 1, "{json}");
        assert_eq!(
            json["problem"]["kind"], "sign_in_blocked_by_admin",
            "{description}: {json}"
        );
    }
    let (_, list) = home.json(&["accounts", "list", "--json"], "");
    assert_eq!(
        list["accounts"].as_array().unwrap().len(),
        0,
        "nothing saved"
    );
    idp.assert_strictly_followed();
}

#[test]
fn without_a_registration_the_cli_says_oauth_not_configured() {
    let home = TestHome::with_keyring();
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "g",
            "--email",
            "ada@gmail.com",
            "--oauth2",
            "google",
            "--no-browser",
        ],
        "",
    );
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "oauth_not_configured");
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "g",
            "--email",
            "ada@gmail.com",
            "--oauth2",
            "google",
            "--device-code",
        ],
        "",
    );
    assert_eq!(code, 1, "{json}");
}

#[test]
fn google_has_no_device_code_for_mail() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Google, "ada@gmail.com");
    write_config(&home, &idp);
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "g",
            "--email",
            "ada@gmail.com",
            "--oauth2",
            "google",
            "--device-code",
        ],
        "",
    );
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["error"]["code"], "device_code_unavailable", "{json}");
    let _ = std::io::stdout().flush();
}

#[test]
fn microsoft_device_code_shows_the_code_and_waits() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, "ada@contoso.com");
    write_config(&home, &idp);
    let mut child = home
        .command()
        .args([
            "accounts",
            "add",
            "--json",
            "--name",
            "m",
            "--email",
            "ada@contoso.com",
            "--oauth2",
            "microsoft",
            "--device-code",
        ])
        .spawn()
        .unwrap();
    drop(child.stdin.take());
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let line = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the code is shown");
    let user_code = idp.with(|s| s.device_codes[0].1.clone());
    assert!(line.contains(&user_code), "{line}");
    assert!(line.contains("https://microsoft.com/devicelogin"), "{line}");
    // Not approved yet: Outpost keeps waiting.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(child.try_wait().unwrap().is_none());
    idp.with(|s| s.device_approved = true);
    let (code, out) = finish(child);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["account"]["oauth2_provider"], "microsoft");
    assert_eq!(
        stored_refresh(&home, "m"),
        idp.with(|s| s.current_refresh.clone())
    );
    idp.assert_strictly_followed();
}

/// A Microsoft-style provider, an SMTP peer that checks its tokens, and the account "ms" of
/// `email` signed in against them (no refresh yet).
struct SignedIn {
    peer: SmtpPeer,
    idp: Idp,
    home: TestHome,
}

fn signed_in_microsoft(email: &str) -> SignedIn {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, email);
    let introspect = idp.introspect_url();
    let peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&introspect, "microsoft")),
            ..PeerOptions::default()
        },
    );
    write_config(&home, &idp);
    let port = peer.port().to_string();
    let ca = peer.ca_pem().to_str().unwrap().to_owned();
    let (code, json, _) =
        sign_in_with_browser(&home, &add_args("ms", email, "microsoft", &port, &ca));
    assert_eq!(code, 0, "{json}");
    SignedIn { peer, idp, home }
}

fn microsoft_config(client_id: &str, auth_url: &str, token_url: &str) -> String {
    format!(
        "[oauth2.microsoft]\nclient_id = \"{client_id}\"\nauth_url = \"{auth_url}\"\ntoken_url = \"{token_url}\"\n"
    )
}

const SIGN_IN_AGAIN: [&str; 5] = ["accounts", "signin", "ms", "--no-browser", "--json"];

fn held_id(json: &serde_json::Value) -> String {
    assert_eq!(json["held"], true, "{json}");
    json["outbox_id"].as_str().unwrap().to_owned()
}

#[test]
fn sign_in_endpoints_must_be_https_except_on_loopback() {
    let SignedIn { peer, idp, home } = signed_in_microsoft("ada@outlook.com");
    let client_id = idp.with(|s| s.client_id.clone());
    let authorize = format!("{}/authorize", idp.base());
    let token = format!("{}/token", idp.base());

    // A token endpoint on plain http elsewhere: the refresh token is never sent there.
    set_registrations(
        &home,
        &microsoft_config(&client_id, &authorize, "http://login.example.com/token"),
    );
    let (code, json) = send(&home, "ms", "not over http");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "oauth_not_configured", "{json}");
    let held = held_id(&json);
    assert_eq!(idp.with(|s| s.refreshes), 0);

    // Nor is an authorization address opened that is not https (or loopback): plain http to
    // another host, or another scheme altogether.
    for auth_url in ["http://login.example.com/authorize", "file:///etc/passwd"] {
        set_registrations(&home, &microsoft_config(&client_id, auth_url, &token));
        let (code, out, err) = home.run(&SIGN_IN_AGAIN, "");
        assert_eq!(code, 1, "{out}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["problem"]["kind"], "oauth_not_configured", "{json}");
        let message = json["problem"]["message"].as_str().unwrap();
        assert!(
            message.contains(auth_url) && message.contains("https://"),
            "{message}"
        );
        assert!(
            !err.contains("/authorize?"),
            "no sign-in address is offered: {err}"
        );
    }
    assert_eq!(idp.with(|s| s.code_exchanges), 1, "only the first sign-in");

    // Back on the loopback provider: signing in puts the held message back in line.
    set_registrations(&home, &idp.config_toml());
    let (code, json, _) = sign_in_with_browser(&home, &SIGN_IN_AGAIN);
    assert_eq!(code, 0, "{json}");
    assert_eq!(sorted(&json["requeued"]), vec![held.clone()], "{json}");
    assert_eq!(sent_ids(&flush(&home)), vec![held]);
    peer.wait_messages(1);
    idp.assert_strictly_followed();
}

#[test]
fn a_refresh_token_goes_back_only_to_the_registration_and_endpoint_that_issued_it() {
    let SignedIn { peer, idp, home } = signed_in_microsoft("ada@outlook.com");
    let client_id = idp.with(|s| s.client_id.clone());
    let authorize = format!("{}/authorize", idp.base());
    let entry = stored(&home, "ms").unwrap();
    assert_eq!(entry["client_id"], client_id.as_str());
    assert_eq!(entry["token_url"], format!("{}/token", idp.base()));

    // The same client at another token endpoint: the token is not sent there.
    let other = Idp::start(Flavor::Microsoft, "ada@outlook.com");
    other.with(|o| o.client_id = client_id.clone());
    set_registrations(
        &home,
        &microsoft_config(&client_id, &authorize, &format!("{}/token", other.base())),
    );
    let (code, json) = send(&home, "ms", "other endpoint");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_expired", "{json}");
    let first = held_id(&json);
    assert_eq!(
        other.with(|s| s.refreshes),
        0,
        "nothing reached the other endpoint"
    );

    // The same endpoint with another registration (the app was registered anew): the token of
    // the old client is not presented by the new one (the strict provider records it if it is).
    idp.with(|s| s.client_id = "registered-anew".into());
    set_registrations(
        &home,
        &microsoft_config(
            "registered-anew",
            &authorize,
            &format!("{}/token", idp.base()),
        ),
    );
    let (code, json) = send(&home, "ms", "other client");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_expired", "{json}");
    let second = held_id(&json);
    assert_eq!(idp.with(|s| s.refreshes), 0);
    idp.assert_strictly_followed();

    // Signing in with the new registration: both go back in line, and the entry names it.
    let (code, json, _) = sign_in_with_browser(&home, &SIGN_IN_AGAIN);
    assert_eq!(code, 0, "{json}");
    let mut both = vec![first, second];
    both.sort();
    assert_eq!(sorted(&json["requeued"]), both, "{json}");
    assert_eq!(stored(&home, "ms").unwrap()["client_id"], "registered-anew");
    assert_eq!(sent_ids(&flush(&home)), both);
    peer.wait_messages(2);

    // An entry of the earlier plain form (the token alone) is still used, and gains its issuer.
    let current = idp.with(|s| s.current_refresh.clone()).unwrap();
    put_in_keychain(&home, "ms", &current);
    assert_eq!(
        home.keyring
            .as_ref()
            .unwrap()
            .lookup_in("outpost-oauth2", "ms"),
        Some(current)
    );
    let (code, json) = send(&home, "ms", "plain entry");
    assert_eq!(code, 0, "{json}");
    peer.wait_messages(3);
    let entry = stored(&home, "ms").unwrap();
    assert_eq!(entry["client_id"], "registered-anew");
    assert_eq!(
        entry["refresh_token"].as_str(),
        idp.with(|s| s.current_refresh.clone()).as_deref()
    );
    idp.assert_strictly_followed();
    other.assert_strictly_followed();
    assert_no_token_on_disk(&home, &idp);
}

#[test]
fn a_device_code_is_waited_for_while_it_lives_and_no_longer() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, "ada@contoso.com");
    // Microsoft's codes live 900 s (Outpost used to give up after 300); this one lives 3 s.
    idp.with(|s| s.device_expires_in = 3);
    write_config(&home, &idp);
    let started = std::time::Instant::now();
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "m",
            "--email",
            "ada@contoso.com",
            "--oauth2",
            "microsoft",
            "--device-code",
        ],
        "",
    );
    let took = started.elapsed();
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_cancelled", "{json}");
    assert!(
        took >= Duration::from_millis(2500),
        "waited while the code lived: {took:?}"
    );
    assert!(
        took < Duration::from_secs(30),
        "gave up once it expired: {took:?}"
    );
    assert!(idp.with(|s| s.device_codes.len()) == 1);
    idp.assert_strictly_followed();
}

#[test]
fn refusals_on_refresh_are_named_by_meaning_and_every_sign_in_hold_goes_back_after_signing_in() {
    let SignedIn { peer, idp, home } = signed_in_microsoft("ada@outlook.com");
    let not_consented = "AADSTS65001: The user or administrator has not consented to use the \
                         application with ID 'x' named 'Outpost'. Send an interactive \
                         authorization request for this user and resource.";
    let cases = [
        (
            "interaction_required",
            "AADSTS50076: Due to a configuration change made by your administrator, or because \
             you moved to a new location, you must use multi-factor authentication.",
            "sign_in_expired",
        ),
        ("consent_required", not_consented, "sign_in_expired"),
        ("invalid_grant", not_consented, "sign_in_expired"),
        (
            "invalid_grant",
            "AADSTS53003: Access has been blocked by Conditional Access policies.",
            "sign_in_blocked_by_admin",
        ),
    ];
    let mut held = Vec::new();
    for (error, description, kind) in cases {
        idp.with(|s| s.refresh_error = Some((error.into(), description.into())));
        let (code, json) = send(&home, "ms", error);
        assert_eq!(code, 1, "{json}");
        assert_eq!(
            json["problem"]["kind"], kind,
            "{error}: {description}\n{json}"
        );
        held.push(held_id(&json));
    }
    // Signed in as another account than the From address: Microsoft refuses with 5.7.3.
    idp.with(|s| {
        s.refresh_error = None;
        s.user = "bob@outlook.com".into();
    });
    let (code, json) = send(&home, "ms", "wrong account");
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "wrong_account_signed_in", "{json}");
    held.push(held_id(&json));

    // Before signing in, a flush sends none of them.
    assert!(sent_ids(&flush(&home)).is_empty());

    // Signed in again, as the right account: every one goes back in line, and out.
    idp.with(|s| s.user = "ada@outlook.com".into());
    let (code, json, _) = sign_in_with_browser(&home, &SIGN_IN_AGAIN);
    assert_eq!(code, 0, "{json}");
    held.sort();
    assert_eq!(sorted(&json["requeued"]), held, "{json}");
    assert_eq!(sent_ids(&flush(&home)), held);
    assert_eq!(peer.wait_messages(held.len()).len(), held.len());
    let (_, list) = home.json(&["outbox", "list", "--json"], "");
    assert_eq!(
        list["messages"],
        serde_json::json!([]),
        "the outbox is empty: {list}"
    );
    idp.assert_strictly_followed();
}

#[test]
fn idle_local_connections_do_not_stall_the_browser_sign_in() {
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, "ada@outlook.com");
    write_config(&home, &idp);
    let args: Vec<&str> = add_args("ms", "ada@outlook.com", "microsoft", "465", "/dev/null")
        .into_iter()
        .filter(|a| !matches!(*a, "--ca-file" | "/dev/null"))
        .collect();
    let mut idle = Vec::new();
    let mut started = None;
    let (code, json, page) = sign_in_with_browser_after(&home, &args, |url| {
        let url = reqwest::Url::parse(url).unwrap();
        let redirect = url
            .query_pairs()
            .find(|(k, _)| k == "redirect_uri")
            .map(|(_, v)| v.into_owned())
            .unwrap();
        let port = reqwest::Url::parse(&redirect).unwrap().port().unwrap();
        // A browser's pre-connections that never send, and one that stops half-way.
        for _ in 0..6 {
            idle.push(std::net::TcpStream::connect(("127.0.0.1", port)).unwrap());
        }
        let mut half = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        half.write_all(b"GET /?code=").unwrap();
        idle.push(half);
        std::thread::sleep(Duration::from_millis(200));
        started = Some(std::time::Instant::now());
    });
    let took = started.unwrap().elapsed();
    assert_eq!(code, 0, "{json}");
    assert!(page.contains("You can close this tab"), "{page}");
    assert!(
        took < Duration::from_secs(8),
        "the real answer was served beside the idle connections: {took:?}"
    );
    drop(idle);
    idp.assert_strictly_followed();
}

/// Copies in Sent sign in to IMAP with the account's OAuth2 sign-in (issue 24): Dovecot checks the
/// access token against the same strict identity provider, through XOAUTH2; a token the provider
/// expired meanwhile is refreshed once and the copy still goes.
#[test]
fn copies_in_sent_sign_in_to_imap_with_the_same_oauth2_token() {
    use crate::support::dovecot::{Dovecot, DovecotOptions};
    let user = "ada@outlook.com";
    let home = TestHome::with_keyring();
    let idp = Idp::start(Flavor::Microsoft, user);
    let introspect = idp.introspect_url();
    let peer = SmtpPeer::start(
        Mode::Tls,
        PeerOptions {
            xoauth2: Some((&introspect, "microsoft")),
            ..PeerOptions::default()
        },
    );
    let imap = Dovecot::start(
        DovecotOptions::new()
            .user(user, "no password is used")
            .sent_folder("Éléments envoyés")
            .oauth2(&introspect),
    );
    write_config(&home, &idp);
    // One file trusting both private servers' authorities.
    let ca = home.dir.path().join("both-cas.pem");
    let mut pem = std::fs::read(peer.ca_pem()).unwrap();
    pem.extend(std::fs::read(imap.ca_file()).unwrap());
    std::fs::write(&ca, pem).unwrap();
    let port = peer.port().to_string();
    let imap_port = imap.tls_port().to_string();
    let mut args = add_args("ms", user, "microsoft", &port, ca.to_str().unwrap());
    args.extend([
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        imap_port.as_str(),
        "--save-sent",
        "imap",
    ]);
    let (code, json, _) = sign_in_with_browser(&home, &args);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["account"]["save_sent"], "imap");

    let (code, doc) = send(&home, "ms", "Filed in Sent");
    assert_eq!(code, 0, "{doc}");
    let copies = imap.wait_messages(user, "Éléments envoyés", 1);
    assert!(copies[0].flags.contains('S'));
    assert!(copies[0].text().contains("Subject: Filed in Sent"));
    assert!(
        imap.log().contains("mech=XOAUTH2") || imap.log().contains("XOAUTH2"),
        "signed in with the token: {}",
        imap.log()
    );

    // A copy left for later (the mailbox was down), and the provider refuses the next access
    // token it is shown: the copier gets a fresh one once and the copy goes.
    let mut imap = imap;
    imap.stop();
    let (code, doc) = send(&home, "ms", "After a refresh");
    assert_eq!(code, 0, "{doc}");
    imap.start_again();
    idp.with(|s| s.refuse_next_access = 1);
    let flushed = flush(&home);
    assert_eq!(
        imap.messages(user, "Éléments envoyés").len(),
        2,
        "{flushed}\n{}",
        imap.log()
    );
    assert_eq!(idp.with(|s| s.refuse_next_access), 0, "the refusal was met");
    idp.assert_strictly_followed();
}
