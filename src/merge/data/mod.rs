//! The data of a merge: a spreadsheet's header row and the rows under it, read from CSV as real
//! programs write it ([`text`]), or from XLSX and ODS through calamine ([`sheet`]).
//!
//! Everything is bounded: the file's size, its unpacked size (XLSX and ODS are ZIP archives), the
//! number of rows and columns and the length of a cell. Row numbers are those a spreadsheet program
//! shows: the first line of a CSV file is row 1, empty rows count, and a quoted cell spanning several
//! lines is still one row.

mod sheet;
mod text;

use std::io::Read;
use std::path::Path;

use thiserror::Error;

/// Files above this size are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 50_000_000;
/// What the parts of an XLSX or ODS file may unpack to, together.
pub const MAX_UNPACKED_BYTES: u64 = 300_000_000;
/// Data rows (the header not counted).
pub const MAX_ROWS: usize = 100_000;
pub const MAX_COLUMNS: usize = 1_000;
/// Characters in one cell (Excel's own limit): a longer one is usually a quote left open.
pub const MAX_CELL_CHARS: usize = 32_767;

/// A spreadsheet: its header row and its non-empty rows, each as wide as the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row number as the spreadsheet shows it: the header is row 1.
    pub number: usize,
    pub cells: Vec<String>,
}

impl Table {
    /// The column whose header is `name`, without regard to case and surrounding spaces.
    pub fn column(&self, name: &str) -> Option<usize> {
        column_of(&self.headers, name)
    }
}

/// The column of `headers` named `name`, without regard to case and surrounding spaces (the
/// first one when two have the same name).
pub fn column_of(headers: &[String], name: &str) -> Option<usize> {
    let wanted = header_key(name);
    headers.iter().position(|h| header_key(h) == wanted)
}

/// A header as it is compared: trimmed, lower case, inner runs of spaces as one.
pub fn header_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The kinds of file that can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV, TSV or Excel's "Unicode Text", in any of the encodings above.
    Text,
    Xlsx,
    Ods,
}

/// Why a data file cannot be used. `Display` is for logs; people see [`DataError::message`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DataError {
    #[error("no header row")]
    NoHeader,
    #[error("unreadable: {reason}")]
    Unreadable {
        /// Translated: the file-system's reason, or that the file is damaged.
        reason: String,
    },
    #[error("unknown sheet {name:?} (sheets: {sheets:?})")]
    UnknownSheet { name: String, sheets: Vec<String> },
    #[error("file of {size} bytes over the limit of {limit}")]
    TooLarge { size: u64, limit: u64 },
    #[error("file unpacks to {size} bytes, over the limit of {limit}")]
    TooLargeUnpacked { size: u64, limit: u64 },
    #[error("more than {limit} rows")]
    TooManyRows { limit: usize },
    #[error("more than {limit} columns")]
    TooManyColumns { limit: usize },
    #[error("a cell of row {row} is longer than {limit} characters")]
    CellTooLong { row: usize, limit: usize },
    #[error("unsupported format {extension:?}")]
    Unsupported { extension: String },
}

impl DataError {
    /// A short machine-readable code (the CLI's JSON `error.code`).
    pub fn code(&self) -> &'static str {
        match self {
            DataError::NoHeader => "no_header",
            DataError::Unreadable { .. } => "unreadable",
            DataError::UnknownSheet { .. } => "unknown_sheet",
            DataError::TooLarge { .. }
            | DataError::TooLargeUnpacked { .. }
            | DataError::TooManyRows { .. }
            | DataError::TooManyColumns { .. }
            | DataError::CellTooLong { .. } => "too_big",
            DataError::Unsupported { .. } => "unsupported_format",
        }
    }

    /// The translated, one-line explanation for people.
    pub fn message(&self) -> String {
        use crate::fl;
        use crate::i18n::format_size;
        match self {
            DataError::NoHeader => fl!("merge-data-no-header"),
            DataError::Unreadable { reason } => {
                fl!("merge-data-unreadable", reason = reason.as_str())
            }
            DataError::UnknownSheet { name, sheets } => fl!(
                "merge-data-unknown-sheet",
                name = name.as_str(),
                sheets = quoted_list(sheets)
            ),
            DataError::TooLarge { size, limit } => fl!(
                "merge-data-too-large",
                size = format_size(*size),
                limit = format_size(*limit)
            ),
            DataError::TooLargeUnpacked { size, limit } => fl!(
                "merge-data-too-large-unpacked",
                size = format_size(*size),
                limit = format_size(*limit)
            ),
            DataError::TooManyRows { limit } => fl!("merge-data-too-many-rows", limit = (*limit)),
            DataError::TooManyColumns { limit } => {
                fl!("merge-data-too-many-columns", limit = (*limit))
            }
            DataError::CellTooLong { row, limit } => {
                fl!("merge-data-cell-too-long", row = (*row), limit = (*limit))
            }
            DataError::Unsupported { extension } => {
                fl!("merge-data-unsupported", extension = extension.as_str())
            }
        }
    }
}

/// The file is damaged, or not what its name says.
fn damaged() -> DataError {
    DataError::Unreadable {
        reason: crate::fl!("merge-data-damaged"),
    }
}

/// `a`, `b` → `“a”, “b”` (names are data: quoted, in the order given).
fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads the data file at `path`: its first sheet, or the one named `sheet` (XLSX and ODS).
pub fn load(path: &Path, sheet: Option<&str>) -> Result<Table, DataError> {
    let bytes = read_bounded(path)?;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = format_of(&extension, &bytes)?;
    parse(&bytes, format, sheet)
}

/// The sheets of an XLSX or ODS file, in order (empty for CSV): for a picker.
pub fn sheet_names(path: &Path) -> Result<Vec<String>, DataError> {
    let bytes = read_bounded(path)?;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match format_of(&extension, &bytes)? {
        Format::Text => Ok(Vec::new()),
        format => sheet::names(&bytes, format),
    }
}

/// Reads `bytes` of a known format (the first sheet, or `sheet`).
pub fn parse(bytes: &[u8], format: Format, sheet: Option<&str>) -> Result<Table, DataError> {
    match format {
        Format::Text => table(text::records(bytes)?),
        Format::Xlsx | Format::Ods => table(sheet::records(bytes, format, sheet)?),
    }
}

/// The whole file, unless it is larger than [`MAX_FILE_BYTES`] (checked before and while reading).
fn read_bounded(path: &Path) -> Result<Vec<u8>, DataError> {
    let unreadable = |e: std::io::Error| DataError::Unreadable {
        reason: crate::i18n::io_reason(&e),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(DataError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(DataError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// The format by the file's extension, else by its first bytes.
pub fn format_of(extension: &str, bytes: &[u8]) -> Result<Format, DataError> {
    match extension {
        "csv" | "tsv" | "tab" | "txt" => return Ok(Format::Text),
        "xlsx" | "xlsm" => return Ok(Format::Xlsx),
        "ods" => return Ok(Format::Ods),
        _ => {}
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return sheet::zip_format(bytes).ok_or_else(|| DataError::Unsupported {
            extension: extension.to_owned(),
        });
    }
    // Old binary Excel files, PDF, images: anything else with NUL bytes that is not UTF-16.
    if text::looks_like_text(&bytes[..bytes.len().min(4096)]) {
        return Ok(Format::Text);
    }
    Err(DataError::Unsupported {
        extension: extension.to_owned(),
    })
}

/// Rows as read from a file: (row number, cells), in order, empty rows included or not.
type Records = Vec<(usize, Vec<String>)>;

/// The table of `records`: the first non-empty one is the header; empty rows are left out.
fn table(records: Records) -> Result<Table, DataError> {
    let mut records = records
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let Some((_, header)) = records.next() else {
        return Err(DataError::NoHeader);
    };
    let mut headers: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    // A first row holding an address is data: the file has no header row.
    if headers
        .iter()
        .any(|h| crate::account::validate_email(h).is_ok())
    {
        return Err(DataError::NoHeader);
    }
    let mut rows = Vec::new();
    for (number, mut cells) in records {
        if rows.len() == MAX_ROWS {
            return Err(DataError::TooManyRows { limit: MAX_ROWS });
        }
        cells.resize(headers.len(), String::new());
        for cell in &mut cells {
            let trimmed = cell.trim();
            if trimmed.len() != cell.len() {
                *cell = trimmed.to_owned();
            }
        }
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row { number, cells });
        }
    }
    Ok(Table { headers, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(number: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (number, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn the_header_is_the_first_non_empty_row_and_rows_are_as_wide() {
        let t = table(vec![
            rec(1, &["", " "]),
            rec(2, &[" Name ", "Email", "", ""]),
            rec(3, &["Ann", "ann@example.org", "extra"]),
            rec(4, &["", ""]),
            rec(5, &[" Bob "]),
        ])
        .unwrap();
        assert_eq!(t.headers, ["Name", "Email"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].number, 3);
        assert_eq!(t.rows[0].cells, ["Ann", "ann@example.org"]);
        assert_eq!(t.rows[1].number, 5);
        assert_eq!(t.rows[1].cells, ["Bob", ""]);
        assert_eq!(t.column("  EMAIL "), Some(1));
        assert_eq!(t.column("first  name"), None);
        assert_eq!(column_of(&["First  Name".into()], " first name"), Some(0));
    }

    #[test]
    fn a_file_without_a_header_row_is_refused() {
        assert_eq!(table(vec![]), Err(DataError::NoHeader));
        assert_eq!(table(vec![rec(1, &["", ""])]), Err(DataError::NoHeader));
        let data = vec![rec(1, &["Ann", "ann@example.org"])];
        let e = table(data).unwrap_err();
        assert_eq!(e.code(), "no_header");
        assert!(!e.message().is_empty());
    }

    #[test]
    fn formats_by_extension_and_content() {
        assert_eq!(format_of("csv", b"a,b"), Ok(Format::Text));
        assert_eq!(
            format_of("XLSX".to_lowercase().as_str(), b""),
            Ok(Format::Xlsx)
        );
        assert_eq!(format_of("ods", b""), Ok(Format::Ods));
        assert_eq!(format_of("dat", b"Name;Email\n"), Ok(Format::Text));
        assert_eq!(format_of("", b"Name,Email\n"), Ok(Format::Text));
        let xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";
        let e = format_of("xls", xls).unwrap_err();
        assert_eq!(e.code(), "unsupported_format");
        assert!(e.message().contains("xls"), "{}", e.message());
        assert_eq!(
            format_of("numbers", b"PK\x03\x04junk").unwrap_err().code(),
            "unsupported_format"
        );
    }

    #[test]
    fn big_files_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 10_000_000).unwrap();
        let e = load(&path, None).unwrap_err();
        assert_eq!(e.code(), "too_big");
        assert!(
            e.message().contains("(60 MB)") && e.message().contains("50 MB"),
            "{}",
            e.message()
        );
        let missing = load(&dir.path().join("none.csv"), None).unwrap_err();
        assert_eq!(missing.code(), "unreadable");
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut records = vec![rec(1, &["Name"])];
        records.extend((0..=MAX_ROWS).map(|i| (i + 2, vec!["x".to_owned()])));
        assert_eq!(
            table(records),
            Err(DataError::TooManyRows { limit: MAX_ROWS })
        );
    }

    #[test]
    fn loads_a_csv_file_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(&path, "Name;Email\r\nAnn;ann@example.org\r\n").unwrap();
        let t = load(&path, None).unwrap();
        assert_eq!(t.headers, ["Name", "Email"]);
        assert_eq!(t.rows[0].number, 2);
        assert!(sheet_names(&path).unwrap().is_empty());
    }
}
