//! "Send to a list": a mail merge in the main window, page by page. The list (its columns and the
//! column of addresses, [`file`]), the message with its fields ([`write`]), a preview stepping
//! through the rows with each row's warning and the pacing before sending ([`preview`]), and the
//! progress of a queued merge ([`progress`]). The message's attachments, for everyone and from a
//! column, are part of the write page ([`attach`]); when sending starts is part of the send page.
//!
//! The screen only asks: reading the list, checking and pacing the rows, queueing, the test to
//! oneself and a merge's state on disk are [`Event`]s the App performs through `ops::merge` off
//! the UI thread; the answers come back as [`Message`]s. A queued merge is read from disk every
//! time the outbox changes, so its page is the same after the window was closed and opened again.

mod attach;
mod file;
mod preview;
mod progress;
mod write;

use std::path::PathBuf;

use iced::widget::{markdown, text_editor};
use iced::{Element, Task, Theme};

use crate::account::Account;
use crate::fl;
use crate::merge::preview::{Entry, Glance};
use crate::ops::merge::{MergeRequest, MergeStatus, Prepared};

/// The pages, in the order they come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    File,
    Write,
    Preview,
    Send,
    Progress,
}

/// One entry of a drop-down list: what it stands for, and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

impl Choice {
    fn same(value: &str) -> Choice {
        Choice {
            value: value.to_owned(),
            label: value.to_owned(),
        }
    }
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// What the window opens with (`outpost merge --window`): a list, and what is already written.
#[derive(Debug, Clone, Default)]
pub struct Opening {
    pub data: Option<PathBuf>,
    pub sheet: Option<String>,
    pub account: Option<String>,
    pub subject: String,
    pub body: String,
    pub markdown: bool,
    /// Files for every message, the column of each row's own, and when sending starts (as typed).
    pub attachments: Vec<PathBuf>,
    pub attach_column: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Choose a file…".
    ChooseFile,
    /// A file was picked as the list.
    FileChosen(PathBuf),
    /// A file was dropped on the window: the list on the first page, an attachment when writing.
    Dropped(PathBuf),
    SheetPicked(Choice),
    /// The App read the list (its path, and what it found or why not).
    Loaded(PathBuf, Result<Box<Glance>, String>),
    AccountPicked(Choice),
    /// The column that holds the addresses, when the one found is not it.
    AddressPicked(Choice),
    /// The merges queued before, read by the App.
    Merges(Vec<MergeStatus>),
    /// Show the progress of this merge.
    OpenMerge(String),
    SubjectChanged(String),
    Edit(text_editor::Action),
    /// The field "Insert field" puts in.
    FieldPicked(Choice),
    /// Put this field in the subject, or in the text where the cursor is.
    InsertInSubject(Choice),
    InsertInBody(Choice),
    /// "Attach files…": files for every message.
    AttachFiles,
    FilesPicked(Vec<PathBuf>),
    /// The App measured these files (`None`: missing, or not a file).
    Measured(Vec<(PathBuf, Option<u64>)>),
    RemoveAttachment(usize),
    /// The column that names each row's own attachment (an empty value: none).
    AttachColumnPicked(Choice),
    Formatting(bool),
    AllowEmpty(bool),
    Unsubscribe(bool),
    /// The App checked every row and paced the ready ones (or why not).
    Prepared(Result<Box<Prepared>, String>),
    Previous,
    Next,
    NextProblem,
    /// A link in a formatted preview was clicked: nothing opens.
    PreviewLink(markdown::Uri),
    SendTest,
    /// The test went to this address, or why not.
    TestDone(Result<String, String>),
    PerMinuteChanged(String),
    /// "Start sending": now (`false`) or at a time (`true`).
    StartLater(bool),
    StartChanged(String),
    /// The App paced the messages again at this rate, from this start.
    Repaced(u32, Option<u64>, Result<Box<Prepared>, String>),
    /// "Continue": the next page.
    Continue,
    /// "Send 212 messages".
    Send,
    /// The merge is in the outbox under this id (or why not).
    Queued(Result<String, String>),
    /// A merge's state as read from disk (its id).
    Status(String, Result<Box<MergeStatus>, String>),
    Pause,
    Resume,
    AskCancel,
    KeepSending,
    ConfirmCancel,
    /// Pause, resume or cancel is done: what it did, or why not.
    Changed(Result<String, String>),
    ExportReport,
    /// The report was written to this file (or why not).
    ReportWritten(Result<PathBuf, String>),
    /// The previous page (Escape too).
    Back,
    Close,
}

#[derive(Debug, Clone)]
pub enum Event {
    /// Ask which file to read (the App answers with [`Message::FileChosen`]).
    PickFile,
    /// Read this list (this sheet): [`Message::Loaded`].
    Load(PathBuf, Option<String>),
    /// Check every row for this account: [`Message::Prepared`].
    Prepare(Box<MergeRequest>, Box<Account>),
    /// Send the first ready message to the account's own address now: [`Message::TestDone`].
    SendTest(Box<Prepared>),
    /// Ask which files go to everyone (the App answers with [`Message::FilesPicked`]).
    PickAttachments,
    /// Measure these files: [`Message::Measured`].
    Measure(Vec<PathBuf>),
    /// Pace the messages again at this rate, from now or this start: [`Message::Repaced`].
    Repace(Box<Prepared>, u32, Option<u64>),
    /// Pace from now (or this start) at this rate and queue: [`Message::Queued`].
    Queue(Box<Prepared>, u32, Option<u64>),
    /// Read the merges queued before: [`Message::Merges`].
    LoadMerges,
    /// Read this merge's state from disk, now and whenever the outbox changes: [`Message::Status`].
    Watch(String),
    Pause(String),
    Resume(String),
    Cancel(String),
    /// Ask where to save this merge's report, and write it there.
    ExportReport(String),
    Close,
}

/// "Send a test to myself".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Test {
    #[default]
    None,
    Sending,
    /// Sent to this address.
    Sent(String),
    Failed(String),
}

/// A queued merge, as its page shows it.
#[derive(Debug, Default)]
pub struct Progress {
    pub id: String,
    /// As last read from disk (`None`: not read yet).
    pub status: Option<Box<MergeStatus>>,
    pub error: Option<String>,
    pub confirm_cancel: bool,
    /// Pause, resume, cancel or the report is under way.
    pub working: bool,
    /// What the last action did.
    pub note: Option<String>,
}

/// The rate field's bounds: one message a minute, at most ten a second.
pub const PER_MINUTE: std::ops::RangeInclusive<u32> = 1..=600;

pub struct MergeScreen {
    pub page: Page,
    /// The account the messages go from (its name).
    pub account: Option<String>,
    pub file: Option<PathBuf>,
    pub loading: bool,
    pub glance: Option<Box<Glance>>,
    pub load_error: Option<String>,
    /// The column of addresses the person picked (`None`: the one found).
    pub address: Option<String>,
    pub subject: String,
    pub body: text_editor::Content,
    /// The field "Insert field" puts in (`None`: the first column).
    pub field: Option<String>,
    /// Files for every message, and their sizes as the App measured them (`None`: missing).
    pub attachments: Vec<PathBuf>,
    pub sizes: std::collections::HashMap<PathBuf, Option<u64>>,
    /// The column naming each row's own attachment.
    pub attach_column: Option<String>,
    pub markdown: bool,
    pub allow_empty: bool,
    pub unsubscribe: bool,
    pub write_error: Option<String>,
    pub preparing: bool,
    pub prepared: Option<Box<Prepared>>,
    /// The rows in the spreadsheet's order, and the one shown.
    pub entries: Vec<Entry>,
    pub at: usize,
    /// The shown row's text, formatted (when formatting is on).
    pub rendered: Vec<markdown::Item>,
    pub test: Test,
    pub per_minute: String,
    pub per_minute_error: Option<String>,
    /// "Start sending at …": the time as typed (`None`: now), and why it cannot be used.
    pub start: Option<String>,
    pub start_error: Option<String>,
    pub queuing: bool,
    pub queue_error: Option<String>,
    pub merges: Vec<MergeStatus>,
    pub progress: Option<Progress>,
}

impl MergeScreen {
    /// The first page, from `account` (its name), with what `opening` holds.
    pub fn new(account: Option<String>, opening: Opening) -> MergeScreen {
        MergeScreen {
            page: Page::File,
            account: opening.account.or(account),
            file: None,
            loading: false,
            glance: None,
            load_error: None,
            address: None,
            subject: opening.subject,
            body: text_editor::Content::with_text(&opening.body),
            field: None,
            attachments: opening.attachments,
            sizes: Default::default(),
            attach_column: opening.attach_column,
            markdown: opening.markdown,
            allow_empty: false,
            unsubscribe: false,
            write_error: None,
            preparing: false,
            prepared: None,
            entries: Vec::new(),
            at: 0,
            rendered: Vec::new(),
            test: Test::None,
            per_minute: String::new(),
            per_minute_error: None,
            start: opening.start,
            start_error: None,
            queuing: false,
            queue_error: None,
            merges: Vec::new(),
            progress: None,
        }
    }

    /// The progress page of merge `id`.
    pub fn watching(id: String) -> MergeScreen {
        let mut screen = MergeScreen::new(None, Opening::default());
        screen.page = Page::Progress;
        screen.progress = Some(Progress {
            id,
            ..Progress::default()
        });
        screen
    }

    /// The page's name, for the window's title.
    pub fn page_name(&self) -> String {
        match self.page {
            Page::File => fl!("gui-merge-title"),
            Page::Write => fl!("gui-merge-write-title"),
            Page::Preview => fl!("gui-merge-preview-title"),
            Page::Send => fl!("gui-merge-send-title"),
            Page::Progress => fl!("gui-merge-progress-title"),
        }
    }

    /// Something runs that shows a spinner.
    pub fn busy(&self) -> bool {
        self.loading || self.preparing || self.queuing || self.test == Test::Sending
    }

    /// The merge whose progress is shown.
    pub fn watched(&self) -> Option<&str> {
        match (&self.page, &self.progress) {
            (Page::Progress, Some(p)) => Some(p.id.as_str()),
            _ => None,
        }
    }

    /// The id of the field a page starts in.
    pub fn first_field(&self) -> &'static str {
        match self.page {
            Page::Write => "merge-subject",
            Page::Send => "merge-per-minute",
            _ => "no-field",
        }
    }

    /// The column of addresses in use: the one picked, else the one found.
    pub fn address_column(&self) -> Option<String> {
        self.address.clone().or_else(|| {
            self.glance
                .as_ref()
                .and_then(|g| g.address_column().map(str::to_owned))
        })
    }

    /// The account the messages go from: the one picked, else the default one, else the first.
    pub fn sender<'a>(&self, accounts: &'a [Account]) -> Option<&'a Account> {
        let named = |n: &String| accounts.iter().find(|a| &a.name == n);
        self.account
            .as_ref()
            .and_then(named)
            .or_else(|| accounts.iter().find(|a| a.default))
            .or_else(|| accounts.first())
    }

    pub fn update(
        &mut self,
        message: Message,
        accounts: &[Account],
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::ChooseFile => Some(Event::PickFile),
            Message::FileChosen(path) => self.file_chosen(path),
            Message::Dropped(path) if self.page == Page::Write => self.attach(vec![path]),
            Message::Dropped(path) => self.file_chosen(path),
            Message::SheetPicked(sheet) => {
                let path = self.file.clone();
                self.loading = path.is_some();
                path.map(|p| Event::Load(p, Some(sheet.value)))
            }
            Message::Loaded(path, result) => {
                self.loaded(path, result);
                None
            }
            Message::AccountPicked(c) => {
                self.account = Some(c.value);
                None
            }
            Message::AddressPicked(c) => {
                self.address = Some(c.value);
                None
            }
            Message::Merges(merges) => {
                self.merges = merges;
                None
            }
            Message::OpenMerge(id) => {
                *self = MergeScreen::watching(id.clone());
                Some(Event::Watch(id))
            }
            Message::AttachFiles => Some(Event::PickAttachments),
            Message::FilesPicked(paths) => self.attach(paths),
            Message::Measured(_)
            | Message::RemoveAttachment(_)
            | Message::AttachColumnPicked(_) => {
                self.attachments_message(message);
                None
            }
            Message::SubjectChanged(_)
            | Message::Edit(_)
            | Message::FieldPicked(_)
            | Message::InsertInSubject(_)
            | Message::InsertInBody(_)
            | Message::Formatting(_)
            | Message::AllowEmpty(_)
            | Message::Unsubscribe(_) => {
                self.write(message);
                None
            }
            Message::Prepared(result) => {
                self.prepared_now(result);
                None
            }
            Message::Previous
            | Message::Next
            | Message::NextProblem
            | Message::PreviewLink(_)
            | Message::SendTest
            | Message::TestDone(_)
            | Message::PerMinuteChanged(_)
            | Message::StartLater(_)
            | Message::StartChanged(_)
            | Message::Repaced(..)
            | Message::Send
            | Message::Queued(_) => self.sending(message),
            Message::Status(..)
            | Message::Pause
            | Message::Resume
            | Message::AskCancel
            | Message::KeepSending
            | Message::ConfirmCancel
            | Message::Changed(_)
            | Message::ExportReport
            | Message::ReportWritten(_) => self.progress_message(message),
            Message::Continue => self.next_page(accounts),
            Message::Back => self.back(),
            Message::Close => Some(Event::Close),
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, accounts: &'a [Account], theme: &Theme) -> Element<'a, Message> {
        match self.page {
            Page::File => self.file_view(accounts),
            Page::Write => self.write_view(accounts),
            Page::Preview => self.preview_view(theme),
            Page::Send => self.send_view(accounts),
            Page::Progress => self.progress_view(),
        }
    }

    fn file_chosen(&mut self, path: PathBuf) -> Option<Event> {
        if self.page != Page::File {
            return None;
        }
        self.file = Some(path.clone());
        self.loading = true;
        self.glance = None;
        self.load_error = None;
        self.address = None;
        self.attach_column = None;
        self.field = None;
        Some(Event::Load(path, None))
    }

    fn loaded(&mut self, path: PathBuf, result: Result<Box<Glance>, String>) {
        // An answer about a file chosen before the last one is too late.
        if self.file.as_ref() != Some(&path) {
            return;
        }
        self.loading = false;
        match result {
            Ok(glance) => {
                self.glance = Some(glance);
                self.load_error = None;
            }
            Err(e) => {
                self.glance = None;
                self.load_error = Some(e);
            }
        }
    }

    /// What the person asked for, as the library takes it, from `account`.
    pub fn request(&self, account: &Account) -> MergeRequest {
        let found = self
            .glance
            .as_ref()
            .and_then(|g| g.address_column().map(str::to_owned));
        let to = match &self.address {
            Some(column) if Some(column) != found.as_ref() => Some(format!("{{{{{column}}}}}")),
            _ => None,
        };
        MergeRequest {
            data: self.file.clone().unwrap_or_default(),
            sheet: self.glance.as_ref().and_then(|g| g.sheet.clone()),
            to,
            subject: self.subject.clone(),
            body: self.body.text(),
            markdown: self.markdown,
            allow_empty: self.allow_empty,
            unsubscribe: self.unsubscribe.then(|| account.email.clone()),
            attachments: self.attachments.clone(),
            attach_column: self.attach_column.clone(),
            start: self.start_time().ok().flatten(),
            ..MergeRequest::default()
        }
    }

    fn next_page(&mut self, accounts: &[Account]) -> Option<Event> {
        match self.page {
            Page::File if self.glance.is_some() && self.address_column().is_some() => {
                self.page = Page::Write;
                None
            }
            Page::Write => self.ask_preview(accounts),
            Page::Preview if self.prepared.is_some() => {
                self.page = Page::Send;
                None
            }
            Page::Send => self.sending(Message::Send),
            _ => None,
        }
    }

    fn back(&mut self) -> Option<Event> {
        match self.page {
            Page::File | Page::Progress => return Some(Event::Close),
            Page::Write => self.page = Page::File,
            Page::Preview => self.page = Page::Write,
            Page::Send if !self.queuing => self.page = Page::Preview,
            Page::Send => {}
        }
        None
    }
}
