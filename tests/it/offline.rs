//! "You seem to be offline": a name that does not exist (NXDOMAIN) is `dns_not_found`; a lookup that
//! gets no answer (SERVFAIL, a resolver that never answers) is `network_unavailable`, found quickly,
//! by the doctor, by `send`, and by the sending session the outbox uses.

use crate::support::{dns, fault, peers, solo};

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use peers::{TestHome, wait_with_deadline};
use serde_json::Value;

fn run(home: &TestHome, dns: SocketAddr, args: &[&str]) -> (i32, Value) {
    let child = home
        .command()
        .env("OUTPOST_DNS_SERVER", dns.to_string())
        .args(args)
        .spawn()
        .unwrap();
    let out = wait_with_deadline(child, Duration::from_secs(30));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json)
}

fn check(dns: SocketAddr, host: &str) -> (Value, Duration) {
    let home = TestHome::new();
    let started = Instant::now();
    let (code, json) = run(
        &home,
        dns,
        &[
            "check",
            "--host",
            host,
            "--port",
            "2525",
            "--security",
            "none",
            "--timeout",
            "3",
            "--json",
        ],
    );
    assert_eq!(code, 1, "{json}");
    (json["problem"].clone(), started.elapsed())
}

#[test]
fn a_name_that_does_not_exist_is_dns_not_found() {
    let dns = dns::Zone::new().serve();
    let (problem, _) = check(dns, "smtp.typo.test");
    assert_eq!(problem["kind"], "dns_not_found", "{problem}");
    assert_eq!(problem["step"], "resolve");
}

#[test]
fn a_failing_resolver_is_network_unavailable() {
    let dns = dns::Zone::new().servfail("smtp.example.test").serve();
    let (problem, elapsed) = check(dns, "smtp.example.test");
    assert_eq!(problem["kind"], "network_unavailable", "{problem}");
    assert_eq!(problem["step"], "resolve");
    assert!(
        problem["message"].as_str().unwrap().contains("offline"),
        "{problem}"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[test]
fn a_resolver_that_never_answers_is_network_unavailable_within_the_deadline() {
    let (_socket, dns) = dns::silent();
    let (problem, elapsed) = check(dns, "smtp.example.test");
    assert_eq!(problem["kind"], "network_unavailable", "{problem}");
    assert!(elapsed < Duration::from_secs(6), "{elapsed:?}");
}

#[test]
fn send_offline_queues_the_message_to_wait() {
    let dns = dns::Zone::new().servfail("smtp.example.test").serve();
    let home = TestHome::new();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        "[[account]]\nname = \"relay\"\nemail = \"ada@example.com\"\nhost = \"smtp.example.test\"\nport = 2525\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n",
    )
    .unwrap();
    let (code, json) = run(
        &home,
        dns,
        &[
            "send",
            "--account",
            "relay",
            "--from",
            "ada@example.com",
            "--to",
            "bob@example.org",
            "--subject",
            "hi",
            "--body",
            "hello",
            "--json",
        ],
    );
    assert_eq!(json["problem"]["kind"], "network_unavailable", "{json}");
    assert_eq!(json["queued"], true, "{json}");
    assert_eq!(code, 1);
}

#[tokio::test]
async fn the_sending_session_tells_offline_from_a_typo() {
    // It sets the resolver in the environment: in a process of its own.
    solo::alone!(the_sending_session_tells_offline_from_a_typo);
    use outpost::account::{AuthMethod, Security, ServerSettings};
    use outpost::smtp::ProblemKind;
    use outpost::smtp::engine::open_for_sending;

    let dns = dns::Zone::new().servfail("smtp.example.test").serve();
    unsafe { std::env::set_var("OUTPOST_DNS_SERVER", dns.to_string()) };
    let settings = |host: &str| ServerSettings {
        host: host.into(),
        port: 2525,
        security: Security::None,
        auth: AuthMethod::None,
        timeout_secs: 3,
        ..ServerSettings::default()
    };
    let offline = open_for_sending(&settings("smtp.example.test"), &mut None, None)
        .await
        .err()
        .unwrap();
    assert_eq!(offline.kind, ProblemKind::NetworkUnavailable);
    let typo = open_for_sending(&settings("smtp.typo.test"), &mut None, None)
        .await
        .err()
        .unwrap();
    assert_eq!(typo.kind, ProblemKind::DnsNotFound);
    assert!(outpost::outbox::policy::is_retryable(
        ProblemKind::NetworkUnavailable
    ));
}

#[test]
fn detection_says_it_is_offline() {
    let dns = dns::Zone::new()
        .servfail("example.test")
        .servfail("smtp.example.test")
        .servfail("mail.example.test")
        .serve();
    let nothing = fault::closed_port();
    let home = TestHome::new();
    let child = home
        .command()
        .env("OUTPOST_DNS_SERVER", dns.to_string())
        .env(
            "OUTPOST_AUTOCONFIG_URLS",
            format!("http://127.0.0.1:{nothing}/{{domain}}"),
        )
        .env(
            "OUTPOST_ISPDB_URL",
            format!("http://127.0.0.1:{nothing}/{{domain}}"),
        )
        .env("OUTPOST_PROBE_PORTS", nothing.to_string())
        .args(["detect", "ada@example.test", "--json"])
        .spawn()
        .unwrap();
    let out = wait_with_deadline(child, Duration::from_secs(30));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["source"], "guess", "{json}");
    assert!(
        json["notes"][0].as_str().unwrap().contains("offline"),
        "{json}"
    );
}
