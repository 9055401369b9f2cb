//! The app-wide preferences (theme, language, text size, the seconds of "Undo"…), saved the same
//! way as the accounts: on the file as it is on disk, under its lock, off the async threads.

use crate::config::{Preferences, Store};

use super::accounts::SaveError;
use super::blocking;

/// Saves `preferences` as the configuration's preferences and returns the store as saved. Only
/// the preferences change: accounts added elsewhere meanwhile stay. `store` is a copy: on failure
/// the caller's stays as it was.
pub async fn set_preferences(store: Store, preferences: Preferences) -> Result<Store, SaveError> {
    let (store, result) = blocking(move || {
        let mut store = store;
        let result = store.modify(|s| {
            s.config.preferences = preferences;
            Ok(())
        });
        (store, result)
    })
    .await;
    result?;
    Ok(store)
}

/// Reads the configuration again (after another process changed it): the store as it is on disk
/// now, and what was wrong in it. On failure the caller's copy stays as it was.
pub async fn reload(
    store: Store,
) -> Result<(Store, Vec<crate::config::LoadWarning>), crate::config::ConfigError> {
    blocking(move || {
        let mut store = store;
        let warnings = store.reload()?;
        Ok((store, warnings))
    })
    .await
}
