//! The integration tests, in one binary: iced and the rest link once instead of once per file.
//! Tests that change process-wide state (environment variables, the language of the moment) run in
//! a process of their own, this binary started again for that one test (`solo::alone!`,
//! tests/support/solo.rs), so the rest never see it change. The screenshot gallery (`gallery`) is
//! `#[ignore]`d: docs/screenshots/generate.sh runs it.

// The servers, homes and windows the tests run against (each test file uses what it needs).
#[allow(dead_code)]
#[path = "../support/app.rs"]
mod app;
#[path = "../support/dns.rs"]
mod dns;
#[path = "../support/dovecot.rs"]
mod dovecot;
#[path = "../support/fault.rs"]
mod fault;
#[path = "../support/idp.rs"]
mod idp;
#[path = "../support/libreoffice.rs"]
mod libreoffice;
#[path = "../support/peers.rs"]
mod peers;
#[path = "../support/solo.rs"]
mod solo;
#[path = "../support/xvfb.rs"]
mod xvfb;

mod support {
    pub(crate) use super::{app, dns, dovecot, fault, idp, libreoffice, peers, solo, xvfb};
}

mod cli;
mod detect_online;
mod doctor;
mod domain;
mod drafts;
mod gallery;
mod gui;
mod gui_delivery;
mod gui_flow;
mod gui_merge;
mod gui_oauth;
mod gui_oauth_flow;
mod i18n;
mod imap_peer;
mod merge;
mod merge_files;
mod never_twice;
mod oauth;
mod offline;
mod outbox;
mod packaging;
mod presets;
mod send_failures;
mod send_later;
mod sent_copies;
mod sent_kept;
mod smoke;
