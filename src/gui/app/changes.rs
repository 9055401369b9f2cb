//! Changes to the configuration file (make default, remove, preferences, signatures, reading it
//! again), made off the UI thread through the verbs of `ops`, one at a time in the order asked.
//! Each change is made to the file as it is on disk then, under its lock, and returns the store as
//! saved; running them in turn means each result is the latest when it arrives, so adopting it
//! loses none of the others.

use std::future::Future;
use std::pin::Pin;

use iced::Task;

use crate::config::{LoadWarning, Store};
use crate::gui::{accounts, identity};
use crate::ops;

use super::*;

/// One change: given the store (its paths; the change reads the file itself), the message that
/// carries its result.
pub(super) type Change =
    Box<dyn FnOnce(Store) -> Pin<Box<dyn Future<Output = Message> + Send>> + Send>;

impl App {
    /// Queues a change of the configuration; it starts when the ones asked before it are done.
    pub(super) fn change_config<F, Fut>(&mut self, change: F) -> Task<Message>
    where
        F: FnOnce(Store) -> Fut + Send + 'static,
        Fut: Future<Output = Message> + Send + 'static,
    {
        self.config_changes
            .push_back(Box::new(move |store| Box::pin(change(store))));
        self.next_config_change()
    }

    fn next_config_change(&mut self) -> Task<Message> {
        if self.changing_config {
            return Task::none();
        }
        let Some(change) = self.config_changes.pop_front() else {
            return Task::none();
        };
        self.changing_config = true;
        Task::perform(change(self.store.clone()), |m| {
            Message::ConfigChanged(Box::new(m))
        })
    }

    /// A change ended: its result is taken in, then the next change starts.
    pub(super) fn config_changed(&mut self, result: Message) -> Task<Message> {
        self.changing_config = false;
        let task = self.handle(result);
        Task::batch([task, self.next_config_change()])
    }

    /// Takes a store just saved or read: the latest, since changes run in turn. Preferences whose
    /// save has not finished stay as the user set them.
    pub(super) fn adopt(&mut self, store: Store) {
        let preferences =
            (self.preference_saves > 0).then(|| self.store.config.preferences.clone());
        self.store = store;
        if let Some(preferences) = preferences {
            self.store.config.preferences = preferences;
        }
        self.accounts_changed();
    }

    /// Reads the configuration again (another process changed it).
    pub(super) fn reload_config(&mut self) -> Task<Message> {
        self.change_config(move |store| async move {
            let result = ops::settings::reload(store).await;
            Message::ConfigReloaded(
                result
                    .map(|(store, w)| (store, w.iter().map(LoadWarning::message).collect()))
                    .map_err(|e| e.message()),
            )
        })
    }

    pub(super) fn config_reloaded(
        &mut self,
        result: Result<(Store, Vec<String>), String>,
    ) -> Task<Message> {
        match result {
            Ok((store, warnings)) => {
                self.notices.extend(warnings);
                self.adopt(store);
            }
            // The last good settings stay; the next change is read again.
            Err(e) => self.notices.push(e),
        }
        Task::none()
    }

    pub(super) fn make_default(&mut self, name: String) -> Task<Message> {
        self.change_config(move |store| async move {
            let result = ops::accounts::set_default(store, &name).await;
            Message::DefaultSet(result.map_err(|e| e.message()))
        })
    }

    pub(super) fn default_set(&mut self, result: Result<Store, String>) -> Task<Message> {
        match result {
            Ok(store) => self.adopt(store),
            Err(e) => {
                self.notices.push(e);
                self.accounts_changed();
            }
        }
        Task::none()
    }

    /// Removes the account from the configuration, then its keychain entries.
    pub(super) fn remove_account(&mut self, name: String) -> Task<Message> {
        self.change_config(move |store| async move {
            let result = ops::accounts::remove(store, &name).await;
            let result = result
                .map(|r| (r.store, r.secret_kept.map(|e| e.message())))
                .map_err(|e| e.message());
            Message::AccountRemoved(name, result)
        })
    }

    /// The account is gone (a keychain entry that stayed is said on the list), or a notice says
    /// why not.
    pub(super) fn account_removed(
        &mut self,
        name: &str,
        result: Result<(Store, Option<String>), String>,
    ) -> Task<Message> {
        match result {
            Ok((store, secret_kept)) => {
                self.adopt(store);
                if let Screen::Accounts(a) = &mut self.screen {
                    a.removed(name, secret_kept.map_or(Ok(()), Err));
                }
            }
            Err(e) => {
                self.notices.push(e);
                self.accounts_changed();
            }
        }
        Task::none()
    }

    /// Saves the preferences as they are in memory now (the user's latest choice).
    pub(super) fn save_preferences(&mut self) -> Task<Message> {
        let preferences = self.store.config.preferences.clone();
        self.preference_saves += 1;
        self.change_config(move |store| async move {
            let result = ops::settings::set_preferences(store, preferences).await;
            Message::PreferencesSaved(result.map_err(|e| e.message()))
        })
    }

    /// Saved: the store is taken. Not saved: a notice says why, and the choice still applies to
    /// this session.
    pub(super) fn preferences_saved(&mut self, result: Result<Store, String>) -> Task<Message> {
        self.preference_saves = self.preference_saves.saturating_sub(1);
        match result {
            Ok(store) => self.adopt(store),
            Err(e) => {
                self.notices.push(e);
                self.accounts_changed();
            }
        }
        self.theme_changed();
        Task::none()
    }

    /// Saves an account's signature, Reply-To, copy to oneself and other From addresses.
    pub(super) fn save_identity(
        &mut self,
        name: String,
        identity: identity::Identity,
    ) -> Task<Message> {
        self.change_config(move |store| async move {
            let result = ops::accounts::update(store, &name, move |account| {
                account.signature = identity.signature;
                account.reply_to = identity.reply_to;
                account.bcc_self = identity.bcc_self;
                account.identities = identity.others;
            })
            .await;
            Message::IdentitySaved(result.map_err(|e| e.message()))
        })
    }

    /// Saved: back to the account list. Not saved: the page stays, with a notice.
    pub(super) fn identity_saved(&mut self, result: Result<Store, String>) -> Task<Message> {
        match result {
            Ok(store) => {
                self.adopt(store);
                if let Screen::Identity(_) = self.screen {
                    self.screen = Screen::Accounts(accounts::Accounts::default());
                }
            }
            Err(e) => self.notices.push(e),
        }
        Task::none()
    }
}
