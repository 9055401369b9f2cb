//! Packaging: the desktop file and AppStream metainfo validate, the app id is the same
//! everywhere, the icons are where the packages expect them, and the Debian package built from the
//! debug binary holds the binary, desktop file, metainfo and icons.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The tool must be installed: a missing validator fails the test, it never skips it.
fn need(tool: &str, package: &str) {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{tool} is not installed: run tests/run.sh as root, or: apt-get install {package}"
    );
}

/// `APP_ID` as written in src/gui/mod.rs.
fn app_id() -> String {
    let source = read("src/gui/mod.rs");
    let line = source
        .lines()
        .find(|l| l.contains("const APP_ID: &str"))
        .expect("src/gui/mod.rs defines APP_ID");
    let id = line.split('"').nth(1).expect("APP_ID is a string literal");
    assert_eq!(id, "io.github.outpost_mail.Outpost");
    id.to_owned()
}

fn desktop_file() -> PathBuf {
    root().join(format!("packaging/linux/{}.desktop", app_id()))
}

fn metainfo_file() -> PathBuf {
    root().join(format!("packaging/linux/{}.metainfo.xml", app_id()))
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let data = fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    assert!(
        data.len() > 24 && data.starts_with(b"\x89PNG\r\n\x1a\n") && &data[12..16] == b"IHDR",
        "{} is not a PNG",
        path.display()
    );
    let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
    (be(&data[16..20]), be(&data[20..24]))
}

#[test]
fn desktop_file_validates() {
    need("desktop-file-validate", "desktop-file-utils");
    let out = Command::new("desktop-file-validate")
        .arg(desktop_file())
        .output()
        .expect("running desktop-file-validate");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "desktop-file-validate failed:\n{report}"
    );
    // Warnings and hints are printed but do not fail the tool; they fail this test.
    assert!(report.trim().is_empty(), "desktop-file-validate:\n{report}");
}

#[test]
fn metainfo_validates() {
    need("appstreamcli", "appstream");
    let out = Command::new("appstreamcli")
        .args(["validate", "--no-net", "--no-color"])
        .arg(metainfo_file())
        .output()
        .expect("running appstreamcli");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "appstreamcli validate failed:\n{report}"
    );
    // Infos (e.g. an older appstream not knowing <developer>) are fine; warnings are not.
    assert!(
        !report
            .lines()
            .any(|l| l.starts_with("W:") || l.starts_with("E:")),
        "appstreamcli validate:\n{report}"
    );
}

/// The metainfo's screenshots are the gallery's (`docs/screenshots/`, made by
/// `docs/screenshots/generate.sh`): every one it names is in the repository.
#[test]
fn metainfo_screenshots_are_in_the_gallery() {
    let metainfo = std::fs::read_to_string(metainfo_file()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let prefix = "https://raw.githubusercontent.com/outpost-mail/outpost/main/";
    let images: Vec<&str> = metainfo
        .split("<image>")
        .skip(1)
        .map(|rest| rest.split("</image>").next().unwrap())
        .collect();
    assert!(
        images.len() >= 4,
        "the metainfo lists screenshots: {images:?}"
    );
    for url in images {
        let path = url
            .strip_prefix(prefix)
            .unwrap_or_else(|| panic!("{url} is not in this repository"));
        assert!(path.starts_with("docs/screenshots/"), "{url}");
        assert!(
            root.join(path).is_file(),
            "{path} is missing: run docs/screenshots/generate.sh"
        );
    }
}

#[test]
fn app_id_is_the_same_everywhere() {
    let id = app_id();

    let desktop = fs::read_to_string(desktop_file()).expect("desktop file named after the app id");
    let entry = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("desktop file has no {key}"))
    };
    assert_eq!(entry("StartupWMClass"), id);
    assert_eq!(entry("Icon"), id);
    assert_eq!(entry("Exec"), "outpost");

    let metainfo = fs::read_to_string(metainfo_file()).expect("metainfo named after the app id");
    assert!(
        metainfo.contains(&format!("<id>{id}</id>")),
        "metainfo <id>"
    );
    assert!(
        metainfo.contains(&format!(
            r#"<launchable type="desktop-id">{id}.desktop</launchable>"#
        )),
        "metainfo <launchable>"
    );
    assert!(metainfo.contains("<binary>outpost</binary>"));

    let flatpak = read(format!("packaging/flatpak/{id}.yml"));
    assert!(
        flatpak.contains(&format!("\nid: {id}\n")),
        "Flatpak manifest id"
    );
    assert!(read("packaging/macos/Info.plist").contains(&format!("<string>{id}</string>")));
    assert!(read("packaging/windows/outpost.wxs").contains(&format!(r#"Value="{id}""#)));
}

/// The macOS bundle's Info.plist, read by a real plist parser (Python's `plistlib`, the format
/// Apple's tools read): well formed, and saying what the bundle holds — the binary's name, the app
/// id, the icon file the README makes, and Cargo.toml's version in both version keys.
#[test]
fn macos_info_plist_is_valid_and_current() {
    let script = r#"
import json, plistlib, sys
with open(sys.argv[1], "rb") as f:
    print(json.dumps(plistlib.load(f, fmt=plistlib.FMT_XML)))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(root().join("packaging/macos/Info.plist"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "Info.plist does not parse: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plist: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let key = |k: &str| {
        plist[k]
            .as_str()
            .unwrap_or_else(|| panic!("Info.plist has no {k}"))
    };
    assert_eq!(key("CFBundleIdentifier"), app_id());
    assert_eq!(key("CFBundleExecutable"), "outpost");
    assert_eq!(key("CFBundlePackageType"), "APPL");
    assert_eq!(key("CFBundleIconFile"), "outpost.icns");
    assert!(
        read("packaging/macos/README").contains("Resources/outpost.icns"),
        "packaging/macos/README makes the icon file Info.plist names"
    );
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        key("CFBundleShortVersionString"),
        version,
        "update Info.plist on release"
    );
    assert_eq!(
        key("CFBundleVersion"),
        version,
        "update Info.plist on release"
    );
    assert_eq!(
        plist["NSHighResolutionCapable"],
        serde_json::Value::Bool(true)
    );
    let minimum = key("LSMinimumSystemVersion");
    assert!(
        minimum.split('.').all(|part| part.parse::<u32>().is_ok()),
        "LSMinimumSystemVersion {minimum:?} is a version number"
    );
}

#[test]
fn icons_exist_in_every_size() {
    let id = app_id();
    let icons = root().join("assets/icons/hicolor");
    for size in ICON_SIZES {
        let png = icons.join(format!("{size}x{size}/apps/{id}.png"));
        assert_eq!(png_size(&png), (size, size), "{}", png.display());
    }
    let svg =
        fs::read_to_string(icons.join(format!("scalable/apps/{id}.svg"))).expect("scalable icon");
    assert!(svg.contains("<svg"), "scalable icon is an SVG");
    assert_eq!(
        svg,
        read("assets/icons/outpost.svg"),
        "scalable icon is the master SVG"
    );
    assert!(root().join("packaging/windows/outpost.ico").is_file());
}

/// The UI icons the app embeds are all credited, with their licence next to them, and each is a
/// 24 px outline icon drawn in `currentColor` (so the theme can tint it).
#[test]
fn ui_icons_are_credited_and_tintable() {
    let dir = root().join("assets/ui-icons");
    let credits = read("assets/ui-icons/README.md");
    assert!(read("assets/ui-icons/LICENSE").starts_with("ISC License"));
    let glyph_source = read("src/gui/glyph.rs");
    let mut svgs = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "svg") {
            continue;
        }
        svgs += 1;
        let name = path.file_name().unwrap().to_str().unwrap();
        let svg = fs::read_to_string(&path).unwrap();
        assert!(
            credits.contains(&format!("`{name}`")),
            "{name} is not credited"
        );
        assert!(
            glyph_source.contains(&format!("assets/ui-icons/{name}")),
            "{name} is shipped but not used"
        );
        assert!(
            svg.contains("viewBox=\"0 0 24 24\"") && svg.contains("stroke=\"currentColor\""),
            "{name} is not a tintable 24 px icon"
        );
    }
    assert_eq!(svgs, 5, "check, cross, dash, spinner and paper clip");
}

#[test]
fn debian_package_from_the_debug_build() {
    need("dpkg-deb", "dpkg");
    let id = app_id();
    // Into a directory of its own, so test runs at the same time do not race on the file.
    let out_dir = tempfile::tempdir().unwrap();
    let out = Command::new(root().join("packaging/build-deb.sh"))
        .arg("--debug")
        .arg("-o")
        .arg(out_dir.path())
        .current_dir(root())
        .output()
        .expect("running packaging/build-deb.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "packaging/build-deb.sh --debug failed:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deb = root().join(
        stdout
            .lines()
            .last()
            .expect("build-deb.sh prints the .deb path"),
    );
    assert!(deb.is_file(), "{} is not a file", deb.display());

    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(dir.path())
        .status()
        .expect("running dpkg-deb -x");
    assert!(status.success(), "dpkg-deb -x {} failed", deb.display());

    let bin = dir.path().join("usr/bin/outpost");
    let mode = fs::metadata(&bin)
        .unwrap_or_else(|e| panic!("{}: {e}", bin.display()))
        .permissions()
        .mode();
    assert!(
        mode & 0o111 != 0,
        "usr/bin/outpost is not executable ({mode:o})"
    );
    // build-deb.sh --debug packages the binary this test run was built with.
    let version = |exe: &Path| {
        let out = Command::new(exe).arg("--version").output().unwrap();
        assert!(out.status.success(), "{} --version failed", exe.display());
        out.stdout
    };
    assert_eq!(
        version(&bin),
        version(Path::new(env!("CARGO_BIN_EXE_outpost")))
    );

    let expected = [
        format!("usr/share/applications/{id}.desktop"),
        format!("usr/share/metainfo/{id}.metainfo.xml"),
        format!("usr/share/icons/hicolor/scalable/apps/{id}.svg"),
    ]
    .into_iter()
    .chain(ICON_SIZES.map(|s| format!("usr/share/icons/hicolor/{s}x{s}/apps/{id}.png")));
    for file in expected {
        assert!(
            dir.path().join(&file).is_file(),
            "{file} is missing from the .deb"
        );
    }
    assert_eq!(
        fs::read(
            dir.path()
                .join(format!("usr/share/applications/{id}.desktop"))
        )
        .unwrap(),
        fs::read(desktop_file()).unwrap()
    );
}

/// The offline Flatpak build has a source for every crate Cargo.lock names (regenerate with
/// `packaging/flatpak/generate-sources.sh` after a Cargo.lock change).
#[test]
fn flatpak_cargo_sources_cover_cargo_lock() {
    let lock: toml::Table = read("Cargo.lock").parse().expect("Cargo.lock parses");
    let sources: serde_json::Value =
        serde_json::from_str(&read("packaging/flatpak/cargo-sources.json"))
            .expect("cargo-sources.json parses");
    let urls: Vec<&str> = sources
        .as_array()
        .expect("a list of sources")
        .iter()
        .filter_map(|s| s.get("url").and_then(|u| u.as_str()))
        .collect();
    let mut missing = Vec::new();
    for package in lock["package"].as_array().unwrap() {
        if package.get("source").is_none() {
            continue; // Outpost itself
        }
        let name = package["name"].as_str().unwrap();
        let version = package["version"].as_str().unwrap();
        let archive = format!("/{name}/{name}-{version}.crate");
        let download = format!("/{name}/{version}/download");
        if !urls
            .iter()
            .any(|u| u.ends_with(&archive) || u.contains(&download))
        {
            missing.push(format!("{name} {version}"));
        }
    }
    assert!(
        missing.is_empty(),
        "cargo-sources.json lacks {} crates (run packaging/flatpak/generate-sources.sh): {missing:?}",
        missing.len()
    );
}
