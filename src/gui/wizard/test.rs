//! The test page and the last one: the connection test as a live checklist ([`Event::Test`], run
//! by the App step by step), its fix, a test message, the check of the sender's domain, and
//! saving ([`Event::Save`]); then "Write a message".

use iced::Task;
use iced::task::Handle;
use iced::widget::{Column, column, row, space, text};

use super::view::Page;
use super::{Event, Step, Wizard, field_of};
use crate::account::{Account, InputError};
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    actions, banner, busy_line, card, checklist, heading, plain_button, primary_button,
    secondary_button, status_head,
};
use crate::mail::Draft;
use crate::ops::accounts::{SaveAccount, Secret};
use crate::problem::Problem;
use crate::smtp::doctor::{CheckRequest, Report, StepReport};

use super::server::security_label;

/// The check of where copies of sent messages go (it never fails the sending test).
#[derive(Debug, Clone, Default)]
pub(super) enum CopyCheck {
    /// The account keeps no copies in Sent (or the check has not started).
    #[default]
    None,
    Running,
    /// The Sent folder, as people read its name.
    Found(String),
    Failed(Box<Problem>),
}

#[derive(Debug, Default)]
pub(super) struct TestState {
    pub(super) copies: CopyCheck,
    pub(super) running: bool,
    pub(super) steps: Vec<StepReport>,
    pub(super) report: Option<Report>,
    pub(super) show_details: bool,
    /// Stops the running test (given by the App, see [`super::Job::Test`]).
    pub(super) handle: Option<Handle>,
}

/// The test message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Sending {
    Idle,
    Running,
    Done(String),
    Failed(String, String),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Test again".
    Run,
    /// A step of the running test ended.
    Step(StepReport),
    /// The test ended (or could not start: the settings are refused).
    Tested(Result<Box<Report>, InputError>),
    ApplySuggestion,
    ToggleDetails,
    CopyTranscript,
    SendTestMessage,
    /// Where copies of sent messages go: the Sent folder (`None`: they are not kept), or why not.
    SentCopies(Result<Option<String>, Box<Problem>>),
    /// The test message went out (its Message-ID) or not.
    TestMessageSent(Result<String, Problem>),
    Save,
    /// The account is saved, or why not.
    Saved(Result<Box<Account>, String>),
    CheckDelivery,
    WriteMessage,
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::Test(m)
    }
}

impl Wizard {
    pub(super) fn update_test(
        &mut self,
        message: Message,
    ) -> (Task<super::Message>, Option<Event>) {
        let event = match message {
            Message::Run => self.run_test(),
            Message::Step(step) => {
                self.test.steps.push(step);
                None
            }
            Message::Tested(result) => {
                self.tested(result);
                self.check_sent_copies()
            }
            Message::SentCopies(result) => {
                self.test.copies = match result {
                    Ok(Some(folder)) => CopyCheck::Found(folder),
                    Ok(None) => CopyCheck::None,
                    Err(p) => CopyCheck::Failed(p),
                };
                None
            }
            Message::ApplySuggestion => {
                let suggestion = self
                    .test
                    .report
                    .as_ref()
                    .and_then(|r| r.problem.as_ref())
                    .and_then(|p| p.suggestion);
                suggestion.and_then(|s| {
                    let host = self.host.clone();
                    self.set_server(&host, s.port, s.security);
                    self.run_test()
                })
            }
            Message::ToggleDetails => {
                self.test.show_details = !self.test.show_details;
                None
            }
            Message::CopyTranscript => {
                let task = match &self.test.report {
                    Some(r) => iced::clipboard::write(r.transcript.join("\n")),
                    None => Task::none(),
                };
                return (task, None);
            }
            Message::SendTestMessage => self.send_test_message(),
            Message::TestMessageSent(result) => {
                self.sending = match result {
                    Ok(id) => Sending::Done(id),
                    Err(p) => Sending::Failed(p.message(), p.fix()),
                };
                None
            }
            Message::Save => self.save(),
            Message::Saved(result) => {
                self.saved_as(result);
                None
            }
            Message::CheckDelivery => match &self.saved {
                Some(a) => Ok(a.clone()),
                None => self.account(),
            }
            .ok()
            .map(|a| Event::CheckDelivery(Box::new(a))),
            Message::WriteMessage => self
                .saved
                .as_ref()
                .map(|a| Event::OpenCompose(a.name.clone())),
        };
        (Task::none(), event)
    }

    fn tested(&mut self, result: Result<Box<Report>, InputError>) {
        self.test.running = false;
        self.test.handle = None;
        match result {
            Ok(report) => {
                self.test.steps = report.steps.clone();
                self.test.report = Some(*report);
            }
            Err(e) => {
                self.step = Step::Server;
                self.errors.insert(field_of(&e), e.message());
            }
        }
    }

    /// After a good sending test: asks the App where copies in Sent would go, when the account
    /// keeps them.
    fn check_sent_copies(&mut self) -> Option<Event> {
        if !self.test.report.as_ref().is_some_and(|r| r.ok) {
            return None;
        }
        let account = self.account().ok()?;
        crate::outbox::copies::destination(&account)?;
        let user = account
            .imap
            .as_ref()
            .map(|i| i.user.clone())
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| account.server.username.clone());
        let credentials = if let Some(tokens) = self.signed_in_tokens() {
            Some(crate::imap::ImapCredentials::token(
                user,
                tokens.access_token.clone(),
            ))
        } else if self.sign_in && !self.uses_oauth() && !self.password.is_empty() {
            Some(crate::imap::ImapCredentials::password(
                user,
                self.password.clone(),
            ))
        } else {
            None
        };
        self.test.copies = CopyCheck::Running;
        Some(Event::TestSentCopies {
            account: Box::new(account),
            credentials,
        })
    }

    fn saved_as(&mut self, result: Result<Box<Account>, String>) {
        self.saving = false;
        match result {
            Ok(account) => {
                self.saved = Some(*account);
                self.step = Step::Done;
                self.password.clear();
            }
            Err(e) => {
                self.saved = None;
                self.save_error = Some(e);
            }
        }
    }

    /// Asks the App to test the settings as typed.
    pub(super) fn run_test(&mut self) -> Option<Event> {
        let settings = match self.settings() {
            Ok(s) => s,
            Err(e) => {
                self.step = Step::Server;
                self.errors.insert(field_of(&e), e.message());
                return None;
            }
        };
        let request = CheckRequest {
            settings,
            credentials: self.credentials(),
            from: None,
            to: vec![],
        };
        self.test = TestState {
            running: true,
            ..TestState::default()
        };
        self.sending = Sending::Idle;
        Some(Event::Test {
            request: Box::new(request),
            editing: self.editing.clone().map(Box::new),
            account: self.account_name(),
        })
    }

    fn send_test_message(&mut self) -> Option<Event> {
        let (Ok(settings), Ok(account)) = (self.settings(), self.account()) else {
            return None;
        };
        self.sending = Sending::Running;
        let draft = Draft {
            from_name: account.display_name.clone(),
            from_email: account.email.clone(),
            to: account.email.clone(),
            subject: fl!("gui-test-message-subject"),
            body: fl!("gui-test-message-body", host = settings.host.as_str()),
            ..Draft::default()
        };
        Some(Event::SendTestMessage {
            credentials: self.credentials(),
            settings: Box::new(settings),
            draft: Box::new(draft),
            editing: self.editing.clone().map(Box::new),
        })
    }

    /// Asks the App to save the account, with what it signs in with now.
    pub(super) fn save(&mut self) -> Option<Event> {
        let account = match self.account() {
            Ok(a) => a,
            Err(e) => {
                self.save_error = Some(e.message());
                return None;
            }
        };
        self.saving = true;
        self.save_error = None;
        let secret = if let Some(tokens) = self.signed_in_tokens() {
            Secret::Tokens(tokens.clone())
        } else if self.sign_in && !self.uses_oauth() && !self.password.is_empty() {
            Secret::Password(self.password.clone())
        } else {
            Secret::Unchanged
        };
        Some(Event::Save(Box::new(SaveAccount {
            account,
            editing: self.editing.as_ref().map(|a| a.name.clone()),
            secret,
        })))
    }

    pub(super) fn test_page(&self) -> Page<'_> {
        // A status page: the outcome, big, above the checklist that explains it.
        let head = match (&self.test.report, self.test.running) {
            (_, true) => status_head(Tone::Info, fl!("gui-test-title"), None),
            (Some(r), false) => match &r.problem {
                None => status_head(
                    Tone::Success,
                    fl!("gui-test-ok-title"),
                    Some(fl!("gui-test-ok")),
                ),
                Some(p) => status_head(
                    Tone::Danger,
                    fl!("gui-test-failed-title"),
                    Some(p.message()),
                ),
            },
            (None, false) => heading(fl!("gui-test-title")),
        };
        let mut col = column![head].spacing(spacing::M);
        if let Some(report) = &self.test.report
            && let Some(p) = &report.problem
        {
            col = col.push(fix_banner(p));
        }
        col = col.push(checklist(&self.test.steps, self.test.running));
        if let Some(line) = self.copies_line() {
            col = col.push(line);
        }
        if let Some(report) = &self.test.report {
            col = self.push_details(col, report);
        }
        if let Some(e) = &self.save_error {
            col = col.push(text(e.clone()).style(style::error));
        }
        let retry = secondary_button(fl!("gui-test-again"))
            .on_press_maybe((!self.test.running).then_some(Message::Run.into()));
        col = col.push(retry);
        let ok = self.test.report.as_ref().is_some_and(|r| r.ok);
        let label = if ok || self.test.report.is_none() {
            fl!("gui-save")
        } else {
            fl!("gui-save-anyway")
        };
        let can_save = !self.test.running && !self.saving && self.test.report.is_some();
        let nav = self.nav_styled(label, can_save.then_some(Message::Save.into()), ok);
        (col.into(), nav)
    }

    /// "Save copies in Sent": the folder found, or why not (a warning: sending works without it).
    fn copies_line(&self) -> Option<iced::Element<'_, super::Message>> {
        let title = fl!("gui-test-copies");
        Some(match &self.test.copies {
            CopyCheck::None => return None,
            CopyCheck::Running => busy_line(title),
            CopyCheck::Found(folder) => {
                text(fl!("gui-test-copies-found", folder = folder.as_str()))
                    .style(style::success)
                    .into()
            }
            CopyCheck::Failed(p) => banner(
                column![
                    text(fl!("gui-test-copies-failed", message = p.message())),
                    text(fl!("cli-fix", fix = p.fix())).size(size::SMALL),
                ]
                .spacing(spacing::XS),
                Tone::Warning,
            ),
        })
    }

    /// "Show details" with the transcript; after a good test, the test message and the delivery
    /// check.
    fn push_details<'a>(
        &'a self,
        mut col: Column<'a, super::Message>,
        report: &'a Report,
    ) -> Column<'a, super::Message> {
        let details = plain_button(if self.test.show_details {
            fl!("gui-hide-details")
        } else {
            fl!("gui-show-details")
        })
        .on_press(Message::ToggleDetails.into());
        col = col.push(details);
        if self.test.show_details {
            let transcript = report.transcript.join("\n");
            col = col.push(card(
                column![
                    row![
                        space::horizontal(),
                        secondary_button(fl!("gui-copy")).on_press(Message::CopyTranscript.into())
                    ],
                    text(transcript)
                        .font(iced::Font::MONOSPACE)
                        .size(size::CAPTION)
                ]
                .spacing(spacing::S),
            ));
        }
        if !report.ok {
            return col;
        }
        let send = secondary_button(fl!("gui-send-test-message")).on_press_maybe(
            (self.sending != Sending::Running).then_some(Message::SendTestMessage.into()),
        );
        let delivery =
            secondary_button(fl!("gui-delivery-button")).on_press(Message::CheckDelivery.into());
        col = col.push(row![send, delivery].spacing(spacing::S));
        match &self.sending {
            Sending::Idle => col,
            Sending::Running => col.push(busy_line(fl!("gui-sending"))),
            Sending::Done(_) => col.push(
                text(fl!("gui-test-message-sent", email = self.email.trim())).style(style::success),
            ),
            Sending::Failed(m, f) => col.push(banner(
                column![text(m.clone()), text(fl!("cli-fix", fix = f.as_str()))]
                    .spacing(spacing::XS),
                Tone::Warning,
            )),
        }
    }

    pub(super) fn done_page(&self) -> Page<'_> {
        let name = self
            .saved
            .as_ref()
            .map(|a| a.email.clone())
            .unwrap_or_default();
        let head = status_head(
            Tone::Success,
            fl!("gui-done-title"),
            Some(fl!("gui-done-body", email = name)),
        );
        let nav = actions(
            Some(
                plain_button(fl!("gui-close"))
                    .on_press(super::Message::Cancel)
                    .into(),
            ),
            vec![
                secondary_button(fl!("gui-delivery-button"))
                    .on_press(Message::CheckDelivery.into())
                    .into(),
            ],
            Some(
                primary_button(fl!("gui-write-message"))
                    .on_press(Message::WriteMessage.into())
                    .into(),
            ),
        );
        (head, nav)
    }
}

/// What went wrong in plain words, what the server said, and the suggested settings as a button.
fn fix_banner(p: &Problem) -> iced::Element<'_, super::Message> {
    let mut inner =
        column![text(fl!("cli-fix", fix = p.fix())).size(size::BODY)].spacing(spacing::S);
    if let Some(reply) = &p.server_reply {
        inner = inner.push(
            text(fl!("cli-server-said", reply = reply.as_str()))
                .size(size::SMALL)
                .style(style::muted),
        );
    }
    if let Some(s) = &p.suggestion {
        inner = inner.push(
            primary_button(fl!(
                "gui-apply-suggestion",
                port = s.port.to_string(),
                security = security_label(s.security)
            ))
            .on_press(Message::ApplySuggestion.into()),
        );
    }
    banner(inner, Tone::Danger)
}
