//! The app follows the system's light or dark mode unless the user picks one.

use iced::Theme;

use crate::config::ThemeChoice;

/// `None` lets iced follow the system colour scheme.
pub fn theme(choice: ThemeChoice) -> Option<Theme> {
    match choice {
        ThemeChoice::System => None,
        ThemeChoice::Light => Some(Theme::Light),
        ThemeChoice::Dark => Some(Theme::Dark),
    }
}
