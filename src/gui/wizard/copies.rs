//! The server page's part about copies of sent messages: whether they go into the mailbox's Sent
//! folder (`save_sent`), and the mailbox's IMAP server — filled from the detection, typed when none
//! was found, changed when the detection was wrong. The connection to it is tried on the test page.

use iced::widget::{column, row, text};
use iced::{Center, Element};

use super::{Wizard, server::security_label};
use crate::account::{ImapSettings, InputError, SaveSent, Security, parse_port, validate_host};
use crate::fl;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{error_line, field, input, keyboard_dropdown, section, segmented, subtle};

/// What was typed about copies in Sent.
#[derive(Debug, Clone)]
pub struct CopiesForm {
    save_sent: SaveSent,
    host: String,
    port: String,
    security: Security,
    /// The IMAP user name when it is not the sending one (from the detection or the account; the
    /// command line sets it, this page keeps it).
    user: String,
}

impl Default for CopiesForm {
    fn default() -> Self {
        CopiesForm::new(None, SaveSent::Auto)
    }
}

impl CopiesForm {
    pub fn new(imap: Option<&ImapSettings>, save_sent: SaveSent) -> CopiesForm {
        let imap = imap.cloned().unwrap_or_default();
        CopiesForm {
            save_sent,
            port: if imap.host.is_empty() {
                String::from("993")
            } else {
                imap.port.to_string()
            },
            host: imap.host,
            security: imap.security,
            user: imap.user,
        }
    }

    pub fn save_sent(&self) -> SaveSent {
        self.save_sent
    }

    /// The IMAP server as typed: `None` when none is typed; refused with the field it concerns
    /// (`imap_host`, `imap_port`).
    pub fn settings(&self) -> Result<Option<ImapSettings>, (&'static str, InputError)> {
        let host = self.host.trim();
        if host.is_empty() {
            return if self.save_sent == SaveSent::Imap {
                Err((
                    "imap_host",
                    InputError::Empty {
                        field: "imap_host".into(),
                    },
                ))
            } else {
                Ok(None)
            };
        }
        validate_host(host).map_err(|e| ("imap_host", e))?;
        let port = parse_port(&self.port).map_err(|e| ("imap_port", e))?;
        let settings = ImapSettings {
            host: host.to_owned(),
            port,
            security: self.security,
            user: self.user.clone(),
        };
        settings.validate().map_err(|e| ("imap_host", e))?;
        Ok(Some(settings))
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    SaveSentPicked(Choice),
    HostChanged(String),
    PortChanged(String),
    SecurityPicked(Security),
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::Copies(m)
    }
}

/// `save_sent` as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice(pub SaveSent);

impl Choice {
    const LIST: [Choice; 3] = [
        Choice(SaveSent::Auto),
        Choice(SaveSent::Imap),
        Choice(SaveSent::Off),
    ];
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.0 {
            SaveSent::Auto => fl!("gui-copies-auto"),
            SaveSent::Imap => fl!("gui-copies-always"),
            SaveSent::Off => fl!("gui-copies-never"),
        })
    }
}

/// The encryptions an IMAP server is offered with (never none).
const SECURITIES: [Security; 2] = [Security::Tls, Security::StartTls];

impl Wizard {
    pub(super) fn update_copies(&mut self, message: Message) {
        let form = &mut self.copies;
        match message {
            Message::SaveSentPicked(Choice(s)) => form.save_sent = s,
            Message::HostChanged(v) => form.host = v,
            Message::PortChanged(v) => {
                if let Ok(p) = parse_port(&v)
                    && let Some(s) = ImapSettings::usual_security(p)
                {
                    form.security = s;
                }
                form.port = v;
                self.errors.remove("imap_port");
            }
            Message::SecurityPicked(s) => form.security = s,
        }
        self.errors.remove("imap_host");
    }

    /// Whether the provider files submitted mail in Sent itself and `auto` therefore means off.
    fn provider_files_sent(&self) -> bool {
        self.provider.is_some_and(|p| p.keeps_sent)
    }

    /// The section of the server page.
    pub(super) fn copies_section(&self) -> Element<'_, super::Message> {
        let form = &self.copies;
        let pick = |c: Choice| -> super::Message { Message::SaveSentPicked(c).into() };
        let choice = Choice(form.save_sent);
        let list = keyboard_dropdown(
            "save-sent",
            iced::widget::pick_list(&Choice::LIST[..], Some(choice), pick).style(style::dropdown),
            &Choice::LIST[..],
            Some(&choice),
            pick,
        );
        let mut col = column![
            section(fl!("gui-copies-title")),
            column![text(fl!("gui-copies-choice")).size(size::SMALL), list].spacing(spacing::XS),
        ]
        .spacing(spacing::S);
        let by_provider = form.save_sent == SaveSent::Auto && self.provider_files_sent();
        if form.save_sent == SaveSent::Off {
            return col.push(subtle(fl!("gui-copies-off"))).into();
        }
        if by_provider {
            let provider = self.provider.map(|p| p.name.as_str()).unwrap_or_default();
            return col
                .push(subtle(fl!(
                    "gui-copies-provider-files",
                    provider = provider
                )))
                .into();
        }
        let host = form.host.trim();
        col = col.push(subtle(if host.is_empty() {
            fl!("gui-copies-unknown")
        } else {
            fl!("gui-copies-to", host = host)
        }));
        let securities: Vec<(Security, String)> = SECURITIES
            .iter()
            .map(|s| (*s, security_label(*s)))
            .collect();
        let mut port = column![
            text(fl!("gui-imap-port")).size(size::SMALL),
            input("993", &form.port, self.errors.contains_key("imap_port"))
                .id("imap-port")
                .on_input(|v| Message::PortChanged(v).into())
                .on_submit(super::Message::Continue)
                .width(120),
        ]
        .spacing(spacing::XS);
        if let Some(e) = self.errors.get("imap_port") {
            port = port.push(error_line(e.clone()));
        }
        col.push(field(
            "imap-host",
            fl!("field-imap-host"),
            fl!("gui-imap-host-placeholder"),
            &form.host,
            self.errors.get("imap_host"),
            |v| Message::HostChanged(v).into(),
            Some(super::Message::Continue),
            false,
        ))
        .push(
            row![
                port,
                column![
                    text(fl!("gui-encryption")).size(size::SMALL),
                    segmented(&securities, form.security, |s| {
                        Message::SecurityPicked(s).into()
                    })
                ]
                .spacing(spacing::XS)
            ]
            .spacing(spacing::L)
            .align_y(Center),
        )
        .into()
    }

    /// Checks the section before the page is left; false (with the field's error) when refused.
    pub(super) fn copies_next(&mut self) -> bool {
        match self.copies.settings() {
            Ok(_) => true,
            Err((field, e)) => {
                self.errors.insert(field, e.message());
                false
            }
        }
    }
}
