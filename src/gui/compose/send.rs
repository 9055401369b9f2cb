//! Sending from a compose window: through the outbox, so a failed message is kept.

use iced::Task;

use super::{Message, SendFailure};
use crate::account::Account;
use crate::fl;
use crate::mail::Draft;
use crate::outbox::Outbox;
use crate::secrets;
use crate::smtp::doctor::{self, CheckRequest};
use crate::smtp::{Credentials, Sender};

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

/// Sends one message: into the outbox first (replacing the entry it was edited from), then out
/// with the account's stored secret. Without an outbox it is sent directly.
pub async fn send(
    account: Account,
    draft: Draft,
    outbox: Option<Outbox>,
    replaces: Option<String>,
) -> Result<String, SendFailure> {
    let failure = |message: String, fix: String| SendFailure {
        message,
        fix,
        temporary: false,
        outbox_id: None,
    };
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| failure(errors[0].message(), String::new()))?;
    if let Some(outbox) = outbox {
        return send_through_outbox(&account, &draft, outgoing, &outbox, replaces).await;
    }
    let credentials = if account.server.auth.needs_secret() {
        match secrets::load(&account.name).await {
            Ok(Some(secret)) => Some(Credentials::new(account.server.username.clone(), secret)),
            Ok(None) => {
                return Err(failure(
                    fl!("send-no-secret", account = account.name.as_str()),
                    fl!("gui-fix-edit-account"),
                ));
            }
            Err(e) => return Err(failure(e.message(), String::new())),
        }
    } else {
        None
    };
    let sender = Sender::new(&account.server, credentials)
        .map_err(|e| failure(e.message(), String::new()))?;
    sender
        .send(&outgoing)
        .await
        .map(|sent| sent.message_id)
        .map_err(|p| SendFailure {
            message: p.message(),
            fix: p.fix(),
            temporary: p.kind.is_temporary(),
            outbox_id: None,
        })
}

async fn send_through_outbox(
    account: &Account,
    draft: &Draft,
    outgoing: crate::mail::Outgoing,
    outbox: &Outbox,
    replaces: Option<String>,
) -> Result<String, SendFailure> {
    use crate::outbox::{FlushOptions, State, SystemClock};
    let storage = |e: crate::outbox::StorageError| SendFailure {
        message: e.message(),
        fix: String::new(),
        temporary: false,
        outbox_id: None,
    };
    let now = std::time::SystemTime::now();
    let mut meta = outbox
        .enqueue(
            &account.name,
            &outgoing.from,
            &outgoing.recipients,
            &outgoing.message_id,
            draft.subject.trim(),
            outgoing.bytes(),
            now,
        )
        .map_err(storage)?;
    // The outbox sends what it stored; a large message is not kept twice in memory meanwhile.
    drop(outgoing);
    outbox.attach_draft(&mut meta, draft).map_err(storage)?;
    // The new entry is safe on disk before the one it replaces goes.
    if let Some(old) = replaces {
        outbox.remove(&old).map_err(storage)?;
    }
    let options = FlushOptions {
        force: true,
        only: vec![meta.id.clone()],
        ..FlushOptions::default()
    };
    let report = crate::outbox::flush(
        outbox,
        std::slice::from_ref(account),
        &SystemClock,
        &options,
    )
    .await
    .map_err(storage)?;
    if let Some(sent) = report.sent.first() {
        return Ok(sent.message_id.clone());
    }
    let kept = Some(meta.id.clone());
    Err(match (report.failed.first(), report.blocked.first()) {
        (Some((m, p)), _) => SendFailure {
            message: p.message(),
            fix: p.fix(),
            temporary: m.state == State::Queued,
            outbox_id: kept,
        },
        (None, Some((_, why))) => SendFailure {
            message: why.clone(),
            fix: fl!("gui-fix-edit-account"),
            temporary: false,
            outbox_id: kept,
        },
        (None, None) => SendFailure {
            message: fl!("gui-send-kept"),
            fix: String::new(),
            temporary: true,
            outbox_id: kept,
        },
    })
}
