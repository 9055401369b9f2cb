//! How a compose window looks.

use iced::keyboard::key;
use iced::widget::{
    Column, button, column, container, pick_list, row, scrollable, space, text, text_editor,
    text_input,
};
use iced::{Center, Element, Fill};

use super::{AccountChoice, Compose, Limit, Message, Status};
use crate::account::Account;
use crate::fl;
use crate::gui::focus::focusable;
use crate::gui::glyph::{Glyph, glyph};
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    banner, busy_line, check, destructive_button, keyboard_dropdown, plain_button, primary_button,
    secondary_button,
};

impl Compose {
    pub fn view(&self) -> Element<'_, Message> {
        let mut col = self.banners();
        col = col.push(self.sender_picker());
        col =
            col.push(self.address_row("to", fl!("field-to"), &self.message.to, Message::ToChanged));
        col =
            col.push(self.address_row("cc", fl!("field-cc"), &self.message.cc, Message::CcChanged));
        col = col.push(self.address_row(
            "bcc",
            fl!("field-bcc"),
            &self.message.bcc,
            Message::BccChanged,
        ));
        col = col.push(self.address_row(
            "reply_to",
            fl!("field-reply-to"),
            &self.message.reply_to,
            Message::ReplyToChanged,
        ));
        col = col.push(
            self.line(
                "subject",
                fl!("field-subject"),
                text_input("", &self.message.subject)
                    .style(style::input)
                    .id("subject")
                    .on_input(Message::SubjectChanged)
                    .padding(spacing::S)
                    .into(),
            ),
        );
        for e in self.field_errors("from") {
            col = col.push(text(e).size(size::SMALL).style(style::error));
        }
        col = col.push(self.text_view());
        col = col.push(self.attachments_view());
        col = col.push(self.status_line());
        if let Some(when) = &self.later {
            col = col.push(self.later_view(when));
        }
        col = col.push(self.footer());
        container(col)
            .padding(spacing::XL)
            .style(style::page)
            .width(Fill)
            .height(Fill)
            .into()
    }

    /// The questions and notes above the fields: closing with unsent text, a mentioned attachment,
    /// the daily limit.
    fn banners(&self) -> Column<'_, Message> {
        let mut col = Column::new().spacing(spacing::S);
        if self.confirm_close {
            col = col.push(banner(
                column![
                    text(fl!("gui-discard-question")),
                    row![
                        secondary_button(fl!("gui-keep-editing")).on_press(Message::KeepEditing),
                        primary_button(fl!("gui-keep-draft")).on_press(Message::KeepAsDraft),
                        destructive_button(fl!("gui-discard")).on_press(Message::Discard),
                    ]
                    .spacing(spacing::S)
                ]
                .spacing(spacing::S),
                Tone::Warning,
            ));
        }
        if self.reminder.is_some() {
            col = col.push(banner(
                column![
                    text(fl!("gui-reminder")),
                    row![
                        primary_button(fl!("gui-attach-files")).on_press(Message::AddAttachments),
                        secondary_button(fl!("gui-send-without")).on_press(Message::SendWithout),
                    ]
                    .spacing(spacing::S)
                ]
                .spacing(spacing::S),
                Tone::Warning,
            ));
        }
        match self.limit {
            Some(Limit::Over { used, limit }) => col.push(banner(
                column![
                    text(fl!("gui-over-limit", used = used, limit = limit)),
                    row![
                        secondary_button(fl!("gui-cancel")).on_press(Message::Escape),
                        destructive_button(fl!("gui-send-anyway")).on_press(Message::SendOverLimit),
                    ]
                    .spacing(spacing::S)
                ]
                .spacing(spacing::S),
                Tone::Warning,
            )),
            Some(Limit::Warn { used, limit }) => col.push(banner(
                text(fl!("gui-near-limit", used = used, limit = limit)),
                Tone::Info,
            )),
            None => col,
        }
    }

    /// The From picker: each account, then its other From addresses.
    fn sender_picker(&self) -> Element<'_, Message> {
        let choices: Vec<AccountChoice> = self.accounts.iter().flat_map(choices).collect();
        let selected = choices
            .iter()
            .find(|c| Some(&c.name) == self.account.as_ref() && c.identity == self.identity)
            .cloned();
        row![
            text(fl!("field-from")).width(84),
            keyboard_dropdown(
                "from",
                pick_list(choices.clone(), selected.clone(), Message::AccountPicked)
                    .style(style::dropdown)
                    .placeholder(fl!("gui-no-account"))
                    .width(Fill),
                &choices,
                selected.as_ref(),
                Message::AccountPicked
            )
        ]
        .spacing(spacing::S)
        .align_y(Center)
        .into()
    }

    /// The editor, and with formatting on, what the reader will see beside it.
    fn text_view(&self) -> Element<'_, Message> {
        let editor = text_editor(&self.body)
            .style(style::editor)
            .id("body")
            .placeholder(fl!("gui-body-placeholder"))
            .on_action(Message::Edit)
            .height(Fill)
            .padding(spacing::S)
            .key_binding(|press| {
                if press.key == iced::keyboard::Key::Named(key::Named::Enter)
                    && press.modifiers.command()
                {
                    Some(text_editor::Binding::Custom(Message::Send))
                } else {
                    text_editor::Binding::from_key_press(press)
                }
            });
        if !self.message.markdown {
            return container(editor).height(Fill).into();
        }
        let preview = scrollable(
            container(
                iced::widget::markdown::view(&self.preview, &self.theme).map(Message::PreviewLink),
            )
            .padding(spacing::S),
        )
        .height(Fill);
        row![
            container(editor).width(Fill).height(Fill),
            container(preview)
                .width(Fill)
                .height(Fill)
                .style(style::card)
        ]
        .spacing(spacing::S)
        .height(Fill)
        .into()
    }

    /// Attach, formatting, Send later and Send; or, for a message whose confirmation never came,
    /// "It arrived" and "Send again".
    fn footer(&self) -> Element<'_, Message> {
        let sending = matches!(self.status, Status::Sending | Status::Pending(_));
        let unconfirmed = matches!(&self.status, Status::Failed(f) if f.unconfirmed);
        let footer = if unconfirmed {
            // It was sent and may have arrived: nothing is left to edit. "It arrived" is the one
            // primary action, "Send again" a deliberate second send.
            row![
                space::horizontal(),
                secondary_button(fl!("gui-send-again")).on_press(Message::Send),
                primary_button(fl!("gui-it-arrived")).on_press(Message::ItArrived),
            ]
        } else {
            let send = primary_button(if sending {
                fl!("gui-sending")
            } else if self.waiting_in_outbox().is_some() {
                // The message is kept in the outbox: this tries that one again, never a second copy.
                fl!("gui-retry-now")
            } else {
                fl!("gui-send")
            })
            .on_press_maybe((!sending).then_some(Message::Send));
            row![
                secondary_button(fl!("gui-attach")).on_press(Message::AddAttachments),
                check(
                    fl!("gui-formatting"),
                    self.message.markdown,
                    Message::Formatting
                ),
                space::horizontal(),
                text(fl!("gui-send-shortcut"))
                    .size(size::CAPTION)
                    .style(style::muted),
                secondary_button(fl!("gui-send-later")).on_press_maybe(
                    (!sending && self.later.is_none()).then_some(Message::SendLater)
                ),
                send
            ]
        };
        footer.spacing(spacing::M).align_y(Center).into()
    }

    fn line<'a>(
        &'a self,
        field: &str,
        label: String,
        input: Element<'a, Message>,
    ) -> Element<'a, Message> {
        let mut c = column![
            row![text(label).width(84), input]
                .spacing(spacing::S)
                .align_y(Center)
        ]
        .spacing(spacing::XXS);
        for e in self.field_errors(field) {
            c = c.push(row![
                space::horizontal().width(92),
                text(e).size(size::SMALL).style(style::error)
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
            .style(style::input)
            .id(id)
            .on_input(on_input)
            .on_submit(Message::Send)
            .padding(spacing::S);
        let mut c = column![
            row![text(label).width(84), input]
                .spacing(spacing::S)
                .align_y(Center)
        ]
        .spacing(spacing::XXS);
        for e in self.field_errors(id) {
            c = c.push(row![
                space::horizontal().width(92),
                text(e).size(size::SMALL).style(style::error)
            ]);
        }
        if id == "to" {
            for e in self.errors.iter().filter(|e| e.code() == "no_recipients") {
                c = c.push(row![
                    space::horizontal().width(92),
                    text(e.message()).size(size::SMALL).style(style::error)
                ]);
            }
        }
        if self.active_field == Some(id) {
            let typed = crate::mail::addresses::last_token(value);
            let mut suggestions = row![space::horizontal().width(92)].spacing(spacing::S);
            let found = self.book.suggest(typed, 5);
            for address in &found {
                suggestions = suggestions.push(
                    // Right after the field in Tab order: the keyboard reaches them too.
                    row![
                        focusable(
                            address,
                            button(text(address.clone()).size(size::SMALL))
                                .style(style::secondary)
                                .padding([spacing::XXS, spacing::S])
                                .on_press(Message::Suggestion(id, address.clone())),
                            Some(Message::Suggestion(id, address.clone())),
                        ),
                        focusable(
                            &format!("forget {address}"), // not translated: an internal key
                            button(text(fl!("gui-forget-address")).size(size::CAPTION))
                                .style(style::plain)
                                .padding([spacing::XXS, spacing::XS])
                                .on_press(Message::Forget(address.clone())),
                            Some(Message::Forget(address.clone())),
                        ),
                    ]
                    .align_y(Center),
                );
            }
            if !found.is_empty() {
                c = c.push(
                    scrollable(suggestions).direction(scrollable::Direction::Horizontal(
                        scrollable::Scrollbar::default(),
                    )),
                );
            }
        }
        c.into()
    }

    fn attachments_view(&self) -> Element<'_, Message> {
        let mut c = Column::new().spacing(spacing::XS);
        for (i, (path, size)) in self.attachments().enumerate() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            // Not measured yet: nothing; measured and not there: said in red.
            let size = match size {
                Some(Some(s)) => text(crate::i18n::format_size(s)).style(style::muted),
                Some(None) => text(fl!("gui-file-missing")).style(style::error),
                None => text(""),
            };
            c = c.push(
                row![
                    glyph(Glyph::Attachment, size::ICON),
                    text(name),
                    size.size(size::SMALL),
                    space::horizontal(),
                    plain_button(fl!("gui-remove")).on_press(Message::RemoveAttachment(i)),
                ]
                .spacing(spacing::S)
                .align_y(Center),
            );
        }
        if !self.message.attachments.is_empty() {
            let total = self.total_attachment_size();
            // Attachments grow by a third when encoded for mail.
            let encoded = total / 3 * 4;
            let mut line = text(fl!(
                "gui-attachments-total",
                size = crate::i18n::format_size(total)
            ))
            .size(size::SMALL)
            .style(style::muted);
            if let Some(limit) = self.server_limit
                && encoded > limit
            {
                line = text(fl!(
                    "gui-attachments-too-large",
                    size = crate::i18n::format_size(total),
                    limit = crate::i18n::format_size(limit)
                ))
                .size(size::SMALL)
                .style(style::error);
            }
            c = c.push(line);
        }
        for e in self.field_errors("attachments") {
            c = c.push(text(e).size(size::SMALL).style(style::error));
        }
        if self.message.attachments.is_empty() {
            c = c.push(
                text(fl!("gui-drop-hint"))
                    .size(size::CAPTION)
                    .style(style::muted),
            );
        }
        scrollable(c).height(iced::Length::Shrink).into()
    }

    /// The "Send later" field: a time, its error, Schedule and Cancel.
    fn later_view<'a>(&'a self, when: &'a str) -> Element<'a, Message> {
        let mut c = column![
            text(fl!("gui-send-later-label")),
            row![
                text_input("2026-12-01 09:00", when)
                    .style(style::input)
                    .id("send-later")
                    .on_input(Message::LaterChanged)
                    .on_submit(Message::ConfirmLater)
                    .padding(spacing::S)
                    .width(220),
                primary_button(fl!("gui-schedule")).on_press(Message::ConfirmLater),
                plain_button(fl!("gui-cancel")).on_press(Message::CancelLater),
            ]
            .spacing(spacing::S)
            .align_y(Center),
        ]
        .spacing(spacing::S);
        if let Some(e) = &self.later_error {
            c = c.push(text(e.message()).size(size::SMALL).style(style::error));
        }
        banner(c, Tone::Info)
    }

    fn status_line(&self) -> Element<'_, Message> {
        match &self.status {
            Status::Editing => space::vertical().height(0).into(),
            Status::Pending(_) => banner(
                row![
                    text(fl!("gui-pending")).width(Fill),
                    secondary_button(fl!("gui-undo")).on_press(Message::Undo),
                ]
                .spacing(spacing::S)
                .align_y(Center),
                Tone::Info,
            ),
            Status::Sending if self.confirming => busy_line(fl!("send-waiting-confirm")),
            Status::Sending => busy_line(fl!("gui-sending-progress")),
            Status::Sent(_) => text(fl!("gui-sent")).style(style::success).into(),
            Status::Failed(f) if f.unconfirmed => banner(
                column![
                    text(fl!("outbox-unconfirmed-explain")),
                    text(fl!("cli-fix", fix = f.fix.as_str())),
                ]
                .spacing(spacing::XS),
                Tone::Warning,
            ),
            Status::Failed(f) => {
                let mut c = column![text(f.message.clone())].spacing(spacing::XS);
                if !f.fix.is_empty() {
                    c = c.push(text(fl!("cli-fix", fix = f.fix.as_str())));
                }
                c = c.push(
                    text(if f.temporary {
                        fl!("gui-send-temporary")
                    } else {
                        fl!("gui-send-kept")
                    })
                    .size(size::SMALL),
                );
                banner(c, Tone::Danger)
            }
        }
    }
}

fn mailbox(name: &str, email: &str) -> String {
    if name.trim().is_empty() {
        email.to_owned()
    } else {
        format!("{} <{}>", name.trim(), email)
    }
}

fn choices(a: &Account) -> Vec<AccountChoice> {
    std::iter::once(AccountChoice {
        name: a.name.clone(),
        label: mailbox(&a.display_name, &a.email),
        identity: None,
    })
    .chain(a.identities.iter().map(|i| AccountChoice {
        name: a.name.clone(),
        label: mailbox(&i.name, &i.email),
        identity: Some(i.email.clone()),
    }))
    .collect()
}
