//! Where the CLI writes: one JSON document on stdout with `--json`, readable lines otherwise.
//! Warnings and errors for people always go to stderr.
//!
//! Human lines often carry text someone else wrote: a server's banner and replies, a transcript, a
//! subject or address read back from a file. Such text may hold terminal control sequences that
//! clear the screen, retitle the window or hide what came before, so every human line passes through
//! [`neutralize`] on its way out. JSON needs no such care: serde_json escapes control characters.

use std::borrow::Cow;

use crate::account::InputError;

/// Makes text safe to print on a terminal: every control character except line feed and tab is
/// shown the way `cat -v` shows it instead of being sent as is. C0 controls become caret notation
/// (ESC is `^[`, BEL `^G`, CR `^M`), DEL becomes `^?`, and the C1 controls U+0080–U+009F, which some
/// terminals obey as escape sequences (U+009B is a one-character CSI), become `M-` and the caret
/// form of the matching C0 control (U+009B is `M-^[`). Other text, including non-Latin scripts,
/// passes through unchanged, and so does text that needs no change (without copying).
pub fn neutralize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !is_unsafe(c) {
            safe.push(c);
            continue;
        }
        let code = c as u32;
        if code >= 0x80 {
            safe.push_str("M-");
        }
        safe.push('^');
        // The caret form of a control is the character 64 places further (ESC 0x1B is '[');
        // DEL (0x7F) wraps round to '?'.
        let low = (code & 0x7F) as u8;
        safe.push(char::from(low ^ 0x40));
    }
    Cow::Owned(safe)
}

fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Writes a line to stdout. A closed stdout (`outpost … | head`) is not worth a panic: what the
/// command did is done, and its reader wanted no more.
pub fn print_line(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

pub struct Output {
    pub json: bool,
}

impl Output {
    pub fn new(json: bool) -> Output {
        Output { json }
    }

    /// Prints the JSON document (in `--json` mode) or the human lines.
    pub fn result(&self, document: serde_json::Value, human: impl FnOnce() -> Vec<String>) {
        if self.json {
            print_line(serde_json::to_string_pretty(&document).expect("JSON values serialize"));
        } else {
            for line in human() {
                print_line(neutralize(&line));
            }
        }
    }

    /// Like [`Output::result`] for a document that may be large (a merge's plan of thousands of
    /// messages): written to stdout as it is serialized, without a `serde_json::Value` of it.
    pub fn result_streamed(
        &self,
        document: &impl serde::Serialize,
        human: impl FnOnce() -> Vec<String>,
    ) {
        if !self.json {
            return self.result(serde_json::Value::Null, human);
        }
        use std::io::Write;
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        // As println! would, but a closed stdout (`| head`) is not worth a panic.
        let _ = serde_json::to_writer_pretty(&mut stdout, document)
            .map_err(std::io::Error::from)
            .and_then(|()| stdout.write_all(b"\n"))
            .and_then(|()| stdout.flush());
    }

    pub fn warn(&self, message: &str) {
        let line = crate::fl!("cli-warning", message = message);
        eprintln!("{}", neutralize(&line));
    }

    /// A failure that has no JSON shape of its own (runtime, configuration I/O).
    pub fn fatal(&self, message: &str) {
        if self.json {
            print_line(
                serde_json::json!({"ok": false, "error": {"code": "failed", "field": null, "message": message}}),
            );
        }
        let line = crate::fl!("cli-error", message = message);
        eprintln!("{}", neutralize(&line));
    }

    /// An input error: one line on stderr, and the JSON `error` object; exit code 2.
    pub fn input_error(&self, error: &InputError) -> u8 {
        self.coded_error(error.code(), error.field(), &error.message())
    }

    pub fn coded_error(&self, code: &str, field: Option<&str>, message: &str) -> u8 {
        if self.json {
            print_line(
                serde_json::json!({"ok": false, "error": {"code": code, "field": field, "message": message}}),
            );
        }
        let line = crate::fl!("cli-error", message = message);
        eprintln!("{}", neutralize(&line));
        2
    }
}

#[cfg(test)]
mod tests {
    use super::neutralize;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(neutralize("250 ok\u{1b}[2J"), "250 ok^[[2J");
        assert_eq!(neutralize("ring\u{7}"), "ring^G");
        assert_eq!(neutralize("hidden\roverwritten"), "hidden^Moverwritten");
        assert_eq!(neutralize("\u{9b}31mred"), "M-^[31mred");
        assert_eq!(neutralize("\u{0}\u{7f}\u{80}\u{9f}"), "^@^?M-^@M-^_");
        assert_eq!(neutralize("\u{1b}]0;owned\u{7}title"), "^[]0;owned^Gtitle");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for text in [
            "220 mx.example.org ESMTP",
            "Grüße — ✓ 你好 مرحبا",
            "two\nlines\tand a tab",
            "",
        ] {
            assert!(matches!(neutralize(text), std::borrow::Cow::Borrowed(_)));
            assert_eq!(neutralize(text), text);
        }
        // U+00A0 and above are printable, not C1.
        assert_eq!(neutralize("a\u{a0}b"), "a\u{a0}b");
    }
}
