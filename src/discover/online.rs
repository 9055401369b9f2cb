//! Finding settings over the network, after the built-in presets: the provider's own autoconfig,
//! Thunderbird's ISPDB, the domain's mail exchangers, and finally the usual names checked with a
//! probe. The lookups run at once, each with a short deadline; the most authoritative answer wins.
//!
//! Environment (all optional; the tests point them at loopback servers):
//! - `OUTPOST_AUTOCONFIG_URLS`: comma-separated URL templates with `{domain}` and `{email}`
//! - `OUTPOST_ISPDB_URL`: the ISPDB URL template (`{domain}`)
//! - `OUTPOST_DNS_SERVER`: `IP:PORT` of the resolver for MX lookups
//! - `OUTPOST_PROBE_PORTS`, `OUTPOST_PROBE_CA_FILE`: ports and extra CA for the guess-and-probe step

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use super::{
    Detection, FoundServer, NoteText, Source, autoconfig, from_preset, guess, imap_beside,
};
use crate::account::{AuthMethod, ImapSettings, Security};
use crate::fl;
use crate::net::dns;
use crate::providers;
use crate::smtp::probe;

const DEFAULT_AUTOCONFIG: [&str; 2] = [
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={email}",
    "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
];
const DEFAULT_ISPDB: &str = "https://autoconfig.thunderbird.net/v1.1/{domain}";
/// Config documents are small; anything bigger is not one.
const MAX_DOCUMENT: usize = 256 * 1024;

#[derive(Debug, Clone)]
pub struct Endpoints {
    pub autoconfig: Vec<String>,
    pub ispdb: String,
    pub dns_server: Option<SocketAddr>,
    pub probe_ports: Option<Vec<u16>>,
    pub probe_ca_file: Option<PathBuf>,
}

impl Endpoints {
    pub fn from_env() -> Endpoints {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Endpoints {
            autoconfig: var("OUTPOST_AUTOCONFIG_URLS")
                .map(|v| {
                    v.split(',')
                        .map(|s| s.trim().to_owned())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_else(|| DEFAULT_AUTOCONFIG.iter().map(|s| s.to_string()).collect()),
            ispdb: var("OUTPOST_ISPDB_URL").unwrap_or_else(|| DEFAULT_ISPDB.to_owned()),
            dns_server: dns::server_from_env(),
            probe_ports: var("OUTPOST_PROBE_PORTS")
                .map(|v| v.split(',').filter_map(|p| p.trim().parse().ok()).collect()),
            probe_ca_file: var("OUTPOST_PROBE_CA_FILE").map(PathBuf::from),
        }
    }
}

#[derive(Debug, Clone)]
pub struct DetectOptions {
    /// Only built-in data: no network at all.
    pub offline: bool,
    pub endpoints: Endpoints,
    /// Deadline of each lookup.
    pub timeout: Duration,
}

impl DetectOptions {
    pub fn from_env(offline: bool) -> DetectOptions {
        DetectOptions {
            offline,
            endpoints: Endpoints::from_env(),
            timeout: Duration::from_secs(4),
        }
    }
}

fn fill(template: &str, email: &str, domain: &str) -> String {
    template
        .replace("{domain}", domain)
        .replace("{email}", email)
}

fn http_client(timeout: Duration) -> Option<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::limited(3))
        .user_agent(concat!("Outpost/", env!("CARGO_PKG_VERSION")))
        .build()
        .ok()
}

/// Fetches a small document; anything unusual (error status, too big, not text) is no answer.
async fn fetch(client: &reqwest::Client, url: &str) -> Option<String> {
    let mut response = client.get(url).send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.ok()? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_DOCUMENT {
            return None;
        }
    }
    String::from_utf8(body).ok()
}

/// What one config document gives: its outgoing servers (never empty) and its IMAP server.
type Document = (Vec<FoundServer>, Option<ImapSettings>);

async fn from_document(client: &reqwest::Client, url: &str, email: &str) -> Option<Document> {
    let xml = fetch(client, url).await?;
    let (servers, imap) = autoconfig::read(&xml, email);
    (!servers.is_empty()).then(|| {
        let imap = imap.map(|i| imap_beside(i, &servers));
        (servers, imap)
    })
}

async fn isp(
    client: &reqwest::Client,
    templates: &[String],
    email: &str,
    domain: &str,
) -> Option<Document> {
    for t in templates {
        if let Some(document) = from_document(client, &fill(t, email, domain), email).await {
            return Some(document);
        }
    }
    None
}

/// Looks everything up for an address whose domain has no preset.
pub async fn detect_online(email: &str, domain: &str, options: &DetectOptions) -> Detection {
    let e = &options.endpoints;
    let timeout = options.timeout;
    let client = http_client(timeout);
    let isp = async {
        match &client {
            Some(c) => tokio::time::timeout(timeout * 2, isp(c, &e.autoconfig, email, domain))
                .await
                .ok()
                .flatten(),
            None => None,
        }
    };
    let ispdb = async {
        match &client {
            Some(c) => tokio::time::timeout(
                timeout,
                from_document(c, &fill(&e.ispdb, email, domain), email),
            )
            .await
            .ok()
            .flatten(),
            None => None,
        }
    };
    let mx = dns::mx_lookup(domain, e.dns_server, timeout);
    let (isp, ispdb, mx) = tokio::join!(isp, ispdb, mx);
    // No answer from DNS at all: most likely no network, which the guess below should say.
    let offline = mx.is_err();
    let mx = mx.unwrap_or_default();

    // The IMAP server comes from the same document as the outgoing ones.
    let found = |source, (servers, imap): Document, note: String| Detection {
        email: email.to_owned(),
        provider: None,
        source,
        servers,
        notes: vec![NoteText {
            text: note,
            url: None,
        }],
        imap,
    };
    if let Some(document) = isp {
        return found(
            Source::Isp,
            document,
            fl!("detect-note-isp", domain = domain),
        );
    }
    if let Some(document) = ispdb {
        return found(Source::Ispdb, document, fl!("detect-note-ispdb"));
    }
    if let Some(provider) = mx.iter().find_map(|host| providers::for_mx(host)) {
        let mut d = from_preset(provider, email, None);
        d.source = Source::Mx;
        // The domain's mail exchangers are the mailbox's provider: its IMAP server holds the
        // mailbox as surely as its SMTP server sends for it.
        d.notes.insert(
            0,
            NoteText {
                text: fl!(
                    "detect-note-mx",
                    domain = domain,
                    provider = provider.name.as_str()
                ),
                url: None,
            },
        );
        return d;
    }
    guess_and_probe(email, domain, options, offline).await
}

/// `smtp.<domain>` and `mail.<domain>`, checked with the probe; what answers comes first.
async fn guess_and_probe(
    email: &str,
    domain: &str,
    options: &DetectOptions,
    offline: bool,
) -> Detection {
    let e = &options.endpoints;
    let pairs = match &e.probe_ports {
        Some(ports) => probe::pairs_for_ports(ports),
        None => probe::COMMON.to_vec(),
    };
    let hosts = [format!("smtp.{domain}"), format!("mail.{domain}")];
    let (first, second) = tokio::join!(
        probe::probe(&hosts[0], &pairs, options.timeout, e.probe_ca_file.clone()),
        probe::probe(&hosts[1], &pairs, options.timeout, e.probe_ca_file.clone()),
    );
    let reports = [first, second];
    let mut servers = Vec::new();
    for (host, report) in hosts.iter().zip(reports) {
        let Ok(report) = report else { continue };
        let mut ok: Vec<_> = report.results.iter().filter(|r| r.ok).collect();
        ok.sort_by_key(|r| match r.security {
            Security::Tls => 0,
            Security::StartTls => 1,
            Security::None => 2,
        });
        for r in ok {
            servers.push(FoundServer {
                host: host.clone(),
                port: r.port,
                security: r.security,
                auth: vec![AuthMethod::Password],
                username: Some(email.to_owned()),
            });
        }
    }
    if servers.is_empty() {
        let mut detection = guess(email, domain);
        if offline {
            let note = NoteText {
                text: fl!("detect-note-offline"),
                url: None,
            };
            detection.notes.insert(0, note);
        }
        return detection;
    }
    Detection {
        email: email.to_owned(),
        provider: None,
        source: Source::Guess,
        servers,
        notes: vec![NoteText {
            text: fl!("detect-note-probed"),
            url: None,
        }],
        imap: None,
    }
}
