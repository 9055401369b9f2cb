//! Thunderbird's autoconfig format (config-v1.1.xml), as served by providers and the ISPDB: only the
//! outgoing servers matter here.

use crate::account::{AuthMethod, Security, validate_host};

use super::FoundServer;

/// The SMTP servers a config document lists for `email`, encrypted ones first, in file order.
pub fn outgoing_servers(xml: &str, email: &str) -> Vec<FoundServer> {
    let Ok(doc) = roxmltree::Document::parse(xml) else {
        return vec![];
    };
    let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
    let fill = |s: &str| {
        s.replace("%EMAILADDRESS%", email)
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain)
    };
    let mut servers = Vec::new();
    for node in doc
        .descendants()
        .filter(|n| n.has_tag_name("outgoingServer") && n.attribute("type") == Some("smtp"))
    {
        let child = |name: &str| {
            node.children()
                .find(|c| c.has_tag_name(name))
                .and_then(|c| c.text())
                .map(|t| t.trim().to_owned())
        };
        let Some(host) = child("hostname").map(|h| fill(&h)) else {
            continue;
        };
        if host.contains('%') || validate_host(&host).is_err() {
            continue;
        }
        let Some(port) = child("port")
            .and_then(|p| p.parse::<u16>().ok())
            .filter(|p| *p > 0)
        else {
            continue;
        };
        let security = match child("socketType")
            .as_deref()
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            Some("SSL") | Some("TLS") => Security::Tls,
            Some("STARTTLS") => Security::StartTls,
            Some("PLAIN") => Security::None,
            _ => continue,
        };
        let mut auth = Vec::new();
        for a in node.children().filter(|c| c.has_tag_name("authentication")) {
            match a.text().map(str::trim) {
                Some("password-cleartext" | "password-encrypted" | "plain" | "secure")
                    if !auth.contains(&AuthMethod::Password) =>
                {
                    auth.push(AuthMethod::Password)
                }
                Some("OAuth2") => auth.push(AuthMethod::OAuth2),
                _ => {}
            }
        }
        let username = child("username")
            .map(|u| fill(&u))
            .filter(|u| !u.is_empty() && !u.contains('%'));
        servers.push(FoundServer {
            host,
            port,
            security,
            auth,
            username,
        });
    }
    // Encrypted before plain; the file's order otherwise.
    servers.sort_by_key(|s| s.security == Security::None);
    servers
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <incomingServer type="imap"><hostname>imap.example.org</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
    <outgoingServer type="smtp">
      <hostname>plain.example.org</hostname><port>25</port><socketType>plain</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><authentication>OAuth2</authentication>
      <username>%EMAILLOCALPART%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>%BROKEN%</hostname><port>465</port><socketType>SSL</socketType>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

    #[test]
    fn reads_outgoing_servers() {
        let servers = outgoing_servers(XML, "ada@example.org");
        assert_eq!(servers.len(), 2);
        assert_eq!(servers[0].host, "smtp.example.org");
        assert_eq!(
            (servers[0].port, servers[0].security),
            (587, Security::StartTls)
        );
        assert_eq!(
            servers[0].auth,
            vec![AuthMethod::Password, AuthMethod::OAuth2]
        );
        assert_eq!(servers[0].username.as_deref(), Some("ada"));
        assert_eq!(servers[1].security, Security::None, "plain last");
        assert!(outgoing_servers("<not xml", "a@b.c").is_empty());
    }
}
