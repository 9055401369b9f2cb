//! Unfinished messages kept on disk: saved a few seconds after each change and when a window
//! closes, so a crash, a kill or a stray Esc loses nothing. One JSON file per draft under
//! `<data>/drafts/`, each written atomically (temp file, fsync, rename) in a private folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::Draft;
use crate::storage::{StorageError, unix, valid_id};

/// What a compose window holds, as saved: the message (its fields at the top level of the file,
/// as they always were), the account it is written from, and what it replaces.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedDraft {
    pub id: String,
    /// The account it is written from (its name), if one was chosen.
    pub account: Option<String>,
    /// The message as written. Its sender is left empty: the account picks it.
    #[serde(flatten)]
    pub message: Draft,
    /// Unix seconds of the last save.
    pub updated: u64,
    /// The outbox entry this text replaces when sent (after "Edit" on a queued message).
    pub replaces: Option<String>,
}

impl SavedDraft {
    /// Nothing worth keeping: no recipient, subject, text or attachment.
    pub fn is_empty(&self) -> bool {
        let m = &self.message;
        m.to.trim().is_empty()
            && m.cc.trim().is_empty()
            && m.bcc.trim().is_empty()
            && m.subject.trim().is_empty()
            && m.body.trim().is_empty()
            && m.attachments.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Drafts {
    dir: PathBuf,
}

impl Drafts {
    pub fn open(data_dir: &Path) -> Result<Drafts, StorageError> {
        let dir = data_dir.join("drafts");
        crate::storage::private_dir(data_dir)?;
        crate::storage::private_dir(&dir)?;
        Ok(Drafts { dir })
    }

    /// A fresh id (the same form as the outbox's).
    pub fn new_id(now: SystemTime) -> String {
        crate::storage::new_id(now)
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Saves (or replaces) a draft; its `updated` time is set to `now`.
    pub fn save(&self, draft: &SavedDraft, now: SystemTime) -> Result<(), StorageError> {
        if !valid_id(&draft.id) {
            return Err(StorageError(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "draft id",
            )));
        }
        let mut draft = draft.clone();
        draft.updated = unix(now);
        let json = serde_json::to_vec_pretty(&draft).expect("drafts serialize");
        Ok(crate::storage::write_atomic(
            &self.path(&draft.id),
            &json,
            true,
        )?)
    }

    /// Every readable draft, newest first. A file that cannot be read is left where it is.
    pub fn list(&self) -> Vec<SavedDraft> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return vec![];
        };
        let mut drafts: Vec<SavedDraft> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".json")?;
                if !valid_id(id) {
                    return None;
                }
                let draft: SavedDraft = serde_json::from_slice(&fs::read(e.path()).ok()?).ok()?;
                (draft.id == id).then_some(draft)
            })
            .collect();
        drafts.sort_by(|a, b| (b.updated, &b.id).cmp(&(a.updated, &a.id)));
        drafts
    }

    pub fn get(&self, id: &str) -> Option<SavedDraft> {
        if !valid_id(id) {
            return None;
        }
        serde_json::from_slice(&fs::read(self.path(id)).ok()?).ok()
    }

    /// Removes a draft (sent, or discarded); removing one that is not there is fine.
    pub fn remove(&self, id: &str) -> Result<(), StorageError> {
        if !valid_id(id) {
            return Ok(());
        }
        match fs::remove_file(self.path(id)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = Drafts::open(dir.path()).unwrap();
        let now = SystemTime::now();
        let a = SavedDraft {
            id: Drafts::new_id(now),
            message: Draft {
                subject: "first".into(),
                body: "Grüße\n".into(),
                ..Draft::default()
            },
            ..SavedDraft::default()
        };
        let b = SavedDraft {
            id: Drafts::new_id(now),
            message: Draft {
                to: "bob@example.org".into(),
                ..Draft::default()
            },
            ..SavedDraft::default()
        };
        drafts.save(&a, now).unwrap();
        drafts
            .save(&b, now + std::time::Duration::from_secs(5))
            .unwrap();
        let list = drafts.list();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].message.to, "bob@example.org");
        assert_eq!(list[1].message.body, "Grüße\n");
        std::fs::write(dir.path().join("drafts/garbage.json"), b"{").unwrap();
        assert_eq!(drafts.list().len(), 2, "an unreadable file is skipped");
        drafts.remove(&a.id).unwrap();
        drafts.remove(&a.id).unwrap();
        assert_eq!(drafts.list().len(), 1);
        assert!(drafts.get("../../etc/passwd").is_none());
    }

    /// A draft file written before the message became a `Draft` of its own loads the same, and
    /// a file written now has the same fields (the sender is not among them).
    #[test]
    fn draft_files_keep_their_format() {
        let old = r#"{
  "id": "01700000000000000000-0a1b2c3d",
  "account": "work",
  "to": "bob@example.org",
  "cc": "",
  "bcc": "carol@example.net",
  "subject": "Plans",
  "body": "Hi Bob,\n",
  "attachments": ["/tmp/plan.pdf"],
  "updated": 1700000001,
  "replaces": "01699999999000000000-deadbeef",
  "markdown": true,
  "reply_to": "team@example.org"
}"#;
        let d: SavedDraft = serde_json::from_str(old).unwrap();
        assert_eq!(
            d,
            SavedDraft {
                id: "01700000000000000000-0a1b2c3d".into(),
                account: Some("work".into()),
                message: Draft {
                    to: "bob@example.org".into(),
                    bcc: "carol@example.net".into(),
                    subject: "Plans".into(),
                    body: "Hi Bob,\n".into(),
                    attachments: vec!["/tmp/plan.pdf".into()],
                    markdown: true,
                    reply_to: "team@example.org".into(),
                    ..Draft::default()
                },
                updated: 1_700_000_001,
                replaces: Some("01699999999000000000-deadbeef".into()),
            }
        );
        // An older, shorter file: what is missing is empty.
        let short: SavedDraft = serde_json::from_str(r#"{"id": "x", "subject": "Hi"}"#).unwrap();
        assert_eq!(short.message.subject, "Hi");
        assert!(short.account.is_none() && short.message.to.is_empty());
        let written: serde_json::Value = serde_json::to_value(&d).unwrap();
        let mut keys: Vec<&str> = written
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        keys.sort_unstable();
        let old: serde_json::Value = serde_json::from_str(old).unwrap();
        let mut old_keys: Vec<&str> = old
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        old_keys.sort_unstable();
        assert_eq!(keys, old_keys);
        assert_eq!(serde_json::from_value::<SavedDraft>(written).unwrap(), d);
    }
}
