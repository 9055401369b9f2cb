//! Fluent translations. Every sentence a user can read comes from `i18n/<lang>/outpost.ftl`.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{DesktopLanguageRequester, LanguageLoader};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader
        .load_fallback_language(&Localizations)
        .expect("the English messages are embedded at build time");
    // Isolation marks would end up in terminal output, JSON and test selectors.
    loader.set_use_isolating(false);
    loader
});

/// Looks up a translated message by a Rust literal id, checked against the English file at build time.
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $message_id)
    }};
    ($message_id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $message_id, $($args),*)
    }};
}

/// Picks the user's language from the environment (`LC_ALL`, `LANG`, the desktop's setting).
pub fn init_from_environment() {
    let mut requested: Vec<i18n_embed::unic_langid::LanguageIdentifier> = Vec::new();
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var)
            && let Some(id) = parse_posix_locale(&value)
        {
            requested.push(id);
            break;
        }
    }
    requested.extend(DesktopLanguageRequester::requested_languages());
    select(&requested);
}

/// Switches to the first available language of `requested`, falling back to English.
pub fn select(requested: &[i18n_embed::unic_langid::LanguageIdentifier]) {
    // An unknown language is not an error: English stays in place.
    let _ = i18n_embed::select(&*LOADER, &Localizations, requested);
    // Loading languages makes new bundles, which start with isolation on again.
    LOADER.set_use_isolating(false);
}

/// Looks up a message whose id comes from data (provider notes). Unknown ids give the id itself,
/// which the preset tests rule out.
pub fn message(id: &str) -> String {
    LOADER.get(id)
}

/// A single-line message as written in every shipped language's file (for data that should not
/// depend on the app's language, such as the words that mention an attachment).
pub fn message_in_every_language(id: &str) -> Vec<String> {
    let prefix = format!("{id} =");
    Localizations::iter()
        .filter(|path| path.ends_with(".ftl"))
        .filter_map(|path| Localizations::get(&path))
        .filter_map(|file| {
            let text = String::from_utf8_lossy(&file.data).into_owned();
            text.lines()
                .find_map(|l| l.strip_prefix(&prefix).map(|v| v.trim().to_owned()))
        })
        .collect()
}

/// The languages shipped in `i18n/`.
pub fn available_languages() -> Vec<String> {
    let mut langs: Vec<String> = LOADER
        .available_languages(&Localizations)
        .map(|l| l.into_iter().map(|id| id.to_string()).collect())
        .unwrap_or_default();
    langs.sort();
    langs
}

fn parse_posix_locale(value: &str) -> Option<i18n_embed::unic_langid::LanguageIdentifier> {
    let base = value.split(['.', '@']).next()?.replace('_', "-");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.parse().ok()
}

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
        ErrorKind::NotFound => crate::fl!("io-not-found"),
        ErrorKind::PermissionDenied => crate::fl!("io-permission-denied"),
        ErrorKind::StorageFull => crate::fl!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::fl!("io-read-only"),
        _ => crate::fl!("io-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_parse() {
        assert_eq!(
            parse_posix_locale("de_DE.UTF-8").unwrap().to_string(),
            "de-DE"
        );
        assert_eq!(parse_posix_locale("pt_BR").unwrap().to_string(), "pt-BR");
        assert!(parse_posix_locale("C.UTF-8").is_none());
        assert!(parse_posix_locale("").is_none());
    }
}
