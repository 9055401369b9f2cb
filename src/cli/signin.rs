//! OAuth2 sign-in from the command line: the browser (or only the address with `--no-browser`),
//! or Microsoft's device code.

use super::Output;
use super::args::SignInArgs;
use crate::fl;
use crate::oauth::flow::{self, SIGN_IN_TIMEOUT, Tokens};
use crate::oauth::{OAuthError, Provider};

/// Signs in to `provider` and returns the tokens; on failure the problem is reported and the exit
/// code returned.
pub async fn sign_in(
    out: &Output,
    provider: Provider,
    email: &str,
    again: bool,
    how: &SignInArgs,
) -> Result<Tokens, u8> {
    let client = match crate::oauth::registration(provider) {
        Ok(c) => c,
        Err(e) => return Err(report(out, &e)),
    };
    let result = if how.device_code {
        flow::device_code(&client, |d| {
            eprintln!(
                "{}",
                fl!(
                    "oauth-device-instructions",
                    url = d.verification_uri.as_str(),
                    code = d.user_code.as_str()
                )
            );
        })
        .await
    } else {
        match flow::start(&client, Some(email), again).await {
            Ok(pending) => {
                if how.no_browser || !flow::open_browser(&pending.url) {
                    // The address alone on its own line, so scripts and people can copy it.
                    eprintln!("{}", fl!("oauth-open-address"));
                    eprintln!("{}", pending.url);
                }
                pending.finish(SIGN_IN_TIMEOUT).await
            }
            Err(e) => Err(e),
        }
    };
    result.map_err(|e| report(out, &e))
}

/// A sign-in failure: a problem of the contract (exit 1) where it is one, in the error's own words
/// where it has them (why the user must sign in again), else a coded error.
pub fn report(out: &Output, error: &OAuthError) -> u8 {
    let Some(problem) = error.problem() else {
        out.coded_error(error.code(), Some("oauth2"), &error.message());
        return 1;
    };
    let message = error.detail().unwrap_or_else(|| problem.message());
    if out.json {
        let mut json = problem.to_json();
        json["message"] = serde_json::json!(message);
        let doc = serde_json::json!({"ok": false, "problem": json});
        super::output::print_line(
            serde_json::to_string_pretty(&doc).expect("JSON values serialize"),
        );
    }
    let neutral = super::output::neutralize;
    eprintln!("{}", neutral(&fl!("cli-error", message = message)));
    eprintln!("{}", neutral(&fl!("cli-fix", fix = problem.fix())));
    1
}

/// After a successful sign-in: the account's messages held for a sign-in problem go back in line
/// (they are sent by the next `outpost outbox flush`, or by the window). Returns their ids; a
/// failure to read the outbox is a warning, the sign-in itself stands.
pub async fn requeue(
    out: &Output,
    store: &crate::config::Store,
    account: &crate::account::Account,
) -> Vec<String> {
    let signed_in = crate::ops::signin::requeue(&store.paths.data_dir, account).await;
    if let Some(e) = &signed_in.outbox_problem {
        out.warn(&e.message());
    }
    signed_in.requeued
}
