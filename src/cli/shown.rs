//! `outpost outbox show ID [--raw]` and `outpost outbox sent [--search TEXT]`: a queued or sent
//! message read back, and what was sent.

use super::Output;
use crate::fl;
use crate::outbox::show::{Place, Shown};
use crate::outbox::{self, Outbox, SentRecord};

/// One sent record for `outbox sent --json`: the record, whether its copy is kept, its Bcc list.
fn record_json(outbox: &Outbox, r: &SentRecord, kept: bool) -> serde_json::Value {
    let mut doc = serde_json::to_value(r).expect("records serialize");
    doc["kept"] = kept.into();
    doc["bcc"] = outbox.kept().bcc(&r.id).into();
    let (copy, problem) = copy_json(outbox, &r.id);
    doc["copy"] = copy;
    doc["copy_problem"] = problem;
    doc
}

/// The contract's `"copy"` and `"copy_problem"` of the sent message `id`.
pub fn copy_json(outbox: &Outbox, id: &str) -> (serde_json::Value, serde_json::Value) {
    match outbox.copy_state(id) {
        Some(state) => (
            state.status.as_str().into(),
            state
                .problem
                .map(|p| p.problem().to_json())
                .unwrap_or(serde_json::Value::Null),
        ),
        None => ("off".into(), serde_json::Value::Null),
    }
}

/// The copy's state in words, for a sent message's line (`None`: no copy wanted).
fn copy_words(outbox: &Outbox, id: &str) -> Option<String> {
    let state = outbox.copy_state(id)?;
    Some(match state.status {
        outbox::CopyStatus::Saved => {
            fl!("copy-saved-in", folder = state.folder.unwrap_or_default())
        }
        outbox::CopyStatus::Pending => fl!("copy-pending"),
        outbox::CopyStatus::Failed => match state.problem {
            Some(p) => fl!("copy-failed-because", message = p.problem().message()),
            None => fl!("copy-failed"),
        },
        outbox::CopyStatus::Off => return None,
    })
}

pub fn sent(out: &Output, outbox: &Outbox, search: Option<&str>) -> u8 {
    let found = outbox.search_sent(search.unwrap_or(""));
    let doc = serde_json::json!({
        "sent": found.iter().map(|(r, kept)| record_json(outbox, r, *kept)).collect::<Vec<_>>(),
    });
    out.result(doc, || {
        if found.is_empty()
            && let Some(s) = search
        {
            return vec![fl!("outbox-sent-none-found", search = s)];
        }
        found
            .iter()
            .map(|(r, kept)| {
                let mut line = fl!(
                    "outbox-sent-line",
                    subject = r.subject.as_str(),
                    recipients = r.recipients.join(", "),
                    message_id = r.message_id.as_str()
                );
                line.push_str(&format!("\n    {}", r.id));
                if !kept {
                    line.push_str(&format!(" · {}", fl!("outbox-sent-not-kept")));
                }
                if let Some(words) = copy_words(outbox, &r.id) {
                    line.push_str(&format!(" · {words}"));
                }
                line
            })
            .collect()
    });
    0
}

fn show_json(s: &Shown, raw: bool) -> serde_json::Value {
    let o = s.opened.clone().unwrap_or_default();
    let (state, sent_at, server_reply) = match &s.place {
        Place::Sent(r) => (
            serde_json::json!("sent"),
            Some(outbox::schedule::rfc3339(r.sent_at)),
            Some(r.server_reply.clone()),
        ),
        Place::Queued(m) if m.is_scheduled(outbox::unix(std::time::SystemTime::now())) => {
            (serde_json::json!("scheduled"), None, None)
        }
        Place::Queued(m) => (serde_json::json!(m.state), None, None),
    };
    let mut doc = serde_json::json!({
        "id": s.id,
        "state": state,
        "account": s.account(),
        "kept": s.bytes.is_some(),
        "sent_at": sent_at,
        "server_reply": server_reply,
        "recipients": s.recipients(),
        "from": s.opened.as_ref().map(|o| o.from.clone()),
        "to": o.to,
        "cc": o.cc,
        "bcc": s.bcc,
        "reply_to": o.reply_to,
        "subject": s.subject(),
        "date": o.date,
        "message_id": o.message_id,
        "text": s.opened.as_ref().map(|o| o.text.clone()),
        "attachments": o.attachments,
        "size": s.bytes.as_ref().map(|b| b.len()),
    });
    if raw {
        doc["raw"] = s
            .bytes
            .as_ref()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .into();
    }
    doc
}

fn show_lines(s: &Shown) -> Vec<String> {
    let mut lines = vec![match &s.place {
        Place::Sent(r) => fl!(
            "outbox-show-sent",
            time = outbox::schedule::short(r.sent_at)
        ),
        Place::Queued(_) => fl!("outbox-show-queued"),
    }];
    let Some(o) = &s.opened else {
        lines.push(fl!("outbox-show-subject", value = s.subject()));
        lines.push(fl!("outbox-show-to", value = s.recipients().join(", ")));
        lines.push(fl!("outbox-show-not-kept"));
        return lines;
    };
    lines.push(fl!("outbox-show-from", value = o.from.as_str()));
    lines.push(fl!("outbox-show-to", value = o.to.join(", ")));
    if !o.cc.is_empty() {
        lines.push(fl!("outbox-show-cc", value = o.cc.join(", ")));
    }
    if !s.bcc.is_empty() {
        lines.push(fl!("outbox-show-bcc", value = s.bcc.join(", ")));
    }
    lines.push(fl!("outbox-show-subject", value = o.subject.as_str()));
    if let Some(date) = &o.date {
        lines.push(fl!("outbox-show-date", value = date.as_str()));
    }
    for a in &o.attachments {
        lines.push(fl!(
            "outbox-show-attachment",
            name = a.name.as_str(),
            size = crate::i18n::format_size(a.size)
        ));
    }
    lines.push(String::new());
    lines.push(o.text.trim_end().to_owned());
    lines
}

pub fn show(out: &Output, outbox: &Outbox, id: &str, raw: bool) -> u8 {
    let Some(shown) = outbox.show(id) else {
        return out.coded_error(
            "unknown_message",
            Some("id"),
            &fl!("outbox-unknown-id", id = id),
        );
    };
    if raw && shown.bytes.is_none() {
        if out.json {
            super::output::print_line(
                serde_json::json!({"ok": false, "error": {"code": "not_kept", "field": "id", "message": fl!("outbox-not-kept", id = id)}}),
            );
        }
        eprintln!(
            "{}",
            super::output::neutralize(&fl!("cli-error", message = fl!("outbox-not-kept", id = id)))
        );
        return 1;
    }
    if raw && !out.json {
        // Our own bytes, exactly as the server got them (or will).
        use std::io::Write;
        let bytes = shown.bytes.as_deref().unwrap_or_default();
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Ok(()) => 0,
            Err(_) => 1,
        };
    }
    let mut doc = show_json(&shown, raw);
    if matches!(shown.place, Place::Sent(_)) {
        let (copy, problem) = copy_json(outbox, &shown.id);
        doc["copy"] = copy;
        doc["copy_problem"] = problem;
    }
    out.result(doc, || {
        let mut lines = show_lines(&shown);
        if let Some(words) = copy_words(outbox, &shown.id) {
            lines.insert(1, words);
        }
        lines
    });
    0
}
