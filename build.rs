//! Windows only: embeds the icon and the version information (what Explorer's Properties and the
//! task manager show) into `outpost.exe`. For every other target it does nothing.
//!
//! The resource script is compiled by the resource compiler of the toolchain, called directly
//! rather than through a crate (embed-resource, winresource): `windres` from binutils for the GNU
//! targets (mingw-w64, also when cross-compiling from Linux, see packaging/windows/build.sh) and
//! `rc.exe` from the Windows SDK for MSVC. The compiled resources are linked into the binaries only
//! (`rustc-link-arg-bins`), never into the tests. Override the compiler with `WINDRES` (GNU) or
//! `RC` (MSVC).

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    println!("cargo:rerun-if-changed=packaging/windows/outpost.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    println!("cargo:rerun-if-env-changed=RC");

    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let icon = manifest_dir.join("packaging/windows/outpost.ico");
    let script = out_dir.join("outpost.rc");
    std::fs::write(&script, resource_script(&icon)).expect("the resource script is written");

    let compiled = if env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc") {
        let res = out_dir.join("outpost.res");
        let rc = env::var("RC").unwrap_or_else(|_| "rc.exe".to_owned());
        run(Command::new(&rc)
            .arg("/nologo")
            .arg("/fo")
            .arg(&res)
            .arg(&script));
        res
    } else {
        // A COFF object: the linker merges its .rsrc section into the executable's.
        let obj = out_dir.join("outpost-resources.o");
        run(Command::new(windres())
            .args(["--input-format=rc", "--output-format=coff", "--input"])
            .arg(&script)
            .arg("--output")
            .arg(&obj));
        obj
    };
    println!("cargo:rustc-link-arg-bins={}", compiled.display());
}

/// `WINDRES`, else the cross `windres` of the target triple when building on another OS (Debian's
/// binutils-mingw-w64 names it `x86_64-w64-mingw32-windres`), else `windres` on the PATH.
fn windres() -> String {
    if let Ok(tool) = env::var("WINDRES") {
        return tool;
    }
    if env::var("HOST").ok() != env::var("TARGET").ok() {
        let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
        let prefix = match arch.as_str() {
            "x86" => "i686-w64-mingw32",
            "aarch64" => "aarch64-w64-mingw32",
            _ => "x86_64-w64-mingw32",
        };
        return format!("{prefix}-windres");
    }
    "windres".to_owned()
}

fn run(command: &mut Command) {
    let status = command.status().unwrap_or_else(|e| {
        panic!(
            "could not start the resource compiler {:?} ({e}); set WINDRES (GNU) or RC (MSVC)",
            command.get_program()
        )
    });
    assert!(status.success(), "{command:?} failed: {status}");
}

/// The icon (resource id 1: Explorer and the taskbar take the first one) and the version block,
/// from Cargo.toml's package fields.
fn resource_script(icon: &Path) -> String {
    let version =
        |key: &str| -> u16 { env::var(key).ok().and_then(|v| v.parse().ok()).unwrap_or(0) };
    let (major, minor, patch) = (
        version("CARGO_PKG_VERSION_MAJOR"),
        version("CARGO_PKG_VERSION_MINOR"),
        version("CARGO_PKG_VERSION_PATCH"),
    );
    let text = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let description = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    // The script is a C-like text: backslashes (Windows paths) and quotes need escaping.
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\"\"");
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"

1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEFLAGSMASK 0x3fL
FILEFLAGS 0x0L
FILEOS 0x40004L
FILETYPE 0x1L
FILESUBTYPE 0x0L
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "The Outpost contributors"
      VALUE "FileDescription", "Outpost"
      VALUE "FileVersion", "{text}"
      VALUE "InternalName", "outpost"
      VALUE "LegalCopyright", "The Outpost contributors, MIT OR Apache-2.0"
      VALUE "OriginalFilename", "outpost.exe"
      VALUE "ProductName", "Outpost"
      VALUE "ProductVersion", "{text}"
      VALUE "Comments", "{description}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = quote(&icon.display().to_string()),
        text = quote(&text),
        description = quote(&description),
    )
}
