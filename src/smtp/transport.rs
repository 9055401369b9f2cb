//! Sending with server settings + secret: [`Sender`] keeps one engine connection open for
//! consecutive messages.

use std::time::Duration;

use super::engine::{self, Connection, Phase};
use crate::account::{InputError, Security, ServerSettings};
use crate::mail::Outgoing;
use crate::problem::Problem;
pub use engine::Credentials;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The settings or the message cannot be used as they are.
    #[error("invalid input: {0}")]
    Input(#[from] InputError),
    /// The server or the network said no.
    #[error("problem: {0:?}")]
    Problem(Problem),
}

/// The server accepted the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub message_id: String,
    /// The server's reply to the message (often names its queue id).
    pub server_reply: String,
}

/// A reusable sender for one server: keeps one connection open between messages. It sends through
/// the same engine as the outbox and the doctor: one connect/TLS/sign-in path.
pub struct Sender {
    settings: ServerSettings,
    /// Where a fresh access token comes from when the server refuses one (a saved OAuth2 account).
    tokens: Option<std::sync::Arc<dyn engine::TokenSource>>,
    /// The open session (and when it was last used), and the credentials it signs in with.
    state: tokio::sync::Mutex<SenderState>,
}

struct SenderState {
    session: Option<(Connection, std::time::Instant)>,
    credentials: Option<Credentials>,
}

/// A connection left unused longer than this is closed and opened again (servers drop idle ones).
const IDLE: Duration = Duration::from_secs(30);

impl Sender {
    /// Checks the settings; nothing touches the network yet.
    pub fn new(
        settings: &ServerSettings,
        credentials: Option<Credentials>,
    ) -> Result<Sender, InputError> {
        settings.validate()?;
        if settings.auth.needs_secret() && credentials.is_none() {
            return Err(InputError::MissingPassword);
        }
        if settings.security != Security::None {
            // An unusable --ca-file is the user's input to fix, said before connecting.
            super::tls::Connector::new(settings)?;
        }
        Ok(Sender {
            settings: settings.clone(),
            tokens: None,
            state: tokio::sync::Mutex::new(SenderState {
                session: None,
                credentials,
            }),
        })
    }

    /// Sends with a source of fresh tokens: a refused access token is refreshed once and tried
    /// again on the same connection.
    pub fn with_tokens(
        mut self,
        tokens: Option<std::sync::Arc<dyn engine::TokenSource>>,
    ) -> Sender {
        self.tokens = tokens;
        self
    }

    /// Sends one message. Connect, greeting, TLS, sign-in and each command get the account's
    /// timeout, and the upload gets extra time in proportion to its size.
    pub async fn send(&self, message: &Outgoing) -> Result<Sent, Problem> {
        self.send_with(message, &|_| {}).await
    }

    /// [`Sender::send`], telling `phase` where the message is (uploading, awaiting confirmation).
    pub async fn send_with(
        &self,
        message: &Outgoing,
        phase: &(dyn Fn(Phase) + Send + Sync),
    ) -> Result<Sent, Problem> {
        let server_reply = self
            .send_raw(&message.from, &message.recipients, message.bytes(), phase)
            .await?;
        Ok(Sent {
            message_id: message.message_id.clone(),
            server_reply,
        })
    }

    /// Sends bytes that are already a complete message (the outbox keeps exactly what was written).
    /// Returns the server's reply.
    pub async fn send_raw(
        &self,
        from: &str,
        recipients: &[String],
        bytes: &[u8],
        phase: &(dyn Fn(Phase) + Send + Sync),
    ) -> Result<String, Problem> {
        let mut state = self.state.lock().await;
        let state = &mut *state;
        let reusable =
            matches!(&state.session, Some((s, used)) if !s.is_broken() && used.elapsed() < IDLE);
        if !reusable {
            if let Some((old, _)) = state.session.take() {
                old.quit().await;
            }
            let tokens = self.tokens.as_deref();
            let session =
                engine::open_for_sending(&self.settings, &mut state.credentials, tokens).await?;
            state.session = Some((session, std::time::Instant::now()));
        }
        let (session, used) = state.session.as_mut().expect("a session was just opened");
        let result = session.send(from, recipients, bytes, phase).await;
        *used = std::time::Instant::now();
        result
    }

    /// Says goodbye to the server and closes the connection, if one is open.
    pub async fn close(&self) {
        if let Some((session, _)) = self.state.lock().await.session.take() {
            session.quit().await;
        }
    }
}
