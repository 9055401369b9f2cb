//! XLSX and ODS through calamine, bounded: the archive's declared unpacked sizes are checked before
//! calamine opens it (the ZIP reader then stops at the declared size), and XLSX cells are streamed so
//! that a stray cell far out never makes a dense grid. Cell values read as a person sees them:
//! `42` not `42.0`, dates as ISO dates.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, ExcelDateTime, Ods, Reader, Xlsx, open_workbook_from_rs};

use super::{
    DataError, Format, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES, Records,
};

const ODS_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// Whether a ZIP archive is an XLSX or an ODS file (by its parts), if either.
pub(super) fn zip_format(bytes: &[u8]) -> Option<Format> {
    let entries = zip_entries(bytes)?;
    if entries.iter().any(|(name, _)| name == "xl/workbook.xml") {
        Some(Format::Xlsx)
    } else if entries.iter().any(|(name, _)| name == "content.xml")
        && bytes[..bytes.len().min(200)]
            .windows(ODS_MIMETYPE.len())
            .any(|w| w == ODS_MIMETYPE)
    {
        Some(Format::Ods)
    } else {
        None
    }
}

/// The names and declared unpacked sizes of a ZIP archive's parts, from its central directory.
/// `None` when it is not a ZIP archive this reader understands.
fn zip_entries(bytes: &[u8]) -> Option<Vec<(String, u64)>> {
    let u16_at = |at: usize| -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
    };
    let u32_at = |at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    // The end-of-central-directory record, within the last 64 KB (its comment's room).
    let lowest = bytes.len().saturating_sub(22 + 65_535);
    let end = (lowest..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&at| bytes[at..].starts_with(b"PK\x05\x06"))?;
    let count = usize::from(u16_at(end + 10)?);
    let mut at = usize::try_from(u32_at(end + 16)?).ok()?;
    let mut entries = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        let size = u64::from(u32_at(at + 24)?);
        let name_len = usize::from(u16_at(at + 28)?);
        let extra_len = usize::from(u16_at(at + 30)?);
        let comment_len = usize::from(u16_at(at + 32)?);
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        entries.push((String::from_utf8_lossy(name).into_owned(), size));
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(entries)
}

/// Refuses an archive whose parts unpack to more than [`MAX_UNPACKED_BYTES`] (a ZIP64 size, which
/// a spreadsheet under the file limit never needs, reads as `u32::MAX` and is refused too).
fn check_unpacked_size(bytes: &[u8]) -> Result<(), DataError> {
    let entries = zip_entries(bytes).ok_or_else(super::damaged)?;
    let size: u64 = entries.iter().map(|(_, size)| size).sum();
    if size > MAX_UNPACKED_BYTES {
        return Err(DataError::TooLargeUnpacked {
            size,
            limit: MAX_UNPACKED_BYTES,
        });
    }
    Ok(())
}

/// The sheet names of an XLSX or ODS file.
pub(super) fn names(bytes: &[u8], format: Format) -> Result<Vec<String>, DataError> {
    check_unpacked_size(bytes)?;
    let cursor = Cursor::new(bytes);
    Ok(match format {
        Format::Ods => open_workbook_from_rs::<Ods<_>, _>(cursor)
            .map_err(|_| super::damaged())?
            .sheet_names(),
        _ => open_workbook_from_rs::<Xlsx<_>, _>(cursor)
            .map_err(|_| super::damaged())?
            .sheet_names(),
    })
}

/// The sheet to read: `wanted` (matched without regard to case), else the first.
fn pick(sheets: Vec<String>, wanted: Option<&str>) -> Result<String, DataError> {
    if sheets.is_empty() {
        return Err(DataError::NoHeader);
    }
    let found = match wanted {
        Some(name) => sheets
            .iter()
            .find(|s| s.trim().to_lowercase() == name.trim().to_lowercase()),
        None => sheets.first(),
    };
    match found {
        Some(sheet) => Ok(sheet.clone()),
        None => Err(DataError::UnknownSheet {
            name: wanted.unwrap_or_default().to_owned(),
            sheets,
        }),
    }
}

/// The non-empty rows of a sheet, with their row numbers.
pub(super) fn records(
    bytes: &[u8],
    format: Format,
    sheet: Option<&str>,
) -> Result<Records, DataError> {
    check_unpacked_size(bytes)?;
    let mut grid = Grid::default();
    let cursor = Cursor::new(bytes);
    if format == Format::Ods {
        let mut book = open_workbook_from_rs::<Ods<_>, _>(cursor).map_err(|_| super::damaged())?;
        let name = pick(book.sheet_names(), sheet)?;
        let range = book.worksheet_range(&name).map_err(|_| super::damaged())?;
        let (top, left) = range.start().unwrap_or((0, 0));
        for (row, column, value) in range.used_cells() {
            let text = data_text(value);
            grid.put(top as usize + row, left as usize + column, text)?;
        }
    } else {
        let mut book = open_workbook_from_rs::<Xlsx<_>, _>(cursor).map_err(|_| super::damaged())?;
        let name = pick(book.sheet_names(), sheet)?;
        let mut cells = book
            .worksheet_cells_reader(&name)
            .map_err(|_| super::damaged())?;
        while let Some(cell) = cells.next_cell().map_err(|_| super::damaged())? {
            let (row, column) = cell.get_position();
            grid.put(
                row as usize,
                column as usize,
                data_ref_text(cell.get_value()),
            )?;
        }
    }
    Ok(grid.into_records())
}

/// Non-empty cells by row, within the limits.
#[derive(Default)]
struct Grid {
    rows: BTreeMap<usize, Vec<(usize, String)>>,
}

impl Grid {
    fn put(&mut self, row: usize, column: usize, text: String) -> Result<(), DataError> {
        if text.trim().is_empty() {
            return Ok(());
        }
        if column >= MAX_COLUMNS {
            return Err(DataError::TooManyColumns { limit: MAX_COLUMNS });
        }
        if text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS {
            return Err(DataError::CellTooLong {
                row: row + 1,
                limit: MAX_CELL_CHARS,
            });
        }
        // The header and MAX_ROWS rows.
        if !self.rows.contains_key(&row) && self.rows.len() > MAX_ROWS {
            return Err(DataError::TooManyRows { limit: MAX_ROWS });
        }
        self.rows.entry(row).or_default().push((column, text));
        Ok(())
    }

    fn into_records(self) -> Records {
        self.rows
            .into_iter()
            .map(|(row, cells)| {
                let width = cells.iter().map(|(c, _)| c + 1).max().unwrap_or(0);
                let mut dense = vec![String::new(); width];
                for (column, text) in cells {
                    dense[column] = text;
                }
                (row + 1, dense)
            })
            .collect()
    }
}

fn data_text(value: &Data) -> String {
    match value {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) => s.clone(),
        Data::Bool(b) => bool_text(*b),
        Data::DateTime(d) => date_text(d),
        Data::DateTimeIso(s) => iso_date_text(s),
        Data::DurationIso(s) => iso_duration_text(s),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

fn data_ref_text(value: &DataRef) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => bool_text(*b),
        DataRef::DateTime(d) => date_text(d),
        DataRef::DateTimeIso(s) => iso_date_text(s),
        DataRef::DurationIso(s) => iso_duration_text(s),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

fn bool_text(value: bool) -> String {
    if value { "TRUE" } else { "FALSE" }.to_owned()
}

/// A number as a spreadsheet shows it by default: whole numbers without a decimal point, others to
/// 15 significant digits (so that 0.1 + 0.2 reads 0.3).
pub(super) fn number_text(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let magnitude = value.abs().log10().floor() as i32;
    if !(-5..15).contains(&magnitude) {
        return format!("{value}");
    }
    let decimals = (14 - magnitude).max(0) as usize;
    let text = format!("{value:.decimals$}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A date as an ISO date, a time as `HH:MM`, both as `YYYY-MM-DD HH:MM`; seconds when not zero.
fn date_text(value: &ExcelDateTime) -> String {
    if value.is_duration() {
        let seconds = (value.as_f64() * 86_400.0).round() as i64;
        return clock_text(seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    let (year, month, day, hour, minute, second, _) = value.to_ymd_hms_milli();
    let date = format!("{year:04}-{month:02}-{day:02}");
    let time = clock_text(i64::from(hour), i64::from(minute), i64::from(second));
    if value.as_f64() < 1.0 {
        time
    } else if (hour, minute, second) == (0, 0, 0) {
        date
    } else {
        format!("{date} {time}") // not translated: an ISO 8601 date and time
    }
}

fn clock_text(hours: i64, minutes: i64, seconds: i64) -> String {
    if seconds == 0 {
        format!("{hours:02}:{minutes:02}")
    } else {
        format!("{hours:02}:{minutes:02}:{seconds:02}")
    }
}

/// ODS dates: `2024-03-05` stays, `2024-03-05T10:30:00` reads `2024-03-05 10:30`.
fn iso_date_text(value: &str) -> String {
    let value = value.replacen('T', " ", 1);
    let value = value.split('.').next().unwrap_or_default();
    value.strip_suffix(":00").unwrap_or(value).to_owned()
}

/// ODS times: `PT10H30M00S` reads `10:30`; anything else as it is.
fn iso_duration_text(value: &str) -> String {
    let parse = || -> Option<String> {
        let rest = value.strip_prefix("PT")?;
        let (hours, rest) = rest.split_once('H')?;
        let (minutes, rest) = rest.split_once('M')?;
        let seconds = rest.strip_suffix('S')?.split('.').next()?;
        Some(clock_text(
            hours.parse().ok()?,
            minutes.parse().ok()?,
            seconds.parse().ok()?,
        ))
    };
    parse().unwrap_or_else(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Written by LibreOffice from testdata/members.fods (testdata/generate.sh writes them again):
    // sheet "Members" with a number, 0.1 + 0.2 (typed as 0.30000000000000004), a date, a date and
    // time and a truth value in row 2, row 3 empty and row 4 with only its B cell; then sheet
    // "Staff".
    const XLSX: &[u8] = include_bytes!("testdata/members.xlsx");
    const ODS: &[u8] = include_bytes!("testdata/members.ods");

    fn row(number: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (number, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn values_read_as_people_see_them() {
        for (bytes, format) in [(XLSX, Format::Xlsx), (ODS, Format::Ods)] {
            assert_eq!(zip_format(bytes), Some(format));
            let records = records(bytes, format, None).unwrap();
            assert_eq!(records[0].0, 1, "{format:?}");
            assert_eq!(records[0].1[..3], ["Name", "Email", "Count"], "{format:?}");
            assert_eq!(
                records[1],
                row(
                    2,
                    &[
                        "Zoë",
                        "zoe@example.org",
                        "42",
                        "0.3",
                        "2024-03-05",
                        "2024-03-05 10:30",
                        "TRUE"
                    ]
                ),
                "{format:?}"
            );
            assert_eq!(records[2], row(4, &["", "bob@example.org"]), "{format:?}");
            assert_eq!(records.len(), 3, "{format:?}");
        }
    }

    #[test]
    fn sheets_are_chosen_by_name() {
        for (bytes, format) in [(XLSX, Format::Xlsx), (ODS, Format::Ods)] {
            assert_eq!(names(bytes, format).unwrap(), ["Members", "Staff"]);
            let staff = records(bytes, format, Some(" staff ")).unwrap();
            assert_eq!(staff[1].1, ["eve@example.org"], "{format:?}");
            let e = records(bytes, format, Some("Volunteers")).unwrap_err();
            assert_eq!(
                e,
                DataError::UnknownSheet {
                    name: "Volunteers".into(),
                    sheets: vec!["Members".into(), "Staff".into()]
                }
            );
            assert_eq!(e.code(), "unknown_sheet");
            assert!(e.message().contains("“Staff”"), "{}", e.message());
        }
    }

    #[test]
    fn a_whole_table_from_xlsx_and_ods() {
        for (bytes, format) in [(XLSX, Format::Xlsx), (ODS, Format::Ods)] {
            let table = super::super::parse(bytes, format, None).unwrap();
            assert_eq!(table.headers.len(), 7, "{format:?}");
            assert_eq!(table.rows[1].number, 4, "{format:?}");
            assert_eq!(table.rows[1].cells[1], "bob@example.org", "{format:?}");
            assert_eq!(table.rows[1].cells[0], "", "{format:?}");
        }
    }

    #[test]
    fn archives_that_unpack_too_far_are_refused() {
        let mut bytes = XLSX.to_vec();
        // Raise the declared unpacked size of the first part in the central directory.
        let end = bytes.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
        let directory = u32::from_le_bytes(bytes[end + 16..end + 20].try_into().unwrap()) as usize;
        bytes[directory + 24..directory + 28].copy_from_slice(&u32::MAX.to_le_bytes());
        let e = records(&bytes, Format::Xlsx, None).unwrap_err();
        assert_eq!(e.code(), "too_big");
        assert!(matches!(e, DataError::TooLargeUnpacked { .. }));
        let e = records(b"PK\x03\x04 not really", Format::Xlsx, None).unwrap_err();
        assert_eq!(e.code(), "unreadable");
    }

    #[test]
    fn numbers_and_dates_as_text() {
        assert_eq!(number_text(42.0), "42");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(1234.5678), "1234.5678");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1e20), "100000000000000000000");
        assert_eq!(iso_date_text("2024-03-05"), "2024-03-05");
        assert_eq!(iso_date_text("2024-03-05T10:30:00"), "2024-03-05 10:30");
        assert_eq!(iso_duration_text("PT10H30M00S"), "10:30");
        assert_eq!(iso_duration_text("PT08H05M09S"), "08:05:09");
        assert_eq!(iso_duration_text("P1D"), "P1D");
        let t = ExcelDateTime::new(0.5, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(date_text(&t), "12:00");
        let d = ExcelDateTime::new(1.5, calamine::ExcelDateTimeType::TimeDelta, false);
        assert_eq!(date_text(&d), "36:00");
    }
}
