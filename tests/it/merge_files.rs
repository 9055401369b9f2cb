//! The mail merge reads spreadsheets as real programs write them: LibreOffice, headless
//! (tests/support/libreoffice.rs), writes XLSX, ODS, and CSV in each delimiter and encoding from a
//! list typed as a flat OpenDocument file, and `outpost merge --dry-run --json` reads back each
//! value as the person saw it; "Send a test to myself" delivers a cell's line break as written.

use std::path::{Path, PathBuf};

use crate::support::{app, libreoffice, peers};

use super::merge::{outbox, run};
use mail_parser::MessageParser;
use peers::{Mode, PeerOptions, SmtpPeer, TestHome};

/// One cell of a flat OpenDocument spreadsheet.
enum Cell<'a> {
    Text(&'a str),
    /// Paragraphs: line breaks inside the cell.
    Lines(&'a [&'a str]),
    Number(f64),
    /// `2024-03-05`, shown as such.
    Date(&'a str),
    /// `2024-03-05T10:30:00`, shown as `2024-03-05 10:30`.
    Stamp(&'a str),
    Empty,
}

/// Text as XML. A tab stays a tab character: LibreOffice keeps it in a cell, and drops
/// `<text:tab/>` there.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fods_cell(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Text(t) => format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
            xml_text(t)
        ),
        Cell::Lines(lines) => {
            let paragraphs: String = lines
                .iter()
                .map(|l| format!("<text:p>{}</text:p>", xml_text(l)))
                .collect();
            format!(
                "<table:table-cell office:value-type=\"string\">{paragraphs}</table:table-cell>"
            )
        }
        Cell::Number(n) => format!(
            "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
        ),
        Cell::Date(d) => format!(
            "<table:table-cell table:style-name=\"date\" office:value-type=\"date\" office:date-value=\"{d}\"><text:p>{d}</text:p></table:table-cell>"
        ),
        Cell::Stamp(d) => format!(
            "<table:table-cell table:style-name=\"stamp\" office:value-type=\"date\" office:date-value=\"{d}\"><text:p>{d}</text:p></table:table-cell>"
        ),
        Cell::Empty => "<table:table-cell/>".to_owned(),
    }
}

/// A spreadsheet as a person typed it (a flat OpenDocument file, which LibreOffice opens like any
/// other): sheets of rows of cells, dates shown as ISO dates.
fn fods(sheets: &[(&str, &[&[Cell<'_>]])]) -> String {
    let mut tables = String::new();
    for (name, rows) in sheets {
        tables += &format!("<table:table table:name=\"{}\">", xml_text(name));
        for row in *rows {
            let cells: String = row.iter().map(fods_cell).collect();
            tables += &format!("<table:table-row>{cells}</table:table-row>");
        }
        tables += "</table:table>";
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="day"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="minute"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="day"/>
 <style:style style:name="stamp" style:family="table-cell" style:data-style-name="minute"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>
</office:document>
"#
    )
}

/// Zoë's note: a cell with quotes, a comma, the other delimiters and a line break. (No tab: in a
/// cell of several lines LibreOffice drops a tab when it writes ODS; the greeting has one.)
const ZOE_NOTE: [&str; 2] = ["Says \"hi\", then", "leaves; | ok"];

/// The members list: names beyond ASCII (and within Windows-1252), a whole number, a fraction, a
/// date, a date and time, a cell with quotes, delimiters and a tab, a cell with a line break, an
/// empty row; then a second sheet, "Staff".
fn members() -> String {
    use Cell::*;
    let members: &[&[Cell<'_>]] = &[
        &[
            Text("Name"),
            Text("Email"),
            Text("Count"),
            Text("Fee"),
            Text("Joined"),
            Text("Seen"),
            Text("Greeting"),
            Text("Note"),
        ],
        &[
            Text("Zoë Müller"),
            Text("zoe@example.org"),
            Number(42.0),
            Number(1234.5),
            Date("2024-03-05"),
            Stamp("2024-03-05T10:30:00"),
            Text("Hi, \"friend\"; you|me\ttoo"),
            Lines(&ZOE_NOTE),
        ],
        &[Empty],
        &[
            Text("Søren Ødegård"),
            Text("soren@example.org"),
            Number(7.0),
            Number(0.25),
            Date("2023-12-31"),
            Stamp("2023-12-31T23:59:00"),
            Text("Café – 5 € ‘ok’"),
            Text("Bye"),
        ],
    ];
    let staff: &[&[Cell<'_>]] = &[
        &[Text("Name"), Text("E-mail")],
        &[Text("Eve Ångström"), Text("eve@example.org")],
    ];
    fods(&[("Members", members), ("Staff", staff)])
}

const SUBJECT: &str = "{{Name}} / {{Count}} / {{Fee}} / {{Joined}} / {{Seen}} / {{Greeting}}";

/// What `--dry-run --json` shows for the members list, read from any of its files: each value as
/// the person saw it in the spreadsheet, the rows numbered as it numbers them (the line break in
/// Zoë's note does not start a row; the empty row 3 counts).
fn assert_members(doc: &serde_json::Value, file: &str) {
    assert_eq!(doc["rows"], 2, "{file}: {doc}");
    assert_eq!(doc["ready"], 2, "{file}: {doc}");
    assert_eq!(doc["skipped"], serde_json::json!([]), "{file}: {doc}");
    let messages: Vec<(u64, &str, &str)> = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["row"].as_u64().unwrap(),
                m["to"].as_str().unwrap(),
                m["subject"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        messages,
        [
            (
                2,
                "Zoë Müller <zoe@example.org>",
                "Zoë Müller / 42 / 1234.5 / 2024-03-05 / 2024-03-05 10:30 / Hi, \"friend\"; you|me\ttoo"
            ),
            (
                4,
                "Søren Ødegård <soren@example.org>",
                "Søren Ødegård / 7 / 0.25 / 2023-12-31 / 2023-12-31 23:59 / Café – 5 € ‘ok’"
            ),
        ],
        "{file}"
    );
}

/// A dry run of the members list in `file` (`sheet`: `--sheet`).
fn dry_run(home: &TestHome, file: &Path, sheet: Option<&str>) -> serde_json::Value {
    let data = file.to_str().unwrap();
    let mut args = vec![
        "--data",
        data,
        "--to",
        "{{Name}} <{{Email}}>",
        "--subject",
        SUBJECT,
        "--body",
        "{{Note}}",
        "--dry-run",
    ];
    if let Some(sheet) = sheet {
        args = vec!["--data", data, "--sheet", sheet, "--subject", "Hi {{Name}}"];
        args.extend(["--body", "x", "--dry-run"]);
    }
    let (code, doc) = run(home, &args);
    assert_eq!(code, 0, "{}: {doc}", file.display());
    doc
}

/// "Send a test to myself" with the members list in `file`: Zoë's message, delivered to
/// me@example.net; returns its text body with the line ends as LF.
fn test_message_body(home: &TestHome, peer: &SmtpPeer, file: &Path) -> String {
    let before = peer.count();
    let (code, doc) = run(
        home,
        &[
            "--data",
            file.to_str().unwrap(),
            "--to",
            "{{Name}} <{{Email}}>",
            "--subject",
            SUBJECT,
            "--body",
            "{{Note}}",
            "--test-to",
            "me@example.net",
        ],
    );
    assert_eq!(code, 0, "{}: {doc}", file.display());
    let delivered = peer.wait_messages(before + 1);
    let last = delivered.last().unwrap();
    assert_eq!(last.rcpt_tos, ["me@example.net"]);
    let message = MessageParser::default().parse(&last.raw).unwrap();
    assert!(
        message.subject().unwrap().starts_with("Zoë Müller / 42"),
        "{:?}",
        message.subject()
    );
    let text = message.body_text(0).unwrap().replace("\r\n", "\n");
    text.trim_end().to_owned()
}

/// XLSX and ODS as LibreOffice writes them, read back through `outpost merge --dry-run --json`:
/// the first sheet (names beyond ASCII, numbers and dates as the person saw them, the empty row
/// counted), the sheet named with `--sheet` (in any case; its address column found by its
/// "E-mail" header), and Zoë's two-line note delivered as she wrote it.
#[test]
fn xlsx_and_ods_written_by_libreoffice_read_as_people_see_them() {
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let source = home.dir.path().join("members.fods");
    std::fs::write(&source, members()).unwrap();
    let out = home.dir.path().join("lo");
    let written = libreoffice::convert(&[
        libreoffice::Batch {
            to: "xlsx".into(),
            inputs: vec![&source],
            out_dir: out.clone(),
        },
        libreoffice::Batch {
            to: "ods".into(),
            inputs: vec![&source],
            out_dir: out.clone(),
        },
    ]);
    for file in written.iter().flatten() {
        let name = file.display().to_string();
        assert_members(&dry_run(&home, file, None), &name);
        let staff = dry_run(&home, file, Some("staff"));
        assert_eq!(staff["ready"], 1, "{name}: {staff}");
        assert_eq!(staff["messages"][0]["row"], 2, "{name}: {staff}");
        assert_eq!(
            staff["messages"][0]["to"], "eve@example.org",
            "{name}: {staff}"
        );
        assert_eq!(staff["messages"][0]["subject"], "Hi Eve Ångström", "{name}");
        let (code, doc) = run(
            &home,
            &[
                "--data",
                &name,
                "--sheet",
                "Volunteers",
                "--subject",
                "x",
                "--body",
                "x",
                "--dry-run",
            ],
        );
        assert_eq!(code, 2, "{name}: {doc}");
        assert_eq!(doc["error"]["code"], "unknown_sheet", "{name}");
        let body = test_message_body(&home, &peer, file);
        assert_eq!(body, ZOE_NOTE.join("\n"), "{name}");
    }
    assert!(outbox(&home).is_empty());
}

/// One CSV file as LibreOffice writes it, with what the test does to it afterwards.
struct CsvFile {
    name: &'static str,
    separator: char,
    charset: u32,
    quote_all: bool,
    /// A UTF-8 byte-order mark (Excel's "CSV UTF-8"): LibreOffice's own from 7.6 on; added
    /// here for an older one.
    bom: bool,
    /// Record ends as CRLF, as on Windows (LibreOffice here writes LF).
    crlf: bool,
}

/// CSV as LibreOffice writes it, in each delimiter and encoding the merge reads — `,` UTF-8;
/// `;` UTF-8 with a byte-order mark, every text quoted, CRLF; tab UTF-16 ("Unicode", Excel's
/// "Unicode Text"), CRLF; `|` Windows-1252 — read back through `outpost merge --dry-run --json`
/// with the same values, row numbers and quoted cells (quotes, delimiters, a line break) each
/// time, and Zoë's note delivered with its line break.
#[test]
fn csv_written_by_libreoffice_in_every_delimiter_and_encoding() {
    use libreoffice::{UTF8, UTF16, WINDOWS_1252};
    let files = [
        CsvFile {
            name: "comma",
            separator: ',',
            charset: UTF8,
            quote_all: false,
            bom: false,
            crlf: false,
        },
        CsvFile {
            name: "semicolon",
            separator: ';',
            charset: UTF8,
            quote_all: true,
            bom: true,
            crlf: true,
        },
        CsvFile {
            name: "unicode",
            separator: '\t',
            charset: UTF16,
            quote_all: false,
            bom: false,
            crlf: true,
        },
        CsvFile {
            name: "pipe",
            separator: '|',
            charset: WINDOWS_1252,
            quote_all: false,
            bom: false,
            crlf: false,
        },
    ];
    let peer = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = app::home_with_account(peer.port());
    let sources: Vec<PathBuf> = files
        .iter()
        .map(|f| {
            let path = home.dir.path().join(format!("{}.fods", f.name));
            std::fs::write(&path, members()).unwrap();
            path
        })
        .collect();
    let out = home.dir.path().join("lo");
    let batches: Vec<libreoffice::Batch<'_>> = files
        .iter()
        .zip(&sources)
        .map(|(f, source)| libreoffice::Batch {
            to: libreoffice::csv(f.separator, f.charset, f.quote_all, f.bom),
            inputs: vec![source.as_path()],
            out_dir: out.clone(),
        })
        .collect();
    let written = libreoffice::convert(&batches);
    for (f, lo) in files.iter().zip(written.iter().flatten()) {
        let mut bytes = std::fs::read(lo).unwrap();
        // What LibreOffice wrote is what was asked for.
        let separator = f.separator.to_string();
        match f.charset {
            UTF16 => {
                assert!(
                    bytes.starts_with(b"\xFF\xFE"),
                    "{}: UTF-16 LE with its BOM",
                    f.name
                );
                let header: Vec<u8> = "Name\tEmail\t"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect();
                assert!(bytes[2..].starts_with(&header), "{}", f.name);
                bytes = libreoffice::crlf_records_utf16le(&bytes);
            }
            _ => {
                let utf8 = std::str::from_utf8(&bytes);
                if f.charset == WINDOWS_1252 {
                    assert!(utf8.is_err(), "{}: not UTF-8", f.name);
                    assert!(
                        bytes.windows(3).any(|w| w == b"\x80 \x91"),
                        "{}: € ‘",
                        f.name
                    );
                } else {
                    assert!(utf8.unwrap().contains("Zoë Müller"), "{}", f.name);
                }
                let header = if f.quote_all {
                    format!("\"Name\"{separator}\"Email\"{separator}")
                } else {
                    format!("Name{separator}Email{separator}")
                };
                let bom = bytes.starts_with(b"\xEF\xBB\xBF");
                let text = &bytes[if bom { 3 } else { 0 }..];
                assert!(text.starts_with(header.as_bytes()), "{}", f.name);
                if f.bom && !bom {
                    eprintln!("{}: this LibreOffice writes no BOM; added", f.name);
                    bytes.splice(0..0, *b"\xEF\xBB\xBF");
                }
                if f.crlf {
                    bytes = libreoffice::crlf_records(&bytes);
                }
            }
        }
        let extension = if f.charset == UTF16 { "txt" } else { "csv" };
        let file = home.dir.path().join(format!("{}.{extension}", f.name));
        std::fs::write(&file, &bytes).unwrap();
        assert_members(&dry_run(&home, &file, None), f.name);
        let body = test_message_body(&home, &peer, &file);
        assert_eq!(body, ZOE_NOTE.join("\n"), "{}", f.name);
    }
    assert!(outbox(&home).is_empty());
}
