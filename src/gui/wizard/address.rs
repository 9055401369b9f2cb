//! The first page: the person's name and address. Continue asks the App to look the settings up
//! ([`Event::Detect`]); the user may stop waiting and go on with what is built in.

use iced::widget::{column, text};

use super::view::Page;
use super::{Event, Step, Wizard};
use crate::account::{InputError, validate_email};
use crate::discover::Detection;
use crate::fl;
use crate::gui::theme::spacing;
use crate::gui::theme::style::Tone;
use crate::gui::widget::{banner, busy_line, field, heading, secondary_button, subtle};

#[derive(Debug, Clone)]
pub enum Message {
    DisplayNameChanged(String),
    EmailChanged(String),
    /// What the lookup found, or why the address was refused.
    Detected(Result<Box<Detection>, InputError>),
    /// "Enter the settings myself": what is built in, without waiting for the network.
    StopDetecting,
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::Address(m)
    }
}

impl Wizard {
    pub(super) fn update_address(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::DisplayNameChanged(v) => {
                self.display_name = v;
                self.errors.remove("display_name");
            }
            Message::EmailChanged(v) => {
                self.email = v;
                self.errors.remove("email");
            }
            Message::StopDetecting => {
                if let Some(h) = self.detect_handle.take() {
                    h.abort();
                }
                // What is built in is known at once; the network part is what the user skipped.
                let offline = crate::discover::detect_offline(self.email.trim()).map(Box::new);
                return self.update_address(Message::Detected(offline));
            }
            Message::Detected(result) => {
                self.detecting = false;
                self.detect_handle = None;
                match result {
                    Ok(detection) => {
                        let detection = *detection;
                        match detection.provider {
                            Some(p) => self.apply_preset(p),
                            None => {
                                self.provider = None;
                                self.apply_detection_servers(&detection);
                            }
                        }
                        self.detection = Some(detection);
                        self.step = Step::Provider;
                    }
                    Err(e) => self.set_error("email", &e),
                }
            }
        }
        None
    }

    /// Checks the address and asks for its settings.
    pub(super) fn address_next(&mut self) -> Option<Event> {
        self.errors.clear();
        if let Err(e) = validate_email(self.email.trim()) {
            self.errors.insert(
                "email",
                InputError::InvalidAddress {
                    field: "email".into(),
                    value: self.email.clone(),
                }
                .message(),
            );
            if matches!(e, InputError::Empty { .. }) {
                self.errors.insert("email", e.message());
            }
            return None;
        }
        if crate::account::has_line_break(&self.display_name) {
            self.set_error(
                "display_name",
                &InputError::LineBreak {
                    field: "display_name".into(),
                },
            );
            return None;
        }
        self.detecting = true;
        Some(Event::Detect(self.email.trim().to_owned()))
    }

    pub(super) fn address_page(&self) -> Page<'_> {
        let mut col = column![
            heading(if self.editing.is_some() {
                fl!("gui-wizard-edit-title")
            } else {
                fl!("gui-wizard-title")
            }),
            subtle(fl!("gui-wizard-intro")),
            field(
                "display-name",
                fl!("gui-your-name"),
                fl!("gui-your-name-placeholder"),
                &self.display_name,
                self.errors.get("display_name"),
                |v| Message::DisplayNameChanged(v).into(),
                Some(super::Message::Continue),
                false
            ),
            field(
                "email",
                fl!("gui-email"),
                fl!("gui-email-placeholder"),
                &self.email,
                self.errors.get("email"),
                |v| Message::EmailChanged(v).into(),
                (!self.detecting).then_some(super::Message::Continue),
                false
            ),
        ]
        .spacing(spacing::M);
        if self.detecting {
            col = col.push(banner(
                column![
                    busy_line(fl!("gui-detect-builtin")),
                    text(fl!("gui-detect-provider")),
                    text(fl!("gui-detect-domain")),
                    secondary_button(fl!("gui-detect-stop"))
                        .on_press(Message::StopDetecting.into()),
                ]
                .spacing(spacing::XS),
                Tone::Info,
            ));
        }
        let nav = self.nav(
            fl!("gui-continue"),
            (!self.detecting).then_some(super::Message::Continue),
        );
        (col.into(), nav)
    }
}
