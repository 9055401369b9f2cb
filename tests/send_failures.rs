//! Failures of `send` named from what happened on the wire, each against a scripted server of the
//! same shape as the real one: a provider quota refused at the end of DATA, a connection dropped in
//! the middle of DATA on an encrypted (STARTTLS) connection, a message larger than the server's
//! SIZE, and the server's own words (never the library's error chain) in `server_reply`.

#[path = "support/fault.rs"]
mod fault;
#[path = "support/peers.rs"]
mod peers;

use fault::{CertVariant, FaultServer, Inbox, Listen, Pki};
use peers::TestHome;

/// `send --no-queue` to 127.0.0.1:port; returns the exit code and the JSON document.
fn send(
    home: &TestHome,
    port: u16,
    security: &str,
    ca: Option<&str>,
    body: &str,
) -> (i32, serde_json::Value) {
    let port = port.to_string();
    let mut args = vec![
        "send",
        "--json",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        security,
        "--from",
        "ada@example.com",
        "--to",
        "bob@example.org",
        "--subject",
        "Quarterly",
        "--body",
        body,
        "--no-queue",
        "--timeout",
        "5",
    ];
    if let Some(ca) = ca {
        args.extend(["--ca-file", ca]);
    }
    home.json(&args, "")
}

fn problem(doc: &serde_json::Value) -> (&str, &str) {
    (
        doc["problem"]["kind"].as_str().unwrap_or("?"),
        doc["problem"]["step"].as_str().unwrap_or("?"),
    )
}

/// Microsoft 365's answer when the account's sending quota is used up: at the end of DATA.
#[test]
fn a_quota_refusal_at_the_end_of_data_is_rate_limited() {
    let reply = "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:0A00B384, 1.36674:0A000000[EndDiagnosticData]";
    let server = FaultServer::start(
        Listen::Plain,
        fault::accepting(Inbox::default(), move |_| reply.into()),
    );
    let home = TestHome::new();
    let (code, doc) = send(&home, server.port, "none", None, "Hello");
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("rate_limited", "data"), "{doc}");
    // The server's own words, verbatim: once, with its code, nothing of the library's.
    let said = doc["problem"]["server_reply"].as_str().unwrap();
    assert!(
        said.starts_with("554 5.2.0 STOREDRV.Submission.Exception"),
        "{said}"
    );
    assert_eq!(
        said.matches("SubmissionQuotaExceededException").count(),
        1,
        "{said}"
    );
    assert!(!said.contains("permanent error"), "{said}");
    let message = doc["problem"]["message"].as_str().unwrap();
    assert!(message.contains("limit"), "{message}");
}

/// A server that reads the whole message on a STARTTLS connection and hangs up without its answer:
/// the message may have been taken, so the outcome is unknown (at `data`) — not a lost connection
/// that could be retried, and not a TLS handshake failure at `tls`.
#[test]
fn a_drop_after_the_final_dot_over_starttls_is_outcome_unknown() {
    let pki = Pki::new();
    let config = pki.server_config(CertVariant::Good);
    let server = FaultServer::start(Listen::Plain, move |c| {
        if c.greet(&["STARTTLS", "SIZE 10000000"]).is_none() {
            return;
        }
        if c.starttls(config.clone()).is_none() || c.ehlo(&["SIZE 10000000"]).is_none() {
            return;
        }
        if c.until("DATA").is_some() {
            c.send("354 go ahead");
            // Read the whole message, then hang up without a reply (and without TLS close_notify).
            while let Some(line) = c.line() {
                if line == "." {
                    break;
                }
            }
        }
    });
    let home = TestHome::new();
    let body = "A line of the quarterly report.\n".repeat(2000);
    let ca = pki.ca_pem.to_str().unwrap().to_owned();
    let (code, doc) = send(&home, server.port, "starttls", Some(&ca), &body);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("outcome_unknown", "data"), "{doc}");
    assert!(doc["problem"]["server_reply"].is_null(), "{doc}");
}

/// A message larger than the SIZE the server announced is refused before anything is sent, with
/// the limit and the size in the explanation; the server never sees MAIL FROM.
#[test]
fn a_message_over_the_announced_size_is_refused_before_data() {
    let saw_mail = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = saw_mail.clone();
    let server = FaultServer::start(Listen::Plain, move |c| {
        if c.greet(&["SIZE 2000", "8BITMIME"]).is_none() {
            return;
        }
        while let Some(line) = c.line() {
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("QUIT") {
                c.send("221 bye");
                return;
            }
            if upper.starts_with("MAIL") || upper.starts_with("DATA") {
                seen.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            if upper.starts_with("EHLO") {
                c.send("250-fault.test\r\n250 SIZE 2000");
            } else {
                c.send("250 ok");
            }
        }
    });
    let home = TestHome::new();
    let (code, doc) = send(&home, server.port, "none", None, &"x".repeat(5000));
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc).0, "message_too_large", "{doc}");
    let message = doc["problem"]["message"].as_str().unwrap();
    assert!(
        message.contains("2.0 KB") || message.contains("2 KB"),
        "{message}"
    );
    assert!(
        !saw_mail.load(std::sync::atomic::Ordering::SeqCst),
        "nothing was handed over"
    );

    // Through the outbox too: the message is held (too large is permanent), with the same words.
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[[account]]\nname = \"relay\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n",
            server.port
        ),
    )
    .unwrap();
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Big",
            "--body",
            &"y".repeat(5000),
        ],
        "",
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["problem"]["kind"], "message_too_large", "{doc}");
    assert_eq!(doc["held"], true, "{doc}");
    assert!(!saw_mail.load(std::sync::atomic::Ordering::SeqCst));
}

/// A recipient refused without the word "recipient": named at RCPT TO because that is where the
/// server said it.
#[test]
fn a_refusal_is_named_at_the_command_it_answered() {
    let server = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["8BITMIME"]).is_none() {
            return;
        }
        while let Some(line) = c.line() {
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("RCPT") {
                c.send("550 5.1.1 <bob@example.org>: no mailbox here by that name");
            } else if upper.starts_with("QUIT") {
                c.send("221 bye");
                return;
            } else {
                c.send("250 ok");
            }
        }
    });
    let home = TestHome::new();
    let (code, doc) = send(&home, server.port, "none", None, "Hello");
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("recipient_rejected", "rcpt_to"), "{doc}");
    assert_eq!(
        doc["problem"]["server_reply"],
        "550 5.1.1 <bob@example.org>: no mailbox here by that name"
    );
}
