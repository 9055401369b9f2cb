//! A compose window: From, To/Cc/Bcc, Subject, text, attachments, Send with progress. A failed send
//! keeps everything typed; closing with unsent text asks first.

mod send;
mod view;

use std::path::PathBuf;

use iced::Task;
use iced::widget::text_editor;

use send::server_limit;
pub use send::{SendRequest, enqueue, send_direct};

use crate::account::{Account, InputError};
use crate::fl;
use crate::mail::{Draft, parse_address_list};
use crate::outbox::Outbox;

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
    FilesPicked(Vec<PathBuf>),
    RemoveAttachment(usize),
    ServerLimit(Option<u64>),
    Send,
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

/// What `outpost compose` fills in before the window opens.
#[derive(Debug, Clone, Default)]
pub struct Prefill {
    pub account: Option<String>,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<PathBuf>,
    /// The outbox entry being edited.
    pub replaces: Option<String>,
    /// The saved draft this window continues.
    pub draft: Option<String>,
    /// The text is Markdown (formatting on).
    pub markdown: bool,
    /// "Send later" opened with this time (`outpost compose --at`).
    pub later: Option<String>,
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

#[derive(Debug, Clone)]
pub struct Attachment {
    pub path: PathBuf,
    pub size: Option<u64>,
}

pub struct Compose {
    pub accounts: Vec<Account>,
    pub account: Option<String>,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    /// Where replies to this message go (empty: the account's own Reply-To, else the sender).
    pub reply_to: String,
    pub subject: String,
    pub body: text_editor::Content,
    pub attachments: Vec<Attachment>,
    pub errors: Vec<InputError>,
    pub status: Status,
    pub confirm_close: bool,
    /// The server's SIZE limit, when known.
    pub server_limit: Option<u64>,
    /// Where sends go first, so a failed one is kept.
    pub outbox: Option<Outbox>,
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
    /// The message was written in full; the server's confirmation is awaited (set by the App).
    pub confirming: bool,
    /// Addresses sent to before, for suggestions; and the address field being typed in.
    pub book: std::sync::Arc<crate::mail::addresses::AddressBook>,
    pub active_field: Option<&'static str>,
    /// The account's other From address in use (its email), if one was picked.
    pub identity: Option<String>,
    /// The text is Markdown, sent with its rendering; `preview` is what the window shows of it.
    pub formatting: bool,
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
            to: String::new(),
            cc: String::new(),
            bcc: String::new(),
            reply_to: String::new(),
            subject: String::new(),
            body: text_editor::Content::new(),
            attachments: Vec::new(),
            errors: Vec::new(),
            status: Status::Editing,
            confirm_close: false,
            server_limit: None,
            outbox: None,
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
            confirming: false,
            book: Default::default(),
            active_field: None,
            identity: None,
            formatting: false,
            preview: Vec::new(),
            theme: iced::Theme::Light,
        };
        compose.add_signature();
        compose
    }

    pub fn prefill(&mut self, p: Prefill) {
        let fresh = p.draft.is_none() && p.replaces.is_none();
        self.to = p.to;
        self.cc = p.cc;
        self.bcc = p.bcc;
        self.subject = p.subject;
        self.body = text_editor::Content::with_text(&p.body);
        let _ = self.update(Message::FilesPicked(p.attachments));
        self.replaces = p.replaces;
        self.draft_id = p.draft;
        self.formatting = p.markdown;
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

    /// The text as a draft to save now (under this window's draft id, made on the first save);
    /// the window counts as saved from here on.
    pub fn take_draft(&mut self) -> crate::mail::drafts::SavedDraft {
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
    pub fn to_saved(&self, id: &str) -> crate::mail::drafts::SavedDraft {
        crate::mail::drafts::SavedDraft {
            id: id.to_owned(),
            account: self.account.clone(),
            to: self.to.clone(),
            cc: self.cc.clone(),
            bcc: self.bcc.clone(),
            subject: self.subject.clone(),
            body: self.body.text(),
            attachments: self.attachments.iter().map(|a| a.path.clone()).collect(),
            updated: 0,
            replaces: self.replaces.clone(),
            markdown: self.formatting,
            reply_to: self.reply_to.clone(),
        }
    }

    /// Whether the draft should be saved now: changed, and untouched for `quiet`.
    pub fn draft_due(&self, quiet: std::time::Duration) -> bool {
        self.dirty
            && matches!(self.status, Status::Editing | Status::Failed(_))
            && self.changed_at.is_none_or(|t| t.elapsed() >= quiet)
    }

    /// The text without the account's signature block (a new message holds only that).
    fn own_text(&self) -> String {
        let text = self.body.text();
        let signature = self.current_signature();
        if signature.trim().is_empty() {
            return text;
        }
        text.replace(&Self::signature_block(&signature), "")
    }

    /// The signature block as it stands under the text.
    fn signature_block(signature: &str) -> String {
        format!(
            "\n\n{}\n{}\n",
            crate::mail::SIGNATURE_SEPARATOR,
            signature.trim_end()
        )
    }

    /// Puts the account's signature under the text of a new message, so the user sees what is sent.
    pub fn add_signature(&mut self) {
        let signature = self.current_signature();
        if signature.trim().is_empty() {
            return;
        }
        let text = self.body.text();
        if !text.contains(&Self::signature_block(&signature)) {
            self.body = text_editor::Content::with_text(&format!(
                "{}{}",
                text.trim_end(),
                Self::signature_block(&signature)
            ));
            // The formatting preview shows what is sent: the signature too.
            self.refresh_preview();
        }
    }

    /// Another account was picked: its signature replaces the previous one, if that is still there.
    fn swap_signature(&mut self, old: &str, new: &str) {
        let text = self.body.text();
        let old_block = Self::signature_block(old);
        let base = if !old.trim().is_empty() && text.ends_with(&old_block) {
            text[..text.len() - old_block.len()].to_owned()
        } else if old.trim().is_empty() {
            text.clone()
        } else {
            return;
        };
        let next = if new.trim().is_empty() {
            base
        } else {
            format!("{}{}", base.trim_end(), Self::signature_block(new))
        };
        if next != text {
            self.body = text_editor::Content::with_text(&next);
            self.refresh_preview();
        }
    }

    fn touch(&mut self) {
        self.reminder = None;
        self.reminder_answered = false;
        self.dirty = true;
        self.changed_at = Some(std::time::Instant::now());
    }

    /// Learns the server's size limit in the background (one connection, no sign-in, nothing sent).
    pub fn boot(&self) -> Task<Message> {
        match self.selected() {
            Some(a) => server_limit(a.clone()),
            None => Task::none(),
        }
    }

    pub fn set_accounts(&mut self, accounts: Vec<Account>) {
        self.accounts = accounts;
        if !self
            .accounts
            .iter()
            .any(|a| Some(&a.name) == self.account.as_ref())
        {
            self.account = self.accounts.first().map(|a| a.name.clone());
        }
    }

    pub fn title(&self) -> String {
        if self.subject.trim().is_empty() {
            fl!("gui-compose-title")
        } else {
            fl!("gui-compose-title-subject", subject = self.subject.trim())
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

    /// The signature of the From address in use.
    fn current_signature(&self) -> String {
        match (self.selected(), self.sender_address()) {
            (Some(a), Some((_, email))) => a.signature_for(&email).to_owned(),
            _ => String::new(),
        }
    }

    pub fn has_unsent_text(&self) -> bool {
        let safe_in_outbox = matches!(&self.status, Status::Failed(f) if f.outbox_id.is_some())
            || matches!(self.status, Status::Pending(_));
        !matches!(self.status, Status::Sent(_))
            && !safe_in_outbox
            && (!self.to.trim().is_empty()
                || !self.cc.trim().is_empty()
                || !self.bcc.trim().is_empty()
                || !self.subject.trim().is_empty()
                || !self.own_text().trim().is_empty()
                || !self.attachments.is_empty())
    }

    pub fn ask_before_closing(&mut self) {
        self.confirm_close = true;
    }

    pub fn draft(&self) -> Draft {
        let (from_name, from_email) = self.sender_address().unwrap_or_default();
        Draft {
            from_name,
            from_email,
            to: self.to.clone(),
            cc: self.cc.clone(),
            bcc: self.bcc.clone(),
            subject: self.subject.clone(),
            body: self.body.text(),
            attachments: self.attachments.iter().map(|a| a.path.clone()).collect(),
            markdown: self.formatting,
            reply_to: self.reply_to.clone(),
        }
    }

    fn refresh_preview(&mut self) {
        self.preview = if self.formatting {
            let text = crate::mail::markdown::keep_signature_lines(&self.body.text());
            iced::widget::markdown::parse(&text).collect()
        } else {
            Vec::new()
        };
    }

    pub fn total_attachment_size(&self) -> u64 {
        self.attachments.iter().filter_map(|a| a.size).sum()
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

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let changes_text = match &message {
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
        };
        if changes_text {
            self.touch();
        }
        match message {
            Message::AccountPicked(choice) => {
                let old = self.current_signature();
                self.account = Some(choice.name);
                self.identity = choice.identity;
                let new = self.current_signature();
                self.swap_signature(&old, &new);
                self.server_limit = None;
                if let Some(a) = self.selected() {
                    return (server_limit(a.clone()), None);
                }
            }
            Message::ToChanged(v) => {
                self.active_field = Some("to");
                self.to = v;
                self.recheck("to");
            }
            Message::CcChanged(v) => {
                self.active_field = Some("cc");
                self.cc = v;
                self.recheck("cc");
            }
            Message::ReplyToChanged(v) => {
                self.reply_to = v;
                self.errors.retain(|e| e.field() != Some("reply_to"));
            }
            Message::BccChanged(v) => {
                self.active_field = Some("bcc");
                self.bcc = v;
                self.recheck("bcc");
            }
            Message::SubjectChanged(v) => {
                self.subject = v;
                self.errors.retain(|e| e.field() != Some("subject"));
                self.edited();
            }
            Message::Edit(action) => {
                let edits = action.is_edit();
                self.body.perform(action);
                if edits {
                    self.edited();
                    if self.formatting {
                        self.refresh_preview();
                    }
                }
            }
            Message::Formatting(on) => {
                self.formatting = on;
                self.refresh_preview();
                self.touch();
            }
            Message::PreviewLink(_) => {}
            Message::AddAttachments => {
                self.reminder = None;
                return (
                    Task::perform(
                        async {
                            rfd::AsyncFileDialog::new()
                                .set_title(fl!("gui-attach-title"))
                                .pick_files()
                                .await
                                .map(|files| {
                                    files.into_iter().map(|f| f.path().to_path_buf()).collect()
                                })
                                .unwrap_or_default()
                        },
                        Message::FilesPicked,
                    ),
                    None,
                );
            }
            Message::FilesPicked(paths) => {
                for path in paths {
                    if self.attachments.iter().any(|a| a.path == path) {
                        continue;
                    }
                    let size = std::fs::metadata(&path)
                        .ok()
                        .filter(|m| m.is_file())
                        .map(|m| m.len());
                    self.attachments.push(Attachment { path, size });
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
                self.edited();
            }
            Message::RemoveAttachment(i) => {
                if i < self.attachments.len() {
                    self.attachments.remove(i);
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
            }
            Message::ServerLimit(limit) => self.server_limit = limit,
            Message::Send => return (Task::none(), self.send(None)),
            Message::ItArrived => {
                if let Status::Failed(f) = &self.status
                    && f.unconfirmed
                    && let Some(id) = f.outbox_id.clone()
                {
                    self.status = Status::Sending;
                    return (Task::none(), Some(Event::MarkSent(id)));
                }
            }
            Message::SendLater => {
                self.later = Some(crate::outbox::schedule::suggestion(
                    std::time::SystemTime::now(),
                ));
                self.later_error = None;
            }
            Message::LaterChanged(text) => {
                self.later = Some(text);
                self.later_error = None;
            }
            Message::CancelLater => {
                self.later = None;
                self.later_error = None;
            }
            Message::ConfirmLater => {
                let text = self.later.clone().unwrap_or_default();
                match crate::outbox::schedule::parse_when(&text, std::time::SystemTime::now()) {
                    Ok(at) => return (Task::none(), self.send(Some(crate::outbox::unix(at)))),
                    Err(e) => self.later_error = Some(e),
                }
            }
            Message::Pending(id) => {
                self.replaces = Some(id.clone());
                self.status = Status::Pending(id);
            }
            Message::Undo => {
                if let Status::Pending(id) = &self.status {
                    return (Task::none(), Some(Event::Undo(id.clone())));
                }
            }
            Message::Undone => {
                self.replaces = None;
                self.status = Status::Editing;
            }
            Message::Scheduled(_) => {
                self.later = None;
                self.status = Status::Sent(String::new());
                return (Task::none(), Some(Event::Close));
            }
            Message::Sent(result) => match result {
                Ok(id) => {
                    self.status = Status::Sent(id);
                    return (Task::none(), Some(Event::Close));
                }
                Err(failure) => {
                    if failure.outbox_id.is_some() {
                        self.replaces = failure.outbox_id.clone();
                    }
                    self.status = Status::Failed(failure);
                }
            },
            Message::Queued(id) => self.replaces = Some(id),
            Message::Delivered(id) => {
                if !matches!(self.status, Status::Editing) {
                    self.status = Status::Sent(id);
                }
            }
            Message::SendOverLimit => {
                self.over_limit_confirmed = true;
                return (Task::none(), self.send(None));
            }
            Message::Escape | Message::KeepEditing => {
                self.confirm_close = false;
                if matches!(self.limit, Some(Limit::Over { .. })) {
                    self.limit = None;
                }
            }
            Message::Discard => {
                self.confirm_close = false;
                self.dirty = false;
                return (Task::none(), Some(Event::Discard));
            }
            Message::Suggestion(field, address) => {
                let value = match field {
                    "to" => &mut self.to,
                    "cc" => &mut self.cc,
                    _ => &mut self.bcc,
                };
                *value = crate::mail::addresses::complete(value, &address);
                self.touch();
                self.recheck(field);
                return (
                    iced::widget::operation::focus(field)
                        .chain(iced::widget::operation::move_cursor_to_end(field)),
                    None,
                );
            }
            Message::Forget(address) => {
                let mut book = (*self.book).clone();
                book.forget(&address);
                self.book = std::sync::Arc::new(book);
                return (Task::none(), Some(Event::ForgetAddress(address)));
            }
            Message::SendWithout => {
                if let Some(at) = self.reminder.take() {
                    self.reminder_answered = true;
                    return (Task::none(), self.send(at));
                }
            }
            Message::KeepAsDraft => {
                self.confirm_close = false;
                return (Task::none(), Some(Event::KeepDraft));
            }
        }
        (Task::none(), None)
    }

    /// Re-validates one address field as the user types, once it was marked wrong.
    fn recheck(&mut self, field: &'static str) {
        self.edited();
        let had_error = self
            .errors
            .iter()
            .any(|e| e.field() == Some(field) || e.code() == "no_recipients");
        if had_error {
            self.errors
                .retain(|e| e.field() != Some(field) && e.code() != "no_recipients");
            let text = match field {
                "to" => &self.to,
                "cc" => &self.cc,
                _ => &self.bcc,
            };
            if let Err(mut errors) = parse_address_list(field, text) {
                self.errors.append(&mut errors);
            }
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

    /// Send now (after the few seconds of "Undo"), or at `at` (unix seconds) for "Send later".
    fn send(&mut self, at: Option<u64>) -> Option<Event> {
        if matches!(self.status, Status::Sending | Status::Pending(_)) {
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
        self.errors = draft.check();
        if !self.errors.is_empty() {
            return None;
        }
        if draft.attachments.is_empty()
            && !self.reminder_answered
            && crate::mail::reminder::mentions_attachment(&draft.body)
        {
            self.reminder = Some(at);
            return None;
        }
        self.limit = None;
        if let Some(outbox) = &self.outbox {
            use crate::outbox::limits::Standing;
            let now = std::time::SystemTime::now();
            let standing = crate::outbox::worker::limits(outbox).standing(
                &account.name,
                crate::providers::daily_limit(&account),
                1,
                now,
            );
            match standing {
                // Over the limit: ask first; the second press of "Send anyway" goes ahead.
                Standing::Over { used, limit } if !self.over_limit_confirmed => {
                    self.limit = Some(Limit::Over { used, limit });
                    return None;
                }
                Standing::Warn { used, limit } => self.limit = Some(Limit::Warn { used, limit }),
                _ => {}
            }
        }
        self.over_limit_confirmed = false;
        self.status = Status::Sending;
        self.later = None;
        Some(Event::Send(Box::new(SendRequest {
            account,
            draft,
            replaces: self.replaces.clone(),
            at,
        })))
    }
}
