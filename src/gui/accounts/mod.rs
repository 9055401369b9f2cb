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
use crate::smtp::doctor::Report;

#[derive(Debug, Clone)]
pub enum Message {
    NewMessage(Option<String>),
    /// "Send to a list…": a mail merge (from this account, or the default one).
    SendToList(Option<String>),
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
    SendToList(Option<String>),
    OpenSettings,
    OpenOutbox,
    CheckDelivery(String),
    /// Signature, Reply-To and the copy to oneself.
    EditIdentity(String),
    /// Test this saved account; the answer comes back as [`Message::Tested`].
    Test(Box<Account>),
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
            Message::SendToList(name) => return (Task::none(), Some(Event::SendToList(name))),
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
                self.tests.insert(name, TestResult::Running);
                return (Task::none(), Some(Event::Test(Box::new(account))));
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
        copies: &std::collections::BTreeMap<String, crate::outbox::CopyState>,
    ) -> Element<'a, Message> {
        page(
            column![
                self.header(waiting),
                self.list(accounts, waiting, sent, copies)
            ]
            .spacing(spacing::M),
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
            secondary_button(fl!("gui-send-to-list")).on_press(Message::SendToList(None)),
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
        copies: &std::collections::BTreeMap<String, crate::outbox::CopyState>,
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
            let mut row = self.account_row(a, status);
            if let Some(problem) = copy_problem(a, sent, copies) {
                row = column![row, copy_banner(problem)]
                    .spacing(spacing::S)
                    .into();
            }
            list = list.push(row);
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
        let mut col = column![head(a, status)].spacing(spacing::M);
        if let Status::NeedsSignIn { kind, .. } = status
            && a.server.auth == crate::account::AuthMethod::OAuth2
        {
            col = col.push(sign_in_again(a, kind));
        }
        // The buttons wrap to a second line in a narrow window instead of being cut off.
        col = col.push(self.actions(a).wrap().vertical_spacing(spacing::S));
        if self.confirm_remove.as_deref() == Some(a.name.as_str()) {
            col = col.push(remove_question(a));
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
            Some(TestResult::Done(report)) => col = test_report(col, a, report),
        }
        card(col)
    }

    /// The account's buttons: write, test, check delivery, edit, signature, default, remove.
    fn actions<'a>(&'a self, a: &'a Account) -> iced::widget::Row<'a, Message> {
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
        actions.push(plain_button(fl!("gui-remove")).on_press(Message::AskRemove(a.name.clone())))
    }
}

/// The account's monogram, address, badges, name and server.
fn head(a: &Account, status: Status) -> Element<'_, Message> {
    let colour = monogram_colour(a.provider.as_deref().unwrap_or(""));
    let letter = a
        .email
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    let server = fl!(
        "accounts-show-server",
        host = a.server.host.as_str(),
        port = a.server.port.to_string(),
        security = crate::account::security_label(a.server.security)
    );
    let mut who = column![
        row![text(a.email.clone()).size(size::LARGE), badges(a, status)]
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
    row![
        monogram(letter, colour, size::MONOGRAM),
        container(who).width(Fill)
    ]
    .spacing(spacing::M)
    .align_y(Center)
    .into()
}

/// Default, the account's state, and how many of its messages wait.
fn badges<'a>(a: &Account, status: Status) -> iced::widget::Row<'a, Message> {
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
    badges
}

/// The problem of `a`'s latest copy in Sent, when it could not be saved.
fn copy_problem(
    a: &Account,
    sent: &[crate::outbox::SentRecord],
    copies: &std::collections::BTreeMap<String, crate::outbox::CopyState>,
) -> Option<crate::problem::Problem> {
    let latest = sent
        .iter()
        .rev()
        .filter(|r| r.account == a.name)
        .find_map(|r| copies.get(&r.id))?;
    (latest.status == crate::outbox::CopyStatus::Failed)
        .then(|| latest.problem.as_ref().map(|p| p.problem()))
        .flatten()
}

/// "Copies in Sent failed", with why and what to do (sending itself works).
fn copy_banner<'a>(p: crate::problem::Problem) -> Element<'a, Message> {
    banner(
        column![
            row![badge(fl!("gui-copy-problem-badge"), Tone::Warning)],
            text(fl!("copy-failed-because", message = p.message())).size(size::SMALL),
            text(fl!("cli-fix", fix = p.fix())).size(size::SMALL),
        ]
        .spacing(spacing::XS),
        Tone::Warning,
    )
}

/// An OAuth2 account whose sign-in needs renewing: the problem in plain words and the button.
fn sign_in_again(a: &Account, kind: ProblemKind) -> Element<'_, Message> {
    let p = crate::problem::Problem::new(kind, crate::problem::Step::Auth);
    banner(
        column![
            text(format!("{} {}", p.message(), p.fix())),
            primary_button(fl!("gui-oauth-sign-in-again"))
                .on_press(Message::SignInAgain(a.name.clone())),
        ]
        .spacing(spacing::S),
        Tone::Warning,
    )
}

/// "Remove …?" with Keep and Remove.
fn remove_question(a: &Account) -> Element<'_, Message> {
    banner(
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
    )
}

/// A finished test under the account: its outcome, the checklist of its steps, "Hide details".
fn test_report<'a>(
    col: Column<'a, Message>,
    a: &'a Account,
    report: &'a Report,
) -> Column<'a, Message> {
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
    col.push(outcome)
        .push(checklist(&report.steps, false))
        .push(row![
            space::horizontal(),
            plain_button(fl!("gui-hide-details")).on_press(Message::HideTest(a.name.clone()))
        ])
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
