//! The one-way layers of the crate, checked. Each top-level module sits on a layer and may use only
//! modules on layers below its own; inside a module, its parts never import each other in a circle.
//! `docs/architecture.md` explains what each module owns; this test keeps the drawing true.
//!
//! The scanner reads the source as text (like the style scanner in `gui::theme`): every
//! `crate::…` and `super::…` path outside `#[cfg(test)]` modules, brace groups included.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Bottom first. A module may use the modules of the layers before its own, never its own layer's
/// or a later one's.
const LAYERS: &[&[&str]] = &[
    &["i18n"],
    &["storage"],
    &["account"],
    &["providers", "problem"],
    &["mail"],
    &["net"],
    &["smtp"],
    &["imap"],
    &["secrets"],
    &["oauth"],
    &["credentials", "config"],
    &["discover", "domain", "merge"],
    &["outbox"],
    &["ops"],
    &["cli", "gui"],
];

/// Items at the crate root that belong to a module (the `fl!` macro is exported at the root).
const ROOT_ITEMS: &[(&str, &str)] = &[("fl", "i18n")];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// One `use`-like reference from a file to a module path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Reference {
    file: String,
    /// The module path of the file (`["smtp", "engine", "open"]`).
    from: Vec<String>,
    /// The absolute path it names (`["problem", "Problem"]`).
    to: Vec<String>,
}

/// The code outside test modules: everything before the first `#[cfg(test)]` that opens a module.
fn product_code(code: &str) -> &str {
    let mut at = 0;
    while let Some(i) = code[at..].find("#[cfg(test)]") {
        let after = code[at + i + "#[cfg(test)]".len()..].trim_start();
        if after.starts_with("mod ") || after.starts_with("pub mod ") {
            return &code[..at + i];
        }
        at += i + 1;
    }
    code
}

/// Every `crate::…`/`super::…` path in `code`, resolved against `module` (the file's module path).
fn references(file: &str, module: &[String], code: &str) -> Vec<Reference> {
    let code = product_code(code);
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    for start in ["crate::", "super::"] {
        let mut at = 0;
        while let Some(i) = code[at..].find(start) {
            let i = at + i;
            at = i + start.len();
            if i > 0 && (ident(bytes[i - 1]) || bytes[i - 1] == b':') {
                continue;
            }
            // Comments are not code.
            let line_start = code[..i].rfind('\n').map_or(0, |n| n + 1);
            if code[line_start..i].contains("//") {
                continue;
            }
            let mut base: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                // `super` of `a/b.rs` and of `a/b/mod.rs` (both module a::b) is a.
                module[..module.len().saturating_sub(1)].to_vec()
            };
            let mut rest = &code[i + start.len()..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            let path_len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let path: Vec<String> = rest[..path_len]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let after = &rest[path_len..];
            let mut full = base.clone();
            full.extend(path);
            if let Some(group) = after.strip_prefix('{') {
                for name in group_heads(group) {
                    let mut to = full.clone();
                    if name != "self" {
                        to.push(name.to_owned());
                    }
                    found.push(Reference {
                        file: file.to_owned(),
                        from: module.to_vec(),
                        to,
                    });
                }
            } else {
                found.push(Reference {
                    file: file.to_owned(),
                    from: module.to_vec(),
                    to: full,
                });
            }
        }
    }
    found
}

/// The first name of each item of a `{…}` group (`a::{b, c}, d as e, self}` → a, d, self), up to
/// the brace that closes it.
fn group_heads(group: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                heads.push(&group[item_start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                heads.push(&group[item_start..i]);
                item_start = i + 1;
            }
            _ => {}
        }
    }
    heads
        .into_iter()
        .filter_map(|item| {
            let head = item.trim().split("::").next()?.split_whitespace().next()?;
            (!head.is_empty()).then_some(head)
        })
        .collect()
}

/// The module path of a file under `src/` (`smtp/engine/mod.rs` → `["smtp", "engine"]`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source folder is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What the scan found: imports that run up or sideways, and circles inside a module.
#[derive(Debug, Default)]
struct Findings {
    against_layers: Vec<String>,
    circles: Vec<String>,
}

/// The node a path stands for inside its top-level module: the top module and its first part when
/// that part is a module of its own (a file or folder), else the top module's own file.
fn part_of(src: &Path, path: &[String]) -> Option<(String, String)> {
    let top = path.first()?;
    let part = path
        .get(1)
        .filter(|p| {
            src.join(top).join(format!("{p}.rs")).is_file() || src.join(top).join(p).is_dir()
        })
        .cloned()
        .unwrap_or_default();
    Some((top.clone(), part))
}

fn scan(src: &Path) -> Findings {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut refs = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(src).expect("under src");
        if relative == Path::new("main.rs") {
            continue; // the binary: the front ends' entry point, above every layer
        }
        let code = std::fs::read_to_string(path).expect("a source file is readable");
        refs.extend(references(
            &relative.display().to_string(),
            &module_of(relative),
            &code,
        ));
    }
    let mut findings = Findings::default();
    let mut seen = BTreeSet::new();
    // Rule 1: the layers.
    for r in &refs {
        let (Some(from), Some(to)) = (r.from.first(), r.to.first()) else {
            continue;
        };
        let to = ROOT_ITEMS
            .iter()
            .find(|(item, _)| item == to)
            .map_or(to.as_str(), |(_, module)| module);
        if from == to || from == "layers" {
            continue;
        }
        let (Some(a), Some(b)) = (layer_of(from), layer_of(to)) else {
            let unknown = if layer_of(from).is_none() { from } else { to };
            if seen.insert(format!("unknown {unknown}")) {
                findings.against_layers.push(format!(
                    "{}: the module `{unknown}` has no layer: add it to LAYERS in src/layers.rs",
                    r.file
                ));
            }
            continue;
        };
        if b >= a && seen.insert(format!("{} {to}", r.file)) {
            let how = if a == b { "beside it" } else { "above it" };
            findings.against_layers.push(format!(
                "{}: `{from}` (layer {a}) uses `crate::{}`, which is {how} (layer {b}); a module \
                 may use only the layers below its own",
                r.file,
                r.to.join("::")
            ));
        }
    }
    // Rule 2: no circles between the parts of one module.
    let mut graph: BTreeMap<(String, String), BTreeMap<(String, String), String>> = BTreeMap::new();
    for r in &refs {
        let (Some(a), Some(b)) = (part_of(src, &r.from), part_of(src, &r.to)) else {
            continue;
        };
        if a.0 == b.0 && a != b {
            graph
                .entry(a)
                .or_default()
                .entry(b)
                .or_insert_with(|| r.file.clone());
        }
    }
    for circle in circles(&graph) {
        let names: Vec<String> = circle
            .iter()
            .map(|(top, part)| {
                if part.is_empty() {
                    top.clone()
                } else {
                    format!("{top}::{part}")
                }
            })
            .collect();
        let files: BTreeSet<&String> = circle
            .iter()
            .flat_map(|a| {
                graph[a]
                    .iter()
                    .filter(|(b, _)| circle.contains(b))
                    .map(|(_, f)| f)
            })
            .collect();
        findings.circles.push(format!(
            "a circle: {} import each other (in {})",
            names.join(", "),
            files.into_iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    findings
}

type Node = (String, String);

/// The strongly connected parts with more than one member (Tarjan).
fn circles(graph: &BTreeMap<Node, BTreeMap<Node, String>>) -> Vec<Vec<Node>> {
    struct State<'g> {
        graph: &'g BTreeMap<Node, BTreeMap<Node, String>>,
        index: BTreeMap<Node, usize>,
        low: BTreeMap<Node, usize>,
        stack: Vec<Node>,
        on_stack: BTreeSet<Node>,
        found: Vec<Vec<Node>>,
    }
    fn visit(s: &mut State, v: &Node) {
        let n = s.index.len();
        s.index.insert(v.clone(), n);
        s.low.insert(v.clone(), n);
        s.stack.push(v.clone());
        s.on_stack.insert(v.clone());
        let next: Vec<Node> = s
            .graph
            .get(v)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        for w in next {
            if !s.index.contains_key(&w) {
                visit(s, &w);
                let low = s.low[v].min(s.low[&w]);
                s.low.insert(v.clone(), low);
            } else if s.on_stack.contains(&w) {
                let low = s.low[v].min(s.index[&w]);
                s.low.insert(v.clone(), low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut part = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(&w);
                let done = &w == v;
                part.push(w);
                if done {
                    break;
                }
            }
            if part.len() > 1 {
                part.sort();
                s.found.push(part);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    // `OUTPOST_LAYERS_SRC` scans another tree (an older checkout) to count what it had.
    let src = std::env::var_os("OUTPOST_LAYERS_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let findings = scan(&src);
    println!(
        "{} imports against the layers, {} circles",
        findings.against_layers.len(),
        findings.circles.len()
    );
    let all: Vec<&String> = findings
        .against_layers
        .iter()
        .chain(&findings.circles)
        .collect();
    assert!(
        all.is_empty(),
        "the layers are broken (see src/layers.rs and docs/architecture.md):\n{}",
        all.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_layer() {
    let lib = include_str!("lib.rs");
    for line in lib.lines() {
        if let Some(name) = line
            .trim()
            .strip_prefix("pub mod ")
            .and_then(|n| n.strip_suffix(';'))
        {
            assert!(layer_of(name).is_some(), "`{name}` is not in LAYERS");
        }
    }
}

#[test]
fn the_layer_scanner_finds_what_it_should() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |path: &str, code: &str| {
        let path = src.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, code).unwrap();
    };
    write("lib.rs", "pub mod smtp;\npub mod secrets;\npub mod i18n;\n");
    // Up: smtp may not use secrets or the outbox; down, to i18n, is fine.
    write(
        "smtp/mod.rs",
        "mod a;\nmod b;\nuse crate::{fl, i18n::x};\nfn f() { crate::secrets::load(); }\n",
    );
    // A circle inside smtp, one side through `super::{…}`.
    write(
        "smtp/a.rs",
        "use super::{b::{Thing, More}, c};\nuse crate::{i18n::{self, y}};\n",
    );
    write(
        "smtp/b.rs",
        "use crate::smtp::a::Other;\n// crate::outbox::x in a comment\n",
    );
    write(
        "secrets.rs",
        "use crate::i18n;\n#[cfg(test)]\nmod tests { use crate::smtp::x; }\n",
    );
    write("i18n.rs", "pub fn x() {}\n");
    let found = scan(src);
    assert_eq!(found.against_layers.len(), 1, "{:?}", found.against_layers);
    assert!(
        found.against_layers[0]
            .starts_with("smtp/mod.rs: `smtp` (layer 6) uses `crate::secrets::load`"),
        "{:?}",
        found.against_layers
    );
    assert_eq!(found.circles.len(), 1, "{:?}", found.circles);
    assert!(
        found.circles[0].contains("smtp::a, smtp::b"),
        "{:?}",
        found.circles
    );

    write("gui.rs", "use crate::cli::x;\n");
    write("cli.rs", "");
    let found = scan(src);
    assert!(
        found
            .against_layers
            .iter()
            .any(|f| f.starts_with("gui.rs: `gui`") && f.contains("beside it")),
        "{:?}",
        found.against_layers
    );
}

/// What a screen (any file under `src/gui/` outside `src/gui/app/`) must not do itself: the App
/// performs I/O for it. Paths a screen may not use (a function is named in lower case; types,
/// the data a screen shows, are fine), and text that is I/O wherever it appears.
const SCREEN_FORBIDDEN_PATHS: &[&[&str]] = &[
    &["secrets"],
    &["credentials"],
    &["oauth", "tokens"],
    &["oauth", "flow", "start"],
    &["oauth", "flow", "device_code"],
    &["oauth", "flow", "open_browser"],
    &["smtp", "engine"],
    &["smtp", "transport"],
    &["smtp", "Sender"],
    &["discover", "detect"],
    &["outbox", "worker"],
    &["outbox", "copies", "save_copies"],
    &["outbox", "copies", "save_copies_with"],
    &["net"],
];
const SCREEN_FORBIDDEN_TEXT: &[&str] = &[
    "std::fs",
    "tokio::fs",
    "std::net",
    ".modify(",
    "try_claim(",
    "claim_queued(",
    "spawn_blocking",
    "Outbox::open(",
    "open::that",
    "rfd::",
    "keyring::",
];

/// Whether `path` names a function (or a module of functions) a screen may not call: the
/// forbidden prefixes above, and any function of `ops`, `smtp::doctor` or `smtp::probe`.
fn screen_may_not_use(path: &[String]) -> bool {
    let starts = |prefix: &[&str]| {
        path.len() >= prefix.len() && prefix.iter().zip(path).all(|(a, b)| a == b)
    };
    let function_in = |prefix: &[&str]| {
        starts(prefix)
            && path
                .get(prefix.len())
                .is_some_and(|f| f.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    SCREEN_FORBIDDEN_PATHS.iter().any(|p| starts(p))
        || ["accounts", "merge", "settings", "signin", "submit", "test"]
            .iter()
            .any(|m| function_in(&["ops", m]))
        || function_in(&["smtp", "doctor"])
        || function_in(&["smtp", "probe"])
        || function_in(&["imap"])
}

/// Screens only ask: every reference or piece of text in a screen's code that does I/O itself.
fn screens_doing_io(src: &Path) -> Vec<String> {
    let gui = src.join("gui");
    let mut files = Vec::new();
    rust_files(&gui, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let relative = path.strip_prefix(src).expect("under src");
        if relative.starts_with("gui/app") {
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("a source file is readable");
        let file = relative.display().to_string();
        for r in references(&file, &module_of(relative), &code) {
            if screen_may_not_use(&r.to) {
                found.push(format!(
                    "{file}: a screen uses `crate::{}`; return an Event and let the App do it",
                    r.to.join("::")
                ));
            }
        }
        for (n, line) in product_code(&code).lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for text in SCREEN_FORBIDDEN_TEXT {
                if line.contains(text) {
                    found.push(format!(
                        "{file}:{}: a screen does I/O (`{text}`); return an Event and let the App \
                         do it",
                        n + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn screens_only_ask() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = screens_doing_io(&src);
    assert!(found.is_empty(), "screens doing I/O:\n{}", found.join("\n"));
}

#[test]
fn the_screen_scanner_finds_what_it_should() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |path: &str, code: &str| {
        let path = src.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, code).unwrap();
    };
    write(
        "gui/wizard/mod.rs",
        "use crate::ops::accounts::{SaveAccount, save};\nuse crate::smtp::doctor::StepReport;\n\
         fn f() { crate::smtp::doctor::check(); let _ = std::fs::read(\"x\"); }\n\
         // std::fs in a comment\n",
    );
    write(
        "gui/compose/send.rs",
        "use crate::ops::submit::SubmitError;\n",
    );
    write(
        "gui/app/sending.rs",
        "fn f() { crate::ops::submit::submit(); std::fs::read(\"x\"); }\n",
    );
    let found = screens_doing_io(src);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].contains("crate::ops::accounts::save"),
        "{found:#?}"
    );
    assert!(
        found[1].contains("crate::smtp::doctor::check"),
        "{found:#?}"
    );
    assert!(
        found[2].contains("gui/wizard/mod.rs:3") && found[2].contains("std::fs"),
        "{found:#?}"
    );
}

/// The house stays small enough to read: outside tests, no file over this many lines…
const MAX_FILE_LINES: usize = 800;
/// …and no function over this many (from its `fn` line to its closing brace).
const MAX_FN_LINES: usize = 100;

/// `line` without its comment and with the insides of string and char literals blanked, so that
/// only the code's own braces are left to count. `in_string` carries a string across lines.
fn code_only(line: &str, in_string: &mut bool) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if *in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    *in_string = false;
                    out.push('"');
                }
                _ => {}
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'/') => break,
            '"' => {
                *in_string = true;
                out.push('"');
            }
            '\'' => {
                // A char literal ('{', '\n', '\'') is skipped; a lifetime ('a) is not one.
                let rest: String = chars.clone().take(3).collect();
                let skip = if let Some(escaped) = rest.strip_prefix('\\') {
                    escaped.find('\'').map(|i| i + 2)
                } else {
                    (rest.chars().nth(1) == Some('\'')).then_some(2)
                };
                if let Some(n) = skip {
                    for _ in 0..n {
                        chars.next();
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether a line starts a function (`pub(crate) async fn name`).
fn starts_fn(line: &str) -> bool {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    for prefix in ["const ", "async ", "unsafe "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    rest.starts_with("fn ")
}

/// Files and functions over the limits, outside tests.
fn too_big(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let relative = path
            .strip_prefix(src)
            .expect("under src")
            .display()
            .to_string();
        if relative.ends_with("tests.rs") {
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("a source file is readable");
        let lines: Vec<&str> = product_code(&code).lines().collect();
        if lines.len() > MAX_FILE_LINES {
            found.push(format!(
                "{relative}: {} lines; split it by meaning (at most {MAX_FILE_LINES})",
                lines.len()
            ));
        }
        let mut in_string = false;
        let code: Vec<String> = lines.iter().map(|l| code_only(l, &mut in_string)).collect();
        for (start, line) in code.iter().enumerate() {
            if !starts_fn(line) {
                continue;
            }
            let mut depth = 0i32;
            let mut opened = false;
            for (end, l) in code.iter().enumerate().skip(start) {
                if !opened && l.contains(';') && !l.contains('{') {
                    break; // a declaration without a body
                }
                for c in l.chars() {
                    match c {
                        '{' => {
                            depth += 1;
                            opened = true;
                        }
                        '}' => depth -= 1,
                        _ => {}
                    }
                }
                if opened && depth <= 0 {
                    let length = end - start + 1;
                    if length > MAX_FN_LINES {
                        found.push(format!(
                            "{relative}:{}: `{}` is {length} lines; give its parts names (at \
                             most {MAX_FN_LINES})",
                            start + 1,
                            line.trim()
                        ));
                    }
                    break;
                }
            }
        }
    }
    found
}

#[test]
fn the_house_stays_small() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = too_big(&src);
    assert!(found.is_empty(), "too big to read:\n{}", found.join("\n"));
}

#[test]
fn the_size_scanner_finds_what_it_should() {
    let dir = tempfile::tempdir().unwrap();
    let long_body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let tricky =
        "    let a = '{'; let b = \"}}}\"; // }\n    let c = '\\''; let d: &'static str = \"{\";\n";
    let code = format!(
        "pub(crate) async fn long() {{\n{long_body}}}\n\nfn short() {{\n{tricky}}}\n\n\
         fn declared();\n\n#[cfg(test)]\nmod tests {{\n    fn huge() {{\n{long_body}    }}\n}}\n"
    );
    std::fs::write(dir.path().join("a.rs"), code).unwrap();
    std::fs::write(
        dir.path().join("big.rs"),
        "// x\n".repeat(MAX_FILE_LINES + 1),
    )
    .unwrap();
    let found = too_big(dir.path());
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with("a.rs:1: `pub(crate) async fn long() {` is 102 lines"),
        "{found:#?}"
    );
    assert!(found[1].starts_with("big.rs: 801 lines"), "{found:#?}");
}
