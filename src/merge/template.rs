//! Templates with `{{Column name}}` and `{{Column name|fallback}}` placeholders, for the subject,
//! the body and To. A placeholder names a column without regard to case and surrounding spaces.
//!
//! Values are data, never markup: in a header field a value with a line break (or another control
//! character) is reported so the row can be refused; in a Markdown body each value is escaped so
//! that `**x**`, `<script>` or `# x` come out as those very characters. The escaping is as light as
//! it can be, because the Markdown text is also the message's plain-text part: a hyphen inside a
//! name or an `_` inside an address stay as they are.

use thiserror::Error;

use super::data::{column_of, header_key};

/// A template as written: text and placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Field {
        name: String,
        fallback: Option<String>,
    },
}

/// A template whose placeholders are columns of a table: ready to render rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    parts: Vec<BoundPart>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum BoundPart {
    Text(String),
    Field {
        column: usize,
        name: String,
        fallback: Option<String>,
    },
}

/// Where the rendered text goes: it decides how values are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A header (subject, To): values must stay on one line.
    Header,
    /// A plain-text body: values as they are.
    Plain,
    /// A Markdown body: values escaped.
    Markdown,
}

/// One row's text, and what was wrong with its values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// Placeholders (as written) whose value was empty and that have no fallback.
    pub empty: Vec<String>,
    /// Placeholders whose value holds a line break or another control character (headers only).
    pub unsafe_values: Vec<String>,
}

/// A placeholder that names no column.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TemplateError {
    #[error("unknown placeholder {placeholder:?} (closest column: {closest:?})")]
    UnknownPlaceholder {
        placeholder: String,
        closest: Option<String>,
    },
}

impl TemplateError {
    pub fn code(&self) -> &'static str {
        match self {
            TemplateError::UnknownPlaceholder { .. } => "unknown_placeholder",
        }
    }

    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            TemplateError::UnknownPlaceholder {
                placeholder,
                closest: Some(closest),
            } => fl!(
                "merge-unknown-placeholder-closest",
                placeholder = placeholder.as_str(),
                closest = closest.as_str()
            ),
            TemplateError::UnknownPlaceholder {
                placeholder,
                closest: None,
            } => fl!(
                "merge-unknown-placeholder",
                placeholder = placeholder.as_str()
            ),
        }
    }
}

impl Template {
    /// Reads the placeholders of `text`. A `{{` without a closing `}}`, or with nothing inside,
    /// is text.
    pub fn parse(text: &str) -> Template {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(close) = rest.find("}}") {
            let Some(open) = rest[..close].rfind("{{") else {
                literal.push_str(&rest[..close + 2]);
                rest = &rest[close + 2..];
                continue;
            };
            let inner = &rest[open + 2..close];
            let (name, fallback) = match inner.split_once('|') {
                Some((name, fallback)) => (name.trim(), Some(fallback.trim().to_owned())),
                None => (inner.trim(), None),
            };
            literal.push_str(&rest[..open]);
            if name.is_empty() {
                literal.push_str(&rest[open..close + 2]);
            } else {
                if !literal.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut literal)));
                }
                let name = name.to_owned();
                parts.push(Part::Field { name, fallback });
            }
            rest = &rest[close + 2..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Template { parts }
    }

    /// The placeholders' names, as written, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Field { name, .. } => Some(name.as_str()),
            Part::Text(_) => None,
        })
    }

    /// Ties each placeholder to its column of `headers`; the first unknown one is an error that
    /// names the closest column.
    pub fn bind(&self, headers: &[String]) -> Result<Bound, TemplateError> {
        let mut parts = Vec::with_capacity(self.parts.len());
        for part in &self.parts {
            parts.push(match part {
                Part::Text(text) => BoundPart::Text(text.clone()),
                Part::Field { name, fallback } => {
                    let Some(column) = column_of(headers, name) else {
                        return Err(TemplateError::UnknownPlaceholder {
                            placeholder: name.clone(),
                            closest: closest(headers, name),
                        });
                    };
                    BoundPart::Field {
                        column,
                        name: name.clone(),
                        fallback: fallback.clone(),
                    }
                }
            });
        }
        Ok(Bound { parts })
    }
}

impl Bound {
    /// The text for one row's `cells`. A placeholder with an empty value takes its fallback; the
    /// fallback is part of the template, so it is never escaped.
    pub fn render(&self, cells: &[String], context: Context) -> Rendered {
        let mut out = Rendered::default();
        for part in &self.parts {
            let (column, name, fallback) = match part {
                BoundPart::Text(text) => {
                    out.text.push_str(text);
                    continue;
                }
                BoundPart::Field {
                    column,
                    name,
                    fallback,
                } => (*column, name, fallback),
            };
            let value = cells.get(column).map_or("", |v| v.as_str());
            if value.trim().is_empty() {
                match fallback {
                    Some(fallback) => out.text.push_str(fallback),
                    None => out.empty.push(name.clone()),
                }
                continue;
            }
            match context {
                Context::Header => {
                    if value.chars().any(|c| c.is_control() && c != '\t') {
                        out.unsafe_values.push(name.clone());
                    }
                    out.text.push_str(value);
                }
                Context::Plain => out.text.push_str(value),
                Context::Markdown => {
                    let line = &out.text[out.text.rfind('\n').map_or(0, |i| i + 1)..];
                    let at_line_start = line.trim().is_empty();
                    out.text.push_str(&escape_markdown(value, at_line_start));
                }
            }
        }
        out
    }
}

/// The header closest to `name` by edit distance (compared as [`header_key`]s).
fn closest(headers: &[String], name: &str) -> Option<String> {
    let wanted: Vec<char> = header_key(name).chars().collect();
    headers
        .iter()
        .filter(|h| !h.trim().is_empty())
        .min_by_key(|h| edit_distance(&header_key(h).chars().collect::<Vec<_>>(), &wanted))
        .cloned()
}

/// Levenshtein distance.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// `value` as Markdown that shows exactly its text. Each line break of the value is a hard line
/// break; the start of each line (of the value's first line too when it starts a line in the
/// template) loses its indentation and has block markers (`#`, `-`, `1.`, `>` …) escaped.
pub fn escape_markdown(value: &str, at_line_start: bool) -> String {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(value.len() + 8);
    for (i, line) in value.split('\n').enumerate() {
        let starts = i > 0 || at_line_start;
        if i > 0 {
            out.push_str("  \n");
        }
        escape_line(
            if starts { line.trim_start() } else { line },
            starts,
            &mut out,
        );
    }
    out
}

fn escape_line(line: &str, at_line_start: bool, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut from = 0;
    if at_line_start {
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        match chars.first() {
            Some(&c @ ('#' | '-' | '+' | '=' | '>' | '*' | '_')) => {
                out.push('\\');
                out.push(c);
                from = 1;
            }
            _ if digits > 0 && matches!(chars.get(digits), Some('.' | ')')) => {
                out.extend(&chars[..digits]);
                out.push('\\');
                out.push(chars[digits]);
                from = digits + 1;
            }
            _ => {}
        }
    }
    for i in from..chars.len() {
        let c = chars[i];
        let before = i.checked_sub(1).and_then(|j| chars.get(j));
        let after = chars.get(i + 1);
        let alphanumeric = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '~' | '|' => true,
            // Inside a word `_` never starts emphasis (`first_last@example.org` stays).
            '_' => !(alphanumeric(before) && alphanumeric(after)),
            // Only `&name;` and `&#…;` are entities.
            '&' => alphanumeric(after) || after == Some(&'#'),
            // A closing `#` sequence of a heading: `#` with only `#`s and spaces after it.
            '#' => chars[i..].iter().all(|c| *c == '#' || c.is_whitespace()),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::markdown::to_html;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn placeholders_and_fallbacks() {
        let t = Template::parse("Hello {{ first NAME |friend}}, {{City}} {{}} }} end");
        assert_eq!(t.placeholders().collect::<Vec<_>>(), ["first NAME", "City"]);
        let bound = t.bind(&headers(&["First name", " city "])).unwrap();
        let r = bound.render(&row(&["Ann", "Lyon"]), Context::Plain);
        assert_eq!(r.text, "Hello Ann, Lyon {{}} }} end");
        let r = bound.render(&row(&["", ""]), Context::Plain);
        assert_eq!(r.text, "Hello friend,  {{}} }} end");
        assert_eq!(r.empty, ["City"]);
        // An empty fallback is a choice: not reported.
        let t = Template::parse("{{City|}}!")
            .bind(&headers(&["City"]))
            .unwrap();
        assert_eq!(t.render(&row(&[""]), Context::Plain).empty.len(), 0);
        // Unclosed and nested braces are text, the innermost pair a placeholder.
        let t = Template::parse("{{{City}}} {{ and {{City");
        let r = t
            .bind(&headers(&["City"]))
            .unwrap()
            .render(&row(&["Ys"]), Context::Plain);
        assert_eq!(r.text, "{Ys} {{ and {{City");
    }

    #[test]
    fn unknown_placeholders_name_the_closest_column() {
        let e = Template::parse("Dear {{Frist name}}")
            .bind(&headers(&["Email", "First name", "Last name", ""]))
            .unwrap_err();
        assert_eq!(
            e,
            TemplateError::UnknownPlaceholder {
                placeholder: "Frist name".into(),
                closest: Some("First name".into())
            }
        );
        assert_eq!(e.code(), "unknown_placeholder");
        assert!(e.message().contains("“Frist name”"), "{}", e.message());
        assert!(e.message().contains("“First name”"), "{}", e.message());
        let none = Template::parse("{{x}}").bind(&[]).unwrap_err();
        assert!(matches!(
            none,
            TemplateError::UnknownPlaceholder { closest: None, .. }
        ));
        assert_eq!(edit_distance(&['a', 'b'], &['b', 'a']), 2);
    }

    #[test]
    fn header_values_must_stay_on_one_line() {
        let t = Template::parse("News for {{Name}}")
            .bind(&headers(&["Name"]))
            .unwrap();
        let r = t.render(&row(&["Ann\r\nBcc: all@example.org"]), Context::Header);
        assert_eq!(r.unsafe_values, ["Name"]);
        assert!(
            t.render(&row(&["Ann\nB"]), Context::Header)
                .unsafe_values
                .len()
                == 1
        );
        assert!(
            t.render(&row(&["Ann\tB"]), Context::Header)
                .unsafe_values
                .is_empty()
        );
        assert!(
            t.render(&row(&["Ann\nB"]), Context::Plain)
                .unsafe_values
                .is_empty()
        );
    }

    #[test]
    fn markdown_values_come_out_literally() {
        let nasty = [
            "<script>alert(1)</script>",
            "**bold** and _em_ and `code`",
            "[link](https://evil.example) ![img](https://t.example/p.png)",
            "# Heading",
            "- item",
            "1. first",
            "> quote",
            "a | b",
            "~~gone~~",
            "&lt;b&gt; &amp; &#65;",
            "back\\slash",
            "Title #",
        ];
        let t = Template::parse("Hi {{V}}!\n\n{{V}}\n")
            .bind(&headers(&["V"]))
            .unwrap();
        for value in nasty {
            let r = t.render(&row(&[value]), Context::Markdown);
            let html = to_html(&r.text);
            let shown = value
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert_eq!(
                html.matches(&shown).count(),
                2,
                "{value:?} → {} → {html}",
                r.text
            );
            for tag in [
                "<strong>",
                "<em>",
                "<code>",
                "<a ",
                "<h1>",
                "<li>",
                "<blockquote>",
                "<table>",
                "<del>",
                "<script>",
            ] {
                assert!(!html.contains(tag), "{value:?} made {tag} in {html}");
            }
        }
    }

    #[test]
    fn markdown_escaping_is_light_and_keeps_lines() {
        assert_eq!(
            escape_markdown("Anne-Marie O'Brien", false),
            "Anne-Marie O'Brien"
        );
        assert_eq!(
            escape_markdown("first_last@example.org", false),
            "first_last@example.org"
        );
        assert_eq!(escape_markdown("Smith & Sons", false), "Smith & Sons");
        assert_eq!(escape_markdown("Order #12", false), "Order #12");
        assert_eq!(escape_markdown("- x", false), "- x");
        assert_eq!(escape_markdown("- x", true), "\\- x");
        assert_eq!(escape_markdown("2024. A year", true), "2024\\. A year");
        let html = to_html(&escape_markdown("1 Main St\r\n    Springfield", true));
        assert!(html.contains("1 Main St<br />\nSpringfield"), "{html}");
        assert!(!html.contains("<pre>"), "{html}");
    }
}
