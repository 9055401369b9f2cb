//! The root of the app: one main window (accounts, wizard, settings) and any number of compose windows.

use std::collections::{BTreeMap, VecDeque};

use iced::keyboard::{self, key};
use iced::widget::operation;
use iced::{Element, Event as IcedEvent, Size, Subscription, Task, Theme, event, window};

use super::{
    APP_ID, accounts, compose, delivery, drafts as drafts_list, outbox as outbox_screen, settings,
    theme, wizard,
};
use crate::config::{LoadWarning, Paths, Stamp, Store};
use crate::fl;
use crate::gui::theme::spacing;
use crate::gui::widget::plain_button;
use crate::mail::addresses::{AddressBook, Forgotten};
use crate::mail::drafts::{Drafts, SavedDraft};
use crate::outbox::{
    Claim, Damaged, FlushOptions, FlushReport, Meta, Outbox, SentRecord, State, SystemClock,
};

/// What opens first: the main window, or only a compose window (`outpost compose`).
#[derive(Debug, Clone)]
pub enum Start {
    Main,
    Compose(Box<compose::Prefill>),
}

pub fn run(start: Start) -> iced::Result {
    iced::daemon(move || App::boot(start.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .subscription(App::subscription)
        .settings(iced::Settings {
            id: Some(APP_ID.to_owned()),
            ..iced::Settings::default()
        })
        .run()
}

pub enum Screen {
    Accounts(accounts::Accounts),
    Wizard(Box<wizard::Wizard>),
    Settings(settings::Settings),
    Outbox(outbox_screen::OutboxScreen),
    Identity(super::identity::IdentityScreen),
    /// The sender-domain check, and the wizard to return to when it was opened from there.
    Delivery(Box<delivery::Delivery>, Option<Box<wizard::Wizard>>),
}

pub struct App {
    pub store: Store,
    /// Problems found while loading the configuration, shown until dismissed.
    pub notices: Vec<String>,
    pub main: Option<window::Id>,
    pub screen: Screen,
    pub composes: BTreeMap<window::Id, compose::Compose>,
    pub outbox: Option<Outbox>,
    pub waiting: Vec<Meta>,
    /// The latest records of the sent log (the whole log can hold a hundred thousand).
    pub sent: Vec<SentRecord>,
    pub flushing: bool,
    /// Set by the running flush while a server's confirmation of a written message is awaited.
    confirming: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Flushes asked for while one runs, started one after another: the App is the one sender.
    queued_flushes: VecDeque<FlushRequest>,
    /// Outbox entries that a compose window is changing: no flush sends them meanwhile.
    holds: BTreeMap<window::Id, Claim>,
    /// The ids of the held entries (for the outbox view).
    pub editing: Vec<String>,
    config_stamp: Stamp,
    /// The file's stamp at the last check: a change is read when it holds still for one interval.
    config_pending: Stamp,
    outbox_stamp: (Stamp, Stamp),
    loading_outbox: bool,
    reload_outbox: bool,
    /// Where unfinished messages are kept, and what is there (read with the outbox).
    pub drafts: Option<Drafts>,
    pub saved_drafts: Vec<SavedDraft>,
    /// The addresses sent to before (whole sent log, read once in the background).
    pub book: std::sync::Arc<AddressBook>,
    /// The system's light or dark mode, followed unless the user picked one.
    pub system_mode: iced::theme::Mode,
    /// Flips with every page change, so that the next frame redraws the whole window.
    page_parity: bool,
}

/// A compose window's text is saved this long after its last change (and when it closes).
pub const DRAFT_DELAY: std::time::Duration = std::time::Duration::from_secs(2);

/// How many of the latest sent records the outbox view shows.
pub const SENT_SHOWN: usize = 500;

/// When a message handed over by a compose window goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Now,
    /// After this many seconds, unless the user takes it back.
    AfterUndo(u32),
    /// "Send later", at this time (unix seconds).
    At(u64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct FlushRequest {
    only: Vec<String>,
    force: bool,
}

/// The outbox as read off the UI thread.
#[derive(Debug, Clone)]
pub struct OutboxSnapshot {
    pub waiting: Vec<Meta>,
    pub damaged: Vec<Damaged>,
    pub sent: Vec<SentRecord>,
    pub drafts: Vec<SavedDraft>,
}

#[derive(Debug, Clone)]
pub enum Message {
    MainOpened(window::Id),
    ComposeOpened(window::Id, Option<String>),
    ComposeReady(window::Id, compose::Prefill),
    CloseRequested(window::Id),
    Closed(window::Id),
    FileDropped(window::Id, std::path::PathBuf),
    Tab {
        shift: bool,
    },
    Escape(window::Id),
    SendShortcut(window::Id),
    SystemTheme(iced::theme::Mode),
    /// A new page is shown: focus its first field.
    FocusFirst,
    DismissNotices,
    Wizard(wizard::Message),
    Accounts(accounts::Message),
    Settings(settings::Message),
    Delivery(delivery::Message),
    Compose(window::Id, compose::Message),
    AccountRemoved(String, Result<(), String>),
    Outbox(outbox_screen::Message),
    Identity(super::identity::Message),
    /// Time to send what is due in the outbox.
    Tick,
    /// Time to look whether another process changed the configuration or the outbox.
    CheckFiles,
    /// A spinner is visible: draw the next frame.
    Frame,
    /// A flush ended; the ids it was asked for (empty: everything due).
    Flushed(Vec<String>, Result<FlushReport, String>),
    /// "It arrived" was recorded (its Message-ID; `None`: someone else holds the message right
    /// now), from the outbox page or from a compose window.
    MarkedSent(Option<window::Id>, Result<Option<String>, String>),
    /// A compose window's message is in the outbox under this id (or could not be put there).
    Enqueued(window::Id, Delivery, Result<String, compose::SendFailure>),
    /// The seconds of "Undo" for this outbox entry are over: send it.
    UndoOver(window::Id, String),
    OutboxLoaded(Result<OutboxSnapshot, String>),
    Drafts(drafts_list::Message),
    /// A draft was written (or could not be).
    DraftSaved(Result<(), String>),
    /// "Keep as draft" saved it: the window closes.
    DraftKept(window::Id, Result<(), String>),
    AddressesLoaded(std::sync::Arc<AddressBook>),
    /// The list of forgotten addresses was written (or could not be).
    ForgottenSaved(Result<(), String>),
}

pub fn main_window_settings() -> window::Settings {
    window::Settings {
        size: Size::new(760.0, 780.0),
        min_size: Some(Size::new(560.0, 520.0)),
        exit_on_close_request: false,
        platform_specific: platform(),
        icon: super::icon::window_icon(),
        ..window::Settings::default()
    }
}

pub fn compose_window_settings() -> window::Settings {
    window::Settings {
        size: Size::new(720.0, 680.0),
        min_size: Some(Size::new(480.0, 420.0)),
        exit_on_close_request: false,
        platform_specific: platform(),
        icon: super::icon::window_icon(),
        ..window::Settings::default()
    }
}

fn platform() -> window::settings::PlatformSpecific {
    #[cfg(target_os = "linux")]
    {
        window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        window::settings::PlatformSpecific::default()
    }
}

impl App {
    /// Loads the configuration (never failing: a broken file is kept aside) and opens the main window.
    pub fn boot(start: Start) -> (App, Task<Message>) {
        let (store, warnings, notice) = match Store::open() {
            Ok((store, warnings)) => (store, warnings, None),
            Err(e) => {
                // Start anyway, with nothing loaded: the notice tells the user why. Every change
                // re-reads the file first (`Store::modify`), so a file that could not be read is
                // never replaced by this empty copy.
                let paths = Paths::platform().unwrap_or_else(Paths::private_temporary);
                (
                    Store {
                        paths,
                        config: Default::default(),
                    },
                    vec![],
                    Some(e.message()),
                )
            }
        };
        let mut app = App::with_store(store, &warnings);
        app.notices.extend(notice);
        let load = Task::batch([
            app.load_outbox(),
            app.load_addresses(),
            iced::system::theme().map(Message::SystemTheme),
        ]);
        match start {
            Start::Main => {
                let (_, open) = window::open(main_window_settings());
                (app, Task::batch([load, open.map(Message::MainOpened)]))
            }
            Start::Compose(prefill) => {
                let (_, open) = window::open(compose_window_settings());
                (
                    app,
                    Task::batch([
                        load,
                        open.map(move |id| Message::ComposeReady(id, (*prefill).clone())),
                    ]),
                )
            }
        }
    }

    /// The state without windows (tests drive it directly).
    pub fn with_store(store: Store, warnings: &[LoadWarning]) -> App {
        if let Some(lang) = &store.config.preferences.language {
            settings::apply_language(Some(lang));
        }
        let screen = if store.config.accounts.is_empty() {
            Screen::Wizard(Box::new(wizard::Wizard::new(vec![])))
        } else {
            Screen::Accounts(accounts::Accounts::default())
        };
        let mut notices: Vec<String> = warnings.iter().map(LoadWarning::message).collect();
        let outbox = match Outbox::open(&store.paths.data_dir) {
            Ok(o) => Some(o),
            Err(e) => {
                notices.push(e.message());
                None
            }
        };
        let config_stamp = crate::config::stamp(&store.paths.config_file());
        let drafts = match Drafts::open(&store.paths.data_dir) {
            Ok(d) => Some(d),
            Err(e) => {
                notices.push(e.message());
                None
            }
        };
        let mut app = App {
            notices,
            store,
            main: None,
            screen,
            composes: BTreeMap::new(),
            outbox,
            waiting: Vec::new(),
            sent: Vec::new(),
            flushing: false,
            confirming: Default::default(),
            queued_flushes: VecDeque::new(),
            holds: BTreeMap::new(),
            editing: Vec::new(),
            config_stamp,
            config_pending: config_stamp,
            outbox_stamp: (None, None),
            loading_outbox: false,
            reload_outbox: false,
            drafts,
            saved_drafts: Vec::new(),
            book: Default::default(),
            system_mode: iced::theme::Mode::None,
            page_parity: false,
        };
        app.outbox_stamp = app.outbox_stamps();
        app
    }

    fn outbox_stamps(&self) -> (Stamp, Stamp) {
        match &self.outbox {
            Some(o) => (
                crate::config::stamp(&o.root().join("queue")),
                crate::config::stamp(&o.root().join("sent.jsonl")),
            ),
            None => (None, None),
        }
    }

    /// Re-reads the outbox and the latest sent records off the UI thread.
    pub fn load_outbox(&mut self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        if self.loading_outbox {
            self.reload_outbox = true;
            return Task::none();
        }
        self.loading_outbox = true;
        self.outbox_stamp = self.outbox_stamps();
        let days = self.store.config.preferences.sent_log_days.into();
        let drafts = self.drafts.clone();
        Task::perform(
            off_ui_thread(move || {
                // Cheap when nothing is old enough to go (one line is read).
                outbox
                    .prune_sent_log(days, std::time::SystemTime::now())
                    .map_err(|e| e.message())?;
                let (waiting, damaged) = outbox.list().map_err(|e| e.message())?;
                let sent = outbox.sent_log().recent(SENT_SHOWN);
                let drafts = drafts.map(|d| d.list()).unwrap_or_default();
                Ok(OutboxSnapshot {
                    waiting,
                    damaged,
                    sent,
                    drafts,
                })
            }),
            Message::OutboxLoaded,
        )
    }

    fn outbox_loaded(&mut self, result: Result<OutboxSnapshot, String>) -> Task<Message> {
        self.loading_outbox = false;
        match result {
            Ok(snapshot) => {
                self.waiting = snapshot.waiting;
                self.sent = snapshot.sent;
                self.saved_drafts = snapshot.drafts;
                self.damaged_notices(&snapshot.damaged);
            }
            Err(e) => self.notices.push(e),
        }
        // A window whose kept message went out meanwhile (the automatic retry, or a flush from the
        // command line) hears it.
        for c in self.composes.values_mut() {
            let Some(id) = c.replaces.as_deref() else {
                continue;
            };
            if matches!(c.status, compose::Status::Failed(_))
                && let Some(record) = self.sent.iter().find(|r| r.id == id)
            {
                let _ = c.update(compose::Message::Delivered(record.message_id.clone()));
            }
        }
        if std::mem::take(&mut self.reload_outbox) {
            return self.load_outbox();
        }
        Task::none()
    }

    /// Builds the address suggestions from the whole sent log, off the UI thread.
    pub fn load_addresses(&self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        let data = self.store.paths.data_dir.clone();
        Task::perform(
            async move {
                off_ui_thread(move || {
                    let mut book = AddressBook::new(Forgotten::new(&data).load());
                    book.add_sent(
                        outbox
                            .sent_log()
                            .list()
                            .iter()
                            .map(|r| (r.recipients.as_slice(), r.sent_at)),
                    );
                    Ok(std::sync::Arc::new(book))
                })
                .await
                .unwrap_or_default()
            },
            Message::AddressesLoaded,
        )
    }

    fn share_book(&mut self) {
        for c in self.composes.values_mut() {
            c.book = self.book.clone();
        }
    }

    fn forget_address(&mut self, address: &str) -> Task<Message> {
        std::sync::Arc::make_mut(&mut self.book).forget(address);
        self.share_book();
        let forgotten = self.book.forgotten().clone();
        let data = self.store.paths.data_dir.clone();
        Task::perform(
            off_ui_thread(move || {
                Forgotten::new(&data)
                    .save(&forgotten)
                    .map_err(|e| e.message())
            }),
            Message::ForgottenSaved,
        )
    }

    fn damaged_notices(&mut self, damaged: &[Damaged]) {
        for d in damaged {
            self.notices.push(fl!(
                "outbox-damaged",
                path = d.moved_to.display().to_string()
            ));
        }
    }

    /// Another process (the command line, a second Outpost) may have changed the configuration or
    /// the outbox: what the window shows follows what is on disk.
    fn check_files(&mut self) -> Task<Message> {
        let stamp = crate::config::stamp(&self.store.paths.config_file());
        // A changed file is read once it has stopped changing (an editor or `>>` writing it in
        // place is done): the same size and time at two checks in a row.
        if stamp != self.config_stamp && stamp == self.config_pending {
            self.config_stamp = stamp;
            match self.store.reload() {
                Ok(warnings) => {
                    self.notices
                        .extend(warnings.iter().map(LoadWarning::message));
                    self.accounts_changed();
                }
                // The last good settings stay; the next change is read again.
                Err(e) => self.notices.push(e.message()),
            }
        }
        self.config_pending = stamp;
        let saving = self.save_due_drafts(DRAFT_DELAY);
        if self.outbox_stamps() != self.outbox_stamp {
            return Task::batch([saving, self.load_outbox()]);
        }
        saving
    }

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
    fn keep_draft(&mut self, window: window::Id) -> Task<Message> {
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

    fn forget_draft(&mut self, id: Option<String>) {
        if let (Some(drafts), Some(id)) = (&self.drafts, id)
            && let Err(e) = drafts.remove(&id)
        {
            self.notices.push(e.message());
        }
    }

    fn on_drafts_message(&mut self, m: drafts_list::Message) -> Task<Message> {
        match m {
            drafts_list::Message::Open(id) => {
                if self
                    .composes
                    .values()
                    .any(|c| c.draft_id.as_deref() == Some(id.as_str()))
                {
                    return Task::none();
                }
                let Some(d) = self.drafts.as_ref().and_then(|d| d.get(&id)) else {
                    return self.load_outbox();
                };
                let prefill = compose::Prefill {
                    account: d.account,
                    to: d.to,
                    cc: d.cc,
                    bcc: d.bcc,
                    subject: d.subject,
                    body: d.body,
                    attachments: d.attachments,
                    replaces: d.replaces,
                    draft: Some(id),
                    markdown: d.markdown,
                    later: None,
                };
                let (_, open) = window::open(compose_window_settings());
                open.map(move |wid| Message::ComposeReady(wid, prefill.clone()))
            }
            drafts_list::Message::Delete(id) => {
                self.forget_draft(Some(id));
                self.load_outbox()
            }
        }
    }

    fn accounts_changed(&mut self) {
        self.config_stamp = crate::config::stamp(&self.store.paths.config_file());
        for c in self.composes.values_mut() {
            c.set_accounts(self.store.config.accounts.clone());
        }
    }

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

    fn start_flush(&mut self, request: FlushRequest) -> Task<Message> {
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
    fn flushed(&mut self, only: Vec<String>, result: Result<FlushReport, String>) -> Task<Message> {
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
    fn sync_holds(&mut self) {
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

    pub fn title(&self, window: window::Id) -> String {
        if let Some(c) = self.composes.get(&window) {
            return c.title();
        }
        // The page is in the title: window lists and screen readers say where the user is.
        let page = match &self.screen {
            Screen::Accounts(_) => return fl!("gui-app-title"),
            Screen::Wizard(w) => w.step_name(),
            Screen::Settings(_) => fl!("gui-settings"),
            Screen::Outbox(_) => fl!("gui-outbox-title"),
            Screen::Identity(_) => fl!("gui-identity-page"),
            Screen::Delivery(..) => fl!("gui-delivery-title"),
        };
        fl!("gui-window-title", page = page)
    }

    pub fn theme(&self, _window: window::Id) -> Option<Theme> {
        Some(theme::theme(
            self.store.config.preferences.theme,
            self.system_mode,
        ))
    }

    /// The text-size preference: iced scales text and controls together, so layouts keep their
    /// proportions (the content column narrows and scrolls rather than overflowing).
    pub fn scale_factor(&self, _window: window::Id) -> f32 {
        let percent = self.store.config.preferences.text_scale;
        f32::from(percent.clamp(theme::TEXT_SCALES[0], 150)) / 100.0
    }

    /// Tells the compose windows (which render Markdown with the theme) about a theme change.
    fn theme_changed(&mut self) {
        let theme = theme::theme(self.store.config.preferences.theme, self.system_mode);
        for c in self.composes.values_mut() {
            c.theme = theme.clone();
        }
    }

    /// Whether something runs that shows a spinner (and so needs frames).
    pub fn busy(&self) -> bool {
        let screen = match &self.screen {
            Screen::Wizard(w) => {
                w.detecting || w.probing || w.test.running || w.sending == wizard::Sending::Running
            }
            Screen::Accounts(a) => a
                .tests
                .values()
                .any(|t| matches!(t, accounts::TestResult::Running)),
            Screen::Delivery(d, _) => d.is_running(),
            Screen::Outbox(_) | Screen::Settings(_) | Screen::Identity(_) => false,
        };
        screen
            || self.flushing
            || self
                .composes
                .values()
                .any(|c| c.status == compose::Status::Sending)
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let frames = if self.busy() {
            iced::time::every(super::glyph::FRAME).map(|_| Message::Frame)
        } else {
            Subscription::none()
        };
        Subscription::batch([
            frames,
            window::close_requests().map(Message::CloseRequested),
            // The outbox worker: what is due goes out; going offline and back just works.
            iced::time::every(std::time::Duration::from_secs(60)).map(|_| Message::Tick),
            iced::time::every(std::time::Duration::from_secs(2)).map(|_| Message::CheckFiles),
            window::close_events().map(Message::Closed),
            event::listen_with(route_event),
            iced::system::theme_changes().map(Message::SystemTheme),
        ])
    }

    fn names(&self) -> Vec<String> {
        self.store
            .config
            .accounts
            .iter()
            .map(|a| a.name.clone())
            .collect()
    }

    /// Handles a message; when it changed the page, the keyboard focus starts afresh on the new
    /// page's first field (or nowhere, so that Tab starts at the top and Shift+Tab at the
    /// primary action), instead of staying on whatever sat at the same place before.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.page_key();
        let task = self.handle(message);
        if self.page_key() == before {
            return task;
        }
        self.page_parity = !self.page_parity;
        // After the new page is on screen (the next message), not on the old one.
        Task::batch([task, Task::done(Message::FocusFirst)])
    }

    /// Which page the main window shows: the screen, and the wizard's step.
    fn page_key(&self) -> (std::mem::Discriminant<Screen>, Option<wizard::Step>) {
        let step = match &self.screen {
            Screen::Wizard(w) => Some(w.step),
            _ => None,
        };
        (std::mem::discriminant(&self.screen), step)
    }

    /// The id of the input a page starts in (ids that no widget has leave nothing focused).
    fn first_field(&self) -> &'static str {
        match &self.screen {
            Screen::Wizard(w) => match w.step {
                wizard::Step::Address if w.display_name.trim().is_empty() => "display-name",
                wizard::Step::Address => "email",
                wizard::Step::Server => "host",
                wizard::Step::SignIn if w.sign_in && !w.uses_oauth() => "username",
                _ => "no-field",
            },
            _ => "no-field",
        }
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::MainOpened(id) => {
                self.main = Some(id);
                // A restart resumes the queue.
                Task::batch([
                    operation::focus("display-name"),
                    self.request_flush(vec![], false),
                ])
            }
            Message::Tick => self.request_flush(vec![], false),
            Message::CheckFiles => self.check_files(),
            Message::Frame => {
                // The flush's progress, for the windows waiting on it.
                let confirming = self.confirming.load(std::sync::atomic::Ordering::Relaxed);
                for c in self.composes.values_mut() {
                    c.confirming = confirming && c.status == compose::Status::Sending;
                }
                Task::none()
            }
            Message::FocusFirst => operation::focus(self.first_field()),
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                self.theme_changed();
                Task::none()
            }
            Message::Flushed(only, result) => self.flushed(only, result),
            Message::MarkedSent(window, result) => {
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
            Message::OutboxLoaded(result) => self.outbox_loaded(result),
            Message::AddressesLoaded(book) => {
                // Sends that finished while it was read are in it already or come with the next.
                self.book = book;
                self.share_book();
                Task::none()
            }
            Message::ForgottenSaved(result) => {
                if let Err(e) = result {
                    self.notices.push(e);
                }
                Task::none()
            }
            Message::Drafts(m) => self.on_drafts_message(m),
            Message::DraftSaved(result) => {
                if let Err(e) = result {
                    self.notices.push(e);
                }
                self.load_outbox()
            }
            Message::DraftKept(window, result) => match result {
                Ok(()) => Task::batch([window::close(window), self.load_outbox()]),
                Err(e) => {
                    // Not saved: the window stays open with everything in it.
                    self.notices.push(e);
                    Task::none()
                }
            },
            Message::Enqueued(window, delivery, result) => self.enqueued(window, delivery, result),
            Message::UndoOver(window, id) => {
                if let Some(c) = self.composes.get_mut(&window)
                    && c.status == compose::Status::Pending(id.clone())
                {
                    c.status = compose::Status::Sending;
                }
                // Sent even when the window was closed meanwhile; an undone message is gone.
                self.request_flush(vec![id], true)
            }
            Message::Outbox(m) => self.on_outbox_message(m),
            Message::Identity(m) => self.on_identity_message(m),
            Message::ComposeOpened(id, account) => {
                let mut compose =
                    compose::Compose::new(self.store.config.accounts.clone(), account);
                compose.outbox = self.outbox.clone();
                compose.book = self.book.clone();
                compose.theme = self.theme(id).unwrap_or(Theme::Light);
                let task = compose.boot().map(move |m| Message::Compose(id, m));
                self.composes.insert(id, compose);
                self.sync_holds();
                Task::batch([task, operation::focus("to")])
            }
            Message::ComposeReady(id, prefill) => {
                let mut compose = compose::Compose::new(
                    self.store.config.accounts.clone(),
                    prefill.account.clone(),
                );
                compose.outbox = self.outbox.clone();
                compose.book = self.book.clone();
                compose.theme = self.theme(id).unwrap_or(Theme::Light);
                compose.prefill(prefill);
                let task = compose.boot().map(move |m| Message::Compose(id, m));
                self.composes.insert(id, compose);
                // "Edit" on a queued message: held while the window is open.
                self.sync_holds();
                Task::batch([task, operation::focus("to")])
            }
            Message::CloseRequested(id) => {
                if let Some(c) = self.composes.get_mut(&id) {
                    if c.has_unsent_text() {
                        c.ask_before_closing();
                        return Task::none();
                    }
                    return window::close(id);
                }
                window::close(id)
            }
            Message::Closed(id) => {
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
            Message::FileDropped(id, path) => {
                self.on_compose_message(id, compose::Message::FilesPicked(vec![path]))
            }
            Message::Tab { shift } => {
                if shift {
                    operation::focus_previous()
                } else {
                    operation::focus_next()
                }
            }
            Message::Escape(id) => {
                if self.composes.contains_key(&id) {
                    return self.on_compose_message(id, compose::Message::Escape);
                }
                match &mut self.screen {
                    Screen::Accounts(_) => {
                        self.on_accounts_message(accounts::Message::CancelRemove)
                    }
                    Screen::Settings(_) | Screen::Outbox(_) | Screen::Identity(_) => {
                        self.screen = Screen::Accounts(accounts::Accounts::default());
                        Task::none()
                    }
                    Screen::Delivery(..) => self.on_delivery_message(delivery::Message::Done),
                    // Escape is Back in the wizard (nothing typed is lost going back).
                    Screen::Wizard(_) => self.on_wizard_message(wizard::Message::Back),
                }
            }
            Message::SendShortcut(id) => self.on_compose_message(id, compose::Message::Send),
            Message::DismissNotices => {
                self.notices.clear();
                Task::none()
            }
            Message::Wizard(m) => self.on_wizard_message(m),
            Message::Accounts(m) => self.on_accounts_message(m),
            Message::Settings(m) => self.on_settings_message(m),
            Message::Delivery(m) => self.on_delivery_message(m),
            Message::Compose(id, m) => self.on_compose_message(id, m),
            Message::AccountRemoved(name, result) => {
                if let Screen::Accounts(a) = &mut self.screen {
                    a.removed(&name, result);
                }
                Task::none()
            }
        }
    }

    fn on_wizard_message(&mut self, m: wizard::Message) -> Task<Message> {
        let Screen::Wizard(w) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = w.update(m);
        let task = task.map(Message::Wizard);
        let Some(event) = event else { return task };
        match event {
            wizard::Event::Saved(account) => {
                let old = w.editing.as_ref().map(|a| a.name.clone());
                let signed_in = w.signed_in();
                let saved = self.store.modify(|s| match &old {
                    Some(old) => s.update_account(old, account.clone()),
                    None => s.add_account(account.clone()),
                });
                let ok = saved.is_ok();
                if let Err(e) = saved
                    && let Screen::Wizard(w) = &mut self.screen
                {
                    w.save_failed(e.message());
                }
                self.accounts_changed();
                if ok && signed_in {
                    return Task::batch([task, self.retry_signed_out(&account)]);
                }
                task
            }
            wizard::Event::Finished | wizard::Event::Cancelled => {
                if self.store.config.accounts.is_empty() {
                    // First run: there is nothing behind the wizard; start over rather than show an empty list.
                    self.screen = Screen::Wizard(Box::new(wizard::Wizard::new(vec![])));
                } else {
                    self.screen = Screen::Accounts(accounts::Accounts::default());
                }
                task
            }
            wizard::Event::OpenCompose(name) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                Task::batch([task, self.open_compose(Some(name))])
            }
            wizard::Event::CheckDelivery(account) => {
                let request = crate::domain::Request::for_account(&account);
                let placeholder = Screen::Accounts(accounts::Accounts::default());
                let Screen::Wizard(w) = std::mem::replace(&mut self.screen, placeholder) else {
                    return task;
                };
                Task::batch([task, self.open_delivery(request, Some(w))])
            }
        }
    }

    fn open_delivery(
        &mut self,
        request: crate::domain::Request,
        back: Option<Box<wizard::Wizard>>,
    ) -> Task<Message> {
        let (screen, task) = delivery::Delivery::new(request);
        self.screen = Screen::Delivery(Box::new(screen), back);
        task.map(Message::Delivery)
    }

    fn on_delivery_message(&mut self, m: delivery::Message) -> Task<Message> {
        let Screen::Delivery(d, _) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = d.update(m);
        let task = task.map(Message::Delivery);
        match event {
            Some(delivery::Event::Done) => {
                let placeholder = Screen::Accounts(accounts::Accounts::default());
                if let Screen::Delivery(_, Some(w)) =
                    std::mem::replace(&mut self.screen, placeholder)
                {
                    self.screen = Screen::Wizard(w);
                }
                task
            }
            None => task,
        }
    }

    fn on_accounts_message(&mut self, m: accounts::Message) -> Task<Message> {
        let Screen::Accounts(a) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = a.update(m, &self.store.config.accounts);
        let task = task.map(Message::Accounts);
        let Some(event) = event else { return task };
        match event {
            accounts::Event::AddAccount => {
                self.screen = Screen::Wizard(Box::new(wizard::Wizard::new(self.names())));
                Task::batch([task, operation::focus("display-name")])
            }
            accounts::Event::Edit(name) => {
                if let Ok(account) = self.store.account(&name) {
                    self.screen =
                        Screen::Wizard(Box::new(wizard::Wizard::edit(account, self.names())));
                }
                task
            }
            accounts::Event::SignInAgain(name) => {
                if let Ok(account) = self.store.account(&name) {
                    let mut w = wizard::Wizard::edit(account, self.names());
                    w.step = wizard::Step::SignIn;
                    self.screen = Screen::Wizard(Box::new(w));
                }
                task
            }
            accounts::Event::MakeDefault(name) => {
                if let Err(e) = self.store.modify(|s| s.set_default(&name)) {
                    self.notices.push(e.message());
                }
                self.accounts_changed();
                task
            }
            accounts::Event::Remove(name) => {
                let saved = self.store.modify(|s| s.remove_account(&name));
                self.accounts_changed();
                match saved.map_err(|e| e.message()) {
                    Ok(_) => Task::batch([
                        task,
                        Task::perform(
                            async move {
                                let r = crate::credentials::delete(&name)
                                    .await
                                    .map_err(|e| e.message());
                                (name, r)
                            },
                            |(name, r)| Message::AccountRemoved(name, r),
                        ),
                    ]),
                    Err(e) => {
                        self.notices.push(e);
                        task
                    }
                }
            }
            accounts::Event::Compose(name) => Task::batch([task, self.open_compose(name)]),
            accounts::Event::CheckDelivery(name) => {
                match self.store.config.accounts.iter().find(|a| a.name == name) {
                    Some(account) => {
                        let request = crate::domain::Request::for_account(account);
                        Task::batch([task, self.open_delivery(request, None)])
                    }
                    None => task,
                }
            }
            accounts::Event::OpenOutbox => {
                self.screen = Screen::Outbox(outbox_screen::OutboxScreen::default());
                Task::batch([task, self.load_outbox()])
            }
            accounts::Event::EditIdentity(name) => {
                if let Ok(account) = self.store.account(&name) {
                    self.screen = Screen::Identity(super::identity::IdentityScreen::new(account));
                }
                Task::batch([task, operation::focus("signature")])
            }
            accounts::Event::OpenSettings => {
                self.screen = Screen::Settings(settings::Settings);
                task
            }
        }
    }

    fn on_settings_message(&mut self, m: settings::Message) -> Task<Message> {
        let Screen::Settings(s) = &mut self.screen else {
            return Task::none();
        };
        let mut preferences = self.store.config.preferences.clone();
        let (task, event) = s.update(m, &mut preferences);
        let task = task.map(Message::Settings);
        match event {
            Some(settings::Event::Changed) => {
                // Only the preferences change; accounts added elsewhere meanwhile stay.
                let changed = preferences.clone();
                if let Err(e) = self.store.modify(|s| {
                    s.config.preferences = changed;
                    Ok(())
                }) {
                    self.notices.push(e.message());
                    self.store.config.preferences = preferences;
                }
                self.accounts_changed();
                self.theme_changed();
                task
            }
            Some(settings::Event::Close) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            None => task,
        }
    }

    fn on_outbox_message(&mut self, m: outbox_screen::Message) -> Task<Message> {
        let Screen::Outbox(o) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = o.update(m);
        let task = task.map(Message::Outbox);
        let Some(event) = event else { return task };
        match event {
            outbox_screen::Event::Close => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            outbox_screen::Event::RetryNow(id) => Task::batch([task, self.retry_now(id)]),
            outbox_screen::Event::MarkSent(id) => Task::batch([task, self.mark_sent(id, None)]),
            outbox_screen::Event::Delete(id) => {
                if let Some(outbox) = &self.outbox {
                    match outbox.remove(&id) {
                        Ok(true) => {}
                        Ok(false) => self.notices.push(fl!("gui-outbox-busy")),
                        Err(e) => self.notices.push(e.message()),
                    }
                }
                Task::batch([task, self.load_outbox()])
            }
            outbox_screen::Event::Edit(id) => {
                let Some(meta) = self.waiting.iter().find(|m| m.id == id).cloned() else {
                    return task;
                };
                let draft = meta.draft.unwrap_or_default();
                let prefill = compose::Prefill {
                    account: Some(meta.account.clone()),
                    to: draft.to,
                    cc: draft.cc,
                    bcc: draft.bcc,
                    subject: draft.subject,
                    body: draft.body,
                    attachments: draft.attachments,
                    replaces: Some(id),
                    draft: None,
                    markdown: draft.markdown,
                    later: None,
                };
                let (_, open) = window::open(compose_window_settings());
                Task::batch([
                    task,
                    open.map(move |wid| Message::ComposeReady(wid, prefill.clone())),
                ])
            }
        }
    }

    fn enqueued(
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
    fn undo(&mut self, window: window::Id, id: String) -> Task<Message> {
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
    fn retry_signed_out(&mut self, account: &crate::account::Account) -> Task<Message> {
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

    fn on_identity_message(&mut self, m: super::identity::Message) -> Task<Message> {
        let Screen::Identity(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = s.update(m);
        let task = task.map(Message::Identity);
        match event {
            Some(super::identity::Event::Save(name, identity)) => {
                let saved = self.store.modify(|s| {
                    let mut account = s.account(&name)?.clone();
                    account.signature = identity.signature;
                    account.reply_to = identity.reply_to;
                    account.bcc_self = identity.bcc_self;
                    account.identities = identity.others;
                    s.update_account(&name, account)
                });
                match saved {
                    Ok(()) => {
                        self.accounts_changed();
                        self.screen = Screen::Accounts(accounts::Accounts::default());
                    }
                    Err(e) => self.notices.push(e.message()),
                }
                task
            }
            Some(super::identity::Event::Cancel) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            None => task,
        }
    }

    /// "It arrived": records the unconfirmed message as sent, off the UI thread.
    fn mark_sent(&mut self, id: String, window: Option<window::Id>) -> Task<Message> {
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

    fn retry_now(&mut self, id: String) -> Task<Message> {
        if let Some(outbox) = &self.outbox
            && let Err(e) = outbox.retry_now(&id, std::time::SystemTime::now())
        {
            self.notices.push(e.message());
        }
        self.request_flush(vec![id], true)
    }

    fn on_compose_message(&mut self, id: window::Id, m: compose::Message) -> Task<Message> {
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

    pub fn view(&self, window: window::Id) -> Element<'_, Message> {
        if let Some(c) = self.composes.get(&window) {
            return c.view().map(move |m| Message::Compose(window, m));
        }
        let screen: Element<'_, Message> = match &self.screen {
            Screen::Accounts(a) => {
                // Drafts open in a window are not offered again.
                let closed: Vec<&SavedDraft> = self
                    .saved_drafts
                    .iter()
                    .filter(|d| {
                        !self
                            .composes
                            .values()
                            .any(|c| c.draft_id.as_deref() == Some(d.id.as_str()))
                    })
                    .collect();
                let mut col = iced::widget::column![a.header(&self.waiting).map(Message::Accounts)]
                    .spacing(spacing::M);
                if let Some(list) = drafts_list::view(&closed) {
                    col = col.push(list.map(Message::Drafts));
                }
                col = col.push(
                    a.list(&self.store.config.accounts, &self.waiting, &self.sent)
                        .map(Message::Accounts),
                );
                super::widget::page(col, super::theme::width::WIDE)
            }
            Screen::Outbox(o) => o
                .view(&self.waiting, &self.sent, &self.editing, self.flushing)
                .map(Message::Outbox),
            Screen::Wizard(w) => w.view().map(Message::Wizard),
            Screen::Delivery(d, _) => d.view().map(Message::Delivery),
            Screen::Settings(s) => s
                .view(&self.store.config.preferences)
                .map(Message::Settings),
            Screen::Identity(s) => s.view().map(Message::Identity),
        };
        // The whole window is redrawn once when the page changes (see `style::window`).
        let window_style = super::theme::style::window(self.page_parity);
        if self.notices.is_empty() {
            return iced::widget::container(screen)
                .width(iced::Fill)
                .height(iced::Fill)
                .style(window_style)
                .into();
        }
        use iced::widget::{column, row, space, text};
        let notices = self
            .notices
            .iter()
            .fold(column![].spacing(spacing::XS), |c, n| {
                c.push(text(n.clone()))
            });
        let banner = super::widget::banner(
            row![
                notices,
                space::horizontal(),
                plain_button(fl!("gui-dismiss")).on_press(Message::DismissNotices)
            ]
            .spacing(spacing::S),
            super::theme::style::Tone::Warning,
        );
        iced::widget::container(column![
            iced::widget::container(banner).padding([spacing::S, spacing::L]),
            screen
        ])
        .width(iced::Fill)
        .height(iced::Fill)
        .style(window_style)
        .into()
    }
}

/// Keyboard and window events that concern the app as a whole.
fn route_event(event: IcedEvent, status: event::Status, window: window::Id) -> Option<Message> {
    match event {
        IcedEvent::Window(window::Event::FileDropped(path)) => {
            Some(Message::FileDropped(window, path))
        }
        IcedEvent::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => {
            match key.as_ref() {
                keyboard::Key::Named(key::Named::Enter) if modifiers.command() => {
                    Some(Message::SendShortcut(window))
                }
                keyboard::Key::Named(key::Named::Tab) if status == event::Status::Ignored => {
                    Some(Message::Tab {
                        shift: modifiers.shift(),
                    })
                }
                keyboard::Key::Named(key::Named::Escape) => Some(Message::Escape(window)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Runs blocking file work (reads, fsyncs) off the UI thread.
async fn off_ui_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|_| Err(fl!("io-other")))
}

/// A message that stays in the outbox without a problem to report (it waits its turn).
fn kept(id: &str) -> compose::Message {
    compose::Message::Sent(Err(compose::SendFailure {
        message: fl!("gui-send-kept"),
        fix: String::new(),
        temporary: true,
        outbox_id: Some(id.to_owned()),
        unconfirmed: false,
    }))
}
