//! Signing in: AUTHENTICATE PLAIN for a password (UTF-8, so a password beyond ASCII works; LOGIN
//! only where PLAIN is not offered), XOAUTH2 or OAUTHBEARER for an access token.

use std::time::Duration;

use async_imap::Authenticator;

use super::{ImapCredentials, Stream, classify};
use crate::problem::{Problem, ProblemKind, Step};

/// Answers the server's first challenge with `first`, every later one (an error report) empty.
struct Once {
    first: Option<Vec<u8>>,
}

impl Authenticator for Once {
    type Response = Vec<u8>;

    fn process(&mut self, _challenge: &[u8]) -> Vec<u8> {
        self.first.take().unwrap_or_default()
    }
}

fn offers(capabilities: &[String], mechanism: &str) -> bool {
    capabilities
        .iter()
        .any(|c| c.eq_ignore_ascii_case(&format!("AUTH={mechanism}")))
}

pub async fn sign_in(
    client: async_imap::Client<Stream>,
    capabilities: &[String],
    credentials: &ImapCredentials,
    timeout: Duration,
) -> Result<async_imap::Session<Stream>, Problem> {
    let user = credentials.user.as_str();
    let secret = credentials.secret.as_str();
    let (mechanism, payload) = if credentials.oauth2 {
        if offers(capabilities, "XOAUTH2") {
            (
                "XOAUTH2",
                format!("user={user}\x01auth=Bearer {secret}\x01\x01").into_bytes(),
            )
        } else if offers(capabilities, "OAUTHBEARER") {
            (
                "OAUTHBEARER",
                format!("n,a={},\x01auth=Bearer {secret}\x01\x01", gs2_escape(user)).into_bytes(),
            )
        } else {
            return Err(Problem::new(
                ProblemKind::AuthMechanismUnsupported,
                Step::ImapAuth,
            ));
        }
    } else if offers(capabilities, "PLAIN") || !capabilities.iter().any(|c| c == "LOGINDISABLED") {
        if !offers(capabilities, "PLAIN") && capabilities.iter().any(|c| c.starts_with("AUTH=")) {
            // Only other mechanisms are offered: LOGIN with the password as a quoted string.
            return login(client, user, secret, timeout).await;
        }
        ("PLAIN", format!("\0{user}\0{secret}").into_bytes())
    } else {
        return Err(Problem::new(ProblemKind::AuthUnavailable, Step::ImapAuth));
    };
    let authenticator = Once {
        first: Some(payload),
    };
    match tokio::time::timeout(timeout, client.authenticate(mechanism, authenticator)).await {
        Ok(Ok(session)) => Ok(session),
        Ok(Err((e, _client))) => Err(classify(&e, Step::ImapAuth)),
        Err(_) => Err(Problem::new(ProblemKind::ConnectionLost, Step::ImapAuth)),
    }
}

async fn login(
    client: async_imap::Client<Stream>,
    user: &str,
    password: &str,
    timeout: Duration,
) -> Result<async_imap::Session<Stream>, Problem> {
    if !password.is_ascii() || password.contains(['"', '\\']) || !user.is_ascii() {
        // A quoted string carries ASCII only, without escapes the library would not add.
        return Err(Problem::new(
            ProblemKind::AuthMechanismUnsupported,
            Step::ImapAuth,
        ));
    }
    match tokio::time::timeout(timeout, client.login(user, password)).await {
        Ok(Ok(session)) => Ok(session),
        Ok(Err((e, _client))) => Err(classify(&e, Step::ImapAuth)),
        Err(_) => Err(Problem::new(ProblemKind::ConnectionLost, Step::ImapAuth)),
    }
}

/// RFC 5801's escaping of the authorization identity in a GS2 header.
fn gs2_escape(user: &str) -> String {
    user.replace('=', "=3D").replace(',', "=2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_after_the_first_is_answered_empty() {
        let mut once = Once {
            first: Some(b"payload".to_vec()),
        };
        assert_eq!(once.process(b""), b"payload");
        assert_eq!(once.process(b"{\"status\":\"401\"}"), b"");
    }

    #[test]
    fn gs2_names_are_escaped() {
        assert_eq!(gs2_escape("a,b=c@d"), "a=2Cb=3Dc@d");
    }
}
