//! The main window's list of unfinished messages (saved drafts): open one to go on writing, or
//! delete it. Drafts left by a crash show up here at the next start.

use iced::widget::{Column, column, row, space, text};
use iced::{Center, Element};

use crate::fl;
use crate::gui::outbox::relative_time;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::card;
use crate::gui::widget::{plain_button, primary_button};
use crate::mail::drafts::SavedDraft;

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    Delete(String),
}

/// The drafts section, or nothing when there are none.
pub fn view<'a>(drafts: &[&'a SavedDraft]) -> Option<Element<'a, Message>> {
    if drafts.is_empty() {
        return None;
    }
    let mut list = Column::new()
        .spacing(spacing::S)
        .push(text(fl!("gui-drafts-title", count = drafts.len())).size(size::BODY));
    for d in drafts {
        let subject = if d.message.subject.trim().is_empty() {
            fl!("gui-no-subject")
        } else {
            d.message.subject.clone()
        };
        let to = if d.message.to.trim().is_empty() {
            fl!("gui-draft-no-recipient")
        } else {
            d.message.to.clone()
        };
        list = list.push(
            row![
                column![
                    text(subject),
                    text(fl!(
                        "gui-draft-line",
                        to = to,
                        time = relative_time(d.updated)
                    ))
                    .size(size::SMALL)
                    .style(style::muted),
                ]
                .spacing(spacing::XXS),
                space::horizontal(),
                primary_button(fl!("gui-draft-open")).on_press(Message::Open(d.id.clone())),
                plain_button(fl!("gui-delete")).on_press(Message::Delete(d.id.clone())),
            ]
            .spacing(spacing::M)
            .align_y(Center),
        );
    }
    Some(card(list))
}
