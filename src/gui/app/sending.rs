//! Sending: the one flush of the outbox (the App owns it, never a window), the compose windows
//! that hand messages over, and the answers to an unconfirmed message.

use iced::{Task, window};

use crate::fl;
use crate::gui::compose;
use crate::outbox::{FlushOptions, FlushReport, State, SystemClock};

use super::*;

impl App {
    /// Asks for a flush. The App runs one at a time; what is asked meanwhile runs after it.
    pub fn request_flush(&mut self, only: Vec<String>, force: bool) -> Task<Message> {
        if self.outbox.is_none() {
            return Task::none();
        }
        let request = FlushRequest { only, force };
        if self.flushing {
            if !self.queued_flushes.contains(&request) {
                self.queued_flushes.push_back(request);
            }
            return Task::none();
        }
        self.start_flush(request)
    }

    pub(super) fn start_flush(&mut self, request: FlushRequest) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        self.flushing = true;
        let accounts = self.store.config.accounts.clone();
        let only = request.only.clone();
        let options = FlushOptions {
            force: request.force,
            only: request.only,
            confirming: Some(self.confirming.clone()),
            ..FlushOptions::default()
        };
        Task::perform(
            async move {
                crate::outbox::flush(&outbox, &accounts, &SystemClock, &options)
                    .await
                    .map_err(|e| e.message())
            },
            move |r| Message::Flushed(only.clone(), r),
        )
    }

    /// A flush ended: windows waiting on one of its messages hear how it went, a window whose kept
    /// message the automatic retry delivered hears that, and the next asked-for flush starts.
    pub(super) fn flushed(
        &mut self,
        only: Vec<String>,
        result: Result<FlushReport, String>,
    ) -> Task<Message> {
        self.flushing = false;
        let mut tasks = Vec::new();
        match &result {
            Ok(report) => {
                self.damaged_notices(&report.damaged);
                if let Some(why) = &report.stopped {
                    // Said once, not again at every minute's flush while it lasts.
                    let notice = fl!("gui-flush-stopped", reason = why.as_str());
                    if !self.notices.contains(&notice) {
                        self.notices.push(notice);
                    }
                }
                if !report.sent.is_empty() {
                    std::sync::Arc::make_mut(&mut self.book).add_sent(
                        report
                            .sent
                            .iter()
                            .map(|r| (r.recipients.as_slice(), r.sent_at)),
                    );
                    self.share_book();
                }
                for s in &report.sent {
                    let from_a_window = self
                        .composes
                        .values()
                        .any(|c| c.replaces.as_deref() == Some(s.id.as_str()));
                    if !from_a_window {
                        self.notices
                            .push(fl!("gui-queued-sent", subject = s.subject.as_str()));
                    }
                }
            }
            Err(e) => self.notices.push(e.clone()),
        }
        let ids: Vec<(window::Id, String)> = self
            .composes
            .iter()
            .filter_map(|(w, c)| c.replaces.clone().map(|id| (*w, id)))
            .collect();
        for (window, id) in ids {
            let Some(c) = self.composes.get_mut(&window) else {
                continue;
            };
            let sending = c.status == compose::Status::Sending;
            let outcome = match &result {
                Ok(report) => {
                    if let Some(record) = report.sent_record(&id) {
                        Some(if sending {
                            compose::Message::Sent(Ok(record.message_id.clone()))
                        } else {
                            compose::Message::Delivered(record.message_id.clone())
                        })
                    } else if !sending {
                        None
                    } else if let Some((m, p)) = report.failed.iter().find(|(m, _)| m.id == id) {
                        Some(compose::Message::Sent(Err(compose::SendFailure {
                            message: p.message(),
                            fix: p.fix(),
                            temporary: m.state == State::Queued,
                            outbox_id: Some(id.clone()),
                            unconfirmed: m.state == State::Unconfirmed,
                        })))
                    } else if let Some((m, why)) = report.blocked.iter().find(|(m, _)| m.id == id) {
                        Some(compose::Message::Sent(Err(compose::SendFailure {
                            message: why.clone(),
                            fix: m.blocked.as_ref().and_then(|b| b.fix()).unwrap_or_default(),
                            temporary: false,
                            outbox_id: Some(id.clone()),
                            unconfirmed: false,
                        })))
                    } else if only.contains(&id) {
                        Some(kept(&id))
                    } else {
                        None
                    }
                }
                Err(_) if sending && only.contains(&id) => Some(kept(&id)),
                Err(_) => None,
            };
            if let Some(m) = outcome {
                let (task, event) = c.update(m);
                tasks.push(task.map(move |m| Message::Compose(window, m)));
                if let Some(compose::Event::Close) = event {
                    tasks.push(window::close(window));
                }
            }
        }
        self.sync_holds();
        tasks.push(self.load_outbox());
        if let Some(next) = self.queued_flushes.pop_front() {
            tasks.push(self.start_flush(next));
        }
        Task::batch(tasks)
    }

    /// A window that changes a message kept in the outbox holds it, so the automatic retry does not
    /// send the old version meanwhile; closing the window (or sending) lets go of it.
    pub(super) fn sync_holds(&mut self) {
        let outbox = self.outbox.clone();
        self.holds.retain(|w, _| self.composes.contains_key(w));
        for (window, c) in &self.composes {
            let wanted = match (&c.replaces, &c.status) {
                (Some(id), compose::Status::Editing) => Some(id),
                _ => None,
            };
            match (self.holds.get(window), wanted) {
                (Some(claim), Some(id)) if &claim.id == id => {}
                (_, Some(id)) => {
                    // Only a message still in the queue: one sent meanwhile is not held (nor
                    // written back under its id).
                    let claim = outbox
                        .as_ref()
                        .and_then(|o| o.claim_queued(id).ok().flatten());
                    match claim {
                        Some(claim) => {
                            self.holds.insert(*window, claim);
                        }
                        None => {
                            self.holds.remove(window);
                        }
                    }
                }
                (Some(_), None) => {
                    self.holds.remove(window);
                }
                (None, None) => {}
            }
        }
        self.editing = self.holds.values().map(|c| c.id.clone()).collect();
    }

    /// Whether this process holds `id` for a window that edits it.
    pub fn holds(&self, id: &str) -> bool {
        self.editing.iter().any(|e| e == id)
    }

    pub(super) fn enqueued(
        &mut self,
        window: window::Id,
        delivery: Delivery,
        result: Result<String, compose::SendFailure>,
    ) -> Task<Message> {
        let id = match result {
            Ok(id) => id,
            Err(failure) => {
                return match self.composes.get_mut(&window) {
                    Some(c) => c
                        .update(compose::Message::Sent(Err(failure)))
                        .0
                        .map(move |m| Message::Compose(window, m)),
                    None => Task::none(),
                };
            }
        };
        // The message (and what was written) now lives in the outbox: the draft has done its job.
        let draft = self
            .composes
            .get_mut(&window)
            .and_then(|c| c.draft_id.take());
        self.forget_draft(draft);
        let compose_message = match delivery {
            Delivery::Now => compose::Message::Queued(id.clone()),
            Delivery::AfterUndo(_) => compose::Message::Pending(id.clone()),
            Delivery::At(at) => compose::Message::Scheduled(at),
        };
        let mut tasks = vec![self.load_outbox()];
        if let Some(c) = self.composes.get_mut(&window) {
            let (task, event) = c.update(compose_message);
            tasks.push(task.map(move |m| Message::Compose(window, m)));
            if let Some(compose::Event::Close) = event {
                tasks.push(window::close(window));
            }
        }
        match delivery {
            Delivery::Now => tasks.push(self.request_flush(vec![id], true)),
            Delivery::AfterUndo(secs) => tasks.push(Task::perform(
                tokio::time::sleep(std::time::Duration::from_secs(secs.into())),
                move |()| Message::UndoOver(window, id.clone()),
            )),
            Delivery::At(_) => {}
        }
        Task::batch(tasks)
    }

    /// "Undo": the message waiting its few seconds leaves the outbox; the window keeps the text.
    pub(super) fn undo(&mut self, window: window::Id, id: String) -> Task<Message> {
        let Some(outbox) = &self.outbox else {
            return Task::none();
        };
        match outbox.remove(&id) {
            Ok(true) => {
                if let Some(c) = self.composes.get_mut(&window) {
                    let _ = c.update(compose::Message::Undone);
                }
            }
            Ok(false) => self.notices.push(fl!("gui-undo-too-late")),
            Err(e) => self.notices.push(e.message()),
        }
        self.sync_holds();
        self.load_outbox()
    }

    /// After signing in: the account's messages held for a sign-in problem go out now.
    pub(super) fn retry_signed_out(&mut self, account: &crate::account::Account) -> Task<Message> {
        let Some(outbox) = &self.outbox else {
            return Task::none();
        };
        let now = std::time::SystemTime::now();
        match crate::outbox::requeue::requeue_after_sign_in(outbox, account, now) {
            Ok(ids) if !ids.is_empty() => self.request_flush(ids, true),
            Ok(_) => Task::none(),
            Err(e) => {
                self.notices.push(e.message());
                Task::none()
            }
        }
    }

    /// "It arrived": records the unconfirmed message as sent, off the UI thread.
    pub(super) fn mark_sent(&mut self, id: String, window: Option<window::Id>) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        Task::perform(
            off_ui_thread(move || {
                outbox
                    .mark_sent(&id, std::time::SystemTime::now())
                    .map(|r| r.map(|r| r.message_id))
                    .map_err(|e| e.message())
            }),
            move |r| Message::MarkedSent(window, r),
        )
    }

    pub(super) fn retry_now(&mut self, id: String) -> Task<Message> {
        if let Some(outbox) = &self.outbox
            && let Err(e) = outbox.retry_now(&id, std::time::SystemTime::now())
        {
            self.notices.push(e.message());
        }
        self.request_flush(vec![id], true)
    }

    pub(super) fn on_compose_message(
        &mut self,
        id: window::Id,
        m: compose::Message,
    ) -> Task<Message> {
        let Some(c) = self.composes.get_mut(&id) else {
            return Task::none();
        };
        let (task, event) = c.update(m);
        let task = task.map(move |m| Message::Compose(id, m));
        let follow = match event {
            Some(compose::Event::Close) => window::close(id),
            Some(compose::Event::Discard) => {
                let draft = self.composes.get_mut(&id).and_then(|c| c.draft_id.take());
                self.forget_draft(draft);
                Task::batch([window::close(id), self.load_outbox()])
            }
            Some(compose::Event::KeepDraft) => self.keep_draft(id),
            Some(compose::Event::ForgetAddress(address)) => self.forget_address(&address),
            Some(compose::Event::Undo(outbox_id)) => self.undo(id, outbox_id),
            Some(compose::Event::Send(request)) => {
                // The entry this message replaces stays held until the new one is on disk.
                let held = self.holds.remove(&id);
                let undo = self.store.config.preferences.undo_send_secs.min(30);
                let delivery = match request.at {
                    Some(at) => Delivery::At(at),
                    None if undo > 0 => Delivery::AfterUndo(undo),
                    None => Delivery::Now,
                };
                let not_before = match delivery {
                    Delivery::Now => None,
                    Delivery::AfterUndo(secs) => {
                        Some(crate::outbox::unix(std::time::SystemTime::now()) + u64::from(secs))
                    }
                    Delivery::At(at) => Some(at),
                };
                match self.outbox.clone() {
                    Some(outbox) => Task::perform(
                        compose::enqueue(outbox, *request, held, not_before),
                        move |r| Message::Enqueued(id, delivery, r),
                    ),
                    None => Task::perform(
                        compose::send_direct(request.account, request.draft),
                        move |r| Message::Compose(id, compose::Message::Sent(r)),
                    ),
                }
            }
            Some(compose::Event::RetryNow(outbox_id)) => self.retry_now(outbox_id),
            Some(compose::Event::MarkSent(outbox_id)) => self.mark_sent(outbox_id, Some(id)),
            None => Task::none(),
        };
        self.sync_holds();
        Task::batch([task, follow])
    }

    pub fn open_compose(&mut self, account: Option<String>) -> Task<Message> {
        let (_, open) = window::open(compose_window_settings());
        open.map(move |id| Message::ComposeOpened(id, account.clone()))
    }
}
