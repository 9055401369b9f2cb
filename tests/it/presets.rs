//! The built-in provider presets: every entry is complete, consistent and translated.

use std::collections::HashSet;

use outpost::account::{Security, validate_host};
use outpost::providers::{self, Kind};

fn english_ids() -> HashSet<String> {
    let ftl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/outpost.ftl"))
        .unwrap();
    ftl.lines()
        .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
        .map(|l| l.split(" =").next().unwrap().trim().to_owned())
        .collect()
}

#[test]
fn every_preset_is_valid() {
    let all = providers::all();
    assert!(
        all.len() >= 25,
        "at least 25 providers, found {}",
        all.len()
    );
    let ids = english_ids();
    let mut seen_ids = HashSet::new();
    let mut seen_domains = HashSet::new();
    for p in all {
        assert!(seen_ids.insert(p.id.clone()), "duplicate id {}", p.id);
        assert!(!p.name.is_empty() && !p.servers.is_empty(), "{}", p.id);
        if p.kind == Kind::Mailbox && p.mx.is_empty() {
            assert!(
                !p.domains.is_empty(),
                "{}: a mailbox preset is found by domain or by MX",
                p.id
            );
        }
        for d in &p.domains {
            assert!(seen_domains.insert(d.clone()), "{d} belongs to two presets");
            assert!(
                validate_host(d).is_ok() && d == &d.to_ascii_lowercase(),
                "{}: bad domain {d}",
                p.id
            );
        }
        if let Some(url) = &p.help_url {
            assert!(url.starts_with("https://"), "{}: {url}", p.id);
        }
        if p.regions.is_empty() {
            assert!(p.default_region.is_none(), "{}", p.id);
        } else {
            assert!(
                p.regions.contains(p.default_region.as_ref().unwrap()),
                "{}",
                p.id
            );
        }
        for s in &p.servers {
            assert!(s.port > 0, "{}", p.id);
            assert!(!s.auth.is_empty(), "{}: how to sign in", p.id);
            assert_eq!(
                s.host.contains("{region}"),
                !p.regions.is_empty(),
                "{}: {{region}} only with regions",
                p.id
            );
            for region in p
                .regions
                .iter()
                .chain(std::iter::once(&"us-east-1".to_string()))
                .take(p.regions.len().max(1))
            {
                let host = s.host_for(Some(region));
                assert!(validate_host(&host).is_ok(), "{}: {host}", p.id);
            }
            assert!(matches!(
                s.security,
                Security::Tls | Security::StartTls | Security::None
            ));
            if s.username.contains('{') {
                assert!(
                    s.username == "{email}" || s.username == "{local}",
                    "{}: {}",
                    p.id,
                    s.username
                );
            }
        }
        if let Some(imap) = &p.imap {
            assert_eq!(p.kind, Kind::Mailbox, "{}: only a mailbox has IMAP", p.id);
            let settings = p.imap_for("ada@example.org", None).unwrap();
            assert!(settings.validate().is_ok(), "{}: {settings:?}", p.id);
            assert!(
                imap.username == "{email}" || imap.username == "{local}",
                "{}: {}",
                p.id,
                imap.username
            );
        }
        for n in &p.notes {
            assert!(
                ids.contains(&n.id),
                "{}: note {} has no English text",
                p.id,
                n.id
            );
            assert!(n.text() != n.id);
            if let Some(url) = &n.url {
                assert!(url.starts_with("https://"), "{}: {url}", p.id);
            }
        }
    }
}

#[test]
fn well_known_domains_find_their_preset() {
    let cases = [
        ("gmail.com", "gmail"),
        ("googlemail.com", "gmail"),
        ("hotmail.com", "outlook"),
        ("live.de", "outlook"),
        ("outlook.com", "outlook"),
        ("yahoo.co.uk", "yahoo"),
        ("yahoo.fr", "yahoo"),
        ("icloud.com", "icloud"),
        ("me.com", "icloud"),
        ("contoso.onmicrosoft.com", "office365"),
        ("aol.com", "aol"),
        ("fastmail.com", "fastmail"),
        ("gmx.de", "gmx"),
        ("web.de", "webde"),
        ("sky.com", "sky"),
        ("sympatico.ca", "bell"),
        ("bell.net", "bell"),
        ("xtra.co.nz", "xtra"),
        ("office365.com", "office365"),
    ];
    for (domain, id) in cases {
        assert_eq!(
            providers::for_domain(domain).map(|p| p.id.as_str()),
            Some(id),
            "{domain}"
        );
    }
    assert!(providers::for_domain("notgmail.com").is_none());
}

#[test]
fn amazon_ses_has_every_region_and_its_ports() {
    let ses = providers::by_id("amazon-ses").expect("Amazon SES preset");
    assert_eq!(ses.kind, Kind::Service);
    assert!(ses.regions.len() >= 20, "{:?}", ses.regions);
    for r in ["us-east-1", "eu-west-1", "ap-southeast-2", "eu-central-1"] {
        assert!(ses.regions.iter().any(|x| x == r), "{r}");
    }
    let mut pairs: Vec<(u16, Security)> =
        ses.servers.iter().map(|s| (s.port, s.security)).collect();
    pairs.sort_by_key(|p| p.0);
    for expected in [
        (25, Security::StartTls),
        (465, Security::Tls),
        (587, Security::StartTls),
        (2465, Security::Tls),
        (2587, Security::StartTls),
    ] {
        assert!(pairs.contains(&expected), "{expected:?} in {pairs:?}");
    }
    assert_eq!(
        ses.servers[0].host_for(Some("eu-west-1")),
        "email-smtp.eu-west-1.amazonaws.com"
    );
    assert!(
        ses.servers[0].username_for("ada@example.com").is_none(),
        "SES issues its own SMTP user name"
    );
}

/// `outpost detect --offline --json` for `email`, in a home of its own.
fn detect_offline_json(email: &str) -> serde_json::Value {
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_outpost"))
        .args(["detect", email, "--offline", "--json"])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("c"))
        .env("XDG_DATA_HOME", home.path().join("d"))
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{email}");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn isp_mailboxes_once_guessed_are_found_offline() {
    let cases = [
        (
            "ada@sky.com",
            "sky",
            "smtp.tools.sky.com",
            "imap.tools.sky.com",
        ),
        (
            "ada@sympatico.ca",
            "bell",
            "smtphm.sympatico.ca",
            "imap.bell.net",
        ),
        (
            "ada@xtra.co.nz",
            "xtra",
            "send.xtra.co.nz",
            "imap.xtra.co.nz",
        ),
        (
            "ada@office365.com",
            "office365",
            "smtp.office365.com",
            "outlook.office365.com",
        ),
    ];
    for (email, id, smtp, imap) in cases {
        let json = detect_offline_json(email);
        assert_eq!(json["source"], "preset", "{email}: {json:#}");
        assert_eq!(json["provider"], id, "{email}");
        assert_eq!(json["servers"][0]["host"], smtp, "{email}");
        assert_eq!(json["servers"][0]["username"], email, "{email}");
        assert_eq!(json["imap"]["host"], imap, "{email}");
        assert_eq!(json["imap"]["port"], 993, "{email}");
        assert_eq!(json["imap"]["security"], "tls", "{email}");
    }
}

#[test]
fn detect_json_gives_the_imap_server() {
    let json = detect_offline_json("ada@fastmail.com");
    assert_eq!(json["provider"], "fastmail");
    let imap = json["imap"].as_object().unwrap();
    let mut keys: Vec<&str> = imap.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["host", "port", "security", "username"]);
    assert_eq!(json["imap"]["host"], "imap.fastmail.com");
    assert_eq!(json["imap"]["port"], 993);
    assert_eq!(json["imap"]["security"], "tls");
    // The same user name as for sending.
    assert_eq!(json["imap"]["username"], serde_json::Value::Null);
    // iCloud's IMAP user name is the name part; unknown domains have no IMAP server.
    assert_eq!(
        detect_offline_json("ada@icloud.com")["imap"]["username"],
        "ada"
    );
    let guess = detect_offline_json("ada@example.org");
    assert_eq!(guess["source"], "guess");
    assert_eq!(guess["imap"], serde_json::Value::Null);
}
