//! Tests that change process-wide state (environment variables, the language of the moment) run
//! in a process of their own, so that the other tests of the binary never see it change: the test
//! starts with `solo::alone!(its_name)`, which re-runs this test binary for that one test
//! (`<path> --exact --nocapture --test-threads=1`, with `OUTPOST_SOLO=<path>`), waits for it with
//! a deadline and fails with its output if it fails. Only that child goes on to the test's body.
//! The child must report exactly one test passed: a name that does not match the test fails here,
//! it is never skipped silently.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child to the path of the one test it runs.
const VAR: &str = "OUTPOST_SOLO";

/// How long a solo test may take, its process started and stopped included.
const DEADLINE: Duration = Duration::from_secs(300);

/// Runs the test it starts in a process of its own: `alone!(test_fn_name)` returns from the test
/// in this process, once that child has passed; in the child it lets the body run.
macro_rules! alone {
    ($test:ident) => {
        if !$crate::solo::in_own_process(concat!(module_path!(), "::", stringify!($test))) {
            return;
        }
    };
}
pub(crate) use alone;

/// `path` is the test's path with its crate (`it::i18n::settings_switch_language_live`). True in
/// the test's own process, where the body runs; elsewhere runs that process, panics if it fails,
/// and returns false.
pub fn in_own_process(path: &str) -> bool {
    // libtest names tests without the crate.
    let test = path.split_once("::").map_or(path, |(_, rest)| rest);
    if let Some(running) = std::env::var_os(VAR) {
        assert_eq!(
            running.to_str(),
            Some(test),
            "{VAR} names another test than the one running"
        );
        return true;
    }
    let mut child = Command::new(std::env::current_exe().expect("the test binary's path"))
        .args([
            test,
            "--exact",
            "--nocapture",
            "--test-threads=1",
            "--color=never",
        ])
        .env(VAR, test)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the test binary starts again");
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = r.read_to_end(&mut out);
            String::from_utf8_lossy(&out).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    let output = format!("--- stdout:\n{stdout}\n--- stderr:\n{stderr}");
    let Some(status) = status else {
        panic!("{test} ran past {DEADLINE:?} in its own process\n{output}");
    };
    assert!(
        status.success(),
        "{test} failed in its own process ({status})\n{output}"
    );
    assert!(
        stdout.contains("test result: ok. 1 passed; 0 failed;"),
        "{test}: its own process did not run exactly this one test (is `{test}` its path?)\n{output}"
    );
    // Shown with --nocapture, or kept by the harness.
    print!("{output}");
    false
}
