//! "Will your mail arrive?": the sender-domain check of one account, one card per finding with the
//! DNS record to publish and a Copy button. Opened from the wizard after a successful test and from
//! each account; it asks its parent to run the check, and tells it when it is done.

use iced::widget::{Column, column, row, space, text};
use iced::{Center, Element, Fill, Task};

use crate::domain::{Check, Report, Request, Status};
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    banner, busy_line, card, form_page, heading, primary_button, secondary_button,
};

#[derive(Debug, Clone)]
pub enum Message {
    Checked(Box<Report>),
    Again,
    Copy(String),
    Done,
}

#[derive(Debug, Clone)]
pub enum Event {
    /// Run the check of this request; its report comes back as [`Message::Checked`].
    Check(Request),
    Done,
}

#[derive(Debug)]
pub struct Delivery {
    pub request: Request,
    /// `None` while the check runs.
    pub report: Option<Report>,
}

impl Delivery {
    /// The screen, waiting for its check: the parent runs it ([`Delivery::check`]) and hands the
    /// report back as [`Message::Checked`].
    pub fn new(request: Request) -> Delivery {
        Delivery {
            request,
            report: None,
        }
    }

    /// What to check (the parent runs it).
    pub fn check(&self) -> Event {
        Event::Check(self.request.clone())
    }

    pub fn is_running(&self) -> bool {
        self.report.is_none()
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Checked(report) => self.report = Some(*report),
            Message::Again => {
                self.report = None;
                return (Task::none(), Some(self.check()));
            }
            Message::Copy(record) => return (iced::clipboard::write(record), None),
            Message::Done => return (Task::none(), Some(Event::Done)),
        }
        (Task::none(), None)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let domain = self.request.domain.as_str();
        let mut col = column![
            row![
                heading(fl!("gui-delivery-title")),
                space::horizontal(),
                primary_button(fl!("gui-delivery-done")).on_press(Message::Done)
            ]
            .align_y(Center)
        ]
        .spacing(spacing::M);
        match &self.report {
            None => col = col.push(busy_line(fl!("gui-delivery-checking", domain = domain))),
            Some(report) => {
                if let Some(line) = &report.handled_by_provider {
                    col = col.push(banner(text(line.clone()), Tone::Info));
                } else {
                    let summary = if report.failed() {
                        banner(
                            text(fl!("gui-delivery-some-failed", domain = domain)),
                            Tone::Warning,
                        )
                    } else {
                        banner(
                            text(fl!("gui-delivery-all-good", domain = domain)),
                            Tone::Success,
                        )
                    };
                    col = col.push(summary);
                    if let Some(p) = report.provider.as_deref().and_then(crate::providers::by_id) {
                        col = col.push(
                            text(fl!("domain-provider-line", provider = p.name.as_str()))
                                .style(style::muted),
                        );
                    }
                    let checks = report
                        .checks
                        .iter()
                        .fold(Column::new().spacing(spacing::S), |c, check| {
                            c.push(check_card(check))
                        });
                    col = col.push(checks);
                }
                col =
                    col.push(secondary_button(fl!("gui-delivery-again")).on_press(Message::Again));
            }
        }
        form_page(col)
    }
}

fn check_card(check: &Check) -> Element<'_, Message> {
    let status = text(check.status.label()).size(size::SMALL);
    let status = match check.status {
        Status::Pass => status.style(style::success),
        Status::Fail => status.style(style::error),
        Status::Warn | Status::Unknown => status.style(style::muted),
    };
    let mut col = column![
        row![text(check.name.label()).size(size::BODY), status]
            .spacing(spacing::S)
            .align_y(Center),
        text(check.message.clone()),
    ]
    .spacing(spacing::S);
    if let Some(record) = &check.record {
        col = col.push(
            text(record.clone())
                .font(iced::Font::MONOSPACE)
                .size(size::CAPTION)
                .style(style::muted),
        );
    }
    if check.status != Status::Pass || check.publish.is_some() {
        let mut fix = row![text(check.fix.clone()).width(Fill)]
            .spacing(spacing::S)
            .align_y(Center);
        if let Some(record) = &check.publish {
            fix = fix.push(
                secondary_button(fl!("gui-delivery-copy")).on_press(Message::Copy(record.clone())),
            );
        }
        col = col.push(fix);
    }
    card(col)
}
