//! The list of a merge: choose the file (or drop it on the window), see its columns with an example
//! of each and the column of addresses (found by its name or by what it holds, or picked), the
//! account the messages go from; and below, the merges queued before, each to its progress.

use iced::widget::{Column, column, container, pick_list, row, text};
use iced::{Center, Element, Fill, FillPortion};

use super::{Choice, MergeScreen, Message};
use crate::account::Account;
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    actions, badge, banner, boxed_list, busy_line, card, heading, keyboard_dropdown,
    page_with_actions, plain_button, primary_button, secondary_button, section, subtle,
};
use crate::merge::preview::Glance;
use crate::merge::recipient::FoundBy;
use crate::ops::merge::{MergeStatus, RowState};

/// The columns listed; a list with more says how many are left out.
const COLUMNS_SHOWN: usize = 40;
/// The earlier merges listed, newest first.
const MERGES_SHOWN: usize = 8;
/// The room of the address column's badge at the end of each row.
const BADGE_WIDTH: f32 = 120.0;
/// The width of a label in front of a drop-down list.
const LABEL_WIDTH: f32 = 150.0;

/// "Ada Lovelace <ada@example.com>".
pub(super) fn mailbox(a: &Account) -> String {
    if a.display_name.trim().is_empty() {
        a.email.clone()
    } else {
        format!("{} <{}>", a.display_name.trim(), a.email)
    }
}

/// A label and a drop-down list on one line, reachable by keyboard.
pub(super) fn picker<'a>(
    name: &'static str,
    label: String,
    options: Vec<Choice>,
    selected: Option<Choice>,
    on_pick: fn(Choice) -> Message,
) -> Element<'a, Message> {
    let list = pick_list(options.clone(), selected.clone(), on_pick)
        .style(style::dropdown)
        .text_size(size::BODY)
        .padding(spacing::S + 2.0)
        .width(Fill);
    row![
        text(label).size(size::BODY).width(LABEL_WIDTH),
        keyboard_dropdown(name, list, &options, selected.as_ref(), on_pick),
    ]
    .spacing(spacing::S)
    .align_y(Center)
    .into()
}

impl MergeScreen {
    pub(super) fn file_view<'a>(&'a self, accounts: &'a [Account]) -> Element<'a, Message> {
        let choose = row![
            secondary_button(fl!("gui-merge-choose-file")).on_press(Message::ChooseFile),
            subtle(fl!("gui-merge-drop-hint")),
        ]
        .spacing(spacing::M)
        .align_y(Center);
        let mut col = column![
            heading(fl!("gui-merge-title")),
            subtle(fl!("gui-merge-file-intro")),
            card(choose),
        ]
        .spacing(spacing::M);
        let name = self
            .file
            .as_ref()
            .and_then(|f| f.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if self.loading {
            col = col.push(busy_line(fl!("gui-merge-loading", file = name.as_str())));
        }
        if let Some(e) = &self.load_error {
            col = col.push(banner(text(e.clone()), Tone::Danger));
        }
        if let Some(glance) = &self.glance {
            col = col.push(self.list_view(glance, name, accounts));
        }
        if !self.merges.is_empty() {
            col = col.push(self.merges_view());
        }
        let ready = self.glance.is_some() && self.address_column().is_some() && !self.loading;
        let foot = actions(
            Some(
                plain_button(fl!("gui-cancel"))
                    .on_press(Message::Close)
                    .into(),
            ),
            vec![],
            Some(
                primary_button(fl!("gui-continue"))
                    .on_press_maybe(ready.then_some(Message::Continue))
                    .into(),
            ),
        );
        page_with_actions(col, foot, width::WIDE)
    }

    /// The list read: its size, the sheet, the sender, the column of addresses, the columns.
    fn list_view<'a>(
        &'a self,
        glance: &'a Glance,
        name: String,
        accounts: &'a [Account],
    ) -> Element<'a, Message> {
        let size_line = fl!(
            "gui-merge-rows-columns",
            rows = glance.rows,
            columns = glance.columns.len()
        );
        let mut col = column![
            row![section(name), subtle(size_line)]
                .spacing(spacing::M)
                .align_y(Center),
        ]
        .spacing(spacing::M);
        if glance.sheets.len() > 1 {
            let sheets: Vec<Choice> = glance.sheets.iter().map(|s| Choice::same(s)).collect();
            let shown = glance.sheet.as_ref().or(glance.sheets.first());
            let selected = shown.map(|s| Choice::same(s));
            let label = fl!("gui-merge-sheet");
            col = col.push(picker(
                "sheet",
                label,
                sheets,
                selected,
                Message::SheetPicked,
            ));
        }
        let from: Vec<Choice> = accounts
            .iter()
            .map(|a| Choice {
                value: a.name.clone(),
                label: mailbox(a),
            })
            .collect();
        let sender = self
            .sender(accounts)
            .and_then(|a| from.iter().find(|c| c.value == a.name).cloned());
        let label = fl!("field-from");
        col = col.push(picker("from", label, from, sender, Message::AccountPicked));
        let columns: Vec<Choice> = glance
            .columns
            .iter()
            .map(|c| Choice::same(&c.name))
            .collect();
        let address = self.address_column();
        let selected = address.as_deref().map(Choice::same);
        let label = fl!("gui-merge-address-in");
        col = col.push(picker(
            "address-column",
            label,
            columns,
            selected,
            Message::AddressPicked,
        ));
        col = col.push(self.found_note(glance));
        col = col.push(columns_list(glance, address.as_deref()));
        col.into()
    }

    /// How the column of addresses was found, or that none was.
    fn found_note<'a>(&self, glance: &Glance) -> Element<'a, Message> {
        let found = glance.address_column();
        match (self.address.as_deref(), glance.address) {
            (Some(picked), _) if Some(picked) != found => {
                subtle(fl!("gui-merge-address-picked", column = picked))
            }
            (_, Some((_, how))) => {
                let column = found.unwrap_or_default();
                subtle(match how {
                    FoundBy::Content => fl!("gui-merge-found-by-content", column = column),
                    FoundBy::Header | FoundBy::Template => {
                        fl!("gui-merge-found-by-header", column = column)
                    }
                })
            }
            (_, None) => banner(text(fl!("gui-merge-no-address")), Tone::Warning),
        }
    }

    /// The merges queued before, newest first, each with its progress page.
    fn merges_view(&self) -> Element<'_, Message> {
        let rows: Vec<Element<'_, Message>> = self
            .merges
            .iter()
            .rev()
            .take(MERGES_SHOWN)
            .map(merge_row)
            .collect();
        column![section(fl!("gui-merge-earlier")), boxed_list(rows)]
            .spacing(spacing::S)
            .into()
    }
}

/// The columns, each with an example, the column of addresses marked.
fn columns_list<'a>(glance: &'a Glance, address: Option<&str>) -> Element<'a, Message> {
    let mut rows: Vec<Element<'a, Message>> = Vec::new();
    for c in glance.columns.iter().take(COLUMNS_SHOWN) {
        let example = match &c.example {
            Some(e) => text(e.clone()).size(size::SMALL).style(style::muted),
            None => text(fl!("gui-merge-column-empty"))
                .size(size::SMALL)
                .style(style::muted),
        };
        // Every row keeps the badge's room, so that the columns line up.
        let mark = if Some(c.name.as_str()) == address {
            badge(fl!("gui-merge-addresses"), Tone::Success)
        } else {
            Column::new().into()
        };
        let line = row![
            container(text(c.name.clone()).size(size::BODY)).width(FillPortion(2)),
            container(example).width(FillPortion(3)),
            container(mark).width(BADGE_WIDTH).align_right(BADGE_WIDTH),
        ]
        .spacing(spacing::M)
        .align_y(Center);
        rows.push(line.into());
    }
    let left = glance.columns.len().saturating_sub(COLUMNS_SHOWN);
    if left > 0 {
        rows.push(subtle(fl!("gui-merge-more-columns", count = left)));
    }
    let head = row![
        container(subtle(fl!("gui-merge-column"))).width(FillPortion(2)),
        container(subtle(fl!("gui-merge-example"))).width(FillPortion(3)),
        container(Column::new()).width(BADGE_WIDTH),
    ]
    .spacing(spacing::M);
    Column::new()
        .push(container(head).padding([spacing::NONE, spacing::L]))
        .push(boxed_list(rows))
        .spacing(spacing::XS)
        .into()
}

/// One earlier merge: when, from which account, how far, and its progress page.
fn merge_row(status: &MergeStatus) -> Element<'_, Message> {
    let record = &status.record;
    let total = status.rows.len() - status.count(RowState::Skipped);
    let line = fl!(
        "gui-merge-earlier-line",
        date = crate::outbox::schedule::short(record.created),
        account = record.account.as_str(),
        sent = status.count(RowState::Sent),
        total = total
    );
    let (word, tone) = state_badge(status);
    row![
        container(text(line).size(size::BODY)).width(Fill),
        badge(word, tone),
        plain_button(fl!("gui-merge-show-progress"))
            .on_press(Message::OpenMerge(record.id.clone())),
    ]
    .spacing(spacing::S)
    .align_y(Center)
    .into()
}

/// A merge's state in a word: cancelled, paused, sending, done, or stopped on problems.
pub(super) fn state_badge(status: &MergeStatus) -> (String, Tone) {
    let record = &status.record;
    if record.cancelled {
        (fl!("gui-merge-state-cancelled"), Tone::Info)
    } else if record.paused {
        (fl!("gui-merge-state-paused"), Tone::Warning)
    } else if !status.settled() {
        (fl!("gui-merge-state-sending"), Tone::Info)
    } else if status.count(RowState::Failed) + status.count(RowState::Unconfirmed) > 0 {
        (fl!("gui-merge-state-problems"), Tone::Danger)
    } else {
        (fl!("gui-merge-state-done"), Tone::Success)
    }
}
