//! The wizard's long-running work: detection, the connection test (streamed step by step), the test
//! message, and saving the secret. Each runs as a Task and reports back with a Message.

use iced::Task;

use super::{Message, Sending, Step, TestState, Wizard, field_of};
use crate::account::InputError;
use crate::discover::{self, Detection};
use crate::fl;
use crate::mail::Draft;
use crate::problem::Problem;
use crate::secrets;
use crate::smtp::doctor::{self, CheckRequest, StepReport};
use crate::smtp::{Credentials, Sender};

impl Wizard {
    pub(super) fn run_test(&mut self) -> Task<Message> {
        let settings = match self.settings() {
            Ok(s) => s,
            Err(e) => {
                self.step = Step::Server;
                self.errors.insert(field_of(&e), e.message());
                return Task::none();
            }
        };
        let credentials = self.credentials();
        let editing = self.editing.clone();
        self.test = TestState {
            running: true,
            ..TestState::default()
        };
        self.sending = Sending::Idle;
        let stream = iced::stream::channel(
            32,
            async move |mut output: iced::futures::channel::mpsc::Sender<Message>| {
                use iced::futures::SinkExt;
                // Editing without a new password: test with the stored one.
                let credentials = match (credentials, editing) {
                    (Some(c), _) => Some(c),
                    (None, Some(a)) if settings.auth.needs_secret() => {
                        stored(&a, &settings.username).await
                    }
                    _ => None,
                };
                let request = CheckRequest {
                    settings,
                    credentials,
                    from: None,
                    to: vec![],
                };
                let progress = {
                    let output = output.clone();
                    move |step: &StepReport| {
                        let _ = output.clone().try_send(Message::TestStep(step.clone()));
                    }
                };
                let result = doctor::check(&request, &progress).await;
                let _ = output.send(Message::Tested(result.map(Box::new))).await;
            },
        );
        let (task, handle) = Task::run(stream, |m| m).abortable();
        self.test.handle = Some(handle.abort_on_drop());
        task
    }

    pub(super) fn send_test_message(&mut self) -> Task<Message> {
        let (Ok(settings), Ok(account)) = (self.settings(), self.account()) else {
            return Task::none();
        };
        let credentials = self.credentials();
        let editing = self.editing.clone();
        self.sending = Sending::Running;
        let draft = Draft {
            from_name: account.display_name.clone(),
            from_email: account.email.clone(),
            to: account.email.clone(),
            subject: fl!("gui-test-message-subject"),
            body: fl!("gui-test-message-body", host = settings.host.as_str()),
            ..Draft::default()
        };
        Task::perform(
            async move {
                let credentials = match (credentials, editing) {
                    (Some(c), _) => Some(c),
                    (None, Some(a)) => stored(&a, &settings.username).await,
                    _ => None,
                };
                let message = draft.build().await.map_err(|_| {
                    Problem::new(
                        crate::problem::ProblemKind::SenderRejected,
                        crate::problem::Step::MailFrom,
                    )
                })?;
                let sender = Sender::new(&settings, credentials).map_err(|_| {
                    Problem::new(
                        crate::problem::ProblemKind::AuthRequired,
                        crate::problem::Step::Auth,
                    )
                })?;
                let sent = sender.send(&message).await.map(|sent| sent.message_id);
                sender.close().await;
                sent
            },
            Message::TestMessageSent,
        )
    }

    pub(super) fn save(&mut self) -> Task<Message> {
        let account = match self.account() {
            Ok(a) => a,
            Err(e) => {
                self.save_error = Some(e.message());
                return Task::none();
            }
        };
        self.saving = true;
        self.save_error = None;
        let secret = (self.sign_in && !self.uses_oauth() && !self.password.is_empty())
            .then(|| self.password.clone());
        let tokens = self.signed_in_tokens().cloned();
        let old_name = self.editing.as_ref().map(|a| a.name.clone());
        // An account edited away from OAuth2 leaves no refresh token behind.
        let stops_oauth =
            old_name.is_some() && account.server.auth != crate::account::AuthMethod::OAuth2;
        Task::perform(
            async move {
                if let Some(tokens) = &tokens {
                    crate::oauth::tokens::remember(&account.name, tokens)
                        .await
                        .map_err(|e| e.message())?;
                } else if let Some(secret) = &secret {
                    secrets::store(&account.name, secret)
                        .await
                        .map_err(|e| e.message())?;
                } else if let Some(old) = &old_name
                    && !account.server.auth.needs_secret()
                {
                    crate::credentials::delete(old)
                        .await
                        .map_err(|e| e.message())?;
                }
                // After the new secret is in: a failure before leaves the old sign-in working.
                if stops_oauth {
                    crate::oauth::tokens::sign_out(&account.name)
                        .await
                        .map_err(|e| e.message())?;
                }
                Ok(account)
            },
            Message::Saved,
        )
    }
}

/// What a saved account signs in with (a stored password, or a fresh OAuth2 access token), for
/// the user name typed now.
async fn stored(account: &crate::account::Account, username: &str) -> Option<Credentials> {
    crate::credentials::credentials(account)
        .await
        .ok()
        .flatten()
        .map(|c| Credentials::new(username.to_owned(), c.secret().to_owned()))
}

/// Finds settings for the address (built-in presets, then the network).
pub(super) async fn detect(email: String) -> Result<Box<Detection>, InputError> {
    discover::detect(&email, &discover::DetectOptions::from_env(false))
        .await
        .map(Box::new)
}
