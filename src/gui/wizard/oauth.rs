//! "Sign in with Google / Microsoft" on the wizard's sign-in page: the browser flow runs as a Task
//! the user can cancel (dropping it closes the loopback listener); the tokens stay in memory until
//! the account is saved, when the refresh token goes to the keychain.

use iced::Task;
use iced::task::Handle;

use super::{Message, Wizard};
use crate::oauth::flow::{self, SIGN_IN_TIMEOUT, Tokens};
use crate::oauth::{self, OAuthError, Provider};

#[derive(Debug, Default)]
pub enum OAuthState {
    #[default]
    Idle,
    /// The browser is (being) opened; `url` is known once the listener is up.
    Waiting {
        url: Option<String>,
        handle: Handle,
    },
    SignedIn(Tokens),
    Failed(OAuthError),
}

/// The sign-in page's one primary action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthAction {
    /// "Sign in with …": not signed in yet (or the last try failed).
    SignIn,
    /// The browser is open: none, only "Open the browser again" and Cancel.
    Wait,
    /// Signed in (or no OAuth2 on this page): "Test connection".
    Test,
}

impl Wizard {
    /// Which action the sign-in page recommends; the page shows only that one as primary.
    pub fn oauth_action(&self) -> OAuthAction {
        if !self.uses_oauth() {
            return OAuthAction::Test;
        }
        match self.oauth {
            OAuthState::Idle | OAuthState::Failed(_) => OAuthAction::SignIn,
            OAuthState::Waiting { .. } => OAuthAction::Wait,
            OAuthState::SignedIn(_) => OAuthAction::Test,
        }
    }

    /// Whether the user signed in during this visit of the wizard (not only a saved sign-in).
    pub fn signed_in(&self) -> bool {
        self.signed_in_tokens().is_some()
    }

    /// The identity provider of the chosen preset, if it signs in with OAuth2.
    pub fn oauth_provider(&self) -> Option<Provider> {
        self.provider.and_then(|p| Provider::for_preset(&p.id))
    }

    /// Whether this copy of Outpost has a registration for the preset's provider.
    pub fn oauth_available(&self) -> bool {
        self.oauth_provider()
            .is_some_and(|p| oauth::client(p).is_some())
    }

    /// Signs in with OAuth2 (rather than a password) on this account.
    pub fn uses_oauth(&self) -> bool {
        self.sign_in && self.use_oauth && self.oauth_available()
    }

    pub(super) fn signed_in_tokens(&self) -> Option<&Tokens> {
        match &self.oauth {
            OAuthState::SignedIn(t) if self.uses_oauth() => Some(t),
            _ => None,
        }
    }

    pub(super) fn start_oauth(&mut self) -> Task<Message> {
        let Some(client) = self.oauth_provider().and_then(oauth::client) else {
            return Task::none();
        };
        let hint = self.email.trim().to_owned();
        let again = self.editing.is_some();
        let stream = iced::stream::channel(
            4,
            async move |mut output: iced::futures::channel::mpsc::Sender<Message>| {
                use iced::futures::SinkExt;
                let result = match flow::start(&client, Some(&hint), again).await {
                    Ok(pending) => {
                        let url = pending.url.clone();
                        let _ = output.send(Message::OAuthUrl(url.clone())).await;
                        let _ = tokio::task::spawn_blocking(move || flow::open_browser(&url)).await;
                        pending.finish(SIGN_IN_TIMEOUT).await
                    }
                    Err(e) => Err(e),
                };
                let _ = output.send(Message::OAuthDone(result)).await;
            },
        );
        let (task, handle) = Task::run(stream, |m| m).abortable();
        self.oauth = OAuthState::Waiting {
            url: None,
            handle: handle.abort_on_drop(),
        };
        task
    }

    pub(super) fn update_oauth(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::UseOAuth(v) => {
                self.use_oauth = v;
                self.errors.remove("password");
            }
            Message::OAuthStart => return self.start_oauth(),
            Message::OAuthUrl(url) => {
                if let OAuthState::Waiting { url: u, .. } = &mut self.oauth {
                    *u = Some(url);
                }
            }
            Message::OAuthOpenAgain => {
                if let OAuthState::Waiting { url: Some(url), .. } = &self.oauth {
                    let url = url.clone();
                    return Task::future(async move {
                        let _ = tokio::task::spawn_blocking(move || flow::open_browser(&url)).await;
                    })
                    .discard();
                }
            }
            Message::OAuthCancel => self.oauth = OAuthState::Idle,
            Message::OAuthDone(result) => {
                self.errors.remove("password");
                self.oauth = match result {
                    Ok(tokens) => OAuthState::SignedIn(tokens),
                    Err(e) => OAuthState::Failed(e),
                };
            }
            _ => {}
        }
        Task::none()
    }
}
