//! Thunderbird's autoconfig format (config-v1.1.xml), as served by providers and the ISPDB: the
//! outgoing servers, and the IMAP server where copies of sent mail are filed.

use crate::account::{AuthMethod, ImapSettings, Security, validate_host};

use super::FoundServer;

/// The SMTP servers a config document lists for `email`, encrypted ones first, in file order.
pub fn outgoing_servers(xml: &str, email: &str) -> Vec<FoundServer> {
    match roxmltree::Document::parse(xml) {
        Ok(doc) => outgoing_in(&doc, email),
        Err(_) => vec![],
    }
}

/// The first encrypted IMAP server a config document lists for `email`, its user name filled in
/// (empty when the document gives none that can be filled).
pub fn incoming_imap(xml: &str, email: &str) -> Option<ImapSettings> {
    imap_in(&roxmltree::Document::parse(xml).ok()?, email)
}

/// Both readers over one parsed document: the outgoing servers, and the IMAP server.
pub(super) fn read(xml: &str, email: &str) -> (Vec<FoundServer>, Option<ImapSettings>) {
    match roxmltree::Document::parse(xml) {
        Ok(doc) => (outgoing_in(&doc, email), imap_in(&doc, email)),
        Err(_) => (vec![], None),
    }
}

/// `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%` filled from `email`.
fn fill(s: &str, email: &str) -> String {
    let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
    s.replace("%EMAILADDRESS%", email)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
}

/// What an `incomingServer` or `outgoingServer` element says about where to connect and as whom.
struct Endpoint {
    host: String,
    port: u16,
    security: Security,
    /// Filled; `None` when missing, empty or with a placeholder left.
    username: Option<String>,
}

/// The text of `node`'s child `name`, trimmed.
fn child(node: roxmltree::Node, name: &str) -> Option<String> {
    node.children()
        .find(|c| c.has_tag_name(name))
        .and_then(|c| c.text())
        .map(|t| t.trim().to_owned())
}

/// A server element's host (valid, every placeholder filled), port and encryption, or `None`.
fn endpoint(node: roxmltree::Node, email: &str) -> Option<Endpoint> {
    let host = fill(&child(node, "hostname")?, email);
    if host.contains('%') || validate_host(&host).is_err() {
        return None;
    }
    let port = child(node, "port")
        .and_then(|p| p.parse::<u16>().ok())
        .filter(|p| *p > 0)?;
    let security = match child(node, "socketType")?.to_ascii_uppercase().as_str() {
        "SSL" | "TLS" => Security::Tls,
        "STARTTLS" => Security::StartTls,
        "PLAIN" => Security::None,
        _ => return None,
    };
    let username = child(node, "username")
        .map(|u| fill(&u, email))
        .filter(|u| !u.is_empty() && !u.contains('%'));
    Some(Endpoint {
        host,
        port,
        security,
        username,
    })
}

fn imap_in(doc: &roxmltree::Document, email: &str) -> Option<ImapSettings> {
    doc.descendants()
        .filter(|n| n.has_tag_name("incomingServer") && n.attribute("type") == Some("imap"))
        .filter_map(|n| endpoint(n, email))
        .find(|e| e.security.is_encrypted())
        .map(|e| ImapSettings {
            host: e.host,
            port: e.port,
            security: e.security,
            user: e.username.unwrap_or_default(),
        })
}

fn outgoing_in(doc: &roxmltree::Document, email: &str) -> Vec<FoundServer> {
    let mut servers = Vec::new();
    for node in doc
        .descendants()
        .filter(|n| n.has_tag_name("outgoingServer") && n.attribute("type") == Some("smtp"))
    {
        let Some(Endpoint {
            host,
            port,
            security,
            username,
        }) = endpoint(node, email)
        else {
            continue;
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

    /// A document whose only servers are `incoming` (inside `<emailProvider>`).
    fn with_incoming(incoming: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example.org">{incoming}
<outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
</emailProvider></clientConfig>"#
        )
    }

    #[test]
    fn reads_the_imap_server() {
        let imap = incoming_imap(XML, "ada@example.org").unwrap();
        assert_eq!(imap.host, "imap.example.org");
        assert_eq!((imap.port, imap.security), (993, Security::Tls));
        assert_eq!(imap.user, "", "no <username>: the sending one");
        assert!(imap.validate().is_ok());
    }

    #[test]
    fn imap_starttls_and_templated_user_names() {
        let xml = with_incoming(
            r#"<incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>143</port>
<socketType>starttls</socketType><username>%EMAILLOCALPART%</username></incomingServer>"#,
        );
        let imap = incoming_imap(&xml, "ada@example.org").unwrap();
        assert_eq!(imap.host, "imap.example.org");
        assert_eq!((imap.port, imap.security), (143, Security::StartTls));
        assert_eq!(imap.user, "ada");
        let xml = with_incoming(
            r#"<incomingServer type="imap"><hostname>mail.example.org</hostname><port>993</port>
<socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"#,
        );
        assert_eq!(
            incoming_imap(&xml, "ada@example.org").unwrap().user,
            "ada@example.org"
        );
        // A placeholder that cannot be filled leaves the sending user name.
        let xml = with_incoming(
            r#"<incomingServer type="imap"><hostname>mail.example.org</hostname><port>993</port>
<socketType>SSL</socketType><username>%REALNAME%</username></incomingServer>"#,
        );
        assert_eq!(incoming_imap(&xml, "ada@example.org").unwrap().user, "");
    }

    #[test]
    fn plain_imap_is_skipped_and_the_first_encrypted_one_wins() {
        let xml = with_incoming(
            r#"<incomingServer type="pop3"><hostname>pop.example.org</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
<incomingServer type="imap"><hostname>plain.example.org</hostname><port>143</port><socketType>plain</socketType></incomingServer>
<incomingServer type="imap"><hostname>first.example.org</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
<incomingServer type="imap"><hostname>second.example.org</hostname><port>143</port><socketType>STARTTLS</socketType></incomingServer>"#,
        );
        assert_eq!(
            incoming_imap(&xml, "ada@example.org").unwrap().host,
            "first.example.org"
        );
        let only_plain = with_incoming(
            r#"<incomingServer type="imap"><hostname>plain.example.org</hostname><port>143</port><socketType>PLAIN</socketType></incomingServer>"#,
        );
        assert_eq!(incoming_imap(&only_plain, "ada@example.org"), None);
        let only_pop = with_incoming(
            r#"<incomingServer type="pop3"><hostname>pop.example.org</hostname><port>995</port><socketType>SSL</socketType></incomingServer>"#,
        );
        assert_eq!(incoming_imap(&only_pop, "ada@example.org"), None);
    }

    #[test]
    fn imap_servers_with_missing_or_invalid_parts_are_skipped() {
        for broken in [
            // No host, a placeholder left, an invalid host.
            "<port>993</port><socketType>SSL</socketType>",
            "<hostname>%BROKEN%.example.org</hostname><port>993</port><socketType>SSL</socketType>",
            "<hostname>bad host!</hostname><port>993</port><socketType>SSL</socketType>",
            // No port, port 0, a port out of range, not a number.
            "<hostname>imap.example.org</hostname><socketType>SSL</socketType>",
            "<hostname>imap.example.org</hostname><port>0</port><socketType>SSL</socketType>",
            "<hostname>imap.example.org</hostname><port>99999</port><socketType>SSL</socketType>",
            "<hostname>imap.example.org</hostname><port>imap</port><socketType>SSL</socketType>",
            // No encryption given, an unknown one.
            "<hostname>imap.example.org</hostname><port>993</port>",
            "<hostname>imap.example.org</hostname><port>993</port><socketType>QUANTUM</socketType>",
        ] {
            let xml = with_incoming(&format!(
                r#"<incomingServer type="imap">{broken}</incomingServer>"#
            ));
            assert_eq!(incoming_imap(&xml, "ada@example.org"), None, "{broken}");
            // The outgoing servers of the same document are still read.
            assert_eq!(outgoing_servers(&xml, "ada@example.org").len(), 1);
        }
        assert_eq!(incoming_imap("<not xml", "a@b.c"), None);
        assert_eq!(incoming_imap("", "a@b.c"), None);
    }

    #[test]
    fn one_parse_reads_both() {
        let (servers, imap) = read(XML, "ada@example.org");
        assert_eq!(servers, outgoing_servers(XML, "ada@example.org"));
        assert_eq!(imap, incoming_imap(XML, "ada@example.org"));
        assert_eq!(read("<not xml", "a@b.c"), (vec![], None));
    }
}
