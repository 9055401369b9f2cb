//! The setup wizard's Events, carried out here.

use iced::Task;

use crate::gui::{accounts, wizard};

use super::*;

impl App {
    pub(super) fn on_wizard_message(&mut self, m: wizard::Message) -> Task<Message> {
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
}
