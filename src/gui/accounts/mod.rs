//! The main window's account list: test, edit, make default, remove (after asking).

use std::collections::HashMap;

use iced::widget::{Column, button, column, container, row, space, text};
use iced::{Center, Element, Fill, Task};

use crate::account::Account;
use crate::fl;
use crate::gui::focus::focusable;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{monogram_colour, width};
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    badge, banner, busy_line, card, checklist, destructive_button, heading, monogram, page,
    plain_button, primary_button, secondary_button, subtle,
};
use crate::problem::ProblemKind;
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
    /// because its sign-in expired gets "Sign in again"); `sent`: the latest sent records (an
    /// account that sent mail lately is known to work).
    pub fn view<'a>(
        &'a self,
        accounts: &'a [Account],
        waiting: &[crate::outbox::Meta],
        sent: &[crate::outbox::SentRecord],
    ) -> Element<'a, Message> {
        page(
            column![self.header(waiting), self.list(accounts, waiting, sent)].spacing(spacing::M),
            width::WIDE,
        )
    }

    /// The title and the window's actions. The App puts its drafts list between this and
    /// [`Accounts::list`].
    pub fn header<'a>(&'a self, waiting: &[crate::outbox::Meta]) -> Element<'a, Message> {
        let count = waiting.len();
        let mut outbox = row![text(fl!("gui-outbox")).size(size::BODY)]
            .spacing(spacing::S)
            .align_y(Center);
        if count > 0 {
            outbox = outbox.push(badge(count.to_string(), Tone::Warning));
        }
        // The title with the window's places (settings, outbox) beside it; under it what the
        // page is for, with its actions at the right, the primary one last.
        let top = row![
            heading(fl!("gui-app-title")),
            space::horizontal(),
            plain_button(fl!("gui-settings")).on_press(Message::OpenSettings),
            focusable(
                "outbox",
                button(outbox)
                    .padding([spacing::S, spacing::L])
                    .style(style::plain)
                    .on_press(Message::OpenOutbox),
                Some(Message::OpenOutbox)
            ),
        ]
        .spacing(spacing::XS)
        .align_y(Center);
        let second = row![
            container(subtle(fl!("gui-accounts-intro"))).width(Fill),
            secondary_button(fl!("gui-add-account")).on_press(Message::AddAccount),
            primary_button(fl!("gui-new-message")).on_press(Message::NewMessage(None)),
        ]
        .spacing(spacing::S)
        .align_y(Center);
        column![top, second].spacing(spacing::S).into()
    }

    /// The accounts, each with its status and actions.
    pub fn list<'a>(
        &'a self,
        accounts: &'a [Account],
        waiting: &[crate::outbox::Meta],
        sent: &[crate::outbox::SentRecord],
    ) -> Element<'a, Message> {
        let mut list = Column::new().spacing(spacing::M);
        if let Some(e) = &self.removal_error {
            list = list.push(banner(text(e.clone()), Tone::Danger));
        }
        if accounts.is_empty() {
            list = list.push(subtle(fl!("accounts-none-gui")));
        }
        for a in accounts {
            let status = self.status(a, waiting, sent);
            list = list.push(self.account_row(a, status));
        }
        list.into()
    }

    /// What is known of an account: this session's test first, then what the outbox and the sent
    /// log say.
    fn status(
        &self,
        a: &Account,
        waiting: &[crate::outbox::Meta],
        sent: &[crate::outbox::SentRecord],
    ) -> Status {
        let mine = || waiting.iter().filter(|m| m.account == a.name);
        let oauth2 = a.server.auth == crate::account::AuthMethod::OAuth2;
        let cured = |kind: ProblemKind| crate::outbox::requeue::cured_by_sign_in(kind, oauth2);
        let sign_in = mine()
            .filter_map(|m| m.last_problem.as_ref().map(|p| p.kind))
            .find(|k| cured(*k));
        let held = mine().count();
        match self.tests.get(&a.name) {
            Some(TestResult::Running) => return Status::Testing,
            Some(TestResult::Done(r)) if r.ok => return Status::Works { held },
            Some(TestResult::Done(r)) => {
                return match &r.problem {
                    Some(p) if cured(p.kind) => Status::NeedsSignIn { held, kind: p.kind },
                    _ => Status::Problem { held },
                };
            }
            Some(TestResult::Failed(_)) => return Status::Problem { held },
            None => {}
        }
        if let Some(kind) = sign_in {
            return Status::NeedsSignIn { held, kind };
        }
        if mine().any(|m| m.last_problem.is_some()) {
            return Status::Problem { held };
        }
        if sent.iter().any(|r| r.account == a.name) {
            return Status::Works { held };
        }
        Status::Unknown { held }
    }

    fn account_row<'a>(&'a self, a: &'a Account, status: Status) -> Element<'a, Message> {
        let colour = monogram_colour(a.provider.as_deref().unwrap_or(""));
        let letter = a
            .email
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
            .unwrap_or_default();
        let mut badges = row![].spacing(spacing::XS).align_y(Center);
        if a.default {
            badges = badges.push(badge(fl!("gui-default-badge"), Tone::Info));
        }
        let (label, tone) = match status {
            Status::Testing => (fl!("gui-status-testing"), Tone::Info),
            Status::Works { .. } => (fl!("gui-status-works"), Tone::Success),
            Status::Problem { .. } => (fl!("gui-status-problem"), Tone::Danger),
            Status::NeedsSignIn { .. } => (fl!("gui-status-needs-sign-in"), Tone::Warning),
            Status::Unknown { .. } => (fl!("gui-status-not-tested"), Tone::Info),
        };
        badges = badges.push(badge(label, tone));
        let held = status.held();
        if held > 0 {
            badges = badges.push(badge(
                fl!("gui-status-waiting", count = held),
                Tone::Warning,
            ));
        }
        let server = fl!(
            "accounts-show-server",
            host = a.server.host.as_str(),
            port = a.server.port.to_string(),
            security = crate::account::security_label(a.server.security)
        );
        let mut who = column![
            row![text(a.email.clone()).size(size::LARGE), badges]
                .spacing(spacing::S)
                .align_y(Center)
                .wrap()
                .vertical_spacing(spacing::XS)
        ]
        .spacing(spacing::XXS);
        if !a.display_name.trim().is_empty() {
            who = who.push(text(a.display_name.clone()).style(style::muted));
        }
        who = who.push(text(server).size(size::SMALL).style(style::muted));
        let head = row![
            monogram(letter, colour, size::MONOGRAM),
            container(who).width(Fill)
        ]
        .spacing(spacing::M)
        .align_y(Center);
        let mut actions = row![
            primary_button(fl!("gui-new-message"))
                .on_press(Message::NewMessage(Some(a.name.clone()))),
            secondary_button(fl!("gui-test-connection")).on_press_maybe(
                (!matches!(self.tests.get(&a.name), Some(TestResult::Running)))
                    .then(|| Message::Test(a.name.clone()))
            ),
            secondary_button(fl!("gui-delivery-button"))
                .on_press(Message::CheckDelivery(a.name.clone())),
            secondary_button(fl!("gui-edit")).on_press(Message::Edit(a.name.clone())),
            secondary_button(fl!("gui-identity-button"))
                .on_press(Message::EditIdentity(a.name.clone())),
        ]
        .spacing(spacing::S);
        if !a.default {
            actions = actions.push(
                plain_button(fl!("gui-make-default"))
                    .on_press(Message::MakeDefault(a.name.clone())),
            );
        }
        actions = actions
            .push(plain_button(fl!("gui-remove")).on_press(Message::AskRemove(a.name.clone())));
        let mut col = column![head].spacing(spacing::M);
        if let Status::NeedsSignIn { kind, .. } = status
            && a.server.auth == crate::account::AuthMethod::OAuth2
        {
            let p = crate::problem::Problem::new(kind, crate::problem::Step::Auth);
            col = col.push(banner(
                column![
                    text(format!("{} {}", p.message(), p.fix())),
                    primary_button(fl!("gui-oauth-sign-in-again"))
                        .on_press(Message::SignInAgain(a.name.clone())),
                ]
                .spacing(spacing::S),
                Tone::Warning,
            ));
        }
        // The buttons wrap to a second line in a narrow window instead of being cut off.
        col = col.push(actions.wrap().vertical_spacing(spacing::S));
        if self.confirm_remove.as_deref() == Some(a.name.as_str()) {
            col = col.push(banner(
                column![
                    text(fl!("gui-remove-question", email = a.email.as_str())),
                    row![
                        space::horizontal(),
                        secondary_button(fl!("gui-keep")).on_press(Message::CancelRemove),
                        destructive_button(fl!("gui-remove-confirm"))
                            .on_press(Message::ConfirmRemove(a.name.clone())),
                    ]
                    .spacing(spacing::S)
                ]
                .spacing(spacing::S),
                Tone::Danger,
            ));
        }
        match self.tests.get(&a.name) {
            None => {}
            Some(TestResult::Running) => col = col.push(busy_line(fl!("gui-test-running"))),
            Some(TestResult::Failed(e)) => {
                col = col.push(banner(text(e.clone()), Tone::Danger));
                if a.server.auth == crate::account::AuthMethod::OAuth2 {
                    col = col.push(
                        primary_button(fl!("gui-oauth-sign-in-again"))
                            .on_press(Message::SignInAgain(a.name.clone())),
                    );
                }
            }
            Some(TestResult::Done(report)) => {
                let outcome = match &report.problem {
                    None => banner(text(fl!("gui-test-ok")), Tone::Success),
                    Some(p) => banner(
                        column![
                            text(p.message()),
                            text(fl!("cli-fix", fix = p.fix())).style(style::muted)
                        ]
                        .spacing(spacing::XS),
                        Tone::Danger,
                    ),
                };
                col = col.push(outcome);
                col = col.push(checklist(&report.steps, false));
                col = col.push(row![
                    space::horizontal(),
                    plain_button(fl!("gui-hide-details"))
                        .on_press(Message::HideTest(a.name.clone()))
                ]);
            }
        }
        card(col)
    }
}

/// An account's state in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Testing,
    /// Its last test passed, or it sent mail lately.
    Works {
        held: usize,
    },
    /// Its last test or send failed.
    Problem {
        held: usize,
    },
    /// A sign-in problem (`kind`: expired, refused, wrong account…): messages wait until the user
    /// signs in again.
    NeedsSignIn {
        held: usize,
        kind: ProblemKind,
    },
    /// Not tested in this session and nothing sent lately.
    Unknown {
        held: usize,
    },
}

impl Status {
    /// How many of its messages wait in the outbox.
    fn held(self) -> usize {
        match self {
            Status::Testing => 0,
            Status::Works { held }
            | Status::Problem { held }
            | Status::NeedsSignIn { held, .. }
            | Status::Unknown { held } => held,
        }
    }
}

/// Tests a saved account with its stored secret (or a fresh access token, refreshed once more
/// when the server refuses it).
async fn test(account: Account) -> Result<Report, String> {
    let credentials = crate::credentials::credentials(&account)
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
    doctor::check_saved(
        &mut request,
        &crate::credentials::Refresh(account.clone()),
        &|_| {},
    )
    .await
    .map_err(|e| e.message())
}
