//! The configuration loader with arbitrary file contents: a hand-edited or half-written file must
//! load (with warnings) and whatever loads must save again, as the app saves after every change.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((config, _warnings)) = outpost::config::parse(data) else {
        return;
    };
    let dir = tempfile_dir();
    let path = dir.join("config.toml");
    outpost::config::save(&path, &config).expect("a loaded configuration saves");
    let (again, warnings) = outpost::config::load(&path).expect("a saved configuration loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(again, config);
});

/// One directory per process, reused by every run: creating one per input would slow the fuzzer.
fn tempfile_dir() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("outpost-fuzz-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    })
}
