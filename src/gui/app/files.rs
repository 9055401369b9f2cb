//! What the app shows is what is on disk: the outbox, the sent log and the address book, read off
//! the UI thread and read again when their files change.

use iced::Task;

use crate::config::Stamp;
use crate::fl;
use crate::gui::compose;
use crate::mail::addresses::{AddressBook, Forgotten};
use crate::outbox::Damaged;

use super::*;

impl App {
    /// Re-reads the outbox and the latest sent records off the UI thread.
    pub fn load_outbox(&mut self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        if self.loading_outbox {
            self.reload_outbox = true;
            return Task::none();
        }
        self.loading_outbox = true;
        let days = self.store.config.preferences.sent_log_days.into();
        let drafts = self.drafts.clone();
        Task::perform(
            off_ui_thread(move || {
                // The stamps first: a change while reading is seen at the next look.
                let stamps = outbox_stamps(&outbox);
                // Cheap when nothing is old enough to go (one line is read).
                outbox
                    .prune_sent_log(days, std::time::SystemTime::now())
                    .map_err(|e| e.message())?;
                let (waiting, damaged) = outbox.list().map_err(|e| e.message())?;
                let sent = outbox.sent_log().recent(SENT_SHOWN);
                let copies = sent
                    .iter()
                    .filter_map(|r| Some((r.id.clone(), outbox.copy_state(&r.id)?)))
                    .collect();
                let drafts = drafts.map(|d| d.list()).unwrap_or_default();
                Ok(OutboxSnapshot {
                    stamps,
                    waiting,
                    damaged,
                    sent,
                    drafts,
                    copies,
                })
            }),
            Message::OutboxLoaded,
        )
    }

    pub(super) fn outbox_loaded(
        &mut self,
        result: Result<OutboxSnapshot, String>,
    ) -> Task<Message> {
        self.loading_outbox = false;
        match result {
            Ok(snapshot) => {
                self.outbox_stamp = snapshot.stamps;
                self.waiting = snapshot.waiting;
                self.sent = snapshot.sent;
                self.sent_copies = snapshot.copies;
                self.saved_drafts = snapshot.drafts;
                self.damaged_notices(&snapshot.damaged);
            }
            Err(e) => self.notices.push(e),
        }
        // A window whose kept message went out meanwhile (the automatic retry, or a flush from the
        // command line) hears it.
        for c in self.composes.values_mut() {
            let Some(id) = c.replaces.as_deref() else {
                continue;
            };
            if matches!(c.status, compose::Status::Failed(_))
                && let Some(record) = self.sent.iter().find(|r| r.id == id)
            {
                let _ = c.update(compose::Message::Delivered(record.message_id.clone()));
            }
        }
        let merge = self.merge_outbox_changed();
        if std::mem::take(&mut self.reload_outbox) {
            return Task::batch([merge, self.load_outbox()]);
        }
        merge
    }

    /// Builds the address suggestions from the whole sent log, off the UI thread.
    pub fn load_addresses(&self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        let data = self.store.paths.data_dir.clone();
        Task::perform(
            async move {
                off_ui_thread(move || {
                    let mut book = AddressBook::new(Forgotten::new(&data).load());
                    book.add_sent(
                        outbox
                            .sent_log()
                            .list()
                            .iter()
                            .map(|r| (r.recipients.as_slice(), r.sent_at)),
                    );
                    Ok(std::sync::Arc::new(book))
                })
                .await
                .unwrap_or_default()
            },
            Message::AddressesLoaded,
        )
    }

    pub(super) fn share_book(&mut self) {
        for c in self.composes.values_mut() {
            c.book = self.book.clone();
        }
    }

    pub(super) fn forget_address(&mut self, address: &str) -> Task<Message> {
        std::sync::Arc::make_mut(&mut self.book).forget(address);
        self.share_book();
        let forgotten = self.book.forgotten().clone();
        let data = self.store.paths.data_dir.clone();
        Task::perform(
            off_ui_thread(move || {
                Forgotten::new(&data)
                    .save(&forgotten)
                    .map_err(|e| e.message())
            }),
            Message::ForgottenSaved,
        )
    }

    pub(super) fn damaged_notices(&mut self, damaged: &[Damaged]) {
        for d in damaged {
            self.notices.push(fl!(
                "outbox-damaged",
                path = d.moved_to.display().to_string()
            ));
        }
    }

    /// Another process (the command line, a second Outpost) may have changed the configuration or
    /// the outbox: what the window shows follows what is on disk.
    /// Looks at the files' stamps (size and time) off the UI thread.
    pub(super) fn check_files(&mut self) -> Task<Message> {
        let config = self.store.paths.config_file();
        let outbox = self.outbox.clone();
        Task::perform(
            off_ui_thread(move || {
                Ok(Stamps {
                    config: crate::config::stamp(&config),
                    outbox: outbox.as_ref().map(outbox_stamps).unwrap_or_default(),
                })
            }),
            |stamps| Message::FilesChecked(stamps.unwrap_or_default()),
        )
    }

    /// What changed on disk since the last look: read again what did.
    pub(super) fn files_checked(&mut self, stamps: Stamps) -> Task<Message> {
        let stamp = stamps.config;
        // A changed file is read once it has stopped changing (an editor or `>>` writing it in
        // place is done): the same size and time at two checks in a row.
        let mut tasks = Vec::new();
        if stamp != self.config_stamp && stamp == self.config_pending {
            self.config_stamp = stamp;
            // Read off the UI thread, in turn with the window's own changes.
            tasks.push(self.reload_config());
        }
        self.config_pending = stamp;
        tasks.push(self.save_due_drafts(DRAFT_DELAY));
        // A load under way takes its own stamps; the next look compares with those.
        if !self.loading_outbox && stamps.outbox != self.outbox_stamp {
            tasks.push(self.load_outbox());
        }
        Task::batch(tasks)
    }

    pub(super) fn accounts_changed(&mut self) {
        self.config_stamp = crate::config::stamp(&self.store.paths.config_file());
        for c in self.composes.values_mut() {
            c.set_accounts(self.store.config.accounts.clone());
        }
    }
}

/// The stamps of the files the window shows, read together.
#[derive(Debug, Clone, Default)]
pub struct Stamps {
    config: Stamp,
    outbox: OutboxStamps,
}

/// What the outbox page shows comes from the queue folder, the sent log and the kept messages'
/// folder (each copy in Sent's state is a file there, which another process may write): when one
/// of them changes, the page is read again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxStamps {
    queue: Stamp,
    sent_log: Stamp,
    sent: Stamp,
}

pub(super) fn outbox_stamps(outbox: &Outbox) -> OutboxStamps {
    OutboxStamps {
        queue: crate::config::stamp(&outbox.root().join("queue")),
        sent_log: crate::config::stamp(&outbox.root().join("sent.jsonl")),
        sent: crate::config::stamp(&outbox.root().join("sent")),
    }
}

/// The file dialog of "Attach files…", for the compose window and the merge's write page: the
/// chosen paths (none when it was closed).
pub(super) async fn attachments_dialog() -> Vec<std::path::PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title(fl!("gui-attach-title"))
        .pick_files()
        .await
        .map(|files| files.into_iter().map(|f| f.path().to_path_buf()).collect())
        .unwrap_or_default()
}

/// The sizes of files to attach, read off the UI thread (`None`: missing, or not a file).
pub(super) async fn file_sizes(
    paths: Vec<std::path::PathBuf>,
) -> Vec<(std::path::PathBuf, Option<u64>)> {
    crate::ops::blocking(move || {
        paths
            .into_iter()
            .map(|path| {
                let size = std::fs::metadata(&path)
                    .ok()
                    .filter(|m| m.is_file())
                    .map(|m| m.len());
                (path, size)
            })
            .collect()
    })
    .await
}
