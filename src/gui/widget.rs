//! The building blocks every screen is made of, drawn with the design system (`gui::theme`):
//! pages, action bars, buttons, labelled fields with inline errors, banners, cards, boxed lists,
//! badges, status pages and the doctor's checklist.

use iced::widget::{
    Button, Column, Row, button, checkbox, column, container, row, scrollable, space, text,
    text_input,
};
use iced::{Center, Element, Fill, Length};

use crate::fl;
use crate::gui::focus::focusable;
use crate::gui::glyph::{Glyph, glyph, spinner};
use crate::gui::theme::style::{self, Tone};
use crate::gui::theme::{size, spacing as gap, width};
use crate::smtp::doctor::{StepReport, StepStatus};

/// A page: a centred column at most `max` wide (it narrows with the window), comfortable margins,
/// scrolling when the content is taller than the window. The background is the window's (the App
/// paints it once, `style::window`).
pub fn page<'a, M: 'a>(content: impl Into<Element<'a, M>>, max: f32) -> Element<'a, M> {
    let column = container(content).max_width(max).width(Fill);
    container(
        scrollable(container(column).padding(gap::XL).center_x(Fill))
            .style(style::scroll)
            .height(Fill),
    )
    .width(Fill)
    .height(Fill)
    .into()
}

/// A page whose actions stay at the foot of the window (the wizard, settings, editors): the
/// content scrolls above them, so the primary action is always in the same place and in sight.
pub fn page_with_actions<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    actions: impl Into<Element<'a, M>>,
    max: f32,
) -> Element<'a, M> {
    let body = scrollable(
        container(container(content).max_width(max).width(Fill))
            .padding([gap::XL, gap::XL])
            .center_x(Fill),
    )
    .style(style::scroll)
    .height(Fill);
    let foot = container(container(actions).max_width(max).width(Fill))
        .padding([gap::NONE, gap::XL])
        .center_x(Fill);
    container(column![
        body,
        container(space::horizontal())
            .height(1)
            .width(Fill)
            .style(style::divider),
        foot
    ])
    .width(Fill)
    .height(Fill)
    .into()
}

/// A form page (the wizard, settings): the narrow column.
pub fn form_page<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    page(content, width::FORM)
}

/// The actions at the foot of a page, in the same place everywhere: a quiet Cancel at the left,
/// then the other actions, and the primary one last, at the right.
pub fn actions<'a, M: 'a>(
    cancel: Option<Element<'a, M>>,
    others: Vec<Element<'a, M>>,
    primary: Option<Element<'a, M>>,
) -> Element<'a, M> {
    let mut r = Row::new().spacing(gap::S).align_y(Center);
    if let Some(c) = cancel {
        r = r.push(c);
    }
    r = r.push(space::horizontal());
    for o in others {
        r = r.push(o);
    }
    if let Some(p) = primary {
        r = r.push(p);
    }
    container(r).padding([gap::M, gap::NONE]).into()
}

/// A button of the design system, reachable by keyboard (Tab, then Enter or Space).
pub struct Action<M> {
    label: String,
    style: fn(&iced::Theme, button::Status) -> button::Style,
    on_press: Option<M>,
}

impl<M: Clone> Action<M> {
    fn new(label: String, style: fn(&iced::Theme, button::Status) -> button::Style) -> Self {
        Action {
            label,
            style,
            on_press: None,
        }
    }

    pub fn on_press(mut self, message: M) -> Self {
        self.on_press = Some(message);
        self
    }

    /// Disabled (and skipped by Tab) when `None`.
    pub fn on_press_maybe(mut self, message: Option<M>) -> Self {
        self.on_press = message;
        self
    }
}

impl<'a, M: Clone + 'a> From<Action<M>> for Element<'a, M> {
    fn from(a: Action<M>) -> Self {
        let b: Button<'a, M> = button(text(a.label.clone()).size(size::BODY))
            .padding([gap::S, gap::L])
            .style(a.style)
            .on_press_maybe(a.on_press.clone());
        focusable(&a.label, b, a.on_press).into()
    }
}

/// The page's main action.
pub fn primary_button<M: Clone>(label: String) -> Action<M> {
    Action::new(label, style::primary)
}

/// Any other action.
pub fn secondary_button<M: Clone>(label: String) -> Action<M> {
    Action::new(label, style::secondary)
}

/// A quiet action: Cancel, Show details.
pub fn plain_button<M: Clone>(label: String) -> Action<M> {
    Action::new(label, style::plain)
}

/// Removes or discards something.
pub fn destructive_button<M: Clone>(label: String) -> Action<M> {
    Action::new(label, style::destructive)
}

/// A page's heading, across the column.
pub fn heading<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(size::HEADING).width(Fill).into()
}

/// A section's name inside a page.
pub fn section<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(size::LARGE).into()
}

pub fn subtle<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(size::SMALL).style(style::muted).into()
}

/// A line of error text, as under a field.
pub fn error_line<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(label).size(size::SMALL).style(style::error).into()
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
    let input = input(&placeholder, value, error.is_some())
        .id(id)
        .on_input(on_input)
        .on_submit_maybe(on_submit)
        .secure(secure);
    let mut col = column![text(label).size(size::SMALL), input].spacing(gap::XS);
    if let Some(e) = error {
        col = col.push(error_line(e.clone()));
    }
    col.into()
}

/// A text input in the design system's style (red edge when its value was refused).
pub fn input<'a, M: Clone + 'a>(
    placeholder: &str,
    value: &str,
    refused: bool,
) -> text_input::TextInput<'a, M> {
    text_input(placeholder, value)
        .padding(gap::S + 2.0)
        .size(size::BODY)
        .style(if refused {
            style::input_error
        } else {
            style::input
        })
}

/// A row of buttons of which one is chosen: clearer than radio buttons for two or three options.
pub fn segmented<'a, T: Copy + PartialEq + 'a, M: Clone + 'a>(
    options: &[(T, String)],
    selected: T,
    on_select: impl Fn(T) -> M + 'a,
) -> Element<'a, M> {
    options
        .iter()
        .fold(Row::new().spacing(gap::XS), |r, (value, label)| {
            let message = on_select(*value);
            r.push(focusable(
                label,
                button(text(label.clone()).size(size::BODY))
                    .style(style::choice(*value == selected))
                    .padding([gap::XS + 2.0, gap::M + 2.0])
                    .on_press(message.clone()),
                Some(message),
            ))
        })
        .wrap()
        .vertical_spacing(gap::XS)
        .into()
}

/// A checkbox with its label, reachable by keyboard (Space or Enter toggles it).
pub fn check<'a, M: Clone + 'a>(
    label: String,
    checked: bool,
    on_toggle: impl Fn(bool) -> M + 'a,
) -> Element<'a, M> {
    let toggle = on_toggle(!checked);
    focusable(
        &label,
        checkbox(checked)
            .label(label.clone())
            .size(size::ICON + 2.0)
            .text_size(size::BODY)
            .spacing(gap::S)
            .style(style::check)
            .on_toggle(on_toggle),
        Some(toggle),
    )
    .into()
}

/// A drop-down list that the keyboard reaches too. Its menu is the mouse's; Tab reaches it and
/// Space or Enter takes the next of `options` (after the last, the first).
pub fn keyboard_dropdown<'a, T, M>(
    name: &str,
    list: impl Into<Element<'a, M>>,
    options: &[T],
    selected: Option<&T>,
    on_pick: impl Fn(T) -> M,
) -> Element<'a, M>
where
    T: PartialEq + Clone,
    M: Clone + 'a,
{
    let next = match selected.and_then(|s| options.iter().position(|o| o == s)) {
        Some(i) => options.get((i + 1) % options.len()),
        None => options.first(),
    };
    focusable(name, list, next.cloned().map(on_pick)).into()
}

/// "Working on it": a spinner and what is happening.
pub fn busy_line<'a, M: 'a>(label: impl text::IntoFragment<'a>) -> Element<'a, M> {
    row![spinner(size::ICON), text(label).size(size::BODY)]
        .spacing(gap::S)
        .align_y(Center)
        .into()
}

/// A banner: advice (info), a caution (warning), a failure (danger) or a success.
pub fn banner<'a, M: 'a>(content: impl Into<Element<'a, M>>, tone: Tone) -> Element<'a, M> {
    container(content)
        .padding(gap::M)
        .width(Fill)
        .style(style::banner(tone))
        .into()
}

/// A card around one item.
pub fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(gap::L)
        .width(Fill)
        .style(style::card)
        .into()
}

/// A boxed list: the rows on one card, a thin line between two rows.
pub fn boxed_list<'a, M: 'a>(rows: Vec<Element<'a, M>>) -> Element<'a, M> {
    let mut col = Column::new();
    let count = rows.len();
    for (i, r) in rows.into_iter().enumerate() {
        col = col.push(container(r).padding([gap::M, gap::L]).width(Fill));
        if i + 1 < count {
            col = col.push(
                container(space::horizontal())
                    .height(1)
                    .width(Fill)
                    .style(style::divider),
            );
        }
    }
    container(col).width(Fill).style(style::boxed_list).into()
}

/// A small pill with a word or a count.
pub fn badge<'a, M: 'a>(label: impl text::IntoFragment<'a>, tone: Tone) -> Element<'a, M> {
    container(text(label).size(size::CAPTION))
        .padding([gap::XXS, gap::S])
        .style(style::badge(tone))
        .into()
}

/// A round monogram: a provider's initials in its colour.
pub fn monogram<'a, M: 'a>(letters: String, colour: iced::Color, diameter: f32) -> Element<'a, M> {
    container(text(letters).size(diameter * 0.4))
        .center(Length::Fixed(diameter))
        .style(style::monogram(colour))
        .into()
}

/// A status page's head: a big round mark (check, cross or spinner), a big line, a line under it.
pub fn status_head<'a, M: 'a>(
    tone: Tone,
    title: impl text::IntoFragment<'a>,
    body: Option<String>,
) -> Element<'a, M> {
    let mark = match tone {
        Tone::Success => glyph(Glyph::Check, size::ICON_LARGE * 0.55).into(),
        Tone::Danger | Tone::Warning => glyph(Glyph::Cross, size::ICON_LARGE * 0.55).into(),
        Tone::Info => Element::from(spinner(size::ICON_LARGE * 0.55)),
    };
    let mark = container(mark)
        .center(Length::Fixed(size::ICON_LARGE))
        .style(style::badge(tone));
    let mut col = column![
        mark,
        text(title).size(size::DISPLAY).align_x(Center).width(Fill)
    ]
    .spacing(gap::M)
    .align_x(Center)
    .width(Fill);
    if let Some(body) = body {
        col = col.push(
            text(body)
                .size(size::BODY)
                .style(style::muted)
                .align_x(Center),
        );
    }
    container(col)
        .padding([gap::L, gap::NONE])
        .width(Fill)
        .into()
}

pub fn step_name(step: crate::problem::Step) -> String {
    crate::problem::step_name(step)
}

/// The doctor's steps as a checklist in a boxed list: a check mark, a cross or a dash, with times.
pub fn checklist<'a, M: 'a>(steps: &'a [StepReport], running: bool) -> Element<'a, M> {
    let mut rows: Vec<Element<'a, M>> = Vec::new();
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
        let mut words = column![text(step_name(s.name)).size(size::BODY)].spacing(gap::XXS);
        if !s.detail.is_empty() {
            words = words.push(text(s.detail.clone()).size(size::SMALL).style(style::muted));
        }
        rows.push(
            row![
                container(glyph(mark, size::ICON)).padding([gap::XXS, gap::NONE]),
                container(words).width(Fill),
                text(time).size(size::CAPTION).style(style::muted),
            ]
            .spacing(gap::M)
            .into(),
        );
    }
    if running {
        rows.push(busy_line(fl!("gui-test-running")));
    }
    if rows.is_empty() {
        return space::vertical().height(0).into();
    }
    boxed_list(rows)
}
