//! A message Outpost built, read back from its MIME bytes (a queued or a kept sent message): its
//! headers, its text, the attachments it carries. Only our own bytes come here, but they are read
//! as bytes from disk all the same: nothing in them is trusted to be well formed.

use mail_parser::{MessageParser, MimeHeaders};

/// One attachment of a message read back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AttachmentInfo {
    pub name: String,
    pub content_type: String,
    pub size: u64,
}

/// What a message says, read back from its bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Opened {
    pub from: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub reply_to: Vec<String>,
    pub subject: String,
    /// RFC 3339, from the Date header.
    pub date: Option<String>,
    pub message_id: Option<String>,
    /// The text part (for a Markdown message, the Markdown itself).
    pub text: String,
    pub attachments: Vec<AttachmentInfo>,
}

fn addresses(list: Option<&mail_parser::Address>) -> Vec<String> {
    list.map(|a| {
        a.iter()
            .filter_map(|addr| {
                let email = addr.address()?;
                Some(match addr.name().filter(|n| !n.trim().is_empty()) {
                    Some(name) => format!("{name} <{email}>"),
                    None => email.to_owned(),
                })
            })
            .collect()
    })
    .unwrap_or_default()
}

/// The bare addresses of a header (lower case), to compare with an envelope.
fn bare<'a>(list: Option<&'a mail_parser::Address<'a>>) -> impl Iterator<Item = String> + 'a {
    list.into_iter()
        .flat_map(|a| a.iter())
        .filter_map(|a| a.address().map(str::to_lowercase))
}

/// Reads a message's headers, text and attachment list; `None` when the bytes are no message.
pub fn open(bytes: &[u8]) -> Option<Opened> {
    let message = MessageParser::default().parse(bytes)?;
    let attachments = message
        .attachments()
        .enumerate()
        .map(|(i, part)| AttachmentInfo {
            name: part
                .attachment_name()
                .map(str::to_owned)
                .unwrap_or_else(|| format!("attachment-{}", i + 1)),
            content_type: part
                .content_type()
                .map(|c| match c.subtype() {
                    Some(sub) => format!("{}/{sub}", c.ctype()),
                    None => c.ctype().to_owned(),
                })
                .unwrap_or_else(|| "application/octet-stream".into()),
            size: part.contents().len() as u64,
        })
        .collect();
    Some(Opened {
        from: addresses(message.from()).join(", "),
        to: addresses(message.to()),
        cc: addresses(message.cc()),
        reply_to: addresses(message.reply_to()),
        subject: message.subject().unwrap_or_default().to_owned(),
        date: message.date().map(|d| d.to_rfc3339()),
        message_id: message.message_id().map(str::to_owned),
        text: message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        attachments,
    })
}

/// The name and contents of the message's `index`th attachment (as [`open`] lists them).
pub fn attachment(bytes: &[u8], index: usize) -> Option<(String, Vec<u8>)> {
    let message = MessageParser::default().parse(bytes)?;
    let part = message.attachments().nth(index)?;
    let name = part
        .attachment_name()
        .map(str::to_owned)
        .unwrap_or_else(|| format!("attachment-{}", index + 1));
    Some((name, part.contents().to_vec()))
}

/// The envelope recipients that no To or Cc header names: the Bcc list, which is not in the bytes.
pub fn blind_recipients(bytes: &[u8], envelope: &[String]) -> Vec<String> {
    let Some(message) = MessageParser::default().parse_headers(bytes) else {
        return vec![];
    };
    let shown: std::collections::HashSet<String> =
        bare(message.to()).chain(bare(message.cc())).collect();
    envelope
        .iter()
        .filter(|r| !shown.contains(&r.to_lowercase()))
        .cloned()
        .collect()
}

impl Opened {
    /// Whether `needle` (lower case) is in the subject, a recipient or the text.
    pub fn mentions(&self, needle: &str) -> bool {
        self.subject.to_lowercase().contains(needle)
            || self
                .to
                .iter()
                .chain(&self.cc)
                .any(|r| r.to_lowercase().contains(needle))
            || self.text.to_lowercase().contains(needle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &[u8] = b"From: Ann <ann@x.org>\r\nTo: Bob <bob@y.org>, c@y.org\r\nCc: d@z.org\r\n\
Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\nMessage-ID: <1@x.org>\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nHello there\r\n--b\r\n\
Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"r.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b--\r\n";

    #[test]
    fn a_message_reads_back() {
        let m = open(MESSAGE).unwrap();
        assert_eq!(m.from, "Ann <ann@x.org>");
        assert_eq!(m.to, ["Bob <bob@y.org>", "c@y.org"]);
        assert_eq!(m.cc, ["d@z.org"]);
        assert_eq!(m.subject, "Grüße");
        assert_eq!(m.text.trim(), "Hello there");
        assert_eq!(m.message_id.as_deref(), Some("1@x.org"));
        assert_eq!(m.attachments.len(), 1);
        assert_eq!(m.attachments[0].name, "r.pdf");
        assert_eq!(m.attachments[0].content_type, "application/pdf");
        assert_eq!(
            attachment(MESSAGE, 0).unwrap(),
            ("r.pdf".into(), b"%PDF".to_vec())
        );
        assert!(attachment(MESSAGE, 1).is_none());
        assert!(m.mentions("grüß") && m.mentions("bob@") && m.mentions("hello"));
        assert!(!m.mentions("nowhere"));
    }

    #[test]
    fn the_bcc_list_is_what_no_header_names() {
        let envelope = ["BOB@y.org", "c@y.org", "d@z.org", "hidden@q.org"].map(String::from);
        assert_eq!(blind_recipients(MESSAGE, &envelope), ["hidden@q.org"]);
    }
}
