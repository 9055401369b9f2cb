//! "Did you forget the attachment?": text that mentions an attachment while nothing is attached.
//! The words come from every language's Fluent file (`compose-attachment-words`), since people
//! often write in another language than the one the app speaks.

use std::sync::LazyLock;

/// Word beginnings that mention an attachment, lower case, from every shipped language.
static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = crate::i18n::message_in_every_language("compose-attachment-words")
        .iter()
        .flat_map(|list| list.split(','))
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    words.dedup();
    words
});

/// Whether `body` mentions an attachment in what the user wrote (quoted lines and the signature
/// below `-- ` do not count).
pub fn mentions_attachment(body: &str) -> bool {
    let own: String = body
        .lines()
        .take_while(|l| *l != "-- ")
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    WORDS.iter().any(|w| starts_a_word(&own, w))
}

/// `needle` occurs in `text` at the start of a word (so "joint" does not match "conjoint").
fn starts_a_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::mentions_attachment;

    #[test]
    fn mentions_in_every_language() {
        for text in [
            "Hi Bob, the report is attached.",
            "Please see the attachment.",
            "Hallo, anbei der Plan.",
            "Im Anhang findest du die Zahlen.",
            "Te envío adjunto el informe.",
            "Vous trouverez ci-joint le devis.",
            "Voici la pièce jointe.",
            "Segue em anexo a planilha.",
        ] {
            assert!(mentions_attachment(text), "{text}");
        }
        for text in [
            "See you tomorrow.",
            "Un conjoint et des points.",
            "> the file is attached\nThanks!",
            "Thanks!\n-- \nAttached to my desk since 1999",
        ] {
            assert!(!mentions_attachment(text), "{text}");
        }
    }
}
