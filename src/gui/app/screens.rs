//! The main window's pages (accounts, settings, outbox, identities, delivery check): their
//! Events, carried out here.

use iced::widget::operation;
use iced::{Task, window};

use crate::account::learned::Learned;
use crate::fl;
use crate::gui::{accounts, compose, delivery, outbox as outbox_screen, settings, wizard};

use super::*;

impl App {
    pub(super) fn open_delivery(
        &mut self,
        request: crate::domain::Request,
        back: Option<Box<wizard::Wizard>>,
    ) -> Task<Message> {
        let task = check_delivery(request.clone());
        self.screen = Screen::Delivery(Box::new(delivery::Delivery::new(request)), back);
        task
    }

    pub(super) fn on_delivery_message(&mut self, m: delivery::Message) -> Task<Message> {
        let Screen::Delivery(d, _) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = d.update(m);
        let task = task.map(Message::Delivery);
        match event {
            Some(delivery::Event::Check(request)) => Task::batch([task, check_delivery(request)]),
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

    pub(super) fn on_accounts_message(&mut self, m: accounts::Message) -> Task<Message> {
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
            accounts::Event::MakeDefault(name) => Task::batch([task, self.make_default(name)]),
            accounts::Event::Remove(name) => Task::batch([task, self.remove_account(name)]),
            accounts::Event::Test(account) => Task::batch([task, self.test_account(*account)]),
            accounts::Event::Compose(name) => Task::batch([task, self.open_compose(name)]),
            accounts::Event::SendToList(name) => {
                let opening = crate::gui::merge::Opening::default();
                Task::batch([task, self.open_merge(name, opening)])
            }
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
                    self.screen =
                        Screen::Identity(crate::gui::identity::IdentityScreen::new(account));
                }
                Task::batch([task, operation::focus("signature")])
            }
            accounts::Event::OpenSettings => {
                self.screen = Screen::Settings(settings::Settings);
                task
            }
        }
    }

    pub(super) fn on_settings_message(&mut self, m: settings::Message) -> Task<Message> {
        let Screen::Settings(s) = &mut self.screen else {
            return Task::none();
        };
        let mut preferences = self.store.config.preferences.clone();
        let (task, event) = s.update(m, &mut preferences);
        let task = task.map(Message::Settings);
        match event {
            Some(settings::Event::Changed) => {
                // It applies at once; the file follows (only the preferences change there).
                self.store.config.preferences = preferences;
                self.theme_changed();
                Task::batch([task, self.save_preferences()])
            }
            Some(settings::Event::Close) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            None => task,
        }
    }

    pub(super) fn on_outbox_message(&mut self, m: outbox_screen::Message) -> Task<Message> {
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
            outbox_screen::Event::Delete(id) => Task::batch([task, self.delete_waiting(id)]),
            outbox_screen::Event::RetryCopy(account) => {
                // Shown as waiting until the App's round says otherwise.
                for copy in self.sent_copies.values_mut() {
                    if copy.account == account && copy.status != crate::outbox::CopyStatus::Saved {
                        copy.status = crate::outbox::CopyStatus::Pending;
                        copy.problem = None;
                    }
                }
                Task::batch([task, self.retry_copies(account)])
            }
            outbox_screen::Event::Open(_)
            | outbox_screen::Event::Search(_)
            | outbox_screen::Event::Compose { .. }
            | outbox_screen::Event::SaveAttachment { .. }
            | outbox_screen::Event::WriteAttachment { .. } => {
                Task::batch([task, self.on_sent_event(event)])
            }
            outbox_screen::Event::Edit(id) => {
                let Some(meta) = self.waiting.iter().find(|m| m.id == id).cloned() else {
                    return task;
                };
                let prefill = compose::Prefill {
                    account: Some(meta.account.clone()),
                    message: meta.draft.unwrap_or_default(),
                    replaces: Some(id),
                    ..Default::default()
                };
                let (_, open) = window::open(compose_window_settings());
                Task::batch([
                    task,
                    open.map(move |wid| Message::ComposeReady(wid, prefill.clone())),
                ])
            }
        }
    }

    pub(super) fn on_identity_message(
        &mut self,
        m: crate::gui::identity::Message,
    ) -> Task<Message> {
        let Screen::Identity(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = s.update(m);
        let task = task.map(Message::Identity);
        match event {
            Some(crate::gui::identity::Event::Save(name, identity)) => {
                Task::batch([task, self.save_identity(name, identity)])
            }
            Some(crate::gui::identity::Event::Cancel) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            None => task,
        }
    }

    /// Tests a saved account off the UI thread (keeping what the server said about its limits);
    /// the answer goes to the account list.
    fn test_account(&mut self, account: crate::account::Account) -> Task<Message> {
        let learned = Learned::new(&self.store.paths.data_dir);
        let name = account.name.clone();
        Task::perform(
            async move {
                crate::ops::test::saved(&account, Some(learned))
                    .await
                    .map(Box::new)
                    .map_err(|e| e.message(&account.name))
            },
            move |r| Message::Accounts(accounts::Message::Tested(name.clone(), r)),
        )
    }

    /// Deletes a waiting message off the UI thread (not while someone sends or edits it).
    fn delete_waiting(&mut self, id: String) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return self.load_outbox();
        };
        Task::perform(
            off_ui_thread(move || outbox.remove(&id).map_err(|e| e.message())),
            Message::OutboxDeleted,
        )
    }

    pub(super) fn outbox_deleted(&mut self, result: Result<bool, String>) -> Task<Message> {
        match result {
            Ok(true) => {}
            Ok(false) => self.notices.push(fl!("gui-outbox-busy")),
            Err(e) => self.notices.push(e),
        }
        self.load_outbox()
    }
}

/// Runs the sender-domain check; its report goes to the delivery page.
fn check_delivery(request: crate::domain::Request) -> Task<Message> {
    Task::perform(
        async move { crate::domain::check(&request).await },
        |report| Message::Delivery(delivery::Message::Checked(Box::new(report))),
    )
}
