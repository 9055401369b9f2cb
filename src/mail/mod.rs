//! A message as the user writes it ([`Draft`]), checked and turned into MIME with lettre.

mod address;
pub mod addresses;
pub mod drafts;
pub mod markdown;
pub mod read;
pub mod reminder;

use std::path::{Path, PathBuf};

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

pub use address::parse_address_list;

use crate::account::InputError;

/// Attachments above this total are refused before anything is read into memory.
pub const MAX_ATTACHMENTS_TOTAL: u64 = 100 * 1024 * 1024;

/// A message as the user writes it: the one form it has from the command line or the compose
/// window, through a saved draft, to the outbox (which keeps it so "Edit" can open it again).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The sender (empty in a saved draft, whose account picks it: left out of its file).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from_email: String,
    /// Each a comma- or semicolon-separated list of `addr` or `Name <addr>`.
    pub to: String,
    pub cc: String,
    pub bcc: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<PathBuf>,
    /// The body is Markdown: sent as text/plain (the Markdown) and text/html (its rendering).
    pub markdown: bool,
    /// Where replies should go (empty: to the sender).
    pub reply_to: String,
}

/// The conventional signature separator line ("dash dash space").
pub const SIGNATURE_SEPARATOR: &str = "-- ";

/// `body` with `signature` under it after the `-- ` line, unless it is empty or already there.
pub fn with_signature(body: &str, signature: &str) -> String {
    let signature = signature.trim_end();
    if signature.trim().is_empty() || body.contains(&format!("\n{SIGNATURE_SEPARATOR}\n")) {
        return body.to_owned();
    }
    let body = body.trim_end();
    if body.is_empty() {
        format!("\n\n{SIGNATURE_SEPARATOR}\n{signature}\n")
    } else {
        format!("{body}\n\n{SIGNATURE_SEPARATOR}\n{signature}\n")
    }
}

/// `bcc` with `address` added (for "send me a copy"), unless it is already a recipient.
pub fn with_copy_to(bcc: &str, address: &str, others: &[&str]) -> String {
    let lower = address.trim().to_lowercase();
    let present = std::iter::once(bcc)
        .chain(others.iter().copied())
        .any(|field| field.to_lowercase().contains(&lower));
    if lower.is_empty() || present {
        return bcc.to_owned();
    }
    if bcc.trim().is_empty() {
        address.trim().to_owned()
    } else {
        format!(
            "{}, {}",
            bcc.trim_end().trim_end_matches([',', ';']),
            address.trim()
        )
    }
}

/// A checked message, ready for SMTP: its MIME bytes, formatted once.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The complete message as it goes over the wire (and into the outbox). Bcc is not in it.
    pub bytes: Vec<u8>,
    pub message_id: String,
    /// Envelope recipients (To, Cc and Bcc), in order.
    pub recipients: Vec<String>,
    pub from: String,
}

impl Outgoing {
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl Draft {
    /// Checks every field and collects all problems, so a form can mark each one at once.
    pub fn check(&self) -> Vec<InputError> {
        let mut errors = Vec::new();
        if let Err(e) = self.sender() {
            errors.push(e);
        }
        let mut recipients = 0;
        for (field, text) in [("to", &self.to), ("cc", &self.cc), ("bcc", &self.bcc)] {
            match parse_address_list(field, text) {
                Ok(list) => recipients += list.len(),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if recipients == 0
            && !errors
                .iter()
                .any(|e| matches!(e, InputError::InvalidAddress { .. }))
        {
            errors.push(InputError::NoRecipients);
        }
        if !self.reply_to.trim().is_empty()
            && let Err(mut e) = parse_address_list("reply_to", &self.reply_to)
        {
            errors.append(&mut e);
        }
        if crate::account::has_line_break(&self.subject) {
            errors.push(InputError::LineBreak {
                field: "subject".into(),
            });
        }
        let mut total = 0u64;
        for path in &self.attachments {
            match std::fs::metadata(path) {
                Ok(m) if m.is_file() => total += m.len(),
                Ok(_) => errors.push(InputError::AttachmentUnreadable { path: shown(path) }),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    errors.push(InputError::AttachmentMissing { path: shown(path) })
                }
                Err(_) => errors.push(InputError::AttachmentUnreadable { path: shown(path) }),
            }
        }
        if total > MAX_ATTACHMENTS_TOTAL {
            errors.push(InputError::AttachmentTooLarge {
                path: self
                    .attachments
                    .last()
                    .map(|p| shown(p))
                    .unwrap_or_default(),
                size: total,
                limit: MAX_ATTACHMENTS_TOTAL,
            });
        }
        errors
    }

    fn sender(&self) -> Result<Mailbox, InputError> {
        crate::account::validate_email_in("from", self.from_email.trim())?;
        if crate::account::has_line_break(&self.from_name) {
            return Err(InputError::LineBreak {
                field: "from".into(),
            });
        }
        let email = self
            .from_email
            .trim()
            .parse()
            .map_err(|_| InputError::InvalidAddress {
                field: "from".into(),
                value: self.from_email.clone(),
            })?;
        let name = self.from_name.trim();
        Ok(Mailbox::new(
            (!name.is_empty()).then(|| name.to_owned()),
            email,
        ))
    }

    /// Builds the MIME message, reading the attachments (off the async runtime's threads).
    pub async fn build(&self) -> Result<Outgoing, Vec<InputError>> {
        self.build_with(None).await
    }

    /// [`Draft::build`], with a `List-Unsubscribe: <mailto:ADDR?subject=unsubscribe>` header when
    /// `unsubscribe` names an address (a mail merge's `--unsubscribe`).
    pub async fn build_with(&self, unsubscribe: Option<&str>) -> Result<Outgoing, Vec<InputError>> {
        let errors = self.check();
        if !errors.is_empty() {
            return Err(errors);
        }
        let from = self.sender().map_err(|e| vec![e])?;
        let message_id = new_message_id(from.email.domain());
        let mut builder = Message::builder()
            .from(from.clone())
            .subject(self.subject.trim_end())
            .message_id(Some(message_id.clone()))
            .date_now()
            .user_agent(format!("Outpost/{}", env!("CARGO_PKG_VERSION")));
        if let Some(address) = unsubscribe {
            builder = builder.header(ListUnsubscribe::mailto(address).map_err(|e| vec![e])?);
        }
        if !self.reply_to.trim().is_empty() {
            for mailbox in parse_address_list("reply_to", &self.reply_to)? {
                builder = builder.reply_to(mailbox);
            }
        }
        let mut recipients = Vec::new();
        let lists = [("to", &self.to), ("cc", &self.cc), ("bcc", &self.bcc)];
        for (field, text) in lists {
            for mailbox in parse_address_list(field, text)? {
                recipients.push(mailbox.email.to_string());
                builder = match field {
                    "to" => builder.to(mailbox),
                    "cc" => builder.cc(mailbox),
                    _ => builder.bcc(mailbox),
                };
            }
        }
        let plain = normalize_newlines(&self.body);
        // Handed to lettre with CRLF already: it inserts a CR before each bare LF one at a time,
        // which costs time in the square of the text's size (4 MB of text: 4.6 s).
        let body = if self.markdown {
            let html = markdown::to_html(&plain);
            Body::Alternative(MultiPart::alternative_plain_html(crlf(&plain), crlf(&html)))
        } else {
            Body::Plain(SinglePart::plain(crlf(&plain)))
        };
        let built = if self.attachments.is_empty() {
            match body {
                Body::Plain(part) => builder.singlepart(part),
                Body::Alternative(parts) => builder.multipart(parts),
            }
        } else {
            let mut parts = match body {
                Body::Plain(part) => MultiPart::mixed().singlepart(part),
                Body::Alternative(alt) => MultiPart::mixed().multipart(alt),
            };
            // One file at a time: each is encoded as soon as it is read, and its raw bytes dropped,
            // so a large attachment is held once in memory, not twice.
            for path in &self.attachments {
                let bytes = tokio::fs::read(path)
                    .await
                    .map_err(|_| vec![InputError::AttachmentUnreadable { path: shown(path) }])?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "attachment".into());
                let mime = mime_guess::from_path(path).first_or_octet_stream();
                let content_type = ContentType::parse(mime.essence_str())
                    .unwrap_or_else(|_| ContentType::parse("application/octet-stream").unwrap());
                parts = parts.singlepart(Attachment::new(name).body(bytes, content_type));
            }
            builder.multipart(parts)
        };
        let message: Message = built.map_err(|_| vec![InputError::NoRecipients])?;
        let bytes = message.formatted();
        drop(message);
        Ok(Outgoing {
            bytes,
            message_id,
            recipients,
            from: from.email.to_string(),
        })
    }
}

/// `List-Unsubscribe` (RFC 2369): where a recipient asks to get no more of a list's mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListUnsubscribe(String);

impl ListUnsubscribe {
    /// `<mailto:ADDR?subject=unsubscribe>` for one valid address (nothing else can get in).
    pub fn mailto(address: &str) -> Result<ListUnsubscribe, InputError> {
        let invalid = || InputError::InvalidAddress {
            field: "unsubscribe".into(),
            value: address.to_owned(),
        };
        let mut list = parse_address_list("unsubscribe", address).map_err(|mut e| e.remove(0))?;
        let mailbox = list.pop().filter(|_| list.is_empty()).ok_or_else(invalid)?;
        Ok(ListUnsubscribe(format!(
            "<mailto:{}?subject=unsubscribe>",
            mailbox.email
        )))
    }
}

impl lettre::message::header::Header for ListUnsubscribe {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.trim().to_owned()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// The text part of a message: plain, or plain and HTML as alternatives.
enum Body {
    Plain(SinglePart),
    Alternative(MultiPart),
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn normalize_newlines(body: &str) -> String {
    body.replace("\r\n", "\n").replace('\r', "\n")
}

/// LF-only text with CRLF line ends, in one pass.
fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// `<time.random@sender-domain>`: unique without revealing anything about the machine.
pub fn new_message_id(domain: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("<{nanos:x}.{:016x}@{domain}>", fastrand::u64(..))
}

/// `draft` as this account sends it: its signature under the text (when `signature`: the
/// compose window shows it in the text instead), its Reply-To when the message has none, and a
/// copy to itself when asked.
pub fn dress(account: &crate::account::Account, mut draft: Draft, signature: bool) -> Draft {
    if signature {
        draft.body = with_signature(&draft.body, account.signature_for(&draft.from_email));
    }
    if draft.reply_to.trim().is_empty()
        && let Some(r) = &account.reply_to
    {
        draft.reply_to = r.clone();
    }
    if account.bcc_self {
        draft.bcc = with_copy_to(&draft.bcc, &account.email, &[&draft.to, &draft.cc]);
    }
    draft
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            from_name: "Zoë Example".into(),
            from_email: "zoe@example.com".into(),
            to: "Bob <bob@example.org>, carol@example.net".into(),
            cc: String::new(),
            bcc: "secret@example.com".into(),
            subject: "Grüße aus Köln".into(),
            body: "Hallo!\nÄpfel.\n".into(),
            attachments: vec![],
            markdown: false,
            reply_to: String::new(),
        }
    }

    #[tokio::test]
    async fn builds_without_bcc_header() {
        let out = draft().build().await.unwrap();
        let raw = String::from_utf8(out.bytes.clone()).unwrap();
        assert!(!raw.to_ascii_lowercase().contains("\nbcc:"), "{raw}");
        assert!(raw.contains("Message-ID: <"));
        assert!(raw.contains("Date: "));
        assert!(
            raw.contains("Subject: =?utf-8?"),
            "subject is RFC 2047 encoded: {raw}"
        );
        assert_eq!(
            out.recipients,
            vec!["bob@example.org", "carol@example.net", "secret@example.com"]
        );
        assert!(out.message_id.ends_with("@example.com>"));
    }

    #[tokio::test]
    async fn every_problem_is_reported_at_once() {
        let mut d = draft();
        d.to = "bob@, ok@example.com".into();
        d.cc = "a b@c.d".into();
        d.subject = "Hi\r\nBcc: eve@evil.test".into();
        d.attachments = vec!["/no/such/file.pdf".into()];
        let errors = d.build().await.unwrap_err();
        let codes: Vec<_> = errors.iter().map(|e| (e.code(), e.field())).collect();
        assert_eq!(
            codes,
            vec![
                ("invalid_address", Some("to")),
                ("invalid_address", Some("cc")),
                ("line_break", Some("subject")),
                ("attachment_missing", Some("attachments")),
            ]
        );
    }

    #[test]
    fn no_recipients() {
        let mut d = draft();
        d.to.clear();
        d.bcc.clear();
        assert_eq!(d.check()[0].code(), "no_recipients");
    }
}
