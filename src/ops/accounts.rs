//! Saving and removing an account: the configuration and the keychain as one step.
//!
//! A new account's name is reserved under the add lock ([`Store::lock_adding`]) from the check that
//! it is free until it is saved, so two adds of one name (two windows, a window and a script) take
//! turns and the one that finds it taken never touches the other's keychain entry. The secret goes
//! to the keychain before the account goes to the file: if the keychain fails, nothing is saved;
//! if the file fails, the secret is taken out again.

use crate::account::{Account, AuthMethod, InputError};
use crate::config::{ChangeError, ConfigError, Store};
use crate::oauth::OAuthError;
use crate::oauth::flow::Tokens;
use crate::secrets::{self, SecretError};

use super::blocking;

/// What the account signs in with after saving.
#[derive(Clone)]
pub enum Secret {
    /// A password (or app password) typed now.
    Password(String),
    /// What an OAuth2 sign-in just gave.
    Tokens(Tokens),
    /// Whatever is stored already (editing without typing a new one), or nothing to store.
    Unchanged,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            // not translated: Debug output for developers, with no secret in it
            Secret::Password(_) => "Password(…)", // not translated: Debug
            Secret::Tokens(_) => "Tokens(…)",     // not translated: Debug
            Secret::Unchanged => "Unchanged",     // not translated: Debug
        })
    }
}

/// One account to save: new, or replacing the account called `editing`.
#[derive(Debug, Clone)]
pub struct SaveAccount {
    pub account: Account,
    pub editing: Option<String>,
    pub secret: Secret,
}

/// Why an account was not saved; nothing half-saved remains.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Keychain(#[from] SecretError),
    #[error(transparent)]
    SignIn(#[from] OAuthError),
}

impl From<ChangeError> for SaveError {
    fn from(e: ChangeError) -> Self {
        match e {
            ChangeError::Input(e) => SaveError::Input(e),
            ChangeError::Config(e) => SaveError::Config(e),
        }
    }
}

impl SaveError {
    /// The contract's code: `account_exists`, `keychain_unavailable`…
    pub fn code(&self) -> &'static str {
        match self {
            SaveError::Input(e) => e.code(),
            SaveError::Config(_) => "config_error",
            SaveError::Keychain(e) => e.code(),
            SaveError::SignIn(e) => e.code(),
        }
    }

    /// In plain words, translated.
    pub fn message(&self) -> String {
        match self {
            SaveError::Input(e) => e.message(),
            SaveError::Config(e) => e.message(),
            SaveError::Keychain(e) => e.message(),
            SaveError::SignIn(e) => e.message(),
        }
    }
}

/// Saves `request` to the configuration on disk now (and the keychain), and returns the store as
/// saved. `store` is a copy: on failure the caller's stays as it was.
pub async fn save(store: Store, request: SaveAccount) -> Result<Store, SaveError> {
    request.account.validate()?;
    match request.editing.clone() {
        None => add(store, request).await,
        Some(old) => edit(store, &old, request).await,
    }
}

async fn add(store: Store, request: SaveAccount) -> Result<Store, SaveError> {
    let reservation = reserve(store, &request.account.name).await?;
    reservation.save(request.account, request.secret).await
}

/// A new account's name, checked free on the file as it is now and held until the account is saved
/// (or this is dropped): other adds wait, so none can take the name in between.
pub struct Reservation {
    store: Store,
    name: String,
    _adding: crate::storage::FileLock,
}

/// Reserves `name` for a new account. Sign in or read the password after this, so that a taken
/// name is said before anyone types a password or opens a browser.
pub async fn reserve(store: Store, name: &str) -> Result<Reservation, SaveError> {
    let name = name.to_owned();
    blocking(move || {
        let mut store = store;
        let adding = store.lock_adding()?;
        store.reload()?;
        if store.account(&name).is_ok() {
            return Err(InputError::AccountExists { name }.into());
        }
        Ok(Reservation {
            store,
            name,
            _adding: adding,
        })
    })
    .await
}

impl Reservation {
    /// Stores the secret, then adds the account (which must have the reserved name) to the file.
    pub async fn save(self, account: Account, secret: Secret) -> Result<Store, SaveError> {
        account.validate()?;
        debug_assert_eq!(account.name, self.name, "saved under its reserved name");
        let Reservation {
            mut store,
            name,
            _adding,
        } = self;
        store_secret(&name, &secret).await?;
        let (store, result) = blocking(move || {
            let result = store.modify(|s| s.add_account(account));
            (store, result)
        })
        .await;
        drop(_adding);
        match result {
            Ok(()) => Ok(store),
            Err(e) => {
                // Nothing half-saved: the secret just stored goes again.
                if !matches!(secret, Secret::Unchanged) {
                    let _ = crate::credentials::delete(&name).await;
                }
                Err(e.into())
            }
        }
    }
}

async fn edit(store: Store, old: &str, request: SaveAccount) -> Result<Store, SaveError> {
    let SaveAccount {
        account, secret, ..
    } = request;
    store_secret(&account.name, &secret).await?;
    if matches!(secret, Secret::Unchanged) && !account.server.auth.needs_secret() {
        crate::credentials::delete(old).await?;
    }
    // After the new secret is in: a failure before leaves the old sign-in working.
    if account.server.auth != AuthMethod::OAuth2 {
        crate::oauth::tokens::sign_out(&account.name).await?;
    }
    let old = old.to_owned();
    let (store, result) = blocking(move || {
        let mut store = store;
        let result = store.modify(|s| s.update_account(&old, account));
        (store, result)
    })
    .await;
    result?;
    Ok(store)
}

async fn store_secret(name: &str, secret: &Secret) -> Result<(), SaveError> {
    match secret {
        Secret::Password(p) => secrets::store(name, p).await?,
        Secret::Tokens(t) => crate::oauth::tokens::remember(name, t).await?,
        Secret::Unchanged => {}
    }
    Ok(())
}

/// An account taken out of the configuration; its keychain entries could not all be removed when
/// `secret_kept` says why.
#[derive(Debug)]
pub struct Removed {
    pub store: Store,
    pub account: Account,
    pub secret_kept: Option<SecretError>,
}

/// Removes the account from the configuration, then its secrets from the keychain. A keychain
/// failure does not bring the account back: it is reported in [`Removed::secret_kept`].
pub async fn remove(store: Store, name: &str) -> Result<Removed, SaveError> {
    let name = name.to_owned();
    let (store, removed) = blocking(move || {
        let mut store = store;
        let removed = store.modify(|s| s.remove_account(&name));
        (store, removed)
    })
    .await;
    let account = removed?;
    let secret_kept = crate::credentials::delete(&account.name).await.err();
    Ok(Removed {
        store,
        account,
        secret_kept,
    })
}

/// Makes `name` the default account.
pub async fn set_default(store: Store, name: &str) -> Result<Store, SaveError> {
    let name = name.to_owned();
    let (store, result) = blocking(move || {
        let mut store = store;
        let result = store.modify(|s| s.set_default(&name));
        (store, result)
    })
    .await;
    result?;
    Ok(store)
}

/// Changes a saved account's settings (not its sign-in) with `change`, on the file as it is now.
pub async fn update(
    store: Store,
    name: &str,
    change: impl FnOnce(&mut Account) + Send + 'static,
) -> Result<Store, SaveError> {
    let name = name.to_owned();
    let (store, result) = blocking(move || {
        let mut store = store;
        let result = store.modify(|s| {
            let mut account = s.account(&name)?.clone();
            change(&mut account);
            s.update_account(&name, account)
        });
        (store, result)
    })
    .await;
    result?;
    Ok(store)
}
