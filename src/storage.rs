//! Files on disk that several Outpost processes share: private folders, atomic writes through temp
//! files that nobody else can have prepared, and advisory locks that the OS releases when their
//! holder dies (so a crash never leaves anything locked).
//!
//! On Windows:
//! - Privacy comes from where the files are, not from a mode: the folders are under the user's
//!   profile (`%APPDATA%`, and `%TEMP%` = `%LOCALAPPDATA%\Temp` for [`crate::config::Paths::private_temporary`]),
//!   whose access list grants the user, SYSTEM and the Administrators only, and every folder and file
//!   made inside inherits it. Setting an explicit access list of our own was weighed and not done:
//!   it would grant exactly the same, through unsafe security-descriptor code with its own ways to
//!   fail, and it would break the inheritance that backup and profile-roaming tools rely on.
//! - Durability: `File::sync_all` is `FlushFileBuffers`, and `rename` (`MoveFileEx` with
//!   `MOVEFILE_REPLACE_EXISTING`, or POSIX-semantics rename on Windows 10+) replaces the target in
//!   one step on NTFS, whose journal makes the rename itself durable; a folder cannot be opened as a
//!   file to be flushed, so [`sync_dir`] does nothing there.
//! - Locks: `File::lock`/`lock_shared`/`try_lock` are `LockFileEx` over the whole file, shared or
//!   exclusive, held per handle (so two handles in one process exclude each other, as on Unix) and
//!   released by the system when the handle is closed or the process dies. Windows byte-range locks
//!   are mandatory, which is harmless here: a lock file is never read or written, only locked.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A builder of folders private to the user: mode 0700 on Unix; on Windows the inherited access
/// list of the user's profile (see the module's documentation).
pub fn private_dir_builder() -> fs::DirBuilder {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        let mut builder = fs::DirBuilder::new();
        builder.mode(0o700);
        builder
    }
    #[cfg(not(unix))]
    fs::DirBuilder::new()
}

/// Creates `dir` (and its parents) and makes it private to the user (0700 on Unix): it holds the
/// configuration, the outbox and the sent log.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    if let Some(parent) = dir.parent()
        && !parent.as_os_str().is_empty()
    {
        fs::create_dir_all(parent)?;
    }
    match private_dir_builder().create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    let meta = fs::symlink_metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "not a folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            // A folder made by an older version at the umask default: tighten it.
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
        }
    }
    Ok(())
}

/// A temp-file name unique within this process and across processes (pid, a counter, randomness).
fn temp_name(target: &Path) -> std::path::PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(
        ".{name}.tmp-{}-{}-{:08x}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        fastrand::u32(..)
    ))
}

/// Writes `bytes` under `path` through a temp file: created exclusively (never an existing file, never
/// through a symlink someone left there), mode 0600, synced, then renamed over `path`. The folder is
/// synced when `sync_folder` is set; otherwise the caller syncs it once for several files.
pub fn write_atomic(path: &Path, bytes: &[u8], sync_folder: bool) -> io::Result<()> {
    let tmp = temp_name(path);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    if sync_folder && let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Makes the entries of `dir` durable (a new or renamed file's name) by syncing the folder itself:
/// `fsync` of the folder on Unix. On Windows it does nothing: a folder cannot be flushed there
/// (opening one needs `FILE_FLAG_BACKUP_SEMANTICS`, and `FlushFileBuffers` on it is refused), and
/// NTFS journals the rename that put the file in place.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn lock_file(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// An advisory lock on a file, held until dropped (or until the process dies).
#[derive(Debug)]
pub struct FileLock {
    file: File,
}

impl FileLock {
    /// Waits for the exclusive lock.
    pub fn exclusive(path: &Path) -> io::Result<FileLock> {
        let file = lock_file(path)?;
        file.lock()?;
        Ok(FileLock { file })
    }

    /// Waits for a shared lock (many holders at once, none while someone holds it exclusively).
    pub fn shared(path: &Path) -> io::Result<FileLock> {
        let file = lock_file(path)?;
        file.lock_shared()?;
        Ok(FileLock { file })
    }

    /// The exclusive lock if nobody holds the lock now; `None` when someone does.
    pub fn try_exclusive(path: &Path) -> io::Result<Option<FileLock>> {
        let file = lock_file(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Unix seconds (0 before 1970).
pub fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Ids are made by [`new_id`]: 20 digits, a dash, 8 hex digits. Anything else (a path, `..`) is not
/// an id and never becomes part of a path.
pub fn valid_id(id: &str) -> bool {
    let Some((nanos, rand)) = id.split_once('-') else {
        return false;
    };
    nanos.len() == 20
        && nanos.bytes().all(|b| b.is_ascii_digit())
        && rand.len() == 8
        && rand.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A new id: nanoseconds since 1970 and 32 random bits.
pub fn new_id(now: SystemTime) -> String {
    let nanos = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{nanos:020}-{:08x}", fastrand::u32(..))
}

#[derive(Debug, thiserror::Error)]
#[error("outbox storage: {0}")]
pub struct StorageError(#[from] pub std::io::Error);

impl StorageError {
    pub fn message(&self) -> String {
        crate::fl!(
            "outbox-storage-error",
            reason = crate::i18n::io_reason(&self.0)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_exclude_each_other_within_one_process_too() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = FileLock::exclusive(&path).unwrap();
        assert!(FileLock::try_exclusive(&path).unwrap().is_none());
        drop(held);
        assert!(FileLock::try_exclusive(&path).unwrap().is_some());
        let shared = FileLock::shared(&path).unwrap();
        let shared2 = FileLock::shared(&path).unwrap();
        assert!(FileLock::try_exclusive(&path).unwrap().is_none());
        drop((shared, shared2));
        assert!(FileLock::try_exclusive(&path).unwrap().is_some());
    }

    #[test]
    fn temp_names_never_collide_and_symlinks_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("f");
        let names: std::collections::HashSet<_> = (0..1000).map(|_| temp_name(&target)).collect();
        assert_eq!(names.len(), 1000);
        // Many threads writing the same file: every write completes, the file is one of them.
        std::thread::scope(|s| {
            for i in 0..8 {
                let target = &target;
                s.spawn(move || {
                    for _ in 0..50 {
                        write_atomic(target, format!("writer {i}").as_bytes(), false).unwrap();
                    }
                });
            }
        });
        assert!(fs::read_to_string(&target).unwrap().starts_with("writer "));
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temp file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn private_folders_are_0700_even_when_they_existed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let loose = dir.path().join("a/outpost");
        fs::create_dir_all(&loose).unwrap();
        fs::set_permissions(&loose, fs::Permissions::from_mode(0o755)).unwrap();
        private_dir(&loose).unwrap();
        let fresh = dir.path().join("b/outpost");
        private_dir(&fresh).unwrap();
        for d in [loose, fresh] {
            let mode = fs::metadata(&d).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{}", d.display());
        }
    }
}
