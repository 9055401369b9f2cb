//! The setup wizard: address → provider → server → sign-in → test → done. It owns its state and
//! only asks: every lookup, test, sign-in and save is an [`Event`] that the App carries out (off
//! the UI thread, through the ops verbs) and answers with one of the steps' messages.
//!
//! Each step has its own file with its own [`Message`] and page; this file holds what they share:
//! the typed settings, the account they make, the routing and the way between the pages.

pub mod address;
pub mod copies;
pub mod provider;
pub mod server;
pub mod signin;
pub mod test;
mod view;

pub use provider::PROVIDER_TILES;
pub use server::PortChoice;
pub use signin::{OAuthAction, OAuthState};
use test::Sending;

use std::collections::HashMap;

use iced::Task;
use iced::task::Handle;

use crate::account::{Account, AuthMethod, InputError, Security, ServerSettings, parse_port};
use crate::discover::{self, Detection};
use crate::mail::Draft;
use crate::ops::accounts::SaveAccount;
use crate::providers::{self, Provider};
use crate::smtp::Credentials;
use crate::smtp::doctor::{CheckRequest, Report};
use crate::smtp::probe::ProbeReport;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Address,
    Provider,
    Server,
    SignIn,
    Test,
    Done,
}

/// Work the App runs for the wizard that the wizard may stop (by dropping its handle: going back,
/// cancelling, closing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// [`Event::Detect`].
    Detect,
    /// [`Event::Test`].
    Test,
    /// [`Event::SignIn`].
    SignIn,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Checks the page and moves on: the forward button, and Enter in a field.
    Continue,
    /// The page before (Escape too).
    Back,
    /// Cancel, or Close on the last page.
    Cancel,
    Address(address::Message),
    Provider(provider::Message),
    Server(server::Message),
    Copies(copies::Message),
    SignIn(signin::Message),
    Test(test::Message),
}

/// What the wizard asks of the App.
#[derive(Debug, Clone)]
pub enum Event {
    /// Find settings for this address (built-in presets, then the network); answer with
    /// [`address::Message::Detected`]. Stoppable: [`Job::Detect`].
    Detect(String),
    /// Try the usual ports of this host; answer with [`server::Message::Probed`].
    Probe(String),
    /// Open a provider's help page in the browser.
    OpenUrl(String),
    /// Open the sign-in page in the browser again.
    OpenSignInPage(String),
    /// Sign in in the browser; answer with [`signin::Message::OAuthUrl`] once the page is known,
    /// then [`signin::Message::OAuthDone`]. Stoppable: [`Job::SignIn`].
    SignIn {
        provider: crate::oauth::Provider,
        /// The address, as a hint for the provider's page.
        email: String,
        /// A saved account signing in again.
        again: bool,
    },
    /// Test the connection: each step as [`test::Message::Step`], the end as
    /// [`test::Message::Tested`]. Stoppable: [`Job::Test`].
    /// Check where copies of sent messages go (the mailbox's IMAP server and Sent folder), with
    /// what was typed or signed in with (`None`: what the account has stored).
    TestSentCopies {
        account: Box<Account>,
        credentials: Option<crate::imap::ImapCredentials>,
    },
    Test {
        /// Without credentials when nothing new was typed: the App then uses what `editing`
        /// has stored (with the user name in the request).
        request: Box<CheckRequest>,
        /// The saved account being edited.
        editing: Option<Box<Account>>,
        /// The account's name, under which the App keeps what the server said (its SIZE limit).
        account: String,
    },
    /// Send `draft` to the address itself with these settings; answer with
    /// [`test::Message::TestMessageSent`].
    SendTestMessage {
        settings: Box<ServerSettings>,
        /// `None`: what `editing` has stored.
        credentials: Option<Credentials>,
        draft: Box<Draft>,
        editing: Option<Box<Account>>,
    },
    /// Save the account (configuration and keychain); answer with [`test::Message::Saved`].
    Save(Box<SaveAccount>),
    /// Closed after saving.
    Finished,
    OpenCompose(String),
    /// "Will my mail arrive?" for the account as tested.
    CheckDelivery(Box<Account>),
    Cancelled,
}

pub struct Wizard {
    /// The page shown (the account list opens a saved account's sign-in page directly).
    pub step: Step,
    display_name: String,
    email: String,
    detecting: bool,
    /// Stops the network lookups when the user does not want to wait.
    detect_handle: Option<Handle>,
    detection: Option<Detection>,
    provider: Option<&'static Provider>,
    region: Option<String>,
    host: String,
    port_choice: PortChoice,
    port_text: String,
    security: Security,
    accept_insecure: bool,
    probing: bool,
    probe: Option<ProbeReport>,
    sign_in: bool,
    username: String,
    password: String,
    show_password: bool,
    errors: HashMap<&'static str, String>,
    test: test::TestState,
    sending: Sending,
    saving: bool,
    saved: Option<Account>,
    save_error: Option<String>,
    /// Names already taken, to pick a unique account name.
    taken_names: Vec<String>,
    /// Editing an existing account: its original name. An empty password keeps its stored secret.
    editing: Option<Account>,
    first_account: bool,
    /// Copies in the Sent folder: whether, and the mailbox's IMAP server (from the detection or
    /// typed).
    copies: copies::CopiesForm,
    /// Sign in with Google or Microsoft rather than a password (where the provider offers it).
    use_oauth: bool,
    oauth: OAuthState,
}

impl Wizard {
    pub fn new(taken_names: Vec<String>) -> Wizard {
        Wizard {
            step: Step::Address,
            display_name: String::new(),
            email: String::new(),
            detecting: false,
            detect_handle: None,
            detection: None,
            provider: None,
            region: None,
            host: String::new(),
            port_choice: PortChoice::Port(587),
            port_text: String::new(),
            security: Security::StartTls,
            accept_insecure: false,
            probing: false,
            probe: None,
            sign_in: true,
            username: String::new(),
            password: String::new(),
            show_password: false,
            errors: HashMap::new(),
            test: test::TestState::default(),
            sending: Sending::Idle,
            saving: false,
            saved: None,
            save_error: None,
            first_account: taken_names.is_empty(),
            taken_names,
            editing: None,
            copies: copies::CopiesForm::default(),
            use_oauth: true,
            oauth: OAuthState::Idle,
        }
    }

    /// Opens an existing account at the server page; the password stays unless a new one is typed.
    pub fn edit(account: &Account, taken_names: Vec<String>) -> Wizard {
        let mut w = Wizard::new(
            taken_names
                .into_iter()
                .filter(|n| *n != account.name)
                .collect(),
        );
        w.display_name = account.display_name.clone();
        w.email = account.email.clone();
        w.provider = account.provider.as_deref().and_then(providers::by_id);
        w.set_server(
            &account.server.host,
            account.server.port,
            account.server.security,
        );
        w.accept_insecure = account.server.allow_password_without_encryption;
        w.sign_in = account.server.auth.needs_secret();
        w.username = account.server.username.clone();
        w.use_oauth = account.server.auth == AuthMethod::OAuth2;
        w.copies = copies::CopiesForm::new(account.imap.as_ref(), account.save_sent);
        w.editing = Some(account.clone());
        w.step = Step::Server;
        w
    }

    /// Whether the page has a Back button (and so whether Escape goes back).
    pub fn can_go_back(&self) -> bool {
        !(matches!(self.step, Step::Address | Step::Done)
            || self.editing.is_some() && self.step == Step::Server)
    }

    /// Whether something runs that shows a spinner.
    pub fn busy(&self) -> bool {
        self.detecting || self.probing || self.test.running || self.sending == Sending::Running
    }

    /// The id of the input the page starts in (ids that no widget has leave nothing focused).
    pub fn first_field(&self) -> &'static str {
        match self.step {
            Step::Address if self.display_name.trim().is_empty() => "display-name",
            Step::Address => "email",
            Step::Server => "host",
            Step::SignIn if self.sign_in && !self.uses_oauth() => "username",
            _ => "no-field",
        }
    }

    pub fn email(&self) -> &str {
        &self.email
    }

    /// Whether the settings for the address are being looked up.
    pub fn detecting(&self) -> bool {
        self.detecting
    }

    /// The chosen provider preset (`None`: "Other").
    pub fn provider(&self) -> Option<&'static Provider> {
        self.provider
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port_choice(&self) -> PortChoice {
        self.port_choice
    }

    pub fn security(&self) -> Security {
        self.security
    }

    /// Whether the user accepted sending the password without encryption.
    pub fn accept_insecure(&self) -> bool {
        self.accept_insecure
    }

    pub fn username(&self) -> &str {
        &self.username
    }

    /// Whether the connection test runs.
    pub fn testing(&self) -> bool {
        self.test.running
    }

    /// The last connection test's report.
    pub fn report(&self) -> Option<&Report> {
        self.test.report.as_ref()
    }

    /// The error shown at a field (`"email"`, `"host"`, `"port"`, `"password"`…).
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    /// Why the account could not be saved.
    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    /// The App started `job` for this wizard: the wizard keeps its handle and stops the work by
    /// dropping it. Work the wizard no longer waits for stops at once.
    pub fn running(&mut self, job: Job, handle: Handle) {
        let handle = handle.abort_on_drop();
        match job {
            Job::Detect if self.detecting => self.detect_handle = Some(handle),
            Job::Test if self.test.running => self.test.handle = Some(handle),
            Job::SignIn => {
                if let OAuthState::Waiting { handle: h, .. } = &mut self.oauth {
                    *h = Some(handle);
                }
            }
            Job::Detect | Job::Test => {}
        }
    }

    /// The settings as typed so far.
    pub fn settings(&self) -> Result<ServerSettings, InputError> {
        let port = match self.port_choice {
            PortChoice::Port(p) => p,
            PortChoice::Other => parse_port(&self.port_text)?,
        };
        let auth = if !self.sign_in {
            AuthMethod::None
        } else if self.uses_oauth() || self.oauth_only() {
            AuthMethod::OAuth2
        } else {
            AuthMethod::Password
        };
        Ok(ServerSettings {
            host: self.host.trim().to_owned(),
            port,
            security: self.security,
            auth,
            username: self.username.trim().to_owned(),
            allow_password_without_encryption: self.security == Security::None
                && self.accept_insecure,
            ca_file: self.editing.as_ref().and_then(|a| a.server.ca_file.clone()),
            timeout_secs: crate::account::DEFAULT_TIMEOUT_SECS,
            final_reply_secs: crate::account::DEFAULT_FINAL_REPLY_SECS,
        })
    }

    /// Whether the chosen provider signs in with OAuth2 only.
    fn oauth_only(&self) -> bool {
        self.provider
            .is_some_and(|p| p.servers.iter().all(|s| s.auth == [AuthMethod::OAuth2]))
    }

    fn set_server(&mut self, host: &str, port: u16, security: Security) {
        self.host = host.to_owned();
        self.port_choice = if PortChoice::LIST.contains(&PortChoice::Port(port)) {
            PortChoice::Port(port)
        } else {
            self.port_text = port.to_string();
            PortChoice::Other
        };
        self.security = security;
    }

    fn apply_preset(&mut self, provider: &'static Provider) {
        self.provider = Some(provider);
        if self.region.is_none() {
            self.region = provider.default_region.clone();
        }
        let detection = discover::from_preset(provider, self.email.trim(), self.region.as_deref());
        self.apply_detection_servers(&detection);
    }

    fn apply_detection_servers(&mut self, detection: &Detection) {
        self.copies = copies::CopiesForm::new(detection.imap.as_ref(), self.copies.save_sent());
        if let Some(best) = detection.servers.first() {
            self.set_server(&best.host, best.port, best.security);
            self.username = best.username.clone().unwrap_or_default();
            self.sign_in = !best.auth.is_empty();
        }
    }

    fn set_error(&mut self, field: &'static str, e: &InputError) {
        self.errors.insert(field, e.message());
    }

    /// A name for the new account that is not taken: the address, then "address (2)", ...
    fn account_name(&self) -> String {
        if let Some(a) = &self.editing {
            return a.name.clone();
        }
        let base = self.email.trim().to_owned();
        let mut name = base.clone();
        let mut n = 2;
        while self.taken_names.contains(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        name
    }

    pub fn account(&self) -> Result<Account, InputError> {
        let editing = self.editing.as_ref();
        let account = Account {
            name: self.account_name(),
            display_name: self.display_name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            server: self.settings()?,
            provider: self.provider.map(|p| p.id.clone()),
            default: editing.map(|a| a.default).unwrap_or(self.first_account),
            daily_limit: editing.and_then(|a| a.daily_limit),
            oauth2: if self.uses_oauth() {
                self.oauth_provider()
            } else {
                None
            },
            // What the wizard does not ask about stays as it was.
            signature: editing.map(|a| a.signature.clone()).unwrap_or_default(),
            reply_to: editing.and_then(|a| a.reply_to.clone()),
            bcc_self: editing.is_some_and(|a| a.bcc_self),
            identities: editing.map(|a| a.identities.clone()).unwrap_or_default(),
            imap: self.copies.settings().map_err(|(_, e)| e)?,
            save_sent: self.copies.save_sent(),
        };
        account.validate()?;
        Ok(account)
    }

    /// What was typed or signed in with now (`None`: nothing, or what is stored).
    fn credentials(&self) -> Option<Credentials> {
        if self.uses_oauth() {
            return self.signed_in_tokens().map(|t| {
                Credentials::new(self.username.trim().to_owned(), t.access_token.clone())
            });
        }
        (self.sign_in && !self.password.is_empty())
            .then(|| Credentials::new(self.username.trim().to_owned(), self.password.clone()))
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Continue => self.next(),
            Message::Back => {
                if self.can_go_back() {
                    self.back();
                }
                None
            }
            Message::Cancel => self.cancel(),
            Message::Address(m) => self.update_address(m),
            Message::Provider(m) => self.update_provider(m),
            Message::Server(m) => self.update_server(m),
            Message::Copies(m) => {
                self.update_copies(m);
                None
            }
            Message::SignIn(m) => self.update_sign_in(m),
            Message::Test(m) => return self.update_test(m),
        };
        (Task::none(), event)
    }

    /// Checks the current page and moves on; Enter in a field does the same.
    fn next(&mut self) -> Option<Event> {
        match self.step {
            Step::Address => self.address_next(),
            Step::Provider => {
                self.step = Step::Server;
                None
            }
            Step::Server => {
                self.server_next();
                None
            }
            Step::SignIn => self.sign_in_next(),
            Step::Test => self.save(),
            Step::Done => None,
        }
    }

    fn back(&mut self) {
        self.errors.clear();
        self.step = match self.step {
            Step::Address | Step::Provider => Step::Address,
            Step::Server if self.editing.is_some() => Step::Server,
            Step::Server => Step::Provider,
            Step::SignIn => Step::Server,
            Step::Test => {
                if let Some(h) = self.test.handle.take() {
                    h.abort();
                }
                self.test.running = false;
                Step::SignIn
            }
            Step::Done => Step::Done,
        };
    }

    fn cancel(&mut self) -> Option<Event> {
        self.oauth = OAuthState::Idle;
        if let Some(h) = self.test.handle.take() {
            h.abort();
        }
        Some(if self.step == Step::Done {
            Event::Finished
        } else {
            Event::Cancelled
        })
    }
}

/// The wizard field an input error belongs to.
fn field_of(e: &InputError) -> &'static str {
    match e.field() {
        Some("port") => "port",
        Some("host") => "host",
        Some("username") => "username",
        Some("security") => "security",
        Some("password") => "password",
        Some("email") => "email",
        Some("imap_host") => "imap_host",
        _ => "host",
    }
}
