//! Where the CLI writes: one JSON document on stdout with `--json`, readable lines otherwise.
//! Warnings and errors for people always go to stderr.

use crate::account::InputError;

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
            println!(
                "{}",
                serde_json::to_string_pretty(&document).expect("JSON values serialize")
            );
        } else {
            for line in human() {
                println!("{line}");
            }
        }
    }

    pub fn warn(&self, message: &str) {
        eprintln!("{}", crate::fl!("cli-warning", message = message));
    }

    /// A failure that has no JSON shape of its own (runtime, configuration I/O).
    pub fn fatal(&self, message: &str) {
        if self.json {
            println!(
                "{}",
                serde_json::json!({"ok": false, "error": {"code": "failed", "field": null, "message": message}})
            );
        }
        eprintln!("{}", crate::fl!("cli-error", message = message));
    }

    /// An input error: one line on stderr, and the JSON `error` object; exit code 2.
    pub fn input_error(&self, error: &InputError) -> u8 {
        self.coded_error(error.code(), error.field(), &error.message())
    }

    pub fn coded_error(&self, code: &str, field: Option<&str>, message: &str) -> u8 {
        if self.json {
            println!(
                "{}",
                serde_json::json!({"ok": false, "error": {"code": code, "field": field, "message": message}})
            );
        }
        eprintln!("{}", crate::fl!("cli-error", message = message));
        2
    }
}
