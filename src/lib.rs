//! Outpost: set up an outgoing email account, send mail, and learn in plain words what is wrong when
//! it does not work. All logic lives here; the GUI and the CLI are thin layers over it.

pub mod account;
pub mod cli;
pub mod config;
pub mod discover;
pub mod domain;
pub mod gui;
pub mod i18n;
pub mod mail;
pub mod oauth;
pub mod outbox;
pub mod providers;
pub mod secrets;
pub mod smtp;
pub mod storage;

/// A byte count as people read it ("1.5 MB").
pub fn format_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64;
    let mut unit = "B";
    for u in UNITS {
        value /= 1000.0;
        unit = u;
        if value < 1000.0 {
            break;
        }
    }
    if value < 10.0 {
        format!("{value:.1} {unit}")
    } else {
        format!("{value:.0} {unit}")
    }
}

/// A short, translated reason for a file-system error (never the raw OS text alone).
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => fl!("io-not-found"),
        ErrorKind::PermissionDenied => fl!("io-permission-denied"),
        ErrorKind::StorageFull => fl!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => fl!("io-read-only"),
        _ => fl!("io-other"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(super::format_size(512), "512 B");
        assert_eq!(super::format_size(1_500_000), "1.5 MB");
        assert_eq!(super::format_size(25_000_000), "25 MB");
    }
}
