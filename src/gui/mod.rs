//! The desktop front end (iced). It knows the library's types and nothing of SMTP beyond them.

pub mod accounts;
pub mod app;
pub mod compose;
pub mod delivery;
pub mod drafts;
pub mod focus;
pub mod glyph;
mod icon;
pub mod identity;
pub mod merge;
pub mod outbox;
pub mod settings;
pub mod theme;
pub mod widget;
pub mod wizard;

/// The reverse-DNS id used everywhere: window app id, desktop file, metainfo, icons.
pub const APP_ID: &str = "io.github.outpost_mail.Outpost"; // not translated: an identifier

pub use app::Start;
pub use compose::Prefill;

pub fn run(start: Start) -> iced::Result {
    app::run(start)
}
