//! The do-not-mail list: addresses that asked to get no more merge mail, skipped as `suppressed`.
//! Kept in `<data>/merge/suppressed.txt`, one lower-case address a line (a person can read and edit
//! it; lines starting with `#` are comments), written atomically under a lock so that several
//! Outpost processes adding at once lose nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::account::InputError;
use crate::storage::{FileLock, StorageError};

pub struct Suppressions {
    path: PathBuf,
}

/// The form an address is kept and compared in: `Name <A@X.org>` → `a@x.org`.
pub fn normalize(text: &str) -> Result<String, InputError> {
    let mut list = crate::mail::parse_address_list("address", text).map_err(|mut e| e.remove(0))?;
    match (list.pop(), list.is_empty()) {
        (Some(mailbox), true) => Ok(mailbox.email.to_string().to_lowercase()),
        _ => Err(InputError::InvalidAddress {
            field: "address".into(),
            value: text.to_owned(),
        }),
    }
}

impl Suppressions {
    pub fn new(data_dir: &Path) -> Suppressions {
        Suppressions {
            path: data_dir.join("merge").join("suppressed.txt"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every address on the list (none when there is no list yet).
    pub fn list(&self) -> Result<BTreeSet<String>, StorageError> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => Ok(text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
            Err(e) => Err(e.into()),
        }
    }

    pub fn contains(&self, address: &str) -> Result<bool, StorageError> {
        Ok(self.list()?.contains(&address.trim().to_lowercase()))
    }

    /// Adds `addresses` (already [`normalize`]d); returns those that were not on the list.
    pub fn add(&self, addresses: &[String]) -> Result<Vec<String>, StorageError> {
        self.change(|list| {
            addresses
                .iter()
                .map(|a| a.trim().to_lowercase())
                .filter(|a| list.insert(a.clone()))
                .collect()
        })
    }

    /// Takes `addresses` off the list; returns those that were on it.
    pub fn remove(&self, addresses: &[String]) -> Result<Vec<String>, StorageError> {
        self.change(|list| {
            addresses
                .iter()
                .map(|a| a.trim().to_lowercase())
                .filter(|a| list.remove(a))
                .collect()
        })
    }

    /// Read, change and write under the list's lock.
    fn change(
        &self,
        edit: impl FnOnce(&mut BTreeSet<String>) -> Vec<String>,
    ) -> Result<Vec<String>, StorageError> {
        let folder = self.path.parent().expect("in the merge folder");
        crate::storage::private_dir(folder)?;
        let _lock = FileLock::exclusive(&self.path.with_extension("lock"))?;
        let mut list = self.list()?;
        let changed = edit(&mut list);
        if !changed.is_empty() {
            let mut text = String::new();
            for address in &list {
                text.push_str(address);
                text.push('\n');
            }
            crate::storage::write_atomic(&self.path, text.as_bytes(), true)?;
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_added_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let list = Suppressions::new(dir.path());
        assert!(list.list().unwrap().is_empty());
        let a = normalize("Ann <Ann@Example.org>").unwrap();
        assert_eq!(a, "ann@example.org");
        assert_eq!(
            list.add(&[a.clone(), "bob@example.org".into()])
                .unwrap()
                .len(),
            2
        );
        assert!(
            list.add(std::slice::from_ref(&a)).unwrap().is_empty(),
            "already there"
        );
        let again = Suppressions::new(dir.path());
        assert!(again.contains("ANN@example.org ").unwrap());
        assert_eq!(again.list().unwrap().len(), 2);
        std::fs::write(
            again.path(),
            "# asked on 2026-01-05\nann@example.org\n\n  Carol@Example.org\n",
        )
        .unwrap();
        assert!(again.contains("carol@example.org").unwrap());
        assert_eq!(again.remove(&[a]).unwrap(), ["ann@example.org"]);
        assert!(!again.contains("ann@example.org").unwrap());
    }

    #[test]
    fn only_single_valid_addresses_go_on_the_list() {
        assert!(normalize("not an address").is_err());
        assert!(normalize("a@example.org, b@example.org").is_err());
        assert!(normalize("a@example.org\nb").is_err());
    }
}
