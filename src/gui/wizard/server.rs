//! The server page: host, port and encryption (consent needed to send a password unencrypted),
//! and "Find automatically", which asks the App to try the usual ports ([`Event::Probe`]).

use iced::widget::{Column, column, row, text, text_input};
use iced::{Center, Element};

use super::view::Page;
use super::{Event, Step, Wizard, field_of};
use crate::account::{InputError, Security, parse_port, validate_host};
use crate::fl;
use crate::gui::glyph::{Glyph, glyph, spinner};
use crate::gui::theme::style::Tone;
use crate::gui::theme::{size, spacing, style};
use crate::gui::widget::{
    banner, check, field, heading, keyboard_dropdown, secondary_button, segmented, subtle,
};
use crate::smtp::probe::ProbeReport;

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

#[derive(Debug, Clone)]
pub enum Message {
    HostChanged(String),
    PortPicked(PortChoice),
    PortTextChanged(String),
    SecurityPicked(Security),
    AcceptInsecure(bool),
    FindAutomatically,
    /// What trying the usual ports found.
    Probed(Result<ProbeReport, InputError>),
}

impl From<Message> for super::Message {
    fn from(m: Message) -> Self {
        super::Message::Server(m)
    }
}

impl Wizard {
    pub(super) fn update_server(&mut self, message: Message) -> Option<Event> {
        match message {
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
                    self.set_error("host", &e);
                    return None;
                }
                self.probing = true;
                self.probe = None;
                return Some(Event::Probe(self.host.trim().to_owned()));
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
                    Err(e) => self.set_error("host", &e),
                }
            }
        }
        None
    }

    /// Checks the settings and goes on to the sign-in page.
    pub(super) fn server_next(&mut self) {
        self.errors.clear();
        match self.settings() {
            Err(e) => self.errors.insert(field_of(&e), e.message()),
            Ok(s) => match validate_host(&s.host) {
                Err(e) => self.errors.insert("host", e.message()),
                Ok(()) if s.security == Security::None && self.sign_in && !self.accept_insecure => {
                    self.errors
                        .insert("security", InputError::PasswordWithoutEncryption.message())
                }
                Ok(()) => {
                    if self.copies_next() {
                        self.step = Step::SignIn;
                    }
                    None
                }
            },
        };
    }

    pub(super) fn server_page(&self) -> Page<'_> {
        let options: Vec<(Security, String)> = Security::ALL
            .iter()
            .map(|s| (*s, security_label(*s)))
            .collect();
        let securities = segmented(&options, self.security, |s| {
            Message::SecurityPicked(s).into()
        });
        let mut col = column![
            heading(fl!("gui-server-title")),
            subtle(fl!("gui-server-intro")),
            field(
                "host",
                fl!("gui-host"),
                fl!("gui-host-placeholder"),
                &self.host,
                self.errors.get("host"),
                |v| Message::HostChanged(v).into(),
                Some(super::Message::Continue),
                false
            ),
            self.port_column(),
            column![text(fl!("gui-encryption")).size(size::SMALL), securities].spacing(spacing::S),
        ]
        .spacing(spacing::M);
        if self.security == Security::None {
            let mut warn = column![text(fl!("gui-no-encryption-warning"))].spacing(spacing::S);
            if self.sign_in {
                warn = warn.push(check(
                    fl!("gui-accept-insecure"),
                    self.accept_insecure,
                    |v| Message::AcceptInsecure(v).into(),
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
        .on_press_maybe((!self.probing).then_some(Message::FindAutomatically.into()));
        col = col.push(if self.probing {
            row![find, spinner(size::ICON)]
                .spacing(spacing::S)
                .align_y(Center)
                .into()
        } else {
            Element::from(find)
        });
        if let Some(report) = &self.probe {
            col = col.push(probe_banner(report));
        }
        col = col.push(self.copies_section());
        let nav = self.nav(fl!("gui-continue"), Some(super::Message::Continue));
        (col.into(), nav)
    }

    /// The port list, the typed port when "Other", and the port's error.
    fn port_column(&self) -> Column<'_, super::Message> {
        let pick = |p: PortChoice| -> super::Message { Message::PortPicked(p).into() };
        let port = keyboard_dropdown(
            "port",
            iced::widget::pick_list(&PortChoice::LIST[..], Some(self.port_choice), pick)
                .style(style::dropdown),
            &PortChoice::LIST[..],
            Some(&self.port_choice),
            pick,
        );
        let mut port_row = row![port].spacing(spacing::S).align_y(Center);
        if self.port_choice == PortChoice::Other {
            port_row = port_row.push(
                text_input("2525", &self.port_text)
                    .style(style::input)
                    .id("port")
                    .on_input(|v| Message::PortTextChanged(v).into())
                    .on_submit(super::Message::Continue)
                    .width(120)
                    .padding(spacing::S),
            );
        }
        let mut port_col =
            column![text(fl!("gui-port")).size(size::SMALL), port_row].spacing(spacing::XS);
        if let Some(e) = self.errors.get("port") {
            port_col = port_col.push(text(e.clone()).size(size::SMALL).style(style::error));
        }
        port_col
    }
}

/// What "Find automatically" found: each port tried, and the best.
fn probe_banner(report: &ProbeReport) -> Element<'_, super::Message> {
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
    banner(
        lines,
        if report.best.is_none() {
            Tone::Warning
        } else {
            Tone::Info
        },
    )
}

pub fn security_label(security: Security) -> String {
    crate::account::security_label(security)
}
