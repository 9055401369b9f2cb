//! Tokens of saved accounts. The refresh token lives only in the keychain (an entry of its own per
//! account); the access token and its expiry only in this process's memory. One refresh at a time
//! per account, always with the original scopes, and a rotated refresh token is stored at once.
//!
//! The keychain entry remembers who issued the refresh token, as JSON
//! `{"refresh_token", "client_id", "token_url"}`: when the account's registration or token
//! endpoint has changed since, the token is not sent to the new one, and the user signs in again.
//! An entry of the earlier plain form (the token alone) is still read, and upgraded after its
//! first successful refresh.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::flow::{self, Issuer, Tokens};
use super::{Client, OAuthError, Provider};
use crate::secrets;

/// A refresh token as the keychain keeps it.
#[derive(Serialize, Deserialize)]
struct Stored {
    refresh_token: String,
    /// `None` for an entry of the plain form, stored before Outpost kept the issuer.
    #[serde(flatten)]
    issuer: Option<Issuer>,
}

impl Stored {
    fn decode(text: &str) -> Stored {
        if text.trim_start().starts_with('{')
            && let Ok(stored) = serde_json::from_str::<Stored>(text)
        {
            return stored;
        }
        Stored {
            refresh_token: text.to_owned(),
            issuer: None,
        }
    }

    fn encode(refresh_token: &str, issuer: &Issuer) -> String {
        serde_json::to_string(&Stored {
            refresh_token: refresh_token.to_owned(),
            issuer: Some(issuer.clone()),
        })
        .expect("strings serialize")
    }

    /// Whether `client` may be sent this token: the one it was issued to, at the same endpoint.
    fn issued_to(&self, client: &Client) -> bool {
        self.issuer
            .as_ref()
            .is_none_or(|i| *i == Issuer::of(client))
    }
}

async fn store(account: &str, refresh_token: &str, issuer: &Issuer) -> Result<(), OAuthError> {
    let text = Stored::encode(refresh_token, issuer);
    Ok(secrets::store_refresh_token(account, &text).await?)
}

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
    store(account, refresh, &tokens.issuer).await?;
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
    let client = super::registration(provider)?;
    let stored = secrets::load_refresh_token(account)
        .await?
        .map(|t| Stored::decode(&t))
        .ok_or(OAuthError::Expired)?;
    if !stored.issued_to(&client) {
        return Err(OAuthError::RegistrationChanged);
    }
    let tokens = flow::refresh(&client, &stored.refresh_token).await?;
    let rotated = tokens
        .refresh_token
        .as_ref()
        .filter(|t| **t != stored.refresh_token);
    match rotated {
        Some(rotated) => store(account, rotated, &tokens.issuer).await?,
        // The plain form gains its issuer: this registration has just used it.
        None if stored.issuer.is_none() => {
            let _ = store(account, &stored.refresh_token, &tokens.issuer).await;
        }
        None => {}
    }
    *cached = Some(Cached {
        access_token: tokens.access_token.clone(),
        use_until: use_until(tokens.expires_in),
    });
    Ok(tokens.access_token)
}

/// The account no longer signs in with OAuth2: its refresh token leaves the keychain and its
/// access token this process.
pub async fn sign_out(account: &str) -> Result<(), OAuthError> {
    secrets::delete_refresh_token(account).await?;
    forget(account).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(id: &str, token_url: &str) -> Client {
        Client {
            provider: Provider::Microsoft,
            client_id: id.into(),
            client_secret: None,
            auth_url: "https://login.example.com/authorize".into(),
            token_url: token_url.into(),
        }
    }

    #[test]
    fn a_stored_token_remembers_who_issued_it_and_the_plain_form_still_reads() {
        let a = client("A", "https://login.example.com/token");
        let text = Stored::encode("M.R3_token", &Issuer::of(&a));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["refresh_token"], "M.R3_token");
        assert_eq!(v["client_id"], "A");
        assert_eq!(v["token_url"], "https://login.example.com/token");

        let stored = Stored::decode(&text);
        assert_eq!(stored.refresh_token, "M.R3_token");
        assert!(stored.issued_to(&a));
        assert!(!stored.issued_to(&client("B", "https://login.example.com/token")));
        assert!(!stored.issued_to(&client("A", "https://other.example.com/token")));

        let plain = Stored::decode("1//0gLegacyToken");
        assert_eq!(plain.refresh_token, "1//0gLegacyToken");
        assert!(plain.issuer.is_none());
        assert!(
            plain.issued_to(&a),
            "a token of the plain form is used as before"
        );
    }
}
