//! Account secrets in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager
//! on Windows). Nothing secret is ever written anywhere else: when the keychain cannot be used, the
//! operation fails with a [`SecretError`] that tells the user what to do.

use keyring::Error as KeyringError;

/// The keychain service name under which every Outpost secret is filed.
pub const SERVICE: &str = "outpost";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No keychain service could be reached (no Secret Service on the session bus, no session bus).
    #[error("no keychain available")]
    Unavailable,
    /// The keychain exists but is locked or refused access.
    #[error("keychain locked or access refused")]
    Locked,
    /// The secret is longer than this keychain stores (Windows: about 2,500 bytes). It is never
    /// cut short: a shortened token would only fail later, with a worse message.
    #[error("secret too long for the keychain")]
    TooLong,
    /// Anything else the platform reported; the detail is for logs, never shown as is.
    #[error("keychain failure: {0}")]
    Failed(String),
}

impl SecretError {
    pub fn code(&self) -> &'static str {
        match self {
            SecretError::Unavailable => "keychain_unavailable",
            SecretError::Locked => "keychain_locked",
            SecretError::TooLong => "keychain_secret_too_long",
            SecretError::Failed(_) => "keychain_failed",
        }
    }

    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            SecretError::Unavailable => fl!("keychain-unavailable"),
            SecretError::Locked => fl!("keychain-locked"),
            SecretError::TooLong => fl!("keychain-too-long"),
            SecretError::Failed(_) => fl!("keychain-failed"),
        }
    }
}

fn classify(error: KeyringError) -> SecretError {
    match error {
        KeyringError::NoDefaultStore => SecretError::Unavailable,
        KeyringError::NoStorageAccess(_) => SecretError::Locked,
        KeyringError::TooLong(..) => SecretError::TooLong,
        KeyringError::PlatformFailure(e) => {
            let detail = e.to_string();
            let lower = detail.to_ascii_lowercase();
            if lower.contains("locked") || lower.contains("dismissed") || lower.contains("prompt") {
                SecretError::Locked
            } else if lower.contains("dbus")
                || lower.contains("d-bus")
                || lower.contains("serviceunknown")
                || lower.contains("no such file")
                || lower.contains("connection refused")
                || lower.contains("address")
            {
                SecretError::Unavailable
            } else {
                SecretError::Failed(detail)
            }
        }
        other => SecretError::Failed(other.to_string()),
    }
}

fn entry(account: &str) -> Result<keyring::Entry, SecretError> {
    keyring::Entry::new(SERVICE, account).map_err(classify)
}

/// Blocking keychain calls run off the async runtime's worker threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SecretError> + Send + 'static,
) -> Result<T, SecretError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))
}

/// Stores (or replaces) the secret of `account`.
pub async fn store(account: &str, secret: &str) -> Result<(), SecretError> {
    let account = account.to_owned();
    let secret = secret.to_owned();
    blocking(move || entry(&account)?.set_password(&secret).map_err(classify)).await
}

/// The secret of `account`, or `None` when none is stored.
pub async fn load(account: &str) -> Result<Option<String>, SecretError> {
    let account = account.to_owned();
    blocking(move || match entry(&account)?.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(KeyringError::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    })
    .await
}

/// Deletes the secrets of `account` (password and refresh token); deleting what is not there is
/// fine.
pub async fn delete(account: &str) -> Result<(), SecretError> {
    let name = account.to_owned();
    blocking(move || {
        for e in [entry(&name)?, token_entry(&name)?] {
            match e.delete_credential() {
                Ok(()) | Err(KeyringError::NoEntry) => {}
                Err(e) => return Err(classify(e)),
            }
        }
        Ok(())
    })
    .await?;
    crate::oauth::tokens::forget(account).await;
    Ok(())
}

/// The keychain service of OAuth2 refresh tokens: an entry of its own per account, apart from
/// passwords, so a password and a token never overwrite each other.
pub const TOKEN_SERVICE: &str = "outpost-oauth2";

fn token_entry(account: &str) -> Result<keyring::Entry, SecretError> {
    keyring::Entry::new(TOKEN_SERVICE, account).map_err(classify)
}

/// Stores the OAuth2 refresh token of `account` (as bytes: tokens can be long; a keychain that
/// cannot hold it gives [`SecretError::TooLong`]).
pub async fn store_refresh_token(account: &str, token: &str) -> Result<(), SecretError> {
    let account = account.to_owned();
    let token = token.as_bytes().to_vec();
    blocking(move || token_entry(&account)?.set_secret(&token).map_err(classify)).await
}

pub async fn load_refresh_token(account: &str) -> Result<Option<String>, SecretError> {
    let account = account.to_owned();
    blocking(move || match token_entry(&account)?.get_secret() {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| SecretError::Failed("refresh token is not UTF-8".into())),
        Err(KeyringError::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    })
    .await
}

/// Deletes the OAuth2 refresh token of `account` only (the account signs in otherwise now);
/// deleting what is not there is fine.
pub async fn delete_refresh_token(account: &str) -> Result<(), SecretError> {
    let account = account.to_owned();
    blocking(move || match token_entry(&account)?.delete_credential() {
        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
        Err(e) => Err(classify(e)),
    })
    .await
}

/// Moves a secret when an account is renamed.
pub async fn rename(from: &str, to: &str) -> Result<(), SecretError> {
    if from == to {
        return Ok(());
    }
    let password = load(from).await?;
    let token = load_refresh_token(from).await?;
    if let Some(secret) = &password {
        store(to, secret).await?;
    }
    if let Some(token) = &token {
        store_refresh_token(to, token).await?;
    }
    if password.is_some() || token.is_some() {
        delete(from).await?;
    }
    Ok(())
}

/// Why an account's sign-in could not be read from the keychain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CredentialError {
    /// The account signs in, but nothing is stored for it.
    #[error("no secret stored")]
    NotStored,
    #[error(transparent)]
    Keychain(#[from] SecretError),
    /// The account signs in with OAuth2, and the provider no longer accepts the saved sign-in
    /// (or none is stored): the user must sign in again.
    #[error("sign-in expired")]
    SignInExpired,
    /// The account signs in with OAuth2, but this build and configuration have no registration.
    #[error("no OAuth2 client registration")]
    NotConfigured,
    /// Getting a token failed otherwise (sign-in service unreachable, refused by the organisation).
    #[error(transparent)]
    OAuth(crate::oauth::OAuthError),
}

impl From<crate::oauth::OAuthError> for CredentialError {
    fn from(e: crate::oauth::OAuthError) -> Self {
        use crate::oauth::OAuthError;
        match e {
            OAuthError::Expired => CredentialError::SignInExpired,
            OAuthError::NotConfigured(_) => CredentialError::NotConfigured,
            OAuthError::Keychain(k) => CredentialError::Keychain(k),
            other => CredentialError::OAuth(other),
        }
    }
}

impl CredentialError {
    pub fn code(&self) -> &'static str {
        match self {
            CredentialError::NotStored => "no_secret",
            CredentialError::Keychain(e) => e.code(),
            CredentialError::SignInExpired => "sign_in_expired",
            CredentialError::NotConfigured => "oauth_not_configured",
            CredentialError::OAuth(e) => e.code(),
        }
    }

    pub fn message(&self, account: &str) -> String {
        match self {
            CredentialError::NotStored => crate::fl!("send-no-secret", account = account),
            CredentialError::Keychain(e) => e.message(),
            CredentialError::SignInExpired => crate::fl!("sign-in-expired", account = account),
            CredentialError::NotConfigured => crate::fl!("sign-in-not-configured"),
            CredentialError::OAuth(e) => e.message(),
        }
    }

    /// The problem of the contract this error is, where it is one (the outbox holds a message
    /// with it instead of blocking the account's queue).
    pub fn problem(&self) -> Option<crate::smtp::Problem> {
        use crate::smtp::{Problem, ProblemKind, Step};
        match self {
            CredentialError::SignInExpired => {
                Some(Problem::new(ProblemKind::SignInExpired, Step::Auth))
            }
            CredentialError::NotConfigured => {
                Some(Problem::new(ProblemKind::OauthNotConfigured, Step::Auth))
            }
            CredentialError::OAuth(e) => e.problem(),
            _ => None,
        }
    }
}

/// What `account` signs in with, from the keychain; `None` when it does not sign in. The one place
/// that turns a saved account into credentials: the outbox, `send`, the compose window, the
/// account test and the wizard all come here.
pub async fn credentials(
    account: &crate::account::Account,
) -> Result<Option<crate::smtp::Credentials>, CredentialError> {
    if !account.server.auth.needs_secret() {
        return Ok(None);
    }
    if account.server.auth == crate::account::AuthMethod::OAuth2 {
        return oauth_credentials(account, None).await.map(Some);
    }
    match load(&account.name).await? {
        Some(secret) => Ok(Some(crate::smtp::Credentials::new(
            account.server.username.clone(),
            secret,
        ))),
        None => Err(CredentialError::NotStored),
    }
}

/// New credentials after the server refused `refused` at AUTH: for an OAuth2 account a fresh access
/// token (fetched once, however many callers ask); `None` when retrying cannot help (a password).
pub async fn credentials_after_refusal(
    account: &crate::account::Account,
    refused: &crate::smtp::Credentials,
) -> Result<Option<crate::smtp::Credentials>, CredentialError> {
    if account.server.auth != crate::account::AuthMethod::OAuth2 {
        return Ok(None);
    }
    oauth_credentials(account, Some(refused.secret()))
        .await
        .map(Some)
}

/// A saved account as the SMTP engine's source of fresh access tokens: the engine asks once when
/// the server refuses one at AUTH and signs in again on the same connection.
pub struct Refresh<'a>(pub &'a crate::account::Account);

impl crate::smtp::engine::TokenSource for Refresh<'_> {
    fn fresh<'a>(
        &'a self,
        refused: &'a crate::smtp::Credentials,
        problem: &'a crate::smtp::Problem,
    ) -> futures::future::BoxFuture<
        'a,
        Result<Option<crate::smtp::Credentials>, crate::smtp::Problem>,
    > {
        Box::pin(async move {
            credentials_after_refusal(self.0, refused)
                .await
                .map_err(|e| {
                    e.problem()
                        .map(|p| p.at(&problem.host, problem.port))
                        .unwrap_or_else(|| problem.clone())
                })
        })
    }
}

async fn oauth_credentials(
    account: &crate::account::Account,
    refused: Option<&str>,
) -> Result<crate::smtp::Credentials, CredentialError> {
    let provider = account
        .oauth2_provider()
        .ok_or(CredentialError::NotConfigured)?;
    let token = crate::oauth::tokens::access_token(&account.name, provider, refused).await?;
    Ok(crate::smtp::Credentials::new(
        account.server.username.clone(),
        token,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_too_long_for_the_keychain_is_named_not_cut() {
        let e = classify(KeyringError::TooLong("secret".into(), 2560));
        assert_eq!(e, SecretError::TooLong);
        assert_eq!(e.code(), "keychain_secret_too_long");
        assert!(!e.message().is_empty());
    }
}
