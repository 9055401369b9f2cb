//! Sending from a compose window: through the outbox, so a failed message is kept.

use iced::Task;

use super::{Message, SendFailure};
use crate::account::Account;
use crate::fl;
use crate::mail::Draft;
use crate::outbox::{Claim, Outbox};
use crate::smtp::Sender;
use crate::smtp::doctor::{self, CheckRequest};

pub(super) fn server_limit(account: Account) -> Task<Message> {
    Task::perform(
        async move {
            let mut settings = account.server.clone();
            settings.auth = crate::account::AuthMethod::None;
            let request = CheckRequest {
                settings,
                credentials: None,
                from: None,
                to: vec![],
            };
            doctor::check(&request, &|_| {})
                .await
                .ok()
                .and_then(|r| r.server.max_size)
        },
        Message::ServerLimit,
    )
}

/// What a compose window asks its parent to send: the App owns the outbox and the one flush.
#[derive(Debug, Clone)]
pub struct SendRequest {
    pub account: Account,
    pub draft: Draft,
    /// The outbox entry this message replaces (after "Edit", or an edited failed send).
    pub replaces: Option<String>,
    /// "Send later": not before this time (unix seconds).
    pub at: Option<u64>,
}

fn failure(message: String, fix: String) -> SendFailure {
    SendFailure {
        unconfirmed: false,
        message,
        fix,
        temporary: false,
        outbox_id: None,
    }
}

/// Writes the message to the outbox and returns its id. The entry it replaces goes only after the
/// new one is safe on disk, and only while this side holds it (`held`, or claimed here): a message
/// that another process is sending right now is never replaced by a second copy.
/// `not_before` (unix seconds) keeps it from being sent earlier: "Send later", or the few seconds
/// of "Undo".
pub async fn enqueue(
    outbox: Outbox,
    request: SendRequest,
    held: Option<Claim>,
    not_before: Option<u64>,
) -> Result<String, SendFailure> {
    let SendRequest {
        account,
        draft,
        replaces,
        ..
    } = request;
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| failure(errors[0].message(), String::new()))?;
    let storage = |e: crate::outbox::StorageError| failure(e.message(), String::new());
    tokio::task::spawn_blocking(move || {
        let old = match (replaces, held) {
            (_, Some(claim)) => Some(claim),
            (Some(id), None) => match outbox.claim_queued(&id).map_err(storage)? {
                Some(claim) => Some(claim),
                // The first version went out while this one was being edited: say so, and send
                // nothing more (the edited text stays in the window).
                None if outbox.get(&id).is_none() => {
                    let when = outbox
                        .sent_record(&id)
                        .map(|r| crate::gui::outbox::relative_time(r.sent_at))
                        .unwrap_or_default();
                    return Err(failure(
                        fl!("gui-edit-original-sent", time = when),
                        fl!("gui-edit-original-sent-fix"),
                    ));
                }
                None => return Err(failure(fl!("gui-send-busy"), String::new())),
            },
            (None, None) => None,
        };
        let replaced = old.as_ref().map(|c| c.id.clone());
        let meta = outbox
            .enqueue_with(
                &account.name,
                &outgoing.from,
                &outgoing.recipients,
                &outgoing.message_id,
                draft.subject.trim(),
                outgoing.bytes(),
                std::time::SystemTime::now(),
                |m| {
                    m.draft = Some(draft.clone());
                    m.scheduled_for = not_before;
                    // Should the process stop before the original is removed, the next flush
                    // removes it instead of sending both.
                    m.replaces = replaced;
                },
            )
            .map_err(storage)?;
        if let Some(claim) = old {
            outbox.remove_claimed(&claim).map_err(storage)?;
        }
        Ok(meta.id)
    })
    .await
    .unwrap_or_else(|_| Err(failure(fl!("gui-send-kept"), String::new())))
}

/// Sends one message straight to the server, when there is no outbox to keep it in (its folder
/// could not be created).
pub async fn send_direct(account: Account, draft: Draft) -> Result<String, SendFailure> {
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| failure(errors[0].message(), String::new()))?;
    let credentials = crate::credentials::credentials(&account)
        .await
        .map_err(|e| match e.problem() {
            Some(p) => failure(p.message(), p.fix()),
            None => failure(e.message(&account.name), fl!("gui-fix-edit-account")),
        })?;
    let sender = Sender::new(&account.server, credentials)
        .map_err(|e| failure(e.message(), String::new()))?
        .with_tokens(Some(std::sync::Arc::new(crate::credentials::Refresh(
            account,
        ))));
    let sent = sender.send(&outgoing).await;
    sender.close().await;
    sent.map(|sent| sent.message_id).map_err(|p| SendFailure {
        unconfirmed: p.kind == crate::problem::ProblemKind::OutcomeUnknown,
        message: p.message(),
        fix: p.fix(),
        temporary: p.kind.is_temporary(),
        outbox_id: None,
    })
}
