//! `outpost check` and `outpost probe` against a scripted fault server on 127.0.0.1: one scenario
//! per problem kind, each named with a fix, well inside the timeout.

#[path = "support/fault.rs"]
mod fault;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fault::{CertVariant, Conn, FaultServer, Listen, Pki};
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_outpost"))
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
    assert_eq!(run.code, 1, "exit code 1 for a found problem: {}", run.json);
    assert_eq!(run.json["ok"], false);
    let p = &run.json["problem"];
    assert_eq!(p["kind"], kind, "{:#}", run.json);
    assert_eq!(p["step"], step, "{:#}", run.json);
    assert!(p["message"].as_str().is_some_and(|m| m.len() > 10));
    assert!(p["fix"].as_str().is_some_and(|m| m.len() > 10));
    let steps = run.json["steps"].as_array().unwrap();
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
    assert!(
        run.elapsed < Duration::from_secs(5),
        "took {:?}",
        run.elapsed
    );
    eprintln!("{kind}: {:?}", run.elapsed);
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

/// A reply line far past the RFC's 512 octets is kept cut short in the transcript.
#[test]
fn an_endless_greeting_line_is_cut_short_in_the_transcript() {
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
    let text = transcript(&run);
    let longest = text.lines().map(str::len).max().unwrap();
    assert!(longest < 4200, "a transcript line of {longest} bytes");
    assert!(text.contains("xxx…"), "{text}");
}
