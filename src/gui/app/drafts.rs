//! Drafts: kept while a compose window is open, saved after a quiet moment, listed on their page.

use iced::{Task, window};

use crate::gui::{compose, drafts as drafts_list};

use super::*;

impl App {
    /// Saves the text of every compose window changed and then left alone for `quiet`, off the UI
    /// thread.
    pub fn save_due_drafts(&mut self, quiet: std::time::Duration) -> Task<Message> {
        let Some(drafts) = self.drafts.clone() else {
            return Task::none();
        };
        let mut due = Vec::new();
        for c in self.composes.values_mut() {
            if c.draft_due(quiet) {
                due.push(c.take_draft());
            }
        }
        if due.is_empty() {
            return Task::none();
        }
        Task::perform(
            off_ui_thread(move || {
                for d in &due {
                    drafts
                        .save(d, std::time::SystemTime::now())
                        .map_err(|e| e.message())?;
                }
                Ok(())
            }),
            Message::DraftSaved,
        )
    }

    /// Saves one window's text now (closing with "Keep as draft").
    pub(super) fn keep_draft(&mut self, window: window::Id) -> Task<Message> {
        let (Some(drafts), Some(c)) = (self.drafts.clone(), self.composes.get_mut(&window)) else {
            return window::close(window);
        };
        let draft = c.take_draft();
        Task::perform(
            off_ui_thread(move || {
                drafts
                    .save(&draft, std::time::SystemTime::now())
                    .map_err(|e| e.message())
            }),
            move |r| Message::DraftKept(window, r),
        )
    }

    /// Removes a draft that has done its job (sent, or discarded), off the UI thread.
    pub(super) fn forget_draft(&mut self, id: Option<String>) -> Task<Message> {
        let (Some(drafts), Some(id)) = (self.drafts.clone(), id) else {
            return Task::none();
        };
        Task::perform(
            off_ui_thread(move || drafts.remove(&id).map_err(|e| e.message())),
            Message::DraftSaved,
        )
    }

    /// A draft read for its page's "Open": a compose window with it.
    pub(super) fn draft_loaded(
        &mut self,
        id: String,
        draft: Option<Box<SavedDraft>>,
    ) -> Task<Message> {
        if self
            .composes
            .values()
            .any(|c| c.draft_id.as_deref() == Some(id.as_str()))
        {
            return Task::none();
        }
        let Some(d) = draft else {
            return self.load_outbox();
        };
        let prefill = compose::Prefill {
            draft_id: Some(id),
            ..compose::Prefill::from(*d)
        };
        let (_, open) = window::open(compose_window_settings());
        open.map(move |wid| Message::ComposeReady(wid, prefill.clone()))
    }

    pub(super) fn on_drafts_message(&mut self, m: drafts_list::Message) -> Task<Message> {
        match m {
            drafts_list::Message::Open(id) => {
                let Some(drafts) = self.drafts.clone() else {
                    return Task::none();
                };
                Task::perform(
                    async move {
                        let read = id.clone();
                        let draft = off_ui_thread(move || Ok(drafts.get(&read))).await;
                        (id, draft.ok().flatten())
                    },
                    |(id, draft)| Message::DraftLoaded(id, draft.map(Box::new)),
                )
            }
            drafts_list::Message::Delete(id) => self.forget_draft(Some(id)),
        }
    }
}
