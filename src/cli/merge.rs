//! `outpost merge`: a mail merge from a spreadsheet into the outbox (`ops::merge`), and the verbs
//! on a queued one (list, status, pause, resume, cancel, report, suppress).

use std::io::IsTerminal;
use std::time::{Duration, SystemTime};

use super::args::{MergeArgs, MergeCommand};
use super::{Output, open_store};
use crate::fl;
use crate::ops::merge::{self, MergeError, MergeRequest, MergeStatus, Prepared, RowState};
use crate::outbox::{FlushOptions, Outbox, schedule, unix};

pub async fn run(out: &Output, args: MergeArgs) -> u8 {
    let Ok(store) = open_store(out) else { return 1 };
    let Ok(outbox) = super::open_outbox(out, &store) else {
        return 1;
    };
    let now = SystemTime::now();
    let done = match args.action {
        None => return start(out, &store, &outbox, args).await,
        Some(MergeCommand::List) => return list(out, &outbox),
        Some(MergeCommand::Status { id }) => merge::record::status(&outbox, &id, now)
            .map(|s| out.result(status_json(&s), || status_lines(&s))),
        Some(MergeCommand::Pause { id }) => merge::record::pause(&outbox, &id)
            .map(|c| changed(out, &id, c, fl!("merge-paused", count = c.changed))),
        Some(MergeCommand::Resume { id }) => {
            let account = merge::record::Records::new(&store.paths.data_dir)
                .get(&id)
                .ok()
                .and_then(|r| store.account(&r.account).ok().cloned());
            merge::record::resume(&outbox, account.as_ref(), &id, now)
                .map(|c| changed(out, &id, c, fl!("merge-resumed", count = c.changed)))
        }
        Some(MergeCommand::Cancel { id }) => merge::record::cancel(&outbox, &id)
            .map(|c| changed(out, &id, c, fl!("merge-cancelled", count = c.changed))),
        Some(MergeCommand::Report { id, output }) => {
            merge::record::report(&outbox, &id, &output, now).map(|s| {
                let path = output.display().to_string();
                let doc = serde_json::json!({"ok": true, "merge_id": id, "output": path, "rows": s.rows.len()});
                out.result(doc, || vec![fl!("merge-report-written", path = path.as_str())]);
            })
        }
        Some(MergeCommand::Suppress { addresses }) => return suppress(out, &store, &addresses),
    };
    match done {
        Ok(()) => 0,
        Err(e) => error(out, &e),
    }
}

fn error(out: &Output, e: &MergeError) -> u8 {
    if e.is_input() {
        out.coded_error(e.code(), None, &e.message())
    } else {
        out.fatal(&e.message());
        1
    }
}

fn changed(out: &Output, id: &str, c: merge::record::Changed, line: String) {
    let doc = serde_json::json!({"ok": true, "merge_id": id, "changed": c.changed, "busy": c.busy});
    out.result(doc, || {
        let mut lines = vec![line];
        if c.busy > 0 {
            lines.push(fl!("merge-busy", count = c.busy));
        }
        lines
    });
}

/// The request from the arguments, or the exit code of a mistake in them.
fn request(out: &Output, args: &MergeArgs, now: SystemTime) -> Result<MergeRequest, u8> {
    use crate::account::InputError;
    let body = match (&args.body, &args.body_file) {
        (Some(b), _) => b.clone(),
        (None, Some(path)) => std::fs::read_to_string(path).map_err(|_| {
            out.input_error(&InputError::BodyFileUnreadable {
                path: path.display().to_string(),
            })
        })?,
        (None, None) => String::new(),
    };
    let start = match &args.start {
        Some(text) => Some(unix(
            schedule::parse_when(text, now).map_err(|e| out.input_error(&e))?,
        )),
        None => None,
    };
    Ok(MergeRequest {
        data: args.data.clone().unwrap_or_default(),
        sheet: args.sheet.clone(),
        to: args.to.clone(),
        subject: args.subject.clone().unwrap_or_default(),
        body,
        markdown: args.markdown,
        attachments: args.attach.clone(),
        attach_column: args.attach_column.clone(),
        per_minute: args.per_minute,
        start,
        unsubscribe: args.unsubscribe.clone(),
        allow_empty: args.allow_empty,
        check_only: args.dry_run,
    })
}

async fn start(out: &Output, store: &crate::config::Store, outbox: &Outbox, args: MergeArgs) -> u8 {
    let now = SystemTime::now();
    let request = match request(out, &args, now) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let name = args.account.clone().unwrap_or_default();
    let account = match store.account(&name) {
        Ok(a) => a.clone(),
        Err(e) => return out.input_error(&e),
    };
    let prepared = match merge::prepare(&store.paths.data_dir, &account, &request, now).await {
        Ok(p) => p,
        Err(e) => return error(out, &e),
    };
    if args.dry_run {
        out.result_streamed(&plan_doc(&prepared, None), || {
            let mut lines = plan_lines(&prepared);
            lines.push(prepared.estimate());
            lines.push(fl!("merge-dry-run-done"));
            lines
        });
        return 0;
    }
    if let Some(to) = &args.test_to {
        return test(out, store, outbox, &prepared, to).await;
    }
    let id = match merge::queue(outbox, &prepared, now).await {
        Ok(id) => id,
        Err(e) => return error(out, &e),
    };
    out.result_streamed(&plan_doc(&prepared, Some(&id)), || {
        let mut lines = plan_lines(&prepared);
        let estimate = prepared.estimate();
        lines.push(fl!("merge-queued", id = id.as_str(), estimate = estimate));
        lines
    });
    if args.no_wait {
        return 0;
    }
    wait(out, outbox, &store.config.accounts, &id).await
}

/// The contract's document of a merge: checked (`merge_id` null) or queued. Serialized as it is
/// written (`Output::result_streamed`): a list of 10,000 rows costs no document tree in memory.
/// The keys are in alphabetical order, as a `serde_json::Value` would print them.
#[derive(serde::Serialize)]
struct PlanDoc<'a> {
    estimate: String,
    finish_estimate: Option<String>,
    merge_id: Option<&'a str>,
    messages: PlanMessages<'a>,
    per_minute: u32,
    per_minute_from: &'static str,
    ready: usize,
    rows: usize,
    skipped: &'a [crate::merge::check::Skipped],
}

struct PlanMessages<'a>(&'a Prepared);

#[derive(serde::Serialize)]
struct PlanMessage<'a> {
    row: usize,
    scheduled_for: String,
    subject: &'a str,
    to: &'a str,
}

impl serde::Serialize for PlanMessages<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        serializer.collect_seq(p.plan.ready.iter().zip(&p.schedule.times).map(|(r, t)| {
            PlanMessage {
                row: r.row,
                scheduled_for: schedule::rfc3339(*t),
                subject: &r.subject,
                to: &r.to,
            }
        }))
    }
}

fn plan_doc<'a>(p: &'a Prepared, id: Option<&'a str>) -> PlanDoc<'a> {
    PlanDoc {
        estimate: p.estimate(),
        finish_estimate: p.schedule.finish().map(schedule::rfc3339),
        merge_id: id,
        messages: PlanMessages(p),
        per_minute: p.per_minute,
        per_minute_from: p.rate.source_code(),
        ready: p.plan.ready.len(),
        rows: p.plan.rows,
        skipped: &p.plan.skipped,
    }
}

fn plan_lines(p: &Prepared) -> Vec<String> {
    let mut lines = vec![fl!(
        "merge-summary",
        rows = p.plan.rows,
        ready = p.plan.ready.len(),
        skipped = p.plan.skipped.len()
    )];
    for s in &p.plan.skipped {
        lines.push(fl!(
            "merge-skipped-line",
            row = s.row,
            detail = s.detail.as_str()
        ));
    }
    for (r, t) in p.plan.ready.iter().zip(&p.schedule.times).take(20) {
        lines.push(fl!(
            "merge-message-line",
            row = r.row,
            to = r.to.as_str(),
            subject = r.subject.as_str(),
            time = schedule::short(*t)
        ));
    }
    lines.push(p.rate_text());
    lines
}

/// `--test-to`: the first ready row to one address, through the outbox, now.
async fn test(
    out: &Output,
    store: &crate::config::Store,
    outbox: &Outbox,
    prepared: &Prepared,
    to: &str,
) -> u8 {
    let meta = match merge::queue_test(outbox, prepared, to, SystemTime::now()).await {
        Ok(m) => m,
        Err(e) => return error(out, &e),
    };
    let options = FlushOptions {
        force: true,
        only: vec![meta.id.clone()],
        ..FlushOptions::default()
    };
    let report = match super::outbox::run_flush(out, outbox, &store.config.accounts, &options).await
    {
        Ok(r) => r,
        Err(e) => {
            out.fatal(&e.message());
            return 1;
        }
    };
    let sent = report.sent_record(&meta.id).is_some();
    let address = meta.recipients.join(", ");
    let mut doc = super::outbox::report_json(&report);
    doc["merge_id"] = serde_json::Value::Null;
    doc["test_to"] = serde_json::json!(address);
    doc["outbox_id"] = serde_json::json!(meta.id);
    out.result(doc, || {
        if sent {
            vec![fl!("merge-test-sent", address = address.as_str())]
        } else {
            vec![fl!("merge-test-queued")]
        }
    });
    if sent {
        super::outbox::save_copies(out, outbox, &store.config.accounts, false).await;
    }
    if sent { 0 } else { 1 }
}

/// Stays and flushes the merge's messages as they come due (the same flush as `outbox flush`),
/// until nothing more goes by itself; Ctrl+C stops only the waiting.
async fn wait(out: &Output, outbox: &Outbox, accounts: &[crate::account::Account], id: &str) -> u8 {
    let progress = !out.json && std::io::stderr().is_terminal();
    if progress {
        eprintln!("{}", fl!("merge-waiting"));
    }
    let work = async {
        loop {
            let status = match merge::record::status(outbox, id, SystemTime::now()) {
                Ok(s) => s,
                Err(e) => return error(out, &e),
            };
            let total = status.rows.len() - status.count(RowState::Skipped);
            if progress && let Some(next) = status.next_send {
                let sent = status.count(RowState::Sent);
                let time = schedule::short(next);
                eprintln!(
                    "{}",
                    fl!("merge-progress", sent = sent, total = total, time = time)
                );
            }
            if status.settled() {
                let all = status.count(RowState::Sent) == total;
                return if all { 0 } else { 1 };
            }
            let wait = status.next_send.map_or(5, |t| {
                t.saturating_sub(unix(SystemTime::now())).clamp(1, 30)
            });
            tokio::time::sleep(Duration::from_secs(wait)).await;
            let only: Vec<String> = due_ids(outbox, id);
            if only.is_empty() {
                continue;
            }
            let options = FlushOptions {
                only,
                ..FlushOptions::default()
            };
            if let Err(e) = super::outbox::run_flush(out, outbox, accounts, &options).await {
                out.fatal(&e.message());
                return 1;
            }
            // Copies in Sent between the paced sends (each round is short and never sends).
            super::outbox::save_copies(out, outbox, accounts, false).await;
        }
    };
    tokio::select! {
        code = work => code,
        _ = tokio::signal::ctrl_c() => 0,
    }
}

/// The merge's messages still in the outbox.
fn due_ids(outbox: &Outbox, id: &str) -> Vec<String> {
    outbox
        .list()
        .map(|(metas, _)| {
            metas
                .into_iter()
                .filter(|m| m.merge_id.as_deref() == Some(id))
                .map(|m| m.id)
                .collect()
        })
        .unwrap_or_default()
}

fn status_json(s: &MergeStatus) -> serde_json::Value {
    serde_json::json!({
        "merge_id": s.record.id,
        "account": s.record.account,
        "total": s.record.rows,
        "sent": s.count(RowState::Sent),
        "waiting": s.count(RowState::Waiting),
        "scheduled": s.count(RowState::Scheduled),
        "failed": s.count(RowState::Failed),
        "held": s.count(RowState::Held),
        "unconfirmed": s.count(RowState::Unconfirmed),
        "skipped": s.count(RowState::Skipped),
        "cancelled": s.count(RowState::Cancelled),
        "paused": s.record.paused,
        "next_send": s.next_send.map(schedule::rfc3339),
        "finish_estimate": s.finish.map(schedule::rfc3339),
    })
}

fn status_lines(s: &MergeStatus) -> Vec<String> {
    let mut lines = vec![fl!(
        "merge-status-line",
        id = s.record.id.as_str(),
        account = s.record.account.as_str(),
        sent = s.count(RowState::Sent),
        waiting = s.count(RowState::Waiting),
        scheduled = s.count(RowState::Scheduled),
        failed = s.count(RowState::Failed),
        held = s.count(RowState::Held),
        unconfirmed = s.count(RowState::Unconfirmed),
        skipped = s.count(RowState::Skipped)
    )];
    if s.record.paused {
        lines.push(fl!("merge-status-paused", id = s.record.id.as_str()));
    }
    if let (Some(next), Some(finish)) = (s.next_send, s.finish) {
        lines.push(fl!(
            "merge-status-next",
            time = schedule::short(next),
            finish = schedule::short(finish)
        ));
    }
    lines
}

fn list(out: &Output, outbox: &Outbox) -> u8 {
    let all = merge::record::list(outbox, SystemTime::now());
    let doc = serde_json::json!({"merges": all.iter().map(status_json).collect::<Vec<_>>()});
    out.result(doc, || {
        if all.is_empty() {
            vec![fl!("merge-list-empty")]
        } else {
            all.iter().flat_map(status_lines).collect()
        }
    });
    0
}

fn suppress(out: &Output, store: &crate::config::Store, addresses: &[String]) -> u8 {
    let mut normalized = Vec::new();
    for a in addresses {
        match crate::merge::suppress::normalize(a) {
            Ok(n) => normalized.push(n),
            Err(e) => return out.input_error(&e),
        }
    }
    let list = crate::merge::suppress::Suppressions::new(&store.paths.data_dir);
    match list.add(&normalized) {
        Ok(added) => {
            let doc = serde_json::json!({"ok": true, "added": added});
            out.result(doc, || vec![fl!("merge-suppressed", count = added.len())]);
            0
        }
        Err(e) => {
            out.fatal(&e.message());
            1
        }
    }
}
