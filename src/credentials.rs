//! What a saved account signs in with: a password from the keychain, or an OAuth2 access token
//! (refreshed through [`crate::oauth::tokens`]). The one place that turns an account into the SMTP
//! engine's [`Credentials`], and the engine's [`TokenSource`] for a refused token.

use crate::account::{Account, AuthMethod};
use crate::imap::ImapCredentials;
use crate::oauth::OAuthError;
use crate::problem::{Problem, ProblemKind, Step};
use crate::secrets::{self, SecretError};
use crate::smtp::Credentials;
use crate::smtp::engine::TokenSource;

/// Deletes the secrets of `account` (password and refresh token) and forgets its access token.
pub async fn delete(account: &str) -> Result<(), SecretError> {
    secrets::delete(account).await?;
    crate::oauth::tokens::forget(account).await;
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
    OAuth(OAuthError),
}

impl From<OAuthError> for CredentialError {
    fn from(e: OAuthError) -> Self {
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
    pub fn problem(&self) -> Option<Problem> {
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
pub async fn credentials(account: &Account) -> Result<Option<Credentials>, CredentialError> {
    if !account.server.auth.needs_secret() {
        return Ok(None);
    }
    if account.server.auth == AuthMethod::OAuth2 {
        return oauth_credentials(account, None).await.map(Some);
    }
    match secrets::load(&account.name).await? {
        Some(secret) => Ok(Some(Credentials::new(
            account.server.username.clone(),
            secret,
        ))),
        None => Err(CredentialError::NotStored),
    }
}

/// New credentials after the server refused `refused` at AUTH: for an OAuth2 account a fresh access
/// token (fetched once, however many callers ask); `None` when retrying cannot help (a password).
pub async fn credentials_after_refusal(
    account: &Account,
    refused: &Credentials,
) -> Result<Option<Credentials>, CredentialError> {
    if account.server.auth != AuthMethod::OAuth2 {
        return Ok(None);
    }
    oauth_credentials(account, Some(refused.secret()))
        .await
        .map(Some)
}

/// A saved account as the SMTP engine's source of fresh access tokens: the engine asks once when
/// the server refuses one at AUTH and signs in again on the same connection.
pub struct Refresh(pub Account);

impl TokenSource for Refresh {
    fn fresh<'a>(
        &'a self,
        refused: &'a Credentials,
        problem: &'a Problem,
    ) -> futures::future::BoxFuture<'a, Result<Option<Credentials>, Problem>> {
        Box::pin(async move {
            credentials_after_refusal(&self.0, refused)
                .await
                .map_err(|e| {
                    e.problem()
                        .map(|p| p.at(&problem.host, problem.port))
                        .unwrap_or_else(|| problem.clone())
                })
        })
    }
}

/// How `account` signs in to its IMAP server (for copies in Sent): its IMAP password where one of
/// its own is stored, else the same secret as for sending (a password, or the OAuth2 access token;
/// `fresh`: a new token, the last one having been refused). The user name is the IMAP one when set.
pub async fn imap_credentials(account: &Account, fresh: bool) -> Result<ImapCredentials, Problem> {
    let imap = account.imap.clone().unwrap_or_default();
    let user = [&imap.user, &account.server.username, &account.email]
        .into_iter()
        .map(|u| u.trim())
        .find(|u| !u.is_empty())
        .unwrap_or_default()
        .to_owned();
    let problem = |e: CredentialError| {
        e.problem().unwrap_or_else(|| {
            let kind = match e {
                // Nothing stored to sign in with: the password has to be typed again.
                CredentialError::NotStored => ProblemKind::AuthFailed,
                _ => ProblemKind::KeychainUnavailable,
            };
            Problem::new(kind, Step::ImapAuth)
        })
    };
    if let Some(password) = secrets::load_imap_password(&account.name)
        .await
        .map_err(|e| problem(e.into()))?
    {
        return Ok(ImapCredentials::password(user, password));
    }
    if account.server.auth == AuthMethod::OAuth2 {
        let refused = if fresh {
            Some(
                oauth_credentials(account, None)
                    .await
                    .map_err(problem)?
                    .secret()
                    .to_owned(),
            )
        } else {
            None
        };
        let token = oauth_credentials(account, refused.as_deref())
            .await
            .map_err(problem)?;
        return Ok(ImapCredentials::token(user, token.secret()));
    }
    match secrets::load(&account.name)
        .await
        .map_err(|e| problem(e.into()))?
    {
        Some(secret) => Ok(ImapCredentials::password(user, secret)),
        None => Err(problem(CredentialError::NotStored)),
    }
}

async fn oauth_credentials(
    account: &Account,
    refused: Option<&str>,
) -> Result<Credentials, CredentialError> {
    let provider = account
        .oauth2_provider()
        .ok_or(CredentialError::NotConfigured)?;
    let token = crate::oauth::tokens::access_token(&account.name, provider, refused).await?;
    Ok(Credentials::new(account.server.username.clone(), token))
}
