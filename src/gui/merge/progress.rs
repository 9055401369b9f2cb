//! A queued merge's progress, as read from disk whenever the outbox changes: sent, waiting,
//! scheduled, failed and held, the next send and the last, the rows with a problem; pause, resume,
//! cancel the rest (after asking), and export the report.

use iced::widget::{Column, Row, column, container, progress_bar, row, text};
use iced::{Center, Element, Fill};

use super::{Event, MergeScreen, Message, Progress};
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    actions, banner, boxed_list, busy_line, destructive_button, heading, page_with_actions,
    primary_button, secondary_button, section, subtle,
};
use crate::ops::merge::{MergeStatus, RowState};
use crate::outbox::schedule::short;

/// The rows with a problem listed; the report has them all.
const PROBLEMS_SHOWN: usize = 8;
/// The height of the progress bar.
const BAR_HEIGHT: f32 = 10.0;

impl MergeScreen {
    /// The progress page's messages.
    pub(super) fn progress_message(&mut self, message: Message) -> Option<Event> {
        let p = self.progress.as_mut()?;
        let id = p.id.clone();
        match message {
            Message::Status(of, result) if of == id => match result {
                Ok(status) => {
                    p.status = Some(status);
                    p.error = None;
                }
                Err(e) => p.error = Some(e),
            },
            Message::Pause | Message::Resume | Message::ConfirmCancel if !p.working => {
                p.working = true;
                p.note = None;
                p.confirm_cancel = false;
                return Some(match message {
                    Message::Pause => Event::Pause(id),
                    Message::Resume => Event::Resume(id),
                    _ => Event::Cancel(id),
                });
            }
            Message::AskCancel => p.confirm_cancel = true,
            Message::KeepSending => p.confirm_cancel = false,
            Message::Changed(result) => {
                p.working = false;
                p.note = Some(result.unwrap_or_else(|e| e));
            }
            Message::ExportReport => return Some(Event::ExportReport(id)),
            Message::ReportWritten(result) => {
                p.note = Some(match result {
                    Ok(path) => {
                        let path = path.display().to_string();
                        fl!("merge-report-written", path = path)
                    }
                    Err(e) => e,
                });
            }
            _ => {}
        }
        None
    }

    pub(super) fn progress_view(&self) -> Element<'_, Message> {
        let Some(p) = &self.progress else {
            return iced::widget::space::vertical().into();
        };
        let mut col = column![heading(fl!("gui-merge-progress-title"))].spacing(spacing::M);
        if let Some(e) = &p.error {
            col = col.push(banner(text(e.clone()), Tone::Danger));
        }
        let Some(status) = &p.status else {
            col = col.push(busy_line(fl!("gui-merge-reading")));
            let foot = actions(None, vec![], Some(done()));
            return page_with_actions(col, foot, width::WIDE);
        };
        col = col.push(status_view(status));
        if let Some(note) = &p.note {
            col = col.push(banner(text(note.clone()), Tone::Info));
        }
        if p.confirm_cancel {
            col = col.push(cancel_question(status));
        }
        col = col.push(problems(status));
        col = col.push(subtle(fl!("gui-merge-progress-note")));
        page_with_actions(col, progress_actions(p, status), width::WIDE)
    }
}

fn done<'a>() -> Element<'a, Message> {
    primary_button(fl!("gui-done"))
        .on_press(Message::Close)
        .into()
}

/// Export, pause or resume, cancel the rest; Done.
fn progress_actions<'a>(p: &Progress, status: &MergeStatus) -> Element<'a, Message> {
    let record = &status.record;
    let left = |s| status.count(s);
    let to_go = left(RowState::Waiting) + left(RowState::Scheduled);
    let open = !record.cancelled;
    let mut others: Vec<Element<'a, Message>> = Vec::new();
    if p.working {
        others.push(busy_line(fl!("gui-merge-working")));
    }
    others.push(
        secondary_button(fl!("gui-merge-export"))
            .on_press(Message::ExportReport)
            .into(),
    );
    let ready = !p.working;
    if record.paused {
        let resume = open && ready;
        others.push(
            secondary_button(fl!("gui-merge-resume"))
                .on_press_maybe(resume.then_some(Message::Resume))
                .into(),
        );
    } else {
        let pause = open && ready && to_go > 0;
        others.push(
            secondary_button(fl!("gui-merge-pause"))
                .on_press_maybe(pause.then_some(Message::Pause))
                .into(),
        );
    }
    let cancellable = to_go + left(RowState::Held) + left(RowState::Failed) > 0;
    let cancel = open && ready && cancellable && !p.confirm_cancel;
    others.push(
        destructive_button(fl!("gui-merge-cancel"))
            .on_press_maybe(cancel.then_some(Message::AskCancel))
            .into(),
    );
    actions(None, others, Some(done()))
}

/// Where the merge stands: a line, the bar, the counts, the next send.
fn status_view(status: &MergeStatus) -> Element<'_, Message> {
    let record = &status.record;
    let count = |s| status.count(s);
    let total = status.rows.len() - count(RowState::Skipped);
    let sent = count(RowState::Sent);
    let head = fl!(
        "gui-merge-progress-sub",
        account = record.account.as_str(),
        date = short(record.created),
        rows = record.rows
    );
    let (word, tone) = super::file::state_badge(status);
    let state = banner(text(state_line(status, word)), tone);
    let bar = progress_bar(0.0..=total.max(1) as f32, sent as f32)
        .girth(BAR_HEIGHT)
        .style(style::progress);
    let sent_line = fl!("gui-merge-sent-of", sent = sent, total = total);
    let mut tiles = Row::new().spacing(spacing::S);
    let shown = [
        (RowState::Sent, fl!("gui-merge-count-sent")),
        (RowState::Waiting, fl!("gui-merge-count-waiting")),
        (RowState::Scheduled, fl!("gui-merge-count-scheduled")),
        (RowState::Failed, fl!("gui-merge-count-failed")),
        (RowState::Held, fl!("gui-merge-count-held")),
    ];
    let rare = [
        (RowState::Unconfirmed, fl!("gui-merge-count-unconfirmed")),
        (RowState::Skipped, fl!("gui-merge-count-skipped")),
        (RowState::Cancelled, fl!("gui-merge-count-cancelled")),
    ];
    for (state, label) in shown
        .into_iter()
        .chain(rare.into_iter().filter(|(s, _)| count(*s) > 0))
    {
        tiles = tiles.push(tile(count(state), label));
    }
    column![
        subtle(head),
        state,
        column![bar, subtle(sent_line)].spacing(spacing::XS),
        tiles,
    ]
    .spacing(spacing::M)
    .into()
}

/// The banner's sentence: the state, and when the next message goes.
fn state_line(status: &MergeStatus, word: String) -> String {
    match (status.next_send, status.finish) {
        (Some(next), Some(finish)) if !status.record.paused && !status.record.cancelled => fl!(
            "gui-merge-next-send",
            state = word,
            next = short(next),
            finish = short(finish)
        ),
        _ => word,
    }
}

/// A count and what it counts, on a small card (the cards share the row).
fn tile<'a>(count: usize, label: String) -> Element<'a, Message> {
    let words = column![
        text(count.to_string()).size(size::HEADING),
        text(label).size(size::SMALL).style(style::muted),
    ]
    .spacing(spacing::XXS);
    container(words)
        .padding([spacing::S, spacing::M])
        .width(Fill)
        .style(style::card)
        .into()
}

/// "Remove the 140 messages not sent yet?"
fn cancel_question(status: &MergeStatus) -> Element<'_, Message> {
    let count = [
        RowState::Waiting,
        RowState::Scheduled,
        RowState::Held,
        RowState::Failed,
    ]
    .into_iter()
    .map(|s| status.count(s))
    .sum::<usize>();
    banner(
        column![
            text(fl!("gui-merge-cancel-question", count = count)),
            row![
                secondary_button(fl!("gui-merge-keep-sending")).on_press(Message::KeepSending),
                destructive_button(fl!("gui-merge-cancel-confirm"))
                    .on_press(Message::ConfirmCancel),
            ]
            .spacing(spacing::S)
        ]
        .spacing(spacing::S),
        Tone::Warning,
    )
}

/// The rows that failed, were skipped or wait for "It arrived", with their reasons.
fn problems(status: &MergeStatus) -> Element<'_, Message> {
    let troubled: Vec<_> = status
        .rows
        .iter()
        .filter(|r| {
            matches!(
                r.state,
                RowState::Failed | RowState::Unconfirmed | RowState::Skipped
            )
        })
        .collect();
    if troubled.is_empty() {
        return Column::new().into();
    }
    let mut rows: Vec<Element<'_, Message>> = Vec::new();
    for r in troubled.iter().take(PROBLEMS_SHOWN) {
        let who = if r.address.is_empty() {
            fl!("gui-merge-row", row = r.row)
        } else {
            fl!(
                "gui-merge-row-address",
                row = r.row,
                address = r.address.as_str()
            )
        };
        let mut words = column![text(who).size(size::BODY)].spacing(spacing::XXS);
        if let Some(problem) = &r.problem {
            words = words.push(text(problem.clone()).size(size::SMALL).style(style::muted));
        }
        rows.push(row![container(words).width(Fill)].align_y(Center).into());
    }
    let left = troubled.len().saturating_sub(PROBLEMS_SHOWN);
    if left > 0 {
        rows.push(subtle(fl!("gui-merge-more-problems", count = left)));
    }
    column![section(fl!("gui-merge-problems")), boxed_list(rows)]
        .spacing(spacing::S)
        .into()
}
