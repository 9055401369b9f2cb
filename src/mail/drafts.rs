//! Unfinished messages kept on disk: saved a few seconds after each change and when a window
//! closes, so a crash, a kill or a stray Esc loses nothing. One JSON file per draft under
//! `<data>/drafts/`, each written atomically (temp file, fsync, rename) in a private folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::storage::{StorageError, unix, valid_id};

/// What a compose window holds, as saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedDraft {
    pub id: String,
    /// The account it is written from (its name), if one was chosen.
    pub account: Option<String>,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<PathBuf>,
    /// Unix seconds of the last save.
    pub updated: u64,
    /// The outbox entry this text replaces when sent (after "Edit" on a queued message).
    pub replaces: Option<String>,
    /// Written with formatting (Markdown).
    pub markdown: bool,
    /// Where replies to this message go.
    pub reply_to: String,
}

impl SavedDraft {
    /// Nothing worth keeping: no recipient, subject, text or attachment.
    pub fn is_empty(&self) -> bool {
        self.to.trim().is_empty()
            && self.cc.trim().is_empty()
            && self.bcc.trim().is_empty()
            && self.subject.trim().is_empty()
            && self.body.trim().is_empty()
            && self.attachments.is_empty()
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
            subject: "first".into(),
            body: "Grüße\n".into(),
            ..SavedDraft::default()
        };
        let b = SavedDraft {
            id: Drafts::new_id(now),
            to: "bob@example.org".into(),
            ..SavedDraft::default()
        };
        drafts.save(&a, now).unwrap();
        drafts
            .save(&b, now + std::time::Duration::from_secs(5))
            .unwrap();
        let list = drafts.list();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].to, "bob@example.org");
        assert_eq!(list[1].body, "Grüße\n");
        std::fs::write(dir.path().join("drafts/garbage.json"), b"{").unwrap();
        assert_eq!(drafts.list().len(), 2, "an unreadable file is skipped");
        drafts.remove(&a.id).unwrap();
        drafts.remove(&a.id).unwrap();
        assert_eq!(drafts.list().len(), 1);
        assert!(drafts.get("../../etc/passwd").is_none());
    }
}
