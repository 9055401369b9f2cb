//! How each wizard page looks. Pages are small functions of the wizard's state.

use iced::widget::{
    Column, button, column, container, pick_list, row, scrollable, space, text, text_input,
};
use iced::{Center, Element, Fill, Length};

use super::{Message, OAuthState, PROVIDER_TILES, PortChoice, Sending, Step, Wizard};
use crate::account::Security;
use crate::discover::Source;
use crate::fl;
use crate::gui::glyph::{Glyph, glyph, spinner};
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{busy_line, card, checklist, field, heading, note, segmented, subtle};
use crate::providers;

impl Wizard {
    pub fn view(&self) -> Element<'_, Message> {
        let page: Element<'_, Message> = match self.step {
            Step::Address => self.address(),
            Step::Provider => self.provider_page(),
            Step::Server => self.server(),
            Step::SignIn => self.sign_in_page(),
            Step::Test => self.test_page(),
            Step::Done => self.done(),
        };
        let progress = text(fl!(
            "gui-wizard-progress",
            step = self.step_number().to_string(),
            total = "6"
        ))
        .size(size::SMALL)
        .style(style::muted);
        let content = column![progress, page].spacing(spacing::M).max_width(640);
        scrollable(container(content).padding(spacing::XL).center_x(Fill)).into()
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
        let back_allowed = !(matches!(self.step, Step::Address | Step::Done)
            || self.editing.is_some() && self.step == Step::Server);
        let mut r = row![].spacing(spacing::M);
        // On the very first start there is nothing to go back to: no Cancel on the first page.
        if !(self.first_account && self.editing.is_none() && self.step == Step::Address) {
            r = r.push(
                button(text(fl!("gui-cancel")))
                    .style(style::plain)
                    .on_press(Message::Cancel),
            );
        }
        r = r.push(space::horizontal());
        if back_allowed {
            r = r.push(
                button(text(fl!("gui-back")))
                    .style(style::secondary)
                    .on_press(Message::Back),
            );
        }
        r.push(
            button(text(next_label))
                .style(if recommended {
                    style::primary
                } else {
                    style::secondary
                })
                .on_press_maybe(next),
        )
        .align_y(Center)
        .into()
    }

    fn address(&self) -> Element<'_, Message> {
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
            col = col.push(note(
                column![
                    busy_line(fl!("gui-detect-builtin")),
                    text(fl!("gui-detect-provider")),
                    text(fl!("gui-detect-domain")),
                    button(text(fl!("gui-detect-stop")))
                        .style(style::secondary)
                        .on_press(Message::StopDetecting),
                ]
                .spacing(spacing::XS),
                false,
            ));
        }
        col.push(self.nav(
            fl!("gui-continue"),
            (!self.detecting).then_some(Message::Continue),
        ))
        .into()
    }

    fn provider_page(&self) -> Element<'_, Message> {
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
        let mut grid = Column::new().spacing(spacing::S);
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
                        pick_list(
                            p.regions.clone(),
                            self.region.clone(),
                            Message::RegionPicked
                        )
                        .placeholder(fl!("gui-region"))
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
                            button(text(fl!("gui-open-help")))
                                .style(style::secondary)
                                .on_press(Message::OpenUrl(url.clone())),
                            text(url.clone()).size(size::CAPTION).style(style::muted)
                        ]
                        .spacing(spacing::S)
                        .align_y(Center),
                    );
                }
                col = col.push(note(inner, false));
            }
        }
        col.push(self.nav(fl!("gui-continue"), Some(Message::Continue)))
            .into()
    }

    fn server(&self) -> Element<'_, Message> {
        let port = pick_list(
            &PortChoice::LIST[..],
            Some(self.port_choice),
            Message::PortPicked,
        );
        let mut port_row = row![port].spacing(spacing::S).align_y(Center);
        if self.port_choice == PortChoice::Other {
            port_row = port_row.push(
                text_input("2525", &self.port_text)
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
                warn = warn.push(
                    iced::widget::checkbox(self.accept_insecure)
                        .label(fl!("gui-accept-insecure"))
                        .on_toggle(Message::AcceptInsecure),
                );
            }
            col = col.push(note(warn, true));
        }
        if let Some(e) = self.errors.get("security") {
            col = col.push(text(e.clone()).size(size::SMALL).style(style::error));
        }
        let find = button(text(if self.probing {
            fl!("gui-finding")
        } else {
            fl!("gui-find-automatically")
        }))
        .style(style::secondary)
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
            col = col.push(note(lines, report.best.is_none()));
        }
        col.push(self.nav(fl!("gui-continue"), Some(Message::Continue)))
            .into()
    }

    fn sign_in_page(&self) -> Element<'_, Message> {
        let oauth_only = self.provider.is_some_and(|p| {
            p.servers
                .iter()
                .all(|s| s.auth == [crate::account::AuthMethod::OAuth2])
        });
        let mut col = column![heading(fl!("gui-sign-in-title"))].spacing(spacing::M);
        if let Some(block) = self.oauth_block() {
            col = col.push(block);
            if self.uses_oauth() {
                return col
                    .push(self.nav(fl!("gui-test-connection"), Some(Message::Continue)))
                    .into();
            }
        } else if oauth_only {
            col = col.push(note(text(fl!("gui-oauth-not-available")), true));
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
            let toggle = button(text(if self.show_password {
                fl!("gui-hide")
            } else {
                fl!("gui-show")
            }))
            .style(style::plain)
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
        col.push(self.nav(fl!("gui-test-connection"), Some(Message::Continue)))
            .into()
    }

    /// "Sign in with Google / Microsoft" first, for providers that offer it: the button (disabled,
    /// with the reason and the alternative, when this copy is not registered), the waiting state
    /// with "Open the browser again" and Cancel, the result.
    fn oauth_block(&self) -> Option<Element<'_, Message>> {
        let provider = self.oauth_provider()?;
        let label = fl!("gui-oauth-sign-in-with", provider = provider.display_name());
        let mut col = column![].spacing(spacing::S);
        if !self.oauth_available() {
            let why = match self.provider.map(|p| p.id.as_str()) {
                Some("outlook") => fl!("gui-oauth-unconfigured-outlook"),
                Some("office365") => fl!("gui-oauth-unconfigured-office365"),
                _ => fl!("gui-oauth-unconfigured-google"),
            };
            col = col.push(button(text(label)).style(style::primary));
            col = col.push(note(text(why), true));
            return Some(col.into());
        }
        if !self.use_oauth {
            col = col.push(
                button(text(label))
                    .style(style::secondary)
                    .on_press(Message::UseOAuth(true)),
            );
            return Some(col.into());
        }
        match &self.oauth {
            OAuthState::Idle => {
                col = col.push(button(text(label)).on_press(Message::OAuthStart));
            }
            OAuthState::Waiting { url, .. } => {
                col = col.push(busy_line(fl!("gui-oauth-waiting")));
                let mut again = button(text(fl!("gui-oauth-open-again"))).style(style::secondary);
                if url.is_some() {
                    again = again.on_press(Message::OAuthOpenAgain);
                }
                col = col.push(
                    row![
                        again,
                        button(text(fl!("gui-oauth-cancel")))
                            .style(style::plain)
                            .on_press(Message::OAuthCancel)
                    ]
                    .spacing(spacing::S),
                );
            }
            OAuthState::SignedIn(_) => {
                col = col.push(note(
                    text(fl!("gui-oauth-signed-in", email = self.email.trim()))
                        .style(style::success),
                    false,
                ));
            }
            OAuthState::Failed(e) => {
                let words = match e.problem() {
                    Some(p) => format!("{} {}", p.message(), p.fix()),
                    None => e.message(),
                };
                col = col.push(note(text(words).style(style::error), true));
                col = col.push(button(text(label)).on_press(Message::OAuthStart));
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
                button(text(fl!("gui-oauth-or-password")))
                    .style(style::plain)
                    .on_press(Message::UseOAuth(false)),
            );
        }
        Some(col.into())
    }

    fn test_page(&self) -> Element<'_, Message> {
        let mut col = column![
            heading(fl!("gui-test-title")),
            checklist(&self.test.steps, self.test.running)
        ]
        .spacing(spacing::M);
        if let Some(report) = &self.test.report {
            match &report.problem {
                None => col = col.push(note(text(fl!("gui-test-ok")).style(style::success), false)),
                Some(p) => {
                    let mut inner = column![
                        text(p.message()).size(size::BODY),
                        text(fl!("cli-fix", fix = p.fix()))
                    ]
                    .spacing(spacing::S);
                    if let Some(reply) = &p.server_reply {
                        inner = inner.push(
                            text(fl!("cli-server-said", reply = reply.as_str()))
                                .size(size::SMALL)
                                .style(style::muted),
                        );
                    }
                    if let Some(s) = &p.suggestion {
                        inner = inner.push(
                            button(text(fl!(
                                "gui-apply-suggestion",
                                port = s.port.to_string(),
                                security = security_label(s.security)
                            )))
                            .style(style::primary)
                            .on_press(Message::ApplySuggestion),
                        );
                    }
                    col = col.push(note(inner, true));
                }
            }
            let details = button(text(if self.test.show_details {
                fl!("gui-hide-details")
            } else {
                fl!("gui-show-details")
            }))
            .style(style::plain)
            .on_press(Message::ToggleDetails);
            col = col.push(details);
            if self.test.show_details {
                let transcript = report.transcript.join("\n");
                col = col.push(card(
                    column![
                        row![
                            space::horizontal(),
                            button(text(fl!("gui-copy")))
                                .style(style::secondary)
                                .on_press(Message::CopyTranscript)
                        ],
                        text(transcript)
                            .font(iced::Font::MONOSPACE)
                            .size(size::CAPTION)
                    ]
                    .spacing(spacing::S),
                ));
            }
            if report.ok {
                let send = button(text(fl!("gui-send-test-message")))
                    .style(style::secondary)
                    .on_press_maybe(
                        (self.sending != Sending::Running).then_some(Message::SendTestMessage),
                    );
                let delivery = button(text(fl!("gui-delivery-button")))
                    .style(style::secondary)
                    .on_press(Message::CheckDelivery);
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
                        col = col.push(note(
                            column![text(m.clone()), text(fl!("cli-fix", fix = f.as_str()))]
                                .spacing(spacing::XS),
                            true,
                        ))
                    }
                }
            }
        }
        if let Some(e) = &self.save_error {
            col = col.push(text(e.clone()).style(style::error));
        }
        let retry = button(text(fl!("gui-test-again")))
            .style(style::secondary)
            .on_press_maybe((!self.test.running).then_some(Message::RunTest));
        col = col.push(retry);
        let ok = self.test.report.as_ref().is_some_and(|r| r.ok);
        let label = if ok || self.test.report.is_none() {
            fl!("gui-save")
        } else {
            fl!("gui-save-anyway")
        };
        let can_save = !self.test.running && !self.saving && self.test.report.is_some();
        col.push(self.nav_styled(label, can_save.then_some(Message::Save), ok))
            .into()
    }

    fn done(&self) -> Element<'_, Message> {
        let name = self
            .saved
            .as_ref()
            .map(|a| a.email.clone())
            .unwrap_or_default();
        column![
            heading(fl!("gui-done-title")),
            text(fl!("gui-done-body", email = name)),
            row![
                button(text(fl!("gui-close")))
                    .style(style::secondary)
                    .on_press(Message::Cancel),
                space::horizontal(),
                button(text(fl!("gui-delivery-button")))
                    .style(style::secondary)
                    .on_press(Message::CheckDelivery),
                button(text(fl!("gui-write-message")))
                    .style(style::primary)
                    .on_press(Message::WriteMessage),
            ]
            .spacing(spacing::M)
        ]
        .spacing(spacing::M)
        .into()
    }
}

fn tile<'a>(label: String, id: Option<String>, selected: bool) -> Element<'a, Message> {
    button(container(text(label)).center_x(Fill).padding(spacing::S))
        .width(Length::FillPortion(1))
        .style(if selected {
            style::primary
        } else {
            style::secondary
        })
        .on_press(Message::ProviderPicked(id))
        .into()
}

pub fn security_label(security: Security) -> String {
    crate::cli::security_label(security)
}
