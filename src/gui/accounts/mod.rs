//! The main window's account list: test, edit, make default, remove (after asking).

use std::collections::HashMap;

use iced::widget::{Column, button, column, container, row, scrollable, space, text};
use iced::{Center, Element, Fill, Task};

use crate::account::Account;
use crate::fl;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{busy_line, card, checklist, heading, note, subtle};
use crate::secrets;
use crate::smtp::ProblemKind;
use crate::smtp::doctor::{self, CheckRequest, Report};

#[derive(Debug, Clone)]
pub enum Message {
    NewMessage(Option<String>),
    AddAccount,
    OpenSettings,
    OpenOutbox,
    Edit(String),
    MakeDefault(String),
    AskRemove(String),
    ConfirmRemove(String),
    CancelRemove,
    Test(String),
    Tested(String, Result<Box<Report>, String>),
    HideTest(String),
    CheckDelivery(String),
    SignInAgain(String),
    EditIdentity(String),
}

#[derive(Debug, Clone)]
pub enum Event {
    AddAccount,
    Edit(String),
    /// An OAuth2 account whose sign-in expired: the wizard at its sign-in page.
    SignInAgain(String),
    MakeDefault(String),
    Remove(String),
    Compose(Option<String>),
    OpenSettings,
    OpenOutbox,
    CheckDelivery(String),
    /// Signature, Reply-To and the copy to oneself.
    EditIdentity(String),
}

#[derive(Debug, Clone)]
pub enum TestResult {
    Running,
    Done(Box<Report>),
    Failed(String),
}

#[derive(Debug, Default)]
pub struct Accounts {
    pub confirm_remove: Option<String>,
    pub tests: HashMap<String, TestResult>,
    pub removal_error: Option<String>,
}

impl Accounts {
    pub fn update(
        &mut self,
        message: Message,
        accounts: &[Account],
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::NewMessage(name) => return (Task::none(), Some(Event::Compose(name))),
            Message::AddAccount => return (Task::none(), Some(Event::AddAccount)),
            Message::OpenSettings => return (Task::none(), Some(Event::OpenSettings)),
            Message::OpenOutbox => return (Task::none(), Some(Event::OpenOutbox)),
            Message::Edit(name) => return (Task::none(), Some(Event::Edit(name))),
            Message::EditIdentity(name) => return (Task::none(), Some(Event::EditIdentity(name))),
            Message::SignInAgain(name) => return (Task::none(), Some(Event::SignInAgain(name))),
            Message::MakeDefault(name) => return (Task::none(), Some(Event::MakeDefault(name))),
            Message::CheckDelivery(name) => {
                return (Task::none(), Some(Event::CheckDelivery(name)));
            }
            Message::AskRemove(name) => self.confirm_remove = Some(name),
            Message::CancelRemove => self.confirm_remove = None,
            Message::ConfirmRemove(name) => {
                self.confirm_remove = None;
                self.tests.remove(&name);
                return (Task::none(), Some(Event::Remove(name)));
            }
            Message::Test(name) => {
                let Some(account) = accounts.iter().find(|a| a.name == name).cloned() else {
                    return (Task::none(), None);
                };
                self.tests.insert(name.clone(), TestResult::Running);
                return (
                    Task::perform(test(account), move |r| {
                        Message::Tested(name.clone(), r.map(Box::new))
                    }),
                    None,
                );
            }
            Message::Tested(name, result) => {
                let entry = match result {
                    Ok(report) => TestResult::Done(report),
                    Err(e) => TestResult::Failed(e),
                };
                self.tests.insert(name, entry);
            }
            Message::HideTest(name) => {
                self.tests.remove(&name);
            }
        }
        (Task::none(), None)
    }

    /// The parent removed the account; a keychain failure is reported, the account is gone either way.
    pub fn removed(&mut self, name: &str, result: Result<(), String>) {
        self.removal_error = result
            .err()
            .map(|reason| fl!("accounts-removed-secret-kept", name = name, reason = reason));
    }

    /// `waiting`: the outbox's messages (their number is shown; an account with messages held
    /// because its sign-in expired gets "Sign in again").
    pub fn view<'a>(
        &'a self,
        accounts: &'a [Account],
        waiting: &[crate::outbox::Meta],
    ) -> Element<'a, Message> {
        let expired: Vec<&str> = waiting
            .iter()
            .filter(|m| {
                m.last_problem
                    .as_ref()
                    .is_some_and(|p| p.kind == ProblemKind::SignInExpired)
            })
            .map(|m| m.account.as_str())
            .collect();
        let waiting = waiting.len();
        let header = row![
            heading(fl!("gui-app-title")),
            space::horizontal(),
            button(text(fl!("gui-settings")))
                .style(style::plain)
                .on_press(Message::OpenSettings),
            button(text(fl!("gui-outbox-button", count = waiting)))
                .style(if waiting > 0 {
                    button::warning
                } else {
                    style::plain
                })
                .on_press(Message::OpenOutbox),
            button(text(fl!("gui-add-account")))
                .style(style::secondary)
                .on_press(Message::AddAccount),
            button(text(fl!("gui-new-message")))
                .style(style::primary)
                .on_press(Message::NewMessage(None)),
        ]
        .spacing(spacing::M)
        .align_y(Center);
        let mut list = Column::new().spacing(spacing::M);
        if let Some(e) = &self.removal_error {
            list = list.push(note(text(e.clone()), true));
        }
        if accounts.is_empty() {
            list = list.push(subtle(fl!("accounts-none-gui")));
        }
        for a in accounts {
            list = list.push(self.account_card(a, expired.contains(&a.name.as_str())));
        }
        let content = column![header, subtle(fl!("gui-accounts-intro")), list]
            .spacing(spacing::M)
            .max_width(760);
        scrollable(container(content).padding(spacing::XL).center_x(Fill)).into()
    }

    fn account_card<'a>(&'a self, a: &'a Account, expired: bool) -> Element<'a, Message> {
        let mut title = row![text(a.email.clone()).size(size::LARGE)]
            .spacing(spacing::S)
            .align_y(Center);
        if a.default {
            title = title.push(
                text(fl!("gui-default-badge"))
                    .size(size::SMALL)
                    .style(style::success),
            );
        }
        let server = fl!(
            "accounts-show-server",
            host = a.server.host.as_str(),
            port = a.server.port.to_string(),
            security = crate::cli::security_label(a.server.security)
        );
        let mut actions = row![
            button(text(fl!("gui-new-message")))
                .style(style::primary)
                .on_press(Message::NewMessage(Some(a.name.clone()))),
            button(text(fl!("gui-test-connection")))
                .style(style::secondary)
                .on_press_maybe(
                    (!matches!(self.tests.get(&a.name), Some(TestResult::Running)))
                        .then(|| Message::Test(a.name.clone()))
                ),
            button(text(fl!("gui-delivery-button")))
                .style(style::secondary)
                .on_press(Message::CheckDelivery(a.name.clone())),
            button(text(fl!("gui-edit")))
                .style(style::secondary)
                .on_press(Message::Edit(a.name.clone())),
            button(text(fl!("gui-identity-button")))
                .style(style::secondary)
                .on_press(Message::EditIdentity(a.name.clone())),
        ]
        .spacing(spacing::S);
        if !a.default {
            actions = actions.push(
                button(text(fl!("gui-make-default")))
                    .style(style::plain)
                    .on_press(Message::MakeDefault(a.name.clone())),
            );
        }
        actions = actions.push(
            button(text(fl!("gui-remove")))
                .style(style::destructive)
                .on_press(Message::AskRemove(a.name.clone())),
        );
        let mut col = column![title].spacing(spacing::S);
        if !a.display_name.trim().is_empty() {
            col = col.push(text(a.display_name.clone()).style(style::muted));
        }
        if expired && a.server.auth == crate::account::AuthMethod::OAuth2 {
            let p = crate::smtp::Problem::new(ProblemKind::SignInExpired, crate::smtp::Step::Auth);
            col = col.push(note(
                column![
                    text(format!("{} {}", p.message(), p.fix())),
                    button(text(fl!("gui-oauth-sign-in-again")))
                        .on_press(Message::SignInAgain(a.name.clone())),
                ]
                .spacing(spacing::S),
                true,
            ));
        }
        col = col
            .push(text(server).size(size::SMALL).style(style::muted))
            // The buttons wrap to a second line in a narrow window instead of being cut off.
            .push(actions.wrap().vertical_spacing(spacing::S));
        if self.confirm_remove.as_deref() == Some(a.name.as_str()) {
            col = col.push(note(
                column![
                    text(fl!("gui-remove-question", email = a.email.as_str())),
                    row![
                        button(text(fl!("gui-keep")))
                            .style(style::secondary)
                            .on_press(Message::CancelRemove),
                        button(text(fl!("gui-remove-confirm")))
                            .style(style::destructive)
                            .on_press(Message::ConfirmRemove(a.name.clone())),
                    ]
                    .spacing(spacing::S)
                ]
                .spacing(spacing::S),
                true,
            ));
        }
        match self.tests.get(&a.name) {
            None => {}
            Some(TestResult::Running) => col = col.push(busy_line(fl!("gui-test-running"))),
            Some(TestResult::Failed(e)) => {
                col = col.push(text(e.clone()).style(style::error));
                if a.server.auth == crate::account::AuthMethod::OAuth2 {
                    col = col.push(
                        button(text(fl!("gui-oauth-sign-in-again")))
                            .on_press(Message::SignInAgain(a.name.clone())),
                    );
                }
            }
            Some(TestResult::Done(report)) => {
                let mut inner = column![checklist(&report.steps, false)].spacing(spacing::S);
                inner = inner.push(match &report.problem {
                    None => text(fl!("gui-test-ok")).style(style::success),
                    Some(p) => text(format!("{} {}", p.message(), p.fix())).style(style::error),
                });
                inner = inner.push(
                    button(text(fl!("gui-hide-details")))
                        .style(style::plain)
                        .on_press(Message::HideTest(a.name.clone())),
                );
                col = col.push(note(inner, !report.ok));
            }
        }
        card(col)
    }
}

/// Tests a saved account with its stored secret (or a fresh access token, refreshed once more
/// when the server refuses it).
async fn test(account: Account) -> Result<Report, String> {
    let credentials = secrets::credentials(&account)
        .await
        .map_err(|e| match e.problem() {
            Some(p) => format!("{} {}", p.message(), p.fix()),
            None => e.message(&account.name),
        })?;
    let mut request = CheckRequest {
        settings: account.server.clone(),
        credentials,
        from: None,
        to: vec![],
    };
    doctor::check_saved(&mut request, &account, &|_| {})
        .await
        .map_err(|e| e.message())
}
