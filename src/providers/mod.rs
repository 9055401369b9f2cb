//! Built-in provider presets: data in `assets/providers.toml`, embedded at build time.

pub mod sending;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::account::{Account, AuthMethod, ImapSettings, Security};

const PRESETS_TOML: &str = include_str!("../../assets/providers.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person's mailbox, found from the address's domain.
    Mailbox,
    /// A sending service (relay), chosen by the user.
    Service,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The Fluent message id of the note's text.
    pub id: String,
    pub url: Option<String>,
}

impl Note {
    pub fn text(&self) -> String {
        crate::i18n::message(&self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// May contain `{region}`.
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub auth: Vec<AuthMethod>,
    /// `{email}`, `{local}`, a fixed name, or empty when the provider issues one.
    pub username: String,
}

impl Server {
    pub fn host_for(&self, region: Option<&str>) -> String {
        match region {
            Some(r) => self.host.replace("{region}", r),
            None => self.host.clone(),
        }
    }

    /// The user name for `email`, or `None` when the user has to type one the provider gave them.
    pub fn username_for(&self, email: &str) -> Option<String> {
        fill_username(&self.username, email)
    }
}

/// `{email}` and `{local}` of a user name template filled from `email`; `None` when empty.
fn fill_username(template: &str, email: &str) -> Option<String> {
    let local = email.rsplit_once('@').map(|(l, _)| l).unwrap_or(email);
    let name = template.replace("{email}", email).replace("{local}", local);
    (!name.is_empty()).then_some(name)
}

/// A mailbox provider's incoming IMAP server, where a copy of each sent message can be filed in
/// Sent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incoming {
    /// May contain `{region}`.
    pub host: String,
    pub port: u16,
    /// `tls` or `starttls`: never unencrypted.
    pub security: Security,
    /// `{email}`, `{local}` or a fixed name, as for the SMTP servers.
    pub username: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub mx: Vec<String>,
    pub help_url: Option<String>,
    pub daily_limit: Option<u32>,
    /// Messages a minute the provider accepts from one account, where it publishes a figure
    /// (Microsoft 365: 30). A mail merge is paced at this rate unless told otherwise.
    pub per_minute: Option<u32>,
    /// The provider puts a copy of mail sent through its SMTP server in Sent by itself, so
    /// "Send me a copy" is not needed there.
    #[serde(default)]
    pub keeps_sent: bool,
    #[serde(default)]
    pub regions: Vec<String>,
    pub default_region: Option<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
    pub servers: Vec<Server>,
    /// The mailbox's IMAP server (mailbox providers that document one; services have none).
    pub imap: Option<Incoming>,
}

impl Provider {
    /// Whether this provider serves addresses at `domain` (or a parent domain of it).
    pub fn serves_domain(&self, domain: &str) -> bool {
        let domain = normalize(domain);
        self.domains
            .iter()
            .any(|d| is_same_or_subdomain(&domain, d))
    }

    /// Whether a mail exchanger host name belongs to this provider.
    pub fn owns_mx(&self, mx_host: &str) -> bool {
        let host = normalize(mx_host);
        self.mx.iter().any(|m| is_same_or_subdomain(&host, m))
    }

    pub fn region(&self, requested: Option<&str>) -> Option<String> {
        if self.regions.is_empty() {
            return None;
        }
        match requested {
            Some(r) if self.regions.iter().any(|x| x == r) => Some(r.to_owned()),
            _ => self.default_region.clone(),
        }
    }

    /// The IMAP settings for `email`, where the preset knows the provider's IMAP server. The user
    /// name is left empty (the sending one) when it is the one the preset's first SMTP server
    /// gives for `email`.
    pub fn imap_for(&self, email: &str, region: Option<&str>) -> Option<ImapSettings> {
        let imap = self.imap.as_ref()?;
        let host = match self.region(region) {
            Some(r) => imap.host.replace("{region}", &r),
            None => imap.host.clone(),
        };
        let user = fill_username(&imap.username, email).unwrap_or_default();
        let smtp_user = self.servers.first().and_then(|s| s.username_for(email));
        let user = if smtp_user.as_deref() == Some(user.as_str()) {
            String::new()
        } else {
            user
        };
        Some(ImapSettings {
            host,
            port: imap.port,
            security: imap.security,
            user,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetFile {
    provider: Vec<Provider>,
    #[serde(default)]
    sending: Vec<sending::Sending>,
}

static FILE: LazyLock<PresetFile> = LazyLock::new(|| {
    toml::from_str::<PresetFile>(PRESETS_TOML)
        .expect("assets/providers.toml is checked by the tests")
});
static PRESETS: LazyLock<&'static [Provider]> = LazyLock::new(|| &FILE.provider);

/// Every preset, in file order.
pub fn all() -> &'static [Provider] {
    &PRESETS
}

fn sending_all() -> &'static [sending::Sending] {
    &FILE.sending
}

pub fn by_id(id: &str) -> Option<&'static Provider> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset for the domain of an address, e.g. `gmail.com` → Gmail.
pub fn for_domain(domain: &str) -> Option<&'static Provider> {
    // The most specific domain wins (a subdomain listed by one provider over its parent by another).
    let domain = normalize(domain);
    PRESETS
        .iter()
        .filter_map(|p| {
            p.domains
                .iter()
                .filter(|d| is_same_or_subdomain(&domain, d))
                .map(|d| d.len())
                .max()
                .map(|len| (len, p))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, p)| p)
}

/// The preset whose mail exchangers include `mx_host`.
pub fn for_mx(mx_host: &str) -> Option<&'static Provider> {
    PRESETS.iter().find(|p| p.owns_mx(mx_host))
}

fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

fn is_same_or_subdomain(name: &str, parent: &str) -> bool {
    let parent = parent.trim_end_matches('.');
    name == parent
        || name
            .strip_suffix(parent)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// The daily limit that applies to `account`: its own, else its provider's.
pub fn daily_limit(account: &Account) -> Option<u32> {
    account.daily_limit.or_else(|| {
        account
            .provider
            .as_deref()
            .and_then(by_id)
            .and_then(|p| p.daily_limit)
    })
}

/// The per-minute rate the provider of `account` publishes, with the preset it comes from.
pub fn per_minute(account: &Account) -> Option<(u32, &'static Provider)> {
    let preset = account.provider.as_deref().and_then(by_id)?;
    preset.per_minute.filter(|n| *n > 0).map(|n| (n, preset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_minute_figures_are_the_published_ones() {
        let rate = |id: &str| by_id(id).unwrap().per_minute;
        assert_eq!(rate("office365"), Some(30));
        assert_eq!(rate("amazon-ses"), Some(60));
        assert_eq!(rate("zoho"), Some(8));
        // Google publishes daily limits only.
        assert_eq!(rate("gmail"), None);
        for p in all() {
            assert!(
                p.per_minute.is_none_or(|n| (1..=600).contains(&n)),
                "{}",
                p.id
            );
        }
        let account = Account {
            provider: Some("office365".into()),
            ..Account::default()
        };
        assert_eq!(
            per_minute(&account).map(|(n, p)| (n, p.id.as_str())),
            Some((30, "office365"))
        );
        let account = Account {
            provider: Some("gmail".into()),
            ..Account::default()
        };
        assert!(per_minute(&account).is_none());
        assert!(per_minute(&Account::default()).is_none());
    }

    #[test]
    fn mailbox_presets_know_an_encrypted_imap_server_and_services_none() {
        let mut with_imap = 0;
        for p in all() {
            let Some(imap) = &p.imap else {
                continue;
            };
            assert_eq!(p.kind, Kind::Mailbox, "{}: a service has no mailbox", p.id);
            with_imap += 1;
            assert!(
                imap.username == "{email}" || imap.username == "{local}",
                "{}: {}",
                p.id,
                imap.username
            );
            let settings = p.imap_for("jane.doe@example.org", None).unwrap();
            assert!(settings.validate().is_ok(), "{}: {settings:?}", p.id);
            assert!(settings.security.is_encrypted(), "{}", p.id);
            assert!(!settings.host.contains('{'), "{}", p.id);
            assert_eq!(
                settings.port == 993,
                settings.security == Security::Tls,
                "{}: 993 is IMAP over TLS",
                p.id
            );
        }
        assert!(with_imap >= 40, "{with_imap}");
        for id in [
            "gmail",
            "google-workspace",
            "outlook",
            "office365",
            "yahoo",
            "aol",
            "icloud",
            "fastmail",
            "gmx",
            "gmx-com",
            "webde",
            "sky",
            "bell",
            "xtra",
        ] {
            assert!(by_id(id).unwrap().imap.is_some(), "{id}");
        }
        for p in all().iter().filter(|p| p.kind == Kind::Service) {
            assert!(p.imap.is_none(), "{}", p.id);
            assert!(p.imap_for("ada@example.org", None).is_none(), "{}", p.id);
        }
    }

    #[test]
    fn imap_user_is_empty_only_when_it_is_the_smtp_one() {
        let imap = |id: &str, email: &str| by_id(id).unwrap().imap_for(email, None).unwrap();
        let gmail = imap("gmail", "ada@gmail.com");
        assert_eq!(
            (
                gmail.host.as_str(),
                gmail.port,
                gmail.security,
                gmail.user.as_str()
            ),
            ("imap.gmail.com", 993, Security::Tls, "")
        );
        // WEB.DE signs in with the name part to both.
        assert_eq!(imap("webde", "ada@web.de").user, "");
        // iCloud: the name part for IMAP, the whole address for SMTP.
        assert_eq!(imap("icloud", "ada@icloud.com").user, "ada");
        assert_eq!(imap("icloud", "ada@icloud.com").host, "imap.mail.me.com");
        assert_eq!(
            imap("office365", "ada@contoso.onmicrosoft.com").host,
            "outlook.office365.com"
        );
    }

    #[test]
    fn subdomains_match_at_label_boundaries() {
        assert!(is_same_or_subdomain(
            "contoso.onmicrosoft.com",
            "onmicrosoft.com"
        ));
        assert!(is_same_or_subdomain("gmail.com", "gmail.com"));
        assert!(!is_same_or_subdomain("notgmail.com", "gmail.com"));
    }
}
