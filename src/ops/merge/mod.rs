//! Mail merge, the verb: read the list, check every row, pace the ready ones within the account's
//! limits ([`prepare`]), then put each in the outbox as its own message ([`queue`]). A merge is
//! nothing but ordinary outbox messages tagged with its id (`Meta::merge_id`, `Meta::row`), so the
//! outbox's crash safety, retries and `unconfirmed` apply to each recipient; a small record in
//! `<data>/merge/<id>.json` remembers the rows, the skipped ones and whether it is paused
//! ([`record`]: status, pause, resume, cancel, list, report).

pub mod record;
pub mod window;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::account::{Account, InputError};
use crate::mail::Draft;
use crate::merge::check::{Plan, PlanError, Ready, SkipCode, Skipped, Spec};
use crate::merge::data::DataError;
use crate::merge::pace::{self, DailyLimit, Days, Pacing, Rate, Schedule};
use crate::merge::suppress::Suppressions;
use crate::outbox::{Meta, Outbox, StorageError, unix};

pub use record::{MergeRecord, MergeStatus, RowState};

/// What the user asked for (`outpost merge …`, or the window's "Send to a list").
#[derive(Debug, Clone, Default)]
pub struct MergeRequest {
    pub data: PathBuf,
    pub sheet: Option<String>,
    /// A To template; `None` finds the address column.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
    pub markdown: bool,
    pub attachments: Vec<PathBuf>,
    pub attach_column: Option<String>,
    /// Messages a minute (`None`: the rate the account's provider publishes, else
    /// [`pace::DEFAULT_PER_MINUTE`]; see [`Rate::choose`]).
    pub per_minute: Option<u32>,
    /// The first send time (unix seconds; `None`: now).
    pub start: Option<u64>,
    /// The address of `List-Unsubscribe`, with a footer line in the body.
    pub unsubscribe: Option<String>,
    pub allow_empty: bool,
    /// Only check and pace (a dry run): the rendered bodies are not kept, so the result cannot be
    /// queued.
    pub check_only: bool,
}

/// A merge checked and paced, not yet queued.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub account: Account,
    pub plan: Plan,
    /// The send time of each ready row, in the order of `plan.ready`.
    pub schedule: Schedule,
    pub per_minute: u32,
    /// `per_minute` and where it comes from (given, the provider's, the default).
    pub rate: Rate,
    pub daily_limit: DailyLimit,
    pub markdown: bool,
    pub unsubscribe: Option<String>,
    /// Prepared for a dry run ([`MergeRequest::check_only`]): no bodies, never queued.
    pub check_only: bool,
}

impl Prepared {
    /// "150 today, 50 tomorrow, within Gmail’s 500 a day."
    pub fn estimate(&self) -> String {
        pace::estimate_text(&self.schedule, &self.daily_limit, Days::Utc)
    }

    /// "Pace: 30 messages a minute, within Microsoft 365’s limit."
    pub fn rate_text(&self) -> String {
        self.rate.text()
    }
}

/// Why a merge did not start (nothing was queued).
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("no merge {0}")]
    UnknownMerge(String),
    #[error("no row is ready")]
    NothingReady,
}

impl MergeError {
    /// The JSON `error.code`.
    pub fn code(&self) -> &'static str {
        match self {
            MergeError::Data(e) => e.code(),
            MergeError::Plan(e) => e.code(),
            MergeError::Input(e) => e.code(),
            MergeError::Storage(_) => "storage",
            MergeError::UnknownMerge(_) => "unknown_merge",
            MergeError::NothingReady => "nothing_ready",
        }
    }

    /// The input was wrong (exit 2), rather than something failing on the way (exit 1).
    pub fn is_input(&self) -> bool {
        !matches!(self, MergeError::Storage(_))
    }

    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            MergeError::Data(e) => e.message(),
            MergeError::Plan(e) => e.message(),
            MergeError::Input(e) => e.message(),
            MergeError::Storage(e) => e.message(),
            MergeError::UnknownMerge(id) => fl!("merge-unknown-id", id = id.as_str()),
            MergeError::NothingReady => fl!("merge-nothing-ready"),
        }
    }
}

/// Loads the list, checks every row against the templates and the do-not-mail list, and gives
/// each ready row its send time within the per-minute rate and the account's daily limit (the UTC
/// day of the outbox's counts). Blocking work runs off the async threads.
pub async fn prepare(
    data_dir: &Path,
    account: &Account,
    request: &MergeRequest,
    now: SystemTime,
) -> Result<Prepared, MergeError> {
    let (data_dir, account, request) = (data_dir.to_owned(), account.clone(), request.clone());
    super::blocking(move || prepare_blocking(&data_dir, account, &request, now)).await
}

fn prepare_blocking(
    data_dir: &Path,
    account: Account,
    request: &MergeRequest,
    now: SystemTime,
) -> Result<Prepared, MergeError> {
    if let Some(address) = &request.unsubscribe {
        crate::mail::ListUnsubscribe::mailto(address)?;
    }
    let table = crate::merge::data::load(&request.data, request.sheet.as_deref())?;
    let folder = request
        .data
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let spec = Spec {
        to: request.to.as_deref(),
        subject: &request.subject,
        body: &request.body,
        markdown: request.markdown,
        attachments: &request.attachments,
        attach_column: request.attach_column.as_deref(),
        allow_empty: request.allow_empty,
        data_folder: folder,
        keep_bodies: !request.check_only,
    };
    let suppressed = Suppressions::new(data_dir).list()?;
    let plan = crate::merge::check::plan(&table, &spec, &suppressed)?;
    let outbox = Outbox::open(data_dir)?;
    let used_today = crate::outbox::worker::limits(&outbox).used_today(&account.name, now);
    let rate = Rate::choose(request.per_minute, &account);
    let per_minute = rate.per_minute;
    let daily_limit = DailyLimit::of(&account);
    let pacing = Pacing {
        per_minute,
        daily_limit: daily_limit.limit,
        used_today,
        now: unix(now),
        start: request.start,
        days: Days::Utc,
    };
    let schedule = pace::schedule(plan.ready.len(), &pacing, &mut fastrand::Rng::new());
    Ok(Prepared {
        account,
        plan,
        schedule,
        per_minute,
        rate,
        daily_limit,
        markdown: request.markdown,
        unsubscribe: request.unsubscribe.clone(),
        check_only: request.check_only,
    })
}

/// The message of one ready row, as the account sends it: its From, its signature and Reply-To,
/// one recipient (never a copy to itself: a merge is one message per person).
fn draft_for(prepared: &Prepared, ready: &Ready, to: &str) -> Draft {
    assert!(
        !prepared.check_only,
        "a dry run's plan has no bodies to send" // not translated: a developer's diagnostic
    );
    let account = &prepared.account;
    let body = crate::merge::preview::body_as_sent(&ready.body, prepared.unsubscribe.as_deref());
    let draft = Draft {
        from_name: account.display_name.clone(),
        from_email: account.email.clone(),
        to: to.to_owned(),
        subject: ready.subject.clone(),
        body,
        attachments: ready.attachments.clone(),
        markdown: prepared.markdown,
        ..Draft::default()
    };
    let mut draft = crate::mail::dress(account, draft, true);
    draft.bcc.clear();
    draft.cc.clear();
    draft
}

/// Builds and writes one message to the outbox.
async fn submit_one(
    outbox: &Outbox,
    prepared: &Prepared,
    draft: Draft,
    not_before: Option<u64>,
    tag: Option<(&str, usize)>,
    now: SystemTime,
) -> Result<Result<Meta, Vec<InputError>>, StorageError> {
    let outgoing = match draft.build_with(prepared.unsubscribe.as_deref()).await {
        Ok(o) => o,
        Err(errors) => return Ok(Err(errors)),
    };
    let submission = super::submit::Submission {
        account: prepared.account.name.clone(),
        outgoing,
        subject: draft.subject.clone(),
        draft: None,
        replaces: None,
        not_before,
        overrides: Default::default(),
        merge_id: tag.map(|(id, _)| id.to_owned()),
        row: tag.map(|(_, row)| row),
    };
    let outbox = outbox.clone();
    let meta = super::blocking(move || super::submit::submit(&outbox, submission, now)).await;
    match meta {
        Ok(meta) => Ok(Ok(meta)),
        Err(super::submit::SubmitError::Storage(e)) => Err(e),
        Err(_) => unreachable!("a merge replaces no queued message"),
    }
}

/// Queues every ready row as its own outbox message at its paced time, tagged with a new merge
/// id, and keeps the merge's record. A row whose message cannot be built (an attachment that
/// became unreadable) is skipped and recorded with its code.
pub async fn queue(
    outbox: &Outbox,
    prepared: &Prepared,
    now: SystemTime,
) -> Result<String, MergeError> {
    let id = crate::storage::new_id(now);
    let data_dir = outbox.root().parent().unwrap_or(outbox.root()).to_owned();
    let mut rec = MergeRecord::new(&id, prepared, unix(now));
    let store = record::Records::new(&data_dir);
    {
        let (store, rec) = (store.clone(), rec.clone());
        super::blocking(move || store.write(&rec)).await?;
    }
    for (ready, &time) in prepared.plan.ready.iter().zip(&prepared.schedule.times) {
        let draft = draft_for(prepared, ready, &ready.to);
        let not_before = (time > unix(now)).then_some(time);
        let tag = Some((id.as_str(), ready.row));
        match submit_one(outbox, prepared, draft, not_before, tag, now).await? {
            Ok(meta) => rec.messages.push(record::RecordMessage {
                row: ready.row,
                id: meta.id,
                to: ready.address.clone(),
            }),
            Err(errors) => rec.skipped.push(Skipped {
                row: ready.row,
                code: match errors[0] {
                    InputError::AttachmentMissing { .. }
                    | InputError::AttachmentUnreadable { .. }
                    | InputError::AttachmentTooLarge { .. } => SkipCode::AttachmentMissing,
                    _ => SkipCode::InvalidAddress,
                },
                detail: errors[0].message(),
            }),
        }
    }
    rec.skipped.sort_by_key(|s| s.row);
    super::blocking(move || store.write(&rec)).await?;
    Ok(id)
}

/// "Send a test to myself": the first ready row, rendered, to `to` only, due now (not part of
/// the merge: no tag). Returns its outbox entry.
pub async fn queue_test(
    outbox: &Outbox,
    prepared: &Prepared,
    to: &str,
    now: SystemTime,
) -> Result<Meta, MergeError> {
    let ready = prepared
        .plan
        .ready
        .first()
        .ok_or(MergeError::NothingReady)?;
    let address = crate::merge::suppress::normalize(to)?;
    let draft = draft_for(prepared, ready, &address);
    match submit_one(outbox, prepared, draft, None, None, now).await? {
        Ok(meta) => Ok(meta),
        Err(mut errors) => Err(MergeError::Input(errors.remove(0))),
    }
}

#[cfg(test)]
mod tests;
