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
    /// Anything else the platform reported; the detail is for logs, never shown as is.
    #[error("keychain failure: {0}")]
    Failed(String),
}

impl SecretError {
    pub fn code(&self) -> &'static str {
        match self {
            SecretError::Unavailable => "keychain_unavailable",
            SecretError::Locked => "keychain_locked",
            SecretError::Failed(_) => "keychain_failed",
        }
    }

    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            SecretError::Unavailable => fl!("keychain-unavailable"),
            SecretError::Locked => fl!("keychain-locked"),
            SecretError::Failed(_) => fl!("keychain-failed"),
        }
    }
}

fn classify(error: KeyringError) -> SecretError {
    match error {
        KeyringError::NoDefaultStore => SecretError::Unavailable,
        KeyringError::NoStorageAccess(_) => SecretError::Locked,
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

/// Deletes the secret of `account`; deleting what is not there is fine.
pub async fn delete(account: &str) -> Result<(), SecretError> {
    let account = account.to_owned();
    blocking(move || match entry(&account)?.delete_credential() {
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
    if let Some(secret) = load(from).await? {
        store(to, &secret).await?;
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
}

impl CredentialError {
    pub fn code(&self) -> &'static str {
        match self {
            CredentialError::NotStored => "no_secret",
            CredentialError::Keychain(e) => e.code(),
        }
    }

    pub fn message(&self, account: &str) -> String {
        match self {
            CredentialError::NotStored => crate::fl!("send-no-secret", account = account),
            CredentialError::Keychain(e) => e.message(),
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
    match load(&account.name).await? {
        Some(secret) => Ok(Some(crate::smtp::Credentials::new(
            account.server.username.clone(),
            secret,
        ))),
        None => Err(CredentialError::NotStored),
    }
}
