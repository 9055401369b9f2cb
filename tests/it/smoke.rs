//! The real binary under Xvfb: it opens its window, stays alive, and the screens are saved as
//! screenshots under `target/screenshots/` for people to look at.

use crate::support::xvfb;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use xvfb::{Xvfb, alive, screenshot_to, start, wait_window};

fn screenshot(x: &Xvfb, window: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    screenshot_to(x, window, &dir.join(name))
}

#[test]
fn first_run_opens_the_wizard_and_compose_opens_its_window() {
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();

    let mut app = start(&x, home.path(), &[]);
    // The first start opens the wizard; the window's title names its page.
    // (xdotool's regular expressions work on bytes: ".*" stands for the dash.)
    let (window, took) = wait_window(&x, &mut app, "Address .* Outpost");
    eprintln!("first window after {took:?}");
    screenshot(&x, &window, "wizard.png");
    alive(&mut app);
    drop(app);

    let attachment = home.path().join("report.pdf");
    std::fs::write(&attachment, vec![b'x'; 150_000]).unwrap();
    let mut app = start(
        &x,
        home.path(),
        &[
            "compose",
            "--to",
            "bob@example.org",
            "--subject",
            "Quarterly report",
            "--body",
            "Hi Bob,\n\nthe report is attached.\n\nAda",
            "--attach",
            attachment.to_str().unwrap(),
        ],
    );
    let (window, _) = wait_window(&x, &mut app, "Quarterly report");
    screenshot(&x, &window, "compose.png");
    alive(&mut app);
}

#[test]
fn saved_accounts_open_the_main_window() {
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join(".config/outpost");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        r#"
[[account]]
name = "work"
display_name = "Ada Lovelace"
email = "ada@example.com"
host = "smtp.example.com"
port = 587
security = "starttls"
auth = "password"
username = "ada@example.com"
default = true

[[account]]
name = "home"
email = "ada@example.org"
host = "smtp.example.org"
port = 465
security = "tls"
username = "ada@example.org"
"#,
    )
    .unwrap();
    let mut app = start(&x, home.path(), &[]);
    let (window, _) = wait_window(&x, &mut app, "Outpost");
    screenshot(&x, &window, "accounts.png");
    alive(&mut app);
}

fn write_account(home: &Path) {
    let config = home.join(".config/outpost");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "[[account]]\nname = \"work\"\ndisplay_name = \"Ada Lovelace\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = 2525\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\nsignature = \"Ada Lovelace\\nAnalytical Engines Ltd.\"\n",
    )
    .unwrap();
}

/// Text in a compose window survives a SIGKILL: the next start lists it as an unfinished
/// message. Also the screenshots of the compose window with its formatting preview and with the
/// send-later field.
#[test]
fn a_draft_survives_sigkill_and_compose_screens_are_captured() {
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();
    write_account(home.path());
    let mut app = start(
        &x,
        home.path(),
        &["compose", "--subject", "Crash test", "--body", "Dear Bob,"],
    );
    let (window, _) = wait_window(&x, &mut app, "Crash test");
    screenshot(&x, &window, "compose-signature.png");
    let drafts = home.path().join(".local/share/outpost/drafts");
    let deadline = Instant::now() + Duration::from_secs(20);
    let saved = loop {
        let found: Vec<PathBuf> = std::fs::read_dir(&drafts)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        let with_text = found
            .into_iter()
            .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("Dear Bob,")));
        if let Some(p) = with_text {
            break p;
        }
        if Instant::now() > deadline {
            screenshot(&x, &window, "draft-not-saved.png");
            let listing = Command::new("find").arg(home.path()).output().unwrap();
            panic!(
                "the draft was not saved within 20 s: {:?} {}",
                std::fs::read_to_string(&app.log),
                String::from_utf8_lossy(&listing.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    // SIGKILL: no chance to save anything more.
    app.child.kill().unwrap();
    app.child.wait().unwrap();
    assert!(saved.exists());
    let mut app = start(&x, home.path(), &[]);
    let (window, _) = wait_window(&x, &mut app, "Outpost");
    screenshot(&x, &window, "drafts-after-crash.png");
    alive(&mut app);
    drop(app);

    let mut app = start(
        &x,
        home.path(),
        &[
            "compose",
            "--to",
            "bob@example.org",
            "--subject",
            "Formatted plan",
            "--markdown",
            "--body",
            "# Plan\n\n**Bold** and *italic*, a [link](https://example.org):\n\n- one\n- two\n\n> quoted",
            "--at",
            "2099-03-04 09:00",
        ],
    );
    let (window, _) = wait_window(&x, &mut app, "Formatted plan");
    screenshot(&x, &window, "compose-formatting-send-later.png");
    alive(&mut app);
}

/// `config.toml` rewritten in place while the window runs, with the half-written file sitting
/// there across several of the window's checks: the window sets nothing aside and writes nothing
/// back, so both accounts are still in the file; once complete, the new version is shown.
#[test]
fn a_config_rewritten_in_place_under_the_window_loses_nothing() {
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(".config/outpost");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    let full = "[[account]]\nname = \"work\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = 2525\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n\n[[account]]\nname = \"home\"\nemail = \"ada@example.org\"\nhost = \"127.0.0.1\"\nport = 2526\nsecurity = \"none\"\nauth = \"none\"\n";
    std::fs::write(&path, full).unwrap();
    let mut app = start(&x, home.path(), &[]);
    let (window, _) = wait_window(&x, &mut app, "Outpost");
    // What nano does: truncate the file and write it again; here the write stops halfway (in the
    // middle of a key, so it is not TOML) for longer than two of the window's checks.
    let half = &full[..full.find("security = \"none\"\nauth").unwrap() + 5];
    std::fs::write(&path, half).unwrap();
    std::thread::sleep(Duration::from_millis(5000));
    alive(&mut app);
    {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        f.write_all(&full.as_bytes()[half.len()..]).unwrap();
    }
    std::thread::sleep(Duration::from_millis(5000));
    alive(&mut app);
    screenshot(&x, &window, "accounts-after-rewrite.png");
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("broken"))
        .collect();
    assert!(aside.is_empty(), "set aside: {aside:?}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        full,
        "the file is as written"
    );
}
