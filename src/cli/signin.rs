//! OAuth2 sign-in from the command line: the browser (or only the address with `--no-browser`),
//! or Microsoft's device code.

use super::Output;
use super::args::SignInArgs;
use super::server::problem_result;
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
    let Some(client) = crate::oauth::client(provider) else {
        return Err(report(out, &OAuthError::NotConfigured(provider)));
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

/// A sign-in failure: a problem of the contract (exit 1) where it is one, else a coded error.
pub fn report(out: &Output, error: &OAuthError) -> u8 {
    match error.problem() {
        Some(p) => problem_result(out, &p),
        None => {
            out.coded_error(error.code(), Some("oauth2"), &error.message());
            1
        }
    }
}
