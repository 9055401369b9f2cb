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
        for e in [entry(&name)?, token_entry(&name)?, imap_entry(&name)?] {
            match e.delete_credential() {
                Ok(()) | Err(KeyringError::NoEntry) => {}
                Err(e) => return Err(classify(e)),
            }
        }
        Ok(())
    })
    .await
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

/// The keychain service of IMAP passwords that differ from the sending one (an entry of its own
/// per account; without one, IMAP signs in with the sending secret).
pub const IMAP_SERVICE: &str = "outpost-imap";

fn imap_entry(account: &str) -> Result<keyring::Entry, SecretError> {
    keyring::Entry::new(IMAP_SERVICE, account).map_err(classify)
}

/// Stores (or replaces) the IMAP password of `account`.
pub async fn store_imap_password(account: &str, secret: &str) -> Result<(), SecretError> {
    let account = account.to_owned();
    let secret = secret.to_owned();
    blocking(move || {
        imap_entry(&account)?
            .set_password(&secret)
            .map_err(classify)
    })
    .await
}

/// The IMAP password of `account`, or `None` when it signs in to IMAP with its sending secret.
pub async fn load_imap_password(account: &str) -> Result<Option<String>, SecretError> {
    let account = account.to_owned();
    blocking(move || match imap_entry(&account)?.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(KeyringError::NoEntry) => Ok(None),
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
    let imap = load_imap_password(from).await?;
    if let Some(secret) = &password {
        store(to, secret).await?;
    }
    if let Some(token) = &token {
        store_refresh_token(to, token).await?;
    }
    if let Some(secret) = &imap {
        store_imap_password(to, secret).await?;
    }
    if password.is_some() || token.is_some() || imap.is_some() {
        delete(from).await?;
    }
    Ok(())
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
