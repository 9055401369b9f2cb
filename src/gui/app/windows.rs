//! The windows themselves: the main window opening, windows closing, the keys that concern a whole
//! window (Escape).

use iced::widget::operation;
use iced::{Task, window};

use crate::gui::{accounts, compose, delivery, wizard};

use super::*;

impl App {
    pub(super) fn main_opened(&mut self, id: window::Id) -> Task<Message> {
        self.main = Some(id);
        // A restart resumes the queue.
        Task::batch([
            operation::focus("display-name"),
            self.request_flush(vec![], false),
        ])
    }

    /// The flush's progress, for the windows waiting on it.
    pub(super) fn frame(&mut self) {
        let confirming = self.confirming.load(std::sync::atomic::Ordering::Relaxed);
        for c in self.composes.values_mut() {
            c.confirming = confirming && c.status == compose::Status::Sending;
        }
    }

    pub(super) fn close_requested(&mut self, id: window::Id) -> Task<Message> {
        if let Some(c) = self.composes.get_mut(&id)
            && c.has_unsent_text()
        {
            c.ask_before_closing();
            return Task::none();
        }
        window::close(id)
    }

    pub(super) fn closed(&mut self, id: window::Id) -> Task<Message> {
        self.composes.remove(&id);
        self.sync_holds();
        if Some(id) == self.main {
            self.main = None;
        }
        if self.main.is_none() && self.composes.is_empty() {
            return iced::exit();
        }
        Task::none()
    }

    /// "Keep as draft" saved it: the window closes; not saved, it stays open with everything in it.
    pub(super) fn draft_kept(
        &mut self,
        window: window::Id,
        result: Result<(), String>,
    ) -> Task<Message> {
        match result {
            Ok(()) => Task::batch([window::close(window), self.load_outbox()]),
            Err(e) => {
                self.notices.push(e);
                Task::none()
            }
        }
    }

    pub(super) fn escape(&mut self, id: window::Id) -> Task<Message> {
        if self.composes.contains_key(&id) {
            return self.on_compose_message(id, compose::Message::Escape);
        }
        match &mut self.screen {
            Screen::Accounts(_) => self.on_accounts_message(accounts::Message::CancelRemove),
            Screen::Settings(_) | Screen::Outbox(_) | Screen::Identity(_) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                Task::none()
            }
            Screen::Delivery(..) => self.on_delivery_message(delivery::Message::Done),
            // Escape is Back on the merge's pages (the first one closes it).
            Screen::Merge(_) => self.on_merge_message(crate::gui::merge::Message::Back),
            // Escape is Back in the wizard (nothing typed is lost going back).
            Screen::Wizard(_) => self.on_wizard_message(wizard::Message::Back),
        }
    }
}
