//! Sending: the one flush of the outbox (the App owns it, never a window), what it tells the
//! compose windows whose messages it sent, and the answers to an unconfirmed message.

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
        match &result {
            Ok(report) => self.flush_report(report),
            Err(e) => self.notices.push(e.clone()),
        }
        let mut tasks = Vec::new();
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
            if let Some(m) = outcome(&result, &id, sending, &only) {
                let (task, event) = c.update(m);
                tasks.push(task.map(move |m| Message::Compose(window, m)));
                if let Some(compose::Event::Close) = event {
                    tasks.push(window::close(window));
                }
            }
        }
        self.sync_holds();
        tasks.push(self.merge_flushed(&only, &result));
        // What went out gets its copy in Sent now, without holding the next flush up.
        if result.as_ref().is_ok_and(|r| !r.sent.is_empty()) {
            tasks.push(self.save_copies());
        }
        tasks.push(self.load_outbox());
        if let Some(next) = self.queued_flushes.pop_front() {
            tasks.push(self.start_flush(next));
        }
        Task::batch(tasks)
    }

    /// What a finished flush says beyond the windows: damaged entries, why it stopped, the
    /// addresses it sent to, and the queued messages it sent.
    fn flush_report(&mut self, report: &FlushReport) {
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
            // A merge's messages (and its test) are on its page, not a notice each.
            if !from_a_window && !self.is_merge_message(&s.id) {
                self.notices
                    .push(fl!("gui-queued-sent", subject = s.subject.as_str()));
            }
        }
    }

    /// A window that changes a message kept in the outbox holds it, so the automatic retry does not
    /// send the old version meanwhile; closing the window (or sending) lets go of it. The claims
    /// themselves are asked for off the UI thread once the message is handled ([`App::update`]).
    pub(super) fn sync_holds(&mut self) {
        let wanted = self.wanted_holds();
        self.holds
            .retain(|window, claim| wanted.get(window) == Some(&claim.id));
        self.check_holds = true;
        self.editing = self.holds.values().map(|c| c.id.clone()).collect();
    }

    /// The entry each window wants held: the one it edits.
    fn wanted_holds(&self) -> BTreeMap<window::Id, String> {
        self.composes
            .iter()
            .filter_map(|(window, c)| match (&c.replaces, &c.status) {
                (Some(id), compose::Status::Editing) => Some((*window, id.clone())),
                _ => None,
            })
            .collect()
    }

    /// Asks for the claims that windows want and do not hold (nor wait for), off the UI thread.
    pub(super) fn claim_holds(&mut self) -> Task<Message> {
        if !std::mem::take(&mut self.check_holds) {
            return Task::none();
        }
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        let mut tasks = Vec::new();
        for (window, id) in self.wanted_holds() {
            if self.holds.contains_key(&window) || self.claiming.get(&window) == Some(&id) {
                continue;
            }
            self.claiming.insert(window, id.clone());
            let (outbox, wanted) = (outbox.clone(), id.clone());
            tasks.push(Task::perform(
                // Only a message still in the queue: one sent meanwhile is not held (nor written
                // back under its id).
                off_ui_thread(move || Ok(outbox.claim_queued(&wanted).ok().flatten())),
                move |claim| {
                    Message::Claimed(window, id.clone(), Handover::new(claim.ok().flatten()))
                },
            ));
        }
        Task::batch(tasks)
    }

    /// A claim came back: kept while its window still edits that entry, let go of otherwise. An
    /// entry someone else holds is asked for again at the window's next change, not at once.
    pub(super) fn claimed(
        &mut self,
        window: window::Id,
        id: String,
        claim: Handover,
    ) -> Task<Message> {
        if self.claiming.get(&window) == Some(&id) {
            self.claiming.remove(&window);
        }
        if let Some(claim) = claim.take()
            && self.wanted_holds().get(&window) == Some(&id)
            && !self.holds.contains_key(&window)
        {
            self.holds.insert(window, claim);
        }
        self.editing = self.holds.values().map(|c| c.id.clone()).collect();
        Task::none()
    }

    /// Whether this process holds `id` for a window that edits it.
    pub fn holds(&self, id: &str) -> bool {
        self.editing.iter().any(|e| e == id)
    }

    /// After signing in: the account's messages held for a sign-in problem go back in line (off
    /// the UI thread), then out.
    pub(super) fn retry_signed_out(&mut self, account: &crate::account::Account) -> Task<Message> {
        if self.outbox.is_none() {
            return Task::none();
        }
        let (data_dir, account) = (self.store.paths.data_dir.clone(), account.clone());
        Task::perform(
            async move {
                let signed_in = crate::ops::signin::requeue(&data_dir, &account).await;
                match signed_in.outbox_problem {
                    Some(e) => Err(e.message()),
                    None => Ok(signed_in.requeued),
                }
            },
            Message::Requeued,
        )
    }

    pub(super) fn requeued(&mut self, result: Result<Vec<String>, String>) -> Task<Message> {
        match result {
            Ok(ids) if !ids.is_empty() => self.request_flush(ids, true),
            Ok(_) => Task::none(),
            Err(e) => {
                self.notices.push(e);
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

    /// "Retry now": the message is put back in line off the UI thread, then flushed.
    pub(super) fn retry_now(&mut self, id: String) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        let wanted = id.clone();
        Task::perform(
            off_ui_thread(move || {
                outbox
                    .retry_now(&wanted, std::time::SystemTime::now())
                    .map(|_| ())
                    .map_err(|e| e.message())
            }),
            move |r| Message::RetryReady(id.clone(), r),
        )
    }

    pub(super) fn retry_ready(&mut self, id: String, result: Result<(), String>) -> Task<Message> {
        self.notices.extend(result.err());
        self.request_flush(vec![id], true)
    }

    /// "It arrived" was recorded (or not): the outbox is read again, and the window that asked
    /// hears it.
    pub(super) fn marked_sent(
        &mut self,
        window: Option<window::Id>,
        result: Result<Option<String>, String>,
    ) -> Task<Message> {
        let mut tasks = vec![self.load_outbox()];
        let outcome = match result {
            Ok(Some(message_id)) => Ok(message_id),
            Ok(None) => Err(fl!("gui-outbox-busy")),
            Err(e) => Err(e),
        };
        match (
            window.and_then(|w| self.composes.get_mut(&w).map(|c| (w, c))),
            outcome,
        ) {
            (Some((w, c)), Ok(message_id)) => {
                let (task, event) = c.update(compose::Message::Sent(Ok(message_id)));
                tasks.push(task.map(move |m| Message::Compose(w, m)));
                if matches!(event, Some(compose::Event::Close)) {
                    tasks.push(window::close(w));
                }
            }
            (_, Ok(_)) => {}
            (_, Err(e)) => self.notices.push(e),
        }
        Task::batch(tasks)
    }

    /// The seconds of "Undo" are over: the message goes out, even when its window was closed
    /// meanwhile; an undone message is gone.
    pub(super) fn undo_over(&mut self, window: window::Id, id: String) -> Task<Message> {
        if let Some(c) = self.composes.get_mut(&window)
            && c.status == compose::Status::Pending(id.clone())
        {
            c.status = compose::Status::Sending;
        }
        self.request_flush(vec![id], true)
    }
}

/// What the flush means for the window whose message (or kept entry) is `id`: sent, delivered
/// by the automatic retry, failed, blocked, or kept; `None`: nothing to tell it.
fn outcome(
    result: &Result<FlushReport, String>,
    id: &str,
    sending: bool,
    only: &[String],
) -> Option<compose::Message> {
    let asked = only.iter().any(|o| o == id);
    let report = match result {
        Ok(report) => report,
        Err(_) if sending && asked => return Some(kept(id)),
        Err(_) => return None,
    };
    if let Some(record) = report.sent_record(id) {
        return Some(if sending {
            compose::Message::Sent(Ok(record.message_id.clone()))
        } else {
            compose::Message::Delivered(record.message_id.clone())
        });
    }
    if !sending {
        return None;
    }
    if let Some((m, p)) = report.failed.iter().find(|(m, _)| m.id == id) {
        return Some(compose::Message::Sent(Err(compose::SendFailure {
            message: p.message(),
            fix: p.fix(),
            temporary: m.state == State::Queued,
            outbox_id: Some(id.to_owned()),
            unconfirmed: m.state == State::Unconfirmed,
        })));
    }
    if let Some((m, why)) = report.blocked.iter().find(|(m, _)| m.id == id) {
        return Some(compose::Message::Sent(Err(compose::SendFailure {
            message: why.clone(),
            fix: m.blocked.as_ref().and_then(|b| b.fix()).unwrap_or_default(),
            temporary: false,
            outbox_id: Some(id.to_owned()),
            unconfirmed: false,
        })));
    }
    asked.then(|| kept(id))
}

/// A claim handed from the task that took it to the App: a message is cloned freely, the claim is
/// taken once (the first to take it holds it; dropping the last copy lets go of it).
#[derive(Debug, Clone)]
pub struct Handover(std::sync::Arc<std::sync::Mutex<Option<Claim>>>);

impl Handover {
    pub fn new(claim: Option<Claim>) -> Handover {
        Handover(std::sync::Arc::new(std::sync::Mutex::new(claim)))
    }

    pub fn take(&self) -> Option<Claim> {
        self.0.lock().ok()?.take()
    }
}
