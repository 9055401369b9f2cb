//! Putting a message in the outbox: the one way both front ends hand a message over for sending.
//! The outbox then owns it (one flush at a time, never twice); this verb only writes it, with
//! its replacement rule and the daily limit's standing.

use std::time::SystemTime;

use crate::account::Account;
use crate::mail::{Draft, Outgoing};
use crate::outbox::limits::Standing;
use crate::outbox::{Claim, Meta, Outbox, Overrides, StorageError};

/// A message for the outbox.
#[derive(Debug)]
pub struct Submission {
    pub account: String,
    pub outgoing: Outgoing,
    pub subject: String,
    /// The message as the user wrote it, kept so "Edit" can open it again (the window's).
    pub draft: Option<Draft>,
    /// The entry this one replaces (after "Edit", or an edited failed send).
    pub replaces: Option<Replace>,
    /// Not sent before this time (unix seconds): "Send later", or the seconds of "Undo".
    pub not_before: Option<u64>,
    /// This run's `--ca-file`/`--timeout`, kept for every later attempt (the command line's).
    pub overrides: Overrides,
    /// The mail merge it belongs to and its row (`ops::merge`); `None` for a single message.
    pub merge_id: Option<String>,
    pub row: Option<usize>,
}

/// Which entry a submission replaces.
#[derive(Debug)]
pub enum Replace {
    /// One this side holds already (its window claimed it for editing).
    Held(Claim),
    /// One still in the queue, claimed here if nobody is sending it right now.
    Queued(String),
}

/// Why a message was not put in the outbox. The one it replaces stays as it was.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The first version went out while this one was being edited (unix seconds when): nothing
    /// more is sent.
    #[error("the original was sent")]
    OriginalSent { sent_at: Option<u64> },
    /// The first version is being sent right now, by another window or process.
    #[error("the original is being sent")]
    Busy,
}

/// Writes the message to the outbox and returns its entry. The entry it replaces goes only after
/// the new one is safe on disk, and only while this side holds it: a message that another process
/// is sending right now is never replaced by a second copy. Blocking (file locks and fsync).
pub fn submit(outbox: &Outbox, s: Submission, now: SystemTime) -> Result<Meta, SubmitError> {
    let old = match s.replaces {
        Some(Replace::Held(claim)) => Some(claim),
        Some(Replace::Queued(id)) => match outbox.claim_queued(&id)? {
            Some(claim) => Some(claim),
            None if outbox.get(&id).is_none() => {
                return Err(SubmitError::OriginalSent {
                    sent_at: outbox.sent_record(&id).map(|r| r.sent_at),
                });
            }
            None => return Err(SubmitError::Busy),
        },
        None => None,
    };
    let replaced = old.as_ref().map(|c| c.id.clone());
    let Outgoing {
        bytes,
        message_id,
        recipients,
        from,
    } = s.outgoing;
    let meta = outbox.enqueue_with(
        &s.account,
        &from,
        &recipients,
        &message_id,
        s.subject.trim(),
        &bytes,
        now,
        |m| {
            m.draft = s.draft;
            m.scheduled_for = s.not_before;
            m.overrides = s.overrides;
            m.merge_id = s.merge_id;
            m.row = s.row;
            // Should the process stop before the original is removed, the next flush removes it
            // instead of sending both.
            m.replaces = replaced;
        },
    )?;
    if let Some(claim) = old {
        outbox.remove_claimed(&claim)?;
    }
    Ok(meta)
}

/// Where `account` stands against its daily limit with `adding` more messages today.
pub fn standing(outbox: &Outbox, account: &Account, adding: u32, now: SystemTime) -> Standing {
    crate::outbox::worker::limits(outbox).standing(
        &account.name,
        crate::providers::daily_limit(account),
        adding,
        now,
    )
}
