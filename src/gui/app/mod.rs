//! The root of the app: one main window (accounts, wizard, settings) and any number of compose windows.

use std::collections::{BTreeMap, VecDeque};

use iced::keyboard::{self, key};
use iced::widget::operation;
use iced::{Element, Event as IcedEvent, Size, Subscription, Task, Theme, event, window};

mod changes;
mod composing;
mod copies;
mod drafts;
mod files;
mod merging;
mod screens;
mod sending;
mod sent;
mod setup;
mod windows;

pub use sending::Handover;

use super::{
    APP_ID, accounts, compose, delivery, drafts as drafts_list, outbox as outbox_screen, settings,
    theme, wizard,
};
use crate::config::{LoadWarning, Paths, Stamp, Store};
use crate::fl;
use crate::gui::theme::spacing;
use crate::gui::widget::plain_button;
use crate::mail::addresses::AddressBook;
use crate::mail::drafts::{Drafts, SavedDraft};
use crate::outbox::{Claim, Damaged, FlushReport, Meta, Outbox, SentRecord};

/// What opens first: the main window, or only a compose window (`outpost compose`).
#[derive(Debug, Clone)]
pub enum Start {
    Main,
    Compose(Box<compose::Prefill>),
    /// The main window on "Send to a list" (`outpost merge --window`).
    Merge(Box<crate::gui::merge::Opening>),
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
        .font(UI_FONT_REGULAR)
        .font(UI_FONT_BOLD)
        .default_font(UI_FONT)
        .run()
}

/// The UI font, embedded (assets/fonts/, Apache-2.0) so every platform shows the same text and a
/// system without fonts the renderer finds (Wine) shows any at all. Scripts it lacks fall back to
/// the system's fonts. It is also the family the renderer gives "sans-serif" (the Markdown preview).
const UI_FONT: iced::Font = iced::Font::with_name("Open Sans"); // not translated: a font's name
const UI_FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Regular.ttf");
const UI_FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Bold.ttf");

pub enum Screen {
    Accounts(accounts::Accounts),
    Wizard(Box<wizard::Wizard>),
    Settings(settings::Settings),
    Outbox(outbox_screen::OutboxScreen),
    Identity(super::identity::IdentityScreen),
    /// The sender-domain check, and the wizard to return to when it was opened from there.
    Delivery(Box<delivery::Delivery>, Option<Box<wizard::Wizard>>),
    /// "Send to a list": a mail merge, page by page, and the progress of a queued one.
    Merge(Box<crate::gui::merge::MergeScreen>),
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
    /// The copy states of `sent` in the mailbox's Sent folder.
    pub sent_copies: BTreeMap<String, crate::outbox::CopyState>,
    /// Copies in Sent are being saved (one round at a time); another round was asked meanwhile.
    copying: bool,
    copy_again: bool,
    pub flushing: bool,
    /// Set by the running flush while a server's confirmation of a written message is awaited.
    confirming: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Flushes asked for while one runs, started one after another: the App is the one sender.
    queued_flushes: VecDeque<FlushRequest>,
    /// Outbox entries that a compose window is changing: no flush sends them meanwhile.
    holds: BTreeMap<window::Id, Claim>,
    /// Claims asked for off the UI thread and not answered yet: the window and its entry.
    claiming: BTreeMap<window::Id, String>,
    /// The windows' holds changed: claims are asked for once the message is handled.
    check_holds: bool,
    /// Changes of the configuration waiting their turn: one runs at a time, in the order asked.
    config_changes: VecDeque<changes::Change>,
    changing_config: bool,
    /// Saves of the preferences not finished yet: the preferences in memory are the user's latest
    /// choice meanwhile, kept over any store adopted before they are saved.
    preference_saves: usize,
    /// The ids of the held entries (for the outbox view).
    pub editing: Vec<String>,
    config_stamp: Stamp,
    /// The file's stamp at the last check: a change is read when it holds still for one interval.
    config_pending: Stamp,
    outbox_stamp: files::OutboxStamps,
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
    /// The outbox id of "Send a test to myself" while it is sent.
    merge_test: Option<String>,
    /// When the next merge message is due (unix seconds): a flush then.
    merge_next: Option<u64>,
}

/// What tells one page of the main window from another.
type PageKey = (
    std::mem::Discriminant<Screen>,
    Option<wizard::Step>,
    Option<crate::gui::merge::Page>,
);

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
    /// The queue's, the sent log's and the copies' stamps, taken before reading them.
    pub stamps: files::OutboxStamps,
    pub waiting: Vec<Meta>,
    pub damaged: Vec<Damaged>,
    pub sent: Vec<SentRecord>,
    pub drafts: Vec<SavedDraft>,
    /// The copy states of `sent` in the mailbox's Sent folder (those that have one).
    pub copies: BTreeMap<String, crate::outbox::CopyState>,
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
    /// A change of the configuration ended, with its result (one of the messages below): the
    /// next change starts.
    ConfigChanged(Box<Message>),
    /// The configuration as read again after another process changed it, and what was wrong in it.
    ConfigReloaded(Result<(Store, Vec<String>), String>),
    /// "Make default" was saved (the store as saved), or why not.
    DefaultSet(Result<Store, String>),
    /// An account was removed (the store as saved, and why its keychain entry stayed), or why not.
    AccountRemoved(String, Result<(Store, Option<String>), String>),
    /// The preferences were saved, or why not.
    PreferencesSaved(Result<Store, String>),
    /// An account's signature and replies were saved, or why not.
    IdentitySaved(Result<Store, String>),
    /// A claim asked for a window that edits this outbox entry (empty: someone else holds it, or
    /// it is gone).
    Claimed(window::Id, String, Handover),
    /// A waiting message was deleted (`false`: someone holds it right now), or why not.
    OutboxDeleted(Result<bool, String>),
    /// "Retry now" put the message back in line (or could not): its flush follows.
    RetryReady(String, Result<(), String>),
    /// After a sign-in, these of the account's held messages are back in line (or why not).
    Requeued(Result<Vec<String>, String>),
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
    /// A round of copies in Sent ended.
    CopiesSaved(Result<crate::outbox::CopyReport, String>),
    /// Copies in Sent were made due again ("Try again"): save them now.
    CopiesDue,
    /// "It arrived" was recorded (its Message-ID; `None`: someone else holds the message right
    /// now), from the outbox page or from a compose window.
    MarkedSent(Option<window::Id>, Result<Option<String>, String>),
    /// A compose window's message is in the outbox under this id (or could not be put there).
    Enqueued(window::Id, Delivery, Result<String, compose::SendFailure>),
    /// The seconds of "Undo" for this outbox entry are over: send it.
    UndoOver(window::Id, String),
    OutboxLoaded(Result<OutboxSnapshot, String>),
    /// The files' stamps, looked at off the UI thread.
    FilesChecked(files::Stamps),
    Drafts(drafts_list::Message),
    /// A draft was written (or could not be).
    DraftSaved(Result<(), String>),
    /// "Keep as draft" saved it: the window closes.
    DraftKept(window::Id, Result<(), String>),
    /// A draft read for "Open" (`None`: gone meanwhile).
    DraftLoaded(String, Option<Box<SavedDraft>>),
    /// "Undo" done: `true` when the message left the outbox in time.
    Undone(window::Id, Result<bool, String>),
    AddressesLoaded(std::sync::Arc<AddressBook>),
    /// The list of forgotten addresses was written (or could not be).
    ForgottenSaved(Result<(), String>),
    /// The wizard's account was saved (or could not be).
    AccountSaved(Box<setup::SavedAccount>),
    Merge(crate::gui::merge::Message),
    /// "Send a test to myself" is in the outbox under this id (or could not be put there).
    MergeTestQueued(Result<String, String>),
    /// Where to write a merge's report (its id; `None`: the dialog was closed).
    MergeReportTo(String, Option<std::path::PathBuf>),
    /// A second passed while a merge has messages waiting: a flush if one is due.
    MergeTick,
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
            Start::Merge(opening) => {
                let (_, open) = window::open(main_window_settings());
                let merge = if app.store.config.accounts.is_empty() {
                    Task::none()
                } else {
                    app.open_merge(None, *opening)
                };
                (
                    app,
                    Task::batch([load, merge, open.map(Message::MainOpened)]),
                )
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
            sent_copies: BTreeMap::new(),
            copying: false,
            copy_again: false,
            flushing: false,
            confirming: Default::default(),
            queued_flushes: VecDeque::new(),
            holds: BTreeMap::new(),
            claiming: BTreeMap::new(),
            check_holds: false,
            config_changes: VecDeque::new(),
            changing_config: false,
            preference_saves: 0,
            editing: Vec::new(),
            config_stamp,
            config_pending: config_stamp,
            outbox_stamp: files::OutboxStamps::default(),
            loading_outbox: false,
            reload_outbox: false,
            drafts,
            saved_drafts: Vec::new(),
            book: Default::default(),
            system_mode: iced::theme::Mode::None,
            page_parity: false,
            merge_test: None,
            merge_next: None,
        };
        app.outbox_stamp = app
            .outbox
            .as_ref()
            .map(files::outbox_stamps)
            .unwrap_or_default();
        app
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
            Screen::Merge(m) => m.page_name(),
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
            Screen::Wizard(w) => w.busy(),
            Screen::Accounts(a) => a
                .tests
                .values()
                .any(|t| matches!(t, accounts::TestResult::Running)),
            Screen::Delivery(d, _) => d.is_running(),
            Screen::Merge(m) => m.busy(),
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
        // A merge's messages go out as they come due, each at its own time.
        let merge = if self.merge_next.is_some() {
            iced::time::every(std::time::Duration::from_secs(1)).map(|_| Message::MergeTick)
        } else {
            Subscription::none()
        };
        Subscription::batch([
            frames,
            merge,
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
        let task = Task::batch([task, self.claim_holds()]);
        if self.page_key() == before {
            return task;
        }
        self.page_parity = !self.page_parity;
        // After the new page is on screen (the next message), not on the old one.
        Task::batch([task, Task::done(Message::FocusFirst)])
    }

    /// Which page the main window shows: the screen, and the wizard's step or the merge's page.
    fn page_key(&self) -> PageKey {
        let (step, page) = match &self.screen {
            Screen::Wizard(w) => (Some(w.step), None),
            Screen::Merge(m) => (None, Some(m.page)),
            _ => (None, None),
        };
        (std::mem::discriminant(&self.screen), step, page)
    }

    /// The id of the input a page starts in (ids that no widget has leave nothing focused).
    fn first_field(&self) -> &'static str {
        match &self.screen {
            Screen::Wizard(w) => w.first_field(),
            Screen::Merge(m) => m.first_field(),
            _ => "no-field",
        }
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::MainOpened(id) => self.main_opened(id),
            Message::Tick => Task::batch([self.request_flush(vec![], false), self.save_copies()]),
            Message::CheckFiles => self.check_files(),
            Message::Frame => {
                self.frame();
                Task::none()
            }
            Message::FocusFirst => operation::focus(self.first_field()),
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                self.theme_changed();
                Task::none()
            }
            Message::Flushed(only, result) => self.flushed(only, result),
            Message::CopiesSaved(result) => self.copies_saved(result),
            Message::CopiesDue => self.save_copies(),
            Message::MarkedSent(window, result) => self.marked_sent(window, result),
            Message::OutboxLoaded(result) => self.outbox_loaded(result),
            Message::FilesChecked(stamps) => self.files_checked(stamps),
            Message::AddressesLoaded(book) => {
                // Sends that finished while it was read are in it already or come with the next.
                self.book = book;
                self.share_book();
                Task::none()
            }
            Message::ForgottenSaved(result) => {
                self.notices.extend(result.err());
                Task::none()
            }
            Message::Drafts(m) => self.on_drafts_message(m),
            Message::DraftSaved(result) => {
                self.notices.extend(result.err());
                self.load_outbox()
            }
            Message::DraftKept(window, result) => self.draft_kept(window, result),
            Message::DraftLoaded(id, draft) => self.draft_loaded(id, draft),
            Message::Undone(window, removed) => self.undone(window, removed),
            Message::Enqueued(window, delivery, result) => self.enqueued(window, delivery, result),
            Message::UndoOver(window, id) => self.undo_over(window, id),
            Message::Claimed(window, id, claim) => self.claimed(window, id, claim),
            Message::OutboxDeleted(result) => self.outbox_deleted(result),
            Message::RetryReady(id, result) => self.retry_ready(id, result),
            Message::Requeued(result) => self.requeued(result),
            Message::Outbox(m) => self.on_outbox_message(m),
            Message::Identity(m) => self.on_identity_message(m),
            Message::ComposeOpened(id, account) => self.compose_ready(id, account, None),
            Message::ComposeReady(id, prefill) => self.compose_ready(id, None, Some(prefill)),
            Message::CloseRequested(id) => self.close_requested(id),
            Message::Closed(id) => self.closed(id),
            Message::FileDropped(id, path) => self.file_dropped(id, path),
            Message::Tab { shift } if shift => operation::focus_previous(),
            Message::Tab { .. } => operation::focus_next(),
            Message::Escape(id) => self.escape(id),
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
            Message::ConfigChanged(result) => self.config_changed(*result),
            Message::ConfigReloaded(result) => self.config_reloaded(result),
            Message::DefaultSet(result) => self.default_set(result),
            Message::AccountRemoved(name, result) => self.account_removed(&name, result),
            Message::PreferencesSaved(result) => self.preferences_saved(result),
            Message::IdentitySaved(result) => self.identity_saved(result),
            Message::AccountSaved(saved) => self.account_saved(*saved),
            Message::Merge(m) => self.on_merge_message(m),
            Message::MergeTestQueued(result) => self.merge_test_queued(result),
            Message::MergeReportTo(id, path) => self.write_report(id, path),
            Message::MergeTick => self.merge_tick(),
        }
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
                    a.list(
                        &self.store.config.accounts,
                        &self.waiting,
                        &self.sent,
                        &self.sent_copies,
                    )
                    .map(Message::Accounts),
                );
                super::widget::page(col, super::theme::width::WIDE)
            }
            Screen::Outbox(o) => o
                .view(
                    &self.waiting,
                    &self.sent,
                    &self.sent_copies,
                    &self.editing,
                    self.flushing,
                )
                .map(Message::Outbox),
            Screen::Wizard(w) => w.view().map(Message::Wizard),
            Screen::Delivery(d, _) => d.view().map(Message::Delivery),
            Screen::Settings(s) => s
                .view(&self.store.config.preferences)
                .map(Message::Settings),
            Screen::Identity(s) => s.view().map(Message::Identity),
            Screen::Merge(m) => {
                let theme = theme::theme(self.store.config.preferences.theme, self.system_mode);
                m.view(&self.store.config.accounts, &theme)
                    .map(Message::Merge)
            }
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
