//! A compose window: From, To/Cc/Bcc, Subject, text, attachments, Send with progress. A failed send
//! keeps everything typed; closing with unsent text asks first.

use std::path::PathBuf;

use iced::keyboard::key;
use iced::widget::{
    Column, button, column, container, pick_list, row, scrollable, space, text, text_editor,
    text_input,
};
use iced::{Center, Element, Fill, Task};

use crate::account::{Account, InputError};
use crate::fl;
use crate::gui::widget::{PADDING, SPACING, error_style, note, subtle_style, success_style};
use crate::mail::{Draft, parse_address_list};
use crate::outbox::Outbox;
use crate::secrets;
use crate::smtp::doctor::{self, CheckRequest};
use crate::smtp::{Credentials, Sender};

#[derive(Debug, Clone)]
pub enum Message {
    AccountPicked(AccountChoice),
    ToChanged(String),
    CcChanged(String),
    BccChanged(String),
    SubjectChanged(String),
    Edit(text_editor::Action),
    AddAttachments,
    FilesPicked(Vec<PathBuf>),
    RemoveAttachment(usize),
    ServerLimit(Option<u64>),
    Send,
    Sent(Result<String, SendFailure>),
    Queued(String),
    Escape,
    SendOverLimit,
    Discard,
    KeepEditing,
}

#[derive(Debug, Clone)]
pub enum Event {
    Close,
}

/// Why a message did not go out, in words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    pub message: String,
    pub fix: String,
    pub temporary: bool,
    /// The message waits in the outbox under this id.
    pub outbox_id: Option<String>,
}

/// What `outpost compose` fills in before the window opens.
#[derive(Debug, Clone, Default)]
pub struct Prefill {
    pub account: Option<String>,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<PathBuf>,
    /// The outbox entry being edited.
    pub replaces: Option<String>,
}

/// An account in the From picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountChoice {
    pub name: String,
    pub label: String,
}

impl std::fmt::Display for AccountChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Editing,
    Sending,
    Sent(String),
    Failed(SendFailure),
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub path: PathBuf,
    pub size: Option<u64>,
}

pub struct Compose {
    pub accounts: Vec<Account>,
    pub account: Option<String>,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    pub subject: String,
    pub body: text_editor::Content,
    pub attachments: Vec<Attachment>,
    pub errors: Vec<InputError>,
    pub status: Status,
    pub confirm_close: bool,
    /// The server's SIZE limit, when known.
    pub server_limit: Option<u64>,
    /// Where sends go first, so a failed one is kept.
    pub outbox: Option<Outbox>,
    /// The outbox entry this window's message replaces (after "Edit", or a failed send).
    pub replaces: Option<String>,
    /// Where the account stands against its daily sending limit, when that matters.
    pub limit: Option<Limit>,
    pub over_limit_confirmed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Warn { used: u32, limit: u32 },
    Over { used: u32, limit: u32 },
}

impl Compose {
    pub fn new(accounts: Vec<Account>, account: Option<String>) -> Compose {
        let account = account
            .filter(|n| accounts.iter().any(|a| &a.name == n))
            .or_else(|| {
                accounts
                    .iter()
                    .find(|a| a.default)
                    .or(accounts.first())
                    .map(|a| a.name.clone())
            });
        Compose {
            accounts,
            account,
            to: String::new(),
            cc: String::new(),
            bcc: String::new(),
            subject: String::new(),
            body: text_editor::Content::new(),
            attachments: Vec::new(),
            errors: Vec::new(),
            status: Status::Editing,
            confirm_close: false,
            server_limit: None,
            outbox: None,
            replaces: None,
            limit: None,
            over_limit_confirmed: false,
        }
    }

    pub fn prefill(&mut self, p: Prefill) {
        self.to = p.to;
        self.cc = p.cc;
        self.bcc = p.bcc;
        self.subject = p.subject;
        self.body = text_editor::Content::with_text(&p.body);
        let _ = self.update(Message::FilesPicked(p.attachments));
        self.replaces = p.replaces;
    }

    /// Learns the server's size limit in the background (one connection, no sign-in, nothing sent).
    pub fn boot(&self) -> Task<Message> {
        match self.selected() {
            Some(a) => server_limit(a.clone()),
            None => Task::none(),
        }
    }

    pub fn set_accounts(&mut self, accounts: Vec<Account>) {
        self.accounts = accounts;
        if !self
            .accounts
            .iter()
            .any(|a| Some(&a.name) == self.account.as_ref())
        {
            self.account = self.accounts.first().map(|a| a.name.clone());
        }
    }

    pub fn title(&self) -> String {
        if self.subject.trim().is_empty() {
            fl!("gui-compose-title")
        } else {
            fl!("gui-compose-title-subject", subject = self.subject.trim())
        }
    }

    fn selected(&self) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| Some(&a.name) == self.account.as_ref())
    }

    pub fn has_unsent_text(&self) -> bool {
        let safe_in_outbox = matches!(&self.status, Status::Failed(f) if f.outbox_id.is_some());
        !matches!(self.status, Status::Sent(_))
            && !safe_in_outbox
            && (!self.to.trim().is_empty()
                || !self.cc.trim().is_empty()
                || !self.bcc.trim().is_empty()
                || !self.subject.trim().is_empty()
                || !self.body.text().trim().is_empty()
                || !self.attachments.is_empty())
    }

    pub fn ask_before_closing(&mut self) {
        self.confirm_close = true;
    }

    pub fn draft(&self) -> Draft {
        let account = self.selected();
        Draft {
            from_name: account.map(|a| a.display_name.clone()).unwrap_or_default(),
            from_email: account.map(|a| a.email.clone()).unwrap_or_default(),
            to: self.to.clone(),
            cc: self.cc.clone(),
            bcc: self.bcc.clone(),
            subject: self.subject.clone(),
            body: self.body.text(),
            attachments: self.attachments.iter().map(|a| a.path.clone()).collect(),
        }
    }

    pub fn total_attachment_size(&self) -> u64 {
        self.attachments.iter().filter_map(|a| a.size).sum()
    }

    fn field_errors(&self, field: &str) -> Vec<String> {
        self.errors
            .iter()
            .filter(|e| e.field() == Some(field))
            .map(InputError::message)
            .collect()
    }

    fn edited(&mut self) {
        if matches!(self.status, Status::Sent(_) | Status::Failed(_)) {
            self.status = Status::Editing;
        }
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::AccountPicked(choice) => {
                self.account = Some(choice.name);
                self.server_limit = None;
                if let Some(a) = self.selected() {
                    return (server_limit(a.clone()), None);
                }
            }
            Message::ToChanged(v) => {
                self.to = v;
                self.recheck("to");
            }
            Message::CcChanged(v) => {
                self.cc = v;
                self.recheck("cc");
            }
            Message::BccChanged(v) => {
                self.bcc = v;
                self.recheck("bcc");
            }
            Message::SubjectChanged(v) => {
                self.subject = v;
                self.errors.retain(|e| e.field() != Some("subject"));
                self.edited();
            }
            Message::Edit(action) => {
                let edits = action.is_edit();
                self.body.perform(action);
                if edits {
                    self.edited();
                }
            }
            Message::AddAttachments => {
                return (
                    Task::perform(
                        async {
                            rfd::AsyncFileDialog::new()
                                .set_title(fl!("gui-attach-title"))
                                .pick_files()
                                .await
                                .map(|files| {
                                    files.into_iter().map(|f| f.path().to_path_buf()).collect()
                                })
                                .unwrap_or_default()
                        },
                        Message::FilesPicked,
                    ),
                    None,
                );
            }
            Message::FilesPicked(paths) => {
                for path in paths {
                    if self.attachments.iter().any(|a| a.path == path) {
                        continue;
                    }
                    let size = std::fs::metadata(&path)
                        .ok()
                        .filter(|m| m.is_file())
                        .map(|m| m.len());
                    self.attachments.push(Attachment { path, size });
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
                self.edited();
            }
            Message::RemoveAttachment(i) => {
                if i < self.attachments.len() {
                    self.attachments.remove(i);
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
            }
            Message::ServerLimit(limit) => self.server_limit = limit,
            Message::Send => return (self.send(), None),
            Message::Sent(result) => match result {
                Ok(id) => {
                    self.status = Status::Sent(id);
                    return (Task::none(), Some(Event::Close));
                }
                Err(failure) => {
                    if failure.outbox_id.is_some() {
                        self.replaces = failure.outbox_id.clone();
                    }
                    self.status = Status::Failed(failure);
                }
            },
            Message::Queued(id) => self.replaces = Some(id),
            Message::SendOverLimit => {
                self.over_limit_confirmed = true;
                return (self.send(), None);
            }
            Message::Escape | Message::KeepEditing => {
                self.confirm_close = false;
                if matches!(self.limit, Some(Limit::Over { .. })) {
                    self.limit = None;
                }
            }
            Message::Discard => {
                self.confirm_close = false;
                return (Task::none(), Some(Event::Close));
            }
        }
        (Task::none(), None)
    }

    /// Re-validates one address field as the user types, once it was marked wrong.
    fn recheck(&mut self, field: &'static str) {
        self.edited();
        let had_error = self
            .errors
            .iter()
            .any(|e| e.field() == Some(field) || e.code() == "no_recipients");
        if had_error {
            self.errors
                .retain(|e| e.field() != Some(field) && e.code() != "no_recipients");
            let text = match field {
                "to" => &self.to,
                "cc" => &self.cc,
                _ => &self.bcc,
            };
            if let Err(mut errors) = parse_address_list(field, text) {
                self.errors.append(&mut errors);
            }
        }
    }

    fn send(&mut self) -> Task<Message> {
        if self.status == Status::Sending {
            return Task::none();
        }
        let Some(account) = self.selected().cloned() else {
            self.errors = vec![InputError::Empty {
                field: "from".into(),
            }];
            return Task::none();
        };
        let draft = self.draft();
        self.errors = draft.check();
        if !self.errors.is_empty() {
            return Task::none();
        }
        self.limit = None;
        if let Some(outbox) = &self.outbox {
            use crate::outbox::limits::Standing;
            let now = std::time::SystemTime::now();
            let standing = crate::outbox::worker::limits(outbox).standing(
                &account.name,
                account.effective_daily_limit(),
                1,
                now,
            );
            match standing {
                // Over the limit: ask first; the second press of "Send anyway" goes ahead.
                Standing::Over { used, limit } if !self.over_limit_confirmed => {
                    self.limit = Some(Limit::Over { used, limit });
                    return Task::none();
                }
                Standing::Warn { used, limit } => self.limit = Some(Limit::Warn { used, limit }),
                _ => {}
            }
        }
        self.over_limit_confirmed = false;
        self.status = Status::Sending;
        Task::perform(
            send(account, draft, self.outbox.clone(), self.replaces.clone()),
            Message::Sent,
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let choices: Vec<AccountChoice> = self.accounts.iter().map(choice).collect();
        let selected = self.selected().map(choice);
        let sending = self.status == Status::Sending;
        let from = row![
            text(fl!("field-from")).width(70),
            pick_list(choices, selected, Message::AccountPicked)
                .placeholder(fl!("gui-no-account"))
                .width(Fill)
        ]
        .spacing(8)
        .align_y(Center);
        let mut col = Column::new().spacing(8);
        if self.confirm_close {
            col = col.push(note(
                column![
                    text(fl!("gui-discard-question")),
                    row![
                        button(text(fl!("gui-keep-editing")))
                            .style(button::secondary)
                            .on_press(Message::KeepEditing),
                        button(text(fl!("gui-discard")))
                            .style(button::danger)
                            .on_press(Message::Discard),
                    ]
                    .spacing(8)
                ]
                .spacing(8),
                true,
            ));
        }
        match self.limit {
            Some(Limit::Over { used, limit }) => {
                col = col.push(note(
                    column![
                        text(fl!("gui-over-limit", used = used, limit = limit)),
                        row![
                            button(text(fl!("gui-cancel")))
                                .style(button::secondary)
                                .on_press(Message::Escape),
                            button(text(fl!("gui-send-anyway")))
                                .style(button::danger)
                                .on_press(Message::SendOverLimit),
                        ]
                        .spacing(8)
                    ]
                    .spacing(8),
                    true,
                ))
            }
            Some(Limit::Warn { used, limit }) => {
                col = col.push(note(
                    text(fl!("gui-near-limit", used = used, limit = limit)),
                    false,
                ))
            }
            None => {}
        }
        col = col.push(from);
        col = col.push(self.address_row("to", fl!("field-to"), &self.to, Message::ToChanged));
        col = col.push(self.address_row("cc", fl!("field-cc"), &self.cc, Message::CcChanged));
        col = col.push(self.address_row("bcc", fl!("field-bcc"), &self.bcc, Message::BccChanged));
        col = col.push(
            self.line(
                "subject",
                fl!("field-subject"),
                text_input("", &self.subject)
                    .id("subject")
                    .on_input(Message::SubjectChanged)
                    .padding(6)
                    .into(),
            ),
        );
        for e in self.field_errors("from") {
            col = col.push(text(e).size(13).style(error_style));
        }
        let editor = text_editor(&self.body)
            .id("body")
            .placeholder(fl!("gui-body-placeholder"))
            .on_action(Message::Edit)
            .height(Fill)
            .padding(8)
            .key_binding(|press| {
                if press.key == iced::keyboard::Key::Named(key::Named::Enter)
                    && press.modifiers.command()
                {
                    Some(text_editor::Binding::Custom(Message::Send))
                } else {
                    text_editor::Binding::from_key_press(press)
                }
            });
        col = col.push(container(editor).height(Fill));
        col = col.push(self.attachments_view());
        col = col.push(self.status_line());
        let send = button(text(if sending {
            fl!("gui-sending")
        } else {
            fl!("gui-send")
        }))
        .style(button::primary)
        .on_press_maybe((!sending).then_some(Message::Send));
        col = col.push(
            row![
                button(text(fl!("gui-attach")))
                    .style(button::secondary)
                    .on_press(Message::AddAttachments),
                space::horizontal(),
                text(fl!("gui-send-shortcut")).size(12).style(subtle_style),
                send
            ]
            .spacing(SPACING)
            .align_y(Center),
        );
        container(col).padding(PADDING).into()
    }

    fn line<'a>(
        &'a self,
        field: &str,
        label: String,
        input: Element<'a, Message>,
    ) -> Element<'a, Message> {
        let mut c = column![
            row![text(label).width(70), input]
                .spacing(8)
                .align_y(Center)
        ]
        .spacing(2);
        for e in self.field_errors(field) {
            c = c.push(row![
                space::horizontal().width(78),
                text(e).size(13).style(error_style)
            ]);
        }
        c.into()
    }

    fn address_row<'a>(
        &'a self,
        id: &'static str,
        label: String,
        value: &'a str,
        on_input: fn(String) -> Message,
    ) -> Element<'a, Message> {
        let input = text_input(&fl!("gui-addresses-placeholder"), value)
            .id(id)
            .on_input(on_input)
            .on_submit(Message::Send)
            .padding(6);
        let mut c = column![
            row![text(label).width(70), input]
                .spacing(8)
                .align_y(Center)
        ]
        .spacing(2);
        for e in self.field_errors(id) {
            c = c.push(row![
                space::horizontal().width(78),
                text(e).size(13).style(error_style)
            ]);
        }
        if id == "to" {
            for e in self.errors.iter().filter(|e| e.code() == "no_recipients") {
                c = c.push(row![
                    space::horizontal().width(78),
                    text(e.message()).size(13).style(error_style)
                ]);
            }
        }
        c.into()
    }

    fn attachments_view(&self) -> Element<'_, Message> {
        let mut c = Column::new().spacing(4);
        for (i, a) in self.attachments.iter().enumerate() {
            let name = a
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| a.path.display().to_string());
            let size = match a.size {
                Some(s) => crate::format_size(s),
                None => fl!("gui-file-missing"),
            };
            c = c.push(
                row![
                    text(name),
                    text(size).size(13).style(if a.size.is_some() {
                        subtle_style
                    } else {
                        error_style
                    }),
                    space::horizontal(),
                    button(text(fl!("gui-remove")))
                        .style(button::text)
                        .on_press(Message::RemoveAttachment(i)),
                ]
                .spacing(8)
                .align_y(Center),
            );
        }
        if !self.attachments.is_empty() {
            let total = self.total_attachment_size();
            // Attachments grow by a third when encoded for mail.
            let encoded = total / 3 * 4;
            let mut line = text(fl!(
                "gui-attachments-total",
                size = crate::format_size(total)
            ))
            .size(13)
            .style(subtle_style);
            if let Some(limit) = self.server_limit
                && encoded > limit
            {
                line = text(fl!(
                    "gui-attachments-too-large",
                    size = crate::format_size(total),
                    limit = crate::format_size(limit)
                ))
                .size(13)
                .style(error_style);
            }
            c = c.push(line);
        }
        for e in self.field_errors("attachments") {
            c = c.push(text(e).size(13).style(error_style));
        }
        if self.attachments.is_empty() {
            c = c.push(text(fl!("gui-drop-hint")).size(12).style(subtle_style));
        }
        scrollable(c).height(iced::Length::Shrink).into()
    }

    fn status_line(&self) -> Element<'_, Message> {
        match &self.status {
            Status::Editing => space::vertical().height(0).into(),
            Status::Sending => text(fl!("gui-sending-progress")).into(),
            Status::Sent(_) => text(fl!("gui-sent")).style(success_style).into(),
            Status::Failed(f) => {
                let mut c = column![
                    text(f.message.clone()),
                    text(fl!("cli-fix", fix = f.fix.as_str()))
                ]
                .spacing(4);
                c = c.push(
                    text(if f.temporary {
                        fl!("gui-send-temporary")
                    } else {
                        fl!("gui-send-kept")
                    })
                    .size(13),
                );
                note(c, true)
            }
        }
    }
}

fn choice(a: &Account) -> AccountChoice {
    let label = if a.display_name.trim().is_empty() {
        a.email.clone()
    } else {
        format!("{} <{}>", a.display_name.trim(), a.email)
    };
    AccountChoice {
        name: a.name.clone(),
        label,
    }
}

fn server_limit(account: Account) -> Task<Message> {
    Task::perform(
        async move {
            let mut settings = account.server.clone();
            settings.auth = crate::account::AuthMethod::None;
            let request = CheckRequest {
                settings,
                credentials: None,
                from: None,
                to: vec![],
            };
            doctor::check(&request, &|_| {})
                .await
                .ok()
                .and_then(|r| r.server.max_size)
        },
        Message::ServerLimit,
    )
}

/// Sends one message: into the outbox first (replacing the entry it was edited from), then out
/// with the account's stored secret. Without an outbox it is sent directly.
pub async fn send(
    account: Account,
    draft: Draft,
    outbox: Option<Outbox>,
    replaces: Option<String>,
) -> Result<String, SendFailure> {
    let failure = |message: String, fix: String| SendFailure {
        message,
        fix,
        temporary: false,
        outbox_id: None,
    };
    let outgoing = draft
        .build()
        .await
        .map_err(|errors| failure(errors[0].message(), String::new()))?;
    if let Some(outbox) = outbox {
        return send_through_outbox(&account, &draft, &outgoing, &outbox, replaces).await;
    }
    let credentials = if account.server.auth.needs_secret() {
        match secrets::load(&account.name).await {
            Ok(Some(secret)) => Some(Credentials::new(account.server.username.clone(), secret)),
            Ok(None) => {
                return Err(failure(
                    fl!("send-no-secret", account = account.name.as_str()),
                    fl!("gui-fix-edit-account"),
                ));
            }
            Err(e) => return Err(failure(e.message(), String::new())),
        }
    } else {
        None
    };
    let sender = Sender::new(&account.server, credentials)
        .map_err(|e| failure(e.message(), String::new()))?;
    sender
        .send(&outgoing)
        .await
        .map(|sent| sent.message_id)
        .map_err(|p| SendFailure {
            message: p.message(),
            fix: p.fix(),
            temporary: p.kind.is_temporary(),
            outbox_id: None,
        })
}

async fn send_through_outbox(
    account: &Account,
    draft: &Draft,
    outgoing: &crate::mail::Outgoing,
    outbox: &Outbox,
    replaces: Option<String>,
) -> Result<String, SendFailure> {
    use crate::outbox::{FlushOptions, State, SystemClock};
    let storage = |e: crate::outbox::StorageError| SendFailure {
        message: e.message(),
        fix: String::new(),
        temporary: false,
        outbox_id: None,
    };
    let now = std::time::SystemTime::now();
    let mut meta = outbox
        .enqueue(
            &account.name,
            &outgoing.from,
            &outgoing.recipients,
            &outgoing.message_id,
            draft.subject.trim(),
            &outgoing.formatted(),
            now,
        )
        .map_err(storage)?;
    outbox.attach_draft(&mut meta, draft).map_err(storage)?;
    // The new entry is safe on disk before the one it replaces goes.
    if let Some(old) = replaces {
        outbox.remove(&old).map_err(storage)?;
    }
    let options = FlushOptions {
        force: true,
        only: vec![meta.id.clone()],
        ..FlushOptions::default()
    };
    let report = crate::outbox::flush(
        outbox,
        std::slice::from_ref(account),
        &SystemClock,
        &options,
    )
    .await
    .map_err(storage)?;
    if let Some(sent) = report.sent.first() {
        return Ok(sent.message_id.clone());
    }
    let kept = Some(meta.id.clone());
    Err(match (report.failed.first(), report.blocked.first()) {
        (Some((m, p)), _) => SendFailure {
            message: p.message(),
            fix: p.fix(),
            temporary: m.state == State::Queued,
            outbox_id: kept,
        },
        (None, Some((_, why))) => SendFailure {
            message: why.clone(),
            fix: fl!("gui-fix-edit-account"),
            temporary: false,
            outbox_id: kept,
        },
        (None, None) => SendFailure {
            message: fl!("gui-send-kept"),
            fix: String::new(),
            temporary: true,
            outbox_id: kept,
        },
    })
}
