//! Every sent message, kept for as long as the sent log keeps its record: the exact bytes that went
//! to the server (`sent/<id>.eml`) and what the bytes do not say, the Bcc list (`sent/<id>.json`).
//!
//! Keeping is best-effort and always comes after the sent record: the record is what prevents a
//! second send, the copy only lets the person read what went out. A crash between the two costs
//! the copy (the message shows as "not kept"), never a resend. The bytes are the queue file itself,
//! linked under a second name before the queue entry goes (no copy, no second write); where a link
//! cannot be made they are written afresh (temp file, fsync, rename).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StorageError;
use crate::storage::{self, valid_id};

/// What is kept next to the bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptMeta {
    pub id: String,
    /// The envelope recipients that no To or Cc header names.
    #[serde(default)]
    pub bcc: Vec<String>,
}

/// Reads of kept files stop here: a message larger than any Outpost builds is not ours.
pub const MAX_KEPT: u64 = 160 * 1024 * 1024;
const MAX_KEPT_META: u64 = 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Kept {
    dir: PathBuf,
}

/// Reads at most `limit` bytes of `path`; `None` when it is missing, unreadable or larger.
pub(super) fn read_bounded(path: &Path, limit: u64) -> Option<Vec<u8>> {
    let file = fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

impl Kept {
    pub fn new(dir: PathBuf) -> Kept {
        Kept { dir }
    }

    fn eml(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.eml"))
    }

    fn meta_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Where the attachments of `id` are written out for "Send again" and "Forward".
    fn files_dir(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.files"))
    }

    /// The attachments of the kept message `id` as files (each in its own folder, under its own
    /// name made safe), for a new message to attach; they go when the copy goes.
    pub fn attachment_files(&self, id: &str) -> Result<Vec<PathBuf>, StorageError> {
        let bytes = self
            .bytes(id)
            .ok_or_else(|| StorageError(std::io::ErrorKind::NotFound.into()))?;
        let count = crate::mail::read::open(&bytes).map_or(0, |o| o.attachments.len());
        let mut paths = Vec::with_capacity(count);
        for index in 0..count {
            let Some((name, contents)) = crate::mail::read::attachment(&bytes, index) else {
                continue;
            };
            let dir = self.files_dir(id).join(index.to_string());
            storage::private_dir(&dir)?;
            let path = dir.join(safe_name(&name, index));
            storage::write_atomic(&path, &contents, true)?;
            paths.push(path);
        }
        Ok(paths)
    }

    /// Keeps the message `id`, whose bytes are in `queued` (the queue file, still there), with the
    /// envelope `recipients`. The Bcc list goes first, then the bytes: a kept `.eml` always has
    /// its Bcc list next to it.
    pub fn keep(
        &self,
        id: &str,
        queued: &Path,
        bytes: Option<&[u8]>,
        recipients: &[String],
    ) -> Result<(), StorageError> {
        if !valid_id(id) {
            return Ok(());
        }
        storage::private_dir(&self.dir)?;
        let read;
        let bytes = match bytes {
            Some(b) => b,
            None => {
                read = read_bounded(queued, MAX_KEPT)
                    .ok_or_else(|| StorageError(std::io::Error::other("unreadable")))?;
                &read
            }
        };
        let meta = KeptMeta {
            id: id.to_owned(),
            bcc: crate::mail::read::blind_recipients(bytes, recipients),
        };
        let json = serde_json::to_vec(&meta).expect("kept metadata serializes");
        storage::write_atomic(&self.meta_path(id), &json, false)?;
        let target = self.eml(id);
        match fs::hard_link(queued, &target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            // Another file system, or one without links: the bytes are written afresh.
            Err(_) => storage::write_atomic(&target, bytes, false)?,
        }
        storage::sync_dir(&self.dir);
        Ok(())
    }

    /// Whether the bytes of `id` are kept.
    pub fn has(&self, id: &str) -> bool {
        valid_id(id) && self.eml(id).is_file()
    }

    /// The kept bytes of `id` (bounded), `None` when not kept.
    pub fn bytes(&self, id: &str) -> Option<Vec<u8>> {
        if !valid_id(id) {
            return None;
        }
        read_bounded(&self.eml(id), MAX_KEPT)
    }

    /// The Bcc list kept with `id` (empty when none was kept).
    pub fn bcc(&self, id: &str) -> Vec<String> {
        if !valid_id(id) {
            return vec![];
        }
        read_bounded(&self.meta_path(id), MAX_KEPT_META)
            .and_then(|b| serde_json::from_slice::<KeptMeta>(&b).ok())
            .map(|m| m.bcc)
            .unwrap_or_default()
    }

    /// Removes the copies of `ids` (their sent records were dropped).
    pub fn forget(&self, ids: &[String]) -> Result<(), StorageError> {
        for id in ids.iter().filter(|id| valid_id(id)) {
            let copy = self.dir.join(format!("{id}.copy.json"));
            for path in [self.eml(id), self.meta_path(id), copy] {
                match fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e.into()),
                }
            }
            let _ = fs::remove_dir_all(self.files_dir(id));
        }
        if !ids.is_empty() {
            storage::sync_dir(&self.dir);
        }
        Ok(())
    }

    /// Removes copies whose id is not in `keep` and that were created before `before` (unix
    /// seconds; an id starts with its creation time): what a crash or a damaged log line left.
    pub fn sweep(
        &self,
        keep: &std::collections::HashSet<String>,
        before: u64,
    ) -> Result<(), StorageError> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Ok(());
        };
        let mut gone = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = name
                .strip_suffix(".eml")
                .or_else(|| name.strip_suffix(".json"))
            else {
                continue;
            };
            let created = id
                .get(..20)
                .and_then(|n| n.parse::<u128>().ok())
                .map(|n| (n / 1_000_000_000) as u64);
            if valid_id(id) && !keep.contains(id) && created.is_some_and(|c| c < before) {
                gone.push(id.to_owned());
            }
        }
        gone.dedup();
        self.forget(&gone)
    }
}

/// An attachment's name as a file name: no folders, no control characters, never empty or a dot.
fn safe_name(name: &str, index: usize) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .map(|c| if c.is_control() { '_' } else { c })
        .take(200)
        .collect();
    match clean.trim() {
        "" | "." | ".." => format!("attachment-{}", index + 1),
        t => t.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BYTES: &[u8] = b"To: b@y.org\r\nSubject: Hi\r\n\r\nbody\r\n";

    fn id(secs: u64) -> String {
        format!("{:020}-0000abcd", secs as u128 * 1_000_000_000)
    }

    #[test]
    fn a_message_is_kept_with_its_bcc_list_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let queued = dir.path().join("q.eml");
        fs::write(&queued, BYTES).unwrap();
        let kept = Kept::new(dir.path().join("sent"));
        let id = id(1_000);
        assert!(!kept.has(&id));
        let envelope = ["b@y.org".to_owned(), "secret@z.org".to_owned()];
        kept.keep(&id, &queued, None, &envelope).unwrap();
        // The queue entry goes; the kept copy stays.
        fs::remove_file(&queued).unwrap();
        assert!(kept.has(&id));
        assert_eq!(kept.bytes(&id).unwrap(), BYTES);
        assert_eq!(kept.bcc(&id), ["secret@z.org"]);
        kept.forget(std::slice::from_ref(&id)).unwrap();
        assert!(!kept.has(&id));
        assert!(kept.bcc(&id).is_empty());
        assert!(kept.bytes("../x").is_none());
    }

    #[test]
    fn a_copy_without_a_link_is_written_and_keeping_twice_is_harmless() {
        let dir = tempfile::tempdir().unwrap();
        let kept = Kept::new(dir.path().join("sent"));
        let id = id(2_000);
        // No queue file to link: the bytes in hand are written.
        kept.keep(&id, &dir.path().join("missing.eml"), Some(BYTES), &[])
            .unwrap();
        kept.keep(&id, &dir.path().join("missing.eml"), Some(BYTES), &[])
            .unwrap();
        assert_eq!(kept.bytes(&id).unwrap(), BYTES);
        let left = fs::read_dir(dir.path().join("sent")).unwrap().count();
        assert_eq!(left, 2, "the bytes and the Bcc list, no temp file");
    }

    #[test]
    fn the_sweep_removes_only_old_copies_without_a_record() {
        let dir = tempfile::tempdir().unwrap();
        let kept = Kept::new(dir.path().join("sent"));
        let (old, recorded, fresh) = (id(1_000), id(1_001), id(5_000));
        for id in [&old, &recorded, &fresh] {
            kept.keep(id, Path::new("/nonexistent"), Some(BYTES), &[])
                .unwrap();
        }
        let keep = std::collections::HashSet::from([recorded.clone()]);
        kept.sweep(&keep, 4_000).unwrap();
        assert!(!kept.has(&old));
        assert!(kept.has(&recorded) && kept.has(&fresh));
    }

    #[test]
    fn attachments_become_files_with_safe_names_and_go_with_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let kept = Kept::new(dir.path().join("sent"));
        let id = id(3_000);
        let bytes = b"To: b@y.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n\
--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"../../evil.txt\"\r\n\r\n\
boo\r\n--b--\r\n";
        kept.keep(&id, Path::new("/nonexistent"), Some(bytes), &[])
            .unwrap();
        let files = kept.attachment_files(&id).unwrap();
        assert_eq!(files.len(), 1);
        assert!(files[0].starts_with(dir.path().join("sent")));
        assert_eq!(files[0].file_name().unwrap(), "evil.txt");
        assert_eq!(fs::read(&files[0]).unwrap(), b"boo");
        kept.forget(std::slice::from_ref(&id)).unwrap();
        assert!(!files[0].exists());
        assert_eq!(safe_name("a\u{1b}b", 0), "a_b");
        assert_eq!(safe_name("..", 1), "attachment-2");
    }

    #[test]
    fn reads_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, vec![b'x'; 100]).unwrap();
        assert!(read_bounded(&path, 99).is_none());
        assert_eq!(read_bounded(&path, 100).unwrap().len(), 100);
    }
}
