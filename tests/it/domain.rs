//! `outpost domain` through the real binary against a loopback DNS server: one zone per case of
//! SPF, DKIM, DMARC, MX and the blocklists, and a mailbox provider's domain.

use crate::support::dns;
use crate::support::peers;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use peers::{TestHome, wait_with_deadline};
use serde_json::Value;

const KEY_2048: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzqv7ywu4oI/Q4Z9Ub5K6TawMGmzHUjgBgDW3lcwDHjtO7rUemAoAkrsjXJeUy6C8l8DmKuLngxxVTEbeSNP5E7Lm7DUUqbHskRQXUm7JjHh7aYUqhxTWb7/NfI0fSRd8MmqwEXHgUn98aCDY75gfjIA7MdvGdYZ6Zb5R+yp8f7JBZisZk8g++/UmI+wYLsU+hK2Kil0blgM/jFrU63y7vAIBKcJWiaD8+//p5egt9inZqJkHDZdV7Dm0j8VQZNcjXpLlIdnWBNKqcHrHM1gfCC7JWHeGE6WZtsFGVYgtyMiAWTEv0gCKknNeiVgyTaf2B8qV423MeS6t2OfAl/YH2QIDAQAB";
const KEY_512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANRHF2lUO6ENfmsGhIatBAq8JnA42Bzm+/Jt7+AvQVNplrNjxN6nureL3C8ilpZRRoM7jfUAgWbNwJzA8axEKtcCAwEAAQ==";

fn zone() -> dns::Zone {
    let local = Ipv4Addr::new(127, 0, 0, 2);
    dns::Zone::new()
        // The sending server (SendGrid's name, a loopback address) and its service's SPF.
        .a("smtp.sendgrid.net", local)
        .txt("sendgrid.net", "v=spf1 ip4:127.0.0.0/8 -all")
        .txt("_spf.google.com", "v=spf1 ip4:192.0.2.0/24 ~all")
        // Blocklists: Spamhaus lists 127.0.0.2, SpamCop answers "refused", Barracuda knows nothing.
        .a("2.0.0.127.zen.spamhaus.org", local)
        .a(
            "2.0.0.127.bl.spamcop.net",
            Ipv4Addr::new(127, 255, 255, 254),
        )
        // Everything right.
        .txt("good.test", "v=spf1 include:sendgrid.net -all")
        .mx("good.test", "mx.good.test")
        .txt(
            "s1._domainkey.good.test",
            &format!("v=DKIM1; k=rsa; p={KEY_2048}"),
        )
        .txt(
            "_dmarc.good.test",
            "v=DMARC1; p=reject; rua=mailto:dmarc@good.test",
        )
        // No SPF, no DMARC, no DKIM.
        .mx("nospf.test", "mx.nospf.test")
        .txt("nospf.test", "google-site-verification=abc")
        // SPF for another service than the account's.
        .txt("other.test", "v=spf1 include:_spf.google.com ~all")
        .mx("other.test", "mx.other.test")
        // Two SPF records.
        .txt("two.test", "v=spf1 include:sendgrid.net -all")
        .txt("two.test", "v=spf1 mx -all")
        .mx("two.test", "mx.two.test")
        // Over the lookup limit once the includes are counted: 2 + 5 + 4 = 11.
        .txt(
            "many.test",
            "v=spf1 include:l1.many.test include:l2.many.test -all",
        )
        .txt(
            "l1.many.test",
            "v=spf1 a mx ptr exists:x.many.test a:b.many.test -all",
        )
        .txt(
            "l2.many.test",
            "v=spf1 a mx a:c.many.test a:d.many.test -all",
        )
        .mx("many.test", "mx.many.test")
        // Everyone may send.
        .txt("open.test", "v=spf1 +all")
        .mx("open.test", "mx.open.test")
        // Neutral.
        .txt("neutral.test", "v=spf1 mx ?all")
        .mx("neutral.test", "mx.neutral.test")
        // DKIM revoked, and a 512-bit key; DMARC p=none.
        .txt("revoked.test", "v=spf1 include:sendgrid.net -all")
        .txt("s1._domainkey.revoked.test", "v=DKIM1; k=rsa; p=")
        .mx("revoked.test", "mx.revoked.test")
        .txt("short.test", "v=spf1 include:sendgrid.net -all")
        .txt(
            "s1._domainkey.short.test",
            &format!("v=DKIM1; k=rsa; p={KEY_512}"),
        )
        .txt("_dmarc.short.test", "v=DMARC1; p=none")
        .mx("short.test", "mx.short.test")
        // No MX.
        .txt("nomx.test", "v=spf1 include:sendgrid.net -all")
}

static DNS: LazyLock<SocketAddr> = LazyLock::new(|| zone().serve());

/// Runs `outpost domain ... --json` against the test zone; an account "relay" at `domain` sends
/// through smtp.sendgrid.net.
fn run(dns: SocketAddr, account_domain: Option<&str>, args: &[&str]) -> (i32, Value, Duration) {
    let home = TestHome::new();
    if let Some(domain) = account_domain {
        std::fs::create_dir_all(home.config_dir()).unwrap();
        std::fs::write(
            home.config_dir().join("config.toml"),
            format!(
                "[[account]]\nname = \"relay\"\nemail = \"ada@{domain}\"\nhost = \"smtp.sendgrid.net\"\nport = 587\nsecurity = \"starttls\"\nauth = \"password\"\nusername = \"apikey\"\ndefault = true\n"
            ),
        )
        .unwrap();
    }
    let started = Instant::now();
    let child = home
        .command()
        .env("OUTPOST_DNS_SERVER", dns.to_string())
        .arg("domain")
        .args(args)
        .arg("--json")
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
    (out.status.code().unwrap_or(-1), json, started.elapsed())
}

fn account(domain: &str) -> (i32, Value) {
    let (code, json, _) = run(*DNS, Some(domain), &["--account", "relay"]);
    (code, json)
}

fn check<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check: {json}"))
}

fn status(json: &Value, name: &str) -> String {
    check(json, name)["status"].as_str().unwrap().to_owned()
}

#[test]
fn everything_in_place_passes() {
    let (code, json) = account("good.test");
    assert_eq!(json["domain"], "good.test");
    assert_eq!(json["provider"], "sendgrid");
    for name in ["spf", "dkim", "dmarc", "mx"] {
        assert_eq!(status(&json, name), "pass", "{name}: {json}");
    }
    assert_eq!(
        check(&json, "spf")["record"],
        "v=spf1 include:sendgrid.net -all"
    );
    assert!(
        check(&json, "dkim")["message"]
            .as_str()
            .unwrap()
            .contains("2048")
    );
    // Listed on Spamhaus, refused by SpamCop, clean on Barracuda: one check per list.
    let lists: Vec<&Value> = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"] == "blocklist")
        .collect();
    assert!(
        check(&json, "dmarc")["message"]
            .as_str()
            .unwrap()
            .ends_with("the domain meets what Gmail and Yahoo ask of bulk senders in DNS."),
        "{json}"
    );
    let statuses: Vec<&str> = lists
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["fail", "unknown", "pass"], "{json}");
    assert!(lists[0]["message"].as_str().unwrap().contains("127.0.0.2"));
    assert!(lists[1]["message"].as_str().unwrap().contains("refused"));
    assert_eq!(code, 1, "a blocklist listing fails the check");
    for c in json["checks"].as_array().unwrap() {
        let keys: Vec<&String> = c.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["fix", "message", "name", "record", "status"]);
    }
}

#[test]
fn a_domain_alone_with_a_selector() {
    let (code, json, elapsed) = run(*DNS, None, &["good.test", "--dkim-selector", "s1"]);
    assert_eq!(json["provider"], Value::Null);
    assert_eq!(status(&json, "spf"), "pass", "{json}");
    assert_eq!(status(&json, "dkim"), "pass", "{json}");
    assert_eq!(status(&json, "blocklist"), "unknown", "{json}");
    assert_eq!(code, 0, "{json}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[test]
fn no_spf_no_dkim_no_dmarc() {
    let (code, json) = account("nospf.test");
    let spf = check(&json, "spf");
    assert_eq!(spf["status"], "fail");
    assert_eq!(spf["record"], Value::Null);
    assert!(
        spf["fix"]
            .as_str()
            .unwrap()
            .contains("v=spf1 include:sendgrid.net ~all"),
        "{spf}"
    );
    let dkim = check(&json, "dkim");
    assert_eq!(dkim["status"], "fail", "{dkim}");
    assert!(dkim["message"].as_str().unwrap().contains("s1, s2"));
    let dmarc = check(&json, "dmarc");
    assert_eq!(dmarc["status"], "warn");
    assert!(
        dmarc["fix"]
            .as_str()
            .unwrap()
            .contains("_dmarc.nospf.test: v=DMARC1; p=none; rua=mailto:postmaster@nospf.test"),
        "{dmarc}"
    );
    assert_eq!(code, 1);
}

#[test]
fn spf_without_the_accounts_service() {
    let (_, json) = account("other.test");
    let spf = check(&json, "spf");
    assert_eq!(spf["status"], "fail", "{spf}");
    assert!(
        spf["message"].as_str().unwrap().contains("SendGrid"),
        "{spf}"
    );
    assert!(
        spf["fix"]
            .as_str()
            .unwrap()
            .ends_with("v=spf1 include:_spf.google.com include:sendgrid.net ~all"),
        "{spf}"
    );
}

#[test]
fn two_spf_records() {
    let (_, json) = account("two.test");
    let spf = check(&json, "spf");
    assert_eq!(spf["status"], "fail");
    assert!(spf["message"].as_str().unwrap().contains("permerror"));
    assert!(spf["record"].as_str().unwrap().contains('\n'));
    assert!(
        spf["fix"]
            .as_str()
            .unwrap()
            .contains("v=spf1 include:sendgrid.net mx -all"),
        "{spf}"
    );
}

#[test]
fn spf_over_the_lookup_limit() {
    let (_, json, _) = run(*DNS, None, &["many.test"]);
    let spf = check(&json, "spf");
    assert_eq!(spf["status"], "fail", "{spf}");
    assert!(spf["message"].as_str().unwrap().contains("11"), "{spf}");
}

#[test]
fn spf_plus_all_and_neutral() {
    let (code, json, _) = run(*DNS, None, &["open.test"]);
    assert_eq!(status(&json, "spf"), "fail");
    assert!(
        check(&json, "spf")["fix"]
            .as_str()
            .unwrap()
            .ends_with("v=spf1 ~all")
    );
    assert_eq!(code, 1);
    let (_, json, _) = run(*DNS, None, &["neutral.test"]);
    assert_eq!(status(&json, "spf"), "warn", "{json}");
}

#[test]
fn dkim_revoked_and_too_short_and_dmarc_none() {
    let (_, json) = account("revoked.test");
    let dkim = check(&json, "dkim");
    assert_eq!(dkim["status"], "fail");
    assert!(
        dkim["message"].as_str().unwrap().contains("revoked"),
        "{dkim}"
    );
    let (_, json) = account("short.test");
    let dkim = check(&json, "dkim");
    assert_eq!(dkim["status"], "fail");
    assert!(dkim["message"].as_str().unwrap().contains("512"), "{dkim}");
    let dmarc = check(&json, "dmarc");
    assert_eq!(dmarc["status"], "warn");
    assert_eq!(dmarc["record"], "v=DMARC1; p=none");
    assert!(
        dmarc["message"]
            .as_str()
            .unwrap()
            .contains("does not meet that yet"),
        "{dmarc}"
    );
    assert!(dmarc["fix"].as_str().unwrap().contains("p=quarantine"));
}

#[test]
fn no_mx() {
    let (_, json) = account("nomx.test");
    let mx = check(&json, "mx");
    assert_eq!(mx["status"], "fail");
    assert!(
        mx["fix"]
            .as_str()
            .unwrap()
            .contains("nomx.test. 3600 IN MX 10")
    );
}

#[test]
fn mailbox_providers_take_care_of_it() {
    let (code, json, _) = run(*DNS, None, &["gmail.com"]);
    assert_eq!(json["provider"], "gmail");
    assert_eq!(json["checks"], serde_json::json!([]));
    assert_eq!(code, 0);
    let home = TestHome::new();
    let (code, out, _) = home.run(&["domain", "gmail.com"], "");
    assert_eq!(code, 0);
    assert!(out.contains("nothing for you to set up"), "{out}");
}

#[test]
fn no_answer_from_dns_is_unknown_not_failed() {
    let (_socket, silent) = dns::silent();
    let (code, json, elapsed) = run(silent, None, &["good.test"]);
    for c in json["checks"].as_array().unwrap() {
        assert_eq!(c["status"], "unknown", "{c}");
    }
    assert_eq!(code, 0);
    assert!(elapsed < Duration::from_secs(6), "{elapsed:?}");
}

#[test]
fn usage_mistakes() {
    let home = TestHome::new();
    let (code, _, err) = home.run(&["domain", "not a domain"], "");
    assert_eq!(code, 2);
    assert!(err.contains("is not a domain name"), "{err}");
    let (code, _, _) = home.run(&["domain"], "");
    assert_eq!(code, 2);
}

#[test]
fn human_output_names_each_check_with_its_record_and_fix() {
    let home = TestHome::new();
    let child = home
        .command()
        .env("OUTPOST_DNS_SERVER", DNS.to_string())
        .args(["domain", "short.test", "--dkim-selector", "s1"])
        .spawn()
        .unwrap();
    let out = wait_with_deadline(child, Duration::from_secs(30));
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(
        text.starts_with("Will mail from short.test arrive?"),
        "{text}"
    );
    assert!(
        text.contains("Problem · DKIM: The DKIM key at selector “s1” has only 512 bits"),
        "{text}"
    );
    assert!(text.contains("  Record: v=DMARC1; p=none"), "{text}");
    assert!(
        text.contains("  Fix: Once the reports show only your own services"),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1));
}
