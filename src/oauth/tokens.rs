//! Tokens of saved accounts. The refresh token lives only in the keychain (an entry of its own per
//! account); the access token and its expiry only in this process's memory. One refresh at a time
//! per account, always with the original scopes, and a rotated refresh token is stored at once.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use super::flow::{self, Tokens};
use super::{OAuthError, Provider};
use crate::secrets;

struct Cached {
    access_token: String,
    /// When Outpost stops using the token: shortly before the provider's expiry.
    use_until: Option<Instant>,
}

type Slot = Arc<tokio::sync::Mutex<Option<Cached>>>;

static CACHE: LazyLock<Mutex<HashMap<String, Slot>>> = LazyLock::new(Default::default);

fn slot(account: &str) -> Slot {
    let mut map = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(account.to_owned()).or_default().clone()
}

/// Shortly before expiry: a minute early, or half the lifetime of a short-lived token.
fn use_until(expires_in: Option<Duration>) -> Option<Instant> {
    let life = expires_in?;
    let margin = (life / 2).min(Duration::from_secs(60));
    Some(Instant::now() + life - margin)
}

/// Saves what a sign-in gave: the refresh token in the keychain, the access token in memory.
pub async fn remember(account: &str, tokens: &Tokens) -> Result<(), OAuthError> {
    let Some(refresh) = &tokens.refresh_token else {
        return Err(OAuthError::Failed("no refresh token".into()));
    };
    secrets::store_refresh_token(account, refresh).await?;
    let slot = slot(account);
    *slot.lock().await = Some(Cached {
        access_token: tokens.access_token.clone(),
        use_until: use_until(tokens.expires_in),
    });
    Ok(())
}

/// Forgets the access token of `account` (renamed, removed or signed in again).
pub async fn forget(account: &str) {
    let slot = slot(account);
    *slot.lock().await = None;
}

/// A usable access token for `account`. `refused` is a token the server just refused: if it is
/// still the cached one, a new one is fetched (once), else the newer cached one is returned.
pub async fn access_token(
    account: &str,
    provider: Provider,
    refused: Option<&str>,
) -> Result<String, OAuthError> {
    let slot = slot(account);
    let mut cached = slot.lock().await;
    if let Some(c) = cached.as_ref() {
        let fresh = c.use_until.is_none_or(|t| Instant::now() < t);
        let refused_this = refused == Some(c.access_token.as_str());
        if fresh && !refused_this {
            return Ok(c.access_token.clone());
        }
    }
    let client = super::client(provider).ok_or(OAuthError::NotConfigured(provider))?;
    let refresh = secrets::load_refresh_token(account)
        .await?
        .ok_or(OAuthError::Expired)?;
    let tokens = flow::refresh(&client, &refresh).await?;
    if let Some(rotated) = tokens.refresh_token.as_ref().filter(|t| **t != refresh) {
        secrets::store_refresh_token(account, rotated).await?;
    }
    *cached = Some(Cached {
        access_token: tokens.access_token.clone(),
        use_until: use_until(tokens.expires_in),
    });
    Ok(tokens.access_token)
}
