//! What the Sent tab asks: a kept message read, the kept texts searched, an attachment saved
//! (after the file dialog), a compose window filled from a sent message. All off the UI thread;
//! the answers go back to the outbox screen as its Messages.

use iced::{Task, window};

use crate::gui::{compose, outbox as outbox_screen};

use super::*;

fn to_screen(m: outbox_screen::Message) -> Message {
    Message::Outbox(m)
}

fn open_compose(prefill: compose::Prefill) -> Task<Message> {
    let (_, open) = window::open(compose_window_settings());
    open.map(move |wid| Message::ComposeReady(wid, prefill.clone()))
}

impl App {
    /// Carries out the Sent tab's Events.
    pub(super) fn on_sent_event(&mut self, event: outbox_screen::Event) -> Task<Message> {
        let Some(outbox) = self.outbox.clone() else {
            return Task::none();
        };
        match event {
            outbox_screen::Event::Open(id) => Task::perform(
                off_ui_thread(move || Ok((id.clone(), outbox.show(&id).map(Box::new)))),
                |r| match r {
                    Ok((id, s)) => to_screen(outbox_screen::Message::Loaded(id, s)),
                    Err(_) => to_screen(outbox_screen::Message::Back),
                },
            ),
            outbox_screen::Event::Search(needle) => Task::perform(
                off_ui_thread(move || {
                    let ids = outbox.search_sent(&needle).into_iter().map(|(r, _)| r.id);
                    Ok((needle.clone(), ids.collect()))
                }),
                |r| match r {
                    Ok((needle, ids)) => to_screen(outbox_screen::Message::Found(needle, ids)),
                    Err(_) => to_screen(outbox_screen::Message::Found(String::new(), vec![])),
                },
            ),
            outbox_screen::Event::Compose {
                account,
                draft,
                attachments_of,
            } => {
                let mut prefill = compose::Prefill {
                    account: Some(account),
                    message: *draft,
                    ..Default::default()
                };
                let Some(id) = attachments_of else {
                    return open_compose(prefill);
                };
                // The attachments as files first (a copy that cannot give them opens without).
                Task::perform(
                    off_ui_thread(move || {
                        Ok(outbox.kept().attachment_files(&id).unwrap_or_default())
                    }),
                    |r| r.unwrap_or_default(),
                )
                .then(move |files| {
                    prefill.message.attachments = files;
                    open_compose(prefill.clone())
                })
            }
            outbox_screen::Event::SaveAttachment { id, index, name } => Task::perform(
                async move {
                    rfd::AsyncFileDialog::new()
                        .set_file_name(name)
                        .save_file()
                        .await
                        .map(|f| f.path().to_path_buf())
                },
                move |path| to_screen(outbox_screen::Message::SaveTo(id.clone(), index, path)),
            ),
            outbox_screen::Event::WriteAttachment { id, index, path } => Task::perform(
                off_ui_thread(move || {
                    let bytes = outbox
                        .show(&id)
                        .and_then(|s| s.bytes)
                        .ok_or_else(|| fl!("gui-sent-gone"))?;
                    let (_, contents) = crate::mail::read::attachment(&bytes, index)
                        .ok_or_else(|| fl!("gui-sent-gone"))?;
                    std::fs::write(&path, contents).map_err(|e| crate::i18n::io_reason(&e))?;
                    Ok(path.display().to_string())
                }),
                |r| to_screen(outbox_screen::Message::Saved(r)),
            ),
            _ => Task::none(),
        }
    }
}
