//! Before sending: the preview steps through the rows (each message as its person gets it, or why
//! the row is skipped, and a row's empty fields), "Send a test to myself", and the send page with
//! the pacing, the estimate and "Send 212 messages".

use std::time::SystemTime;

use iced::widget::{Column, column, container, markdown, row, space, text};
use iced::{Center, Element, Fill, Theme};

use super::file::mailbox;
use super::{Event, MergeScreen, Message, PER_MINUTE, Page, Progress, Test};
use crate::account::Account;
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    actions, banner, busy_line, card, field, heading, page_with_actions, plain_button,
    primary_button, secondary_button, section, segmented, subtle,
};
use crate::merge::check::Ready;
use crate::merge::preview::{Entry, body_as_sent};
use crate::ops::merge::Prepared;
use crate::outbox::schedule::short;

/// The width of "To" and "Subject" in front of their values.
const LABEL_WIDTH: f32 = 90.0;

/// A ready row's text as its person gets it: the unsubscribe line, then the account's signature.
fn text_as_sent(prepared: &Prepared, ready: &Ready) -> String {
    let body = body_as_sent(&ready.body, prepared.unsubscribe.as_deref());
    let account = &prepared.account;
    crate::mail::with_signature(&body, account.signature_for(&account.email))
}

/// `a`, `b` → `“a”, “b”`.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl MergeScreen {
    /// The messages of the preview and send pages.
    pub(super) fn sending(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Previous if self.at > 0 => {
                self.at -= 1;
                self.render();
            }
            Message::Next if self.at + 1 < self.entries.len() => {
                self.at += 1;
                self.render();
            }
            Message::NextProblem => {
                let count = self.entries.len();
                let next = (1..count)
                    .map(|step| (self.at + step) % count)
                    .find(|&i| matches!(self.entries[i], Entry::Skipped(_)));
                if let Some(i) = next {
                    self.at = i;
                    self.render();
                }
            }
            Message::SendTest if self.test != Test::Sending => {
                let prepared = self.prepared.clone().filter(|p| !p.plan.ready.is_empty())?;
                self.test = Test::Sending;
                return Some(Event::SendTest(prepared));
            }
            Message::TestDone(result) => {
                self.test = match result {
                    Ok(address) => Test::Sent(address),
                    Err(e) => Test::Failed(e),
                };
            }
            Message::PerMinuteChanged(value) => return self.rate_typed(value),
            Message::StartLater(later) => {
                let text = later.then(|| crate::outbox::schedule::suggestion(SystemTime::now()));
                return self.start_typed(text);
            }
            Message::StartChanged(text) => return self.start_typed(Some(text)),
            // Only the answer for the rate and the start in the fields now counts.
            Message::Repaced(rate, start, result)
                if self.rate() == Some(rate) && self.start_time() == Ok(start) =>
            {
                match result {
                    Ok(prepared) => self.prepared = Some(prepared),
                    Err(e) => self.queue_error = Some(e),
                }
            }
            Message::Send if !self.queuing => {
                let prepared = self.prepared.clone().filter(|p| !p.plan.ready.is_empty())?;
                let Some(rate) = self.rate() else {
                    self.per_minute_error = Some(fl!("gui-merge-per-minute-error"));
                    return None;
                };
                let start = match self.start_time() {
                    Ok(start) => start,
                    Err(e) => {
                        self.start_error = Some(e);
                        return None;
                    }
                };
                self.queuing = true;
                self.queue_error = None;
                return Some(Event::Queue(prepared, rate, start));
            }
            Message::Queued(result) => {
                self.queuing = false;
                match result {
                    Ok(id) => {
                        self.page = Page::Progress;
                        self.progress = Some(Progress {
                            id: id.clone(),
                            ..Progress::default()
                        });
                        return Some(Event::Watch(id));
                    }
                    Err(e) => self.queue_error = Some(e),
                }
            }
            _ => {}
        }
        None
    }

    /// The rate in the field, when it is one.
    fn rate(&self) -> Option<u32> {
        self.per_minute
            .trim()
            .parse()
            .ok()
            .filter(|n| PER_MINUTE.contains(n))
    }

    /// "Start sending": `Ok(None)` now, `Ok(Some(unix seconds))` at the time typed, or why that
    /// time cannot be used.
    pub(super) fn start_time(&self) -> Result<Option<u64>, String> {
        let Some(text) = &self.start else {
            return Ok(None);
        };
        crate::outbox::schedule::parse_when(text, SystemTime::now())
            .map(|at| Some(crate::outbox::unix(at)))
            .map_err(|e| e.message())
    }

    /// "Start sending" now (`None`) or at the time typed: paced again from it when it is one.
    fn start_typed(&mut self, text: Option<String>) -> Option<Event> {
        self.start = text;
        match self.start_time() {
            Ok(start) => {
                self.start_error = None;
                let (prepared, rate) = (self.prepared.clone()?, self.rate()?);
                Some(Event::Repace(prepared, rate, start))
            }
            Err(e) => {
                self.start_error = Some(e);
                None
            }
        }
    }

    fn rate_typed(&mut self, value: String) -> Option<Event> {
        self.per_minute = value;
        match self.rate() {
            Some(rate) => {
                self.per_minute_error = None;
                let prepared = self.prepared.clone()?;
                let start = self.start_time().ok()?;
                (prepared.per_minute != rate).then_some(Event::Repace(prepared, rate, start))
            }
            None => {
                self.per_minute_error = Some(fl!("gui-merge-per-minute-error"));
                None
            }
        }
    }

    /// The shown row's text, formatted when formatting is on.
    pub(super) fn render(&mut self) {
        self.rendered = match (&self.prepared, self.entries.get(self.at)) {
            (Some(p), Some(Entry::Ready(i))) if p.markdown => {
                let text = text_as_sent(p, &p.plan.ready[*i]);
                let text = crate::mail::markdown::keep_signature_lines(&text);
                markdown::parse(&text).collect()
            }
            _ => Vec::new(),
        };
    }

    pub(super) fn preview_view<'a>(&'a self, theme: &Theme) -> Element<'a, Message> {
        let Some(prepared) = &self.prepared else {
            return space::vertical().into();
        };
        let plan = &prepared.plan;
        let summary = fl!(
            "merge-summary",
            rows = plan.rows,
            ready = plan.ready.len(),
            skipped = plan.skipped.len()
        );
        let mut col =
            column![heading(fl!("gui-merge-preview-title")), subtle(summary)].spacing(spacing::M);
        col = col.push(self.stepper());
        match self.entries.get(self.at) {
            Some(Entry::Ready(i)) => col = col.push(self.message_view(prepared, *i, theme)),
            Some(Entry::Skipped(i)) => {
                let s = &plan.skipped[*i];
                let words = column![
                    text(fl!("gui-merge-skipped-row", row = s.row)).size(size::LARGE),
                    text(s.detail.clone()).size(size::BODY),
                ]
                .spacing(spacing::XS);
                col = col.push(banner(words, Tone::Danger));
            }
            None => col = col.push(subtle(fl!("merge-nothing-ready"))),
        }
        if let Some(note) = self.test_note() {
            col = col.push(note);
        }
        let test = secondary_button(fl!("gui-merge-send-test")).on_press_maybe(
            (self.test != Test::Sending && !plan.ready.is_empty()).then_some(Message::SendTest),
        );
        let foot = actions(
            Some(plain_button(fl!("gui-back")).on_press(Message::Back).into()),
            vec![test.into()],
            Some(
                primary_button(fl!("gui-continue"))
                    .on_press_maybe((!plan.ready.is_empty()).then_some(Message::Continue))
                    .into(),
            ),
        );
        page_with_actions(col, foot, width::WIDE)
    }

    /// Previous, where we are, Next; and the next skipped row when there is one.
    fn stepper(&self) -> Element<'_, Message> {
        let (row_number, count) = match (&self.prepared, self.entries.get(self.at)) {
            (Some(p), Some(Entry::Ready(i))) => (p.plan.ready[*i].row, self.entries.len()),
            (Some(p), Some(Entry::Skipped(i))) => (p.plan.skipped[*i].row, self.entries.len()),
            _ => (0, 0),
        };
        let index = self.at + 1;
        let place = fl!(
            "gui-merge-row-of",
            row = row_number,
            index = index,
            count = count
        );
        let mut line = row![
            secondary_button(fl!("gui-merge-previous"))
                .on_press_maybe((self.at > 0).then_some(Message::Previous)),
            text(place).size(size::BODY),
            secondary_button(fl!("gui-merge-next"))
                .on_press_maybe((self.at + 1 < count).then_some(Message::Next)),
            space::horizontal(),
        ]
        .spacing(spacing::M)
        .align_y(Center);
        if self.entries.iter().any(|e| matches!(e, Entry::Skipped(_))) {
            line = line
                .push(plain_button(fl!("gui-merge-next-problem")).on_press(Message::NextProblem));
        }
        line.into()
    }

    /// One ready row's message: To, Subject, the text as sent; and its empty fields.
    fn message_view<'a>(
        &'a self,
        prepared: &'a Prepared,
        i: usize,
        theme: &Theme,
    ) -> Element<'a, Message> {
        let ready = &prepared.plan.ready[i];
        let line = |label: String, value: String| {
            row![
                text(label)
                    .size(size::SMALL)
                    .style(style::muted)
                    .width(LABEL_WIDTH),
                text(value).size(size::BODY).width(Fill),
            ]
            .spacing(spacing::S)
        };
        let body: Element<'a, Message> = if prepared.markdown {
            markdown::view(&self.rendered, theme).map(Message::PreviewLink)
        } else {
            let sent = text_as_sent(prepared, ready);
            text(sent.trim_end().to_owned()).size(size::BODY).into()
        };
        let divider = container(space::horizontal())
            .height(1)
            .width(Fill)
            .style(style::divider);
        let mut message = column![
            line(fl!("field-to"), ready.to.clone()),
            line(fl!("field-subject"), ready.subject.clone()),
        ]
        .spacing(spacing::S);
        if !ready.attachments.is_empty() {
            let names: Vec<String> = ready
                .attachments
                .iter()
                .map(|p| {
                    p.file_name()
                        .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
                })
                .collect();
            message = message.push(line(fl!("gui-merge-attached"), names.join(", ")));
        }
        let message = message.push(divider).push(body);
        let mut col = Column::new().spacing(spacing::S).push(card(message));
        if !ready.empty.is_empty() {
            let warning = fl!("gui-merge-empty-warning", columns = quoted(&ready.empty));
            col = col.push(banner(text(warning), Tone::Warning));
        }
        col.into()
    }

    /// "Start sending: Now / At a time…", and the time when it is one (as "Send later" takes it).
    fn start_view(&self) -> Element<'_, Message> {
        let options = [
            (false, fl!("gui-merge-start-now")),
            (true, fl!("gui-merge-start-at")),
        ];
        let mut col = column![
            text(fl!("gui-merge-start")).size(size::SMALL),
            segmented(&options, self.start.is_some(), Message::StartLater),
        ]
        .spacing(spacing::XS);
        if let Some(when) = &self.start {
            let at = field(
                "merge-start",
                fl!("gui-merge-start-label"),
                "2026-12-01 09:00".to_owned(),
                when,
                self.start_error.as_ref(),
                Message::StartChanged,
                Some(Message::Send),
                false,
            );
            col = col.push(container(at).max_width(width::FORM / 2.0));
        }
        col.into()
    }

    /// Where the test to oneself stands.
    fn test_note(&self) -> Option<Element<'_, Message>> {
        Some(match &self.test {
            Test::None => return None,
            Test::Sending => busy_line(fl!("gui-merge-test-sending")),
            Test::Sent(address) => banner(
                text(fl!("gui-merge-test-sent", address = address.as_str())),
                Tone::Success,
            ),
            Test::Failed(e) => banner(
                text(fl!("gui-merge-test-failed", reason = e.as_str())),
                Tone::Danger,
            ),
        })
    }

    pub(super) fn send_view<'a>(&'a self, accounts: &'a [Account]) -> Element<'a, Message> {
        let Some(prepared) = &self.prepared else {
            return space::vertical().into();
        };
        let ready = prepared.plan.ready.len();
        let from = accounts
            .iter()
            .find(|a| a.name == prepared.account.name)
            .map_or_else(|| prepared.account.email.clone(), mailbox);
        let mut what = column![
            text(fl!("gui-merge-send-summary", count = ready, from = from)).size(size::LARGE)
        ]
        .spacing(spacing::XS);
        let skipped = prepared.plan.skipped.len();
        if skipped > 0 {
            what = what.push(subtle(fl!("gui-merge-send-skipped", count = skipped)));
        }
        let rate = field(
            "merge-per-minute",
            fl!("gui-merge-per-minute"),
            String::new(),
            &self.per_minute,
            self.per_minute_error.as_ref(),
            Message::PerMinuteChanged,
            Some(Message::Send),
            false,
        );
        let mut pacing = column![
            section(fl!("gui-merge-pacing")),
            text(prepared.rate_text()).size(size::BODY),
            container(rate).max_width(width::FORM / 2.0),
            self.start_view(),
            text(prepared.estimate()).size(size::BODY),
        ]
        .spacing(spacing::S);
        if let (Some(first), Some(last)) = (
            prepared.schedule.times.first(),
            prepared.schedule.times.last(),
        ) {
            let times = fl!(
                "gui-merge-first-last",
                first = short(*first),
                last = short(*last)
            );
            pacing = pacing.push(subtle(times));
        }
        pacing = pacing.push(subtle(fl!("gui-merge-pacing-note")));
        let mut col =
            column![heading(fl!("gui-merge-send-title")), card(what), pacing].spacing(spacing::L);
        if let Some(e) = &self.queue_error {
            col = col.push(banner(text(e.clone()), Tone::Danger));
        }
        let mut others = Vec::new();
        if self.queuing {
            others.push(busy_line(fl!("gui-merge-queuing")));
        }
        let can = !self.queuing && self.rate().is_some() && self.start_error.is_none() && ready > 0;
        let send = primary_button(fl!("gui-merge-send-count", count = ready))
            .on_press_maybe(can.then_some(Message::Send));
        let foot = actions(
            Some(
                plain_button(fl!("gui-back"))
                    .on_press_maybe((!self.queuing).then_some(Message::Back))
                    .into(),
            ),
            others,
            Some(send.into()),
        );
        page_with_actions(col, foot, width::FORM)
    }
}
