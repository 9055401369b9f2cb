//! The outbox and the sent list: what waits (with its problem in plain words) and what went out.
//! A sent message opens (`opened`); the App reads it, searches the kept texts and saves
//! attachments, and hands the results back as Messages.

pub mod opened;

use iced::widget::{Column, column, row, space, text, text_input};
use iced::{Center, Element, Task};

use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style, width};
use crate::gui::widget::{
    banner, busy_line, card, destructive_button, heading, page, primary_button, secondary_button,
    segmented, subtle,
};
use std::collections::BTreeMap;

use crate::outbox::{CopyState, CopyStatus, Meta, SentRecord, State};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Waiting,
    Sent,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Search(String),
    RetryNow(String),
    /// "It arrived": an unconfirmed message is recorded as sent.
    MarkSent(String),
    Edit(String),
    AskDelete(String),
    ConfirmDelete(String),
    CancelDelete,
    /// Show the next page of a long list.
    ShowMore,
    Close,
    /// Open a sent message (the App reads it: `Loaded`).
    Open(String),
    Loaded(String, Option<Box<crate::outbox::show::Shown>>),
    /// The ids whose kept text contains the search (the App looked: `Event::Search`).
    Found(String, Vec<String>),
    Back,
    SendAgain,
    Forward,
    SaveAttachment(usize),
    /// Where to save attachment `usize` of the open message (`None`: the dialog was closed).
    SaveTo(String, usize, Option<std::path::PathBuf>),
    /// What saving did: the path, or why not.
    Saved(Result<String, String>),
    /// Try again to save the copies in Sent of this account.
    RetryCopy(String),
}

#[derive(Debug, Clone)]
pub enum Event {
    RetryNow(String),
    MarkSent(String),
    Edit(String),
    Delete(String),
    Close,
    /// Read this sent message for the Sent tab.
    Open(String),
    /// Look for this text in the kept sent messages.
    Search(String),
    /// A new compose window filled from a sent message ("Send again", "Forward"), with the
    /// attachments of the kept message `attachments_of` (the App writes them out as files).
    Compose {
        account: String,
        draft: Box<crate::mail::Draft>,
        attachments_of: Option<String>,
    },
    /// Ask where to save attachment `index` (named `name`) of sent message `id`.
    SaveAttachment {
        id: String,
        index: usize,
        name: String,
    },
    /// Save attachment `index` of `id` at this path.
    WriteAttachment {
        id: String,
        index: usize,
        path: std::path::PathBuf,
    },
    /// Try again now to save the unsaved copies in Sent of this account.
    RetryCopy(String),
}

/// How many cards a list shows at first, and how many more each "Show more" adds: a long outbox
/// or sent list costs its layout in every frame.
pub const PAGE: usize = 50;

#[derive(Debug)]
pub struct OutboxScreen {
    pub tab: Tab,
    pub search: String,
    pub confirm_delete: Option<String>,
    /// How many cards the current list shows.
    pub shown: usize,
    /// The sent message open in the Sent tab.
    pub opened: Option<opened::Opened>,
    /// The search and the ids whose kept text contains it, as the App found them.
    pub found: Option<(String, Vec<String>)>,
}

impl Default for OutboxScreen {
    fn default() -> Self {
        OutboxScreen {
            tab: Tab::default(),
            search: String::new(),
            confirm_delete: None,
            shown: PAGE,
            opened: None,
            found: None,
        }
    }
}

fn show_more<'a>(left: usize) -> Element<'a, Message> {
    secondary_button(fl!("gui-show-more", count = left.min(PAGE)))
        .on_press(Message::ShowMore)
        .into()
}

impl OutboxScreen {
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Tab(t) => {
                self.tab = t;
                self.shown = PAGE;
                None
            }
            Message::Search(s) => {
                self.search = s.clone();
                self.shown = PAGE;
                (!s.trim().is_empty()).then_some(Event::Search(s))
            }
            Message::ShowMore => {
                self.shown += PAGE;
                None
            }
            Message::RetryNow(id) => Some(Event::RetryNow(id)),
            Message::MarkSent(id) => Some(Event::MarkSent(id)),
            Message::Edit(id) => Some(Event::Edit(id)),
            Message::AskDelete(id) => {
                self.confirm_delete = Some(id);
                None
            }
            Message::CancelDelete => {
                self.confirm_delete = None;
                None
            }
            Message::ConfirmDelete(id) => {
                self.confirm_delete = None;
                Some(Event::Delete(id))
            }
            Message::Close => Some(Event::Close),
            Message::RetryCopy(account) => Some(Event::RetryCopy(account)),
            other => self.update_opened(other),
        };
        (Task::none(), event)
    }

    /// The messages of an opened sent message and of the text search.
    fn update_opened(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Open(id) => {
                self.opened = Some(opened::Opened::loading(id.clone()));
                Some(Event::Open(id))
            }
            Message::Loaded(id, shown) => {
                if let Some(o) = self.opened.as_mut().filter(|o| o.id == id) {
                    o.gone = shown.is_none();
                    o.shown = shown;
                }
                None
            }
            Message::Found(needle, ids) => {
                self.found = Some((needle, ids));
                None
            }
            Message::Back => {
                self.opened = None;
                None
            }
            Message::SendAgain | Message::Forward => {
                let s = self.opened.as_ref()?.shown.as_ref()?;
                let draft = if matches!(message, Message::SendAgain) {
                    s.again()
                } else {
                    s.forward()
                };
                let has_attachments = s.opened.as_ref().is_some_and(|o| !o.attachments.is_empty());
                Some(Event::Compose {
                    account: s.account().to_owned(),
                    draft: Box::new(draft),
                    attachments_of: has_attachments.then(|| s.id.clone()),
                })
            }
            Message::SaveAttachment(index) => {
                let s = self.opened.as_ref()?.shown.as_ref()?;
                let name = s.opened.as_ref()?.attachments.get(index)?.name.clone();
                Some(Event::SaveAttachment {
                    id: s.id.clone(),
                    index,
                    name,
                })
            }
            Message::SaveTo(id, index, Some(path)) => {
                Some(Event::WriteAttachment { id, index, path })
            }
            Message::Saved(result) => {
                if let Some(o) = self.opened.as_mut() {
                    o.status = Some(match result {
                        Ok(path) => fl!("gui-sent-saved", path = path),
                        Err(reason) => fl!("gui-sent-save-failed", reason = reason),
                    });
                }
                None
            }
            _ => None,
        }
    }

    /// Whether the kept text of `id` contains the current search (as the App last found).
    fn found_in_text(&self, id: &str, needle: &str) -> bool {
        self.found.as_ref().is_some_and(|(n, ids)| {
            n.trim().to_lowercase() == needle && ids.iter().any(|i| i == id)
        })
    }

    pub fn view<'a>(
        &'a self,
        waiting: &'a [Meta],
        sent: &'a [SentRecord],
        copies: &'a BTreeMap<String, CopyState>,
        editing: &'a [String],
        flushing: bool,
    ) -> Element<'a, Message> {
        let tabs = segmented(
            &[
                (Tab::Waiting, fl!("gui-outbox-tab", count = waiting.len())),
                (Tab::Sent, fl!("gui-sent-tab")),
            ],
            self.tab,
            Message::Tab,
        );
        let header = row![
            heading(fl!("gui-outbox-title")),
            space::horizontal(),
            primary_button(fl!("gui-done")).on_press(Message::Close)
        ]
        .align_y(Center);
        let mut col = column![header, tabs].spacing(spacing::M);
        if flushing {
            col = col.push(busy_line(fl!("gui-outbox-sending")));
        }
        col = col.push(match self.tab {
            Tab::Waiting => self.waiting(waiting, editing),
            Tab::Sent => self.sent(sent, copies),
        });
        page(col, width::WIDE)
    }

    fn waiting<'a>(&'a self, waiting: &'a [Meta], editing: &'a [String]) -> Element<'a, Message> {
        if waiting.is_empty() {
            return subtle(fl!("gui-outbox-empty"));
        }
        let mut list = Column::new().spacing(spacing::M);
        for m in waiting.iter().take(self.shown) {
            list = list.push(self.waiting_card(m, editing.contains(&m.id)));
        }
        if waiting.len() > self.shown {
            list = list.push(show_more(waiting.len() - self.shown));
        }
        list.into()
    }

    /// One waiting message: subject, recipients, where it stands, its problem, its actions.
    fn waiting_card<'a>(&'a self, m: &'a Meta, being_edited: bool) -> Element<'a, Message> {
        let now = crate::outbox::unix(std::time::SystemTime::now());
        let scheduled = m.is_scheduled(now);
        let mut c = column![
            text(if m.subject.is_empty() {
                fl!("gui-no-subject")
            } else {
                m.subject.clone()
            })
            .size(size::LARGE),
            text(fl!(
                "gui-outbox-to",
                recipients = m.recipients.join(", "),
                account = m.account.as_str()
            ))
            .size(size::SMALL)
            .style(style::muted),
            text(standing(m, being_edited, scheduled, now)).size(size::SMALL),
        ]
        .spacing(spacing::XS);
        if let Some(why) = why_waiting(m) {
            c = c.push(why);
        }
        c = c.push(actions(m, being_edited, scheduled));
        if self.confirm_delete.as_deref() == Some(m.id.as_str()) {
            c = c.push(delete_question(m));
        }
        card(c)
    }

    fn sent<'a>(
        &'a self,
        sent: &'a [SentRecord],
        copies: &'a BTreeMap<String, CopyState>,
    ) -> Element<'a, Message> {
        if let Some(o) = &self.opened {
            return opened::view(o, copies.get(&o.id));
        }
        let search = text_input(&fl!("gui-search-sent"), &self.search)
            .style(style::input)
            .id("search")
            .on_input(Message::Search)
            .padding(spacing::S);
        let needle = self.search.trim().to_lowercase();
        let mut list = Column::new().spacing(spacing::S);
        let mut shown = 0;
        for r in sent.iter().rev() {
            let haystack =
                format!("{} {} {}", r.subject, r.recipients.join(" "), r.account).to_lowercase();
            if !needle.is_empty()
                && !haystack.contains(&needle)
                && !self.found_in_text(&r.id, &needle)
            {
                continue;
            }
            shown += 1;
            if shown > self.shown {
                // Counted, not laid out: the rest waits behind "Show more".
                continue;
            }
            list = list.push(card(
                column![
                    text(if r.subject.is_empty() {
                        fl!("gui-no-subject")
                    } else {
                        r.subject.clone()
                    })
                    .size(size::BODY),
                    text(fl!(
                        "gui-sent-line",
                        recipients = r.recipients.join(", "),
                        time = relative_time(r.sent_at),
                        size = crate::i18n::format_size(r.size)
                    ))
                    .size(size::SMALL)
                    .style(style::muted),
                    row![
                        copy_line(copies.get(&r.id)),
                        space::horizontal(),
                        secondary_button(fl!("gui-sent-open"))
                            .on_press(Message::Open(r.id.clone())),
                    ]
                    .align_y(Center),
                ]
                .spacing(spacing::XS),
            ));
        }
        if shown == 0 {
            list = list.push(subtle(fl!("gui-sent-empty")));
        } else if shown > self.shown {
            list = list.push(show_more(shown - self.shown));
        }
        column![search, list].spacing(spacing::M).into()
    }
}

/// Where the copy in Sent of a sent message stands, in a few words (nothing when none is kept
/// there).
pub fn copy_words(copy: Option<&CopyState>) -> Option<String> {
    let copy = copy?;
    Some(match copy.status {
        CopyStatus::Saved => fl!(
            "copy-saved-in",
            folder = copy.folder.clone().unwrap_or_default()
        ),
        CopyStatus::Pending => fl!("copy-pending"),
        CopyStatus::Failed => fl!("copy-failed"),
        CopyStatus::Off => return None,
    })
}

fn copy_line<'a>(copy: Option<&CopyState>) -> Element<'a, Message> {
    let failed = copy.is_some_and(|c| c.status == CopyStatus::Failed);
    match copy_words(copy) {
        Some(words) if failed => text(words).size(size::CAPTION).style(style::error).into(),
        Some(words) => text(words).size(size::CAPTION).style(style::muted).into(),
        None => space::horizontal().width(0).into(),
    }
}

/// Where a waiting message stands: being edited, scheduled, blocked, its next try, held…
fn standing(m: &Meta, being_edited: bool, scheduled: bool, now: u64) -> String {
    match m.state {
        _ if being_edited => fl!("gui-outbox-being-edited"),
        _ if scheduled => fl!(
            "gui-outbox-scheduled",
            time = crate::outbox::schedule::short(m.scheduled_for.unwrap_or(now))
        ),
        State::Queued if m.blocked.is_some() => fl!("gui-outbox-blocked"),
        State::Queued => fl!(
            "gui-outbox-next-try",
            time = relative_time(m.next_attempt),
            attempts = m.attempts
        ),
        State::Held => fl!("outbox-state-held"),
        State::Unconfirmed => fl!("outbox-state-unconfirmed"),
    }
}

/// Why it waits, when there is more to say: unconfirmed, blocked, or its last problem.
fn why_waiting(m: &Meta) -> Option<Element<'_, Message>> {
    if m.state == State::Unconfirmed {
        // It may have arrived: the user decides, Outpost never guesses.
        return Some(banner(
            text(fl!("outbox-unconfirmed-explain")),
            Tone::Warning,
        ));
    }
    if let Some(b) = &m.blocked {
        // Nothing was tried: say why, in the current language.
        let mut why = column![text(b.explain(&m.account))].spacing(spacing::XS);
        if let Some(fix) = b.fix() {
            why = why.push(text(fl!("cli-fix", fix = fix)));
        }
        return Some(banner(why, Tone::Warning));
    }
    let p = m.last_problem.as_ref()?;
    // Shown in the current language, rebuilt from the kind, the step and the server.
    let problem = p.problem();
    let mut inner = column![
        text(problem.message()),
        text(fl!("cli-fix", fix = problem.fix()))
    ]
    .spacing(spacing::XS);
    if let Some(reply) = &p.server_reply {
        inner = inner.push(
            text(fl!("cli-server-said", reply = reply.as_str()))
                .size(size::CAPTION)
                .style(style::muted),
        );
    }
    // Held (it will not be tried again by itself) is a failure; otherwise a caution.
    let tone = if m.state == State::Held {
        Tone::Danger
    } else {
        Tone::Warning
    };
    Some(banner(inner, tone))
}

/// A waiting message's buttons: none while a window edits it.
fn actions(m: &Meta, being_edited: bool, scheduled: bool) -> Element<'_, Message> {
    let unconfirmed = m.state == State::Unconfirmed;
    let mut actions = if unconfirmed {
        // One primary action: recording that it arrived sends nothing.
        row![
            primary_button(fl!("gui-it-arrived"))
                .on_press_maybe((!being_edited).then(|| Message::MarkSent(m.id.clone()))),
            secondary_button(fl!("gui-send-again"))
                .on_press_maybe((!being_edited).then(|| Message::RetryNow(m.id.clone()))),
        ]
    } else {
        row![
            primary_button(if scheduled {
                fl!("gui-send-now")
            } else {
                fl!("gui-retry-now")
            })
            .on_press_maybe((!being_edited).then(|| Message::RetryNow(m.id.clone()))),
        ]
    }
    .spacing(spacing::S);
    if m.draft.is_some() && !being_edited && !unconfirmed {
        actions =
            actions.push(secondary_button(fl!("gui-edit")).on_press(Message::Edit(m.id.clone())));
    }
    actions = actions.push(space::horizontal());
    actions
        .push(
            destructive_button(fl!("gui-delete"))
                .on_press_maybe((!being_edited).then(|| Message::AskDelete(m.id.clone()))),
        )
        .into()
}

/// "Delete this message?" with Keep and Delete.
fn delete_question(m: &Meta) -> Element<'_, Message> {
    banner(
        column![
            text(fl!("gui-delete-question")),
            row![
                secondary_button(fl!("gui-keep")).on_press(Message::CancelDelete),
                destructive_button(fl!("gui-delete"))
                    .on_press(Message::ConfirmDelete(m.id.clone())),
            ]
            .spacing(spacing::S)
        ]
        .spacing(spacing::S),
        Tone::Danger,
    )
}

/// "in 3 minutes", "5 minutes ago", or a date for anything further away.
pub fn relative_time(unix: u64) -> String {
    let now = crate::outbox::unix(std::time::SystemTime::now()) as i64;
    let delta = unix as i64 - now;
    let minutes = (delta.abs() + 30) / 60;
    if delta.abs() < 60 {
        fl!("gui-time-now")
    } else if delta > 0 && minutes < 120 {
        fl!("gui-time-in-minutes", minutes = minutes)
    } else if delta < 0 && minutes < 120 {
        fl!("gui-time-minutes-ago", minutes = minutes)
    } else {
        use chrono::Datelike;
        // Years -9999..=9999 as before; a time further out shows the epoch.
        let t = chrono::DateTime::from_timestamp(unix as i64, 0)
            .filter(|t| (-9999..=9999).contains(&t.year()))
            .unwrap_or(chrono::DateTime::UNIX_EPOCH);
        t.format("%Y-%m-%d %H:%M UTC").to_string() // not translated: an ISO 8601 date, in UTC
    }
}
