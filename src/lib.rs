//! Outpost: set up an outgoing email account, send mail, and learn in plain words what is wrong when
//! it does not work. All logic lives here; the GUI and the CLI are thin layers over it.

pub mod account;
pub mod cli;
pub mod config;
pub mod credentials;
pub mod discover;
pub mod domain;
pub mod gui;
pub mod i18n;
pub mod imap;
pub mod mail;
pub mod merge;
pub mod net;
pub mod oauth;
pub mod ops;
pub mod outbox;
pub mod problem;
pub mod providers;
pub mod secrets;
pub mod smtp;
pub mod storage;

#[cfg(test)]
mod layers;

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(crate::i18n::format_size(512), "512 B");
        assert_eq!(crate::i18n::format_size(1_500_000), "1.5 MB");
        assert_eq!(crate::i18n::format_size(25_000_000), "25 MB");
    }
}
