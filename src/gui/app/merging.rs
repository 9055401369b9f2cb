//! "Send to a list": what the merge pages ask, done off the UI thread through `ops::merge`, the
//! verbs `outpost merge` uses: read a list, check and pace its rows, the test to oneself (through
//! the one flush), queue, and a queued merge's state, pause, resume, cancel and report. A merge's
//! state is read from disk again whenever the outbox changes; its messages are flushed as they come
//! due ([`App::merge_tick`], once a second while a merge has messages waiting).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use iced::{Task, window};

use crate::account::Account;
use crate::fl;
use crate::gui::merge::{self, MergeScreen, Opening};
use crate::ops::merge::{self as verbs, MergeError, Prepared, record};
use crate::outbox::{FlushReport, Outbox, State, unix};

use super::*;

/// What a merge's page asked of its not-yet-sent messages.
#[derive(Debug, Clone, Copy)]
enum Change {
    Pause,
    Resume,
    Cancel,
}

impl App {
    /// "Send to a list" on the main window, from `account` (its name), with what `opening` holds.
    pub fn open_merge(&mut self, account: Option<String>, opening: Opening) -> Task<Message> {
        let (data, sheet) = (opening.data.clone(), opening.sheet.clone());
        let mut screen = MergeScreen::new(account, opening);
        let mut tasks = vec![];
        if !screen.attachments.is_empty() {
            tasks.push(measure(screen.attachments.clone()));
        }
        if let Some(path) = data {
            screen.file = Some(path.clone());
            screen.loading = true;
            tasks.push(load_list(path, sheet));
        }
        self.screen = Screen::Merge(Box::new(screen));
        tasks.push(self.load_merges());
        Task::batch(tasks)
    }

    pub(super) fn on_merge_message(&mut self, m: merge::Message) -> Task<Message> {
        let Screen::Merge(s) = &mut self.screen else {
            return Task::none();
        };
        // What pause, resume and cancel changed is in the outbox: read it (and so the merge) again.
        let reload = matches!(m, merge::Message::Changed(_));
        let (task, event) = s.update(m, &self.store.config.accounts);
        let mut tasks = vec![task.map(Message::Merge)];
        if let Some(event) = event {
            tasks.push(self.perform_merge(event));
        }
        if reload {
            tasks.push(self.load_outbox());
        }
        Task::batch(tasks)
    }

    fn perform_merge(&mut self, event: merge::Event) -> Task<Message> {
        match event {
            merge::Event::PickFile => pick_list_file(),
            merge::Event::Load(path, sheet) => load_list(path, sheet),
            merge::Event::Prepare(request, account) => {
                let data = self.store.paths.data_dir.clone();
                Task::perform(
                    async move {
                        verbs::prepare(&data, &account, &request, SystemTime::now())
                            .await
                            .map(Box::new)
                            .map_err(|e| e.message())
                    },
                    |r| Message::Merge(merge::Message::Prepared(r)),
                )
            }
            merge::Event::SendTest(prepared) => self.send_test(*prepared),
            merge::Event::PickAttachments => pick_attachments(),
            merge::Event::Measure(paths) => measure(paths),
            merge::Event::Repace(prepared, rate, start) => {
                let data = self.store.paths.data_dir.clone();
                Task::perform(
                    async move {
                        verbs::window::repace(&data, *prepared, rate, start, SystemTime::now())
                            .await
                            .map(Box::new)
                            .map_err(|e| e.message())
                    },
                    move |r| Message::Merge(merge::Message::Repaced(rate, start, r)),
                )
            }
            merge::Event::Queue(prepared, rate, start) => self.queue_merge(*prepared, rate, start),
            merge::Event::LoadMerges => self.load_merges(),
            merge::Event::Watch(id) => Task::batch([self.merge_status(id), self.load_outbox()]),
            merge::Event::Pause(id) => self.change_merge(Change::Pause, id),
            merge::Event::Resume(id) => self.change_merge(Change::Resume, id),
            merge::Event::Cancel(id) => self.change_merge(Change::Cancel, id),
            merge::Event::ExportReport(id) => save_report_as(id),
            merge::Event::Close => {
                self.screen = Screen::Accounts(accounts::Accounts::default());
                Task::none()
            }
        }
    }

    fn outbox_for_merge(&self) -> Result<Outbox, String> {
        self.outbox
            .clone()
            .ok_or_else(|| fl!("gui-merge-no-outbox"))
    }

    /// The first ready message to the account's own address, through the outbox and the one
    /// flush (now, whatever its backoff).
    fn send_test(&mut self, prepared: Prepared) -> Task<Message> {
        let outbox = match self.outbox_for_merge() {
            Ok(o) => o,
            Err(e) => return Task::done(Message::Merge(merge::Message::TestDone(Err(e)))),
        };
        let to = prepared.account.email.clone();
        Task::perform(
            async move {
                verbs::queue_test(&outbox, &prepared, &to, SystemTime::now())
                    .await
                    .map(|meta| meta.id)
                    .map_err(|e| e.message())
            },
            Message::MergeTestQueued,
        )
    }

    pub(super) fn merge_test_queued(&mut self, result: Result<String, String>) -> Task<Message> {
        match result {
            Ok(id) => {
                self.merge_test = Some(id.clone());
                Task::batch([self.load_outbox(), self.request_flush(vec![id], true)])
            }
            Err(e) => self.on_merge_message(merge::Message::TestDone(Err(e))),
        }
    }

    /// A flush ended: when the test to oneself was in it, the preview hears how it went.
    pub(super) fn merge_flushed(
        &mut self,
        only: &[String],
        result: &Result<FlushReport, String>,
    ) -> Task<Message> {
        let Some(id) = self.merge_test.clone().filter(|id| only.contains(id)) else {
            return Task::none();
        };
        self.merge_test = None;
        let outcome = match result {
            Ok(report) => test_outcome(report, &id),
            Err(e) => Err(e.clone()),
        };
        self.on_merge_message(merge::Message::TestDone(outcome))
    }

    /// Paces the messages again from now (or `start`) at `rate`, and queues them.
    fn queue_merge(&mut self, prepared: Prepared, rate: u32, start: Option<u64>) -> Task<Message> {
        let outbox = match self.outbox_for_merge() {
            Ok(o) => o,
            Err(e) => return Task::done(Message::Merge(merge::Message::Queued(Err(e)))),
        };
        let data = self.store.paths.data_dir.clone();
        Task::perform(
            async move {
                queue_paced(&outbox, &data, prepared, rate, start)
                    .await
                    .map_err(|e| e.message())
            },
            |r| Message::Merge(merge::Message::Queued(r)),
        )
    }

    /// The merges queued before, for the first page.
    fn load_merges(&self) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        Task::perform(
            off_ui_thread(move || Ok(record::list(&outbox, SystemTime::now()))),
            |r| Message::Merge(merge::Message::Merges(r.unwrap_or_default())),
        )
    }

    /// A merge's state, read from the outbox, the sent log and its record.
    fn merge_status(&self, id: String) -> Task<Message> {
        let outbox = match self.outbox_for_merge() {
            Ok(o) => o,
            Err(e) => return Task::done(Message::Merge(merge::Message::Status(id, Err(e)))),
        };
        let of = id.clone();
        Task::perform(
            off_ui_thread(move || {
                record::status(&outbox, &of, SystemTime::now())
                    .map(Box::new)
                    .map_err(|e| e.message())
            }),
            move |r| Message::Merge(merge::Message::Status(id.clone(), r)),
        )
    }

    fn change_merge(&mut self, change: Change, id: String) -> Task<Message> {
        let outbox = match self.outbox_for_merge() {
            Ok(o) => o,
            Err(e) => return Task::done(Message::Merge(merge::Message::Changed(Err(e)))),
        };
        let data = self.store.paths.data_dir.clone();
        let accounts = self.store.config.accounts.clone();
        Task::perform(
            off_ui_thread(move || {
                changed(&outbox, &data, &accounts, change, &id).map_err(|e| e.message())
            }),
            |r| Message::Merge(merge::Message::Changed(r)),
        )
    }

    /// Writes merge `id`'s report to `path` (none: the dialog was closed).
    pub(super) fn write_report(&mut self, id: String, path: Option<PathBuf>) -> Task<Message> {
        let Some(path) = path else {
            return Task::none();
        };
        let outbox = match self.outbox_for_merge() {
            Ok(o) => o,
            Err(e) => return Task::done(Message::Merge(merge::Message::ReportWritten(Err(e)))),
        };
        Task::perform(
            off_ui_thread(move || {
                record::report(&outbox, &id, &path, SystemTime::now())
                    .map(|_| path)
                    .map_err(|e| e.message())
            }),
            |r| Message::Merge(merge::Message::ReportWritten(r)),
        )
    }

    /// The outbox was read again: the merge shown follows it, and the next due merge message
    /// sets the next flush.
    pub(super) fn merge_outbox_changed(&mut self) -> Task<Message> {
        self.merge_next = self
            .waiting
            .iter()
            .filter(|m| m.merge_id.is_some() && m.state == State::Queued && m.in_flight.is_none())
            .map(|m| m.scheduled_for.unwrap_or(0).max(m.next_attempt))
            .min();
        let Screen::Merge(s) = &self.screen else {
            return Task::none();
        };
        match (s.watched(), s.page) {
            (Some(id), _) => self.merge_status(id.to_owned()),
            (None, merge::Page::File) => self.load_merges(),
            (None, _) => Task::none(),
        }
    }

    /// Once a second while a merge has messages waiting: a flush when the next one is due.
    pub(super) fn merge_tick(&mut self) -> Task<Message> {
        match self.merge_next {
            Some(due) if due <= unix(SystemTime::now()) => {
                self.merge_next = None;
                self.request_flush(vec![], false)
            }
            _ => Task::none(),
        }
    }

    /// A message of a merge, or the test of one: the page shows it, not a notice each.
    pub(super) fn is_merge_message(&self, id: &str) -> bool {
        self.merge_test.as_deref() == Some(id)
            || self
                .waiting
                .iter()
                .any(|m| m.id == id && m.merge_id.is_some())
    }

    /// A file dropped on a window: a compose window attaches it; the main window reads it as the
    /// list of "Send to a list" (opening that page from the accounts page), or attaches it to
    /// every message of the merge on its write page.
    pub(super) fn file_dropped(&mut self, window: window::Id, path: PathBuf) -> Task<Message> {
        if Some(window) != self.main {
            return self.on_compose_message(window, compose::Message::FilesPicked(vec![path]));
        }
        match &self.screen {
            Screen::Merge(_) => self.on_merge_message(merge::Message::Dropped(path)),
            Screen::Accounts(_) if is_list(&path) && !self.store.config.accounts.is_empty() => {
                let opening = Opening {
                    data: Some(path),
                    ..Opening::default()
                };
                self.open_merge(None, opening)
            }
            _ => Task::none(),
        }
    }
}

/// A file that may be a list: CSV and its kin, XLSX, ODS.
fn is_list(path: &Path) -> bool {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    LIST_EXTENSIONS.contains(&extension.as_str())
}

const LIST_EXTENSIONS: [&str; 5] = ["csv", "tsv", "txt", "xlsx", "ods"];

/// How the test to oneself went in `report`: the address it went to, or why it did not go.
fn test_outcome(report: &FlushReport, id: &str) -> Result<String, String> {
    if let Some(sent) = report.sent_record(id) {
        return Ok(sent.recipients.join(", "));
    }
    if let Some((_, problem)) = report.failed.iter().find(|(m, _)| m.id == id) {
        let mut why = problem.message();
        if problem.kind.is_temporary() {
            why = format!("{why} {}", fl!("gui-merge-test-waiting"));
        }
        return Err(why);
    }
    if let Some((_, reason)) = report.blocked.iter().find(|(m, _)| m.id == id) {
        return Err(reason.clone());
    }
    Err(fl!("gui-merge-test-waiting"))
}

/// Pace from now (or `start`), then queue (what was previewed is what goes).
async fn queue_paced(
    outbox: &Outbox,
    data_dir: &Path,
    prepared: Prepared,
    rate: u32,
    start: Option<u64>,
) -> Result<String, MergeError> {
    let now = SystemTime::now();
    let prepared = verbs::window::repace(data_dir, prepared, rate, start, now).await?;
    verbs::queue(outbox, &prepared, now).await
}

/// Pauses, resumes or cancels merge `id`, and says what it did.
fn changed(
    outbox: &Outbox,
    data_dir: &Path,
    accounts: &[Account],
    change: Change,
    id: &str,
) -> Result<String, MergeError> {
    let (done, line) = match change {
        Change::Pause => {
            let done = record::pause(outbox, id)?;
            (done, fl!("merge-paused", count = done.changed))
        }
        Change::Resume => {
            let name = record::Records::new(data_dir).get(id)?.account;
            let account = accounts.iter().find(|a| a.name == name);
            let done = record::resume(outbox, account, id, SystemTime::now())?;
            (done, fl!("merge-resumed", count = done.changed))
        }
        Change::Cancel => {
            let done = record::cancel(outbox, id)?;
            (done, fl!("merge-cancelled", count = done.changed))
        }
    };
    if done.busy == 0 {
        return Ok(line);
    }
    Ok(format!("{line} {}", fl!("merge-busy", count = done.busy)))
}

/// The file dialog of "Choose a file…".
fn pick_list_file() -> Task<Message> {
    Task::perform(
        async {
            rfd::AsyncFileDialog::new()
                .set_title(fl!("gui-merge-choose-title"))
                .add_filter(fl!("gui-merge-file-filter"), &LIST_EXTENSIONS)
                .pick_file()
                .await
                .map(|f| f.path().to_path_buf())
        },
        |path| path,
    )
    .then(|path| match path {
        Some(path) => Task::done(Message::Merge(merge::Message::FileChosen(path))),
        None => Task::none(),
    })
}

/// The file dialog of "Attach files…" on the write page.
fn pick_attachments() -> Task<Message> {
    Task::perform(super::files::attachments_dialog(), |paths| paths).then(|paths| {
        if paths.is_empty() {
            Task::none()
        } else {
            Task::done(Message::Merge(merge::Message::FilesPicked(paths)))
        }
    })
}

/// The sizes of the files for every message, off the UI thread (`None`: missing, not a file).
fn measure(paths: Vec<PathBuf>) -> Task<Message> {
    Task::perform(super::files::file_sizes(paths), |files| {
        Message::Merge(merge::Message::Measured(files))
    })
}

/// Reads the list off the UI thread.
fn load_list(path: PathBuf, sheet: Option<String>) -> Task<Message> {
    let of = path.clone();
    Task::perform(
        async move {
            verbs::window::glance(of, sheet)
                .await
                .map(Box::new)
                .map_err(|e| e.message())
        },
        move |r| Message::Merge(merge::Message::Loaded(path.clone(), r)),
    )
}

/// The file dialog of "Export report…"; the report is written once a file is chosen.
fn save_report_as(id: String) -> Task<Message> {
    let name = format!("mail-merge-{id}.csv");
    Task::perform(
        async move {
            rfd::AsyncFileDialog::new()
                .set_title(fl!("gui-merge-report-title"))
                .set_file_name(name)
                .save_file()
                .await
                .map(|f| f.path().to_path_buf())
        },
        move |path| Message::MergeReportTo(id.clone(), path),
    )
}
