//! The setup wizard: address → provider → server → sign-in → test → done. It owns its state and
//! reports to the parent only through [`Event`].

mod oauth;
mod tasks;
mod view;

pub use oauth::{OAuthAction, OAuthState};

use std::collections::HashMap;

use iced::Task;
use iced::task::Handle;

use crate::account::{
    Account, AuthMethod, InputError, Security, ServerSettings, parse_port, validate_email,
    validate_host,
};
use crate::discover::{self, Detection};
use crate::fl;
use crate::problem::Problem;
use crate::providers::{self, Provider};
use crate::smtp::Credentials;
use crate::smtp::doctor::{Report, StepReport};
use crate::smtp::probe::{self, ProbeReport};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Address,
    Provider,
    Server,
    SignIn,
    Test,
    Done,
}

/// The ports offered in the list; anything else is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortChoice {
    Port(u16),
    Other,
}

impl PortChoice {
    pub const LIST: [PortChoice; 5] = [
        PortChoice::Port(587),
        PortChoice::Port(465),
        PortChoice::Port(25),
        PortChoice::Port(2525),
        PortChoice::Other,
    ];
}

impl std::fmt::Display for PortChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PortChoice::Port(p) => write!(f, "{p}"),
            PortChoice::Other => f.write_str(&fl!("gui-port-other")),
        }
    }
}

/// Tiles on the provider page, by preset id; "Other" is separate.
pub const PROVIDER_TILES: [&str; 8] = [
    "gmail",
    "outlook",
    "yahoo",
    "office365",
    "amazon-ses",
    "icloud",
    "fastmail",
    "zoho",
];

#[derive(Debug, Clone)]
pub enum Message {
    DisplayNameChanged(String),
    EmailChanged(String),
    Continue,
    Back,
    Detected(Result<Box<Detection>, InputError>),
    StopDetecting,
    ProviderPicked(Option<String>),
    RegionPicked(String),
    OpenUrl(String),
    HostChanged(String),
    PortPicked(PortChoice),
    PortTextChanged(String),
    SecurityPicked(Security),
    AcceptInsecure(bool),
    FindAutomatically,
    Probed(Result<ProbeReport, InputError>),
    SignInPicked(bool),
    UsernameChanged(String),
    PasswordChanged(String),
    TogglePassword,
    RunTest,
    TestStep(StepReport),
    Tested(Result<Box<Report>, InputError>),
    ApplySuggestion,
    ToggleDetails,
    CopyTranscript,
    SendTestMessage,
    TestMessageSent(Result<String, Problem>),
    Save,
    Saved(Result<Account, String>),
    WriteMessage,
    CheckDelivery,
    Cancel,
    UseOAuth(bool),
    OAuthStart,
    OAuthUrl(String),
    OAuthOpenAgain,
    OAuthCancel,
    OAuthDone(Result<crate::oauth::flow::Tokens, crate::oauth::OAuthError>),
}

/// What the parent needs to know.
#[derive(Debug, Clone)]
pub enum Event {
    Saved(Account),
    Finished,
    OpenCompose(String),
    /// "Will my mail arrive?" for the account as tested.
    CheckDelivery(Account),
    Cancelled,
}

#[derive(Debug, Default)]
pub struct TestState {
    pub running: bool,
    pub steps: Vec<StepReport>,
    pub report: Option<Report>,
    pub show_details: bool,
    pub handle: Option<Handle>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sending {
    Idle,
    Running,
    Done(String),
    Failed(String, String),
}

pub struct Wizard {
    pub step: Step,
    pub display_name: String,
    pub email: String,
    pub detecting: bool,
    /// Stops the network lookups when the user does not want to wait.
    pub detect_handle: Option<Handle>,
    pub detection: Option<Detection>,
    pub provider: Option<&'static Provider>,
    pub region: Option<String>,
    pub host: String,
    pub port_choice: PortChoice,
    pub port_text: String,
    pub security: Security,
    pub accept_insecure: bool,
    pub probing: bool,
    pub probe: Option<ProbeReport>,
    pub sign_in: bool,
    pub username: String,
    pub password: String,
    pub show_password: bool,
    pub errors: HashMap<&'static str, String>,
    pub test: TestState,
    pub sending: Sending,
    pub saving: bool,
    pub saved: Option<Account>,
    pub save_error: Option<String>,
    /// Names already taken, to pick a unique account name.
    pub taken_names: Vec<String>,
    /// Editing an existing account: its original name. An empty password keeps its stored secret.
    pub editing: Option<Account>,
    pub first_account: bool,
    /// Sign in with Google or Microsoft rather than a password (where the provider offers it).
    pub use_oauth: bool,
    pub oauth: OAuthState,
}

impl Wizard {
    /// Whether the page has a Back button (and so whether Escape goes back).
    pub fn can_go_back(&self) -> bool {
        !(matches!(self.step, Step::Address | Step::Done)
            || self.editing.is_some() && self.step == Step::Server)
    }

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
            test: TestState::default(),
            sending: Sending::Idle,
            saving: false,
            saved: None,
            save_error: None,
            first_account: taken_names.is_empty(),
            taken_names,
            editing: None,
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
        w.editing = Some(account.clone());
        w.step = Step::Server;
        w
    }

    /// The settings as typed so far.
    pub fn settings(&self) -> Result<ServerSettings, InputError> {
        let port = match self.port_choice {
            PortChoice::Port(p) => p,
            PortChoice::Other => parse_port(&self.port_text)?,
        };
        let auth = if !self.sign_in {
            AuthMethod::None
        } else if self.uses_oauth()
            || self
                .provider
                .is_some_and(|p| p.servers.iter().all(|s| s.auth == [AuthMethod::OAuth2]))
        {
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
        if let Some(best) = detection.servers.first() {
            self.set_server(&best.host, best.port, best.security);
            self.username = best.username.clone().unwrap_or_default();
            self.sign_in = !best.auth.is_empty();
        }
    }

    fn error(&mut self, field: &'static str, e: &InputError) {
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
        let account = Account {
            name: self.account_name(),
            display_name: self.display_name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            server: self.settings()?,
            provider: self.provider.map(|p| p.id.clone()),
            default: self
                .editing
                .as_ref()
                .map(|a| a.default)
                .unwrap_or(self.first_account),
            daily_limit: self.editing.as_ref().and_then(|a| a.daily_limit),
            oauth2: if self.uses_oauth() {
                self.oauth_provider()
            } else {
                None
            },
            // What the wizard does not ask about stays as it was.
            signature: self
                .editing
                .as_ref()
                .map(|a| a.signature.clone())
                .unwrap_or_default(),
            reply_to: self.editing.as_ref().and_then(|a| a.reply_to.clone()),
            bcc_self: self.editing.as_ref().is_some_and(|a| a.bcc_self),
            identities: self
                .editing
                .as_ref()
                .map(|a| a.identities.clone())
                .unwrap_or_default(),
        };
        account.validate()?;
        Ok(account)
    }

    /// The parent could not write the configuration: stay on the test page with the reason.
    pub fn save_failed(&mut self, reason: String) {
        self.step = Step::Test;
        self.saved = None;
        self.save_error = Some(reason);
    }

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
        match message {
            Message::DisplayNameChanged(v) => {
                self.display_name = v;
                self.errors.remove("display_name");
            }
            Message::EmailChanged(v) => {
                self.email = v;
                self.errors.remove("email");
            }
            Message::Continue => return (self.next(), None),
            Message::Back if !self.can_go_back() => {}
            Message::Back => self.back(),
            Message::StopDetecting => {
                if let Some(h) = self.detect_handle.take() {
                    h.abort();
                }
                // What is built in is known at once; the network part is what the user skipped.
                let offline = crate::discover::detect_offline(self.email.trim()).map(Box::new);
                return self.update(Message::Detected(offline));
            }
            Message::Detected(result) => {
                self.detecting = false;
                self.detect_handle = None;
                match result {
                    Ok(detection) => {
                        let detection = *detection;
                        match detection.provider {
                            Some(p) => self.apply_preset(p),
                            None => {
                                self.provider = None;
                                self.apply_detection_servers(&detection);
                            }
                        }
                        self.detection = Some(detection);
                        self.step = Step::Provider;
                    }
                    Err(e) => self.error("email", &e),
                }
            }
            Message::ProviderPicked(id) => match id.as_deref().and_then(providers::by_id) {
                Some(p) => {
                    self.region = None;
                    self.apply_preset(p);
                }
                None => {
                    self.provider = None;
                    let domain = self
                        .email
                        .rsplit_once('@')
                        .map(|(_, d)| d.to_owned())
                        .unwrap_or_default();
                    self.set_server(&format!("smtp.{domain}"), 587, Security::StartTls);
                    self.username = self.email.trim().to_owned();
                    self.sign_in = true;
                }
            },
            Message::RegionPicked(region) => {
                self.region = Some(region);
                if let Some(p) = self.provider {
                    self.apply_preset(p);
                }
            }
            Message::OpenUrl(url) => {
                // Opening a browser is best effort; the URL is shown next to the button as well.
                let _ = open::that_detached(url);
            }
            Message::HostChanged(v) => {
                self.host = v;
                self.errors.remove("host");
            }
            Message::PortPicked(choice) => {
                self.port_choice = choice;
                self.errors.remove("port");
                if let PortChoice::Port(p) = choice
                    && let Some(s) = Security::usual_for_port(p)
                {
                    self.security = s;
                }
            }
            Message::PortTextChanged(v) => {
                self.errors.remove("port");
                if let Ok(p) = parse_port(&v)
                    && let Some(s) = Security::usual_for_port(p)
                {
                    self.security = s;
                }
                self.port_text = v;
            }
            Message::SecurityPicked(s) => {
                self.security = s;
                if s != Security::None {
                    self.accept_insecure = false;
                }
                self.errors.remove("security");
            }
            Message::AcceptInsecure(v) => {
                self.accept_insecure = v;
                self.errors.remove("security");
            }
            Message::FindAutomatically => {
                if let Err(e) = validate_host(&self.host) {
                    self.error("host", &e);
                    return (Task::none(), None);
                }
                self.probing = true;
                self.probe = None;
                let host = self.host.trim().to_owned();
                return (
                    Task::perform(
                        async move {
                            probe::probe(&host, &probe::COMMON, probe::DEFAULT_TIMEOUT, None).await
                        },
                        Message::Probed,
                    ),
                    None,
                );
            }
            Message::Probed(result) => {
                self.probing = false;
                match result {
                    Ok(report) => {
                        if let Some(best) = &report.best {
                            let host = self.host.clone();
                            self.set_server(&host, best.port, best.security);
                        }
                        self.probe = Some(report);
                    }
                    Err(e) => self.error("host", &e),
                }
            }
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
            Message::RunTest => return (self.run_test(), None),
            Message::TestStep(step) => self.test.steps.push(step),
            Message::Tested(result) => {
                self.test.running = false;
                self.test.handle = None;
                match result {
                    Ok(report) => {
                        self.test.steps = report.steps.clone();
                        self.test.report = Some(*report);
                    }
                    Err(e) => {
                        self.step = Step::Server;
                        self.errors.insert(field_of(&e), e.message());
                    }
                }
            }
            Message::ApplySuggestion => {
                if let Some(s) = self
                    .test
                    .report
                    .as_ref()
                    .and_then(|r| r.problem.as_ref())
                    .and_then(|p| p.suggestion)
                {
                    let host = self.host.clone();
                    self.set_server(&host, s.port, s.security);
                    return (self.run_test(), None);
                }
            }
            Message::ToggleDetails => self.test.show_details = !self.test.show_details,
            Message::CopyTranscript => {
                if let Some(r) = &self.test.report {
                    return (iced::clipboard::write(r.transcript.join("\n")), None);
                }
            }
            Message::SendTestMessage => return (self.send_test_message(), None),
            Message::TestMessageSent(result) => {
                self.sending = match result {
                    Ok(id) => Sending::Done(id),
                    Err(p) => Sending::Failed(p.message(), p.fix()),
                };
            }
            Message::Save => return (self.save(), None),
            Message::Saved(result) => {
                self.saving = false;
                match result {
                    Ok(account) => {
                        self.saved = Some(account.clone());
                        self.step = Step::Done;
                        self.password.clear();
                        return (Task::none(), Some(Event::Saved(account)));
                    }
                    Err(e) => self.save_error = Some(e),
                }
            }
            Message::CheckDelivery => {
                let account = match &self.saved {
                    Some(a) => Ok(a.clone()),
                    None => self.account(),
                };
                if let Ok(account) = account {
                    return (Task::none(), Some(Event::CheckDelivery(account)));
                }
            }
            Message::WriteMessage => {
                if let Some(a) = &self.saved {
                    return (Task::none(), Some(Event::OpenCompose(a.name.clone())));
                }
            }
            Message::UseOAuth(_)
            | Message::OAuthStart
            | Message::OAuthUrl(_)
            | Message::OAuthOpenAgain
            | Message::OAuthCancel
            | Message::OAuthDone(_) => return (self.update_oauth(message), None),
            Message::Cancel => {
                self.oauth = OAuthState::Idle;
                if let Some(h) = self.test.handle.take() {
                    h.abort();
                }
                if self.step == Step::Done {
                    return (Task::none(), Some(Event::Finished));
                }
                return (Task::none(), Some(Event::Cancelled));
            }
        }
        (Task::none(), None)
    }

    /// Checks the current page and moves on; Enter in a field does the same.
    fn next(&mut self) -> Task<Message> {
        match self.step {
            Step::Address => {
                self.errors.clear();
                if let Err(e) = validate_email(self.email.trim()) {
                    self.errors.insert(
                        "email",
                        InputError::InvalidAddress {
                            field: "email".into(),
                            value: self.email.clone(),
                        }
                        .message(),
                    );
                    if matches!(e, InputError::Empty { .. }) {
                        self.errors.insert("email", e.message());
                    }
                    return Task::none();
                }
                if crate::account::has_line_break(&self.display_name) {
                    self.error(
                        "display_name",
                        &InputError::LineBreak {
                            field: "display_name".into(),
                        },
                    );
                    return Task::none();
                }
                self.detecting = true;
                let email = self.email.trim().to_owned();
                let (task, handle) =
                    Task::perform(tasks::detect(email), Message::Detected).abortable();
                self.detect_handle = Some(handle.abort_on_drop());
                task
            }
            Step::Provider => {
                self.step = Step::Server;
                Task::none()
            }
            Step::Server => {
                self.errors.clear();
                match self.settings() {
                    Err(e) => self.errors.insert(field_of(&e), e.message()),
                    Ok(s) => match validate_host(&s.host) {
                        Err(e) => self.errors.insert("host", e.message()),
                        Ok(())
                            if s.security == Security::None
                                && self.sign_in
                                && !self.accept_insecure =>
                        {
                            self.errors
                                .insert("security", InputError::PasswordWithoutEncryption.message())
                        }
                        Ok(()) => {
                            self.step = Step::SignIn;
                            None
                        }
                    },
                };
                Task::none()
            }
            Step::SignIn => {
                self.errors.clear();
                if self.sign_in && self.username.trim().is_empty() {
                    self.error("username", &InputError::MissingUsername);
                    return Task::none();
                }
                if self.uses_oauth() {
                    let editing_oauth = self
                        .editing
                        .as_ref()
                        .is_some_and(|a| a.server.auth == AuthMethod::OAuth2);
                    if self.signed_in_tokens().is_none() && !editing_oauth {
                        self.errors
                            .insert("password", fl!("gui-oauth-sign-in-first"));
                        return Task::none();
                    }
                } else if self.sign_in
                    && self.password.is_empty()
                    && self
                        .editing
                        .as_ref()
                        .is_none_or(|a| a.server.auth != AuthMethod::Password)
                {
                    // A new account, or one that did not sign in with a password until now: there
                    // is no stored password to keep.
                    self.errors.insert("password", fl!("gui-password-needed"));
                    return Task::none();
                }
                if self.security == Security::None && self.sign_in && !self.accept_insecure {
                    self.step = Step::Server;
                    self.error("security", &InputError::PasswordWithoutEncryption);
                    return Task::none();
                }
                self.step = Step::Test;
                self.run_test()
            }
            Step::Test => self.save(),
            Step::Done => Task::none(),
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
        _ => "host",
    }
}
