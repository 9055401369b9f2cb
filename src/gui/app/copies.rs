//! Copies of sent messages in the mailbox's Sent folder: one round at a time, run by the App off
//! the UI thread after a flush that sent something and at each tick (for copies waiting to be
//! tried again), never holding a flush up.

use iced::Task;

use crate::outbox::{CopyReport, SystemClock};

use super::*;

impl App {
    /// Starts a round of copies; one asked while another runs follows it.
    pub(super) fn save_copies(&mut self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        if self.copying {
            self.copy_again = true;
            return Task::none();
        }
        let accounts = self.store.config.accounts.clone();
        if !accounts
            .iter()
            .any(|a| crate::outbox::copies::destination(a).is_some())
            && self.sent_copies.is_empty()
        {
            return Task::none();
        }
        self.copying = true;
        Task::perform(
            async move {
                crate::outbox::save_copies(&outbox, &accounts, &SystemClock, false)
                    .await
                    .map_err(|e| e.message())
            },
            Message::CopiesSaved,
        )
    }

    /// "Try again" on a copy that could not be saved: every unsaved copy of its account is due.
    pub(super) fn retry_copies(&mut self, account: String) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        Task::perform(
            off_ui_thread(move || outbox.retry_copies(Some(&account)).map_err(|e| e.message())),
            |_| Message::CopiesDue,
        )
    }

    pub(super) fn copies_saved(&mut self, result: Result<CopyReport, String>) -> Task<Message> {
        self.copying = false;
        let mut tasks = Vec::new();
        match result {
            Ok(report)
                if report.saved.is_empty()
                    && report.pending.is_empty()
                    && report.failed.is_empty() => {}
            Ok(_) => tasks.push(self.load_outbox()),
            Err(e) => {
                if !self.notices.contains(&e) {
                    self.notices.push(e);
                }
            }
        }
        if std::mem::take(&mut self.copy_again) {
            tasks.push(self.save_copies());
        }
        Task::batch(tasks)
    }
}
