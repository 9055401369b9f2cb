//! Signing in: AUTH PLAIN (with its initial response), LOGIN, and XOAUTH2 — one implementation for
//! checks and sends. From the AUTH line until the server's final answer, the transcript hides every
//! line the client writes.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::{Connection, Credentials, Response};
use crate::problem::{Problem, ProblemKind, Step, classify_token_refusal};

/// Challenges answered before the engine gives up on a server that keeps asking.
const MAX_CHALLENGES: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mechanism {
    Plain,
    Login,
    Xoauth2,
}

impl Mechanism {
    fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::Xoauth2 => "XOAUTH2",
        }
    }
}

impl Connection {
    /// Signs in with `credentials`; returns the mechanism's name.
    pub(super) async fn authenticate(
        &mut self,
        credentials: &Credentials,
        oauth: bool,
    ) -> Result<&'static str, Problem> {
        let wanted: &[Mechanism] = if oauth {
            &[Mechanism::Xoauth2]
        } else {
            &[Mechanism::Plain, Mechanism::Login]
        };
        let offered = &self.server.auth_mechanisms;
        let Some(&mechanism) = wanted
            .iter()
            .find(|m| offered.iter().any(|o| o == m.name()))
        else {
            let kind = if offered.is_empty() {
                ProblemKind::AuthUnavailable
            } else {
                ProblemKind::AuthMechanismUnsupported
            };
            return Err(self.problem(kind, Step::Auth));
        };
        let result = self.exchange(mechanism, credentials).await;
        self.transcript.end_secret();
        let reply = result?;
        if reply.code / 100 == 2 {
            return Ok(mechanism.name());
        }
        let mut p = self.refused(&reply, Step::Auth);
        if mechanism == Mechanism::Xoauth2 {
            classify_token_refusal(&mut p);
        }
        Err(p)
    }

    /// The AUTH command and the answers to its challenges, up to the server's final reply.
    async fn exchange(
        &mut self,
        mechanism: Mechanism,
        credentials: &Credentials,
    ) -> Result<Response, Problem> {
        let user = &credentials.username;
        let secret = credentials.secret();
        let first = match mechanism {
            Mechanism::Plain => format!(
                "AUTH PLAIN {}",
                STANDARD.encode(format!("\0{user}\0{secret}"))
            ),
            Mechanism::Login => "AUTH LOGIN".to_owned(),
            Mechanism::Xoauth2 => format!(
                "AUTH XOAUTH2 {}",
                STANDARD.encode(format!("user={user}\x01auth=Bearer {secret}\x01\x01"))
            ),
        };
        // The AUTH line shows its mechanism only; every later client line is hidden.
        self.commands(&[first], Step::Auth).await?;
        self.transcript.begin_secret();
        let mut reply = self.reply(Step::Auth).await?;
        for n in 0..MAX_CHALLENGES {
            if reply.code != 334 {
                return Ok(reply);
            }
            let answer = match (mechanism, n) {
                (Mechanism::Plain, 0) => STANDARD.encode(format!("\0{user}\0{secret}")),
                (Mechanism::Login, 0) => STANDARD.encode(user),
                (Mechanism::Login, 1) => STANDARD.encode(secret),
                // XOAUTH2 takes no challenge: a 334 there is the server's error report (Gmail
                // sends a JSON status), and an empty line brings the real reply.
                (Mechanism::Xoauth2, 0) => String::new(),
                // A server that keeps asking: cancel the exchange (RFC 4954 §4).
                _ => "*".to_owned(),
            };
            self.commands(&[answer], Step::Auth).await?;
            reply = self.reply(Step::Auth).await?;
        }
        if reply.code == 334 {
            self.broken = true;
            return Err(self.problem(ProblemKind::UnexpectedReply, Step::Auth));
        }
        Ok(reply)
    }
}
