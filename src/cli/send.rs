use super::args::SendArgs;
use super::server::{read_password_stdin, saved_account, settings_from_args};
use super::{Output, open_store};
use crate::account::{InputError, ServerSettings};
use crate::fl;
use crate::mail::Draft;
use crate::smtp::{Credentials, Sender};

pub async fn run(out: &Output, args: SendArgs) -> u8 {
    let (settings, credentials, from_name, from_email, saved) = match resolve(out, &args).await {
        Ok(v) => v,
        Err(code) => return code,
    };
    // A saved account with its password in the keychain goes through the outbox, so a failed
    // send is kept and retried; a password typed for this one run cannot be retried later.
    let queue = args.account.is_some() && !args.server.password_stdin && !args.no_queue;
    let later = match &args.at {
        Some(_) if !queue => return out.input_error(&InputError::LaterNeedsAccount),
        Some(text) => match crate::outbox::schedule::parse_when(text, std::time::SystemTime::now())
        {
            Ok(t) => Some(crate::outbox::unix(t)),
            Err(e) => return out.input_error(&e),
        },
        None => None,
    };
    let body = match (&args.body, &args.body_file) {
        (Some(b), _) => b.clone(),
        (None, Some(path)) => match std::fs::read_to_string(path) {
            Ok(b) => b,
            Err(_) => {
                return out.input_error(&InputError::BodyFileUnreadable {
                    path: path.display().to_string(),
                });
            }
        },
        (None, None) => String::new(),
    };
    let draft = Draft {
        from_name,
        from_email,
        to: args.to.join(", "),
        cc: args.cc.join(", "),
        bcc: args.bcc.join(", "),
        subject: args.subject.clone(),
        body,
        attachments: args.attach.clone(),
        markdown: args.markdown,
        reply_to: args.reply_to.clone().unwrap_or_default(),
    };
    // A saved account adds its signature, its Reply-To and the copy to itself.
    let draft = match &saved {
        Some(account) => crate::mail::dress(account, draft, true),
        None => draft,
    };
    let outgoing = match draft.build().await {
        Ok(m) => m,
        Err(errors) => {
            for e in errors.iter().skip(1) {
                out.warn(&e.message());
            }
            return out.input_error(&errors[0]);
        }
    };
    if queue {
        return send_through_outbox(out, &args, outgoing, later).await;
    }
    let sender = match Sender::new(&settings, credentials) {
        Ok(s) => s.with_tokens(saved.map(|a| {
            std::sync::Arc::new(crate::credentials::Refresh(a))
                as std::sync::Arc<dyn crate::smtp::engine::TokenSource>
        })),
        Err(e) => return out.input_error(&e),
    };
    let result = send_with_progress(&sender, &outgoing, out.json).await;
    sender.close().await;
    match result {
        Ok(sent) => report_sent(out, &sent.message_id, &sent.server_reply, None),
        Err(problem) => {
            let doc = serde_json::json!({
                "ok": false,
                "message_id": null,
                "queued": false,
                "problem": problem.to_json(),
            });
            out.result(doc, || problem_lines(&problem));
            if !out.json {
                eprintln!("{}", fl!("send-not-queued"));
            }
            1
        }
    }
}

/// Sends, and says "waiting for the server to confirm" on stderr when the server takes its time
/// after the whole message was written (a virus scan of a large attachment can take minutes).
async fn send_with_progress(
    sender: &Sender,
    outgoing: &crate::mail::Outgoing,
    quiet: bool,
) -> Result<crate::smtp::Sent, crate::problem::Problem> {
    use crate::smtp::engine::Phase;
    use std::sync::Mutex;
    let confirming: Mutex<Option<std::time::Instant>> = Mutex::new(None);
    let phase = |phase| {
        if phase == Phase::Confirming {
            *confirming.lock().expect("phase lock") = Some(std::time::Instant::now());
        }
    };
    let send = sender.send_with(outgoing, &phase);
    tokio::pin!(send);
    let mut said = false;
    loop {
        tokio::select! {
            result = &mut send => return result,
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {
                let since = *confirming.lock().expect("phase lock");
                if !said && !quiet && since.is_some_and(|t| t.elapsed().as_secs() >= 3) {
                    eprintln!("{}", fl!("send-waiting-confirm"));
                    said = true;
                }
            }
        }
    }
}

async fn send_through_outbox(
    out: &Output,
    args: &SendArgs,
    outgoing: crate::mail::Outgoing,
    later: Option<u64>,
) -> u8 {
    use crate::outbox::{self, FlushOptions};
    let Ok(store) = open_store(out) else { return 1 };
    let name = args.account.clone().unwrap_or_default();
    let Ok(account) = store.account(&name).cloned() else {
        return 1;
    };
    let Ok(outbox) = super::open_outbox(out, &store) else {
        return 1;
    };
    let now = std::time::SystemTime::now();
    if let Err(code) = check_daily_limit(out, args, &outbox, &account, now) {
        return code;
    }
    let message_id = outgoing.message_id.clone();
    // This run's --ca-file and --timeout stay with the message for every later attempt.
    let submission = crate::ops::submit::Submission {
        account: name.clone(),
        outgoing,
        subject: args.subject.clone(),
        draft: None,
        replaces: None,
        not_before: later,
        overrides: crate::outbox::Overrides {
            ca_file: args.server.ca_file.clone(),
            timeout_secs: args.server.timeout,
        },
        merge_id: None,
        row: None,
    };
    // The outbox sends what it stored; a large message is not kept twice in memory meanwhile.
    let meta = match crate::ops::submit::submit(&outbox, submission, now) {
        Ok(m) => m,
        Err(crate::ops::submit::SubmitError::Storage(e)) => {
            out.fatal(&e.message());
            return 1;
        }
        Err(_) => unreachable!("the command line replaces no queued message"),
    };
    if let Some(at) = later {
        let when = outbox::schedule::rfc3339(at);
        let doc = serde_json::json!({
            "ok": true,
            "message_id": message_id,
            "queued": true,
            "scheduled_for": when,
            "outbox_id": meta.id,
            "problem": null,
        });
        out.result(doc, || {
            vec![fl!(
                "send-scheduled",
                time = outbox::schedule::short(at),
                id = meta.id.as_str()
            )]
        });
        return 0;
    }
    let options = FlushOptions {
        force: true,
        only: vec![meta.id.clone()],
        ..FlushOptions::default()
    };
    let report =
        match super::outbox::run_flush(out, &outbox, &store.config.accounts, &options).await {
            Ok(r) => r,
            Err(e) => {
                out.fatal(&e.message());
                return 1;
            }
        };
    if let Some(sent) = report.sent_record(&meta.id) {
        let code = report_sent(out, &sent.message_id, &sent.server_reply, Some(&sent.id));
        // The copy in Sent after the answer: sending never waits for it.
        super::outbox::save_copies(out, &outbox, &store.config.accounts, false).await;
        return code;
    }
    report_not_sent(out, &report, &meta.id, &message_id)
}

/// The daily limit before queueing: over it, `send` stops unless `--allow-over-limit`; near it, a
/// warning.
fn check_daily_limit(
    out: &Output,
    args: &SendArgs,
    outbox: &crate::outbox::Outbox,
    account: &crate::account::Account,
    now: std::time::SystemTime,
) -> Result<(), u8> {
    use crate::outbox::limits::Standing;
    match crate::ops::submit::standing(outbox, account, 1, now) {
        Standing::Over { used, limit } if !args.allow_over_limit => {
            return Err(out.coded_error(
                "over_daily_limit",
                Some("account"),
                &fl!(
                    "send-over-limit",
                    used = used.to_string(),
                    limit = limit.to_string()
                ),
            ));
        }
        Standing::Warn { used, limit } => out.warn(&fl!(
            "send-limit-warning",
            used = used.to_string(),
            limit = limit.to_string()
        )),
        _ => {}
    }
    Ok(())
}

/// A queued message the flush did not send: held, unconfirmed or waiting, with why (exit 1).
fn report_not_sent(
    out: &Output,
    report: &crate::outbox::FlushReport,
    id: &str,
    message_id: &str,
) -> u8 {
    use crate::outbox::State;
    let (state, problem) = match report.failed.first() {
        Some((m, p)) => (m.state, Some(p.clone())),
        None => (State::Queued, None),
    };
    let doc = serde_json::json!({
        "ok": false,
        "message_id": message_id,
        "queued": true,
        "held": state == State::Held,
        "unconfirmed": state == State::Unconfirmed,
        "stopped": report.stopped,
        "outbox_id": id,
        "problem": problem.as_ref().map(|p| p.to_json()),
        "reason": report.blocked.first().map(|(_, why)| why.clone()),
    });
    out.result(doc, || {
        let mut lines = Vec::new();
        if let Some(p) = &problem {
            lines.extend(problem_lines(p));
        }
        if let Some((_, why)) = report.blocked.first() {
            lines.push(fl!("send-failed", message = why.as_str()));
        }
        if let Some(why) = &report.stopped {
            lines.push(why.clone());
        }
        lines.push(match state {
            State::Held => fl!("send-held", id = id),
            State::Queued => fl!("send-queued"),
            State::Unconfirmed => format!(
                "{} {}",
                fl!("outbox-unconfirmed-explain"),
                fl!("outbox-unconfirmed-choices", id = id)
            ),
        });
        lines
    });
    1
}

/// `outbox_id`: the id `outbox show` knows the message by (none for `--no-queue`).
fn report_sent(out: &Output, message_id: &str, server_reply: &str, outbox_id: Option<&str>) -> u8 {
    let doc = serde_json::json!({
        "ok": true,
        "message_id": message_id,
        "queued": false,
        "problem": null,
        "server_reply": server_reply,
        "outbox_id": outbox_id,
    });
    out.result(doc, || vec![fl!("send-done", message_id = message_id)]);
    0
}

fn problem_lines(p: &crate::problem::Problem) -> Vec<String> {
    let mut lines = vec![
        fl!("send-failed", message = p.message()),
        fl!("cli-fix", fix = p.fix()),
    ];
    if let Some(reply) = &p.server_reply {
        lines.push(fl!("cli-server-said", reply = reply.as_str()));
    }
    lines
}

type Resolved = (
    ServerSettings,
    Option<Credentials>,
    String,
    String,
    Option<crate::account::Account>,
);

/// Settings and secret from a saved account (keychain) or from the server options (stdin).
async fn resolve(out: &Output, args: &SendArgs) -> Result<Resolved, u8> {
    if let Some(name) = &args.account {
        let store = open_store(out)?;
        // Through the outbox, the worker gets the secret (and a fresh token) itself, so a sign-in
        // that has expired still leaves the message held in the outbox.
        let queued = !args.server.password_stdin && !args.no_queue;
        let (account, settings, credentials) = if queued {
            let account = store
                .account(name)
                .map_err(|e| out.input_error(&e))?
                .clone();
            let settings = account.server.clone();
            (account, settings, None)
        } else {
            saved_account(out, &store, name, &args.server).await?
        };
        let (name, from) = match &args.from {
            Some(f) => split_mailbox(f).map_err(|e| out.input_error(&e))?,
            None => (String::new(), account.email.clone()),
        };
        // No name given: the identity's for one of the account's other addresses, else the account's.
        let name = if !name.is_empty() {
            name
        } else if let Some(identity) = account.identity(&from) {
            identity.name.clone()
        } else {
            account.display_name.clone()
        };
        return Ok((settings, credentials, name, from, Some(account)));
    }
    let Some(from_arg) = args.from.clone() else {
        return Err(out.input_error(&InputError::Empty {
            field: "from".into(),
        }));
    };
    let (from_name, from) = split_mailbox(&from_arg).map_err(|e| out.input_error(&e))?;
    let settings =
        settings_from_args(&args.server, Some(&from)).map_err(|e| out.input_error(&e))?;
    let credentials = if args.server.password_stdin {
        let secret = read_password_stdin().map_err(|e| out.input_error(&e))?;
        Some(Credentials::new(settings.username.clone(), secret))
    } else {
        None
    };
    Ok((settings, credentials, from_name, from, None))
}

/// `--from` may be `addr` or `Name <addr>`.
fn split_mailbox(text: &str) -> Result<(String, String), InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            field: "from".into(),
        });
    }
    match crate::mail::parse_address_list("from", text) {
        Ok(list) if list.len() == 1 => {
            let m = &list[0];
            Ok((m.name.clone().unwrap_or_default(), m.email.to_string()))
        }
        Ok(_) => Err(InputError::InvalidAddress {
            field: "from".into(),
            value: text.into(),
        }),
        Err(mut errors) => Err(errors.remove(0)),
    }
}
