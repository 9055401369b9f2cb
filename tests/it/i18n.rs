//! Languages: every translation is complete and consistent with English, no user-facing sentence is
//! written in Rust source, the GUI switches language live, and the CLI follows `LANG`/`LC_ALL`.
//!
//! Everything that switches the process-wide language is in one test (`settings_switch_language_live`),
//! which runs in a process of its own (`solo::alone!`), so no other test sees a language change
//! half-way.

use crate::support::solo;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use fluent_syntax::ast;
use iced_test::simulator;

/// The languages we ship besides English. A missing one is a failure, not a skip.
const SHIPPED: [&str; 4] = ["de", "es", "fr", "pt-BR"];
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

fn source(lang: &str) -> String {
    let path = i18n_dir().join(lang).join("outpost.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a message needs from the code: its variables, per message and attribute.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
}

struct Catalogue {
    messages: BTreeMap<String, Shape>,
    /// Every `[key]` of a select expression whose key is a name (numeric keys such as `[0]` aside).
    select_keys: Vec<(String, String)>,
    /// Every piece of literal text, message by message (for "was it translated at all").
    texts: BTreeMap<String, String>,
}

fn catalogue(lang: &str) -> Catalogue {
    let text = source(lang);
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}: the Fluent file does not parse: {errors:?}"),
    };
    let mut cat = Catalogue {
        messages: BTreeMap::new(),
        select_keys: Vec::new(),
        texts: BTreeMap::new(),
    };
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_owned();
                let mut shape = Shape::default();
                let mut literal = String::new();
                for attr in &m.attributes {
                    shape.attributes.insert(attr.id.name.to_owned());
                }
                let mut walk = Walk {
                    id: &id,
                    shape: &mut shape,
                    keys: &mut cat.select_keys,
                    literal: &mut literal,
                };
                if let Some(value) = &m.value {
                    walk.pattern(value);
                }
                for attr in &m.attributes {
                    walk.pattern(&attr.value);
                }
                assert!(
                    cat.messages.insert(id.clone(), shape).is_none(),
                    "{lang}: message {id} is defined twice"
                );
                cat.texts.insert(id, literal);
            }
            ast::Entry::Term(t) => panic!("{lang}: unexpected term -{}", t.id.name),
            ast::Entry::Junk { content } => panic!("{lang}: unparsable text: {content}"),
            _ => {}
        }
    }
    cat
}

/// Walks one message, collecting its shape, its select keys and its literal text.
struct Walk<'a> {
    id: &'a str,
    shape: &'a mut Shape,
    keys: &'a mut Vec<(String, String)>,
    literal: &'a mut String,
}

impl Walk<'_> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.literal.push_str(value),
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    if let ast::VariantKey::Identifier { name } = &variant.key {
                        self.keys.push((self.id.to_owned(), (*name).to_owned()));
                    }
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id: var } => {
                self.shape.variables.insert(var.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for arg in &arguments.positional {
                    self.inline(arg);
                }
                for named in &arguments.named {
                    self.inline(&named.value);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::MessageReference { id: referenced, .. } => {
                panic!(
                    "{} refers to message {}: keep messages self-contained",
                    self.id, referenced.name
                )
            }
            _ => {}
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = catalogue("en");
    assert!(
        english.messages.len() > 300,
        "the English file looks truncated"
    );
    let mut found: Vec<String> = std::fs::read_dir(i18n_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "en")
        .collect();
    found.sort();
    assert_eq!(found, SHIPPED, "the languages under i18n/");
    let mut problems = Vec::new();
    for lang in SHIPPED {
        let translated = catalogue(lang);
        for (id, shape) in &english.messages {
            match translated.messages.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(t) if t != shape => problems.push(format!(
                    "{lang}: {id} uses {:?}/{:?}, English uses {:?}/{:?}",
                    t.variables, t.attributes, shape.variables, shape.attributes
                )),
                Some(_) => {}
            }
        }
        for id in translated.messages.keys() {
            if !english.messages.contains_key(id) {
                problems.push(format!("{lang}: {id} is not an English message id"));
            }
        }
        for (id, key) in &translated.select_keys {
            if !PLURAL_CATEGORIES.contains(&key.as_str()) {
                problems.push(format!(
                    "{lang}: {id} has variant [{key}], not a plural category"
                ));
            }
        }
        // A translation that is mostly English text is not a translation.
        let same = english
            .texts
            .iter()
            .filter(|(id, text)| {
                text.split_whitespace().count() >= 4 && translated.texts.get(*id) == Some(text)
            })
            .count();
        if same > 5 {
            problems.push(format!("{lang}: {same} sentences are identical to English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---- no sentences in Rust source -------------------------------------------------------------

/// A string literal in Rust source, with its line.
struct Literal {
    line: usize,
    text: String,
}

/// The string literals of a Rust file, up to its `#[cfg(test)]` module. Comments, char literals
/// and raw strings are understood well enough for our own code.
fn literals(code: &str) -> Vec<Literal> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    line += usize::from(bytes[i] == b'\n');
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // a char literal ('"', '\'', 'x') or a lifetime ('a)
                if bytes.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < bytes.len() && bytes[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while bytes.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if bytes.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let start = j + 1;
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = start + code[start..].find(&closing).expect("closed raw string");
                let text = &code[start..end];
                out.push(Literal {
                    line,
                    text: text.to_owned(),
                });
                line += text.matches('\n').count();
                i = end + closing.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let text = &code[start..j];
                out.push(Literal {
                    line,
                    text: text.to_owned(),
                });
                line += text.matches('\n').count();
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a literal reads as words for a person: two words in a row, or one capitalised word.
fn reads_as_text(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let two_words = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2;
    let capitalised = words.iter().any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    });
    two_words || capitalised
}

/// Lines that are allowed literals: diagnostics for developers, and text that is the same in every
/// language, each marked where it is written with a `// not translated: <why>` comment.
fn exempt(line: &str) -> bool {
    const DEVELOPER_TEXT: [&str; 8] = [
        "include_bytes!(",
        "expect(",
        "panic!(",
        "unreachable!(",
        "assert",
        "#[",
        "tracing::",
        "log::",
    ];
    line.contains("// not translated: ") || DEVELOPER_TEXT.iter().any(|m| line.contains(m))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_user_facing_literals_in_gui_or_problem_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/gui"), &mut files);
    // The verbs and the merge speak to people through the front ends: their words come from Fluent.
    rust_files(&root.join("src/ops"), &mut files);
    rust_files(&root.join("src/merge"), &mut files);
    files.push(root.join("src/problem/texts.rs"));
    assert!(files.len() > 10, "the GUI sources are where they should be");
    let mut found = Vec::new();
    // Unit tests may say what they like: files of tests, and the test module at a file's end.
    files.retain(|f| f.file_name().is_none_or(|n| n != "tests.rs"));
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        let code = match code.find("#[cfg(test)]\nmod tests") {
            Some(at) => code[..at].to_owned(),
            None => code,
        };
        let lines: Vec<&str> = code.lines().collect();
        for lit in literals(&code) {
            let line = lines.get(lit.line - 1).copied().unwrap_or_default();
            if reads_as_text(&lit.text) && !exempt(line) {
                found.push(format!(
                    "{}:{}: \"{}\"",
                    file.strip_prefix(root).unwrap().display(),
                    lit.line,
                    lit.text
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "user-facing text must come from i18n/<lang>/outpost.ftl via fl!(); found:\n{}\n\
         (text that is the same in every language needs a `// not translated: <why>` comment \
         on its line)",
        found.join("\n")
    );
}

#[test]
fn the_literal_scanner_finds_what_it_should() {
    let code = r##"
        // "Comment text" is ignored
        let a = text("Send now"); let b = fl!("gui-send");
        let c = '"'; let d = "host";
        let e = r#"Raw Words here"#; /* "Block comment" */
        let f = "Outpost"; // not translated: the product name
        #[cfg(test)]
        let g = "Test only text";
    "##;
    let found: Vec<(usize, String)> = literals(code)
        .into_iter()
        .filter(|l| reads_as_text(&l.text))
        .map(|l| (l.line, l.text))
        .collect();
    assert_eq!(
        found,
        [
            (3, "Send now".to_owned()),
            (5, "Raw Words here".to_owned()),
            (6, "Outpost".to_owned()),
        ]
    );
    assert!(exempt(
        r#"let f = "Outpost"; // not translated: the product name"#
    ));
    assert!(!reads_as_text("gui-send"));
    assert!(!reads_as_text("display_name"));
    assert!(!reads_as_text("{} / {}"));
}

// ---- the language changes live, in the GUI and the CLI ----------------------------------------

/// The first run of literal text of a message in a language (before any `{ ... }`), trimmed.
fn opening_words(lang: &str, id: &str) -> String {
    let text = source(lang);
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("parses");
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry
            && m.id.name == id
            && let Some(ast::PatternElement::TextElement { value }) =
                m.value.as_ref().and_then(|v| v.elements.first())
        {
            return value.trim().to_owned();
        }
    }
    panic!("{lang}: {id} has no leading text")
}

#[test]
fn settings_switch_language_live() {
    solo::alone!(settings_switch_language_live);
    use outpost::config::Preferences;
    use outpost::gui::settings::{self, Settings};
    use outpost::gui::wizard::Wizard;

    let mut prefs = Preferences::default();
    let mut screen = Settings;
    // Pick "Deutsch" the way a person does: every language is a button with its own name.
    let mut ui = simulator(screen.view(&prefs));
    ui.find(outpost::fl!("gui-language").as_str())
        .expect("the Settings screen shows the language choice in English first");
    ui.click("Deutsch")
        .expect("German is offered by its own name");
    let picked: Vec<settings::Message> = ui.into_messages().collect();
    assert!(!picked.is_empty());
    for m in picked {
        let _ = screen.update(m, &mut prefs);
    }
    assert_eq!(prefs.language.as_deref(), Some("de"));

    // No restart: the screens built from now on speak German.
    let ui = simulator(screen.view(&prefs));
    drop(ui);
    let mut ui = simulator(screen.view(&prefs));
    ui.find(opening_words("de", "gui-language").as_str())
        .expect("the Settings screen is in German");
    let wizard = Wizard::new(vec![]);
    let mut ui = simulator(wizard.view());
    let german_title = opening_words("de", "gui-wizard-title");
    ui.find(german_title.as_str())
        .expect("the setup wizard is in German");
    assert!(
        ui.find(opening_words("en", "gui-wizard-title").as_str())
            .is_err()
    );
    // Problem texts too.
    let refused = outpost::smtp::Problem::new(
        outpost::smtp::ProblemKind::ConnectionRefused,
        outpost::smtp::Step::Connect,
    )
    .at("smtp.example.com", 587);
    assert!(
        refused
            .message()
            .starts_with(&opening_words("de", "problem-connection-refused")),
        "{}",
        refused.message()
    );

    // Every shipped language can be chosen, and "system" goes back to the environment.
    for lang in ["es", "fr", "pt-BR"] {
        settings::apply_language(Some(lang));
        let mut ui = simulator(wizard.view());
        ui.find(opening_words(lang, "gui-wizard-title").as_str())
            .unwrap_or_else(|_| panic!("the wizard is in {lang}"));
    }
    settings::apply_language(Some("en"));
    let mut ui = simulator(wizard.view());
    ui.find(opening_words("en", "gui-wizard-title").as_str())
        .expect("back in English");
}

/// Runs the binary with its own empty home and no language settings but `env`.
fn outpost(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_outpost"));
    cmd.args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("outpost runs")
}

fn outpost_check(env: &[(&str, &str)], port: u16) -> (String, String) {
    let port = port.to_string();
    let out = outpost(
        env,
        &[
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "starttls",
        ],
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn cli_follows_lang_and_lc_all() {
    let port = closed_port();
    let refused = |lang| opening_words(lang, "problem-connection-refused");

    let (german, _) = outpost_check(&[("LANG", "de_DE.UTF-8")], port);
    assert!(german.contains(&refused("de")), "German output:\n{german}");
    assert!(!german.contains(&refused("en")), "German output:\n{german}");

    // LC_ALL wins over LANG, as everywhere on Unix.
    let (french, _) = outpost_check(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")], port);
    assert!(french.contains(&refused("fr")), "French output:\n{french}");

    // Brazilian Portuguese by its full tag.
    let (portuguese, _) = outpost_check(&[("LANG", "pt_BR.UTF-8")], port);
    assert!(
        portuguese.contains(&refused("pt-BR")),
        "Portuguese output:\n{portuguese}"
    );

    // A language we do not ship falls back to English.
    let (english, _) = outpost_check(&[("LANG", "ja_JP.UTF-8")], port);
    assert!(
        english.contains(&refused("en")),
        "fallback output:\n{english}"
    );
}

fn outpost_with_lang(lang: &str, args: &[&str]) -> std::process::Output {
    outpost(&[("LANG", lang)], args)
}

/// clap's own words (headings, the help and version flags, its error messages) are translated too.
#[test]
fn cli_help_and_usage_errors_are_translated() {
    let help = outpost_with_lang("de_DE.UTF-8", &["--help"]);
    assert!(help.status.success());
    let help = String::from_utf8(help.stdout).unwrap();
    for id in [
        "cli-heading-usage",
        "cli-heading-commands",
        "cli-heading-options",
        "cli-help-help",
        "cli-help-version",
        "cli-about-help",
    ] {
        assert!(help.contains(&opening_words("de", id)), "{id} in:\n{help}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "Print version",
    ] {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
    let sub = outpost_with_lang("fr_FR.UTF-8", &["help", "detect"]);
    let sub = String::from_utf8(sub.stdout).unwrap();
    assert!(
        sub.contains(&opening_words("fr", "cli-heading-arguments")),
        "{sub}"
    );

    // A mistake: stderr in the user's language, nothing on stdout, exit code 2 (the contract).
    let wrong = outpost_with_lang("de_DE.UTF-8", &["--json", "check", "--bogus"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(wrong.stdout.is_empty());
    let stderr = String::from_utf8(wrong.stderr).unwrap();
    assert!(stderr.contains("„--bogus“ ist keine Option"), "{stderr}");
    assert!(stderr.contains("outpost check --help"), "{stderr}");
    assert!(!stderr.contains("unexpected argument"), "{stderr}");

    let missing = outpost_with_lang("pt_BR.UTF-8", &["outbox", "retry"]);
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8(missing.stderr).unwrap();
    assert!(
        stderr.contains(&opening_words("pt-BR", "cli-usage-missing")) && stderr.contains("<ID>"),
        "{stderr}"
    );
}
