//! What the window shows of a merge before anything is queued: a glance at the list (its columns,
//! how many rows, where the addresses are), the rows in the spreadsheet's order (each a ready
//! message or a skipped row), and a message's text as it is sent.

use std::path::Path;

use super::check::Plan;
use super::data::{self, DataError};
use super::recipient::{self, FoundBy};

/// An example value is cut to this many characters.
const EXAMPLE_CHARS: usize = 60;

/// One column of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    /// The first value in the column, as an example (`None`: the column is empty).
    pub example: Option<String>,
}

/// A list as the window shows it before the message is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    /// The sheets of an XLSX or ODS file, in order (empty for CSV).
    pub sheets: Vec<String>,
    /// The sheet read (`None`: the first, or a CSV file).
    pub sheet: Option<String>,
    pub columns: Vec<Column>,
    /// Data rows (the header not counted).
    pub rows: usize,
    /// The column of addresses and how it was found (`None`: no column holds addresses).
    pub address: Option<(usize, FoundBy)>,
}

impl Glance {
    /// The header of the address column.
    pub fn address_column(&self) -> Option<&str> {
        self.address
            .and_then(|(c, _)| self.columns.get(c))
            .map(|c| c.name.as_str())
    }
}

/// Reads the list at `path` (its first sheet, or `sheet`) and looks at its columns. Blocking.
pub fn glance(path: &Path, sheet: Option<&str>) -> Result<Glance, DataError> {
    let sheets = data::sheet_names(path)?;
    let table = data::load(path, sheet)?;
    let columns = table
        .headers
        .iter()
        .enumerate()
        .map(|(c, name)| Column {
            name: name.clone(),
            example: table
                .rows
                .iter()
                .map(|r| r.cells[c].trim())
                .find(|v| !v.is_empty())
                .map(example),
        })
        .collect();
    Ok(Glance {
        sheets,
        sheet: sheet.map(str::to_owned),
        columns,
        rows: table.rows.len(),
        address: recipient::address_column(&table),
    })
}

/// A value on one line, cut to [`EXAMPLE_CHARS`].
fn example(value: &str) -> String {
    let line = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= EXAMPLE_CHARS {
        return line;
    }
    let cut: String = line.chars().take(EXAMPLE_CHARS - 1).collect();
    format!("{cut}…")
}

/// A row of the list in a plan: an index into `plan.ready` or into `plan.skipped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Ready(usize),
    Skipped(usize),
}

/// The rows of `plan` in the spreadsheet's order, ready and skipped together.
pub fn entries(plan: &Plan) -> Vec<Entry> {
    let mut all: Vec<(usize, Entry)> = plan
        .ready
        .iter()
        .enumerate()
        .map(|(i, r)| (r.row, Entry::Ready(i)))
        .chain(
            plan.skipped
                .iter()
                .enumerate()
                .map(|(i, s)| (s.row, Entry::Skipped(i))),
        )
        .collect();
    all.sort_by_key(|(row, _)| *row);
    all.into_iter().map(|(_, e)| e).collect()
}

/// A message's text as it is sent: with a line on how to unsubscribe at its end when the merge
/// has an unsubscribe address.
pub fn body_as_sent(body: &str, unsubscribe: Option<&str>) -> String {
    match unsubscribe {
        Some(address) => {
            let footer = crate::fl!("merge-unsubscribe-footer", address = address);
            format!("{}\n\n{footer}\n", body.trim_end())
        }
        None => body.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::check::{Ready, SkipCode, Skipped};

    #[test]
    fn a_glance_shows_columns_examples_and_the_address_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(
            &path,
            "Name;Note;Reach\nAnn;;ann@example.org\n;\"first\nline\";bob@example.org\n",
        )
        .unwrap();
        let g = glance(&path, None).unwrap();
        assert_eq!(g.rows, 2);
        assert!(g.sheets.is_empty());
        let names: Vec<&str> = g.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Name", "Note", "Reach"]);
        assert_eq!(g.columns[0].example.as_deref(), Some("Ann"));
        assert_eq!(g.columns[1].example.as_deref(), Some("first line"));
        assert_eq!(g.address, Some((2, FoundBy::Content)));
        assert_eq!(g.address_column(), Some("Reach"));
        assert_eq!(example(&"x".repeat(100)).chars().count(), EXAMPLE_CHARS);
    }

    #[test]
    fn entries_follow_the_rows_and_the_footer_ends_the_text() {
        let ready = |row: usize| Ready {
            row,
            to: String::new(),
            address: String::new(),
            subject: String::new(),
            body: String::new(),
            attachments: vec![],
            empty: vec![],
        };
        let plan = Plan {
            rows: 3,
            address_column: None,
            found_by: FoundBy::Header,
            ready: vec![ready(2), ready(4)],
            skipped: vec![Skipped {
                row: 3,
                code: SkipCode::Duplicate,
                detail: String::new(),
            }],
        };
        assert_eq!(
            entries(&plan),
            [Entry::Ready(0), Entry::Skipped(0), Entry::Ready(1)]
        );
        assert_eq!(body_as_sent("Hi\n", None), "Hi\n");
        let sent = body_as_sent("Hi\n\n", Some("stop@example.org"));
        assert!(sent.starts_with("Hi\n\n") && sent.contains("stop@example.org"));
    }
}
