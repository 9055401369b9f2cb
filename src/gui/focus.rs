//! Keyboard focus for buttons. iced 0.14 lets Tab reach text inputs only; this wrapper makes any
//! button a focus stop too: Tab and Shift+Tab move to it, it draws the design system's focus ring,
//! and Enter or Space presses it. Every action in Outpost is a button, so every action can be
//! reached without a mouse.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad};
use iced::advanced::widget::operation::{Focusable as FocusState, Operation};
use iced::advanced::widget::{Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay};
use iced::keyboard::{self, key};
use iced::{Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector};

use crate::gui::theme::style;

/// A button that Tab can reach. `on_press` is what Enter and Space publish (the button's own).
pub struct Focusable<'a, M> {
    content: Element<'a, M>,
    on_press: Option<M>,
    label: u64,
}

/// Makes `button` (whose press publishes `on_press`) reachable by keyboard.
pub fn focusable<'a, M: Clone + 'a>(
    label: &str,
    button: impl Into<Element<'a, M>>,
    on_press: Option<M>,
) -> Focusable<'a, M> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    label.hash(&mut hasher);
    Focusable {
        content: button.into(),
        on_press,
        label: hasher.finish(),
    }
}

/// The margin around a button that holds its focus ring.
const RING: f32 = 3.0;

/// The button's own layout inside the ring's margin.
fn inner(layout: Layout<'_>) -> Layout<'_> {
    layout.children().next().expect("the button's layout")
}

#[derive(Debug, Default)]
struct State {
    focused: bool,
    /// What the button said when it was focused: a different button that takes its place in a
    /// new view does not inherit the focus.
    label: u64,
}

impl FocusState for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

impl<M: Clone> Widget<M, Theme, Renderer> for Focusable<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        // A margin for the ring: drawn inside our own bounds, so every redraw clears it.
        let size = self.content.as_widget().size();
        layout::padded(limits, size.width, size.height, RING, |limits| {
            self.content
                .as_widget_mut()
                .layout(&mut tree.children[0], renderer, limits)
        })
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            inner(layout),
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<State>().focused {
            // The ring sits just outside the button, so it shows on any fill.
            let bounds = layout.bounds();
            iced::advanced::Renderer::fill_quad(
                renderer,
                Quad {
                    bounds,
                    border: style::focus_ring(theme),
                    ..Quad::default()
                },
                style::RING_FILL,
            );
        }
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State {
            focused: false,
            label: self.label,
        })
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        let state = tree.state.downcast_mut::<State>();
        if state.label != self.label {
            state.focused = false;
            state.label = self.label;
        }
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        // A disabled button is not a focus stop.
        if self.on_press.is_some() {
            let state = tree.state.downcast_mut::<State>();
            operation.focusable(None, layout.bounds(), state);
        } else {
            tree.state.downcast_mut::<State>().focused = false;
        }
        self.content.as_widget_mut().operate(
            &mut tree.children[0],
            inner(layout),
            renderer,
            operation,
        );
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let focused = tree.state.downcast_ref::<State>().focused;
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if focused && !modifiers.command() && !modifiers.alt() =>
            {
                let press = matches!(
                    key.as_ref(),
                    keyboard::Key::Named(key::Named::Enter | key::Named::Space)
                );
                if press && let Some(message) = &self.on_press {
                    shell.publish(message.clone());
                    shell.capture_event();
                    return;
                }
            }
            // A click anywhere moves the focus away from the keyboard's stop (as in a text input).
            Event::Mouse(mouse::Event::ButtonPressed(_)) if focused => {
                tree.state.downcast_mut::<State>().focused = false;
                shell.request_redraw();
            }
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            inner(layout),
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            inner(layout),
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout.children().next().expect("the button's layout"),
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: Clone + 'a> From<Focusable<'a, M>> for Element<'a, M> {
    fn from(f: Focusable<'a, M>) -> Self {
        Element::new(f)
    }
}
