//! A sent message opened in the Sent tab: its headers, text and attachments (each with "Save
//! attachment…"), with "Send again" and "Forward". The App reads it and saves attachments; this
//! only shows what it was given.

use iced::widget::{Column, column, row, space, text};
use iced::{Center, Element};

use super::Message;
use crate::fl;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{card, heading, primary_button, secondary_button, subtle};
use crate::outbox::show::Shown;
use crate::outbox::{CopyState, CopyStatus};

/// The message being opened or shown.
#[derive(Debug, Clone)]
pub struct Opened {
    pub id: String,
    /// `None` while the App reads it.
    pub shown: Option<Box<Shown>>,
    /// Neither in the sent log nor in the outbox any more.
    pub gone: bool,
    /// What the last "Save attachment…" did.
    pub status: Option<String>,
}

impl Opened {
    pub fn loading(id: String) -> Opened {
        Opened {
            id,
            shown: None,
            gone: false,
            status: None,
        }
    }
}

fn line<'a>(s: String) -> Element<'a, Message> {
    text(s).size(size::SMALL).style(style::muted).into()
}

/// The headers of a message read back (or what its record says when the copy was not kept).
fn headers<'a>(s: &Shown) -> Column<'a, Message> {
    let mut c = Column::new().spacing(spacing::XS);
    let Some(o) = &s.opened else {
        c = c.push(line(fl!(
            "outbox-show-to",
            value = s.recipients().join(", ")
        )));
        return c.push(subtle(fl!("outbox-show-not-kept")));
    };
    c = c.push(line(fl!("outbox-show-from", value = o.from.as_str())));
    c = c.push(line(fl!("outbox-show-to", value = o.to.join(", "))));
    if !o.cc.is_empty() {
        c = c.push(line(fl!("outbox-show-cc", value = o.cc.join(", "))));
    }
    if !s.bcc.is_empty() {
        c = c.push(line(fl!("outbox-show-bcc", value = s.bcc.join(", "))));
    }
    if let Some(date) = &o.date {
        c = c.push(line(fl!("outbox-show-date", value = date.as_str())));
    }
    c
}

/// Where its copy in Sent stands (`latest`: as the App last read it, which another process may
/// have changed since the message was opened); for one that could not be saved, why, and "Try
/// again".
fn copy<'a>(s: &'a Shown, latest: Option<&'a CopyState>) -> Option<Element<'a, Message>> {
    let state = latest.or(s.copy.as_ref())?;
    let words = super::copy_words(Some(state))?;
    let mut c = Column::new().spacing(spacing::XS);
    c = c.push(text(words).size(size::SMALL));
    if let Some(problem) = &state.problem {
        let p = problem.problem();
        c = c.push(line(p.message()));
        c = c.push(line(p.fix()));
    }
    if state.status != CopyStatus::Saved {
        c = c.push(
            secondary_button(fl!("gui-copy-try-again"))
                .on_press(Message::RetryCopy(state.account.clone())),
        );
    }
    Some(c.into())
}

pub fn view<'a>(opened: &'a Opened, copy_state: Option<&'a CopyState>) -> Element<'a, Message> {
    let back = row![
        secondary_button(fl!("gui-sent-back")).on_press(Message::Back),
        space::horizontal()
    ];
    let Some(s) = &opened.shown else {
        let what = if opened.gone {
            fl!("gui-sent-gone")
        } else {
            fl!("gui-sent-loading")
        };
        return column![back, subtle(what)].spacing(spacing::M).into();
    };
    let subject = if s.subject().is_empty() {
        fl!("gui-no-subject")
    } else {
        s.subject().to_owned()
    };
    let actions = row![
        primary_button(fl!("gui-sent-send-again")).on_press(Message::SendAgain),
        secondary_button(fl!("gui-sent-forward")).on_press(Message::Forward),
    ]
    .spacing(spacing::S);
    let mut c = column![back, heading(subject), headers(s), actions].spacing(spacing::M);
    if let Some(copy) = copy(s, copy_state) {
        c = c.push(copy);
    }
    if let Some(o) = &s.opened {
        for (i, a) in o.attachments.iter().enumerate() {
            c = c.push(
                row![
                    text(fl!(
                        "outbox-show-attachment",
                        name = a.name.as_str(),
                        size = crate::i18n::format_size(a.size)
                    ))
                    .size(size::SMALL),
                    space::horizontal(),
                    secondary_button(fl!("gui-sent-save-attachment"))
                        .on_press(Message::SaveAttachment(i)),
                ]
                .align_y(Center)
                .spacing(spacing::S),
            );
        }
        if let Some(status) = &opened.status {
            c = c.push(line(status.clone()));
        }
        c = c.push(card(column![
            text(o.text.trim_end().to_owned()).size(size::BODY)
        ]));
    }
    c.into()
}
