//! Outpost's design system, in one place: the light and dark palettes, the type, spacing and
//! corner scales, and (in [`style`]) the named styles every screen uses. No screen picks its own
//! colours, sizes or paddings; a test checks that.
//!
//! The palettes follow GNOME's (libadwaita's) tones and are chosen for WCAG AA: 4.5:1 for text,
//! 3:1 for control edges and the focus ring, in both modes (see the tests at the end).

pub mod style;

use iced::theme::{Mode, Palette};
use iced::{Color, Theme};

use crate::config::ThemeChoice;

/// The spacing scale, in logical pixels.
pub mod spacing {
    pub const NONE: f32 = 0.0;
    pub const XXS: f32 = 2.0;
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
    pub const XXL: f32 = 32.0;
}

/// The type scale, in logical pixels.
pub mod size {
    /// Fine print: hints, shortcuts, addresses under a button.
    pub const CAPTION: f32 = 12.0;
    /// Secondary lines, field labels and inline errors.
    pub const SMALL: f32 = 13.5;
    /// Running text and controls.
    pub const BODY: f32 = 15.0;
    /// A list item's title, a section's name.
    pub const LARGE: f32 = 17.0;
    /// A page's heading.
    pub const HEADING: f32 = 24.0;
    /// A status page's big line ("Everything works").
    pub const DISPLAY: f32 = 28.0;
    /// Icons in a line of text, and the status page's big icon.
    pub const ICON: f32 = 16.0;
    pub const ICON_LARGE: f32 = 56.0;
    /// A provider's or an account's monogram.
    pub const MONOGRAM: f32 = 40.0;
    /// A numbered dot of the wizard's step indicator.
    pub const STEP_DOT: f32 = 28.0;
    /// A provider tile: room for a monogram and a two-line name.
    pub const TILE: f32 = 124.0;
}

/// Corner radii.
pub mod radius {
    /// Buttons, inputs, small badges.
    pub const CONTROL: f32 = 8.0;
    /// Cards, boxed lists, banners.
    pub const CARD: f32 = 12.0;
    /// Round things: badges, monograms, step dots.
    pub const ROUND: f32 = 999.0;
}

/// Widths of the centred content column.
pub mod width {
    /// Forms and the wizard: a comfortable line length.
    pub const FORM: f32 = 640.0;
    /// Lists (accounts, outbox) and the compose window, which use more room when they have it.
    pub const WIDE: f32 = 880.0;
}

/// The text sizes a person can choose, in per cent of the normal size.
pub const TEXT_SCALES: [u16; 4] = [100, 115, 130, 150];

/// Every colour Outpost draws with, for one mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tokens {
    pub dark: bool,
    /// The window.
    pub background: Color,
    /// Cards, boxed lists, inputs, secondary buttons.
    pub surface: Color,
    /// A hovered row or secondary button.
    pub surface_hover: Color,
    /// Separators between rows and the edges of cards (decoration, not a control's edge).
    pub divider: Color,
    /// The edge of a control (input, secondary button): 3:1 against what it sits on.
    pub control_edge: Color,
    pub text: Color,
    /// Secondary text: still 4.5:1.
    pub text_muted: Color,
    /// The primary action, links and the focus ring.
    pub accent: Color,
    pub accent_hover: Color,
    pub on_accent: Color,
    pub danger: Color,
    pub danger_hover: Color,
    pub on_danger: Color,
    /// Error text on the background and in cards.
    pub danger_text: Color,
    pub success_text: Color,
    pub warning_text: Color,
    /// Banner backgrounds; text on them is `text`.
    pub info_bg: Color,
    pub success_bg: Color,
    pub warning_bg: Color,
    pub danger_bg: Color,
    /// The text selection in inputs.
    pub selection: Color,
}

const fn hex(rgb: u32) -> Color {
    Color::from_rgb8((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

pub const LIGHT: Tokens = Tokens {
    dark: false,
    background: hex(0xf6f6f8),
    surface: hex(0xffffff),
    surface_hover: hex(0xededf1),
    divider: hex(0xdcdce2),
    control_edge: hex(0x85858f),
    text: hex(0x1c1c21),
    text_muted: hex(0x5c5c66),
    accent: hex(0x1a5fb4),
    accent_hover: hex(0x144c91),
    on_accent: hex(0xffffff),
    danger: hex(0xc01c28),
    danger_hover: hex(0x9c1620),
    on_danger: hex(0xffffff),
    danger_text: hex(0xb0141f),
    success_text: hex(0x1b6e3a),
    warning_text: hex(0x845000),
    info_bg: hex(0xe3edfa),
    success_bg: hex(0xe0f3e6),
    warning_bg: hex(0xfcf0cf),
    danger_bg: hex(0xfbe4e5),
    selection: hex(0xb9d2f2),
};

pub const DARK: Tokens = Tokens {
    dark: true,
    background: hex(0x1d1d21),
    surface: hex(0x2a2a30),
    surface_hover: hex(0x35353c),
    divider: hex(0x3d3d45),
    control_edge: hex(0x8b8b96),
    text: hex(0xf3f3f6),
    text_muted: hex(0xb4b4bf),
    accent: hex(0x8ab8f2),
    accent_hover: hex(0xa9cbf6),
    on_accent: hex(0x0d1f3a),
    danger: hex(0xf28b8f),
    danger_hover: hex(0xf6a8ab),
    on_danger: hex(0x3b0a0e),
    danger_text: hex(0xff9a9e),
    success_text: hex(0x8fdfa8),
    warning_text: hex(0xf2cc60),
    info_bg: hex(0x1f3350),
    success_bg: hex(0x1c3a29),
    warning_bg: hex(0x3f3416),
    danger_bg: hex(0x4a1e22),
    selection: hex(0x2f5b93),
};

/// Provider monograms: a brand-like colour per provider, with white letters at 4.5:1 or more.
/// Colours only, never a logo: see `assets/providers-tiles.md`.
pub fn monogram_colour(provider_id: &str) -> Color {
    match provider_id {
        "gmail" => hex(0xc5221f),
        "outlook" | "office365" => hex(0x0f5fa8),
        "yahoo" => hex(0x6001d2),
        "icloud" => hex(0x3a3a3c),
        "gmx" => hex(0x1c449b),
        "webde" => hex(0x7a5a00),
        "fastmail" => hex(0x0a5a8c),
        "zoho" => hex(0xb8281e),
        "amazon-ses" => hex(0x8c4a00),
        "proton" => hex(0x5b3fc4),
        _ => hex(0x55555f),
    }
}

/// White, for letters on a monogram.
pub const ON_MONOGRAM: Color = Color::WHITE;

/// The colours for a theme: the dark ones when the theme is dark.
pub fn tokens(theme: &Theme) -> &'static Tokens {
    if theme.extended_palette().is_dark {
        &DARK
    } else {
        &LIGHT
    }
}

/// The iced theme for a mode, built from our palette so that the widgets we leave to iced
/// (scrollbars, pick lists, checkboxes, the text editor) match.
pub fn iced_theme(t: &Tokens) -> Theme {
    let palette = Palette {
        background: t.background,
        text: t.text,
        primary: t.accent,
        success: t.success_text,
        warning: t.warning_text,
        danger: t.danger,
    };
    let name = if t.dark {
        "Outpost dark" // not translated: the theme's internal name
    } else {
        "Outpost light" // not translated: the theme's internal name
    };
    Theme::custom(name, palette)
}

/// The theme to draw with: the user's choice, else the system's mode (light when unknown).
pub fn theme(choice: ThemeChoice, system: Mode) -> Theme {
    let dark = match choice {
        ThemeChoice::Light => false,
        ThemeChoice::Dark => true,
        ThemeChoice::System => system == Mode::Dark,
    };
    static THEMES: std::sync::LazyLock<(Theme, Theme)> =
        std::sync::LazyLock::new(|| (iced_theme(&LIGHT), iced_theme(&DARK)));
    if dark {
        THEMES.1.clone()
    } else {
        THEMES.0.clone()
    }
}

/// The WCAG 2 contrast ratio of two opaque colours (1.0 to 21.0).
pub fn contrast(a: Color, b: Color) -> f32 {
    fn channel(c: f32) -> f32 {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color) -> f32 {
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What must be readable on what, with the WCAG AA minimum: 4.5 for text, 3.0 for the edges of
    /// controls and the focus ring. The contrast test and the closing figures both use this list.
    fn contrast_pairs(t: &Tokens) -> Vec<(String, Color, Color, f32)> {
        let mut pairs = Vec::new();
        let mut add =
            |name: String, fg: Color, bg: Color, min: f32| pairs.push((name, fg, bg, min));
        for (bg_name, bg) in [("background", t.background), ("surface", t.surface)] {
            for (name, fg) in [
                ("text", t.text),
                ("muted text", t.text_muted),
                ("link / accent text", t.accent),
                ("error text", t.danger_text),
                ("success text", t.success_text),
                ("warning text", t.warning_text),
            ] {
                add(format!("{name} on {bg_name}"), fg, bg, 4.5);
            }
            add(
                format!("control edge on {bg_name}"),
                t.control_edge,
                bg,
                3.0,
            );
            add(format!("focus ring on {bg_name}"), t.accent, bg, 3.0);
            add(format!("primary button on {bg_name}"), t.accent, bg, 3.0);
        }
        for (name, fg, bg) in [
            ("text on hovered row", t.text, t.surface_hover),
            ("primary button label", t.on_accent, t.accent),
            ("primary button label (hover)", t.on_accent, t.accent_hover),
            ("destructive button label", t.on_danger, t.danger),
            (
                "destructive button label (hover)",
                t.on_danger,
                t.danger_hover,
            ),
            ("error text on error banner", t.danger_text, t.danger_bg),
            (
                "success text on success banner",
                t.success_text,
                t.success_bg,
            ),
            (
                "warning text on warning banner",
                t.warning_text,
                t.warning_bg,
            ),
            ("link on info banner", t.accent, t.info_bg),
            ("error text on info banner", t.danger_text, t.info_bg),
        ] {
            add(name.to_owned(), fg, bg, 4.5);
        }
        for (name, bg) in [
            ("info banner", t.info_bg),
            ("success banner", t.success_bg),
            ("warning banner", t.warning_bg),
            ("error banner", t.danger_bg),
        ] {
            add(format!("text on {name}"), t.text, bg, 4.5);
            add(format!("muted text on {name}"), t.text_muted, bg, 4.5);
        }
        pairs
    }

    #[test]
    fn every_pair_meets_wcag_aa_in_light_and_dark() {
        let mut failures = Vec::new();
        for t in [&LIGHT, &DARK] {
            let mode = if t.dark { "dark" } else { "light" };
            for (name, fg, bg, min) in contrast_pairs(t) {
                let ratio = contrast(fg, bg);
                println!("{mode:5} {name:42} {ratio:5.2}:1 (needs {min}:1)");
                if ratio < min {
                    failures.push(format!("{mode}: {name} is {ratio:.2}:1, needs {min}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn monogram_letters_are_readable() {
        for id in [
            "gmail",
            "outlook",
            "office365",
            "yahoo",
            "icloud",
            "gmx",
            "webde",
            "fastmail",
            "zoho",
            "amazon-ses",
            "proton",
            "anything-else",
        ] {
            let ratio = contrast(ON_MONOGRAM, monogram_colour(id));
            assert!(ratio >= 4.5, "{id}: {ratio:.2}:1");
        }
    }

    #[test]
    fn the_contrast_formula_matches_known_values() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the classic 4.54:1.
        let grey = hex(0x767676);
        assert!((contrast(grey, Color::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn the_theme_follows_the_system_unless_chosen() {
        assert!(
            theme(ThemeChoice::System, Mode::Dark)
                .extended_palette()
                .is_dark
        );
        assert!(
            !theme(ThemeChoice::System, Mode::Light)
                .extended_palette()
                .is_dark
        );
        assert!(
            !theme(ThemeChoice::System, Mode::None)
                .extended_palette()
                .is_dark
        );
        assert!(
            !theme(ThemeChoice::Light, Mode::Dark)
                .extended_palette()
                .is_dark
        );
        assert!(
            theme(ThemeChoice::Dark, Mode::Light)
                .extended_palette()
                .is_dark
        );
        assert_eq!(tokens(&theme(ThemeChoice::Dark, Mode::None)), &DARK);
        assert_eq!(tokens(&Theme::Light), &LIGHT);
    }

    /// Every place in `src/gui` outside this module that picks its own look: colours, iced's
    /// built-in styles, style closures, literal sizes, spacings and paddings.
    fn own_looks(code: &str) -> Vec<String> {
        const FORBIDDEN: [&str; 13] = [
            "Color::",
            "color!(",
            "Color {",
            "Border {",
            "Shadow {",
            "Background::",
            "border::rounded(",
            "extended_palette()",
            ".palette()",
            ".style(|",
            ".style(move |",
            "text_input::default",
            "scrollable::default",
        ];
        const BUILT_IN: [&str; 3] = ["button::", "container::", "text::"];
        const BUILT_IN_STYLES: [&str; 10] = [
            "primary(",
            "primary)",
            "secondary)",
            "success)",
            "danger)",
            "warning)",
            "text)",
            "subtle)",
            "bordered_box)",
            "rounded_box)",
        ];
        let mut found = Vec::new();
        for (n, line) in code.lines().enumerate() {
            let at = |what: &str| format!("line {}: {what}: {}", n + 1, line.trim());
            for f in FORBIDDEN {
                if line.contains(f) {
                    found.push(at(f));
                }
            }
            for module in BUILT_IN {
                for name in BUILT_IN_STYLES {
                    if line.contains(&format!("{module}{name}")) {
                        found.push(at("a built-in style"));
                    }
                }
            }
            for call in [".size(", ".spacing(", ".padding(", ".vertical_spacing("] {
                for (i, _) in line.match_indices(call) {
                    let rest = line[i + call.len()..].trim_start_matches('[');
                    if rest.starts_with(|c: char| c.is_ascii_digit()) {
                        found.push(at("a literal size"));
                    }
                }
            }
        }
        found
    }

    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/gui is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn screens_use_only_the_named_styles() {
        let gui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
        let mut files = Vec::new();
        rust_files(&gui, &mut files);
        assert!(files.len() > 10, "the GUI sources were found");
        let mut found = Vec::new();
        for file in files {
            if file.starts_with(gui.join("theme")) {
                continue;
            }
            let code = std::fs::read_to_string(&file).expect("a source file is readable");
            for f in own_looks(&code) {
                found.push(format!("{}: {f}", file.display()));
            }
        }
        assert!(
            found.is_empty(),
            "screens that pick their own look:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn the_style_scanner_finds_what_it_should() {
        let bad = [
            "let c = Color::from_rgb(0.1, 0.2, 0.3);",
            ".style(button::secondary)",
            ".style(container::bordered_box)",
            ".style(|theme: &Theme| container::Style::default())",
            "text(x).size(13)",
            ".spacing(8)",
            ".padding([8, 16])",
            "palette.extended_palette().danger",
        ];
        for b in bad {
            assert!(!own_looks(b).is_empty(), "not found: {b}");
        }
        let good = [
            ".style(style::secondary)",
            "text(x).size(size::SMALL)",
            ".spacing(spacing::S)",
            ".padding([spacing::S, spacing::L])",
            "button(text(label)).on_press(Message::Go)",
        ];
        for g in good {
            assert!(
                own_looks(g).is_empty(),
                "wrongly found: {g}: {:?}",
                own_looks(g)
            );
        }
    }
}
