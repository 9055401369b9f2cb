//! The small UI icons: Lucide SVGs (ISC licence, credited in `assets/ui-icons/`), tinted from the
//! theme so they follow light and dark mode. The spinner turns with the clock (twelve pre-turned
//! pictures); the app asks for frames only while something is running ([`FRAME`]).

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use iced::Theme;
use iced::widget::{Svg, svg};

use crate::gui::theme::style::{self, Tone};

/// How often the window redraws while a spinner is visible (about 20 frames a second).
pub const FRAME: Duration = Duration::from_millis(50);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// A step worked.
    Check,
    /// A step failed.
    Cross,
    /// A step was not reached.
    Skipped,
    /// Something is running.
    Spinner,
    /// A file attached to a message.
    Attachment,
}

static HANDLES: LazyLock<[svg::Handle; 4]> = LazyLock::new(|| {
    [
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/check.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/x.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/minus.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/paperclip.svg")[..]),
    ]
});

const SPINNER_STEPS: usize = 12;

/// The spinner's circle turned by 0°, 30°, … 330° around its centre.
static SPINNER: LazyLock<Vec<svg::Handle>> = LazyLock::new(|| {
    (0..SPINNER_STEPS)
        .map(|i| svg::Handle::from_memory(turned_spinner(i * 360 / SPINNER_STEPS).into_bytes()))
        .collect()
});

/// The spinner's SVG with its drawing turned by `degrees` around the centre of its 24 px box.
fn turned_spinner(degrees: usize) -> String {
    let source = include_str!("../../assets/ui-icons/loader-circle.svg");
    let open = source.find("<path").expect("the spinner SVG has a path");
    let close = source.rfind("</svg>").expect("the spinner SVG ends");
    format!(
        "{}<g transform=\"rotate({degrees} 12 12)\">{}</g>{}",
        &source[..open],
        &source[open..close],
        &source[close..]
    )
}

/// When the first spinner was drawn: every spinner turns in step.
static EPOCH: LazyLock<Instant> = LazyLock::new(Instant::now);

fn tone(glyph: Glyph) -> Option<Tone> {
    match glyph {
        Glyph::Check => Some(Tone::Success),
        Glyph::Cross => Some(Tone::Danger),
        Glyph::Spinner => Some(Tone::Info),
        Glyph::Skipped | Glyph::Attachment => None,
    }
}

/// One icon, `size` pixels square.
pub fn glyph<'a>(glyph: Glyph, size: f32) -> Svg<'a, Theme> {
    let handle = match glyph {
        Glyph::Check => HANDLES[0].clone(),
        Glyph::Cross => HANDLES[1].clone(),
        Glyph::Skipped => HANDLES[2].clone(),
        // One turn a second, in SPINNER_STEPS pre-turned pictures: the SVG turns itself, so the
        // widget's bounds never move (iced's own rotation left stray copies with tiny-skia).
        Glyph::Spinner => {
            let turn = EPOCH.elapsed().as_secs_f32().fract();
            SPINNER[(turn * SPINNER_STEPS as f32) as usize % SPINNER_STEPS].clone()
        }
        Glyph::Attachment => HANDLES[3].clone(),
    };
    svg(handle)
        .width(size)
        .height(size)
        .style(style::icon(tone(glyph)))
}

/// A spinner, for "working on it" lines.
pub fn spinner<'a>(size: f32) -> Svg<'a, Theme> {
    glyph(Glyph::Spinner, size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spinner_pictures_are_the_circle_turned_around_its_centre() {
        assert_eq!(SPINNER.len(), SPINNER_STEPS);
        let text = turned_spinner(90);
        assert!(
            text.contains(r#"<g transform="rotate(90 12 12)"><path d="M21 12a9 9"#),
            "{text}"
        );
        assert!(text.trim_end().ends_with("</g></svg>"), "{text}");
        assert!(text.contains(r#"viewBox="0 0 24 24""#));
    }
}
