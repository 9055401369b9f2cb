//! Finding the settings for an email address: the built-in presets first (no network), then the
//! provider's autoconfig, Thunderbird's ISPDB, the domain's mail exchangers, and finally the usual
//! names (`smtp.<domain>`) checked with a probe.

// Public (hidden) for the fuzz targets, which feed the reader arbitrary XML.
#[doc(hidden)]
pub mod autoconfig;
mod online;

pub use online::{DetectOptions, Endpoints};

use serde::Serialize;

use crate::account::{AuthMethod, ImapSettings, InputError, Security, validate_email};
use crate::providers::{self, Provider};

/// Which lookup produced the settings (the contract's `source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Preset,
    Isp,
    Ispdb,
    Mx,
    Guess,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundServer {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub auth: Vec<AuthMethod>,
    /// `None` when the provider issues a user name the person has to type.
    pub username: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub email: String,
    pub provider: Option<&'static Provider>,
    pub source: Source,
    /// Best first.
    pub servers: Vec<FoundServer>,
    pub notes: Vec<NoteText>,
    /// The mailbox's IMAP server, where it is known (for copies in the Sent folder).
    pub imap: Option<ImapSettings>,
}

impl Detection {
    /// The JSON document of `outpost detect`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "email": self.email,
            "provider": self.provider.map(|p| p.id.as_str()),
            "provider_name": self.provider.map(|p| p.name.as_str()),
            "source": self.source,
            "servers": self.servers,
            "notes": self.notes.iter().map(|n| match &n.url {
                Some(url) => format!("{} {url}", n.text),
                None => n.text.clone(),
            }).collect::<Vec<_>>(),
            "imap": self.imap.as_ref().map(|i| serde_json::json!({
                "host": i.host,
                "port": i.port,
                "security": i.security,
                // `null`: the same user name as for sending.
                "username": (!i.user.is_empty()).then_some(i.user.as_str()),
            })),
        })
    }
}

/// `imap` with its user name left empty when it is the one of the best SMTP server (so the IMAP
/// sign-in follows the sending one).
fn imap_beside(mut imap: ImapSettings, servers: &[FoundServer]) -> ImapSettings {
    let smtp_user = servers.first().and_then(|s| s.username.as_deref());
    if smtp_user == Some(imap.user.as_str()) {
        imap.user.clear();
    }
    imap
}

/// The servers of a preset for `email`, best first (`region` for providers such as Amazon SES).
pub fn from_preset(provider: &'static Provider, email: &str, region: Option<&str>) -> Detection {
    let region = provider.region(region);
    let servers = provider
        .servers
        .iter()
        .map(|s| FoundServer {
            host: s.host_for(region.as_deref()),
            port: s.port,
            security: s.security,
            auth: s.auth.clone(),
            username: s.username_for(email),
        })
        .collect();
    let notes = provider
        .notes
        .iter()
        .map(|n| NoteText {
            text: n.text(),
            url: n.url.clone(),
        })
        .collect();
    Detection {
        email: email.to_owned(),
        provider: Some(provider),
        source: Source::Preset,
        servers,
        notes,
        imap: provider.imap_for(email, region.as_deref()),
    }
}

/// Built-in detection: the preset for the address's domain, else the usual server names, unchecked.
pub fn detect_offline(email: &str) -> Result<Detection, InputError> {
    let email = email.trim();
    validate_email(email)?;
    let domain = email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .unwrap_or_default()
        .to_ascii_lowercase();
    if let Some(provider) = providers::for_domain(&domain) {
        return Ok(from_preset(provider, email, None));
    }
    Ok(guess(email, &domain))
}

/// Finds settings for `email`: built-in data first; with `options.offline` nothing else.
pub async fn detect(email: &str, options: &DetectOptions) -> Result<Detection, InputError> {
    let built_in = detect_offline(email)?;
    if options.offline || built_in.source == Source::Preset {
        return Ok(built_in);
    }
    let email = built_in.email.as_str();
    let domain = email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    Ok(online::detect_online(email, &domain, options).await)
}

fn guess(email: &str, domain: &str) -> Detection {
    let server = |host: String, port, security| FoundServer {
        host,
        port,
        security,
        auth: vec![AuthMethod::Password],
        username: Some(email.to_owned()),
    };
    Detection {
        email: email.to_owned(),
        provider: None,
        source: Source::Guess,
        servers: vec![
            server(format!("smtp.{domain}"), 465, Security::Tls),
            server(format!("smtp.{domain}"), 587, Security::StartTls),
            server(format!("mail.{domain}"), 465, Security::Tls),
            server(format!("mail.{domain}"), 587, Security::StartTls),
        ],
        notes: vec![NoteText {
            text: crate::fl!("detect-guess-note"),
            url: None,
        }],
        imap: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_give_their_imap_server() {
        let d = detect_offline("ada@fastmail.com").unwrap();
        let imap = d.imap.as_ref().unwrap();
        assert_eq!(
            (imap.host.as_str(), imap.port, imap.security),
            ("imap.fastmail.com", 993, Security::Tls)
        );
        assert_eq!(imap.user, "", "the same as the SMTP user name");
        let json = d.to_json();
        assert_eq!(json["imap"]["host"], "imap.fastmail.com");
        assert_eq!(json["imap"]["port"], 993);
        assert_eq!(json["imap"]["security"], "tls");
        assert!(json["imap"]["username"].is_null());

        // iCloud signs in to IMAP with the name part only, to SMTP with the whole address.
        let d = detect_offline("ada@icloud.com").unwrap();
        assert_eq!(d.imap.as_ref().unwrap().user, "ada");
        assert_eq!(d.to_json()["imap"]["username"], "ada");
    }

    #[test]
    fn services_and_guesses_have_no_imap() {
        let ses = providers::by_id("amazon-ses").unwrap();
        let d = from_preset(ses, "ada@example.com", Some("eu-west-1"));
        assert_eq!(d.imap, None);
        assert!(d.to_json()["imap"].is_null());
        let d = detect_offline("ada@example.org").unwrap();
        assert_eq!(d.source, Source::Guess);
        assert_eq!(d.imap, None);
        assert!(d.to_json().as_object().unwrap().contains_key("imap"));
    }

    #[test]
    fn an_imap_user_name_like_the_sending_one_is_left_empty() {
        let server = |username: Option<&str>| FoundServer {
            host: "smtp.example.org".into(),
            port: 465,
            security: Security::Tls,
            auth: vec![AuthMethod::Password],
            username: username.map(str::to_owned),
        };
        let imap = |user: &str| ImapSettings {
            host: "imap.example.org".into(),
            user: user.into(),
            ..ImapSettings::default()
        };
        let same = imap_beside(imap("ada@example.org"), &[server(Some("ada@example.org"))]);
        assert_eq!(same.user, "");
        let other = imap_beside(imap("ada"), &[server(Some("ada@example.org"))]);
        assert_eq!(other.user, "ada");
        let issued = imap_beside(imap("ada"), &[server(None)]);
        assert_eq!(issued.user, "ada");
        assert_eq!(imap_beside(imap(""), &[]).user, "");
    }
}
