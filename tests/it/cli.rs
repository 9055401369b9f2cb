//! The CLI against real peers: aiosmtpd in every mode, the real keychain, and bad input.

use crate::support::peers;

use mail_parser::{MessageParser, MimeHeaders};
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

const BODY: &str = "Grüße aus Köln!\nÄpfel, Öl und Übermut — ✓\n";

fn send_args<'a>(
    peer: &'a SmtpPeer,
    port: &'a str,
    security: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "send",
        "--json",
        "--host",
        "127.0.0.1",
        "--port",
        port,
        "--security",
        security,
        "--from",
        "Zoë Example <zoe@example.com>",
        "--to",
        "Bob <bob@example.org>",
        "--to",
        "carol@example.net",
        "--cc",
        "dave@example.org",
        "--bcc",
        "secret@example.com",
        "--subject",
        "Grüße — test ✓",
        "--body",
        BODY,
        "--no-queue",
    ];
    if security != "none" {
        args.extend(["--ca-file", peer.ca_pem().to_str().unwrap()]);
    }
    args.extend_from_slice(extra);
    args
}

/// Checks what the server stored, byte for byte where it matters.
fn assert_delivered(peer: &SmtpPeer, attachment: Option<&[u8]>) {
    let delivered = peer.wait_messages(1);
    let m = &delivered[0];
    assert_eq!(m.mail_from, "zoe@example.com");
    assert_eq!(
        m.rcpt_tos,
        [
            "bob@example.org",
            "carol@example.net",
            "dave@example.org",
            "secret@example.com"
        ]
    );
    let raw = String::from_utf8(m.raw.clone()).expect("7-bit clean MIME");
    assert!(
        !raw.to_ascii_lowercase().contains("\nbcc:") && !raw.contains("secret@example.com"),
        "Bcc never in the headers:\n{raw}"
    );
    assert!(
        raw.contains("Subject: =?utf-8?"),
        "non-ASCII subject as RFC 2047 encoded words:\n{raw}"
    );
    assert!(
        raw.contains("From: =?utf-8?b?") || raw.contains("From: =?utf-8?q?"),
        "display name encoded:\n{raw}"
    );
    let parsed = MessageParser::default().parse(&m.raw).unwrap();
    assert_eq!(parsed.subject(), Some("Grüße — test ✓"));
    assert_eq!(
        parsed.from().unwrap().first().unwrap().name(),
        Some("Zoë Example")
    );
    let to: Vec<_> = parsed
        .to()
        .unwrap()
        .iter()
        .map(|a| a.address().unwrap().to_string())
        .collect();
    assert_eq!(to, ["bob@example.org", "carol@example.net"]);
    assert_eq!(parsed.body_text(0).unwrap().replace("\r\n", "\n"), BODY);
    assert!(
        parsed
            .message_id()
            .is_some_and(|id| id.ends_with("@example.com"))
    );
    assert!(parsed.date().is_some());
    match attachment {
        None => assert_eq!(parsed.attachment_count(), 0),
        Some(bytes) => {
            let a = parsed.attachment(0).unwrap();
            assert_eq!(a.attachment_name(), Some("Bericht über Äpfel.pdf"));
            assert_eq!(a.content_type().unwrap().ctype(), "application");
            assert_eq!(a.content_type().unwrap().subtype(), Some("pdf"));
            assert_eq!(a.contents(), bytes, "attachment byte-identical");
        }
    }
}

/// aiosmtpd that wants a sign-in with this user and password.
fn signed_in_peer(mode: Mode, user: &str, password: &str) -> SmtpPeer {
    SmtpPeer::start(
        mode,
        PeerOptions {
            auth: Some((user, password)),
            ..Default::default()
        },
    )
}

#[test]
fn sends_over_plain_smtp() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let port = peer.port().to_string();
    let home = TestHome::new();
    let (code, json) = home.json(&send_args(&peer, &port, "none", &[]), "");
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(json["ok"], true);
    assert_eq!(json["queued"], false);
    assert!(json["message_id"].as_str().unwrap().starts_with('<'));
    assert_delivered(&peer, None);
}

#[test]
fn sends_over_starttls_with_an_attachment() {
    let peer = SmtpPeer::start(Mode::StartTls, PeerOptions::default());
    let port = peer.port().to_string();
    let home = TestHome::new();
    let file = home.dir.path().join("Bericht über Äpfel.pdf");
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&file, &bytes).unwrap();
    let (code, json) = home.json(
        &send_args(
            &peer,
            &port,
            "starttls",
            &["--attach", file.to_str().unwrap()],
        ),
        "",
    );
    assert_eq!(code, 0, "{json:#}");
    assert_delivered(&peer, Some(&bytes));
}

#[test]
fn sends_over_implicit_tls() {
    let peer = SmtpPeer::start(Mode::Tls, PeerOptions::default());
    let port = peer.port().to_string();
    let (code, json) = TestHome::new().json(&send_args(&peer, &port, "tls", &[]), "");
    assert_eq!(code, 0, "{json:#}");
    assert_delivered(&peer, None);
}

#[test]
fn sends_over_starttls_with_sign_in() {
    let peer = signed_in_peer(Mode::StartTls, "zoe", "pässwörd");
    let port = peer.port().to_string();
    let (code, json) = TestHome::new().json(
        &send_args(
            &peer,
            &port,
            "starttls",
            &["--user", "zoe", "--password-stdin"],
        ),
        "pässwörd\n",
    );
    assert_eq!(code, 0, "{json:#}");
    assert_delivered(&peer, None);
    assert_eq!(peer.wait_messages(1)[0].auth_user.as_deref(), Some("zoe"));
}

#[test]
fn sends_over_implicit_tls_with_sign_in() {
    let peer = signed_in_peer(Mode::Tls, "zoe", "secret");
    let port = peer.port().to_string();
    let (code, json) = TestHome::new().json(
        &send_args(&peer, &port, "tls", &["--user", "zoe", "--password-stdin"]),
        "secret\n",
    );
    assert_eq!(code, 0, "{json:#}");
    assert_delivered(&peer, None);
}

#[test]
fn wrong_password_is_auth_failed() {
    let peer = signed_in_peer(Mode::StartTls, "zoe", "secret");
    let port = peer.port().to_string();
    let (code, json) = TestHome::new().json(
        &send_args(
            &peer,
            &port,
            "starttls",
            &["--user", "zoe", "--password-stdin"],
        ),
        "wrong\n",
    );
    assert_eq!(code, 1, "{json:#}");
    assert_eq!(json["ok"], false);
    assert_eq!(json["problem"]["kind"], "auth_failed");
    assert!(
        !json.to_string().contains("wrong"),
        "the password never appears in output"
    );
    assert_eq!(peer.count(), 0);
}

#[test]
fn an_untrusted_certificate_is_refused_by_default() {
    let peer = SmtpPeer::start(Mode::Tls, PeerOptions::default());
    let port = peer.port().to_string();
    let mut args = send_args(&peer, &port, "tls", &[]);
    let ca = args.iter().position(|a| *a == "--ca-file").unwrap();
    args.drain(ca..ca + 2);
    let (code, json) = TestHome::new().json(&args, "");
    assert_eq!(code, 1);
    assert_eq!(json["problem"]["kind"], "certificate_untrusted");
    assert_eq!(peer.count(), 0);
}

#[test]
fn password_on_a_plain_connection_needs_the_opt_in() {
    let peer = SmtpPeer::start(
        Mode::Plain,
        PeerOptions {
            auth: Some(("zoe", "pw")),
            auth_require_tls: false,
            ..PeerOptions::default()
        },
    );
    let port = peer.port().to_string();
    let home = TestHome::new();
    let (code, json) = home.json(
        &send_args(&peer, &port, "none", &["--user", "zoe", "--password-stdin"]),
        "pw\n",
    );
    assert_eq!(code, 2);
    assert_eq!(json["error"]["code"], "password_without_encryption");
    assert_eq!(peer.count(), 0, "nothing was sent");
    let (code, json) = home.json(
        &send_args(
            &peer,
            &port,
            "none",
            &[
                "--user",
                "zoe",
                "--password-stdin",
                "--allow-password-without-encryption",
            ],
        ),
        "pw\n",
    );
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(peer.wait_messages(1).len(), 1);
}

#[test]
fn one_transport_sends_several_messages_over_one_connection() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let settings = outpost::account::ServerSettings {
            host: "127.0.0.1".into(),
            port: peer.port(),
            security: outpost::account::Security::None,
            auth: outpost::account::AuthMethod::None,
            ..Default::default()
        };
        let sender = outpost::smtp::Sender::new(&settings, None).unwrap();
        for i in 0..3 {
            let draft = outpost::mail::Draft {
                from_email: "zoe@example.com".into(),
                to: "bob@example.org".into(),
                subject: format!("n{i}"),
                body: "hi".into(),
                ..Default::default()
            };
            sender.send(&draft.build().await.unwrap()).await.unwrap();
        }
    });
    assert_eq!(peer.wait_messages(3).len(), 3);
}

#[test]
fn keychain_holds_the_secret_and_nothing_else_does() {
    let peer = signed_in_peer(Mode::StartTls, "zoe@example.com", "kEy-ch41n-only");
    let port = peer.port().to_string();
    let home = TestHome::with_keyring();
    let keyring = home.keyring.as_ref().unwrap();
    let ca = peer.ca_pem().to_str().unwrap();
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "work",
            "--email",
            "zoe@example.com",
            "--display-name",
            "Zoë Example",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "starttls",
            "--ca-file",
            ca,
            "--password-stdin",
        ],
        "kEy-ch41n-only\n",
    );
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(keyring.lookup("work").as_deref(), Some("kEy-ch41n-only"));
    for dir in [
        home.config_dir(),
        home.data_dir(),
        home.dir.path().to_path_buf(),
    ] {
        assert_no_file_contains(&dir, "kEy-ch41n-only");
    }
    let (code, json) = home.json(&["accounts", "show", "work", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(json["password_stored"], true);

    // The done-when of the core: a UTF-8 message with an attachment through STARTTLS+AUTH with the
    // password only in the keychain.
    let file = home.dir.path().join("notes.txt");
    std::fs::write(&file, "Äpfel\n").unwrap();
    let (code, json) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "work",
            "--to",
            "bob@example.org",
            "--subject",
            "Grüße",
            "--body",
            "Hallo ✓",
            "--attach",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{json:#}");
    let delivered = &peer.wait_messages(1)[0];
    assert_eq!(delivered.auth_user.as_deref(), Some("zoe@example.com"));
    let parsed = MessageParser::default().parse(&delivered.raw).unwrap();
    assert_eq!(parsed.subject(), Some("Grüße"));
    assert_eq!(
        parsed.attachment(0).unwrap().contents(),
        "Äpfel\n".as_bytes()
    );
    assert_eq!(
        parsed.from().unwrap().first().unwrap().name(),
        Some("Zoë Example")
    );

    let (code, _) = home.json(&["accounts", "remove", "work", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(
        keyring.lookup("work"),
        None,
        "the secret is gone with the account"
    );
}

#[test]
fn without_a_keychain_nothing_is_saved() {
    let home = TestHome::new();
    let (code, json) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "work",
            "--email",
            "zoe@example.com",
            "--host",
            "smtp.example.com",
            "--password-stdin",
        ],
        "no-keychain-here\n",
    );
    assert_eq!(code, 2);
    assert_eq!(json["error"]["code"], "keychain_unavailable");
    assert!(
        json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("keychain")
    );
    assert!(
        !home.config_dir().join("config.toml").exists(),
        "no account without its secret"
    );
    assert_no_file_contains(home.dir.path(), "no-keychain-here");
}

fn assert_no_file_contains(dir: &std::path::Path, needle: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            // The keyring's own encrypted store is where the secret belongs.
            if path.ends_with("keyrings") {
                continue;
            }
            assert_no_file_contains(&path, needle);
        } else if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(needle),
                "{} contains the secret",
                path.display()
            );
        }
    }
}

#[test]
fn bad_input_gets_a_one_line_reason_and_exit_code_2() {
    let home = TestHome::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "bob@",
                "--to",
                "a@b.cd",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "invalid_address",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "a b@c.d",
                "--to",
                "a@b.cd",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "invalid_address",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "",
                "--to",
                "a@b.cd",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "empty",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x\r\nBcc: eve@evil.test",
                "--body",
                "y",
            ],
            "line_break",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "port_out_of_range",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--port",
                "70000",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "port_out_of_range",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--port",
                "abc",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "port_out_of_range",
        ),
        (
            &[
                "send",
                "--host",
                "",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "empty",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
                "--attach",
                "/no/such/file.pdf",
            ],
            "attachment_missing",
        ),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
                "--attach",
                "/",
            ],
            "attachment_unreadable",
        ),
        (
            &[
                "send",
                "--account",
                "nobody",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "unknown_account",
        ),
        (&["accounts", "show", "nobody"], "unknown_account"),
        (&["accounts", "remove", "nobody"], "unknown_account"),
        (&["detect", "bob@"], "invalid_address"),
        (
            &[
                "send",
                "--host",
                "127.0.0.1",
                "--security",
                "none",
                "--user",
                "u",
                "--password-stdin",
                "--from",
                "a@b.cd",
                "--to",
                "c@d.ef",
                "--subject",
                "x",
                "--body",
                "y",
            ],
            "password_without_encryption",
        ),
    ];
    for (args, code) in cases {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let (exit, out, err) = home.run(&with_json, "pw\n");
        assert_eq!(exit, 2, "{args:?}: {out} {err}");
        let json: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|_| panic!("{args:?}: {out}"));
        assert_eq!(json["error"]["code"], *code, "{args:?}: {json}");
        let (exit, out, err) = home.run(args, "pw\n");
        assert_eq!(exit, 2);
        assert!(out.is_empty(), "{args:?}: no stdout without --json");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: one line: {err}");
        assert!(
            err.starts_with("Error: ") && !err.contains("Error {") && !err.contains("Os {"),
            "{args:?}: plain words: {err}"
        );
    }
}

#[test]
fn a_corrupt_config_is_kept_aside_and_outpost_starts_anyway() {
    let home = TestHome::new();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        "[[account]\nname = \"half",
    )
    .unwrap();
    let (code, out, err) = home.run(&["accounts", "list", "--json"], "");
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["accounts"],
        serde_json::json!([])
    );
    assert!(
        err.contains("config.toml.broken-"),
        "the user is told: {err}"
    );
    let kept: Vec<_> = std::fs::read_dir(home.config_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        kept.iter().any(|n| n.starts_with("config.toml.broken-")),
        "{kept:?}"
    );
}

#[test]
fn detect_offline_matches_the_presets() {
    let home = TestHome::new();
    let cases = [
        ("ada@gmail.com", "gmail"),
        ("ada@outlook.com", "outlook"),
        ("ada@hotmail.co.uk", "outlook"),
        ("ada@yahoo.co.uk", "yahoo"),
        ("ada@icloud.com", "icloud"),
        ("ada@contoso.onmicrosoft.com", "office365"),
    ];
    for (email, id) in cases {
        let (code, json) = home.json(&["detect", email, "--offline", "--json"], "");
        assert_eq!(code, 0, "{email}");
        assert_eq!(json["provider"], id, "{email}: {json:#}");
        assert_eq!(json["source"], "preset");
        let preset = outpost::providers::by_id(id).unwrap();
        let servers = json["servers"].as_array().unwrap();
        assert_eq!(servers.len(), preset.servers.len());
        assert_eq!(servers[0]["host"], preset.servers[0].host);
        assert_eq!(servers[0]["port"], preset.servers[0].port);
        assert_eq!(json["provider_name"], preset.name);
        assert_eq!(json["notes"].as_array().unwrap().len(), preset.notes.len());
    }
    let (code, json) = home.json(
        &["detect", "someone@example.org", "--offline", "--json"],
        "",
    );
    assert_eq!(code, 0);
    assert_eq!(json["source"], "guess");
    assert_eq!(json["provider"], serde_json::Value::Null);
    assert_eq!(json["servers"][0]["host"], "smtp.example.org");
}

/// A reader that stops early (`outpost … | head`) closes stdout: the command ends as it would have,
/// without a panic, in JSON and in words.
#[test]
fn a_closed_stdout_is_not_a_panic() {
    let home = TestHome::new();
    for args in [
        &["detect", "ada@gmail.com", "--offline", "--json"][..],
        &["detect", "ada@gmail.com", "--offline"][..],
        &["outbox", "list", "--json"][..],
        &[
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            "1",
            "--security",
            "none",
            "--json",
        ][..],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = home
            .command()
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
    }
}
