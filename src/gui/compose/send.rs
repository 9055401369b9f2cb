//! Sending from a compose window: the window checks what it can, the App checks the files and the
//! daily limit, then writes the message to the outbox (so a failed one is kept) and says how it
//! went.

use super::{Compose, Event, Limit, Message, SendFailure, Status};
use crate::account::{Account, InputError};
use crate::fl;
use crate::mail::Draft;
use crate::ops::submit::SubmitError;
use crate::outbox::limits::Standing;

/// What a compose window asks its parent to send: the App owns the outbox and the one flush.
#[derive(Debug, Clone)]
pub struct SendRequest {
    pub account: Account,
    pub draft: Draft,
    /// The outbox entry this message replaces (after "Edit", or an edited failed send).
    pub replaces: Option<String>,
    /// "Send later": not before this time (unix seconds).
    pub at: Option<u64>,
}

/// What the App found checking a message before it is sent.
#[derive(Debug, Clone)]
pub struct Checked {
    pub request: SendRequest,
    /// Every problem with the message, its attachments looked at on disk.
    pub errors: Vec<InputError>,
    /// Where the account stands against its daily limit with this message (`Fine` without an
    /// outbox).
    pub standing: Standing,
}

/// Why the outbox did not take a message, in words for people.
pub fn submit_failure(e: SubmitError) -> SendFailure {
    match e {
        SubmitError::Storage(e) => SendFailure::new(e.message(), String::new()),
        // The first version went out while this one was being edited: nothing more is sent (the
        // edited text stays in the window).
        SubmitError::OriginalSent { sent_at } => SendFailure::new(
            fl!(
                "gui-edit-original-sent",
                time = sent_at
                    .map(crate::gui::outbox::relative_time)
                    .unwrap_or_default()
            ),
            fl!("gui-edit-original-sent-fix"),
        ),
        SubmitError::Busy => SendFailure::new(fl!("gui-send-busy"), String::new()),
    }
}

impl Compose {
    pub(super) fn update_sending(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Send => self.send(None),
            Message::Checked(checked) => self.checked(*checked),
            Message::SendOverLimit => {
                self.over_limit_confirmed = true;
                self.send(None)
            }
            Message::SendWithout => {
                let at = self.reminder.take()?;
                self.reminder_answered = true;
                self.send(at)
            }
            Message::SendLater => {
                self.later = Some(crate::outbox::schedule::suggestion(
                    std::time::SystemTime::now(),
                ));
                self.later_error = None;
                None
            }
            Message::LaterChanged(text) => {
                self.later = Some(text);
                self.later_error = None;
                None
            }
            Message::CancelLater => {
                self.later = None;
                self.later_error = None;
                None
            }
            Message::ConfirmLater => {
                let text = self.later.clone().unwrap_or_default();
                match crate::outbox::schedule::parse_when(&text, std::time::SystemTime::now()) {
                    Ok(at) => self.send(Some(crate::outbox::unix(at))),
                    Err(e) => {
                        self.later_error = Some(e);
                        None
                    }
                }
            }
            m => self.update_outcome(m),
        }
    }

    /// What became of a message the window handed over.
    fn update_outcome(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::ItArrived => match &self.status {
                Status::Failed(f) if f.unconfirmed => {
                    let id = f.outbox_id.clone()?;
                    self.status = Status::Sending;
                    Some(Event::MarkSent(id))
                }
                _ => None,
            },
            Message::Pending(id) => {
                self.replaces = Some(id.clone());
                self.status = Status::Pending(id);
                None
            }
            Message::Undo => match &self.status {
                Status::Pending(id) => Some(Event::Undo(id.clone())),
                _ => None,
            },
            Message::Undone => {
                self.replaces = None;
                self.status = Status::Editing;
                None
            }
            Message::Scheduled(_) => {
                self.later = None;
                self.status = Status::Sent(String::new());
                Some(Event::Close)
            }
            Message::Sent(Ok(id)) => {
                self.status = Status::Sent(id);
                Some(Event::Close)
            }
            Message::Sent(Err(failure)) => {
                if failure.outbox_id.is_some() {
                    self.replaces = failure.outbox_id.clone();
                }
                self.status = Status::Failed(failure);
                None
            }
            Message::Queued(id) => {
                self.replaces = Some(id);
                None
            }
            Message::Delivered(id) => {
                if !matches!(self.status, Status::Editing) {
                    self.status = Status::Sent(id);
                }
                None
            }
            _ => None,
        }
    }

    /// The message that waits in the outbox unchanged since its failed attempt, if any: pressing
    /// Send again retries that entry instead of queueing a second copy.
    pub fn waiting_in_outbox(&self) -> Option<&str> {
        match &self.status {
            Status::Failed(f) => f.outbox_id.as_deref(),
            _ => None,
        }
    }

    /// Send now (after the few seconds of "Undo"), or at `at` (unix seconds) for "Send later":
    /// first the App checks the message.
    fn send(&mut self, at: Option<u64>) -> Option<Event> {
        if matches!(self.status, Status::Sending | Status::Pending(_)) || self.checking {
            return None;
        }
        if let Some(id) = self.waiting_in_outbox().map(str::to_owned)
            && at.is_none()
        {
            self.status = Status::Sending;
            return Some(Event::RetryNow(id));
        }
        let Some(account) = self.selected().cloned() else {
            self.errors = vec![InputError::Empty {
                field: "from".into(),
            }];
            return None;
        };
        // The account's Reply-To and copy to itself; its signature is already in the text.
        let draft = crate::mail::dress(&account, self.draft(), false);
        self.checking = true;
        Some(Event::Check(Box::new(SendRequest {
            account,
            draft,
            replaces: self.replaces.clone(),
            at,
        })))
    }

    /// The App checked the message: its problems are marked, a mention of a missing attachment or
    /// the daily limit asks first, else it goes.
    fn checked(&mut self, checked: Checked) -> Option<Event> {
        let Checked {
            mut request,
            errors,
            standing,
        } = checked;
        self.checking = false;
        if matches!(self.status, Status::Sending | Status::Pending(_)) {
            return None;
        }
        self.errors = errors;
        if !self.errors.is_empty() {
            return None;
        }
        if request.draft.attachments.is_empty()
            && !self.reminder_answered
            && crate::mail::reminder::mentions_attachment(&request.draft.body)
        {
            self.reminder = Some(request.at);
            return None;
        }
        self.limit = None;
        match standing {
            // Over the limit: ask first; the second press of "Send anyway" goes ahead.
            Standing::Over { used, limit } if !self.over_limit_confirmed => {
                self.limit = Some(Limit::Over { used, limit });
                return None;
            }
            Standing::Warn { used, limit } => self.limit = Some(Limit::Warn { used, limit }),
            _ => {}
        }
        self.over_limit_confirmed = false;
        self.status = Status::Sending;
        self.later = None;
        request.replaces = self.replaces.clone();
        Some(Event::Send(Box::new(request)))
    }
}
