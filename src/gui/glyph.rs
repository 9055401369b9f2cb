//! The small UI icons: Lucide SVGs (ISC licence, credited in `assets/ui-icons/`), tinted from the
//! theme so they follow light and dark mode. The spinner turns with the clock; the app asks for
//! frames only while something is running ([`FRAME`]).

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use iced::widget::{Svg, svg};
use iced::{Color, Radians, Rotation, Theme};

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

static HANDLES: LazyLock<[svg::Handle; 5]> = LazyLock::new(|| {
    [
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/check.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/x.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/minus.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/loader-circle.svg")[..]),
        svg::Handle::from_memory(&include_bytes!("../../assets/ui-icons/paperclip.svg")[..]),
    ]
});

/// When the first spinner was drawn: every spinner turns in step.
static EPOCH: LazyLock<Instant> = LazyLock::new(Instant::now);

fn tint(glyph: Glyph, theme: &Theme) -> Color {
    let palette = theme.extended_palette();
    match glyph {
        Glyph::Check => palette.success.base.color,
        Glyph::Cross => palette.danger.base.color,
        Glyph::Skipped => palette.background.strongest.text.scale_alpha(0.35),
        Glyph::Spinner => palette.primary.base.color,
        Glyph::Attachment => palette.background.base.text.scale_alpha(0.75),
    }
}

/// One icon, `size` pixels square.
pub fn glyph<'a>(glyph: Glyph, size: f32) -> Svg<'a, Theme> {
    let index = match glyph {
        Glyph::Check => 0,
        Glyph::Cross => 1,
        Glyph::Skipped => 2,
        Glyph::Spinner => 3,
        Glyph::Attachment => 4,
    };
    let icon = svg(HANDLES[index].clone()).width(size).height(size).style(
        move |theme: &Theme, _status| svg::Style {
            color: Some(tint(glyph, theme)),
        },
    );
    if glyph == Glyph::Spinner {
        // One turn a second; the layout does not move while it turns.
        let turn = EPOCH.elapsed().as_secs_f32().fract();
        icon.rotation(Rotation::Floating(Radians(turn * std::f32::consts::TAU)))
    } else {
        icon
    }
}

/// A spinner, for "working on it" lines.
pub fn spinner<'a>(size: f32) -> Svg<'a, Theme> {
    glyph(Glyph::Spinner, size)
}
