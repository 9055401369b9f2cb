//! Failures of `send` named from what happened on the wire, each against a scripted server of the
//! same shape as the real one: a provider quota refused at the end of DATA, a connection dropped in
//! the middle of DATA on an encrypted (STARTTLS) connection, a message larger than the server's
//! SIZE, and the server's own words (never the library's error chain) in `server_reply`.

use crate::support::fault;
use crate::support::peers;

use std::time::Duration;

use fault::{
    Available, CertVariant, Conn, FaultServer, Inbox, Listen, Pki, Record, Seen, Streamed,
};
use mail_parser::MessageParser;
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

/// `send --json --no-queue` to 127.0.0.1:port with `extra` arguments. Unless `extra` names them:
/// from ada@example.com, to bob@example.org, subject "Quarterly", body "Hello", `--security none`
/// and `--timeout 5`.
fn send_args(port: u16, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["send", "--json", "--no-queue", "--host", "127.0.0.1"]
        .map(String::from)
        .to_vec();
    args.extend(["--port".to_owned(), port.to_string()]);
    let has = |name: &str| extra.contains(&name);
    let defaults: [(&str, &[&str], &str); 6] = [
        ("--from", &[], "ada@example.com"),
        ("--to", &[], "bob@example.org"),
        ("--subject", &[], "Quarterly"),
        ("--body", &["--body-file"], "Hello"),
        ("--security", &[], "none"),
        ("--timeout", &[], "5"),
    ];
    for (flag, others, value) in defaults {
        if !has(flag) && !others.iter().any(|o| has(o)) {
            args.extend([flag.to_owned(), value.to_owned()]);
        }
    }
    args.extend(extra.iter().map(|a| a.to_string()));
    args
}

fn send_with(home: &TestHome, port: u16, extra: &[&str], stdin: &str) -> (i32, serde_json::Value) {
    let args = send_args(port, extra);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    home.json(&args, stdin)
}

/// What a [`fault::receiving`] server saw, once its conversation is over.
fn ended(seen: &Record<Seen>) -> Seen {
    fault::wait_until(seen, |s| s.ended.then(|| s.clone()))
}

fn upper_starts(line: &str, prefix: &str) -> bool {
    line.to_ascii_uppercase().starts_with(prefix)
}

// ---------------------------------------------------------------------------------------------
// Endless replies: refused at once, with memory flat.

const PEAK_LIMIT_KIB: u64 = 150 * 1024;

/// `send` against a server whose script streams an endless reply (through [`fault::endless`]):
/// `unexpected_reply` at `step`, the client hangs up long before the server is done, and its peak
/// memory stays flat.
fn endless_send(
    script: impl Fn(&mut Conn, &Record<Option<Streamed>>) + Send + Sync + 'static,
    step: &str,
) {
    let streamed: Record<Option<Streamed>> = Record::default();
    let recorded = streamed.clone();
    let server = FaultServer::start(Listen::Plain, move |c| script(c, &recorded));
    let home = TestHome::new();
    let args = send_args(server.port, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = home.json_watched(&args, "");
    let streamed = fault::wait_recorded(&streamed);
    eprintln!(
        "{step}: peak {:?} KiB, the server wrote {} bytes before the end ({streamed:?})",
        run.peak_kib, streamed.bytes
    );
    assert_eq!(run.code, 1, "{}", run.json);
    assert_eq!(run.json["ok"], false, "{}", run.json);
    assert_eq!(
        problem(&run.json),
        ("unexpected_reply", step),
        "{}",
        run.json
    );
    assert!(
        run.json["problem"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    assert!(
        !streamed.finished && streamed.hung_up && streamed.bytes < fault::ENDLESS,
        "the client read on instead of hanging up: {streamed:?}"
    );
    if cfg!(target_os = "linux") {
        let peak = run.peak_kib.expect("VmHWM in /proc/<pid>/status");
        assert!(peak < PEAK_LIMIT_KIB, "peak memory {peak} KiB");
    }
}

#[test]
fn an_endless_reply_line_to_mail_from_is_refused_at_once() {
    endless_send(
        |c, streamed| {
            if c.greet(&["8BITMIME"]).is_some() && c.until("MAIL").is_some() {
                fault::endless(c, b"250-", &[b'x'; 64 * 1024], streamed);
            }
        },
        "mail_from",
    );
}

#[test]
fn an_endless_reply_line_to_data_is_refused_at_once() {
    endless_send(
        |c, streamed| {
            if c.greet(&["8BITMIME"]).is_some() && c.until("DATA").is_some() {
                fault::endless(c, b"354-", &[b'x'; 64 * 1024], streamed);
            }
        },
        "data",
    );
}

#[test]
fn an_endless_multiline_reply_to_mail_from_is_refused_at_once() {
    endless_send(
        |c, streamed| {
            if c.greet(&["8BITMIME"]).is_some() && c.until("MAIL").is_some() {
                let lines = "250-x\r\n".repeat(64 * 1024 / 7);
                fault::endless(c, b"", lines.as_bytes(), streamed);
            }
        },
        "mail_from",
    );
}

// ---------------------------------------------------------------------------------------------
// STARTTLS response injection.

#[test]
fn bytes_injected_after_the_starttls_answer_stop_the_send() {
    let pki = Pki::new();
    let after: Record<Option<Available>> = Record::default();
    let server = FaultServer::start(Listen::Plain, fault::starttls_injection(after.clone()));
    let home = TestHome::new();
    let ca = pki.ca_pem.to_str().unwrap();
    let (code, doc) = send_with(
        &home,
        server.port,
        &[
            "--security",
            "starttls",
            "--ca-file",
            ca,
            "--user",
            "ada@example.com",
            "--password-stdin",
        ],
        "hunter2\n",
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("starttls_tampered", "starttls"), "{doc}");
    assert!(
        doc["problem"]["message"]
            .as_str()
            .is_some_and(|m| !m.trim().is_empty()),
        "{doc}"
    );
    let after = fault::wait_recorded(&after);
    let text = after.text();
    assert!(
        !text.contains("AUTH") && !text.contains("MAIL"),
        "sent after the injection: {text:?}"
    );
    assert!(
        !after.bytes.contains(&0x16),
        "a TLS handshake was started after the injection: {:?}",
        after.bytes
    );
    assert!(
        after.bytes.is_empty(),
        "nothing may be sent after the injection: {text:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The EHLO name.

#[test]
fn send_says_ehlo_with_the_local_address_literal() {
    let seen: Record<Seen> = Record::default();
    let server = FaultServer::start(Listen::Plain, fault::receiving(&["8BITMIME"], seen.clone()));
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &[], "");
    assert_eq!(code, 0, "{doc}");
    let seen = ended(&seen);
    assert_eq!(seen.ehlo, ["[127.0.0.1]"], "{seen:?}");
    assert_eq!(seen.messages.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// PIPELINING and CHUNKING.

/// What a pipelining server saw.
#[derive(Debug, Clone, Default)]
struct Pipelined {
    /// What had arrived with (after) the MAIL FROM line, before the server answered it.
    batch: Option<Available>,
    /// What came after the `354`, when DATA was answered with it after a refusal.
    after_354: Option<Available>,
    commands: Vec<String>,
    messages: Vec<Vec<u8>>,
    /// The conversation is over.
    ended: bool,
}

/// Offers PIPELINING; refuses the recipient `refuse` (when given) and answers DATA with `data`
/// (`354` to take the message).
fn pipelining(
    refuse: Option<&'static str>,
    data: &'static str,
    log: Record<Pipelined>,
) -> impl Fn(&mut Conn) + Send + Sync + 'static {
    move |c: &mut Conn| {
        pipelined_conversation(c, refuse, data, &log);
        log.lock().unwrap().ended = true;
    }
}

fn pipelined_conversation(c: &mut Conn, refuse: Option<&str>, data: &str, log: &Record<Pipelined>) {
    if c.greet(&["PIPELINING", "8BITMIME", "SIZE 10000000"])
        .is_none()
    {
        return;
    }
    let mut queue: std::collections::VecDeque<String> = Default::default();
    loop {
        let line = match queue.pop_front() {
            Some(l) => l,
            None => match c.line() {
                Some(l) => l,
                None => return,
            },
        };
        log.lock().unwrap().commands.push(line.clone());
        if upper_starts(&line, "MAIL") {
            // Before answering: whatever the client sent along with MAIL FROM.
            let batch = c.read_available(Duration::from_millis(500));
            queue.extend(batch.lines());
            log.lock().unwrap().batch = Some(batch);
            c.send("250 2.1.0 ok");
        } else if upper_starts(&line, "RCPT") {
            match refuse {
                Some(address) if line.contains(address) => c.send(&format!(
                    "550 5.1.1 <{address}>: Recipient address rejected: User unknown"
                )),
                _ => c.send("250 2.1.5 ok"),
            }
        } else if upper_starts(&line, "DATA") {
            c.send(data);
            if !data.starts_with("354") {
                continue;
            }
            if refuse.is_some() {
                let after = c.read_available(Duration::from_secs(3));
                log.lock().unwrap().after_354 = Some(after);
                return;
            }
            let Some(message) = c.read_data() else { return };
            log.lock().unwrap().messages.push(message);
            c.send("250 2.0.0 queued as P1P3");
        } else if upper_starts(&line, "QUIT") {
            c.send("221 2.0.0 bye");
            return;
        } else {
            c.send("250 2.0.0 ok");
        }
    }
}

const TWO_RECIPIENTS: [&str; 4] = ["--to", "a@example.org", "--to", "b@example.net"];

fn assert_pipelined_batch(log: &Pipelined) {
    let batch = log.batch.as_ref().expect("MAIL FROM arrived");
    assert_eq!(
        batch.lines(),
        ["RCPT TO:<a@example.org>", "RCPT TO:<b@example.net>", "DATA"],
        "MAIL FROM, every RCPT TO and DATA in one write: {log:?}"
    );
}

#[test]
fn with_pipelining_the_envelope_goes_in_one_write() {
    let log: Record<Pipelined> = Record::default();
    let server = FaultServer::start(Listen::Plain, pipelining(None, "354 go ahead", log.clone()));
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &TWO_RECIPIENTS, "");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["ok"], true, "{doc}");
    let log = fault::wait_until(&log, |l| l.ended.then(|| l.clone()));
    assert!(
        log.commands[0].starts_with("MAIL FROM:<ada@example.com>"),
        "{log:?}"
    );
    assert_pipelined_batch(&log);
    assert_eq!(log.messages.len(), 1, "{log:?}");
    let message = MessageParser::default().parse(&log.messages[0]).unwrap();
    assert_eq!(message.subject(), Some("Quarterly"));
}

/// A recipient refused inside a pipelined batch, DATA refused too (no valid recipients): the
/// recipient is named, nothing is delivered.
#[test]
fn a_recipient_refused_in_a_pipelined_batch_is_named() {
    let log: Record<Pipelined> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        pipelining(
            Some("b@example.net"),
            "554 5.5.1 Error: no valid recipients",
            log.clone(),
        ),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &TWO_RECIPIENTS, "");
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(problem(&doc), ("recipient_rejected", "rcpt_to"), "{doc}");
    let said = doc["problem"]["server_reply"].as_str().unwrap_or_default();
    assert!(said.contains("b@example.net"), "{doc}");
    let log = fault::wait_until(&log, |l| l.ended.then(|| l.clone()));
    assert_pipelined_batch(&log);
    assert!(log.messages.is_empty(), "{log:?}");
}

/// The same refusal, but the server accepts DATA (it has one valid recipient): the client must
/// not send the message — no body, then RSET or a closed connection.
#[test]
fn a_recipient_refused_in_a_pipelined_batch_stops_the_message_after_354() {
    let log: Record<Pipelined> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        pipelining(Some("b@example.net"), "354 go ahead", log.clone()),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(
        &home,
        server.port,
        &[
            "--to",
            "a@example.org",
            "--to",
            "b@example.net",
            "--body",
            "The secret quarterly figures",
        ],
        "",
    );
    let log = fault::wait_until(&log, |l| l.ended.then(|| l.clone()));
    assert_pipelined_batch(&log);
    let after = log.after_354.clone().expect("DATA was answered with 354");
    let text = after.text();
    assert!(
        !text.contains("Subject:") && !text.contains("quarterly figures"),
        "the message went out after a refused recipient: {text:?}\n{doc}"
    );
    assert!(
        !text.contains("\r\n.\r\n") && !text.starts_with(".\r\n"),
        "{text:?}"
    );
    assert!(
        after.closed || upper_starts(&text, "RSET"),
        "neither RSET nor a closed connection after the 354: {after:?}"
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["ok"], false, "{doc}");
    assert_eq!(problem(&doc), ("recipient_rejected", "rcpt_to"), "{doc}");
    let said = doc["problem"]["server_reply"].as_str().unwrap_or_default();
    assert!(said.contains("b@example.net"), "{doc}");
}

/// A server with CHUNKING and PIPELINING and one recipient: the message may go as `BDAT <n> LAST`
/// (or DATA); either way it arrives intact.
#[test]
fn with_chunking_the_message_arrives_intact() {
    let seen: Record<Seen> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::receiving(&["PIPELINING", "CHUNKING", "8BITMIME"], seen.clone()),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &["--body", DOTTED_BODY], "");
    assert_eq!(code, 0, "{doc}");
    let seen = ended(&seen);
    let bdat = seen.commands.iter().any(|c| upper_starts(c, "BDAT"));
    eprintln!(
        "sent with {}: {:?}",
        if bdat { "BDAT" } else { "DATA" },
        seen.commands
    );
    assert_eq!(seen.messages.len(), 1, "{seen:?}");
    assert_dotted_body(&seen.messages[0]);
}

/// Body lines that start with a dot, one of them a lone dot.
const DOTTED_BODY: &str = "First line\n.hidden line\n..two dots\n.\nafter the lone dot\n";

fn assert_dotted_body(raw: &[u8]) {
    let message = MessageParser::default()
        .parse(raw)
        .unwrap_or_else(|| panic!("not a message: {}", String::from_utf8_lossy(raw)));
    assert_eq!(message.subject(), Some("Quarterly"));
    let text = message.body_text(0).unwrap().replace("\r\n", "\n");
    assert_eq!(text.trim_end(), DOTTED_BODY.trim_end(), "{text:?}");
}

/// Without CHUNKING the message goes as DATA, dot-stuffed: every line that starts with a dot
/// arrives with its dot.
#[test]
fn without_chunking_data_is_dot_stuffed() {
    let seen: Record<Seen> = Record::default();
    let server = FaultServer::start(Listen::Plain, fault::receiving(&["8BITMIME"], seen.clone()));
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &["--body", DOTTED_BODY], "");
    assert_eq!(code, 0, "{doc}");
    let seen = ended(&seen);
    assert!(
        seen.commands.iter().any(|c| c == "DATA")
            && !seen.commands.iter().any(|c| upper_starts(c, "BDAT")),
        "{:?}",
        seen.commands
    );
    assert_eq!(seen.messages.len(), 1, "{seen:?}");
    let raw = String::from_utf8_lossy(&seen.raw_data[0]).into_owned();
    assert!(
        raw.contains("\r\n..hidden line\r\n")
            && raw.contains("\r\n...two dots\r\n")
            && raw.contains("\r\n..\r\nafter the lone dot\r\n"),
        "{raw}"
    );
    assert_dotted_body(&seen.messages[0]);
}

// ---------------------------------------------------------------------------------------------
// The final reply: its own deadline; a loss after the final dot is an unknown outcome.

/// Reads the message through the final dot (recording that it did in `got_dot`), then does `then`.
fn after_final_dot(
    got_dot: Record<Option<bool>>,
    then: impl Fn(&mut Conn) + Send + Sync + 'static,
) -> impl Fn(&mut Conn) + Send + Sync + 'static {
    move |c: &mut Conn| {
        if c.greet(&["8BITMIME"]).is_none() || c.until("DATA").is_none() {
            return;
        }
        c.send("354 go ahead");
        let whole = c.read_data().is_some();
        *got_dot.lock().unwrap() = Some(whole);
        if whole {
            then(c);
        }
    }
}

/// The server takes longer than `--timeout` to confirm: the final reply has its own deadline.
#[test]
fn a_final_reply_slower_than_the_timeout_is_awaited() {
    let got_dot: Record<Option<bool>> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        after_final_dot(got_dot.clone(), |c| {
            std::thread::sleep(Duration::from_secs(6));
            c.send("250 2.0.0 queued as SL0W");
            c.bye();
        }),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &["--timeout", "2"], "");
    assert!(fault::wait_recorded(&got_dot));
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["ok"], true, "{doc}");
}

/// The final-reply deadline is a setting of its own: past it, the outcome is unknown.
#[test]
fn a_final_reply_past_its_own_deadline_is_outcome_unknown() {
    let got_dot: Record<Option<bool>> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        after_final_dot(got_dot.clone(), |c| {
            std::thread::sleep(Duration::from_secs(6));
            c.send("250 2.0.0 queued as SL0W");
            c.bye();
        }),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(
        &home,
        server.port,
        &["--timeout", "5", "--final-reply-timeout", "2"],
        "",
    );
    assert!(fault::wait_recorded(&got_dot));
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("outcome_unknown", "data"), "{doc}");
}

#[test]
fn a_close_after_the_final_dot_is_outcome_unknown() {
    let got_dot: Record<Option<bool>> = Record::default();
    let server = FaultServer::start(Listen::Plain, after_final_dot(got_dot.clone(), |_| {}));
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &[], "");
    assert!(fault::wait_recorded(&got_dot));
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("outcome_unknown", "data"), "{doc}");
}

#[test]
fn half_a_final_reply_then_a_close_is_outcome_unknown() {
    let got_dot: Record<Option<bool>> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        after_final_dot(got_dot.clone(), |c| c.send_raw(b"250 2.0.0 que")),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &[], "");
    assert!(fault::wait_recorded(&got_dot));
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("outcome_unknown", "data"), "{doc}");
}

/// A server that hangs up in the middle of the message (before the final dot): the connection
/// was lost, the outcome is known (not delivered).
#[test]
fn a_close_in_the_middle_of_the_message_is_connection_lost() {
    let got_dot: Record<Option<bool>> = Record::default();
    let seen = got_dot.clone();
    let server = FaultServer::start(Listen::Plain, move |c| {
        if c.greet(&["8BITMIME"]).is_none() || c.until("DATA").is_none() {
            return;
        }
        c.send("354 go ahead");
        // A few lines of a message far larger than both sockets' buffers, then hang up.
        let mut whole = false;
        for _ in 0..100 {
            match c.line() {
                Some(l) if l == "." => {
                    whole = true;
                    break;
                }
                Some(_) => {}
                None => break,
            }
        }
        *seen.lock().unwrap() = Some(whole);
    });
    // 16 MB of noise as an attachment (a text body that large takes minutes to build in a debug
    // build): the message is far larger than what both sockets can buffer.
    let dir = tempfile::tempdir().unwrap();
    let attachment = dir.path().join("figures.bin");
    let noise: Vec<u8> = (0..16 << 20).map(|_| fastrand::u8(..)).collect();
    std::fs::write(&attachment, noise).unwrap();
    let home = TestHome::new();
    let (code, doc) = send_with(
        &home,
        server.port,
        &["--attach", attachment.to_str().unwrap()],
        "",
    );
    assert!(
        !fault::wait_recorded(&got_dot),
        "the server read the whole message"
    );
    assert_eq!(code, 1, "{doc}");
    assert_eq!(problem(&doc), ("connection_lost", "data"), "{doc}");
}

// ---------------------------------------------------------------------------------------------
// SMTPUTF8.

fn smtputf8_refused_before_mail(extra: &[&str], kind: &str, step: &str) {
    let seen: Record<Seen> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::receiving(&["8BITMIME", "PIPELINING"], seen.clone()),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, extra, "");
    let seen = ended(&seen);
    assert!(
        !seen.commands.iter().any(|c| upper_starts(c, "MAIL")),
        "MAIL FROM was sent: {:?}",
        seen.commands
    );
    assert!(seen.messages.is_empty());
    assert_eq!(code, 1, "{doc}");
    assert!(["mail_from", "rcpt_to"].contains(&problem(&doc).1), "{doc}");
    assert_eq!(problem(&doc), (kind, step), "{doc}");
}

/// A non-ASCII recipient and a server without SMTPUTF8: refused before MAIL FROM.
#[test]
fn a_non_ascii_recipient_without_smtputf8_is_refused_before_mail() {
    smtputf8_refused_before_mail(
        &["--to", "josé@example.org"],
        "recipient_rejected",
        "rcpt_to",
    );
}

/// A non-ASCII sender and a server without SMTPUTF8: refused before MAIL FROM.
#[test]
fn a_non_ascii_sender_without_smtputf8_is_refused_before_mail() {
    smtputf8_refused_before_mail(
        &["--from", "josé@example.com"],
        "sender_rejected",
        "mail_from",
    );
}

/// With SMTPUTF8 offered, MAIL FROM asks for it and the address goes as UTF-8.
#[test]
fn with_smtputf8_mail_from_carries_the_parameter() {
    let seen: Record<Seen> = Record::default();
    let server = FaultServer::start(
        Listen::Plain,
        fault::receiving(&["8BITMIME", "SMTPUTF8"], seen.clone()),
    );
    let home = TestHome::new();
    let (code, doc) = send_with(&home, server.port, &["--to", "josé@example.org"], "");
    let seen = ended(&seen);
    assert_eq!(code, 0, "{doc} {:?}", seen.commands);
    let mail = seen
        .commands
        .iter()
        .find(|c| upper_starts(c, "MAIL"))
        .expect("MAIL FROM");
    assert!(
        mail.split_whitespace()
            .skip(1)
            .any(|p| p.eq_ignore_ascii_case("SMTPUTF8")),
        "{mail}"
    );
    assert!(
        seen.commands
            .iter()
            .any(|c| c == "RCPT TO:<josé@example.org>"),
        "{:?}",
        seen.commands
    );
    assert_eq!(seen.messages.len(), 1);
}
