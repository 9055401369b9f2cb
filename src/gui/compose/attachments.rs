//! Attachments: picked or dropped files, their sizes (measured by the App), and the server's size
//! limit they are held against.

use iced::Task;

use super::{Attachment, Compose, Event, Message};

impl Compose {
    pub(super) fn update_attachments(
        &mut self,
        message: Message,
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::AddAttachments => {
                self.reminder = None;
                Some(Event::PickFiles)
            }
            Message::FilesPicked(paths) => {
                let mut new = Vec::new();
                for path in paths {
                    if !self.message.attachments.contains(&path) {
                        self.message.attachments.push(path.clone());
                        new.push(path);
                    }
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
                self.edited();
                (!new.is_empty()).then_some(Event::Measure(new))
            }
            Message::Measured(files) => {
                for Attachment { path, size } in files {
                    if self.message.attachments.contains(&path) {
                        self.sizes.insert(path, size);
                    }
                }
                None
            }
            Message::RemoveAttachment(i) => {
                if i < self.message.attachments.len() {
                    let path = self.message.attachments.remove(i);
                    if !self.message.attachments.contains(&path) {
                        self.sizes.remove(&path);
                    }
                }
                self.errors.retain(|e| e.field() != Some("attachments"));
                None
            }
            Message::ServerLimit(account, limit) => {
                // An answer for the account picked before is no longer of use.
                if self.account.as_ref() == Some(&account) {
                    self.server_limit = limit;
                }
                None
            }
            _ => None,
        };
        (Task::none(), event)
    }

    /// The attachments with their sizes (`None`: missing; not there yet: being measured).
    pub fn attachments(&self) -> impl Iterator<Item = (&std::path::Path, Option<Option<u64>>)> {
        self.message
            .attachments
            .iter()
            .map(|p| (p.as_path(), self.sizes.get(p).copied()))
    }

    pub fn total_attachment_size(&self) -> u64 {
        self.attachments().filter_map(|(_, s)| s.flatten()).sum()
    }
}
