use super::args::OutboxCommand;
use super::{Output, open_store};
use crate::fl;
use crate::outbox::{self, FlushOptions, FlushReport, Meta, Outbox, State, SystemClock};

pub async fn run(out: &Output, command: OutboxCommand) -> u8 {
    let Ok(store) = open_store(out) else { return 1 };
    let Ok(outbox) = super::open_outbox(out, &store) else {
        return 1;
    };
    match command {
        OutboxCommand::List => list(out, &outbox),
        OutboxCommand::Sent { search } => super::shown::sent(out, &outbox, search.as_deref()),
        OutboxCommand::Show { id, raw } => super::shown::show(out, &outbox, &id, raw),
        OutboxCommand::Flush => {
            let days = store.config.preferences.sent_log_days.into();
            if let Err(e) = outbox.prune_sent_log(days, std::time::SystemTime::now()) {
                out.warn(&e.message());
            }
            flush(out, &outbox, &store.config.accounts, vec![]).await
        }
        OutboxCommand::Retry { id }
        | OutboxCommand::Remove { id }
        | OutboxCommand::MarkSent { id }
            if !outbox::valid_id(&id) =>
        {
            out.coded_error(
                "unknown_message",
                Some("id"),
                &fl!("outbox-unknown-id", id = id.as_str()),
            )
        }
        OutboxCommand::MarkSent { id } => mark_sent(out, &outbox, &id),
        OutboxCommand::Retry { id } => match outbox.retry_now(&id, std::time::SystemTime::now()) {
            Ok(Some(_)) => flush(out, &outbox, &store.config.accounts, vec![id]).await,
            Ok(None) if outbox.get(&id).is_some() => out.coded_error(
                "message_busy",
                Some("id"),
                &fl!("outbox-busy", id = id.as_str()),
            ),
            Ok(None) => out.coded_error(
                "unknown_message",
                Some("id"),
                &fl!("outbox-unknown-id", id = id.as_str()),
            ),
            Err(e) => {
                out.fatal(&e.message());
                1
            }
        },
        OutboxCommand::Remove { id } => {
            if outbox.get(&id).is_none() {
                return out.coded_error(
                    "unknown_message",
                    Some("id"),
                    &fl!("outbox-unknown-id", id = id.as_str()),
                );
            }
            match outbox.remove(&id) {
                Ok(false) => out.coded_error(
                    "message_busy",
                    Some("id"),
                    &fl!("outbox-busy", id = id.as_str()),
                ),
                Ok(true) => {
                    out.result(serde_json::json!({"ok": true, "removed": id}), || {
                        vec![fl!("outbox-removed", id = id.as_str())]
                    });
                    0
                }
                Err(e) => {
                    out.fatal(&e.message());
                    1
                }
            }
        }
    }
}

/// "It arrived": the message goes into the sent log and out of the queue.
fn mark_sent(out: &Output, outbox: &Outbox, id: &str) -> u8 {
    if outbox.get(id).is_none() {
        return out.coded_error(
            "unknown_message",
            Some("id"),
            &fl!("outbox-unknown-id", id = id),
        );
    }
    match outbox.mark_sent(id, std::time::SystemTime::now()) {
        Ok(Some(record)) => {
            let doc =
                serde_json::json!({"ok": true, "marked_sent": id, "message_id": record.message_id});
            out.result(doc, || vec![fl!("outbox-marked-sent", id = id)]);
            0
        }
        Ok(None) => out.coded_error("message_busy", Some("id"), &fl!("outbox-busy", id = id)),
        Err(e) => {
            out.fatal(&e.message());
            1
        }
    }
}

pub fn meta_json(m: &Meta) -> serde_json::Value {
    serde_json::json!({
        "id": m.id,
        "account": m.account,
        "from": m.from,
        "recipients": m.recipients,
        "subject": m.subject,
        "message_id": m.message_id,
        "size": m.size,
        "created": m.created,
        "attempts": m.attempts,
        "next_attempt": m.next_attempt,
        "state": if m.is_scheduled(outbox::unix(std::time::SystemTime::now())) {
            serde_json::json!("scheduled")
        } else {
            serde_json::json!(m.state)
        },
        "scheduled_for": m.scheduled_for.map(outbox::schedule::rfc3339),
        "last_problem": m.last_problem.as_ref().map(|p| {
            let problem = p.problem();
            serde_json::json!({
                "kind": p.kind,
                "step": p.step,
                "message": problem.message(),
                "fix": problem.fix(),
                "server_reply": p.server_reply,
            })
        }),
        "blocked": m.blocked.as_ref().map(|b| serde_json::json!({
            "code": b.code,
            "reason": b.explain(&m.account),
        })),
        "merge_id": m.merge_id,
        "row": m.row,
    })
}

fn meta_line(m: &Meta) -> String {
    let now = outbox::unix(std::time::SystemTime::now());
    let state = match (m.state, m.scheduled_for) {
        (State::Queued, Some(t)) if m.is_scheduled(now) => {
            fl!("outbox-state-scheduled", time = outbox::schedule::short(t))
        }
        (State::Queued, _) => fl!("outbox-state-queued", attempts = m.attempts),
        (State::Held, _) => fl!("outbox-state-held"),
        (State::Unconfirmed, _) => fl!("outbox-state-unconfirmed"),
    };
    let mut line = fl!(
        "outbox-line",
        id = m.id.as_str(),
        subject = m.subject.as_str(),
        recipients = m.recipients.join(", "),
        state = state
    );
    if m.state == State::Unconfirmed {
        line.push_str(&format!(
            "\n    {}\n    {}",
            fl!("outbox-unconfirmed-explain"),
            fl!("outbox-unconfirmed-choices", id = m.id.as_str())
        ));
    } else if let Some(b) = &m.blocked {
        line.push_str(&format!("\n    {}", b.explain(&m.account)));
    } else if let Some(p) = &m.last_problem {
        line.push_str(&format!("\n    {}", p.problem().message()));
    }
    line
}

fn list(out: &Output, outbox: &Outbox) -> u8 {
    let (metas, damaged) = match outbox.list() {
        Ok(v) => v,
        Err(e) => {
            out.fatal(&e.message());
            return 1;
        }
    };
    for d in &damaged {
        out.warn(&fl!(
            "outbox-damaged",
            path = d.moved_to.display().to_string()
        ));
    }
    let doc = serde_json::json!({
        "messages": metas.iter().map(meta_json).collect::<Vec<_>>(),
        "damaged": damaged.iter().map(|d| d.moved_to.display().to_string()).collect::<Vec<_>>(),
    });
    out.result(doc, || {
        if metas.is_empty() {
            vec![fl!("outbox-empty")]
        } else {
            metas.iter().map(meta_line).collect()
        }
    });
    0
}

pub fn report_json(r: &FlushReport) -> serde_json::Value {
    serde_json::json!({
        "ok": flushed_all(r),
        "sent": r.sent.iter().map(|s| serde_json::json!({"id": s.id, "message_id": s.message_id, "server_reply": s.server_reply})).collect::<Vec<_>>(),
        "failed": r.failed.iter().map(|(m, p)| serde_json::json!({"id": m.id, "state": m.state, "problem": p.to_json()})).collect::<Vec<_>>(),
        "blocked": r.blocked.iter().map(|(m, why)| serde_json::json!({"id": m.id, "code": m.blocked.as_ref().map(|b| b.code.clone()), "reason": why})).collect::<Vec<_>>(),
        "busy": r.busy.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
        "already_sent": r.already_sent.iter().map(|s| serde_json::json!({"id": s.id, "message_id": s.message_id, "server_reply": s.server_reply})).collect::<Vec<_>>(),
        "damaged": r.damaged.iter().map(|d| d.moved_to.display().to_string()).collect::<Vec<_>>(),
        "unconfirmed": r.unconfirmed.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
        "stopped": r.stopped,
        "remaining": r.remaining.len(),
    })
}

async fn flush(
    out: &Output,
    outbox: &Outbox,
    accounts: &[crate::account::Account],
    only: Vec<String>,
) -> u8 {
    let options = FlushOptions {
        force: true,
        only,
        ..FlushOptions::default()
    };
    let report = match run_flush(out, outbox, accounts, &options).await {
        Ok(r) => r,
        Err(e) => {
            out.fatal(&e.message());
            return 1;
        }
    };
    for d in &report.damaged {
        out.warn(&fl!(
            "outbox-damaged",
            path = d.moved_to.display().to_string()
        ));
    }
    let copies = save_copies(out, outbox, accounts, true).await;
    let mut doc = report_json(&report);
    doc["copies"] = copies.map(|c| c.to_json()).unwrap_or_default();
    out.result(doc, || {
        let mut lines = vec![fl!(
            "outbox-flushed",
            sent = report.sent.len(),
            remaining = report.remaining.len()
        )];
        for (m, p) in &report.failed {
            lines.push(fl!(
                "outbox-failed-line",
                subject = m.subject.as_str(),
                message = p.message()
            ));
        }
        for (m, why) in &report.blocked {
            lines.push(fl!(
                "outbox-failed-line",
                subject = m.subject.as_str(),
                message = why.as_str()
            ));
        }
        for m in &report.busy {
            lines.push(fl!("outbox-busy-line", subject = m.subject.as_str()));
        }
        for m in &report.unconfirmed {
            lines.push(fl!(
                "outbox-failed-line",
                subject = m.subject.as_str(),
                message = fl!("outbox-unconfirmed-explain")
            ));
            lines.push(fl!("outbox-unconfirmed-choices", id = m.id.as_str()));
        }
        if let Some(why) = &report.stopped {
            lines.push(why.clone());
        }
        lines
    });
    if flushed_all(&report) { 0 } else { 1 }
}

/// A flush, after saying on stderr that it waits when another Outpost is sending from this outbox.
pub async fn run_flush(
    out: &Output,
    outbox: &Outbox,
    accounts: &[crate::account::Account],
    options: &FlushOptions,
) -> Result<FlushReport, outbox::StorageError> {
    if outbox.try_lock_flush()?.is_none() && !out.json {
        eprintln!("{}", fl!("outbox-waiting-for-other"));
    }
    outbox::flush(outbox, accounts, &SystemClock, options).await
}

/// Saves the due copies in Sent (all unsaved ones with `force`), after the sending is done and
/// reported. Problems are told on stderr in words; the JSON of `outbox flush` carries the report.
pub async fn save_copies(
    out: &Output,
    outbox: &Outbox,
    accounts: &[crate::account::Account],
    force: bool,
) -> Option<outbox::CopyReport> {
    let report = outbox::save_copies(outbox, accounts, &SystemClock, force)
        .await
        .ok()?;
    if !out.json {
        for (_, p) in report.pending.iter().take(1) {
            out.warn(&fl!("copy-pending-because", message = p.message()));
        }
        for (_, p) in report.failed.iter().take(1) {
            out.warn(&fl!("copy-failed-because", message = p.message()));
        }
    }
    Some(report)
}

/// Nothing is left but messages scheduled for later (they are not due, so not a failure).
fn flushed_all(r: &FlushReport) -> bool {
    let now = outbox::unix(std::time::SystemTime::now());
    r.remaining.iter().all(|m| m.is_scheduled(now))
}
