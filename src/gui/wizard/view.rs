//! The frame every wizard page shares: the step indicator above the page, the actions at the foot
//! of the window. Each step's page is in the step's own file.

use iced::widget::{column, container, row, space, text};
use iced::{Center, Element, Fill, Length};

use super::{Message, Step, Wizard};
use crate::fl;
use crate::gui::glyph::{Glyph, glyph};
use crate::gui::theme::style::StepState;
use crate::gui::theme::width;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    actions, page_with_actions, plain_button, primary_button, secondary_button,
};

/// A page, and its actions.
pub(super) type Page<'a> = (Element<'a, Message>, Element<'a, Message>);

impl Wizard {
    pub fn view(&self) -> Element<'_, Message> {
        let (page, nav) = match self.step {
            Step::Address => self.address_page(),
            Step::Provider => self.provider_page(),
            Step::Server => self.server_page(),
            Step::SignIn => self.sign_in_page(),
            Step::Test => self.test_page(),
            Step::Done => self.done_page(),
        };
        // The actions stay at the foot of the window, the page scrolls above them.
        page_with_actions(
            column![self.steps(), page].spacing(spacing::XL),
            nav,
            width::FORM,
        )
    }

    /// The steps' names, in order.
    fn step_names() -> [String; 6] {
        [
            fl!("gui-wizard-step-address"),
            fl!("gui-wizard-step-provider"),
            fl!("gui-wizard-step-server"),
            fl!("gui-wizard-step-sign-in"),
            fl!("gui-wizard-step-test"),
            fl!("gui-wizard-step-done"),
        ]
    }

    /// The current step's name (the window's title says it).
    pub fn step_name(&self) -> String {
        Self::step_names()[self.step_number() - 1].clone()
    }

    /// The step indicator: every step by name, done ones ticked, the current one filled.
    fn steps(&self) -> Element<'_, Message> {
        let names = Self::step_names();
        let current = self.step_number();
        let total = names.len();
        let mut r = row![];
        for (i, name) in names.into_iter().enumerate() {
            let number = i + 1;
            let state = match number.cmp(&current) {
                std::cmp::Ordering::Less => StepState::Done,
                std::cmp::Ordering::Equal => StepState::Current,
                std::cmp::Ordering::Greater => StepState::ToCome,
            };
            let mark: Element<'_, Message> = if state == StepState::Done {
                glyph(Glyph::Check, size::ICON).into()
            } else {
                text(number.to_string()).size(size::SMALL).into()
            };
            let dot = container(mark)
                .center(Length::Fixed(size::STEP_DOT))
                .style(style::step_dot(state));
            let line = |visible: bool, done: bool| -> Element<'_, Message> {
                if visible {
                    container(space::horizontal())
                        .height(2)
                        .width(Fill)
                        .style(style::step_line(done))
                        .into()
                } else {
                    space::horizontal().into()
                }
            };
            let track = row![
                line(number > 1, number <= current),
                dot,
                line(number < total, number < current)
            ]
            .align_y(Center);
            let label = text(name).size(size::CAPTION).align_x(Center).style(
                if state == StepState::ToCome {
                    style::muted
                } else {
                    style::plain_text
                },
            );
            r = r.push(
                column![track, label]
                    .spacing(spacing::XS)
                    .align_x(Center)
                    .width(Length::FillPortion(1)),
            );
        }
        let words = fl!(
            "gui-wizard-progress",
            step = current.to_string(),
            total = total.to_string()
        );
        column![r, text(words).size(size::CAPTION).style(style::muted)]
            .spacing(spacing::S)
            .into()
    }

    fn step_number(&self) -> usize {
        match self.step {
            Step::Address => 1,
            Step::Provider => 2,
            Step::Server => 3,
            Step::SignIn => 4,
            Step::Test => 5,
            Step::Done => 6,
        }
    }

    pub(super) fn nav<'a>(
        &self,
        next_label: String,
        next: Option<Message>,
    ) -> Element<'a, Message> {
        self.nav_styled(next_label, next, true)
    }

    /// The page's buttons; `recommended` false shows the forward button as a secondary choice.
    pub(super) fn nav_styled<'a>(
        &self,
        next_label: String,
        next: Option<Message>,
        recommended: bool,
    ) -> Element<'a, Message> {
        let back_allowed = self.can_go_back();
        // On the very first start there is nothing to go back to: no Cancel on the first page.
        let cancel = (!(self.first_account
            && self.editing.is_none()
            && self.step == Step::Address))
            .then(|| {
                plain_button(fl!("gui-cancel"))
                    .on_press(Message::Cancel)
                    .into()
            });
        let back = back_allowed.then(|| {
            secondary_button(fl!("gui-back"))
                .on_press(Message::Back)
                .into()
        });
        let forward = if recommended {
            primary_button(next_label)
        } else {
            secondary_button(next_label)
        };
        actions(
            cancel,
            back.into_iter().collect(),
            Some(forward.on_press_maybe(next).into()),
        )
    }
}
