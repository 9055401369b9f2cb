//! The attachments of a merge, on the write page: files for every message ("Attach files…", or
//! dropped on the window), each with its size as the App measured it and a Remove; and the column
//! that names each row's own file, relative to the list's folder (`--attach-column`). A row whose
//! file is missing is skipped, with the reason, in the preview.

use std::path::PathBuf;

use iced::widget::{Column, column, row, space, text};
use iced::{Center, Element};

use super::{Choice, Event, MergeScreen, Message};
use crate::fl;
use crate::gui::glyph::{Glyph, glyph};
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{plain_button, secondary_button, section, subtle};

impl MergeScreen {
    /// Files picked or dropped: those not there yet are added, and measured by the App.
    pub(super) fn attach(&mut self, paths: Vec<PathBuf>) -> Option<Event> {
        let mut new = Vec::new();
        for path in paths {
            if !self.attachments.contains(&path) {
                self.attachments.push(path.clone());
                new.push(path);
            }
        }
        self.write_error = None;
        (!new.is_empty()).then_some(Event::Measure(new))
    }

    pub(super) fn attachments_message(&mut self, message: Message) {
        match message {
            Message::Measured(files) => {
                for (path, size) in files {
                    if self.attachments.contains(&path) {
                        self.sizes.insert(path, size);
                    }
                }
            }
            Message::RemoveAttachment(i) if i < self.attachments.len() => {
                let path = self.attachments.remove(i);
                self.sizes.remove(&path);
                self.write_error = None;
            }
            Message::AttachColumnPicked(c) => {
                self.attach_column = (!c.value.is_empty()).then_some(c.value);
                self.write_error = None;
            }
            _ => {}
        }
    }

    /// "Attachments": the files for everyone, "Attach files…", and the column of each row's file.
    pub(super) fn attachments_view(&self) -> Element<'_, Message> {
        let mut files = Column::new().spacing(spacing::XS);
        for (i, path) in self.attachments.iter().enumerate() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            // Not measured yet: nothing; measured and not there: said in red.
            let size = match self.sizes.get(path) {
                Some(Some(s)) => text(crate::i18n::format_size(*s)).style(style::muted),
                Some(None) => text(fl!("gui-file-missing")).style(style::error),
                None => text(""),
            };
            files = files.push(
                row![
                    glyph(Glyph::Attachment, size::ICON),
                    text(name).size(size::BODY),
                    size.size(size::SMALL),
                    space::horizontal(),
                    plain_button(fl!("gui-remove")).on_press(Message::RemoveAttachment(i)),
                ]
                .spacing(spacing::S)
                .align_y(Center),
            );
        }
        let add = row![
            secondary_button(fl!("gui-attach-files")).on_press(Message::AttachFiles),
            subtle(fl!("gui-merge-attach-hint")),
        ]
        .spacing(spacing::M)
        .align_y(Center);
        let mut col =
            column![section(fl!("gui-merge-attachments")), files, add].spacing(spacing::S);
        if let Some(glance) = &self.glance {
            let none = Choice {
                value: String::new(),
                label: fl!("gui-merge-attach-none"),
            };
            let mut options = vec![none.clone()];
            options.extend(glance.columns.iter().map(|c| Choice::same(&c.name)));
            let selected = match &self.attach_column {
                Some(c) => options.iter().find(|o| &o.value == c).cloned(),
                None => Some(none),
            };
            col = col.push(super::file::picker(
                "merge-attach-column",
                fl!("gui-merge-attach-column"),
                options,
                selected,
                Message::AttachColumnPicked,
            ));
            col = col.push(subtle(fl!("gui-merge-attach-column-hint")));
        }
        col.into()
    }
}
