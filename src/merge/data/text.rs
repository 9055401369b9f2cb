//! CSV as real programs write it: the delimiter found among `,` `;` tab `|` by which one splits the
//! first rows most consistently; UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode Text"), and
//! Windows-1252 when the bytes are not UTF-8; quoted cells holding delimiters, doubled quotes and line
//! breaks; LF, CRLF or CR line ends; Excel's `sep=;` first line.
//!
//! Hand-written rather than the `csv` crate: row numbers must count empty lines the way a
//! spreadsheet shows them (the crate skips them without a trace), and the limits on columns and cell
//! length must hold while parsing, so that a quote left open cannot swallow the file unnoticed.

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{DataError, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, Records};

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Rows read with each candidate delimiter to find the file's.
const SAMPLE_ROWS: usize = 50;

/// The non-empty rows of a CSV file, with their row numbers.
pub(super) fn records(bytes: &[u8]) -> Result<Records, DataError> {
    let text = decode(bytes);
    if text.contains('\0') {
        return Err(super::damaged());
    }
    let (delimiter, text) = match excel_separator_line(&text) {
        Some((delimiter, rest)) => (delimiter, rest),
        None => (detect_delimiter(&text), &text[..]),
    };
    let mut parser = Parser::new(text, delimiter);
    let mut out = Vec::new();
    while let Some((number, cells)) = parser.next_record()? {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // The header and MAX_ROWS rows.
        if out.len() > MAX_ROWS {
            return Err(DataError::TooManyRows { limit: MAX_ROWS });
        }
        out.push((number, cells));
    }
    Ok(out)
}

/// Text in the encoding its bytes show: a BOM, UTF-16 without one (every other byte NUL), UTF-8,
/// else Windows-1252 (which decodes any byte).
pub(super) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return UTF_16LE.decode_without_bom_handling(rest).0;
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return UTF_16BE.decode_without_bom_handling(rest).0;
    }
    match utf16_without_bom(bytes) {
        Some(true) => return UTF_16LE.decode_without_bom_handling(bytes).0,
        Some(false) => return UTF_16BE.decode_without_bom_handling(bytes).0,
        None => {}
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
    }
}

/// `Some(true)` for UTF-16 LE, `Some(false)` for BE: most of the bytes on one side are NUL (as
/// Latin text in UTF-16 is), none on the other.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_at = |odd: usize| head.chunks(2).filter(|p| p[odd] == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 10 >= pairs * 7 && even == 0 {
        Some(true)
    } else if even * 10 >= pairs * 7 && odd == 0 {
        Some(false)
    } else {
        None
    }
}

/// Whether the start of a file reads as text (any of the encodings above), not as a binary format.
pub(super) fn looks_like_text(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE")
        || head.starts_with(b"\xFE\xFF")
        || utf16_without_bom(head).is_some()
        || !head.contains(&0)
}

/// Excel's hint line `sep=;`: the delimiter and the text after that line (which is not a row).
fn excel_separator_line(text: &str) -> Option<(u8, &str)> {
    let rest = text
        .strip_prefix("sep=")
        .or_else(|| text.strip_prefix("SEP="))?;
    let delimiter = *rest.as_bytes().first()?;
    let after = &rest[1..];
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .or_else(|| after.strip_prefix('\r'))?;
    DELIMITERS
        .contains(&delimiter)
        .then_some((delimiter, after))
}

/// The delimiter that splits the first rows most consistently: the most rows with as many cells as
/// the header (which must have two or more), then the most cells. A comma when none splits.
fn detect_delimiter(text: &str) -> u8 {
    let mut best = (0, 0, b',');
    for delimiter in DELIMITERS {
        let mut parser = Parser::new(text, delimiter);
        let mut widths = Vec::new();
        while widths.len() < SAMPLE_ROWS {
            match parser.next_record() {
                Ok(Some((_, cells))) if cells.iter().any(|c| !c.trim().is_empty()) => {
                    widths.push(cells.len())
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => break,
            }
        }
        let Some(&header) = widths.first() else {
            continue;
        };
        let consistent = widths.iter().filter(|&&w| w == header).count();
        if header >= 2 && (consistent, header) > (best.0, best.1) {
            best = (consistent, header, delimiter);
        }
    }
    best.2
}

/// Reads one record at a time; the row number counts records, empty ones included.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    delimiter: u8,
    number: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, delimiter: u8) -> Parser<'a> {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            delimiter,
            number: 0,
        }
    }

    fn next_record(&mut self) -> Result<Option<(usize, Vec<String>)>, DataError> {
        if self.pos >= self.bytes.len() {
            return Ok(None);
        }
        self.number += 1;
        let mut cells = Vec::new();
        loop {
            let cell = self.cell()?;
            if cells.len() == MAX_COLUMNS {
                return Err(DataError::TooManyColumns { limit: MAX_COLUMNS });
            }
            cells.push(cell);
            match self.bytes.get(self.pos) {
                Some(&b) if b == self.delimiter => self.pos += 1,
                Some(b'\r') => {
                    self.pos += 1;
                    if self.bytes.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    break;
                }
                Some(_) => {
                    self.pos += 1; // '\n'
                    break;
                }
                None => break,
            }
        }
        Ok(Some((self.number, cells)))
    }

    /// The end of the unquoted text from `from`: the next delimiter or line end, or the end.
    fn unquoted_end(&self, from: usize) -> usize {
        self.bytes[from..]
            .iter()
            .position(|&b| b == self.delimiter || b == b'\r' || b == b'\n')
            .map_or(self.bytes.len(), |i| from + i)
    }

    fn cell(&mut self) -> Result<String, DataError> {
        if self.bytes.get(self.pos) == Some(&b'"') {
            return self.quoted();
        }
        let (start, end) = (self.pos, self.unquoted_end(self.pos));
        self.pos = end;
        self.bounded(self.text[start..end].to_owned())
    }

    /// A quoted cell: `""` is a quote; delimiters and line breaks are text. Text after the closing
    /// quote is kept, and a quote never closed runs to the end (as spreadsheet programs read them).
    fn quoted(&mut self) -> Result<String, DataError> {
        let mut value = String::new();
        self.pos += 1;
        loop {
            let Some(i) = self.bytes[self.pos..].iter().position(|&b| b == b'"') else {
                value.push_str(&self.text[self.pos..]);
                self.pos = self.bytes.len();
                break;
            };
            value.push_str(&self.text[self.pos..self.pos + i]);
            self.pos += i + 1;
            if self.bytes.get(self.pos) != Some(&b'"') {
                break;
            }
            value.push('"');
            self.pos += 1;
        }
        let end = self.unquoted_end(self.pos);
        value.push_str(&self.text[self.pos..end]);
        self.pos = end;
        self.bounded(value)
    }

    fn bounded(&self, value: String) -> Result<String, DataError> {
        if value.len() > MAX_CELL_CHARS && value.chars().count() > MAX_CELL_CHARS {
            return Err(DataError::CellTooLong {
                row: self.number,
                limit: MAX_CELL_CHARS,
            });
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (row number, cells) of each non-empty row.
    fn rows(bytes: &[u8]) -> Vec<(usize, Vec<String>)> {
        records(bytes).unwrap()
    }

    fn cells(row: &[&str]) -> Vec<String> {
        row.iter().map(|c| c.to_string()).collect()
    }

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if little_endian {
                [0xFF, 0xFE]
            } else {
                [0xFE, 0xFF]
            });
        }
        for unit in text.encode_utf16() {
            out.extend(if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        for prefix in [&b""[..], b"\xEF\xBB\xBF"] {
            let mut bytes = prefix.to_vec();
            bytes.extend("Name,Email\nZoë,zoe@example.org\n".as_bytes());
            let r = rows(&bytes);
            assert_eq!(r[0].1, cells(&["Name", "Email"]), "BOM stripped");
            assert_eq!(r[1], (2, cells(&["Zoë", "zoe@example.org"])));
        }
    }

    #[test]
    fn excel_unicode_text_is_utf16_with_tabs() {
        let text = "Name\tEmail\tNote\r\nJosé\tjose@example.org\t\"a, b; c\"\r\n";
        for little_endian in [true, false] {
            for bom in [true, false] {
                let r = rows(&utf16(text, little_endian, bom));
                assert_eq!(r.len(), 2, "LE {little_endian} BOM {bom}");
                assert_eq!(r[1].1, cells(&["José", "jose@example.org", "a, b; c"]));
            }
        }
        assert!(looks_like_text(&utf16(text, true, false)));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Müller;müller@example.de;5 €" as Excel on Windows saves "CSV (semicolon)".
        let bytes = b"Name;Email;Fee\r\nM\xFCller;mueller@example.de;5 \x80\r\n";
        let r = rows(bytes);
        assert_eq!(r[1].1, cells(&["Müller", "mueller@example.de", "5 €"]));
    }

    #[test]
    fn delimiters_are_found_by_consistency() {
        let r = rows(b"Name;Email\nSmith, John;john@example.org\nDoe, Jane;jane@example.org\n");
        assert_eq!(r[1].1, cells(&["Smith, John", "john@example.org"]));
        let r = rows(b"Name|Email|City\nAnn|ann@example.org|Lyon\n");
        assert_eq!(r[1].1, cells(&["Ann", "ann@example.org", "Lyon"]));
        let r = rows(b"Name\tEmail\nO'Brien, Pat\tpat@example.org\n");
        assert_eq!(r[1].1, cells(&["O'Brien, Pat", "pat@example.org"]));
        // The first line splits into more cells by commas; the rows below decide.
        let r = rows(
            b"Name,Team,Notes;Email\nAnn;ann@example.org\nBob, Jr;bob@example.org\nCy;a,b,c\n",
        );
        assert_eq!(r[0].1, cells(&["Name,Team,Notes", "Email"]));
        assert_eq!(r[2].1, cells(&["Bob, Jr", "bob@example.org"]));
        // One column: nothing splits.
        let r = rows(b"Email\nann@example.org\n");
        assert_eq!(r[1].1, cells(&["ann@example.org"]));
    }

    #[test]
    fn quoted_cells_and_row_numbers() {
        let bytes = b"Name,Note,Email\r\n\
            \"Doe, Jane\",\"She said \"\"hi\"\"\",jane@example.org\r\n\
            \r\n\
            Bob,\"line one\r\nline two\nline three\",bob@example.org\r\n\
            ,,\r\n\
            Eve,\"x\"tra,eve@example.org";
        let r = rows(bytes);
        assert_eq!(r.len(), 4);
        assert_eq!(
            r[1],
            (
                2,
                cells(&["Doe, Jane", "She said \"hi\"", "jane@example.org"])
            )
        );
        assert_eq!(r[2].0, 4, "the empty row 3 counts");
        assert_eq!(r[2].1[1], "line one\r\nline two\nline three");
        assert_eq!(r[3].0, 6, "a quoted cell over three lines is one row");
        assert_eq!(r[3].1, cells(&["Eve", "xtra", "eve@example.org"]));
    }

    #[test]
    fn old_mac_line_ends_and_excel_sep_line() {
        let r = rows(b"Name,Email\rAnn,ann@example.org\r");
        assert_eq!(r[1], (2, cells(&["Ann", "ann@example.org"])));
        let r = rows(b"sep=;\r\nName;Email\r\nAnn, B;ann@example.org\r\n");
        assert_eq!(r[0], (1, cells(&["Name", "Email"])));
        assert_eq!(r[1].1, cells(&["Ann, B", "ann@example.org"]));
    }

    #[test]
    fn limits_hold_while_parsing() {
        let mut open_quote = b"Name,Note\nAnn,\"never closed\n".to_vec();
        open_quote.extend(std::iter::repeat_n(b'x', MAX_CELL_CHARS));
        assert_eq!(
            records(&open_quote),
            Err(DataError::CellTooLong {
                row: 2,
                limit: MAX_CELL_CHARS
            })
        );
        let wide = vec![b','; MAX_COLUMNS + 1];
        assert_eq!(
            records(&wide),
            Err(DataError::TooManyColumns { limit: MAX_COLUMNS })
        );
        let mut long = b"Name\n".to_vec();
        long.extend(b"x\n".repeat(MAX_ROWS + 1));
        assert_eq!(
            records(&long),
            Err(DataError::TooManyRows { limit: MAX_ROWS })
        );
        // Empty lines are counted, never kept.
        let mut sparse = b"Name\n".to_vec();
        sparse.extend(b"\n".repeat(MAX_ROWS + 10));
        sparse.extend(b"last\n");
        assert_eq!(rows(&sparse)[1].0, MAX_ROWS + 12);
    }

    #[test]
    fn binary_files_are_not_text() {
        assert!(!looks_like_text(b"\xD0\xCF\x11\xE0\0\0\x01\0\0\0\x02\0"));
        assert_eq!(records(b"a,b\0c\n").unwrap_err().code(), "unreadable");
    }
}
