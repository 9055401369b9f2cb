//! The header fields and the text: From, the addresses (with suggestions from the address book),
//! Reply-To, Subject, the editor and its formatting preview.

use iced::Task;

use super::{Compose, Event, Message};
use crate::mail::parse_address_list;

impl Compose {
    pub(super) fn update_fields(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::AccountPicked(choice) => {
                let old = self.current_signature();
                let other_account = self.account.as_deref() != Some(choice.name.as_str());
                self.account = Some(choice.name);
                self.identity = choice.identity;
                let new = self.current_signature();
                self.swap_signature(&old, &new);
                if other_account {
                    // What the new account's server accepts is asked for afresh.
                    self.server_limit = None;
                    return (Task::none(), self.account.clone().map(Event::AccountChosen));
                }
            }
            Message::ToChanged(v) => self.address_changed("to", v),
            Message::CcChanged(v) => self.address_changed("cc", v),
            Message::BccChanged(v) => self.address_changed("bcc", v),
            Message::ReplyToChanged(v) => {
                self.message.reply_to = v;
                self.errors.retain(|e| e.field() != Some("reply_to"));
            }
            Message::SubjectChanged(v) => {
                self.message.subject = v;
                self.errors.retain(|e| e.field() != Some("subject"));
                self.edited();
            }
            Message::Edit(action) => {
                let edits = action.is_edit();
                self.body.perform(action);
                if edits {
                    self.edited();
                    if self.message.markdown {
                        self.refresh_preview();
                    }
                }
            }
            Message::Formatting(on) => {
                self.message.markdown = on;
                self.refresh_preview();
                self.touch();
            }
            Message::Suggestion(field, address) => return self.suggestion(field, &address),
            Message::Forget(address) => {
                let mut book = (*self.book).clone();
                book.forget(&address);
                self.book = std::sync::Arc::new(book);
                return (Task::none(), Some(Event::ForgetAddress(address)));
            }
            _ => {}
        }
        (Task::none(), None)
    }

    /// The text of an address field (`to`, `cc` or `bcc`).
    pub(super) fn address_field(&self, field: &str) -> &str {
        match field {
            "to" => &self.message.to,
            "cc" => &self.message.cc,
            _ => &self.message.bcc,
        }
    }

    fn address_field_mut(&mut self, field: &str) -> &mut String {
        match field {
            "to" => &mut self.message.to,
            "cc" => &mut self.message.cc,
            _ => &mut self.message.bcc,
        }
    }

    fn address_changed(&mut self, field: &'static str, value: String) {
        self.active_field = Some(field);
        *self.address_field_mut(field) = value;
        self.recheck(field);
    }

    /// A suggested address completes what is typed in `field`; the cursor goes back there.
    fn suggestion(&mut self, field: &'static str, address: &str) -> (Task<Message>, Option<Event>) {
        let value = self.address_field_mut(field);
        *value = crate::mail::addresses::complete(value, address);
        self.touch();
        self.recheck(field);
        (
            iced::widget::operation::focus(field)
                .chain(iced::widget::operation::move_cursor_to_end(field)),
            None,
        )
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
            if let Err(mut errors) = parse_address_list(field, self.address_field(field)) {
                self.errors.append(&mut errors);
            }
        }
    }
}
