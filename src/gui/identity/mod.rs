//! "Signature and replies" for one account: the signature under each new message, where replies
//! go, and whether to send a copy to oneself (Outpost has no Sent folder; some providers keep one).

use iced::widget::{
    Column, button, checkbox, column, container, row, space, text, text_editor, text_input,
};
use iced::{Center, Element, Fill, Task};

use crate::account::{Account, InputError};
use crate::fl;
use crate::gui::widget::{PADDING, SPACING, error_style, heading, subtle};

#[derive(Debug, Clone)]
pub enum Message {
    Signature(text_editor::Action),
    ReplyTo(String),
    BccSelf(bool),
    Save,
    Cancel,
}

/// What the parent writes to the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub signature: String,
    pub reply_to: Option<String>,
    pub bcc_self: bool,
}

#[derive(Debug, Clone)]
pub enum Event {
    Save(String, Identity),
    Cancel,
}

pub struct IdentityScreen {
    pub account: String,
    pub email: String,
    pub signature: text_editor::Content,
    pub reply_to: String,
    pub bcc_self: bool,
    /// The provider keeps sent mail by itself (a copy to oneself would be a second one).
    pub provider_keeps_sent: Option<String>,
    pub error: Option<InputError>,
}

impl IdentityScreen {
    pub fn new(account: &Account) -> IdentityScreen {
        let keeps = account
            .provider
            .as_deref()
            .and_then(crate::providers::by_id)
            .filter(|p| p.keeps_sent)
            .map(|p| p.name.clone());
        IdentityScreen {
            account: account.name.clone(),
            email: account.email.clone(),
            signature: text_editor::Content::with_text(&account.signature),
            reply_to: account.reply_to.clone().unwrap_or_default(),
            bcc_self: account.bcc_self,
            provider_keeps_sent: keeps,
            error: None,
        }
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Signature(action) => self.signature.perform(action),
            Message::ReplyTo(v) => {
                self.reply_to = v;
                self.error = None;
            }
            Message::BccSelf(on) => self.bcc_self = on,
            Message::Cancel => return (Task::none(), Some(Event::Cancel)),
            Message::Save => {
                let reply_to = self.reply_to.trim();
                if !reply_to.is_empty()
                    && let Err(e) = crate::account::validate_email_in("reply_to", reply_to)
                {
                    self.error = Some(e);
                    return (Task::none(), None);
                }
                let identity = Identity {
                    signature: self.signature.text().trim_end().to_owned(),
                    reply_to: (!reply_to.is_empty()).then(|| reply_to.to_owned()),
                    bcc_self: self.bcc_self,
                };
                return (
                    Task::none(),
                    Some(Event::Save(self.account.clone(), identity)),
                );
            }
        }
        (Task::none(), None)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = Column::new()
            .spacing(SPACING)
            .push(heading(fl!(
                "gui-identity-title",
                account = self.account.as_str()
            )))
            .push(text(fl!("gui-signature")).size(16))
            .push(subtle(fl!("gui-signature-help")))
            .push(
                text_editor(&self.signature)
                    .id("signature")
                    .on_action(Message::Signature)
                    .height(120)
                    .padding(8),
            )
            .push(text(fl!("field-reply-to")).size(16))
            .push(
                text_input(&fl!("gui-reply-to-placeholder"), &self.reply_to)
                    .id("reply-to")
                    .on_input(Message::ReplyTo)
                    .on_submit(Message::Save)
                    .padding(8),
            );
        if let Some(e) = &self.error {
            col = col.push(text(e.message()).size(13).style(error_style));
        }
        col = col.push(
            checkbox(self.bcc_self)
                .label(fl!("gui-bcc-self", email = self.email.as_str()))
                .on_toggle(Message::BccSelf),
        );
        col = col.push(subtle(match &self.provider_keeps_sent {
            Some(provider) => fl!("gui-bcc-self-kept", provider = provider.as_str()),
            None => fl!("gui-bcc-self-help"),
        }));
        col = col.push(
            row![
                space::horizontal(),
                button(text(fl!("gui-cancel")))
                    .style(button::text)
                    .on_press(Message::Cancel),
                button(text(fl!("gui-identity-save")))
                    .style(button::primary)
                    .on_press(Message::Save),
            ]
            .spacing(8)
            .align_y(Center),
        );
        container(column![col].max_width(640))
            .padding(PADDING)
            .center_x(Fill)
            .into()
    }
}
