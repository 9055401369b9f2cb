//! LibreOffice, headless, as the real program that writes the spreadsheets of the mail-merge tests
//! (XLSX, ODS, and CSV in each delimiter and encoding its CSV filter offers).
//!
//! Each start of `soffice` costs a few seconds, so the files that need the same filter are
//! converted by one call ([`Batch`]), and the batches run side by side. Each call has its own
//! throwaway profile (`-env:UserInstallation`), so calls in parallel tests never wait on each
//! other's lock, and a deadline: a call that hangs is killed and fails the test. A missing
//! `soffice` fails the test with how to install it; nothing is skipped.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one call may take (starting LibreOffice is a few seconds on an idle machine; the
/// tests share theirs with a build).
const DEADLINE: Duration = Duration::from_secs(180);

/// The CSV filter's name, before its options.
pub const CSV: &str = "csv:Text - txt - csv (StarCalc)";

/// CSV filter character sets (token 3 of the options): LibreOffice's own numbers.
pub const UTF8: u32 = 76;
/// "Unicode": UTF-16, little-endian, with a byte-order mark.
pub const UTF16: u32 = 65535;
/// "Western Europe (Windows-1252/WinLatin 1)".
pub const WINDOWS_1252: u32 = 1;

/// The CSV filter with its options: field separator, text delimiter `"`, `charset`, every text
/// cell quoted or only those that need it (token 7), cells saved as shown (token 9), the first
/// sheet (token 12), and a byte-order mark (token 14, which LibreOffice understands from 7.6 on;
/// earlier ones write none).
pub fn csv(separator: char, charset: u32, quote_all: bool, bom: bool) -> String {
    format!(
        "{CSV}:{},34,{charset},1,,0,{quote_all},true,true,false,false,0,false,{bom}",
        separator as u32
    )
}

/// Files converted by one call of `soffice`: each input to `to` (`"xlsx"`, `"ods"` or a
/// [`csv`] filter), written to `out_dir` under the input's name with the new extension.
pub struct Batch<'a> {
    pub to: String,
    pub inputs: Vec<&'a Path>,
    pub out_dir: PathBuf,
}

/// The `soffice` to run, or a failed test saying how to get it.
pub fn soffice() -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("soffice"))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "soffice (LibreOffice) is not installed, and the mail-merge tests need it to write \
             their spreadsheets: run tests/run.sh as root, or: \
             apt-get install --no-install-recommends libreoffice-calc-nogui"
        )
    })
}

/// Runs the batches, all at once, and returns the files written, batch by batch, in the order of
/// their inputs.
pub fn convert(batches: &[Batch<'_>]) -> Vec<Vec<PathBuf>> {
    let soffice = soffice();
    let started = Instant::now();
    let running: Vec<_> = batches
        .iter()
        .map(|batch| {
            let profile = tempfile::tempdir().unwrap();
            std::fs::create_dir_all(&batch.out_dir).unwrap();
            let child = Command::new(&soffice)
                .arg(format!(
                    "-env:UserInstallation=file://{}",
                    profile.path().display()
                ))
                .args(["--headless", "--norestore", "--nolockcheck"])
                .arg("--convert-to")
                .arg(&batch.to)
                .arg("--outdir")
                .arg(&batch.out_dir)
                .args(&batch.inputs)
                // Numbers and dates "as shown" in a known language: `1234.5`, not `1234,5`.
                .env("LC_ALL", "C.UTF-8")
                .env("HOME", profile.path())
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("soffice starts");
            (child, profile)
        })
        .collect();
    let mut written = Vec::new();
    for ((child, _profile), batch) in running.into_iter().zip(batches) {
        let out = wait(child, started);
        let log = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "soffice failed: {log}");
        let extension = batch.to.split(':').next().unwrap();
        let files: Vec<PathBuf> = batch
            .inputs
            .iter()
            .map(|input| {
                let stem = input.file_stem().unwrap().to_string_lossy();
                let file = batch.out_dir.join(format!("{stem}.{extension}"));
                assert!(file.is_file(), "soffice wrote no {}: {log}", file.display());
                file
            })
            .collect();
        written.push(files);
    }
    eprintln!(
        "LibreOffice: {} conversion call(s) side by side in {:.1} s",
        batches.len(),
        started.elapsed().as_secs_f64()
    );
    written
}

/// Waits for one call until [`DEADLINE`] after `started`; past it, kills the call and fails.
fn wait(mut child: std::process::Child, started: Instant) -> std::process::Output {
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "soffice ran past {DEADLINE:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Line ends between records as CRLF, as programs on Windows write them (LibreOffice writes the
/// line end of the system it runs on: LF here). Line breaks inside a quoted cell stay as they
/// are. For the ASCII-compatible encodings (UTF-8, Windows-1252).
pub fn crlf_records(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    let mut quoted = false;
    for &b in bytes {
        if b == b'"' {
            quoted = !quoted;
        }
        if b == b'\n' && !quoted {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

/// [`crlf_records`] for UTF-16 LE text (with its byte-order mark kept).
pub fn crlf_records_utf16le(bytes: &[u8]) -> Vec<u8> {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|p| u16::from_le_bytes([p[0], p[1]]))
        .collect();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    let mut quoted = false;
    for u in units {
        if u == u16::from(b'"') {
            quoted = !quoted;
        }
        if u == u16::from(b'\n') && !quoted {
            out.extend_from_slice(&u16::from(b'\r').to_le_bytes());
        }
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}
