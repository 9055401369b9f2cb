//! The sign-in page: a password (or none), or "Sign in with Google / Microsoft" where the provider
//! offers it. The browser flow is the App's ([`Event::SignIn`]), which the user can cancel here
//! (the wizard drops its handle, which closes the loopback listener); the tokens stay in memory
//! until the account is saved, when the refresh token goes to the keychain.

use iced::task::Handle;
use iced::widget::{Column, column, container, row, space, text};
use iced::{Element, Fill};

use super::view::Page;
use super::{Event, Step, Wizard};
use crate::account::{AuthMethod, InputError, Security};
use crate::fl;
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    banner, busy_line, field, heading, plain_button, primary_button, secondary_button, segmented,
    subtle,
};
use crate::oauth::flow::Tokens;
use crate::oauth::{self, OAuthError, Provider};

#[derive(Debug, Default)]
pub enum OAuthState {
    #[default]
    Idle,
    /// The browser is (being) opened; `url` is known once the listener is up. Dropping `handle`
    /// (given by the App once the sign-in runs) stops the sign-in.
    Waiting {
        url: Option<String>,
        handle: Option<Handle>,
    },
    SignedIn(Tokens),
    Failed(OAuthError),
}

/// The sign-in page's one primary action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthAction {
    /// "Sign in with …": not signed in yet (or the last try failed).
    SignIn,
    /// The browser is open: none, only "Open the browser again" and Cancel.
    Wait,
    /// Signed in (or no OAuth2 on this page): "Test connection".
    Test,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// With a password (`true`) or without signing in.
    SignInPicked(bool),
    UsernameChanged(String),
    PasswordChanged(String),
    TogglePassword,
    /// Sign in with the provider (`true`) or with a password.
    UseOAuth(bool),
    OAuthStart,
    /// The address the browser was sent to.
    OAuthUrl(String),
    OAuthOpenAgain,
    OAuthCancel,
    OAuthDone(Result<Tokens, OAuthError>),
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::SignIn(m)
    }
}

impl Wizard {
    /// Which action the sign-in page recommends; the page shows only that one as primary.
    pub fn oauth_action(&self) -> OAuthAction {
        if !self.uses_oauth() {
            return OAuthAction::Test;
        }
        match self.oauth {
            OAuthState::Idle | OAuthState::Failed(_) => OAuthAction::SignIn,
            OAuthState::Waiting { .. } => OAuthAction::Wait,
            OAuthState::SignedIn(_) => OAuthAction::Test,
        }
    }

    /// Where the browser sign-in stands.
    pub fn oauth(&self) -> &OAuthState {
        &self.oauth
    }

    /// Whether the user signed in during this visit of the wizard (not only a saved sign-in).
    pub fn signed_in(&self) -> bool {
        self.signed_in_tokens().is_some()
    }

    /// The identity provider of the chosen preset, if it signs in with OAuth2.
    pub fn oauth_provider(&self) -> Option<Provider> {
        self.provider.and_then(|p| Provider::for_preset(&p.id))
    }

    /// Whether this copy of Outpost has a registration for the preset's provider.
    pub fn oauth_available(&self) -> bool {
        self.oauth_provider()
            .is_some_and(|p| oauth::client(p).is_some())
    }

    /// Signs in with OAuth2 (rather than a password) on this account.
    pub fn uses_oauth(&self) -> bool {
        self.sign_in && self.use_oauth && self.oauth_available()
    }

    pub(super) fn signed_in_tokens(&self) -> Option<&Tokens> {
        match &self.oauth {
            OAuthState::SignedIn(t) if self.uses_oauth() => Some(t),
            _ => None,
        }
    }

    pub(super) fn update_sign_in(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::SignInPicked(v) => {
                self.sign_in = v;
                self.errors.remove("username");
            }
            Message::UsernameChanged(v) => {
                self.username = v;
                self.errors.remove("username");
            }
            Message::PasswordChanged(v) => {
                self.password = v;
                self.errors.remove("password");
            }
            Message::TogglePassword => self.show_password = !self.show_password,
            Message::UseOAuth(v) => {
                self.use_oauth = v;
                self.errors.remove("password");
            }
            Message::OAuthStart => return self.start_oauth(),
            Message::OAuthUrl(url) => {
                if let OAuthState::Waiting { url: u, .. } = &mut self.oauth {
                    *u = Some(url);
                }
            }
            Message::OAuthOpenAgain => {
                if let OAuthState::Waiting { url: Some(url), .. } = &self.oauth {
                    return Some(Event::OpenSignInPage(url.clone()));
                }
            }
            Message::OAuthCancel => self.oauth = OAuthState::Idle,
            Message::OAuthDone(result) => {
                self.errors.remove("password");
                self.oauth = match result {
                    Ok(tokens) => OAuthState::SignedIn(tokens),
                    Err(e) => OAuthState::Failed(e),
                };
            }
        }
        None
    }

    fn start_oauth(&mut self) -> Option<Event> {
        let provider = self
            .oauth_provider()
            .filter(|p| oauth::client(*p).is_some())?;
        self.oauth = OAuthState::Waiting {
            url: None,
            handle: None,
        };
        Some(Event::SignIn {
            provider,
            email: self.email.trim().to_owned(),
            again: self.editing.is_some(),
        })
    }

    /// Checks the sign-in and runs the connection test.
    pub(super) fn sign_in_next(&mut self) -> Option<Event> {
        self.errors.clear();
        if self.sign_in && self.username.trim().is_empty() {
            self.set_error("username", &InputError::MissingUsername);
            return None;
        }
        if self.uses_oauth() {
            let editing_oauth = self
                .editing
                .as_ref()
                .is_some_and(|a| a.server.auth == AuthMethod::OAuth2);
            if self.signed_in_tokens().is_none() && !editing_oauth {
                self.errors
                    .insert("password", fl!("gui-oauth-sign-in-first"));
                return None;
            }
        } else if self.sign_in
            && self.password.is_empty()
            && self
                .editing
                .as_ref()
                .is_none_or(|a| a.server.auth != AuthMethod::Password)
        {
            // A new account, or one that did not sign in with a password until now: there is no
            // stored password to keep.
            self.errors.insert("password", fl!("gui-password-needed"));
            return None;
        }
        if self.security == Security::None && self.sign_in && !self.accept_insecure {
            self.step = Step::Server;
            self.set_error("security", &InputError::PasswordWithoutEncryption);
            return None;
        }
        self.step = Step::Test;
        self.run_test()
    }

    pub(super) fn sign_in_page(&self) -> Page<'_> {
        let mut col = column![heading(fl!("gui-sign-in-title"))].spacing(spacing::M);
        if let Some(block) = self.oauth_block() {
            col = col.push(block);
            if self.uses_oauth() {
                // One primary action at a time: signing in until it is done, then the test.
                let nav = self.nav_styled(
                    fl!("gui-test-connection"),
                    Some(super::Message::Continue),
                    self.oauth_action() == OAuthAction::Test,
                );
                return (col.into(), nav);
            }
        } else if self.oauth_only() {
            col = col.push(banner(text(fl!("gui-oauth-not-available")), Tone::Warning));
        }
        col = col.push(segmented(
            &[
                (true, fl!("gui-sign-in-password")),
                (false, fl!("gui-sign-in-none")),
            ],
            self.sign_in,
            |v| Message::SignInPicked(v).into(),
        ));
        if self.sign_in {
            col = self.push_password_fields(col);
            col = col.push(subtle(fl!("gui-password-keychain")));
        }
        let nav = self.nav(fl!("gui-test-connection"), Some(super::Message::Continue));
        (col.into(), nav)
    }

    /// The user name, and the password with its Show/Hide.
    fn push_password_fields<'a>(
        &'a self,
        col: Column<'a, super::Message>,
    ) -> Column<'a, super::Message> {
        let username = field(
            "username",
            fl!("gui-username"),
            fl!("gui-username-placeholder"),
            &self.username,
            self.errors.get("username"),
            |v| Message::UsernameChanged(v).into(),
            Some(super::Message::Continue),
            false,
        );
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
            |v| Message::PasswordChanged(v).into(),
            Some(super::Message::Continue),
            !self.show_password,
        );
        let toggle = plain_button(if self.show_password {
            fl!("gui-hide")
        } else {
            fl!("gui-show")
        })
        .on_press(Message::TogglePassword.into());
        col.push(username).push(
            row![
                container(pw).width(Fill),
                column![space::vertical().height(20), toggle]
            ]
            .spacing(spacing::S),
        )
    }

    /// "Sign in with Google / Microsoft" first, for providers that offer it: one line on what
    /// happens, the button (disabled, with the reason and the alternative, when this copy is not
    /// registered), the waiting state with "Open the browser again" and Cancel, the result.
    fn oauth_block(&self) -> Option<Element<'_, super::Message>> {
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
            col = col.push(secondary_button(label).on_press(Message::UseOAuth(true).into()));
            return Some(col.into());
        }
        if !matches!(self.oauth, OAuthState::SignedIn(_)) {
            col = col.push(subtle(fl!(
                "gui-oauth-explain",
                provider = provider.display_name()
            )));
        }
        col = self.push_oauth_status(col, label);
        if let Some(e) = self.errors.get("password") {
            col = col.push(text(e.clone()).style(style::error));
        }
        if !self.oauth_only() {
            col = col.push(
                plain_button(fl!("gui-oauth-or-password"))
                    .on_press(Message::UseOAuth(false).into()),
            );
        }
        Some(col.into())
    }

    /// The sign-in as it stands: the button, the wait, who is signed in, or why it failed.
    fn push_oauth_status<'a>(
        &'a self,
        mut col: Column<'a, super::Message>,
        label: String,
    ) -> Column<'a, super::Message> {
        match &self.oauth {
            OAuthState::Idle => {
                col = col.push(primary_button(label).on_press(Message::OAuthStart.into()));
            }
            OAuthState::Waiting { url, .. } => {
                col = col.push(busy_line(fl!("gui-oauth-waiting")));
                let mut again = secondary_button(fl!("gui-oauth-open-again"));
                if url.is_some() {
                    again = again.on_press(Message::OAuthOpenAgain.into());
                }
                col = col.push(
                    row![
                        again,
                        plain_button(fl!("gui-oauth-cancel")).on_press(Message::OAuthCancel.into())
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
                col = col.push(primary_button(label).on_press(Message::OAuthStart.into()));
            }
        }
        col
    }
}
