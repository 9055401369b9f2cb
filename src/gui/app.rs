//! The root of the app: one main window (accounts, wizard, settings) and any number of compose windows.

use std::collections::BTreeMap;

use iced::keyboard::{self, key};
use iced::widget::operation;
use iced::{Element, Event as IcedEvent, Size, Subscription, Task, Theme, event, window};

use super::{APP_ID, accounts, compose, outbox as outbox_screen, settings, theme, wizard};
use crate::config::{LoadWarning, Paths, Store};
use crate::outbox::{FlushOptions, FlushReport, Meta, Outbox, SentRecord, SystemClock};
use crate::{fl, secrets};

/// What opens first: the main window, or only a compose window (`outpost compose`).
#[derive(Debug, Clone)]
pub enum Start {
    Main,
    Compose(compose::Prefill),
}

pub fn run(start: Start) -> iced::Result {
    iced::daemon(move || App::boot(start.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
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
    pub sent: Vec<SentRecord>,
    pub flushing: bool,
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
    DismissNotices,
    Wizard(wizard::Message),
    Accounts(accounts::Message),
    Settings(settings::Message),
    Compose(window::Id, compose::Message),
    AccountRemoved(String, Result<(), String>),
    Outbox(outbox_screen::Message),
    /// Time to send what is due in the outbox.
    Tick,
    /// A spinner is visible: draw the next frame.
    Frame,
    Flushed(Result<FlushReport, String>),
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
                // Start anyway, with nothing saved: the notice tells the user why.
                let paths = Paths::platform().unwrap_or(Paths {
                    config_dir: std::env::temp_dir().join("outpost"),
                    data_dir: std::env::temp_dir().join("outpost"),
                });
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
        match start {
            Start::Main => {
                let (_, open) = window::open(main_window_settings());
                (app, open.map(Message::MainOpened))
            }
            Start::Compose(prefill) => {
                let (_, open) = window::open(compose_window_settings());
                (
                    app,
                    open.map(move |id| Message::ComposeReady(id, prefill.clone())),
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
            Ok(o) => {
                let days = store.config.preferences.sent_log_days.into();
                if let Err(e) = o.sent_log().prune(days, std::time::SystemTime::now()) {
                    notices.push(e.message());
                }
                Some(o)
            }
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
        };
        app.refresh_outbox();
        app
    }

    /// Re-reads the outbox and the sent log (small files; cheap).
    pub fn refresh_outbox(&mut self) {
        let Some(outbox) = &self.outbox else { return };
        match outbox.list() {
            Ok((waiting, damaged)) => {
                self.waiting = waiting;
                for d in damaged {
                    self.notices.push(fl!(
                        "outbox-damaged",
                        path = d.moved_to.display().to_string()
                    ));
                }
            }
            Err(e) => self.notices.push(e.message()),
        }
        self.sent = outbox.sent_log().list();
    }

    fn flush(&mut self, only: Vec<String>, force: bool) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        if self.flushing {
            return Task::none();
        }
        self.flushing = true;
        let accounts = self.store.config.accounts.clone();
        let options = FlushOptions {
            force,
            only,
            ..FlushOptions::default()
        };
        Task::perform(
            async move {
                crate::outbox::flush(&outbox, &accounts, &SystemClock, &options)
                    .await
                    .map_err(|e| e.message())
            },
            Message::Flushed,
        )
    }

    pub fn title(&self, window: window::Id) -> String {
        match self.composes.get(&window) {
            Some(c) => c.title(),
            None => fl!("gui-app-title"),
        }
    }

    pub fn theme(&self, _window: window::Id) -> Option<Theme> {
        theme::theme(self.store.config.preferences.theme)
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
            Screen::Outbox(_) | Screen::Settings(_) => false,
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
            window::close_events().map(Message::Closed),
            event::listen_with(route_event),
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

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::MainOpened(id) => {
                self.main = Some(id);
                // A restart resumes the queue.
                Task::batch([operation::focus("display-name"), self.flush(vec![], false)])
            }
            Message::Tick => self.flush(vec![], false),
            Message::Frame => Task::none(),
            Message::Flushed(result) => {
                self.flushing = false;
                match result {
                    Ok(report) => {
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
                    Err(e) => self.notices.push(e),
                }
                self.refresh_outbox();
                Task::none()
            }
            Message::Outbox(m) => self.on_outbox_message(m),
            Message::ComposeOpened(id, account) => {
                let mut compose =
                    compose::Compose::new(self.store.config.accounts.clone(), account);
                compose.outbox = self.outbox.clone();
                let task = compose.boot().map(move |m| Message::Compose(id, m));
                self.composes.insert(id, compose);
                Task::batch([task, operation::focus("to")])
            }
            Message::ComposeReady(id, prefill) => {
                let mut compose = compose::Compose::new(
                    self.store.config.accounts.clone(),
                    prefill.account.clone(),
                );
                compose.outbox = self.outbox.clone();
                compose.prefill(prefill);
                let task = compose.boot().map(move |m| Message::Compose(id, m));
                self.composes.insert(id, compose);
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
                if Some(id) == self.main {
                    self.main = None;
                }
                if self.main.is_none() && self.composes.is_empty() {
                    return iced::exit();
                }
                Task::none()
            }
            Message::FileDropped(id, path) => match self.composes.get_mut(&id) {
                Some(c) => c
                    .update(compose::Message::FilesPicked(vec![path]))
                    .0
                    .map(move |m| Message::Compose(id, m)),
                None => Task::none(),
            },
            Message::Tab { shift } => {
                if shift {
                    operation::focus_previous()
                } else {
                    operation::focus_next()
                }
            }
            Message::Escape(id) => {
                if let Some(c) = self.composes.get_mut(&id) {
                    return c
                        .update(compose::Message::Escape)
                        .0
                        .map(move |m| Message::Compose(id, m));
                }
                match &mut self.screen {
                    Screen::Accounts(_) => {
                        self.on_accounts_message(accounts::Message::CancelRemove)
                    }
                    Screen::Settings(_) | Screen::Outbox(_) => {
                        self.screen = Screen::Accounts(accounts::Accounts::default());
                        Task::none()
                    }
                    Screen::Wizard(_) => Task::none(),
                }
            }
            Message::SendShortcut(id) => match self.composes.get_mut(&id) {
                Some(c) => c
                    .update(compose::Message::Send)
                    .0
                    .map(move |m| Message::Compose(id, m)),
                None => Task::none(),
            },
            Message::DismissNotices => {
                self.notices.clear();
                Task::none()
            }
            Message::Wizard(m) => self.on_wizard_message(m),
            Message::Accounts(m) => self.on_accounts_message(m),
            Message::Settings(m) => self.on_settings_message(m),
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
                let result = match &w.editing {
                    Some(old) => {
                        let old = old.name.clone();
                        self.store.update_account(&old, account.clone())
                    }
                    None => self.store.add_account(account.clone()),
                };
                let saved = result
                    .map_err(|e| e.message())
                    .and_then(|()| self.store.save().map_err(|e| e.message()));
                if let Err(e) = saved {
                    w.save_failed(e);
                }
                for c in self.composes.values_mut() {
                    c.set_accounts(self.store.config.accounts.clone());
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
            accounts::Event::MakeDefault(name) => {
                if self.store.set_default(&name).is_ok()
                    && let Err(e) = self.store.save()
                {
                    self.notices.push(e.message());
                }
                task
            }
            accounts::Event::Remove(name) => {
                let removed = self.store.remove_account(&name).map_err(|e| e.message());
                let saved = removed.and_then(|_| self.store.save().map_err(|e| e.message()));
                match saved {
                    Ok(()) => Task::batch([
                        task,
                        Task::perform(
                            async move {
                                let r = secrets::delete(&name).await.map_err(|e| e.message());
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
            accounts::Event::OpenOutbox => {
                self.refresh_outbox();
                self.screen = Screen::Outbox(outbox_screen::OutboxScreen::default());
                task
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
        let (task, event) = s.update(m, &mut self.store.config.preferences);
        let task = task.map(Message::Settings);
        match event {
            Some(settings::Event::Changed) => {
                if let Err(e) = self.store.save() {
                    self.notices.push(e.message());
                }
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
            outbox_screen::Event::RetryNow(id) => {
                if let Some(outbox) = &self.outbox
                    && let Err(e) = outbox.retry_now(&id, std::time::SystemTime::now())
                {
                    self.notices.push(e.message());
                }
                Task::batch([task, self.flush(vec![id], true)])
            }
            outbox_screen::Event::Delete(id) => {
                if let Some(outbox) = &self.outbox
                    && let Err(e) = outbox.remove(&id)
                {
                    self.notices.push(e.message());
                }
                self.refresh_outbox();
                task
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
                };
                let (_, open) = window::open(compose_window_settings());
                Task::batch([
                    task,
                    open.map(move |wid| Message::ComposeReady(wid, prefill.clone())),
                ])
            }
        }
    }

    fn on_compose_message(&mut self, id: window::Id, m: compose::Message) -> Task<Message> {
        let refresh = matches!(m, compose::Message::Sent(_));
        let Some(c) = self.composes.get_mut(&id) else {
            return Task::none();
        };
        let (task, event) = c.update(m);
        let task = task.map(move |m| Message::Compose(id, m));
        if refresh {
            self.refresh_outbox();
        }
        match event {
            Some(compose::Event::Close) => Task::batch([task, window::close(id)]),
            None => task,
        }
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
            Screen::Accounts(a) => a
                .view(&self.store.config.accounts, self.waiting.len())
                .map(Message::Accounts),
            Screen::Outbox(o) => o
                .view(&self.waiting, &self.sent, self.flushing)
                .map(Message::Outbox),
            Screen::Wizard(w) => w.view().map(Message::Wizard),
            Screen::Settings(s) => s
                .view(&self.store.config.preferences)
                .map(Message::Settings),
        };
        if self.notices.is_empty() {
            return screen;
        }
        use iced::widget::{button, column, row, space, text};
        let notices = self
            .notices
            .iter()
            .fold(column![].spacing(4), |c, n| c.push(text(n.clone())));
        let banner = super::widget::note(
            row![
                notices,
                space::horizontal(),
                button(text(fl!("gui-dismiss")))
                    .style(button::text)
                    .on_press(Message::DismissNotices)
            ]
            .spacing(8),
            true,
        );
        column![iced::widget::container(banner).padding([8, 16]), screen].into()
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
