//! The message of a merge: the subject and the text with `{{Column}}` fields ("Insert field": a
//! column, then into the subject or the text, all reachable by Tab, Space and Enter), formatting,
//! whether rows with an empty field go too, a line on how to unsubscribe, and the attachments.

use std::sync::Arc;

use iced::widget::{column, container, pick_list, row, text, text_editor};
use iced::{Center, Element, Fill};

use super::{Choice, MergeScreen, Message, Page, Test};
use crate::account::Account;
use crate::fl;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    actions, busy_line, check, error_line, heading, input, keyboard_dropdown, page_with_actions,
    plain_button, primary_button, secondary_button, subtle,
};
use crate::merge::preview::entries;
use crate::ops::merge::Prepared;

/// The text editor's height: a dozen lines; the page scrolls around it.
const EDITOR_HEIGHT: f32 = 260.0;
/// The width of the drop-down list of "Insert field".
const FIELD_WIDTH: f32 = 200.0;

/// `{{Name}}`.
fn placeholder(column: &str) -> String {
    format!("{{{{{column}}}}}")
}

impl MergeScreen {
    /// The write page's messages.
    pub(super) fn write(&mut self, message: Message) {
        match message {
            Message::SubjectChanged(s) => self.subject = s,
            Message::Edit(action) => self.body.perform(action),
            Message::FieldPicked(c) => self.field = Some(c.value),
            Message::InsertInSubject(c) => self.subject.push_str(&placeholder(&c.value)),
            Message::InsertInBody(c) => {
                let field = Arc::new(placeholder(&c.value));
                self.body
                    .perform(text_editor::Action::Edit(text_editor::Edit::Paste(field)));
            }
            Message::Formatting(on) => self.markdown = on,
            Message::AllowEmpty(on) => self.allow_empty = on,
            Message::Unsubscribe(on) => self.unsubscribe = on,
            _ => return,
        }
        self.write_error = None;
    }

    /// "Preview": the App checks every row (after the subject and the text are there).
    pub(super) fn ask_preview(&mut self, accounts: &[Account]) -> Option<super::Event> {
        if self.preparing {
            return None;
        }
        let Some(account) = self.sender(accounts) else {
            self.write_error = Some(fl!("gui-merge-no-account"));
            return None;
        };
        if self.subject.trim().is_empty() {
            self.write_error = Some(fl!("gui-merge-subject-missing"));
            return None;
        }
        if self.body.text().trim().is_empty() {
            self.write_error = Some(fl!("gui-merge-body-missing"));
            return None;
        }
        self.preparing = true;
        self.write_error = None;
        let request = Box::new(self.request(account));
        Some(super::Event::Prepare(request, Box::new(account.clone())))
    }

    /// The rows are checked: the preview starts at the first row.
    pub(super) fn prepared_now(&mut self, result: Result<Box<Prepared>, String>) {
        self.preparing = false;
        if self.page != Page::Write {
            return;
        }
        match result {
            Ok(prepared) => {
                self.entries = entries(&prepared.plan);
                self.at = 0;
                self.per_minute = prepared.per_minute.to_string();
                self.per_minute_error = None;
                self.start_error = self.start_time().err();
                self.test = Test::None;
                self.queue_error = None;
                self.prepared = Some(prepared);
                self.page = Page::Preview;
                self.render();
            }
            Err(e) => self.write_error = Some(e),
        }
    }

    /// "Insert field": which column (a drop-down list that Space steps through), then "Into the
    /// subject" or "Into the text".
    fn insert_view(&self) -> Element<'_, Message> {
        let fields: Vec<Choice> = self
            .glance
            .as_ref()
            .map(|g| g.columns.iter().map(|c| Choice::same(&c.name)).collect())
            .unwrap_or_default();
        let selected = self
            .field
            .as_ref()
            .and_then(|f| fields.iter().find(|c| &c.value == f))
            .or(fields.first())
            .cloned();
        let list = pick_list(fields.clone(), selected.clone(), Message::FieldPicked)
            .style(style::dropdown)
            .text_size(size::BODY)
            .padding(spacing::S + 2.0)
            .width(FIELD_WIDTH);
        let into = |label: String, on: fn(Choice) -> Message| {
            secondary_button(label).on_press_maybe(selected.clone().map(on))
        };
        row![
            text(fl!("gui-merge-insert-field")).size(size::SMALL),
            keyboard_dropdown(
                "merge-insert-field",
                list,
                &fields,
                selected.as_ref(),
                Message::FieldPicked
            ),
            into(fl!("gui-merge-insert-subject"), Message::InsertInSubject),
            into(fl!("gui-merge-insert-text"), Message::InsertInBody),
        ]
        .spacing(spacing::S)
        .align_y(Center)
        .wrap()
        .vertical_spacing(spacing::S)
        .into()
    }

    pub(super) fn write_view<'a>(&'a self, accounts: &'a [Account]) -> Element<'a, Message> {
        let subject = column![
            text(fl!("field-subject")).size(size::SMALL),
            input("", &self.subject, false)
                .id("merge-subject")
                .on_input(Message::SubjectChanged)
                .on_submit(Message::Continue)
                .width(Fill),
        ]
        .spacing(spacing::XS);
        let body_head = text(fl!("gui-merge-text")).size(size::SMALL);
        let editor = text_editor(&self.body)
            .id("merge-body")
            .style(style::editor)
            .placeholder(fl!("gui-merge-body-placeholder"))
            .on_action(Message::Edit)
            .height(EDITOR_HEIGHT)
            .padding(spacing::S);
        let mut col = column![
            heading(fl!("gui-merge-write-title")),
            subtle(fl!("gui-merge-write-intro")),
            subject,
            self.insert_view(),
            column![body_head, editor].spacing(spacing::XS),
            check(fl!("gui-formatting"), self.markdown, Message::Formatting),
            check(
                fl!("gui-merge-allow-empty"),
                self.allow_empty,
                Message::AllowEmpty
            ),
        ]
        .spacing(spacing::M);
        if let Some(account) = self.sender(accounts) {
            let label = fl!("gui-merge-unsubscribe", address = account.email.as_str());
            col = col.push(check(label, self.unsubscribe, Message::Unsubscribe));
        }
        col = col.push(self.attachments_view());
        if let Some(e) = &self.write_error {
            col = col.push(error_line(e.clone()));
        }
        let mut others = Vec::new();
        if self.preparing {
            others.push(busy_line(fl!("gui-merge-preparing")));
        }
        let foot = actions(
            Some(plain_button(fl!("gui-back")).on_press(Message::Back).into()),
            others,
            Some(
                primary_button(fl!("gui-merge-preview-button"))
                    .on_press_maybe((!self.preparing).then_some(Message::Continue))
                    .into(),
            ),
        );
        page_with_actions(container(col), foot, width::FORM)
    }
}
