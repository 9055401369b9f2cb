//! The named styles. Screens say what a thing is (`primary`, `card`, `banner(Tone::Warning)`);
//! this file says how it looks, in light and in dark.

use iced::widget::{
    button, checkbox, container, pick_list, progress_bar, scrollable, svg, text, text_editor,
    text_input,
};
use iced::{Background, Border, Color, Shadow, Theme};

use super::{Tokens, radius, tokens};

/// What a banner, badge or status line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Warning,
    Danger,
}

impl Tone {
    fn background(self, t: &Tokens) -> Color {
        match self {
            Tone::Info => t.info_bg,
            Tone::Success => t.success_bg,
            Tone::Warning => t.warning_bg,
            Tone::Danger => t.danger_bg,
        }
    }

    /// The strong colour of the tone: a banner's edge, a badge's text, a status icon.
    pub fn strong(self, t: &Tokens) -> Color {
        match self {
            Tone::Info => t.accent,
            Tone::Success => t.success_text,
            Tone::Warning => t.warning_text,
            Tone::Danger => t.danger_text,
        }
    }
}

fn rounded(r: f32, width: f32, color: Color) -> Border {
    Border {
        radius: r.into(),
        width,
        color,
    }
}

fn filled(background: Color, text_color: Color, border: Border) -> button::Style {
    button::Style {
        background: Some(Background::Color(background)),
        text_color,
        border,
        shadow: Shadow::default(),
        snap: true,
    }
}

fn disabled(style: button::Style, t: &Tokens) -> button::Style {
    button::Style {
        background: style.background.map(|_| Background::Color(t.surface_hover)),
        text_color: t.text_muted.scale_alpha(0.7),
        border: rounded(radius::CONTROL, style.border.width, t.divider),
        ..style
    }
}

/// A button of one fill (and its hover fill), one label colour and an edge of `edge` pixels in
/// the fill's colour (or in `edge_colour`, for the outlined secondary button).
fn solid(
    t: &Tokens,
    status: button::Status,
    (fill, hover): (Color, Color),
    label: Color,
    edge: Option<Color>,
) -> button::Style {
    let border = |colour: Color| match edge {
        Some(edge) => rounded(radius::CONTROL, 1.0, edge),
        None => rounded(radius::CONTROL, 0.0, colour),
    };
    match status {
        button::Status::Active => filled(fill, label, border(fill)),
        button::Status::Hovered | button::Status::Pressed => filled(hover, label, border(hover)),
        button::Status::Disabled => disabled(filled(fill, label, border(fill)), t),
    }
}

/// The page's main action: filled with the accent colour. One per page.
pub fn primary(theme: &Theme, status: button::Status) -> button::Style {
    let t = tokens(theme);
    solid(t, status, (t.accent, t.accent_hover), t.on_accent, None)
}

/// Any other action: an outlined button on the surface colour, so it never reads as disabled.
pub fn secondary(theme: &Theme, status: button::Status) -> button::Style {
    let t = tokens(theme);
    solid(
        t,
        status,
        (t.surface, t.surface_hover),
        t.text,
        Some(t.control_edge),
    )
}

/// Removes or discards something: red, and only where the page asks for it.
pub fn destructive(theme: &Theme, status: button::Status) -> button::Style {
    let t = tokens(theme);
    solid(t, status, (t.danger, t.danger_hover), t.on_danger, None)
}

/// A quiet action (Cancel, Show details, Hide): accent-coloured text, a tint on hover.
pub fn plain(theme: &Theme, status: button::Status) -> button::Style {
    let t = tokens(theme);
    match status {
        button::Status::Active => button::Style {
            background: None,
            text_color: t.accent,
            border: rounded(radius::CONTROL, 0.0, Color::TRANSPARENT),
            shadow: Shadow::default(),
            snap: true,
        },
        button::Status::Hovered | button::Status::Pressed => filled(
            t.info_bg,
            t.accent,
            rounded(radius::CONTROL, 0.0, Color::TRANSPARENT),
        ),
        button::Status::Disabled => button::Style {
            background: None,
            text_color: t.text_muted.scale_alpha(0.7),
            border: Border::default(),
            shadow: Shadow::default(),
            snap: true,
        },
    }
}

/// A choice among several (segmented controls, provider tiles): the chosen one carries the
/// accent edge and tint, the others look like secondary buttons.
pub fn choice(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let t = tokens(theme);
        if !selected {
            return secondary(theme, status);
        }
        let base = filled(t.info_bg, t.text, rounded(radius::CONTROL, 2.0, t.accent));
        match status {
            button::Status::Disabled => disabled(base, t),
            _ => base,
        }
    }
}

/// A row of a boxed list that can be clicked: flat, tinted on hover.
pub fn row_button(theme: &Theme, status: button::Status) -> button::Style {
    let t = tokens(theme);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => t.surface_hover,
        _ => t.surface,
    };
    filled(
        background,
        t.text,
        rounded(radius::CARD, 0.0, Color::TRANSPARENT),
    )
}

/// The window behind everything.
pub fn page(theme: &Theme) -> container::Style {
    let t = tokens(theme);
    container::Style {
        background: Some(Background::Color(t.background)),
        text_color: Some(t.text),
        ..container::Style::default()
    }
}

/// The main window, around every page. `parity` flips with each page change and changes only an
/// invisible detail (the colour of a border of width zero): the renderer redraws what changed, and a
/// changed window-sized quad makes it redraw the whole window once. Without that, the antialiased
/// edge of a glyph that reaches a pixel past its text's measured bounds (the end of "Outgoing
/// server") stays on screen when a shorter heading replaces it: the stray dot after a heading.
pub fn window(parity: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let t = tokens(theme);
        container::Style {
            background: Some(Background::Color(t.background)),
            text_color: Some(t.text),
            border: Border {
                width: 0.0,
                radius: 0.0.into(),
                color: if parity {
                    Color::TRANSPARENT
                } else {
                    Color::WHITE.scale_alpha(0.0)
                },
            },
            ..container::Style::default()
        }
    }
}

/// A raised surface holding one thing.
pub fn card(theme: &Theme) -> container::Style {
    let t = tokens(theme);
    container::Style {
        background: Some(Background::Color(t.surface)),
        text_color: Some(t.text),
        // No shadow: the edge is enough, and a blurred shadow outside a card's bounds is left
        // behind on screen when the card goes away (tiny-skia redraws only inside bounds).
        border: rounded(radius::CARD, 1.0, t.divider),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A boxed list: rows on one card, with dividers between them (see [`divider`]).
pub fn boxed_list(theme: &Theme) -> container::Style {
    card(theme)
}

/// The line between two rows of a boxed list.
pub fn divider(theme: &Theme) -> container::Style {
    let t = tokens(theme);
    container::Style {
        background: Some(Background::Color(t.divider)),
        ..container::Style::default()
    }
}

/// A banner: tinted background, a coloured edge on the left side's colour, the text colour.
pub fn banner(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let t = tokens(theme);
        container::Style {
            background: Some(Background::Color(tone.background(t))),
            text_color: Some(t.text),
            border: rounded(radius::CARD, 1.0, tone.strong(t).scale_alpha(0.45)),
            ..container::Style::default()
        }
    }
}

/// How far something has come (a mail merge's messages sent): the accent on the divider's
/// colour, with the control's edge so that an empty bar still shows where it ends.
pub fn progress(theme: &Theme) -> progress_bar::Style {
    let t = tokens(theme);
    progress_bar::Style {
        background: Background::Color(t.surface_hover),
        bar: Background::Color(t.accent),
        border: rounded(radius::ROUND, 1.0, t.control_edge),
    }
}

/// A small pill: "Default", "3 waiting", "Needs sign-in".
pub fn badge(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let t = tokens(theme);
        container::Style {
            background: Some(Background::Color(tone.background(t))),
            text_color: Some(tone.strong(t)),
            border: rounded(radius::ROUND, 1.0, tone.strong(t)),
            ..container::Style::default()
        }
    }
}

/// A provider's monogram: its colour, white letters.
pub fn monogram(colour: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(colour)),
        text_color: Some(super::ON_MONOGRAM),
        border: rounded(radius::ROUND, 0.0, colour),
        ..container::Style::default()
    }
}

/// Where a wizard step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    Done,
    Current,
    ToCome,
}

/// The numbered dot of a step in the wizard's step indicator.
pub fn step_dot(state: StepState) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let t = tokens(theme);
        let (background, text_color, edge) = match state {
            StepState::Done => (t.success_bg, t.success_text, t.success_text),
            StepState::Current => (t.accent, t.on_accent, t.accent),
            StepState::ToCome => (t.surface, t.text_muted, t.control_edge),
        };
        container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(text_color),
            border: rounded(radius::ROUND, 1.5, edge),
            ..container::Style::default()
        }
    }
}

/// The line joining two steps: coloured once the step before it is done.
pub fn step_line(done: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let t = tokens(theme);
        container::Style {
            background: Some(Background::Color(if done {
                t.success_text
            } else {
                t.divider
            })),
            ..container::Style::default()
        }
    }
}

fn input_style(t: &Tokens, status: text_input::Status, error: bool) -> text_input::Style {
    let edge = if error { t.danger_text } else { t.control_edge };
    let border = match status {
        // The focus ring: two pixels of accent (3:1 or more on every surface).
        text_input::Status::Focused { .. } => rounded(
            radius::CONTROL,
            2.0,
            if error { t.danger_text } else { t.accent },
        ),
        text_input::Status::Hovered => rounded(radius::CONTROL, 1.5, edge),
        text_input::Status::Active => rounded(radius::CONTROL, if error { 1.5 } else { 1.0 }, edge),
        text_input::Status::Disabled => rounded(radius::CONTROL, 1.0, t.divider),
    };
    text_input::Style {
        background: Background::Color(if status == text_input::Status::Disabled {
            t.surface_hover
        } else {
            t.surface
        }),
        border,
        icon: t.text_muted,
        placeholder: t.text_muted,
        value: t.text,
        selection: t.selection,
    }
}

/// A text input with an unmistakable focus ring.
pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    input_style(tokens(theme), status, false)
}

/// A text input whose value was refused: a red edge, with the error written under it.
pub fn input_error(theme: &Theme, status: text_input::Status) -> text_input::Style {
    input_style(tokens(theme), status, true)
}

/// The message body and signature editors, like inputs.
pub fn editor(theme: &Theme, status: text_editor::Status) -> text_editor::Style {
    let t = tokens(theme);
    let as_input = match status {
        text_editor::Status::Active => text_input::Status::Active,
        text_editor::Status::Hovered => text_input::Status::Hovered,
        text_editor::Status::Focused { is_hovered } => text_input::Status::Focused { is_hovered },
        text_editor::Status::Disabled => text_input::Status::Disabled,
    };
    let s = input_style(t, as_input, false);
    text_editor::Style {
        background: s.background,
        border: s.border,
        placeholder: s.placeholder,
        value: s.value,
        selection: s.selection,
    }
}

/// Checkboxes: the box's edge like an input's, filled with the accent when checked.
pub fn check(theme: &Theme, status: checkbox::Status) -> checkbox::Style {
    let t = tokens(theme);
    let (checked, hovered, enabled) = match status {
        checkbox::Status::Active { is_checked } => (is_checked, false, true),
        checkbox::Status::Hovered { is_checked } => (is_checked, true, true),
        checkbox::Status::Disabled { is_checked } => (is_checked, false, false),
    };
    let (background, edge) = match (checked, enabled) {
        (_, false) => (t.surface_hover, t.divider),
        (true, true) if hovered => (t.accent_hover, t.accent_hover),
        (true, true) => (t.accent, t.accent),
        (false, true) if hovered => (t.surface_hover, t.control_edge),
        (false, true) => (t.surface, t.control_edge),
    };
    checkbox::Style {
        background: Background::Color(background),
        icon_color: t.on_accent,
        border: rounded(radius::CONTROL / 2.0, 1.5, edge),
        text_color: Some(if enabled { t.text } else { t.text_muted }),
    }
}

/// Drop-down lists, like inputs.
pub fn dropdown(theme: &Theme, status: pick_list::Status) -> pick_list::Style {
    let t = tokens(theme);
    let border = match status {
        pick_list::Status::Opened { .. } => rounded(radius::CONTROL, 2.0, t.accent),
        pick_list::Status::Hovered => rounded(radius::CONTROL, 1.5, t.control_edge),
        pick_list::Status::Active => rounded(radius::CONTROL, 1.0, t.control_edge),
    };
    pick_list::Style {
        text_color: t.text,
        placeholder_color: t.text_muted,
        handle_color: t.text_muted,
        background: Background::Color(t.surface),
        border,
    }
}

/// Scrollbars: a visible rail only when there is something to scroll.
pub fn scroll(theme: &Theme, status: scrollable::Status) -> scrollable::Style {
    let t = tokens(theme);
    let mut s = scrollable::default(theme, status);
    for rail in [&mut s.vertical_rail, &mut s.horizontal_rail] {
        rail.background = None;
        rail.border = Border::default();
        rail.scroller.border = rounded(radius::ROUND, 0.0, Color::TRANSPARENT);
        rail.scroller.background = Background::Color(t.control_edge.scale_alpha(0.8));
    }
    s
}

/// Text in the text colour (where a muted line would otherwise be, e.g. the current step).
pub fn plain_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens(theme).text),
    }
}

/// Secondary text.
pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens(theme).text_muted),
    }
}

/// An error said in words.
pub fn error(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens(theme).danger_text),
    }
}

/// Something that worked.
pub fn success(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens(theme).success_text),
    }
}

/// A caution.
pub fn warning(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens(theme).warning_text),
    }
}

/// A step's result or a status icon in its tone.
pub fn tone_text(tone: Tone) -> impl Fn(&Theme) -> text::Style {
    move |theme| text::Style {
        color: Some(tone.strong(tokens(theme))),
    }
}

/// Icons: tinted with a tone, or the muted text colour.
pub fn icon(tone: Option<Tone>) -> impl Fn(&Theme, svg::Status) -> svg::Style {
    move |theme, _| {
        let t = tokens(theme);
        svg::Style {
            color: Some(match tone {
                Some(tone) => tone.strong(t),
                None => t.text_muted,
            }),
        }
    }
}

/// The keyboard focus ring drawn around a focused button: two pixels of accent, just outside it.
pub fn focus_ring(theme: &Theme) -> Border {
    rounded(radius::CONTROL + 3.0, 2.0, tokens(theme).accent)
}

/// What a focus ring is drawn on: nothing (the ring is only an edge).
pub const RING_FILL: Color = Color::TRANSPARENT;
