//! The real binary under Xvfb: a private X display, the app started in a throwaway home, its
//! windows found by title, keys sent with xdotool, screenshots taken with ImageMagick's import.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn need(tool: &str) {
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

pub struct Xvfb {
    pub display: String,
    child: Child,
}

impl Xvfb {
    pub fn start() -> Xvfb {
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

pub struct App {
    pub child: Child,
    pub log: PathBuf,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start(x: &Xvfb, home: &Path, args: &[&str]) -> App {
    start_with(x, home, args, &[])
}

/// The binary, living in `home` (its settings and data there, English, no keychain), with
/// extra environment variables: for the window and for the command line on the same home.
pub fn outpost_in(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_outpost"));
    // No keychain unless `env` names one (DBUS_SESSION_BUS_ADDRESS of a test's own session).
    command
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .envs(env.iter().copied())
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_RUNTIME_DIR", home)
        .env("LANG", "en_US.UTF-8");
    command
}

/// Starts the app with extra environment variables.
pub fn start_with(x: &Xvfb, home: &Path, args: &[&str], env: &[(&str, &str)]) -> App {
    let child = outpost_in(home, args, env)
        .env("DISPLAY", &x.display)
        .env_remove("WAYLAND_DISPLAY")
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
pub fn wait_window(x: &Xvfb, app: &mut App, title: &str) -> (String, Duration) {
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

/// Saves `window` as a PNG at `path`, once it shows something.
pub fn screenshot_to(x: &Xvfb, window: &str, path: &Path) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let path = path.to_path_buf();
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

pub fn alive(app: &mut App) {
    assert!(
        app.child.try_wait().unwrap().is_none(),
        "the app is still running"
    );
}

/// Sends keys (xdotool names: "Tab", "shift+Tab", "Return") to the window, one after another.
pub fn keys(x: &Xvfb, window: &str, keys: &[&str]) {
    focus_window(x, window);
    for k in keys {
        let status = Command::new("xdotool")
            .args(["key", "--clearmodifiers", k])
            .env("DISPLAY", &x.display)
            .status()
            .expect("xdotool runs");
        assert!(status.success(), "xdotool key {k} failed");
        std::thread::sleep(Duration::from_millis(120));
    }
}

/// Types text into the window's focused field.
pub fn type_text(x: &Xvfb, window: &str, text: &str) {
    focus_window(x, window);
    let status = Command::new("xdotool")
        .args(["type", "--delay", "20", text])
        .env("DISPLAY", &x.display)
        .status()
        .expect("xdotool runs");
    assert!(status.success(), "xdotool type failed");
    std::thread::sleep(Duration::from_millis(200));
}

fn focus_window(x: &Xvfb, window: &str) {
    let _ = Command::new("xdotool")
        .args(["windowfocus", "--sync", window])
        .env("DISPLAY", &x.display)
        .status();
}

/// Resizes the window (no window manager: the app is told its new size directly).
pub fn resize(x: &Xvfb, window: &str, width: u32, height: u32) {
    let status = Command::new("xdotool")
        .args([
            "windowsize",
            "--sync",
            window,
            &width.to_string(),
            &height.to_string(),
        ])
        .env("DISPLAY", &x.display)
        .status()
        .expect("xdotool runs");
    assert!(status.success(), "xdotool windowsize failed");
    std::thread::sleep(Duration::from_millis(500));
}
