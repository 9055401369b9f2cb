//! How each wizard page looks. Pages are small functions of the wizard's state.

use iced::widget::{Column, button, column, container, pick_list, row, space, text, text_input};
use iced::{Center, Element, Fill, Length};

use super::{Message, OAuthAction, OAuthState, PROVIDER_TILES, PortChoice, Sending, Step, Wizard};
use crate::account::Security;
use crate::discover::Source;
use crate::fl;
use crate::gui::focus::focusable;
use crate::gui::glyph::{Glyph, glyph, spinner};
use crate::gui::theme::style::{StepState, Tone};
use crate::gui::theme::{monogram_colour, width};
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    actions, banner, busy_line, card, check, checklist, field, heading, keyboard_dropdown,
    monogram, page_with_actions, plain_button, primary_button, secondary_button, segmented,
    status_head, subtle,
};
use crate::providers;

impl Wizard {
    pub fn view(&self) -> Element<'_, Message> {
        let (page, nav) = match self.step {
            Step::Address => self.address(),
            Step::Provider => self.provider_page(),
            Step::Server => self.server(),
            Step::SignIn => self.sign_in_page(),
            Step::Test => self.test_page(),
            Step::Done => self.done(),
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

    fn nav<'a>(&self, next_label: String, next: Option<Message>) -> Element<'a, Message> {
        self.nav_styled(next_label, next, true)
    }

    /// The page's buttons; `recommended` false shows the forward button as a secondary choice.
    fn nav_styled<'a>(
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

    fn address(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        let mut col = column![
            heading(if self.editing.is_some() {
                fl!("gui-wizard-edit-title")
            } else {
                fl!("gui-wizard-title")
            }),
            subtle(fl!("gui-wizard-intro")),
            field(
                "display-name",
                fl!("gui-your-name"),
                fl!("gui-your-name-placeholder"),
                &self.display_name,
                self.errors.get("display_name"),
                Message::DisplayNameChanged,
                Some(Message::Continue),
                false
            ),
            field(
                "email",
                fl!("gui-email"),
                fl!("gui-email-placeholder"),
                &self.email,
                self.errors.get("email"),
                Message::EmailChanged,
                (!self.detecting).then_some(Message::Continue),
                false
            ),
        ]
        .spacing(spacing::M);
        if self.detecting {
            col = col.push(banner(
                column![
                    busy_line(fl!("gui-detect-builtin")),
                    text(fl!("gui-detect-provider")),
                    text(fl!("gui-detect-domain")),
                    secondary_button(fl!("gui-detect-stop")).on_press(Message::StopDetecting),
                ]
                .spacing(spacing::XS),
                Tone::Info,
            ));
        }
        let nav = self.nav(
            fl!("gui-continue"),
            (!self.detecting).then_some(Message::Continue),
        );
        (col.into(), nav)
    }

    fn provider_page(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        let found = match &self.detection {
            Some(d) => {
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
            None => String::new(),
        };
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
        let mut col =
            column![heading(fl!("gui-provider-title")), subtle(found), grid].spacing(spacing::M);
        if let Some(p) = self.provider {
            if !p.regions.is_empty() {
                col = col.push(
                    row![
                        text(fl!("gui-region")),
                        keyboard_dropdown(
                            "region",
                            pick_list(
                                p.regions.clone(),
                                self.region.clone(),
                                Message::RegionPicked
                            )
                            .style(style::dropdown)
                            .placeholder(fl!("gui-region")),
                            &p.regions,
                            self.region.as_ref(),
                            Message::RegionPicked
                        )
                    ]
                    .spacing(spacing::M)
                    .align_y(Center),
                );
            }
            for n in &p.notes {
                let mut inner = column![text(n.text())].spacing(spacing::S);
                if let Some(url) = &n.url {
                    inner = inner.push(
                        row![
                            secondary_button(fl!("gui-open-help"))
                                .on_press(Message::OpenUrl(url.clone())),
                            text(url.clone()).size(size::CAPTION).style(style::muted)
                        ]
                        .spacing(spacing::S)
                        .align_y(Center),
                    );
                }
                col = col.push(banner(inner, Tone::Info));
            }
        }
        let nav = self.nav(fl!("gui-continue"), Some(Message::Continue));
        (col.into(), nav)
    }

    fn server(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        let port = keyboard_dropdown(
            "port",
            pick_list(
                &PortChoice::LIST[..],
                Some(self.port_choice),
                Message::PortPicked,
            )
            .style(style::dropdown),
            &PortChoice::LIST[..],
            Some(&self.port_choice),
            Message::PortPicked,
        );
        let mut port_row = row![port].spacing(spacing::S).align_y(Center);
        if self.port_choice == PortChoice::Other {
            port_row = port_row.push(
                text_input("2525", &self.port_text)
                    .style(style::input)
                    .id("port")
                    .on_input(Message::PortTextChanged)
                    .on_submit(Message::Continue)
                    .width(120)
                    .padding(spacing::S),
            );
        }
        let mut port_col =
            column![text(fl!("gui-port")).size(size::SMALL), port_row].spacing(spacing::XS);
        if let Some(e) = self.errors.get("port") {
            port_col = port_col.push(text(e.clone()).size(size::SMALL).style(style::error));
        }
        let options: Vec<(Security, String)> = Security::ALL
            .iter()
            .map(|s| (*s, security_label(*s)))
            .collect();
        let securities = segmented(&options, self.security, Message::SecurityPicked);
        let mut col = column![
            heading(fl!("gui-server-title")),
            subtle(fl!("gui-server-intro")),
            field(
                "host",
                fl!("gui-host"),
                fl!("gui-host-placeholder"),
                &self.host,
                self.errors.get("host"),
                Message::HostChanged,
                Some(Message::Continue),
                false
            ),
            port_col,
            column![text(fl!("gui-encryption")).size(size::SMALL), securities].spacing(spacing::S),
        ]
        .spacing(spacing::M);
        if self.security == Security::None {
            let mut warn = column![text(fl!("gui-no-encryption-warning"))].spacing(spacing::S);
            if self.sign_in {
                warn = warn.push(check(
                    fl!("gui-accept-insecure"),
                    self.accept_insecure,
                    Message::AcceptInsecure,
                ));
            }
            col = col.push(banner(warn, Tone::Warning));
        }
        if let Some(e) = self.errors.get("security") {
            col = col.push(text(e.clone()).size(size::SMALL).style(style::error));
        }
        let find = secondary_button(if self.probing {
            fl!("gui-finding")
        } else {
            fl!("gui-find-automatically")
        })
        .on_press_maybe((!self.probing).then_some(Message::FindAutomatically));
        col = col.push(if self.probing {
            row![find, spinner(size::ICON)]
                .spacing(spacing::S)
                .align_y(Center)
                .into()
        } else {
            Element::from(find)
        });
        if let Some(report) = &self.probe {
            let mut lines = column![].spacing(spacing::XS);
            for r in &report.results {
                let label = fl!(
                    "gui-probe-line",
                    port = r.port.to_string(),
                    security = security_label(r.security)
                );
                lines = lines.push(
                    row![
                        glyph(if r.ok { Glyph::Check } else { Glyph::Cross }, size::ICON),
                        text(label)
                    ]
                    .spacing(spacing::S)
                    .align_y(Center),
                );
            }
            lines = lines.push(text(match &report.best {
                Some(b) => fl!(
                    "gui-probe-best",
                    port = b.port.to_string(),
                    security = security_label(b.security)
                ),
                None => fl!("probe-none", host = report.host.as_str()),
            }));
            col = col.push(banner(
                lines,
                if report.best.is_none() {
                    Tone::Warning
                } else {
                    Tone::Info
                },
            ));
        }
        let nav = self.nav(fl!("gui-continue"), Some(Message::Continue));
        (col.into(), nav)
    }

    fn sign_in_page(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        let oauth_only = self.provider.is_some_and(|p| {
            p.servers
                .iter()
                .all(|s| s.auth == [crate::account::AuthMethod::OAuth2])
        });
        let mut col = column![heading(fl!("gui-sign-in-title"))].spacing(spacing::M);
        if let Some(block) = self.oauth_block() {
            col = col.push(block);
            if self.uses_oauth() {
                // One primary action at a time: signing in until it is done, then the test.
                let nav = self.nav_styled(
                    fl!("gui-test-connection"),
                    Some(Message::Continue),
                    self.oauth_action() == OAuthAction::Test,
                );
                return (col.into(), nav);
            }
        } else if oauth_only {
            col = col.push(banner(text(fl!("gui-oauth-not-available")), Tone::Warning));
        }
        col = col.push(segmented(
            &[
                (true, fl!("gui-sign-in-password")),
                (false, fl!("gui-sign-in-none")),
            ],
            self.sign_in,
            Message::SignInPicked,
        ));
        if self.sign_in {
            col = col.push(field(
                "username",
                fl!("gui-username"),
                fl!("gui-username-placeholder"),
                &self.username,
                self.errors.get("username"),
                Message::UsernameChanged,
                Some(Message::Continue),
                false,
            ));
            let placeholder = if self.editing.is_some() {
                fl!("gui-password-keep")
            } else {
                fl!("gui-password-placeholder")
            };
            let pw = field(
                "password",
                fl!("gui-password"),
                placeholder,
                &self.password,
                self.errors.get("password"),
                Message::PasswordChanged,
                Some(Message::Continue),
                !self.show_password,
            );
            let toggle = plain_button(if self.show_password {
                fl!("gui-hide")
            } else {
                fl!("gui-show")
            })
            .on_press(Message::TogglePassword);
            col = col.push(
                row![
                    container(pw).width(Fill),
                    column![space::vertical().height(20), toggle]
                ]
                .spacing(spacing::S),
            );
            col = col.push(subtle(fl!("gui-password-keychain")));
        }
        let nav = self.nav(fl!("gui-test-connection"), Some(Message::Continue));
        (col.into(), nav)
    }

    /// "Sign in with Google / Microsoft" first, for providers that offer it: one line on what
    /// happens, the button (disabled, with the reason and the alternative, when this copy is not
    /// registered), the waiting state with "Open the browser again" and Cancel, the result.
    fn oauth_block(&self) -> Option<Element<'_, Message>> {
        let provider = self.oauth_provider()?;
        let label = fl!("gui-oauth-sign-in-with", provider = provider.display_name());
        let mut col = column![].spacing(spacing::S);
        if !self.oauth_available() {
            let why = match crate::oauth::registration(provider) {
                Err(e @ crate::oauth::OAuthError::InsecureEndpoint { .. }) => e.message(),
                _ => match self.provider.map(|p| p.id.as_str()) {
                    Some("outlook") => fl!("gui-oauth-unconfigured-outlook"),
                    Some("office365") => fl!("gui-oauth-unconfigured-office365"),
                    _ => fl!("gui-oauth-unconfigured-google"),
                },
            };
            col = col.push(secondary_button(label));
            col = col.push(banner(text(why), Tone::Warning));
            return Some(col.into());
        }
        if !self.use_oauth {
            col = col.push(secondary_button(label).on_press(Message::UseOAuth(true)));
            return Some(col.into());
        }
        if !matches!(self.oauth, OAuthState::SignedIn(_)) {
            col = col.push(subtle(fl!(
                "gui-oauth-explain",
                provider = provider.display_name()
            )));
        }
        match &self.oauth {
            OAuthState::Idle => {
                col = col.push(primary_button(label).on_press(Message::OAuthStart));
            }
            OAuthState::Waiting { url, .. } => {
                col = col.push(busy_line(fl!("gui-oauth-waiting")));
                let mut again = secondary_button(fl!("gui-oauth-open-again"));
                if url.is_some() {
                    again = again.on_press(Message::OAuthOpenAgain);
                }
                col = col.push(
                    row![
                        again,
                        plain_button(fl!("gui-oauth-cancel")).on_press(Message::OAuthCancel)
                    ]
                    .spacing(spacing::S),
                );
            }
            OAuthState::SignedIn(_) => {
                col = col.push(banner(
                    column![
                        text(fl!("gui-oauth-signed-in", email = self.email.trim())),
                        text(fl!("gui-oauth-signed-in-next")).size(size::SMALL),
                    ]
                    .spacing(spacing::XS),
                    Tone::Success,
                ));
            }
            OAuthState::Failed(e) => {
                let words = match e.problem() {
                    Some(p) => format!("{} {}", e.detail().unwrap_or_else(|| p.message()), p.fix()),
                    None => e.message(),
                };
                col = col.push(banner(text(words), Tone::Danger));
                col = col.push(primary_button(label).on_press(Message::OAuthStart));
            }
        }
        if let Some(e) = self.errors.get("password") {
            col = col.push(text(e.clone()).style(style::error));
        }
        let oauth_only = self.provider.is_some_and(|p| {
            p.servers
                .iter()
                .all(|s| s.auth == [crate::account::AuthMethod::OAuth2])
        });
        if !oauth_only {
            col = col.push(
                plain_button(fl!("gui-oauth-or-password")).on_press(Message::UseOAuth(false)),
            );
        }
        Some(col.into())
    }

    fn test_page(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        // A status page: the outcome, big, above the checklist that explains it.
        let head = match (&self.test.report, self.test.running) {
            (_, true) => status_head(Tone::Info, fl!("gui-test-title"), None),
            (Some(r), false) => match &r.problem {
                None => status_head(
                    Tone::Success,
                    fl!("gui-test-ok-title"),
                    Some(fl!("gui-test-ok")),
                ),
                Some(p) => status_head(
                    Tone::Danger,
                    fl!("gui-test-failed-title"),
                    Some(p.message()),
                ),
            },
            (None, false) => heading(fl!("gui-test-title")),
        };
        let mut col = column![head].spacing(spacing::M);
        if let Some(report) = &self.test.report
            && let Some(p) = &report.problem
        {
            let mut inner =
                column![text(fl!("cli-fix", fix = p.fix())).size(size::BODY)].spacing(spacing::S);
            if let Some(reply) = &p.server_reply {
                inner = inner.push(
                    text(fl!("cli-server-said", reply = reply.as_str()))
                        .size(size::SMALL)
                        .style(style::muted),
                );
            }
            if let Some(s) = &p.suggestion {
                inner = inner.push(
                    primary_button(fl!(
                        "gui-apply-suggestion",
                        port = s.port.to_string(),
                        security = security_label(s.security)
                    ))
                    .on_press(Message::ApplySuggestion),
                );
            }
            col = col.push(banner(inner, Tone::Danger));
        }
        col = col.push(checklist(&self.test.steps, self.test.running));
        if let Some(report) = &self.test.report {
            let details = plain_button(if self.test.show_details {
                fl!("gui-hide-details")
            } else {
                fl!("gui-show-details")
            })
            .on_press(Message::ToggleDetails);
            col = col.push(details);
            if self.test.show_details {
                let transcript = report.transcript.join("\n");
                col = col.push(card(
                    column![
                        row![
                            space::horizontal(),
                            secondary_button(fl!("gui-copy")).on_press(Message::CopyTranscript)
                        ],
                        text(transcript)
                            .font(iced::Font::MONOSPACE)
                            .size(size::CAPTION)
                    ]
                    .spacing(spacing::S),
                ));
            }
            if report.ok {
                let send = secondary_button(fl!("gui-send-test-message")).on_press_maybe(
                    (self.sending != Sending::Running).then_some(Message::SendTestMessage),
                );
                let delivery =
                    secondary_button(fl!("gui-delivery-button")).on_press(Message::CheckDelivery);
                col = col.push(row![send, delivery].spacing(spacing::S));
                match &self.sending {
                    Sending::Idle => {}
                    Sending::Running => col = col.push(busy_line(fl!("gui-sending"))),
                    Sending::Done(_) => {
                        col = col.push(
                            text(fl!("gui-test-message-sent", email = self.email.trim()))
                                .style(style::success),
                        )
                    }
                    Sending::Failed(m, f) => {
                        col = col.push(banner(
                            column![text(m.clone()), text(fl!("cli-fix", fix = f.as_str()))]
                                .spacing(spacing::XS),
                            Tone::Warning,
                        ))
                    }
                }
            }
        }
        if let Some(e) = &self.save_error {
            col = col.push(text(e.clone()).style(style::error));
        }
        let retry = secondary_button(fl!("gui-test-again"))
            .on_press_maybe((!self.test.running).then_some(Message::RunTest));
        col = col.push(retry);
        let ok = self.test.report.as_ref().is_some_and(|r| r.ok);
        let label = if ok || self.test.report.is_none() {
            fl!("gui-save")
        } else {
            fl!("gui-save-anyway")
        };
        let can_save = !self.test.running && !self.saving && self.test.report.is_some();
        let nav = self.nav_styled(label, can_save.then_some(Message::Save), ok);
        (col.into(), nav)
    }

    fn done(&self) -> (Element<'_, Message>, Element<'_, Message>) {
        let name = self
            .saved
            .as_ref()
            .map(|a| a.email.clone())
            .unwrap_or_default();
        let head = status_head(
            Tone::Success,
            fl!("gui-done-title"),
            Some(fl!("gui-done-body", email = name)),
        );
        let nav = actions(
            Some(
                plain_button(fl!("gui-close"))
                    .on_press(Message::Cancel)
                    .into(),
            ),
            vec![
                secondary_button(fl!("gui-delivery-button"))
                    .on_press(Message::CheckDelivery)
                    .into(),
            ],
            Some(
                primary_button(fl!("gui-write-message"))
                    .on_press(Message::WriteMessage)
                    .into(),
            ),
        );
        (head, nav)
    }
}

/// A provider tile: its monogram in the provider's colour, and its name. Colours and letters only,
/// never a logo (see `assets/provider-tiles.md`).
fn tile<'a>(label: String, id: Option<String>, selected: bool) -> Element<'a, Message> {
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
    let pick = Message::ProviderPicked(id);
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

pub fn security_label(security: Security) -> String {
    crate::account::security_label(security)
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
