//! The real binary under Xvfb: it opens its window, stays alive, and the screens are saved as
//! screenshots under `target/screenshots/` for people to look at.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn need(tool: &str) {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{tool} is not installed: run tests/run.sh as root, or: apt-get install xvfb xdotool imagemagick"
    );
}

struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        need("Xvfb");
        need("xdotool");
        need("import");
        // Xvfb picks a free display itself and tells us which, so parallel tests never collide.
        let mut child = Command::new("Xvfb")
            .args([
                "-noreset",
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
            let _ = tx.send(line);
        });
        let number = rx
            .recv_timeout(Duration::from_secs(15))
            .expect("Xvfb reports its display within 15 s");
        let display = format!(":{}", number.trim());
        assert!(display.len() > 1, "Xvfb did not report a display");
        Xvfb { child, display }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct App {
    child: Child,
    log: PathBuf,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(x: &Xvfb, home: &Path, args: &[&str]) -> App {
    let child = Command::new(env!("CARGO_BIN_EXE_outpost"))
        .args(args)
        .env("DISPLAY", &x.display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_RUNTIME_DIR", home)
        .env("LANG", "en_US.UTF-8")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdout(Stdio::null())
        // A pipe nobody reads would block the app once full; a file keeps what it said.
        .stderr(std::fs::File::create(home.join(format!("outpost-{}.log", args.len()))).unwrap())
        .spawn()
        .expect("the binary starts");
    App {
        child,
        log: home.join(format!("outpost-{}.log", args.len())),
    }
}

/// Waits for a window with this exact title; returns its X id and how long it took.
fn wait_window(x: &Xvfb, app: &mut App, title: &str) -> (String, Duration) {
    // Polls instead of `--sync`: xdotool gives up at once if a window vanishes while it looks
    // (the previous app being killed), so one failed search must not end the wait.
    let started = Instant::now();
    let mut last_error = String::new();
    while started.elapsed() < Duration::from_secs(20) {
        let out = Command::new("timeout")
            .args([
                "5",
                "xdotool",
                "search",
                "--onlyvisible",
                "--name",
                &format!("^{title}$"),
            ])
            .env("DISPLAY", &x.display)
            .output()
            .expect("xdotool runs");
        if let Some(id) = String::from_utf8_lossy(&out.stdout).lines().next() {
            return (id.to_owned(), started.elapsed());
        }
        last_error = String::from_utf8_lossy(&out.stderr).into_owned();
        std::thread::sleep(Duration::from_millis(50));
    }
    let windows = Command::new("xdotool")
        .args(["search", "--name", "."])
        .env("DISPLAY", &x.display)
        .output()
        .unwrap();
    let names: Vec<String> = String::from_utf8_lossy(&windows.stdout)
        .lines()
        .map(|id| {
            let n = Command::new("xdotool")
                .args(["getwindowname", id])
                .env("DISPLAY", &x.display)
                .output()
                .unwrap();
            format!("{id}={:?}", String::from_utf8_lossy(&n.stdout).trim())
        })
        .collect();
    let status = app.child.try_wait().unwrap();
    let log = std::fs::read_to_string(&app.log).unwrap_or_default();
    panic!(
        "no window titled {title:?} appeared within 20 s ({last_error}); windows: {names:?}; app: {status:?}; log: {log}"
    );
}

fn screenshot(x: &Xvfb, window: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    // The window is mapped before its first frame is drawn: capture until it shows something.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let status = Command::new("import")
            .args(["-window", window, path.to_str().unwrap()])
            .env("DISPLAY", &x.display)
            .status()
            .expect("import runs");
        assert!(status.success(), "screenshot failed");
        // A blank window compresses to a few hundred bytes; a drawn one is tens of kilobytes.
        if std::fs::metadata(&path).unwrap().len() > 5000 {
            std::thread::sleep(Duration::from_millis(500));
            let _ = Command::new("import")
                .args(["-window", window, path.to_str().unwrap()])
                .env("DISPLAY", &x.display)
                .status();
            return path;
        }
        assert!(
            Instant::now() < deadline,
            "the window stayed blank for 15 s"
        );
    }
}

fn alive(app: &mut App) {
    assert!(
        app.child.try_wait().unwrap().is_none(),
        "the app is still running"
    );
}

#[test]
fn first_run_opens_the_wizard_and_compose_opens_its_window() {
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();

    let mut app = start(&x, home.path(), &[]);
    let (window, took) = wait_window(&x, &mut app, "Outpost");
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
