//! One message as it can be shown (`outpost outbox show`, the Sent tab): a queued one from the
//! queue, a sent one from its record and its kept copy; and the search through what was sent.

use super::{Meta, Outbox, SentRecord, valid_id};
use crate::mail::Draft;
use crate::mail::read::{self, Opened};

/// Where the message is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Still in the outbox (queued, held, unconfirmed or scheduled).
    Queued(Box<Meta>),
    Sent(SentRecord),
}

/// A message to show. `bytes` is `None` for a sent message whose copy was not kept (or is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub id: String,
    pub place: Place,
    pub bcc: Vec<String>,
    pub bytes: Option<Vec<u8>>,
    pub opened: Option<Opened>,
    /// The state of its copy in Sent (a sent message whose account keeps copies).
    pub copy: Option<super::CopyState>,
}

impl Shown {
    pub fn account(&self) -> &str {
        match &self.place {
            Place::Queued(m) => &m.account,
            Place::Sent(r) => &r.account,
        }
    }

    pub fn subject(&self) -> &str {
        match (&self.opened, &self.place) {
            (Some(o), _) => &o.subject,
            (None, Place::Queued(m)) => &m.subject,
            (None, Place::Sent(r)) => &r.subject,
        }
    }

    /// The envelope recipients (To, Cc and Bcc together).
    pub fn recipients(&self) -> &[String] {
        match &self.place {
            Place::Queued(m) => &m.recipients,
            Place::Sent(r) => &r.recipients,
        }
    }

    /// A new message filled from this one ("Send again"): the same sender, recipients, subject and
    /// text. Attachments are not carried over.
    pub fn again(&self) -> Draft {
        let o = self.opened.clone().unwrap_or_default();
        let (from_name, from_email) = split_from(&o.from);
        Draft {
            from_name,
            from_email,
            to: if o.to.is_empty() && self.opened.is_none() {
                self.recipients().join(", ")
            } else {
                o.to.join(", ")
            },
            cc: o.cc.join(", "),
            bcc: self.bcc.join(", "),
            subject: self.subject().to_owned(),
            body: o.text,
            reply_to: o.reply_to.join(", "),
            ..Draft::default()
        }
    }

    /// A new message forwarding this one: no recipients, "Fwd:" before the subject, the original's
    /// headers and text quoted under a translated separator.
    pub fn forward(&self) -> Draft {
        let o = self.opened.clone().unwrap_or_default();
        let (from_name, from_email) = split_from(&o.from);
        let mut quoted = format!(
            "\n\n{}\n{}\n",
            crate::fl!("forward-separator"),
            crate::fl!("forward-from", from = o.from.as_str()),
        );
        if let Some(date) = &o.date {
            quoted.push_str(&crate::fl!("forward-date", date = date.as_str()));
            quoted.push('\n');
        }
        quoted.push_str(&crate::fl!("forward-subject", subject = self.subject()));
        quoted.push('\n');
        quoted.push_str(&crate::fl!("forward-to", to = o.to.join(", ")));
        quoted.push_str("\n\n");
        quoted.push_str(&o.text);
        let subject = self.subject();
        Draft {
            from_name,
            from_email,
            subject: if subject.to_lowercase().starts_with("fwd:") {
                subject.to_owned()
            } else {
                format!("Fwd: {subject}")
            },
            body: quoted,
            ..Draft::default()
        }
    }
}

/// `Name <addr>` → (`Name`, `addr`); a bare address has no name.
fn split_from(from: &str) -> (String, String) {
    match from.rsplit_once('<') {
        Some((name, rest)) => (
            name.trim().to_owned(),
            rest.trim_end_matches('>').trim().to_owned(),
        ),
        None => (String::new(), from.trim().to_owned()),
    }
}

impl Outbox {
    /// The message `id`, queued or sent; `None` when neither the queue nor the sent log knows it.
    pub fn show(&self, id: &str) -> Option<Shown> {
        if !valid_id(id) {
            return None;
        }
        if let Some(meta) = self.get(id) {
            let bytes = super::kept::read_bounded(&self.eml(id), super::kept::MAX_KEPT);
            let bcc = match (&meta.draft, &bytes) {
                (Some(d), _) if !d.bcc.trim().is_empty() => d
                    .bcc
                    .split([',', ';'])
                    .map(|a| a.trim().to_owned())
                    .filter(|a| !a.is_empty())
                    .collect(),
                (_, Some(b)) => read::blind_recipients(b, &meta.recipients),
                _ => vec![],
            };
            return Some(shown(id, Place::Queued(Box::new(meta)), bcc, bytes));
        }
        let record = self.sent_record(id)?;
        let kept = self.kept();
        let bytes = kept.bytes(id);
        let bcc = kept.bcc(id);
        let mut shown = shown(id, Place::Sent(record), bcc, bytes);
        shown.copy = self.copy_state(id);
        Some(shown)
    }

    /// The sent records (oldest first) whose subject, recipients or kept text contain `needle`
    /// (any case; empty: all), each with whether its copy is kept.
    pub fn search_sent(&self, needle: &str) -> Vec<(SentRecord, bool)> {
        let needle = needle.trim().to_lowercase();
        let kept = self.kept();
        self.sent_log()
            .list()
            .into_iter()
            .filter_map(|r| {
                let has = kept.has(&r.id);
                let found = needle.is_empty()
                    || r.subject.to_lowercase().contains(&needle)
                    || r.recipients
                        .iter()
                        .any(|a| a.to_lowercase().contains(&needle))
                    || (has
                        && kept
                            .bytes(&r.id)
                            .and_then(|b| read::open(&b))
                            .is_some_and(|o| o.mentions(&needle)));
                found.then_some((r, has))
            })
            .collect()
    }
}

fn shown(id: &str, place: Place, bcc: Vec<String>, bytes: Option<Vec<u8>>) -> Shown {
    let opened = bytes.as_deref().and_then(read::open);
    Shown {
        id: id.to_owned(),
        place,
        bcc,
        bytes,
        opened,
        copy: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    const BYTES: &[u8] = b"From: Ann <ann@x.org>\r\nTo: b@y.org\r\nSubject: Report\r\n\
Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n\r\nThe figures are in.\r\n";

    #[test]
    fn a_message_shows_queued_then_sent_and_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let o = Outbox::open(dir.path()).unwrap();
        let now = SystemTime::now();
        let rcpt = ["b@y.org".to_owned(), "boss@z.org".to_owned()];
        let m = o
            .enqueue("work", "ann@x.org", &rcpt, "<1@x>", "Report", BYTES, now)
            .unwrap();
        let queued = o.show(&m.id).unwrap();
        assert!(matches!(queued.place, Place::Queued(_)));
        assert_eq!(queued.bcc, ["boss@z.org"]);
        o.mark_sent(&m.id, now).unwrap().unwrap();
        let sent = o.show(&m.id).unwrap();
        assert!(matches!(sent.place, Place::Sent(_)));
        assert_eq!(sent.bytes.as_deref(), Some(BYTES));
        assert_eq!(sent.bcc, ["boss@z.org"]);
        let again = sent.again();
        assert_eq!(
            (again.from_name.as_str(), again.from_email.as_str()),
            ("Ann", "ann@x.org")
        );
        assert_eq!(
            (again.to.as_str(), again.bcc.as_str()),
            ("b@y.org", "boss@z.org")
        );
        assert_eq!(again.body.trim(), "The figures are in.");
        let forward = sent.forward();
        assert_eq!(forward.subject, "Fwd: Report");
        assert!(forward.to.is_empty() && forward.body.contains("The figures are in."));
        assert_eq!(o.search_sent("FIGURES").len(), 1);
        assert_eq!(o.search_sent("report").len(), 1);
        assert_eq!(o.search_sent("b@y").len(), 1);
        assert!(o.search_sent("nothing like it").is_empty());
        assert_eq!(o.search_sent("").len(), 1);
        // A copy that is gone shows as not kept; the record still shows.
        o.kept().forget(std::slice::from_ref(&m.id)).unwrap();
        let gone = o.show(&m.id).unwrap();
        assert!(gone.bytes.is_none() && gone.opened.is_none());
        assert_eq!(gone.subject(), "Report");
        assert!(o.show("00000000000000000000-00000000").is_none());
        assert!(o.show("../etc").is_none());
    }
}
