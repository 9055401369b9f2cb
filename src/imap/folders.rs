//! Finding the Sent folder: by its use (RFC 6154 SPECIAL-USE `\Sent`), else by the names it has in
//! the five languages and at the big providers, else by creating one.

use async_imap::imap_proto::NameAttribute;
use futures::TryStreamExt;

use super::{Session, utf7};
use crate::problem::{Problem, Step};

/// The usual names of a Sent folder, best first, compared without case on the last part of the
/// folder's path ("INBOX.Sent", "[Gmail]/Sent Mail").
const USUAL_NAMES: &[&str] = &[
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "Sent Mails",
    "Gesendet",
    "Gesendete Objekte",
    "Gesendete Elemente",
    "Gesendete Nachrichten",
    "Envoyés",
    "Éléments envoyés",
    "Messages envoyés",
    "Enviados",
    "Elementos enviados",
    "Mensajes enviados",
    "Enviadas",
    "Itens enviados",
    "Mensagens enviadas",
];

/// Whether `name` (as people read it) is one of the usual names of a Sent folder.
pub fn usual_sent_name(name: &str, delimiter: Option<&str>) -> Option<usize> {
    let last = match delimiter.filter(|d| !d.is_empty()) {
        Some(d) => name.rsplit(d).next().unwrap_or(name),
        None => name,
    };
    let last = last.trim().to_lowercase();
    USUAL_NAMES.iter().position(|n| n.to_lowercase() == last)
}

/// One folder as LIST gave it.
#[derive(Debug, Clone)]
struct Folder {
    /// As the server spells it (modified UTF-7): what commands use.
    wire: String,
    delimiter: Option<String>,
    sent: bool,
    selectable: bool,
}

impl Session {
    async fn folders(&mut self) -> Result<Vec<Folder>, Problem> {
        let special_use = self.has("SPECIAL-USE");
        let deadline = self.timeout;
        self.run(Step::ImapFolder, deadline, async move |s| {
            let pattern = if special_use {
                "\"*\" RETURN (SPECIAL-USE)"
            } else {
                "\"*\""
            };
            let names: Vec<_> = s.list(Some(""), Some(pattern)).await?.try_collect().await?;
            Ok(names
                .iter()
                .map(|n| Folder {
                    wire: n.name().to_owned(),
                    delimiter: n.delimiter().map(str::to_owned),
                    sent: n.attributes().contains(&NameAttribute::Sent),
                    selectable: !n
                        .attributes()
                        .iter()
                        .any(|a| matches!(a, NameAttribute::NoSelect)),
                })
                .collect())
        })
        .await
    }

    /// The Sent folder's name as the server spells it: by its use, else by its name, else a new
    /// one (created and subscribed, so that other mail clients show it).
    pub async fn sent_folder(&mut self) -> Result<String, Problem> {
        let folders = self.folders().await?;
        if let Some(f) = folders.iter().find(|f| f.sent && f.selectable) {
            return Ok(f.wire.clone());
        }
        let by_name = folders
            .iter()
            .filter(|f| f.selectable)
            .filter_map(|f| {
                let plain = utf7::decode(&f.wire)?;
                usual_sent_name(&plain, f.delimiter.as_deref()).map(|rank| (rank, f))
            })
            .min_by_key(|(rank, _)| *rank);
        if let Some((_, f)) = by_name {
            return Ok(f.wire.clone());
        }
        let name = new_folder_name(&folders);
        self.create(&name).await?;
        Ok(name)
    }

    async fn create(&mut self, name: &str) -> Result<(), Problem> {
        let with_use = self.has("CREATE-SPECIAL-USE");
        let command = if with_use {
            format!("CREATE \"{name}\" (USE (\\Sent))")
        } else {
            format!("CREATE \"{name}\"")
        };
        let deadline = self.timeout;
        let created = self
            .run(Step::ImapFolder, deadline, async move |s| {
                s.run_command_and_check_ok(&command).await
            })
            .await;
        match created {
            Ok(()) => {}
            // Made by someone else in between (or hidden from LIST): use it.
            Err(p)
                if p.server_reply
                    .as_deref()
                    .is_some_and(|r| r.to_ascii_uppercase().contains("ALREADYEXISTS")) => {}
            Err(p) => return Err(p),
        }
        let subscribe = format!("SUBSCRIBE \"{name}\"");
        let _ = self
            .run(Step::ImapFolder, deadline, async move |s| {
                s.run_command_and_check_ok(&subscribe).await
            })
            .await;
        Ok(())
    }
}

/// "Sent", under INBOX where the server keeps every folder there (Courier, older Cyrus).
fn new_folder_name(folders: &[Folder]) -> String {
    let under_inbox = folders.iter().find_map(|f| {
        let d = f.delimiter.as_deref()?;
        let (parent, _) = f.wire.split_once(d)?;
        parent.eq_ignore_ascii_case("INBOX").then(|| d.to_owned())
    });
    let top_level_other = folders.iter().any(|f| {
        !f.wire.eq_ignore_ascii_case("INBOX")
            && f.delimiter.as_deref().is_none_or(|d| {
                !f.wire
                    .to_ascii_uppercase()
                    .starts_with(&format!("INBOX{d}"))
            })
    });
    match under_inbox {
        Some(d) if !top_level_other => format!("INBOX{d}Sent"),
        _ => "Sent".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(wire: &str, delimiter: &str) -> Folder {
        Folder {
            wire: wire.to_owned(),
            delimiter: Some(delimiter.to_owned()),
            sent: false,
            selectable: true,
        }
    }

    #[test]
    fn the_usual_names_are_known_in_five_languages() {
        assert_eq!(usual_sent_name("Sent", None), Some(0));
        assert!(usual_sent_name("INBOX.Sent Items", Some(".")).is_some());
        assert!(usual_sent_name("[Gmail]/Sent Mail", Some("/")).is_some());
        assert!(usual_sent_name("Gesendete Objekte", Some("/")).is_some());
        assert!(usual_sent_name("ÉLÉMENTS ENVOYÉS", Some("/")).is_some());
        assert!(usual_sent_name("Enviados", None).is_some());
        assert!(usual_sent_name("Itens enviados", None).is_some());
        assert_eq!(usual_sent_name("Drafts", None), None);
        assert_eq!(usual_sent_name("Sent/Archive", Some("/")), None);
    }

    #[test]
    fn a_new_folder_goes_where_the_others_are() {
        assert_eq!(new_folder_name(&[folder("INBOX", "/")]), "Sent");
        assert_eq!(
            new_folder_name(&[folder("INBOX", "."), folder("INBOX.Drafts", ".")]),
            "INBOX.Sent"
        );
        assert_eq!(
            new_folder_name(&[folder("INBOX", "/"), folder("Archive", "/")]),
            "Sent"
        );
    }
}
