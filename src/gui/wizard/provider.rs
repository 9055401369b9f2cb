//! The provider page: what the lookup found, the presets as tiles ("Other" last), the region where
//! a provider has several, and the provider's notes with their help pages.

use iced::widget::{Column, button, column, container, pick_list, row, text};
use iced::{Center, Element, Fill, Length};

use super::view::Page;
use super::{Event, Wizard};
use crate::account::Security;
use crate::discover::Source;
use crate::fl;
use crate::gui::focus::focusable;
use crate::gui::theme::monogram_colour;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{banner, heading, keyboard_dropdown, monogram, secondary_button, subtle};
use crate::providers;

/// Tiles on the provider page, by preset id; "Other" is separate.
pub const PROVIDER_TILES: [&str; 8] = [
    "gmail",
    "outlook",
    "yahoo",
    "office365",
    "amazon-ses",
    "icloud",
    "fastmail",
    "zoho",
];

#[derive(Debug, Clone)]
pub enum Message {
    /// A tile: a preset by id, or `None` for "Other".
    Picked(Option<String>),
    RegionPicked(String),
    /// A note's help page.
    OpenUrl(String),
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::Provider(m)
    }
}

impl Wizard {
    pub(super) fn update_provider(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Picked(id) => match id.as_deref().and_then(providers::by_id) {
                Some(p) => {
                    self.region = None;
                    self.apply_preset(p);
                }
                None => {
                    self.provider = None;
                    self.copies = super::copies::CopiesForm::new(None, self.copies.save_sent());
                    let domain = self
                        .email
                        .rsplit_once('@')
                        .map(|(_, d)| d.to_owned())
                        .unwrap_or_default();
                    self.set_server(&format!("smtp.{domain}"), 587, Security::StartTls);
                    self.username = self.email.trim().to_owned();
                    self.sign_in = true;
                }
            },
            Message::RegionPicked(region) => {
                self.region = Some(region);
                if let Some(p) = self.provider {
                    self.apply_preset(p);
                }
            }
            // Opening a browser is best effort; the URL is shown next to the button as well.
            Message::OpenUrl(url) => return Some(Event::OpenUrl(url)),
        }
        None
    }

    /// "Found: …", with where it was found.
    fn found(&self) -> String {
        let Some(d) = &self.detection else {
            return String::new();
        };
        let source = match d.source {
            Source::Preset => fl!("detect-source-preset"),
            Source::Isp => fl!("detect-source-isp"),
            Source::Ispdb => fl!("detect-source-ispdb"),
            Source::Mx => fl!("detect-source-mx"),
            Source::Guess => fl!("detect-source-guess"),
        };
        match d.provider {
            Some(p) => fl!(
                "gui-found-provider",
                provider = p.name.as_str(),
                source = source
            ),
            None => fl!("gui-found-settings", source = source),
        }
    }

    pub(super) fn provider_page(&self) -> Page<'_> {
        let mut tiles = Vec::new();
        for id in PROVIDER_TILES {
            if let Some(p) = providers::by_id(id) {
                let selected = self.provider.is_some_and(|s| s.id == p.id);
                tiles.push(tile(p.name.clone(), Some(p.id.clone()), selected));
            }
        }
        tiles.push(tile(
            fl!("gui-provider-other"),
            None,
            self.provider.is_none(),
        ));
        let mut grid = Column::new().spacing(spacing::M);
        let mut tiles = tiles.into_iter().peekable();
        while tiles.peek().is_some() {
            let r = tiles
                .by_ref()
                .take(3)
                .fold(iced::widget::Row::new().spacing(spacing::S), |r, t| {
                    r.push(t)
                });
            grid = grid.push(r);
        }
        let mut col = column![
            heading(fl!("gui-provider-title")),
            subtle(self.found()),
            grid
        ]
        .spacing(spacing::M);
        if let Some(p) = self.provider {
            if !p.regions.is_empty() {
                col = col.push(region(p, self.region.as_ref()));
            }
            for n in &p.notes {
                let mut inner = column![text(n.text())].spacing(spacing::S);
                if let Some(url) = &n.url {
                    inner = inner.push(
                        row![
                            secondary_button(fl!("gui-open-help"))
                                .on_press(Message::OpenUrl(url.clone()).into()),
                            text(url.clone()).size(size::CAPTION).style(style::muted)
                        ]
                        .spacing(spacing::S)
                        .align_y(Center),
                    );
                }
                col = col.push(banner(inner, Tone::Info));
            }
        }
        let nav = self.nav(fl!("gui-continue"), Some(super::Message::Continue));
        (col.into(), nav)
    }
}

/// The region list of a provider that has several.
fn region<'a>(p: &'a providers::Provider, region: Option<&String>) -> Element<'a, super::Message> {
    let pick = |r: String| -> super::Message { Message::RegionPicked(r).into() };
    row![
        text(fl!("gui-region")),
        keyboard_dropdown(
            "region",
            pick_list(p.regions.clone(), region.cloned(), pick)
                .style(style::dropdown)
                .placeholder(fl!("gui-region")),
            &p.regions,
            region,
            pick
        )
    ]
    .spacing(spacing::M)
    .align_y(Center)
    .into()
}

/// A provider tile: its monogram in the provider's colour, and its name. Colours and letters only,
/// never a logo (see `assets/provider-tiles.md`).
fn tile<'a>(label: String, id: Option<String>, selected: bool) -> Element<'a, super::Message> {
    let colour = monogram_colour(id.as_deref().unwrap_or(""));
    let letters = match &id {
        Some(_) => initials(&label),
        None => "…".to_owned(), // not translated: a mark, not a word
    };
    let face = column![
        monogram(letters, colour, size::MONOGRAM),
        text(label.clone()).size(size::BODY).align_x(Center)
    ]
    .spacing(spacing::S)
    .align_x(Center)
    .width(Fill);
    let pick: super::Message = Message::Picked(id).into();
    focusable(
        &label,
        // Tiles of one height, whether the name takes one line or two.
        button(container(face).center(Fill).padding(spacing::S))
            .width(Length::FillPortion(1))
            .height(Length::Fixed(size::TILE))
            .style(style::choice(selected))
            .on_press(pick.clone()),
        Some(pick),
    )
    .into()
}

/// The letters of a monogram: the first letter of a one-word name, the first letters of the first
/// two words otherwise ("Gmail" → "G", "Amazon SES" → "AS", "Yahoo Mail" → "Y", "Microsoft 365"
/// → "M").
pub fn initials(name: &str) -> String {
    let mut words = name.split_whitespace();
    let mut letters = String::new();
    if let Some(first) = words.next().and_then(|w| w.chars().next()) {
        letters.extend(first.to_uppercase());
    }
    // "Yahoo Mail" is Yahoo's: a generic second word adds nothing to the monogram.
    if let Some(second) = words
        .next()
        .filter(|w| !w.eq_ignore_ascii_case("mail"))
        .and_then(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
    {
        letters.extend(second.to_uppercase());
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn monogram_letters() {
        assert_eq!(initials("Gmail"), "G");
        assert_eq!(initials("Amazon SES"), "AS");
        assert_eq!(initials("Yahoo Mail"), "Y");
        assert_eq!(initials("Microsoft 365 (Office 365)"), "M");
        assert_eq!(initials("iCloud Mail"), "I");
        assert_eq!(initials("web.de"), "W");
        assert_eq!(initials(""), "");
    }
}
