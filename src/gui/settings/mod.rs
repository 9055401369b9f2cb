//! Preferences: theme and language. Changes apply at once and are saved.

use iced::widget::column;
use iced::{Element, Task};

use crate::config::{Preferences, ThemeChoice};
use crate::fl;
use crate::gui::theme::{TEXT_SCALES, spacing, width};
use crate::gui::widget::{
    actions, boxed_list, heading, page_with_actions, primary_button, section, segmented, subtle,
};

#[derive(Debug, Clone)]
pub enum Message {
    Theme(ThemeChoice),
    Language(LanguageChoice),
    /// Seconds of "Undo" after Send (0–30).
    UndoSeconds(u32),
    /// Text and controls at this many per cent (100–150).
    TextScale(u16),
    Close,
}

#[derive(Debug, Clone)]
pub enum Event {
    Changed,
    Close,
}

/// "Follow the system" or one of the shipped languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageChoice {
    System,
    Language(String),
}

impl std::fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LanguageChoice::System => f.write_str(&fl!("gui-language-system")),
            LanguageChoice::Language(tag) => f.write_str(&language_name(tag)),
        }
    }
}

fn language_name(tag: &str) -> String {
    match tag.split('-').next().unwrap_or(tag) {
        "en" => "English".into(), // not translated: a language is listed by its own name
        "de" => "Deutsch".into(), // not translated: a language is listed by its own name
        "es" => "Español".into(), // not translated: a language is listed by its own name
        "fr" => "Français".into(), // not translated: a language is listed by its own name
        "pt" => "Português (Brasil)".into(), // not translated: a language is listed by its own name
        other => other.to_owned(),
    }
}

/// Switches the language of every text from now on; `None` follows the system.
pub fn apply_language(tag: Option<&str>) {
    match tag.and_then(|t| t.parse().ok()) {
        Some(id) => crate::i18n::select(&[id]),
        None => crate::i18n::init_from_environment(),
    }
}

#[derive(Debug, Default)]
pub struct Settings;

impl Settings {
    pub fn update(
        &mut self,
        message: Message,
        preferences: &mut Preferences,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Theme(t) => {
                preferences.theme = t;
                (Task::none(), Some(Event::Changed))
            }
            Message::Language(choice) => {
                preferences.language = match choice {
                    LanguageChoice::System => None,
                    LanguageChoice::Language(tag) => Some(tag),
                };
                apply_language(preferences.language.as_deref());
                (Task::none(), Some(Event::Changed))
            }
            Message::UndoSeconds(secs) => {
                preferences.undo_send_secs = secs.min(30);
                (Task::none(), Some(Event::Changed))
            }
            Message::TextScale(percent) => {
                preferences.text_scale = percent.clamp(100, 150);
                (Task::none(), Some(Event::Changed))
            }
            Message::Close => (Task::none(), Some(Event::Close)),
        }
    }

    pub fn view<'a>(&'a self, preferences: &'a Preferences) -> Element<'a, Message> {
        let themes = segmented(
            &[
                (ThemeChoice::System, fl!("gui-theme-system")),
                (ThemeChoice::Light, fl!("gui-theme-light")),
                (ThemeChoice::Dark, fl!("gui-theme-dark")),
            ],
            preferences.theme,
            Message::Theme,
        );
        // Every language by its own name, as buttons: all choices visible at once, one click.
        let mut choices = vec![LanguageChoice::System];
        choices.extend(
            crate::i18n::available_languages()
                .into_iter()
                .map(LanguageChoice::Language),
        );
        let selected = match &preferences.language {
            Some(tag) => LanguageChoice::Language(tag.clone()),
            None => LanguageChoice::System,
        };
        let labelled: Vec<(usize, String)> = choices
            .iter()
            .map(ToString::to_string)
            .enumerate()
            .collect();
        let current = choices.iter().position(|c| *c == selected).unwrap_or(0);
        let languages = segmented(&labelled, current, move |i| {
            Message::Language(choices[i].clone())
        });
        let undo_choices: Vec<(u32, String)> = [0u32, 5, 10, 20, 30]
            .into_iter()
            .map(|secs| {
                let label = if secs == 0 {
                    fl!("gui-undo-off")
                } else {
                    fl!("gui-undo-seconds", seconds = secs)
                };
                (secs, label)
            })
            .collect();
        let undo = segmented(
            &undo_choices,
            preferences.undo_send_secs,
            Message::UndoSeconds,
        );
        let scales: Vec<(u16, String)> = TEXT_SCALES
            .iter()
            .map(|p| (*p, fl!("gui-text-size-percent", percent = p.to_string())))
            .collect();
        let text_size = segmented(&scales, preferences.text_scale, Message::TextScale);
        // A boxed list of settings, each with its name, its control and a line of help.
        let setting = |name: String, control: Element<'a, Message>, help: Option<String>| {
            let mut c = column![section(name), control].spacing(spacing::S);
            if let Some(h) = help {
                c = c.push(subtle(h));
            }
            Element::from(c)
        };
        let content = column![
            heading(fl!("gui-settings")),
            boxed_list(vec![
                setting(fl!("gui-theme"), themes, None),
                setting(
                    fl!("gui-text-size"),
                    text_size,
                    Some(fl!("gui-text-size-help"))
                ),
                setting(
                    fl!("gui-language"),
                    languages,
                    Some(fl!("gui-language-note"))
                ),
                setting(
                    fl!("gui-undo-setting"),
                    undo,
                    Some(fl!("gui-undo-setting-help"))
                ),
            ]),
        ]
        .spacing(spacing::L);
        page_with_actions(
            content,
            actions(
                None,
                vec![],
                Some(
                    primary_button(fl!("gui-done"))
                        .on_press(Message::Close)
                        .into(),
                ),
            ),
            width::FORM,
        )
    }
}
