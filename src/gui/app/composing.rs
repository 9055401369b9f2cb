//! The compose windows' side of the App: it opens them, performs what they ask (a file dialog, the
//! sizes of files, the server's size limit, the checks before sending, the hand-over to the
//! outbox) off the UI thread, and feeds the answers back to the window as its messages.

use std::path::PathBuf;
use std::time::SystemTime;

use iced::{Task, Theme, window};

use crate::account::Account;
use crate::account::learned::Learned;
use crate::fl;
use crate::gui::compose::{self, SendFailure, SendRequest};
use crate::mail::Draft;
use crate::ops::submit::{Replace, Submission};
use crate::outbox::limits::Standing;
use crate::smtp::Sender;

use super::*;

impl App {
    /// A compose window is open (its id): empty and written from `account`, or filled in.
    pub(super) fn compose_ready(
        &mut self,
        id: window::Id,
        account: Option<String>,
        prefill: Option<compose::Prefill>,
    ) -> Task<Message> {
        let account = prefill.as_ref().map_or(account, |p| p.account.clone());
        let mut compose = compose::Compose::new(self.store.config.accounts.clone(), account);
        compose.book = self.book.clone();
        compose.theme = self.theme(id).unwrap_or(Theme::Light);
        if let Some(prefill) = prefill {
            compose.prefill(prefill);
        }
        let asks = compose.opening();
        self.composes.insert(id, compose);
        // "Edit" on a queued message: held while the window is open.
        self.sync_holds();
        let mut tasks: Vec<Task<Message>> = asks.into_iter().map(|e| self.perform(id, e)).collect();
        tasks.push(iced::widget::operation::focus("to"));
        Task::batch(tasks)
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
            Some(event) => self.perform(id, event),
            None => Task::none(),
        };
        self.sync_holds();
        Task::batch([task, follow])
    }

    /// Does what the compose window `id` asks.
    fn perform(&mut self, id: window::Id, event: compose::Event) -> Task<Message> {
        match event {
            compose::Event::Close => window::close(id),
            compose::Event::Discard => {
                let draft = self.composes.get_mut(&id).and_then(|c| c.draft_id.take());
                Task::batch([window::close(id), self.forget_draft(draft)])
            }
            compose::Event::KeepDraft => self.keep_draft(id),
            compose::Event::ForgetAddress(address) => self.forget_address(&address),
            compose::Event::Undo(outbox_id) => self.undo(id, outbox_id),
            compose::Event::Check(request) => self.check_message(id, *request),
            compose::Event::Send(request) => self.submit(id, *request),
            compose::Event::RetryNow(outbox_id) => self.retry_now(outbox_id),
            compose::Event::MarkSent(outbox_id) => self.mark_sent(outbox_id, Some(id)),
            compose::Event::PickFiles => pick_files(id),
            compose::Event::Measure(paths) => measure(id, paths),
            compose::Event::AccountChosen(name) => self.server_limit(id, name),
        }
    }

    /// Looks at the message's files and at the account's daily limit, off the UI thread.
    fn check_message(&self, id: window::Id, request: SendRequest) -> Task<Message> {
        let outbox = self.outbox.clone();
        Task::perform(
            crate::ops::blocking(move || {
                let standing = match &outbox {
                    Some(outbox) => {
                        crate::ops::submit::standing(outbox, &request.account, 1, SystemTime::now())
                    }
                    None => Standing::Fine,
                };
                compose::Checked {
                    errors: request.draft.check(),
                    request,
                    standing,
                }
            }),
            move |checked| Message::Compose(id, compose::Message::Checked(Box::new(checked))),
        )
    }

    /// The SIZE limit the last connection to the account's server learned, read off the UI
    /// thread (nothing learned yet: none is shown; the server is asked when sending).
    fn server_limit(&self, id: window::Id, name: String) -> Task<Message> {
        let Some(account) = self.store.config.accounts.iter().find(|a| a.name == name) else {
            return Task::none();
        };
        let (host, port) = (account.server.host.clone(), account.server.port);
        let learned = Learned::new(&self.store.paths.data_dir);
        Task::perform(
            crate::ops::blocking(move || {
                let limit = learned.max_size(&name, &host, port);
                (name, limit)
            }),
            move |(name, limit)| Message::Compose(id, compose::Message::ServerLimit(name, limit)),
        )
    }

    /// Hands the window's message over: to the outbox (after the seconds of "Undo", or at its
    /// time), or straight to the server when there is no outbox.
    fn submit(&mut self, id: window::Id, request: SendRequest) -> Task<Message> {
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
                Some(crate::outbox::unix(SystemTime::now()) + u64::from(secs))
            }
            Delivery::At(at) => Some(at),
        };
        match self.outbox.clone() {
            Some(outbox) => Task::perform(enqueue(outbox, request, held, not_before), move |r| {
                Message::Enqueued(id, delivery, r)
            }),
            None => Task::perform(send_direct(request.account, request.draft), move |r| {
                Message::Compose(id, compose::Message::Sent(r))
            }),
        }
    }

    pub(super) fn enqueued(
        &mut self,
        window: window::Id,
        delivery: Delivery,
        result: Result<String, SendFailure>,
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
        let forget = self.forget_draft(draft);
        let compose_message = match delivery {
            Delivery::Now => compose::Message::Queued(id.clone()),
            Delivery::AfterUndo(_) => compose::Message::Pending(id.clone()),
            Delivery::At(at) => compose::Message::Scheduled(at),
        };
        let mut tasks = vec![self.load_outbox(), forget];
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
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        Task::perform(
            off_ui_thread(move || outbox.remove(&id).map_err(|e| e.message())),
            move |removed| Message::Undone(window, removed),
        )
    }

    /// The outcome of "Undo": out of the outbox in time, or already on its way.
    pub(super) fn undone(
        &mut self,
        window: window::Id,
        removed: Result<bool, String>,
    ) -> Task<Message> {
        match removed {
            Ok(true) => {
                if let Some(c) = self.composes.get_mut(&window) {
                    let _ = c.update(compose::Message::Undone);
                }
            }
            Ok(false) => self.notices.push(fl!("gui-undo-too-late")),
            Err(e) => self.notices.push(e),
        }
        self.sync_holds();
        self.load_outbox()
    }

    pub fn open_compose(&mut self, account: Option<String>) -> Task<Message> {
        let (_, open) = window::open(compose_window_settings());
        open.map(move |id| Message::ComposeOpened(id, account.clone()))
    }
}

/// The file dialog of "Attach".
fn pick_files(id: window::Id) -> Task<Message> {
    Task::perform(super::files::attachments_dialog(), move |paths| {
        Message::Compose(id, compose::Message::FilesPicked(paths))
    })
}

/// The sizes of files to attach, off the UI thread.
fn measure(id: window::Id, paths: Vec<PathBuf>) -> Task<Message> {
    Task::perform(super::files::file_sizes(paths), move |files| {
        let files = files
            .into_iter()
            .map(|(path, size)| compose::Attachment { path, size })
            .collect();
        Message::Compose(id, compose::Message::Measured(files))
    })
}

/// Writes the message to the outbox (`ops::submit`) and returns its id. The entry it replaces is
/// `held` by this window, or claimed from the queue if nobody is sending it right now.
/// `not_before` (unix seconds) keeps it from being sent earlier: "Send later", or the few seconds
/// of "Undo".
async fn enqueue(
    outbox: crate::outbox::Outbox,
    request: SendRequest,
    held: Option<crate::outbox::Claim>,
    not_before: Option<u64>,
) -> Result<String, SendFailure> {
    let SendRequest {
        account,
        draft,
        replaces,
        ..
    } = request;
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| SendFailure::new(errors[0].message(), String::new()))?;
    let replaces = match (held, replaces) {
        (Some(claim), _) => Some(Replace::Held(claim)),
        (None, Some(id)) => Some(Replace::Queued(id)),
        (None, None) => None,
    };
    let submission = Submission {
        account: account.name,
        outgoing,
        subject: draft.subject.clone(),
        draft: Some(draft),
        replaces,
        not_before,
        overrides: Default::default(),
        merge_id: None,
        row: None,
    };
    tokio::task::spawn_blocking(move || {
        crate::ops::submit::submit(&outbox, submission, SystemTime::now())
    })
    .await
    .map_err(|_| SendFailure::new(fl!("gui-send-kept"), String::new()))?
    .map(|meta| meta.id)
    .map_err(compose::submit_failure)
}

/// Sends one message straight to the server, when there is no outbox to keep it in (its folder
/// could not be created).
async fn send_direct(account: Account, draft: Draft) -> Result<String, SendFailure> {
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| SendFailure::new(errors[0].message(), String::new()))?;
    let credentials = crate::credentials::credentials(&account)
        .await
        .map_err(|e| match e.problem() {
            Some(p) => SendFailure::new(p.message(), p.fix()),
            None => SendFailure::new(e.message(&account.name), fl!("gui-fix-edit-account")),
        })?;
    let sender = Sender::new(&account.server, credentials)
        .map_err(|e| SendFailure::new(e.message(), String::new()))?
        .with_tokens(Some(std::sync::Arc::new(crate::credentials::Refresh(
            account,
        ))));
    let sent = sender.send(&outgoing).await;
    sender.close().await;
    sent.map(|sent| sent.message_id).map_err(|p| SendFailure {
        unconfirmed: p.kind == crate::problem::ProblemKind::OutcomeUnknown,
        message: p.message(),
        fix: p.fix(),
        temporary: p.kind.is_temporary(),
        outbox_id: None,
    })
}
