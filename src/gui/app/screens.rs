//! The main window's pages (accounts, settings, outbox, identities, delivery check): their
//! Events, carried out here.

use iced::widget::operation;
use iced::{Task, window};

use crate::fl;
use crate::gui::{accounts, compose, delivery, outbox as outbox_screen, settings, wizard};

use super::*;

impl App {
    pub(super) fn open_delivery(
        &mut self,
        request: crate::domain::Request,
        back: Option<Box<wizard::Wizard>>,
    ) -> Task<Message> {
        let (screen, task) = delivery::Delivery::new(request);
        self.screen = Screen::Delivery(Box::new(screen), back);
        task.map(Message::Delivery)
    }

    pub(super) fn on_delivery_message(&mut self, m: delivery::Message) -> Task<Message> {
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
            Some(crate::gui::identity::Event::Cancel) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                task
            }
            None => task,
        }
    }
}
