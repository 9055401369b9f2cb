//! Copies of sent messages in the mailbox's Sent folder over IMAP: after a successful send and
//! never before, never holding a send up, and never twice.
//!
//! Each sent message that should have a copy gets a state next to its kept bytes
//! (`sent/<id>.copy.json`): `pending` until the IMAP server took it, then `saved`; `failed` when the
//! server refused in a way the user must fix (a wrong password, an untrusted certificate). Pending
//! copies are tried again with the outbox, failed ones after a long wait or when asked. Before an
//! append the state is marked "in doubt" on disk; a copy in doubt is looked for by its Message-ID
//! before it is appended again, so an answer lost after the upload never makes a second copy.
//! One copier at a time per outbox, across processes (`copies.lock`); a second one leaves at once.
//!
//! The copies still to be saved are also listed in `copies-unsaved/` (an empty file per id), so
//! that a round of copies looks at those only, not at every state of the sent history (tens of
//! thousands after a few months of merges). The list may hold more than it should (a crash between
//! the two writes), never less: an id is listed before its state says "pending" or "failed", and
//! dropped only after its state says otherwise.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Clock, LastProblem, Outbox, StorageError, unix};
use crate::account::{Account, ImapSettings, SaveSent};
use crate::imap::{self, ImapCredentials, Target};
use crate::problem::{Problem, ProblemKind, Step};
use crate::storage::{self, FileLock, valid_id};

/// The state of a message's copy in Sent (the contract's `"copy"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CopyStatus {
    Saved,
    Pending,
    Failed,
    Off,
}

impl CopyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CopyStatus::Saved => "saved",
            CopyStatus::Pending => "pending",
            CopyStatus::Failed => "failed",
            CopyStatus::Off => "off",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyState {
    pub status: CopyStatus,
    pub account: String,
    pub message_id: String,
    #[serde(default)]
    pub attempts: u32,
    /// Unix seconds; 0: as soon as possible.
    #[serde(default)]
    pub next_attempt: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<LastProblem>,
    /// An append was started and its answer not seen.
    #[serde(default)]
    pub in_doubt: bool,
    /// The folder it went to, as people read its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<u64>,
}

impl CopyState {
    /// A copy wanted for a message just sent: due now, nothing tried yet.
    fn pending(account: &str, message_id: &str) -> CopyState {
        CopyState {
            status: CopyStatus::Pending,
            account: account.to_owned(),
            message_id: message_id.to_owned(),
            attempts: 0,
            next_attempt: 0,
            problem: None,
            in_doubt: false,
            folder: None,
            saved_at: None,
        }
    }
}

/// Where copies of `account`'s messages go: its IMAP server, or `None` (off). `auto` is off for
/// providers that file submitted mail in Sent themselves, IMAP where IMAP settings are known.
pub fn destination(account: &Account) -> Option<&ImapSettings> {
    match account.save_sent {
        SaveSent::Off => None,
        SaveSent::Imap => account.imap.as_ref(),
        SaveSent::Auto => {
            let files_itself = account
                .provider
                .as_deref()
                .and_then(crate::providers::by_id)
                .is_some_and(|p| p.keeps_sent);
            if files_itself {
                None
            } else {
                account.imap.as_ref()
            }
        }
    }
}

/// What one round of copying did.
#[derive(Debug, Clone, Default)]
pub struct CopyReport {
    pub saved: Vec<String>,
    pub pending: Vec<(String, Problem)>,
    pub failed: Vec<(String, Problem)>,
    /// Another copier runs now (another window or process).
    pub busy: bool,
}

impl CopyReport {
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "saved": self.saved,
            "pending": self.pending.iter().map(|(id, p)| serde_json::json!({"id": id, "problem": p.to_json()})).collect::<Vec<_>>(),
            "failed": self.failed.iter().map(|(id, p)| serde_json::json!({"id": id, "problem": p.to_json()})).collect::<Vec<_>>(),
        })
    }
}

/// Waits before the next try of a copy that could not be saved now (a server down, no network).
const PENDING_WAITS: [u64; 6] = [60, 300, 900, 3600, 3 * 3600, 6 * 3600];
/// A refused copy (the user must fix something) is tried again after this, or when asked.
const FAILED_WAIT: u64 = 6 * 3600;

/// Whether the user must act before this copy can be saved (not worth trying again soon).
fn needs_the_user(p: &Problem) -> bool {
    !p.kind.is_temporary()
        && !matches!(
            p.kind,
            ProblemKind::DnsNotFound | ProblemKind::ConnectionRefused | ProblemKind::ConnectTimeout
        )
}

impl Outbox {
    fn copy_path(&self, id: &str) -> PathBuf {
        self.root().join("sent").join(format!("{id}.copy.json"))
    }

    /// The copy state of the sent message `id`; `None`: no copy was wanted (`"off"`).
    pub fn copy_state(&self, id: &str) -> Option<CopyState> {
        if !valid_id(id) {
            return None;
        }
        let bytes = super::kept::read_bounded(&self.copy_path(id), 64 * 1024)?;
        serde_json::from_slice(&bytes).ok()
    }

    fn unsaved_dir(&self) -> PathBuf {
        self.root().join("copies-unsaved")
    }

    fn set_copy_state(&self, id: &str, state: &CopyState) -> Result<(), StorageError> {
        storage::private_dir(&self.root().join("sent"))?;
        let unsaved = matches!(state.status, CopyStatus::Pending | CopyStatus::Failed);
        let listed = self.unsaved_dir().join(id);
        if unsaved && !listed.is_file() {
            storage::private_dir(&self.unsaved_dir())?;
            storage::write_atomic(&listed, b"", true)?;
        }
        let json = serde_json::to_vec(state).expect("copy states serialize");
        storage::write_atomic(&self.copy_path(id), &json, true)?;
        if !unsaved {
            unlist(&listed)?;
        }
        Ok(())
    }

    /// Marks the sent message `id` of `account` for a copy in Sent, when its account wants one.
    /// Best-effort, like keeping the message: a state that cannot be written shows as "off".
    pub fn want_copy(&self, id: &str, message_id: &str, account: &Account) {
        if destination(account).is_none() || !self.kept().has(id) {
            return;
        }
        let _ = self.set_copy_state(id, &CopyState::pending(&account.name, message_id));
    }

    /// Copies waiting to be saved (pending or failed), oldest first: those listed in
    /// `copies-unsaved/` whose state says so (a listed id whose state says otherwise, or that has
    /// none any more, is dropped from the list).
    pub fn unsaved_copies(&self) -> Vec<(String, CopyState)> {
        let Ok(entries) = std::fs::read_dir(self.unsaved_dir()) else {
            return vec![];
        };
        let mut found: Vec<(String, CopyState)> = entries
            .flatten()
            .filter_map(|e| {
                let id = e.file_name().to_str()?.to_owned();
                match self.copy_state(&id) {
                    Some(state)
                        if matches!(state.status, CopyStatus::Pending | CopyStatus::Failed) =>
                    {
                        Some((id, state))
                    }
                    Some(_) => {
                        let _ = unlist(&e.path());
                        None
                    }
                    // No state any more (its message was pruned with the sent log), rather than
                    // one that could not be read now.
                    None if valid_id(&id)
                        && std::fs::symlink_metadata(self.copy_path(&id))
                            .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) =>
                    {
                        let _ = unlist(&e.path());
                        None
                    }
                    None => None,
                }
            })
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    }

    /// Makes the failed and pending copies of `account` (all accounts: `None`) due now: after the
    /// user changed its settings or password, or asked.
    pub fn retry_copies(&self, account: Option<&str>) -> Result<usize, StorageError> {
        let mut count = 0;
        for (id, mut state) in self.unsaved_copies() {
            if account.is_some_and(|a| a != state.account) {
                continue;
            }
            state.next_attempt = 0;
            self.set_copy_state(&id, &state)?;
            count += 1;
        }
        Ok(count)
    }
}

/// Drops `path` from the list of unsaved copies (gone already is fine).
fn unlist(path: &std::path::Path) -> Result<(), StorageError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The message as it goes into Sent: the bytes sent, with a Bcc header naming the blind recipients
/// (as mail clients show it in Sent; the recipients never saw it).
pub fn with_bcc(bytes: &[u8], bcc: &[String]) -> Vec<u8> {
    let names: Vec<&str> = bcc
        .iter()
        .map(|b| b.trim())
        .filter(|b| !b.is_empty() && !b.contains(['\r', '\n']))
        .collect();
    if names.is_empty() {
        return bytes.to_vec();
    }
    let mut header = String::from("Bcc: ");
    let mut line = header.len();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            header.push(',');
            line += 1;
            if line + 1 + name.len() > 76 {
                header.push_str("\r\n");
                line = 0;
            }
            header.push(' ');
            line += 1;
        }
        header.push_str(name);
        line += name.len();
    }
    header.push_str("\r\n");
    let mut out = header.into_bytes();
    out.extend_from_slice(bytes);
    out
}

/// How a saved account signs in to its IMAP server (see [`crate::credentials::imap_credentials`]).
pub type SignIn = dyn Fn(Account, bool) -> futures::future::BoxFuture<'static, Result<ImapCredentials, Problem>>
    + Send
    + Sync;

/// Saves the due copies: one IMAP connection per account, the folder found once. `force` tries
/// every unsaved copy now (`outpost outbox flush`). Never waits for another copier.
pub async fn save_copies(
    outbox: &Outbox,
    accounts: &[Account],
    clock: &dyn Clock,
    force: bool,
) -> Result<CopyReport, StorageError> {
    save_copies_with(outbox, accounts, clock, force, &|account, fresh| {
        Box::pin(async move { crate::credentials::imap_credentials(&account, fresh).await })
    })
    .await
}

pub async fn save_copies_with(
    outbox: &Outbox,
    accounts: &[Account],
    clock: &dyn Clock,
    force: bool,
    sign_in: &SignIn,
) -> Result<CopyReport, StorageError> {
    let mut report = CopyReport::default();
    let lock = {
        let path = outbox.root().join("copies.lock");
        tokio::task::spawn_blocking(move || FileLock::try_exclusive(&path))
            .await
            .map_err(|e| StorageError(std::io::Error::other(e.to_string())))??
    };
    let Some(_lock) = lock else {
        report.busy = true;
        return Ok(report);
    };
    let now = unix(clock.now());
    let due: Vec<(String, CopyState)> = outbox
        .unsaved_copies()
        .into_iter()
        .filter(|(_, s)| force || s.next_attempt <= now)
        .collect();
    let mut names: Vec<String> = due.iter().map(|(_, s)| s.account.clone()).collect();
    names.dedup();
    names.sort();
    names.dedup();
    for name in names {
        let group: Vec<(String, CopyState)> = due
            .iter()
            .filter(|(_, s)| s.account == name)
            .cloned()
            .collect();
        let account = accounts.iter().find(|a| a.name == name);
        let Some((account, settings)) = account.and_then(|a| destination(a).map(|s| (a, s))) else {
            // The account is gone or no longer keeps copies: these will not be saved.
            for (id, mut state) in group {
                state.status = CopyStatus::Off;
                outbox.set_copy_state(&id, &state)?;
            }
            continue;
        };
        copy_group(
            outbox,
            account,
            settings,
            group,
            clock,
            sign_in,
            &mut report,
        )
        .await?;
    }
    Ok(report)
}

async fn copy_group(
    outbox: &Outbox,
    account: &Account,
    settings: &ImapSettings,
    group: Vec<(String, CopyState)>,
    clock: &dyn Clock,
    sign_in: &SignIn,
    report: &mut CopyReport,
) -> Result<(), StorageError> {
    let target = Target {
        settings: settings.clone(),
        ca_file: account.server.ca_file.clone(),
        timeout: account.server.timeout(),
    };
    let at = |p: Problem| p.at(&settings.host, settings.port);
    let session = match sign_in(account.clone(), false).await {
        Err(p) => Err(p),
        Ok(credentials) => match imap::open(&target, &credentials).await {
            // A refused access token is fetched afresh once (it may have just expired).
            Err(p) if credentials.oauth2 && p.step == Step::ImapAuth => {
                match sign_in(account.clone(), true).await {
                    Ok(fresh) => imap::open(&target, &fresh).await,
                    Err(e) => Err(e),
                }
            }
            other => other,
        },
    };
    let mut session = match session {
        Ok(s) => s,
        Err(p) => {
            let p = if p.host.is_empty() { at(p) } else { p };
            for (id, state) in group {
                not_saved(outbox, &id, state, &p, clock, report)?;
            }
            return Ok(());
        }
    };
    let folder = match session.sent_folder().await {
        Ok(f) => f,
        Err(p) => {
            for (id, state) in group {
                not_saved(outbox, &id, state, &p, clock, report)?;
            }
            session.logout().await;
            return Ok(());
        }
    };
    let shown = imap::utf7::decode(&folder).unwrap_or_else(|| folder.clone());
    let kept = outbox.kept();
    let mut broken = false;
    for (id, mut state) in group {
        if broken {
            report.pending.push((
                id,
                at(Problem::new(ProblemKind::ConnectionLost, Step::ImapFolder)),
            ));
            continue;
        }
        let Some(bytes) = kept.bytes(&id) else {
            // The kept message is gone (pruned, deleted): nothing left to copy.
            state.status = CopyStatus::Off;
            outbox.set_copy_state(&id, &state)?;
            continue;
        };
        if state.in_doubt {
            match session.has_message_id(&folder, &state.message_id).await {
                Ok(true) => {
                    saved(outbox, &id, state, &shown, clock, report)?;
                    continue;
                }
                Ok(false) => {}
                Err(p) => {
                    broken = p.kind == ProblemKind::ConnectionLost;
                    not_saved(outbox, &id, state, &p, clock, report)?;
                    continue;
                }
            }
        }
        state.in_doubt = true;
        state.attempts += 1;
        outbox.set_copy_state(&id, &state)?;
        let message = with_bcc(&bytes, &kept.bcc(&id));
        match session.append(&folder, &message).await {
            Ok(()) => saved(outbox, &id, state, &shown, clock, report)?,
            Err(p) => {
                // A refusal is an answer: the copy is not there. Anything else stays in doubt.
                state.in_doubt = p.kind == ProblemKind::ConnectionLost;
                broken = state.in_doubt;
                not_saved(outbox, &id, state, &p, clock, report)?;
            }
        }
    }
    session.logout().await;
    Ok(())
}

fn saved(
    outbox: &Outbox,
    id: &str,
    mut state: CopyState,
    folder: &str,
    clock: &dyn Clock,
    report: &mut CopyReport,
) -> Result<(), StorageError> {
    state.status = CopyStatus::Saved;
    state.in_doubt = false;
    state.problem = None;
    state.folder = Some(folder.to_owned());
    state.saved_at = Some(unix(clock.now()));
    outbox.set_copy_state(id, &state)?;
    report.saved.push(id.to_owned());
    Ok(())
}

fn not_saved(
    outbox: &Outbox,
    id: &str,
    mut state: CopyState,
    problem: &Problem,
    clock: &dyn Clock,
    report: &mut CopyReport,
) -> Result<(), StorageError> {
    let now = unix(clock.now());
    state.problem = Some(LastProblem::from(problem));
    if needs_the_user(problem) {
        state.status = CopyStatus::Failed;
        state.next_attempt = now + FAILED_WAIT;
        report.failed.push((id.to_owned(), problem.clone()));
    } else {
        state.status = CopyStatus::Pending;
        let wait = PENDING_WAITS[(state.attempts.max(1) as usize - 1).min(PENDING_WAITS.len() - 1)];
        state.next_attempt = now + wait;
        report.pending.push((id.to_owned(), problem.clone()));
    }
    outbox.set_copy_state(id, &state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(status: CopyStatus) -> CopyState {
        CopyState {
            status,
            ..CopyState::pending("box", "<m@x>")
        }
    }

    /// A round of copies reads the list of unsaved copies, not the whole history: saved ones leave
    /// it, pruned ones are dropped from it, and one whose state cannot be read now stays on it.
    #[test]
    fn only_unsaved_copies_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(dir.path()).unwrap();
        let id = |n: u64| format!("{:020}-0000000{n}", 1_764_000_000_000_000_000u64 + n);
        for n in 1..=4 {
            outbox
                .set_copy_state(&id(n), &state(CopyStatus::Pending))
                .unwrap();
        }
        outbox
            .set_copy_state(&id(5), &state(CopyStatus::Saved))
            .unwrap();
        let listed = |o: &Outbox| -> Vec<String> {
            let mut l: Vec<String> = std::fs::read_dir(o.unsaved_dir())
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect();
            l.sort();
            l
        };
        assert_eq!(listed(&outbox), [id(1), id(2), id(3), id(4)]);

        outbox
            .set_copy_state(&id(1), &state(CopyStatus::Saved))
            .unwrap();
        outbox
            .set_copy_state(&id(2), &state(CopyStatus::Failed))
            .unwrap();
        outbox.kept().forget(&[id(3)]).unwrap();
        std::fs::write(outbox.copy_path(&id(4)), b"{ half a state").unwrap();
        let unsaved: Vec<String> = outbox
            .unsaved_copies()
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        assert_eq!(unsaved, [id(2)]);
        assert_eq!(
            listed(&outbox),
            [id(2), id(4)],
            "the unreadable one stays listed"
        );

        outbox
            .set_copy_state(&id(4), &state(CopyStatus::Pending))
            .unwrap();
        let unsaved: Vec<String> = outbox
            .unsaved_copies()
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        assert_eq!(unsaved, [id(2), id(4)]);
    }

    #[test]
    fn the_bcc_header_goes_first_and_folds() {
        let bytes = b"From: a@x.org\r\nTo: b@y.org\r\n\r\nHi\r\n";
        assert_eq!(with_bcc(bytes, &[]), bytes);
        let out = with_bcc(bytes, &["c@z.org".into(), "d@z.org".into()]);
        assert!(out.starts_with(b"Bcc: c@z.org, d@z.org\r\nFrom: a@x.org"));
        let many: Vec<String> = (0..10).map(|i| format!("someone{i}@example.org")).collect();
        let out = String::from_utf8(with_bcc(bytes, &many)).unwrap();
        let header_end = out.find("From:").unwrap();
        for line in out[..header_end].split("\r\n") {
            assert!(line.len() <= 78, "{line}");
        }
        assert!(out[..header_end].contains("\r\n someone"));
    }

    #[test]
    fn auto_is_off_where_the_provider_files_sent_mail_itself() {
        let imap = ImapSettings {
            host: "imap.example.org".into(),
            ..ImapSettings::default()
        };
        let mut account = Account {
            imap: Some(imap),
            ..Account::default()
        };
        assert!(destination(&account).is_some());
        account.provider = Some("gmail".into());
        assert!(destination(&account).is_none());
        account.save_sent = SaveSent::Imap;
        assert!(destination(&account).is_some());
        account.save_sent = SaveSent::Off;
        assert!(destination(&account).is_none());
        account.save_sent = SaveSent::Auto;
        account.provider = None;
        account.imap = None;
        assert!(destination(&account).is_none());
    }
}
