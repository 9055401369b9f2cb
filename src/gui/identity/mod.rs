//! "Signature and replies" for one account: the signature under each new message, where replies
//! go, and whether to send a copy to oneself (Outpost has no Sent folder; some providers keep one).

use iced::widget::{Column, column, row, text, text_editor, text_input};
use iced::{Center, Element, Task};

use crate::account::{Account, InputError};
use crate::fl;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    actions, check, heading, page_with_actions, plain_button, primary_button, secondary_button,
    subtle,
};

#[derive(Debug, Clone)]
pub enum Message {
    Signature(text_editor::Action),
    ReplyTo(String),
    BccSelf(bool),
    /// Another From address: its name, address and signature; add one, remove one.
    OtherName(usize, String),
    OtherEmail(usize, String),
    OtherSignature(usize, text_editor::Action),
    AddOther,
    RemoveOther(usize),
    Save,
    Cancel,
}

/// What the parent writes to the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub signature: String,
    pub reply_to: Option<String>,
    pub bcc_self: bool,
    pub others: Vec<crate::account::Identity>,
}

/// Another From address as it is being edited.
pub struct Other {
    pub name: String,
    pub email: String,
    pub signature: text_editor::Content,
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
    pub others: Vec<Other>,
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
            others: account
                .identities
                .iter()
                .map(|i| Other {
                    name: i.name.clone(),
                    email: i.email.clone(),
                    signature: text_editor::Content::with_text(&i.signature),
                })
                .collect(),
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
            Message::OtherName(i, v) => {
                if let Some(o) = self.others.get_mut(i) {
                    o.name = v;
                }
            }
            Message::OtherEmail(i, v) => {
                if let Some(o) = self.others.get_mut(i) {
                    o.email = v;
                    self.error = None;
                }
            }
            Message::OtherSignature(i, action) => {
                if let Some(o) = self.others.get_mut(i) {
                    o.signature.perform(action);
                }
            }
            Message::AddOther => self.others.push(Other {
                name: String::new(),
                email: String::new(),
                signature: text_editor::Content::new(),
            }),
            Message::RemoveOther(i) => {
                if i < self.others.len() {
                    self.others.remove(i);
                }
            }
            Message::Cancel => return (Task::none(), Some(Event::Cancel)),
            Message::Save => {
                let reply_to = self.reply_to.trim();
                if !reply_to.is_empty()
                    && let Err(e) = crate::account::validate_email_in("reply_to", reply_to)
                {
                    self.error = Some(e);
                    return (Task::none(), None);
                }
                let mut others = Vec::new();
                for o in &self.others {
                    if o.email.trim().is_empty() && o.name.trim().is_empty() {
                        continue;
                    }
                    if let Err(e) = crate::account::validate_email_in("from", o.email.trim()) {
                        self.error = Some(e);
                        return (Task::none(), None);
                    }
                    others.push(crate::account::Identity {
                        name: o.name.trim().to_owned(),
                        email: o.email.trim().to_owned(),
                        signature: o.signature.text().trim_end().to_owned(),
                    });
                }
                let identity = Identity {
                    signature: self.signature.text().trim_end().to_owned(),
                    reply_to: (!reply_to.is_empty()).then(|| reply_to.to_owned()),
                    bcc_self: self.bcc_self,
                    others,
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
            .spacing(spacing::M)
            .push(heading(fl!(
                "gui-identity-title",
                account = self.account.as_str()
            )))
            .push(text(fl!("gui-signature")).size(size::BODY))
            .push(subtle(fl!("gui-signature-help")))
            .push(
                text_editor(&self.signature)
                    .style(style::editor)
                    .id("signature")
                    .on_action(Message::Signature)
                    .height(120)
                    .padding(spacing::S),
            )
            .push(text(fl!("field-reply-to")).size(size::BODY))
            .push(
                text_input(&fl!("gui-reply-to-placeholder"), &self.reply_to)
                    .style(style::input)
                    .id("reply-to")
                    .on_input(Message::ReplyTo)
                    .on_submit(Message::Save)
                    .padding(spacing::S),
            );
        if let Some(e) = &self.error {
            col = col.push(text(e.message()).size(size::SMALL).style(style::error));
        }
        col = col.push(check(
            fl!("gui-bcc-self", email = self.email.as_str()),
            self.bcc_self,
            Message::BccSelf,
        ));
        col = col.push(subtle(match &self.provider_keeps_sent {
            Some(provider) => fl!("gui-bcc-self-kept", provider = provider.as_str()),
            None => fl!("gui-bcc-self-help"),
        }));
        col = col.push(text(fl!("gui-other-addresses")).size(size::BODY));
        col = col.push(subtle(fl!("gui-other-addresses-help")));
        for (i, o) in self.others.iter().enumerate() {
            col = col.push(
                column![
                    row![
                        text_input(&fl!("gui-your-name"), &o.name)
                            .style(style::input)
                            .on_input(move |v| Message::OtherName(i, v))
                            .padding(spacing::S),
                        text_input("name@example.com", &o.email)
                            .style(style::input)
                            .on_input(move |v| Message::OtherEmail(i, v))
                            .padding(spacing::S),
                        plain_button(fl!("gui-remove")).on_press(Message::RemoveOther(i)),
                    ]
                    .spacing(spacing::S)
                    .align_y(Center),
                    text_editor(&o.signature)
                        .style(style::editor)
                        .placeholder(fl!("gui-other-signature"))
                        .on_action(move |a| Message::OtherSignature(i, a))
                        .height(60)
                        .padding(spacing::S),
                ]
                .spacing(spacing::XS),
            );
        }
        col = col.push(secondary_button(fl!("gui-add-other-address")).on_press(Message::AddOther));
        // Several addresses make the page taller than the window: it scrolls, the actions stay.
        page_with_actions(
            col,
            actions(
                Some(
                    plain_button(fl!("gui-cancel"))
                        .on_press(Message::Cancel)
                        .into(),
                ),
                vec![],
                Some(
                    primary_button(fl!("gui-identity-save"))
                        .on_press(Message::Save)
                        .into(),
                ),
            ),
            width::FORM,
        )
    }
}
