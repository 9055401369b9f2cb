//! Signing in again with OAuth2: the part after the browser (or device code), the same for the
//! command line and the window. The browser part differs only in how it talks to the person, so
//! each front end drives [`crate::oauth::flow`] itself and hands the tokens here.

use std::path::Path;

use crate::account::{Account, AuthMethod};
use crate::oauth::flow::Tokens;
use crate::oauth::{OAuthError, Provider};
use crate::outbox::{Outbox, StorageError};
use crate::secrets::SecretError;

/// The provider `account` signs in with, when it signs in with OAuth2 at all.
pub fn provider(account: &Account) -> Option<Provider> {
    account
        .oauth2_provider()
        .filter(|_| account.server.auth == AuthMethod::OAuth2)
}

/// Whether the keychain can keep a sign-in's result: checked before the browser opens, so nobody
/// signs in for nothing.
pub async fn keychain_ready(account: &str) -> Result<(), SecretError> {
    crate::secrets::load_refresh_token(account)
        .await
        .map(|_| ())
}

/// What a finished sign-in did.
#[derive(Debug, Default)]
pub struct SignedIn {
    /// The messages held for a sign-in problem that are back in line.
    pub requeued: Vec<String>,
    /// Why the outbox could not be looked at (the sign-in itself stands).
    pub outbox_problem: Option<StorageError>,
}

/// Keeps the tokens (refresh token in the keychain, access token in memory), then puts the
/// account's messages held for a sign-in problem back in line.
pub async fn finish(
    data_dir: &Path,
    account: &Account,
    tokens: &Tokens,
) -> Result<SignedIn, OAuthError> {
    crate::oauth::tokens::remember(&account.name, tokens).await?;
    Ok(requeue(data_dir, account).await)
}

/// The account's messages held for a sign-in problem go back in line (after a sign-in).
pub async fn requeue(data_dir: &Path, account: &Account) -> SignedIn {
    let (data_dir, account) = (data_dir.to_owned(), account.clone());
    super::blocking(move || {
        let result = Outbox::open(&data_dir).and_then(|outbox| {
            crate::outbox::requeue::requeue_after_sign_in(
                &outbox,
                &account,
                std::time::SystemTime::now(),
            )
        });
        match result {
            Ok(requeued) => SignedIn {
                requeued,
                outbox_problem: None,
            },
            Err(e) => SignedIn {
                requeued: vec![],
                outbox_problem: Some(e),
            },
        }
    })
    .await
}
