//! OAuth2 sign-in end to end, through the real binary, the real keychain (gnome-keyring), a strict
//! mock identity provider (`support/idp.rs`) and aiosmtpd speaking AUTH XOAUTH2 the way Gmail and
//! Microsoft do (`support/smtpd.py`). Everything stays on loopback; every wait has a deadline.

#[path = "support/fault.rs"]
mod fault;
#[path = "support/idp.rs"]
mod idp;
#[path = "support/peers.rs"]
mod peers;

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
    let stored = keyring.lookup_in("outpost-oauth2", "ms");
    assert_eq!(stored, idp.with(|s| s.current_refresh.clone()));
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
        keyring.lookup_in("outpost-oauth2", "ms"),
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

    // Signing in again, then the held message goes out.
    idp.with(|s| s.revoked = false);
    let (code, json, _) = sign_in_with_browser(
        &home,
        &["accounts", "signin", "ms", "--no-browser", "--json"],
    );
    assert_eq!(code, 0, "{json}");
    let (code, json) = home.json(&["outbox", "retry", &id, "--json"], "");
    assert_eq!(code, 0, "{json}");
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

    idp.with(|s| {
        s.authorize_error = Some((
            "access_denied".into(),
            "AADSTS65001: The user or administrator has not consented to use the application"
                .into(),
        ))
    });
    let (code, json, _) = sign_in_with_browser(&home, &args);
    assert_eq!(code, 1, "{json}");
    assert_eq!(json["problem"]["kind"], "sign_in_blocked_by_admin");
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
        home.keyring
            .as_ref()
            .unwrap()
            .lookup_in("outpost-oauth2", "m"),
        idp.with(|s| s.current_refresh.clone())
    );
    idp.assert_strictly_followed();
}
