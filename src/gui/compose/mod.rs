//! A compose window: From, To/Cc/Bcc, Subject, text, attachments, Send with progress. A failed send
//! keeps everything typed; closing with unsent text asks first.
//!
//! The window only asks: what needs a file or the network (a file's size, the server's limit, the
//! checks before sending, the sending itself) is an [`Event`] the App performs off the UI thread,
//! and its answer comes back as a [`Message`].

mod attachments;
mod fields;
mod send;
mod signature;
mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;

use iced::Task;
use iced::widget::text_editor;

pub use send::{Checked, SendRequest, submit_failure};

use crate::account::{Account, InputError};
use crate::fl;
use crate::mail::Draft;
use crate::mail::drafts::SavedDraft;

#[derive(Debug, Clone)]
pub enum Message {
    AccountPicked(AccountChoice),
    ToChanged(String),
    CcChanged(String),
    BccChanged(String),
    ReplyToChanged(String),
    SubjectChanged(String),
    Edit(text_editor::Action),
    AddAttachments,
    /// Files to attach (picked, or dropped on the window): the App measures them first.
    FilesPicked(Vec<PathBuf>),
    /// The App measured these files: their sizes are shown, and those not attached yet are added.
    Measured(Vec<Attachment>),
    RemoveAttachment(usize),
    /// The SIZE limit that the last connection to this account's server learned (read by the App).
    ServerLimit(String, Option<u64>),
    Send,
    /// The App checked the message to send (its files, the daily limit): send it, or say why not.
    Checked(Box<Checked>),
    /// "It arrived", for a message whose confirmation never came.
    ItArrived,
    Sent(Result<String, SendFailure>),
    Queued(String),
    /// The automatic retry delivered the message this window had left in the outbox.
    Delivered(String),
    /// "Send later": open the time field, edit it, confirm, or close it again.
    SendLater,
    LaterChanged(String),
    ConfirmLater,
    CancelLater,
    /// The message waits in the outbox for a few seconds, under this id, so it can be undone.
    Pending(String),
    /// The user takes the message back while it waits.
    Undo,
    /// The App removed the waiting message: back to editing, nothing was sent.
    Undone,
    /// The message waits in the outbox until this time (unix seconds).
    Scheduled(u64),
    Escape,
    SendOverLimit,
    Discard,
    KeepEditing,
    /// Close, keeping the text as a draft.
    KeepAsDraft,
    /// The text mentions an attachment and nothing is attached: send anyway.
    SendWithout,
    /// Formatting (Markdown) on or off.
    Formatting(bool),
    /// A link in the preview was clicked (the preview only shows the message; nothing opens).
    PreviewLink(iced::widget::markdown::Uri),
    /// A suggested address was picked for this field.
    Suggestion(&'static str, String),
    /// "Forget this address": no longer suggested.
    Forget(String),
}

#[derive(Debug, Clone)]
pub enum Event {
    Close,
    /// Check this message before it is sent: its attachments on disk, the account's daily limit
    /// (the App answers with [`Message::Checked`]).
    Check(Box<SendRequest>),
    /// Send this message (the App writes it to the outbox and flushes).
    Send(Box<SendRequest>),
    /// The message already waits in the outbox under this id: try it again now.
    RetryNow(String),
    /// "It arrived": record the unconfirmed message under this id as sent.
    MarkSent(String),
    /// Take back the message that waits (for "Undo") under this id.
    Undo(String),
    /// Close and forget the text (and its saved draft).
    Discard,
    /// Save the text as a draft now, then close.
    KeepDraft,
    /// Stop suggesting this address (the App keeps the list).
    ForgetAddress(String),
    /// Ask which files to attach (the App answers with [`Message::FilesPicked`]).
    PickFiles,
    /// Measure these files (the App answers with [`Message::Measured`]).
    Measure(Vec<PathBuf>),
    /// The window writes from this account now: what is known of its server's size limit (the App
    /// answers with [`Message::ServerLimit`]).
    AccountChosen(String),
}

/// Why a message did not go out, in words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    pub message: String,
    pub fix: String,
    pub temporary: bool,
    /// The message waits in the outbox under this id.
    pub outbox_id: Option<String>,
    /// It was sent but the server's confirmation never arrived: the user says whether it arrived.
    pub unconfirmed: bool,
}

impl SendFailure {
    /// A failure that leaves nothing in the outbox.
    pub fn new(message: String, fix: String) -> SendFailure {
        SendFailure {
            message,
            fix,
            temporary: false,
            outbox_id: None,
            unconfirmed: false,
        }
    }
}

/// What a compose window opens with (from `outpost compose`, a saved draft, or "Edit" on a queued
/// message): the message, and where it came from.
#[derive(Debug, Clone, Default)]
pub struct Prefill {
    /// The account it is written from (its name); the account picks the sender.
    pub account: Option<String>,
    pub message: Draft,
    /// The outbox entry being edited.
    pub replaces: Option<String>,
    /// The saved draft this window continues.
    pub draft_id: Option<String>,
    /// "Send later" opened with this time (`outpost compose --at`).
    pub later: Option<String>,
}

impl From<SavedDraft> for Prefill {
    fn from(d: SavedDraft) -> Prefill {
        Prefill {
            account: d.account,
            message: d.message,
            replaces: d.replaces,
            draft_id: Some(d.id),
            later: None,
        }
    }
}

/// An account in the From picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountChoice {
    pub name: String,
    pub label: String,
    /// One of the account's other From addresses (by its email), or the account's own.
    pub identity: Option<String>,
}

impl std::fmt::Display for AccountChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Editing,
    /// In the outbox for the few seconds of "Undo" (its id); nothing was handed to the server.
    Pending(String),
    Sending,
    Sent(String),
    Failed(SendFailure),
}

/// A file and its size as the App measured it (`None`: missing, or not a file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub path: PathBuf,
    pub size: Option<u64>,
}

pub struct Compose {
    pub accounts: Vec<Account>,
    pub account: Option<String>,
    /// The account's other From address in use (its email), if one was picked.
    pub identity: Option<String>,
    /// The message as written: recipients, Reply-To, subject, attachments, formatting. Its sender
    /// comes from `account` and `identity`, and its text lives in `body` (the editor), so both are
    /// empty here: [`Compose::draft`] fills them in.
    pub message: Draft,
    pub body: text_editor::Content,
    /// The attached files' sizes as measured by the App (not there yet: being measured).
    pub sizes: BTreeMap<PathBuf, Option<u64>>,
    pub errors: Vec<InputError>,
    pub status: Status,
    pub confirm_close: bool,
    /// The server's SIZE limit, when a connection to it learned one.
    pub server_limit: Option<u64>,
    /// The outbox entry this window's message replaces (after "Edit", or a failed send).
    pub replaces: Option<String>,
    /// Where the account stands against its daily sending limit, when that matters.
    pub limit: Option<Limit>,
    pub over_limit_confirmed: bool,
    /// The "Send later" field while it is open, and why its text cannot be used.
    pub later: Option<String>,
    pub later_error: Option<InputError>,
    /// The draft file this window saves to, once it has one.
    pub draft_id: Option<String>,
    /// Changed since the draft was last saved, and when the last change was.
    pub dirty: bool,
    pub changed_at: Option<std::time::Instant>,
    /// Asking "you mention an attachment…": for a send now (`Some(None)`) or at a time.
    pub reminder: Option<Option<u64>>,
    reminder_answered: bool,
    /// The App is checking the message to send: another press of Send waits for that.
    checking: bool,
    /// The message was written in full; the server's confirmation is awaited (set by the App).
    pub confirming: bool,
    /// Addresses sent to before, for suggestions; and the address field being typed in.
    pub book: std::sync::Arc<crate::mail::addresses::AddressBook>,
    pub active_field: Option<&'static str>,
    /// What the window shows of the text with formatting on (Markdown).
    pub preview: Vec<iced::widget::markdown::Item>,
    /// The look of the preview (the App's theme).
    pub theme: iced::Theme,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Warn { used: u32, limit: u32 },
    Over { used: u32, limit: u32 },
}

impl Compose {
    pub fn new(accounts: Vec<Account>, account: Option<String>) -> Compose {
        let account = account
            .filter(|n| accounts.iter().any(|a| &a.name == n))
            .or_else(|| {
                accounts
                    .iter()
                    .find(|a| a.default)
                    .or(accounts.first())
                    .map(|a| a.name.clone())
            });
        let mut compose = Compose {
            accounts,
            account,
            identity: None,
            message: Draft::default(),
            body: text_editor::Content::new(),
            sizes: BTreeMap::new(),
            errors: Vec::new(),
            status: Status::Editing,
            confirm_close: false,
            server_limit: None,
            replaces: None,
            limit: None,
            over_limit_confirmed: false,
            later: None,
            later_error: None,
            draft_id: None,
            dirty: false,
            changed_at: None,
            reminder: None,
            reminder_answered: false,
            checking: false,
            confirming: false,
            book: Default::default(),
            active_field: None,
            preview: Vec::new(),
            theme: iced::Theme::Light,
        };
        compose.add_signature();
        compose
    }

    pub fn prefill(&mut self, p: Prefill) {
        let fresh = p.draft_id.is_none() && p.replaces.is_none();
        let Draft { body, .. } = &p.message;
        self.body = text_editor::Content::with_text(body);
        self.message = Draft {
            from_name: String::new(),
            from_email: String::new(),
            body: String::new(),
            ..p.message
        };
        self.replaces = p.replaces;
        self.draft_id = p.draft_id;
        if p.later.is_some() {
            self.later = p.later;
        }
        self.refresh_preview();
        // Opened from its saved draft (or from the outbox): nothing new to save yet.
        self.dirty = false;
        self.changed_at = None;
        if fresh {
            self.add_signature();
            // Text handed over by `outpost compose` exists nowhere else yet: keep it as a draft.
            if self.has_unsent_text() {
                self.touch();
            }
        }
    }

    /// What the window asks of the App as it opens: its server's size limit, and the sizes of the
    /// files it opened with.
    pub fn opening(&self) -> Vec<Event> {
        let mut events: Vec<Event> = self
            .account
            .clone()
            .map(Event::AccountChosen)
            .into_iter()
            .collect();
        if !self.message.attachments.is_empty() {
            events.push(Event::Measure(self.message.attachments.clone()));
        }
        events
    }

    /// The text as a draft to save now (under this window's draft id, made on the first save);
    /// the window counts as saved from here on.
    pub fn take_draft(&mut self) -> SavedDraft {
        let id = self
            .draft_id
            .get_or_insert_with(
                || crate::mail::drafts::Drafts::new_id(std::time::SystemTime::now()),
            )
            .clone();
        self.dirty = false;
        self.to_saved(&id)
    }

    /// The text as a draft to save (under `id`).
    pub fn to_saved(&self, id: &str) -> SavedDraft {
        SavedDraft {
            id: id.to_owned(),
            account: self.account.clone(),
            message: Draft {
                body: self.body.text(),
                ..self.message.clone()
            },
            updated: 0,
            replaces: self.replaces.clone(),
        }
    }

    /// Whether the draft should be saved now: changed, and untouched for `quiet`.
    pub fn draft_due(&self, quiet: std::time::Duration) -> bool {
        self.dirty
            && matches!(self.status, Status::Editing | Status::Failed(_))
            && self.changed_at.is_none_or(|t| t.elapsed() >= quiet)
    }

    fn touch(&mut self) {
        self.reminder = None;
        self.reminder_answered = false;
        self.dirty = true;
        self.changed_at = Some(std::time::Instant::now());
    }

    pub fn set_accounts(&mut self, accounts: Vec<Account>) {
        self.accounts = accounts;
        if !self
            .accounts
            .iter()
            .any(|a| Some(&a.name) == self.account.as_ref())
        {
            self.account = self.accounts.first().map(|a| a.name.clone());
            // What the removed account's server accepts says nothing about this one's.
            self.server_limit = None;
        }
    }

    pub fn title(&self) -> String {
        let subject = self.message.subject.trim();
        if subject.is_empty() {
            fl!("gui-compose-title")
        } else {
            fl!("gui-compose-title-subject", subject = subject)
        }
    }

    fn selected(&self) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| Some(&a.name) == self.account.as_ref())
    }

    /// The From address in use: the chosen identity's, else the account's.
    fn sender_address(&self) -> Option<(String, String)> {
        let account = self.selected()?;
        match self.identity.as_deref().and_then(|e| account.identity(e)) {
            Some(i) => Some((i.name.clone(), i.email.clone())),
            None => Some((account.display_name.clone(), account.email.clone())),
        }
    }

    pub fn has_unsent_text(&self) -> bool {
        let safe_in_outbox = matches!(&self.status, Status::Failed(f) if f.outbox_id.is_some())
            || matches!(self.status, Status::Pending(_));
        let m = &self.message;
        !matches!(self.status, Status::Sent(_))
            && !safe_in_outbox
            && (!m.to.trim().is_empty()
                || !m.cc.trim().is_empty()
                || !m.bcc.trim().is_empty()
                || !m.subject.trim().is_empty()
                || !self.own_text().trim().is_empty()
                || !m.attachments.is_empty())
    }

    pub fn ask_before_closing(&mut self) {
        self.confirm_close = true;
    }

    /// The message as it stands: its sender and its text filled in.
    pub fn draft(&self) -> Draft {
        let (from_name, from_email) = self.sender_address().unwrap_or_default();
        Draft {
            from_name,
            from_email,
            body: self.body.text(),
            ..self.message.clone()
        }
    }

    fn refresh_preview(&mut self) {
        self.preview = if self.message.markdown {
            let text = crate::mail::markdown::keep_signature_lines(&self.body.text());
            iced::widget::markdown::parse(&text).collect()
        } else {
            Vec::new()
        };
    }

    fn field_errors(&self, field: &str) -> Vec<String> {
        self.errors
            .iter()
            .filter(|e| e.field() == Some(field))
            .map(InputError::message)
            .collect()
    }

    fn edited(&mut self) {
        if matches!(self.status, Status::Sent(_) | Status::Failed(_)) {
            self.status = Status::Editing;
        }
    }

    /// Whether `message` changes what would be saved as a draft.
    fn changes_text(message: &Message) -> bool {
        match message {
            Message::Edit(action) => action.is_edit(),
            Message::AccountPicked(_)
            | Message::ToChanged(_)
            | Message::CcChanged(_)
            | Message::BccChanged(_)
            | Message::SubjectChanged(_)
            | Message::FilesPicked(_)
            | Message::RemoveAttachment(_)
            | Message::Undone => true,
            _ => false,
        }
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        if Self::changes_text(&message) {
            self.touch();
        }
        let event = match message {
            m @ (Message::AccountPicked(_)
            | Message::ToChanged(_)
            | Message::CcChanged(_)
            | Message::BccChanged(_)
            | Message::ReplyToChanged(_)
            | Message::SubjectChanged(_)
            | Message::Edit(_)
            | Message::Formatting(_)
            | Message::PreviewLink(_)
            | Message::Suggestion(..)
            | Message::Forget(_)) => return self.update_fields(m),
            m @ (Message::AddAttachments
            | Message::FilesPicked(_)
            | Message::Measured(_)
            | Message::RemoveAttachment(_)
            | Message::ServerLimit(..)) => return self.update_attachments(m),
            Message::Escape | Message::KeepEditing => {
                self.confirm_close = false;
                if matches!(self.limit, Some(Limit::Over { .. })) {
                    self.limit = None;
                }
                None
            }
            Message::Discard => {
                self.confirm_close = false;
                self.dirty = false;
                Some(Event::Discard)
            }
            Message::KeepAsDraft => {
                self.confirm_close = false;
                Some(Event::KeepDraft)
            }
            m => self.update_sending(m),
        };
        (Task::none(), event)
    }
}
