//! The setup wizard's Events, carried out here: each lookup, test, sign-in and save runs as a Task
//! off the UI thread (through the ops verbs where there is one) and comes back to the wizard as
//! one of its messages. Work the wizard may stop is handed to it ([`wizard::Wizard::running`]).

use iced::Task;
use iced::futures::SinkExt;
use iced::futures::channel::mpsc;

use crate::account::Account;
use crate::account::learned::Learned;
use crate::config::Store;
use crate::gui::accounts;
use crate::gui::wizard::{self, Job, address, server, signin, test};
use crate::mail::Draft;
use crate::ops::accounts::{SaveAccount, Secret};
use crate::ops::test::Remember;
use crate::problem::{Problem, ProblemKind, Step as SmtpStep};
use crate::smtp::doctor::{CheckRequest, StepReport};
use crate::smtp::{Credentials, Sender};

use super::*;

/// The wizard's account as saved (the store as it is now on disk), or why it was not.
#[derive(Debug, Clone)]
pub struct SavedAccount {
    pub account: Account,
    /// It was just signed in with OAuth2: its messages held for a sign-in go back in line.
    pub signed_in: bool,
    pub result: Result<Store, String>,
}

impl App {
    pub(super) fn on_wizard_message(&mut self, m: wizard::Message) -> Task<Message> {
        let Screen::Wizard(w) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = w.update(m);
        let task = task.map(Message::Wizard);
        match event {
            Some(event) => Task::batch([task, self.on_wizard_event(event)]),
            None => task,
        }
    }

    fn on_wizard_event(&mut self, event: wizard::Event) -> Task<Message> {
        match event {
            wizard::Event::Detect(email) => {
                let detect = Task::perform(
                    async move {
                        let options = crate::discover::DetectOptions::from_env(false);
                        crate::discover::detect(&email, &options)
                            .await
                            .map(Box::new)
                    },
                    |r| to_wizard(address::Message::Detected(r)),
                );
                self.hand_to_wizard(Job::Detect, detect)
            }
            wizard::Event::Probe(host) => Task::perform(
                async move {
                    use crate::smtp::probe;
                    probe::probe(&host, &probe::COMMON, probe::DEFAULT_TIMEOUT, None).await
                },
                |r| to_wizard(server::Message::Probed(r)),
            ),
            wizard::Event::OpenUrl(url) => Task::future(async move {
                let _ = tokio::task::spawn_blocking(move || open::that_detached(url)).await;
            })
            .discard(),
            wizard::Event::OpenSignInPage(url) => Task::future(open_sign_in_page(url)).discard(),
            wizard::Event::SignIn {
                provider,
                email,
                again,
            } => self.wizard_sign_in(provider, email, again),
            wizard::Event::Test {
                request,
                editing,
                account,
            } => self.wizard_test(*request, editing.map(|a| *a), account),
            wizard::Event::SendTestMessage {
                settings,
                credentials,
                draft,
                editing,
            } => Task::perform(
                send_test_message(*settings, credentials, *draft, editing.map(|a| *a)),
                |r| to_wizard(test::Message::TestMessageSent(r)),
            ),
            wizard::Event::Save(request) => self.wizard_save(*request),
            wizard::Event::TestSentCopies {
                account,
                credentials,
            } => Task::perform(
                async move {
                    crate::ops::test::sent_folder(&account, credentials)
                        .await
                        .map_err(Box::new)
                },
                |r| to_wizard(test::Message::SentCopies(r)),
            ),
            event => self.leave_wizard(event),
        }
    }

    /// The Events that leave the wizard's page.
    fn leave_wizard(&mut self, event: wizard::Event) -> Task<Message> {
        match event {
            wizard::Event::Finished | wizard::Event::Cancelled => {
                if self.store.config.accounts.is_empty() {
                    // First run: there is nothing behind the wizard; start over rather than show an empty list.
                    self.screen = Screen::Wizard(Box::new(wizard::Wizard::new(vec![])));
                } else {
                    self.screen = Screen::Accounts(accounts::Accounts::default());
                }
                Task::none()
            }
            wizard::Event::OpenCompose(name) => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                self.open_compose(Some(name))
            }
            wizard::Event::CheckDelivery(account) => {
                let request = crate::domain::Request::for_account(&account);
                let placeholder = Screen::Accounts(accounts::Accounts::default());
                let Screen::Wizard(w) = std::mem::replace(&mut self.screen, placeholder) else {
                    return Task::none();
                };
                self.open_delivery(request, Some(w))
            }
            _ => Task::none(),
        }
    }

    /// Runs `task` so that the wizard can stop it: it keeps the handle.
    fn hand_to_wizard(&mut self, job: Job, task: Task<Message>) -> Task<Message> {
        let (task, handle) = task.abortable();
        if let Screen::Wizard(w) = &mut self.screen {
            w.running(job, handle);
        }
        task
    }

    /// The browser sign-in: the address once the listener is up, then the tokens (or why not).
    fn wizard_sign_in(
        &mut self,
        provider: crate::oauth::Provider,
        email: String,
        again: bool,
    ) -> Task<Message> {
        use crate::oauth::flow::{self, SIGN_IN_TIMEOUT};
        let Some(client) = crate::oauth::client(provider) else {
            return Task::none();
        };
        let stream =
            iced::stream::channel(4, async move |mut output: mpsc::Sender<wizard::Message>| {
                let result = match flow::start(&client, Some(&email), again).await {
                    Ok(pending) => {
                        let url = pending.url.clone();
                        let _ = output
                            .send(signin::Message::OAuthUrl(url.clone()).into())
                            .await;
                        let _ = open_sign_in_page(url).await;
                        pending.finish(SIGN_IN_TIMEOUT).await
                    }
                    Err(e) => Err(e),
                };
                let _ = output.send(signin::Message::OAuthDone(result).into()).await;
            });
        self.hand_to_wizard(Job::SignIn, Task::run(stream, Message::Wizard))
    }

    /// The connection test, step by step, keeping what the server said about its limits.
    fn wizard_test(
        &mut self,
        request: CheckRequest,
        editing: Option<Account>,
        account: String,
    ) -> Task<Message> {
        let remember = Remember {
            learned: Learned::new(&self.store.paths.data_dir),
            account,
        };
        let stream = iced::stream::channel(
            32,
            async move |mut output: mpsc::Sender<wizard::Message>| {
                let mut request = request;
                // Editing without a new password: test with the stored one.
                if request.credentials.is_none()
                    && request.settings.auth.needs_secret()
                    && let Some(a) = &editing
                {
                    request.credentials = stored(a, &request.settings.username).await;
                }
                let progress = {
                    let output = output.clone();
                    move |step: &StepReport| {
                        let _ = output
                            .clone()
                            .try_send(test::Message::Step(step.clone()).into());
                    }
                };
                let result =
                    crate::ops::test::check(&mut request, None, Some(&remember), &progress).await;
                let tested = test::Message::Tested(result.map(Box::new));
                let _ = output.send(tested.into()).await;
            },
        );
        self.hand_to_wizard(Job::Test, Task::run(stream, Message::Wizard))
    }

    /// Saves the account (keychain and configuration) through the ops verb.
    fn wizard_save(&mut self, request: SaveAccount) -> Task<Message> {
        let store = self.store.clone();
        let account = request.account.clone();
        let signed_in = matches!(request.secret, Secret::Tokens(_));
        Task::perform(
            async move {
                let result = crate::ops::accounts::save(store, request)
                    .await
                    .map_err(|e| e.message());
                SavedAccount {
                    account,
                    signed_in,
                    result,
                }
            },
            |saved| Message::AccountSaved(Box::new(saved)),
        )
    }

    /// The save ended: the App takes the store as saved, then the wizard hears how it went.
    pub(super) fn account_saved(&mut self, saved: SavedAccount) -> Task<Message> {
        let SavedAccount {
            account,
            signed_in,
            result,
        } = saved;
        let mut tasks = Vec::new();
        let outcome = match result {
            Ok(store) => {
                self.store = store;
                self.accounts_changed();
                if signed_in {
                    tasks.push(self.retry_signed_out(&account));
                }
                Ok(Box::new(account))
            }
            Err(e) => Err(e),
        };
        tasks.push(self.on_wizard_message(test::Message::Saved(outcome).into()));
        Task::batch(tasks)
    }
}

fn to_wizard(m: impl Into<wizard::Message>) -> Message {
    Message::Wizard(m.into())
}

/// Opens the sign-in page in the browser (off the async threads: starting a browser blocks).
async fn open_sign_in_page(url: String) -> bool {
    tokio::task::spawn_blocking(move || crate::oauth::flow::open_browser(&url))
        .await
        .unwrap_or(false)
}

/// What a saved account signs in with (a stored password, or a fresh OAuth2 access token), for
/// the user name typed now.
async fn stored(account: &Account, username: &str) -> Option<Credentials> {
    crate::credentials::credentials(account)
        .await
        .ok()
        .flatten()
        .map(|c| Credentials::new(username.to_owned(), c.secret().to_owned()))
}

/// The wizard's test message, straight to the server (not through the outbox).
async fn send_test_message(
    settings: crate::account::ServerSettings,
    credentials: Option<Credentials>,
    draft: Draft,
    editing: Option<Account>,
) -> Result<String, Problem> {
    let credentials = match (credentials, editing) {
        (Some(c), _) => Some(c),
        (None, Some(a)) => stored(&a, &settings.username).await,
        _ => None,
    };
    let message = draft
        .build()
        .await
        .map_err(|_| Problem::new(ProblemKind::SenderRejected, SmtpStep::MailFrom))?;
    let sender = Sender::new(&settings, credentials)
        .map_err(|_| Problem::new(ProblemKind::AuthRequired, SmtpStep::Auth))?;
    let sent = sender.send(&message).await.map(|sent| sent.message_id);
    sender.close().await;
    sent
}
