//! Testing an account: the doctor's check through the one SMTP engine, with a saved account's
//! credentials (a refused access token refreshed once), keeping what the server said about its
//! limits for later (the compose window's size warning).

use crate::account::learned::Learned;
use crate::account::{Account, InputError};
use crate::credentials::{self, CredentialError, Refresh};
use crate::smtp::doctor::{self, CheckRequest, Report, StepReport};

/// Why a test could not start.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Credentials(#[from] CredentialError),
}

impl TestError {
    /// In plain words, with the fix where there is one.
    pub fn message(&self, account: &str) -> String {
        match self {
            TestError::Input(e) => e.message(),
            TestError::Credentials(e) => match e.problem() {
                Some(p) => format!("{} {}", p.message(), p.fix()),
                None => e.message(account),
            },
        }
    }
}

/// Where a test keeps what it learned: the account it was for, in the data folder's facts.
#[derive(Debug, Clone)]
pub struct Remember {
    pub learned: Learned,
    pub account: String,
}

/// Checks `request` (`saved`: the saved account it is for, whose refused token is refreshed once;
/// `request` then holds the fresh credentials). `progress` sees each step as it ends.
pub async fn check(
    request: &mut CheckRequest,
    saved: Option<&Account>,
    remember: Option<&Remember>,
    progress: &(dyn Fn(&StepReport) + Send + Sync),
) -> Result<Report, InputError> {
    let report = match saved {
        Some(account) => {
            let tokens = Refresh(account.clone());
            doctor::check_saved(request, &tokens, progress).await?
        }
        None => doctor::check(request, progress).await?,
    };
    if let Some(r) = remember
        && !report.server.extensions.is_empty()
    {
        // Only a cache: a failure to keep it costs a size warning, never the test.
        let (learned, account, settings) = (
            r.learned.clone(),
            r.account.clone(),
            request.settings.clone(),
        );
        let max_size = report.server.max_size;
        let _ = super::blocking(move || {
            learned.record(&account, &settings.host, settings.port, max_size)
        })
        .await;
    }
    Ok(report)
}

/// Tests a saved account as it is saved, with its stored secret or OAuth2 sign-in.
pub async fn saved(account: &Account, learned: Option<Learned>) -> Result<Report, TestError> {
    let credentials = credentials::credentials(account).await?;
    let mut request = CheckRequest {
        settings: account.server.clone(),
        credentials,
        from: None,
        to: vec![],
    };
    let remember = learned.map(|learned| Remember {
        learned,
        account: account.name.clone(),
    });
    Ok(check(&mut request, Some(account), remember.as_ref(), &|_| {}).await?)
}

/// Checks where copies of sent messages would go: connects to `account`'s IMAP server, signs in
/// (with `credentials`, else what the account has stored) and finds the Sent folder (creating it
/// where there is none, as the first copy would). The folder's name as people read it; `None` when
/// the account keeps no copies in Sent.
pub async fn sent_folder(
    account: &Account,
    credentials: Option<crate::imap::ImapCredentials>,
) -> Result<Option<String>, crate::problem::Problem> {
    let Some(settings) = crate::outbox::copies::destination(account) else {
        return Ok(None);
    };
    let target = crate::imap::Target {
        settings: settings.clone(),
        ca_file: account.server.ca_file.clone(),
        timeout: account.server.timeout(),
    };
    let credentials = match credentials {
        Some(c) => c,
        None => credentials::imap_credentials(account, false).await?,
    };
    let at = |p: crate::problem::Problem| {
        if p.host.is_empty() {
            p.at(&settings.host, settings.port)
        } else {
            p
        }
    };
    let mut session = crate::imap::open(&target, &credentials).await.map_err(at)?;
    let folder = session.sent_folder().await;
    session.logout().await;
    let folder = folder?;
    Ok(Some(crate::imap::utf7::decode(&folder).unwrap_or(folder)))
}
