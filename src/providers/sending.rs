//! What a domain needs in DNS to send through a provider: the SPF mechanism and the DKIM selectors
//! (the `[[sending]]` tables of `assets/providers.toml`).

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sending {
    /// The preset this describes (`[[provider]] id`).
    pub provider: String,
    /// SMTP servers, or their parent domains, that identify the provider.
    pub hosts: Vec<String>,
    /// The mechanism the domain's SPF record must contain, e.g. `include:_spf.google.com`.
    pub spf: String,
    #[serde(default)]
    pub dkim_selectors: Vec<String>,
}

impl Sending {
    /// The domain the SPF mechanism names (`_spf.google.com` for `include:_spf.google.com`).
    pub fn spf_domain(&self) -> &str {
        self.spf
            .split_once(':')
            .map(|(_, d)| d)
            .unwrap_or(&self.spf)
    }
}

/// The sending profile of the preset `provider`, if it has one.
pub fn for_provider(provider: &str) -> Option<&'static Sending> {
    super::sending_all().iter().find(|s| s.provider == provider)
}

/// The sending profile whose servers include `host` (the SMTP server an account sends through).
pub fn for_host(host: &str) -> Option<&'static Sending> {
    let host = super::normalize(host);
    super::sending_all().iter().find(|s| {
        s.hosts
            .iter()
            .any(|h| super::is_same_or_subdomain(&host, h))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_names_a_preset_and_an_spf_mechanism() {
        for s in super::super::sending_all() {
            assert!(super::super::by_id(&s.provider).is_some(), "{}", s.provider);
            assert!(!s.hosts.is_empty(), "{}", s.provider);
            assert!(s.spf.starts_with("include:"), "{}", s.provider);
        }
    }

    #[test]
    fn found_by_server_and_by_preset() {
        let id = |s: Option<&Sending>| s.map(|s| s.provider.clone());
        assert_eq!(
            id(for_host("smtp.gmail.com")).as_deref(),
            Some("google-workspace")
        );
        assert_eq!(
            id(for_host("email-smtp.eu-west-1.amazonaws.com")).as_deref(),
            Some("amazon-ses")
        );
        assert_eq!(
            id(for_host("smtp.eu.mailgun.org")).as_deref(),
            Some("mailgun-eu")
        );
        assert_eq!(id(for_host("smtp.example.org")), None);
        assert_eq!(
            for_provider("office365").unwrap().spf_domain(),
            "spf.protection.outlook.com"
        );
    }
}
