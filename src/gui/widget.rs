//! Small building blocks every screen uses: labelled fields with inline errors, headings, notes,
//! and the doctor's checklist.

use iced::widget::{Column, button, column, container, row, text, text_input};
use iced::{Element, Fill, Theme};

use crate::fl;
use crate::gui::glyph::{Glyph, glyph, spinner};
use crate::smtp::doctor::{StepReport, StepStatus};

pub const SPACING: f32 = 12.0;
pub const PADDING: f32 = 24.0;

pub fn heading<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(24).into()
}

pub fn subtle<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(14).style(subtle_style).into()
}

pub fn subtle_style(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(
            theme
                .extended_palette()
                .background
                .strongest
                .text
                .scale_alpha(0.7),
        ),
    }
}

pub fn error_style(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.extended_palette().danger.base.color),
    }
}

pub fn success_style(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.extended_palette().success.base.color),
    }
}

/// A labelled text input with its error right under it. `id` makes it reachable for focus and tests.
#[allow(clippy::too_many_arguments)]
pub fn field<'a, M: Clone + 'a>(
    id: &'static str,
    label: String,
    placeholder: String,
    value: &'a str,
    error: Option<&'a String>,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: Option<M>,
    secure: bool,
) -> Element<'a, M> {
    let input = text_input(&placeholder, value)
        .id(id)
        .on_input(on_input)
        .on_submit_maybe(on_submit)
        .secure(secure)
        .padding(8);
    let mut col = column![text(label).size(14), input].spacing(4);
    if let Some(e) = error {
        col = col.push(text(e.clone()).size(13).style(error_style));
    }
    col.into()
}

/// A row of buttons of which one is chosen: clearer than radio buttons for two or three options.
pub fn segmented<'a, T: Copy + PartialEq + 'a, M: Clone + 'a>(
    options: &[(T, String)],
    selected: T,
    on_select: impl Fn(T) -> M + 'a,
) -> Element<'a, M> {
    options
        .iter()
        .fold(iced::widget::Row::new().spacing(4), |r, (value, label)| {
            let style = if *value == selected {
                button::primary
            } else {
                button::secondary
            };
            r.push(
                button(text(label.clone()))
                    .style(style)
                    .padding([6, 14])
                    .on_press(on_select(*value)),
            )
        })
        .wrap()
        .vertical_spacing(4)
        .into()
}

/// "Working on it": a spinner and what is happening.
pub fn busy_line<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    row![spinner(16.0), text(label).size(15)]
        .spacing(8)
        .align_y(iced::Center)
        .into()
}

/// A boxed note (provider advice, warnings).
pub fn note<'a, M: 'a>(content: impl Into<Element<'a, M>>, warning: bool) -> Element<'a, M> {
    container(content)
        .padding(12)
        .width(Fill)
        .style(move |theme: &Theme| {
            let palette = theme.extended_palette();
            let pair = if warning {
                palette.warning.weak
            } else {
                palette.background.weak
            };
            container::Style {
                background: Some(pair.color.into()),
                text_color: Some(pair.text),
                border: iced::border::rounded(6),
                ..container::Style::default()
            }
        })
        .into()
}

/// A card around one item in a list.
pub fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(16)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

pub fn step_name(step: crate::smtp::Step) -> String {
    crate::cli::step_name(step)
}

/// The doctor's steps as a checklist: a check mark, a cross or a dash, with times.
pub fn checklist<'a, M: 'a>(steps: &'a [StepReport], running: bool) -> Element<'a, M> {
    let mut col = Column::new().spacing(6);
    for s in steps {
        let mark = match s.status {
            StepStatus::Ok => Glyph::Check,
            StepStatus::Failed => Glyph::Cross,
            StepStatus::Skipped => Glyph::Skipped,
        };
        let time = if s.status == StepStatus::Skipped {
            String::new()
        } else {
            fl!("gui-step-time", ms = s.ms.to_string())
        };
        col = col.push(
            row![
                container(glyph(mark, 16.0)).padding([2, 0]),
                column![
                    row![
                        text(step_name(s.name)).size(15),
                        text(time).size(13).style(subtle_style)
                    ]
                    .spacing(8),
                    text(s.detail.clone()).size(13).style(subtle_style),
                ]
                .spacing(2)
            ]
            .spacing(8),
        );
    }
    if running {
        col = col.push(busy_line(fl!("gui-test-running")));
    }
    col.into()
}
