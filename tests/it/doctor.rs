//! `outpost check` and `outpost probe` against a scripted fault server on 127.0.0.1: one scenario
//! per problem kind, each named with a fix, well inside the timeout.

use crate::support::fault;
use crate::support::peers;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fault::{Available, CertVariant, Conn, FaultServer, Listen, Pki, Record, Streamed};
use peers::TestHome;
use serde_json::Value;

struct Run {
    json: Value,
    code: i32,
    elapsed: Duration,
}

/// Runs the real binary with a throwaway home; `password` goes to stdin when given.
fn outpost(args: &[&str], password: Option<&str>) -> Run {
    let started = Instant::now();
    let out = outpost_raw(args, password);
    let elapsed = started.elapsed();
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    Run {
        json,
        code: out.status.code().unwrap_or(-1),
        elapsed,
    }
}

/// The binary's exit status and both outputs as bytes, for human output too.
fn outpost_raw(args: &[&str], password: Option<&str>) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    // OUTPOST_UNDER_TEST runs the tests against another build, as `TestHome` does.
    let bin = std::env::var_os("OUTPOST_UNDER_TEST")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_outpost").into());
    let mut child = Command::new(bin)
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(p) = password {
        child
            .stdin
            .as_mut()
            .unwrap()
            .write_all(format!("{p}\n").as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn check(port: u16, security: &str, extra: &[&str], password: Option<&str>) -> Run {
    let port = port.to_string();
    let mut args = vec![
        "check",
        "--json",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        security,
        "--timeout",
        "5",
    ];
    args.extend_from_slice(extra);
    outpost(&args, password)
}

/// Asserts the problem kind, that it has words and a fix, and that it came quickly.
fn assert_problem(run: &Run, kind: &str, step: &str) {
    assert_named(&run.json, run.code, kind, step);
    assert!(
        run.elapsed < Duration::from_secs(5),
        "took {:?}",
        run.elapsed
    );
    eprintln!("{kind}: {:?}", run.elapsed);
}

/// Asserts the problem kind at its step, with words and a fix, and every step in the report.
fn assert_named(json: &Value, code: i32, kind: &str, step: &str) {
    assert_eq!(code, 1, "exit code 1 for a found problem: {json}");
    assert_eq!(json["ok"], false);
    let p = &json["problem"];
    assert_eq!(p["kind"], kind, "{json:#}");
    assert_eq!(p["step"], step, "{json:#}");
    assert!(p["message"].as_str().is_some_and(|m| m.len() > 10));
    assert!(p["fix"].as_str().is_some_and(|m| m.len() > 10));
    let steps = json["steps"].as_array().unwrap();
    let names: Vec<&str> = steps.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "resolve",
            "connect",
            "greeting",
            "ehlo",
            "starttls",
            "tls",
            "auth",
            "mail_from",
            "rcpt_to",
            "quit"
        ]
    );
}

fn transcript(run: &Run) -> String {
    run.json["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

fn auth_reply(reply: &'static str) -> impl Fn(&mut Conn) + Send + Sync {
    move |c: &mut Conn| {
        if c.greet(&["AUTH PLAIN LOGIN", "SIZE 1000000"]).is_none() {
            return;
        }
        if c.until("AUTH").is_some() {
            c.send(reply);
            c.bye();
        }
    }
}

#[test]
fn banner_5xx_is_greeting_rejected() {
    let s = FaultServer::start(Listen::Plain, |c| {
        c.send("554 5.7.1 fault.test: your address is not welcome")
    });
    let run = check(s.port, "none", &[], None);
    assert_problem(&run, "greeting_rejected", "greeting");
    assert!(
        run.json["problem"]["server_reply"]
            .as_str()
            .unwrap()
            .contains("not welcome")
    );
}

#[test]
fn banner_421_is_server_busy() {
    let s = FaultServer::start(Listen::Plain, |c| {
        c.send("421 4.3.2 fault.test too busy, try later")
    });
    assert_problem(&check(s.port, "none", &[], None), "server_busy", "greeting");
}

#[test]
fn no_starttls_offered() {
    let s = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["SIZE 1000", "AUTH PLAIN"]).is_some() {
            c.bye()
        }
    });
    let run = check(s.port, "starttls", &[], None);
    assert_problem(&run, "starttls_unavailable", "starttls");
    assert_eq!(run.json["problem"]["suggestion"]["port"], 465);
}

#[test]
fn no_auth_offered() {
    let s = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["SIZE 1000"]).is_some() {
            c.bye()
        }
    });
    let run = check(
        s.port,
        "none",
        &[
            "--user",
            "bob",
            "--password-stdin",
            "--allow-password-without-encryption",
        ],
        Some("pw"),
    );
    assert_problem(&run, "auth_unavailable", "auth");
}

#[test]
fn only_cram_md5_offered() {
    let s = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["AUTH CRAM-MD5"]).is_some() {
            c.bye()
        }
    });
    let run = check(
        s.port,
        "none",
        &[
            "--user",
            "bob",
            "--password-stdin",
            "--allow-password-without-encryption",
        ],
        Some("pw"),
    );
    assert_problem(&run, "auth_mechanism_unsupported", "auth");
}

fn auth_case(reply: &'static str, kind: &str) -> Run {
    let s = FaultServer::start(Listen::Plain, auth_reply(reply));
    let run = check(
        s.port,
        "none",
        &[
            "--user",
            "bob@example.com",
            "--password-stdin",
            "--allow-password-without-encryption",
        ],
        Some("hunter2"),
    );
    assert_problem(&run, kind, "auth");
    assert!(
        !transcript(&run).contains("aHVudGVyMg") && !transcript(&run).contains("hunter2"),
        "secret redacted: {}",
        transcript(&run)
    );
    assert!(transcript(&run).contains("AUTH PLAIN ********"));
    run
}

#[test]
fn wrong_password_is_auth_failed() {
    auth_case(
        "535 5.7.8 Authentication credentials invalid",
        "auth_failed",
    );
}

#[test]
fn gmail_app_password_required() {
    auth_case(
        "534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor",
        "app_password_required",
    );
}

#[test]
fn gmail_web_login_required() {
    auth_case(
        "534-5.7.14 <https://accounts.google.com/signin/continue> Please log in via\n534 5.7.14 your web browser and then try again.",
        "web_login_required",
    );
}

#[test]
fn microsoft_smtp_auth_disabled() {
    auth_case(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "auth_disabled_by_provider",
    );
}

#[test]
fn encryption_required_for_auth() {
    auth_case(
        "538 5.7.11 Encryption required for requested authentication mechanism",
        "encryption_required",
    );
}

fn envelope_server(mail_reply: &'static str, rcpt_reply: &'static str) -> FaultServer {
    FaultServer::start(Listen::Plain, move |c| {
        if c.greet(&["SIZE 1000000"]).is_none() || c.until("MAIL").is_none() {
            return;
        }
        c.send(mail_reply);
        if mail_reply.starts_with('2') && c.until("RCPT").is_some() {
            c.send(rcpt_reply);
        }
        c.bye();
    })
}

fn envelope(server: &FaultServer) -> Run {
    check(
        server.port,
        "none",
        &["--from", "ada@example.com", "--to", "bob@example.org"],
        None,
    )
}

#[test]
fn auth_required_before_mail() {
    let s = envelope_server("530 5.7.0 Authentication required", "");
    assert_problem(&envelope(&s), "auth_required", "mail_from");
}

#[test]
fn sender_rejected() {
    let s = envelope_server(
        "553 5.7.1 <ada@example.com>: Sender address rejected: not owned by user bob",
        "",
    );
    assert_problem(&envelope(&s), "sender_rejected", "mail_from");
}

#[test]
fn recipient_rejected() {
    let s = envelope_server(
        "250 2.1.0 ok",
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
    );
    let run = envelope(&s);
    assert_problem(&run, "recipient_rejected", "rcpt_to");
    assert!(
        run.json["problem"]["server_reply"]
            .as_str()
            .unwrap()
            .starts_with("bob@example.org")
    );
}

#[test]
fn relay_denied() {
    let s = envelope_server(
        "250 2.1.0 ok",
        "554 5.7.1 <bob@example.org>: Relay access denied",
    );
    assert_problem(&envelope(&s), "recipient_rejected", "rcpt_to");
}

#[test]
fn throttled() {
    let s = envelope_server(
        "451 4.7.28 Our system has detected an unusual rate of unsolicited mail. Throttled.",
        "",
    );
    assert_problem(&envelope(&s), "rate_limited", "mail_from");
}

#[test]
fn size_limit_is_reported() {
    let s = envelope_server(
        "552 5.3.4 Message size exceeds fixed maximum message size",
        "",
    );
    let run = envelope(&s);
    assert_problem(&run, "message_too_large", "mail_from");
    assert_eq!(run.json["server"]["max_size"], 1000000);
}

#[test]
fn dropped_connection_is_connection_lost() {
    let s = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["AUTH PLAIN"]).is_some() {
            let _ = c.until("MAIL");
        }
    });
    assert_problem(&envelope(&s), "connection_lost", "mail_from");
}

#[test]
fn implicit_tls_port_used_with_starttls() {
    let pki = Pki::new();
    let s = FaultServer::start(Listen::Tls(pki.server_config(CertVariant::Good)), |c| {
        if c.greet(&["AUTH PLAIN"]).is_some() {
            c.bye()
        }
    });
    let run = check(s.port, "starttls", &[], None);
    assert_problem(&run, "expects_implicit_tls", "greeting");
    assert!(
        run.elapsed < Duration::from_secs(3),
        "a silent TLS port is named quickly: {:?}",
        run.elapsed
    );
    assert_eq!(run.json["problem"]["suggestion"]["security"], "tls");
}

#[test]
fn plain_port_used_with_tls() {
    let s = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["STARTTLS"]).is_some() {
            c.bye()
        }
    });
    let run = check(s.port, "tls", &[], None);
    assert_problem(&run, "expects_starttls", "tls");
    assert_eq!(run.json["problem"]["suggestion"]["security"], "starttls");
}

fn tls_case(variant: CertVariant, kind: &str) {
    let pki = Pki::new();
    let s = FaultServer::start(Listen::Tls(pki.server_config(variant)), |c| {
        if c.greet(&["AUTH PLAIN"]).is_some() {
            c.bye()
        }
    });
    let ca = pki.ca_pem.to_str().unwrap();
    let run = check(s.port, "tls", &["--ca-file", ca], None);
    if kind == "ok" {
        assert_eq!(run.code, 0, "{:#}", run.json);
        let tls = &run.json["server"]["tls"];
        assert!(tls["version"].as_str().unwrap().starts_with("TLSv1."));
        assert!(tls["issuer"].as_str().unwrap().contains("Outpost Fault CA"));
        assert!(!tls["not_after"].as_str().unwrap().is_empty());
    } else {
        assert_problem(&run, kind, "tls");
        assert!(
            run.json["server"]["tls"]["subject"]
                .as_str()
                .unwrap()
                .contains("fault.test"),
            "the refused certificate is described"
        );
    }
}

#[test]
fn trusted_certificate_passes() {
    tls_case(CertVariant::Good, "ok");
}

#[test]
fn self_signed_certificate() {
    tls_case(CertVariant::SelfSigned, "certificate_untrusted");
}

#[test]
fn expired_certificate() {
    tls_case(CertVariant::Expired, "certificate_expired");
}

#[test]
fn wrong_name_certificate() {
    tls_case(CertVariant::WrongName, "certificate_name_mismatch");
}

#[test]
fn closed_port_is_connection_refused() {
    let run = check(fault::closed_port(), "starttls", &[], None);
    assert_problem(&run, "connection_refused", "connect");
}

#[test]
fn full_accept_queue_is_connect_timeout() {
    let hole = fault::blackhole();
    let port = hole.port.to_string();
    let run = outpost(
        &[
            "check",
            "--json",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "starttls",
            "--timeout",
            "2",
        ],
        None,
    );
    assert_eq!(
        run.json["problem"]["kind"], "connect_timeout",
        "{:#}",
        run.json
    );
    assert!(
        run.elapsed < Duration::from_secs(4),
        "took {:?}",
        run.elapsed
    );
}

#[test]
fn silent_server_is_greeting_timeout() {
    let s = FaultServer::start(Listen::Plain, |c| {
        let _ = c.line();
    });
    let port = s.port.to_string();
    let run = outpost(
        &[
            "check",
            "--json",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "none",
            "--timeout",
            "3",
        ],
        None,
    );
    assert_eq!(
        run.json["problem"]["kind"], "greeting_timeout",
        "{:#}",
        run.json
    );
    assert!(run.elapsed < Duration::from_secs(5));
}

#[test]
fn password_on_plain_connection_is_refused_without_opt_in() {
    let s = FaultServer::start(Listen::Plain, auth_reply("235 ok"));
    let run = check(
        s.port,
        "none",
        &["--user", "bob", "--password-stdin"],
        Some("pw"),
    );
    assert_eq!(run.code, 2);
    assert_eq!(run.json["error"]["code"], "password_without_encryption");
}

#[test]
fn probe_ranks_what_works() {
    let pki = Pki::new();
    let tls = FaultServer::start(Listen::Tls(pki.server_config(CertVariant::Good)), |c| {
        if c.greet(&["AUTH PLAIN"]).is_some() {
            c.bye()
        }
    });
    let plain = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["AUTH PLAIN"]).is_some() {
            c.bye()
        }
    });
    let closed = fault::closed_port();
    let ports = format!("{},{},{}", tls.port, plain.port, closed);
    let run = outpost(
        &[
            "probe",
            "127.0.0.1",
            "--json",
            "--ports",
            &ports,
            "--timeout",
            "3",
            "--ca-file",
            pki.ca_pem.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{:#}", run.json);
    let results = run.json["results"].as_array().unwrap();
    let ok: Vec<(u64, &str)> = results
        .iter()
        .filter(|r| r["ok"] == true)
        .map(|r| (r["port"].as_u64().unwrap(), r["security"].as_str().unwrap()))
        .collect();
    assert_eq!(ok, vec![(tls.port as u64, "tls")]);
    let on_plain = |security: &str| {
        results
            .iter()
            .find(|r| r["port"] == plain.port && r["security"] == security)
            .unwrap()["problem"]
            .clone()
    };
    assert_eq!(on_plain("tls"), "expects_starttls");
    assert_eq!(on_plain("starttls"), "starttls_unavailable");
    assert!(
        !results
            .iter()
            .any(|r| r["port"] == plain.port && r["security"] == "none"),
        "plain is only a last resort when nothing encrypted works"
    );
    let starttls_on_tls = results
        .iter()
        .find(|r| r["port"] == tls.port && r["security"] == "starttls")
        .unwrap();
    assert_eq!(starttls_on_tls["problem"], "expects_implicit_tls");
    let closed_result = results
        .iter()
        .find(|r| r["port"] == closed && r["security"] == "tls")
        .unwrap();
    assert_eq!(closed_result["problem"], "connection_refused");
    assert_eq!(run.json["best"]["port"], tls.port);
    assert_eq!(run.json["best"]["security"], "tls");
}

#[test]
fn probe_falls_back_to_plain_only_as_a_last_resort() {
    let plain = FaultServer::start(Listen::Plain, |c| {
        if c.greet(&["SIZE 100"]).is_some() {
            c.bye()
        }
    });
    let ports = plain.port.to_string();
    let run = outpost(
        &[
            "probe",
            "127.0.0.1",
            "--json",
            "--ports",
            &ports,
            "--timeout",
            "3",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{:#}", run.json);
    let last = run.json["results"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["security"], "none");
    assert_eq!(last["ok"], true);
    assert_eq!(run.json["best"]["security"], "none");
}

#[test]
fn a_reply_nobody_expects_is_shown_as_is() {
    let s = FaultServer::start(Listen::Plain, |c| {
        c.send("220 fault.test ready");
        let _ = c.line();
        c.send("500 5.5.2 fault.test does not like you today");
        c.bye();
    });
    let run = check(s.port, "none", &[], None);
    assert_problem(&run, "unexpected_reply", "ehlo");
    assert!(
        run.json["problem"]["server_reply"]
            .as_str()
            .unwrap()
            .contains("does not like you")
    );
}

/// A server's words may carry terminal escapes (clear the screen, retitle the window): the human
/// output shows them as `^[` and the like, while `--json` keeps the exact text.
#[test]
fn control_characters_from_a_server_do_not_reach_the_terminal() {
    let script = |c: &mut Conn| {
        c.send("220 fault.test \u{1b}]0;owned\u{7} ready");
        let _ = c.line();
        c.send("500 5.5.2 \u{1b}[2J\u{1b}[31mall is well\u{9b}0m");
        c.bye();
    };
    let s = FaultServer::start(Listen::Plain, script);
    let port = s.port.to_string();
    let args = [
        "check",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "none",
        "--timeout",
        "5",
    ];
    let out = outpost_raw(&args, None);
    assert_eq!(out.status.code(), Some(1));
    let shown = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(
        !shown.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "raw control characters printed: {shown:?}"
    );
    assert!(shown.contains("^[[2J^[[31mall is wellM-^[0m"), "{shown}");

    let s = FaultServer::start(Listen::Plain, script);
    let run = check(s.port, "none", &[], None);
    assert_problem(&run, "unexpected_reply", "ehlo");
    assert_eq!(
        run.json["problem"]["server_reply"],
        "500 5.5.2 \u{1b}[2J\u{1b}[31mall is well\u{9b}0m"
    );
}

/// A reply line far past the RFC's 512 octets is refused as soon as it passes 4 KiB: named at the
/// greeting, and nothing of it beyond the limit is kept.
#[test]
fn an_overlong_greeting_line_is_refused_at_the_greeting() {
    let s = FaultServer::start(Listen::Plain, |c| {
        c.send_raw(b"220-");
        for _ in 0..64 {
            c.send_raw(&[b'x'; 16 * 1024]);
        }
        c.send("\r\n220 fault.test ready");
        if c.ehlo(&[]).is_some() {
            c.bye();
        }
    });
    let run = check(s.port, "none", &[], None);
    assert_problem(&run, "unexpected_reply", "greeting");
    let text = transcript(&run);
    let longest = text.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 4200, "a transcript line of {longest} bytes");
}

/// The most memory a client may use while a server streams [`fault::ENDLESS`] bytes at it.
const PEAK_LIMIT_KIB: u64 = 150 * 1024;

/// `check` against a server that answers with an endless reply (its script calls
/// [`fault::endless`]): refused at once as `unexpected_reply` at `step`, with memory flat, and the
/// client hangs up long before the server has streamed everything it would.
fn endless_check(
    script: impl Fn(&mut Conn, &Record<Option<Streamed>>) + Send + Sync + 'static,
    step: &str,
) {
    let streamed: Record<Option<Streamed>> = Record::default();
    let recorded = streamed.clone();
    let s = FaultServer::start(Listen::Plain, move |c| script(c, &recorded));
    let port = s.port.to_string();
    let run = TestHome::new().json_watched(
        &[
            "check",
            "--json",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "none",
            "--timeout",
            "5",
        ],
        "",
    );
    let streamed = fault::wait_recorded(&streamed);
    eprintln!(
        "{step}: peak {:?} KiB, the server wrote {} bytes before the end ({streamed:?})",
        run.peak_kib, streamed.bytes
    );
    assert_named(&run.json, run.code, "unexpected_reply", step);
    assert!(
        !streamed.finished && streamed.hung_up && streamed.bytes < fault::ENDLESS,
        "the client read on instead of hanging up: {streamed:?}"
    );
    if cfg!(target_os = "linux") {
        let peak = run.peak_kib.expect("VmHWM in /proc/<pid>/status");
        assert!(peak < PEAK_LIMIT_KIB, "peak memory {peak} KiB");
    }
}

fn x_chunk() -> Vec<u8> {
    vec![b'x'; 64 * 1024]
}

/// A greeting line that never ends: refused at the greeting, not read on.
#[test]
fn an_endless_greeting_line_is_refused_at_once() {
    endless_check(
        |c, streamed| fault::endless(c, b"220-", &x_chunk(), streamed),
        "greeting",
    );
}

/// An EHLO reply line that never ends.
#[test]
fn an_endless_ehlo_line_is_refused_at_once() {
    endless_check(
        |c, streamed| {
            c.send("220 fault.test ESMTP ready");
            if c.line().is_some() {
                fault::endless(c, b"250-", &x_chunk(), streamed);
            }
        },
        "ehlo",
    );
}

/// An EHLO reply of short continuation lines that never reaches its last line.
#[test]
fn an_endless_multiline_ehlo_reply_is_refused_at_once() {
    endless_check(
        |c, streamed| {
            c.send("220 fault.test ESMTP ready");
            if c.line().is_some() {
                let lines = "250-x\r\n".repeat(64 * 1024 / 7);
                fault::endless(c, b"250-fault.test\r\n", lines.as_bytes(), streamed);
            }
        },
        "ehlo",
    );
}

/// A man in the middle answers STARTTLS with 220 and, in the same packet, a forged EHLO reply:
/// the upgrade is refused as tampered, and nothing more is sent — no handshake, no sign-in.
#[test]
fn bytes_injected_after_the_starttls_answer_are_refused() {
    let pki = Pki::new();
    let after: Record<Option<Available>> = Record::default();
    let s = FaultServer::start(Listen::Plain, fault::starttls_injection(after.clone()));
    let ca = pki.ca_pem.to_str().unwrap();
    let run = check(
        s.port,
        "starttls",
        &[
            "--ca-file",
            ca,
            "--user",
            "bob@example.com",
            "--password-stdin",
        ],
        Some("hunter2"),
    );
    assert_named(&run.json, run.code, "starttls_tampered", "starttls");
    assert!(
        run.json["problem"]["message"]
            .as_str()
            .is_some_and(|m| !m.trim().is_empty()),
        "{:#}",
        run.json
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

/// AUTH LOGIN where the server sends both challenges in one write: what hides the answers is the
/// client's own state (inside AUTH), not the last line the server sent.
fn login_both_challenges_at_once(refuse_after_user: bool) -> (Run, Vec<String>) {
    let got: Record<Vec<String>> = Record::default();
    let seen = got.clone();
    let s = FaultServer::start(Listen::Plain, move |c| {
        if c.greet(&["AUTH LOGIN", "SIZE 1000000"]).is_none() {
            return;
        }
        let Some(auth) = c.until("AUTH") else { return };
        seen.lock().unwrap().push(auth);
        c.send_raw(b"334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n");
        let Some(user) = c.line() else { return };
        seen.lock().unwrap().push(user);
        if refuse_after_user {
            c.send("535 5.7.8 Authentication credentials invalid");
        } else {
            let Some(password) = c.line() else { return };
            seen.lock().unwrap().push(password);
            c.send("235 2.7.0 ok");
        }
        c.bye();
    });
    let run = check(
        s.port,
        "none",
        &[
            "--user",
            LOGIN_USER,
            "--password-stdin",
            "--allow-password-without-encryption",
        ],
        Some(LOGIN_PASSWORD),
    );
    let got = got.lock().unwrap().clone();
    (run, got)
}

const LOGIN_USER: &str = "ada.lovelace@example.com";
const LOGIN_PASSWORD: &str = "Tr0ub4dor&3-not-for-logs";

fn b64(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}

fn assert_no_login_secret(run: &Run) {
    let text = transcript(run);
    for secret in [b64(LOGIN_USER), b64(LOGIN_PASSWORD), LOGIN_PASSWORD.into()] {
        assert!(
            !text.contains(&secret),
            "{secret} in the transcript:\n{text}"
        );
    }
    assert!(text.contains("AUTH LOGIN"), "{text}");
}

#[test]
fn login_answers_stay_hidden_when_both_challenges_come_at_once() {
    let (run, got) = login_both_challenges_at_once(false);
    assert_eq!(run.code, 0, "{:#}", run.json);
    assert_eq!(run.json["ok"], true);
    // The exchange happened as scripted: both answers went to the server.
    assert_eq!(
        got,
        [
            "AUTH LOGIN".to_owned(),
            b64(LOGIN_USER),
            b64(LOGIN_PASSWORD)
        ]
    );
    assert_no_login_secret(&run);
}

#[test]
fn login_answers_stay_hidden_when_the_server_refuses_after_the_user_name() {
    let (run, got) = login_both_challenges_at_once(true);
    assert_named(&run.json, run.code, "auth_failed", "auth");
    assert_eq!(
        got.get(..2),
        Some(&["AUTH LOGIN".to_owned(), b64(LOGIN_USER)][..]),
        "{got:?}"
    );
    assert_no_login_secret(&run);
}

/// The EHLO name is an address literal of our end, never the machine's name.
#[test]
fn check_says_ehlo_with_the_local_address_literal() {
    let names: Record<Vec<String>> = Record::default();
    let seen = names.clone();
    let s = FaultServer::start(Listen::Plain, move |c| {
        if let Some(name) = c.greet_named(&["SIZE 1000000"]) {
            seen.lock().unwrap().push(name);
            c.bye();
        }
    });
    let run = check(s.port, "none", &[], None);
    assert_eq!(run.code, 0, "{:#}", run.json);
    assert_eq!(*names.lock().unwrap(), ["[127.0.0.1]"]);
}
