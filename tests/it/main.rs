//! The integration tests that can share one process, in one binary: iced and the rest link once
//! instead of once per file. Tests that change process-wide state (environment variables, the
//! language of the moment) stay binaries of their own: `gui_flow`, `gui_oauth_flow`, `i18n`,
//! `offline`, and the screenshot gallery (`gallery`, run by docs/screenshots/generate.sh).

// The servers, homes and windows the tests run against (each test file uses what it needs).
#[allow(dead_code)]
#[path = "../support/app.rs"]
mod app;
#[path = "../support/dns.rs"]
mod dns;
#[path = "../support/fault.rs"]
mod fault;
#[path = "../support/idp.rs"]
mod idp;
#[path = "../support/peers.rs"]
mod peers;
#[path = "../support/xvfb.rs"]
mod xvfb;

mod support {
    pub(crate) use super::{app, dns, fault, idp, peers, xvfb};
}

mod cli;
mod detect_online;
mod doctor;
mod domain;
mod drafts;
mod gui;
mod gui_delivery;
mod gui_oauth;
mod never_twice;
mod oauth;
mod outbox;
mod packaging;
mod presets;
mod send_failures;
mod send_later;
mod smoke;
