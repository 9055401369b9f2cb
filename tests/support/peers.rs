//! Real peers for the tests: aiosmtpd in its three modes (with certificates from our private CA),
//! a gnome-keyring Secret Service in its own D-Bus session, and a throwaway home for the binary.
//! A missing peer fails the test with how to install it; nothing is skipped silently.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use super::fault::{CertVariant, Pki};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Python with aiosmtpd: `$OUTPOST_TEST_PYTHON`, else `target/test-venv/bin/python`.
pub fn python() -> PathBuf {
    let python = std::env::var_os("OUTPOST_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| manifest_dir().join("target"));
            target.join("test-venv/bin/python")
        });
    let ok = Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "aiosmtpd is not installed ({}): run tests/run.sh (it creates target/test-venv), or: \
         python3 -m venv target/test-venv && target/test-venv/bin/pip install aiosmtpd",
        python.display()
    );
    python
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Plain,
    StartTls,
    Tls,
}

/// A delivered message as the server stored it.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub raw: Vec<u8>,
    pub mail_from: String,
    pub rcpt_tos: Vec<String>,
    pub auth_user: Option<String>,
}

/// aiosmtpd on 127.0.0.1. Certificates (when TLS is used) come from `pki`; the CA is at `ca_pem()`.
pub struct SmtpPeer {
    child: Child,
    _stdin: ChildStdin,
    port: u16,
    spool: tempfile::TempDir,
    pub pki: Option<Pki>,
}

pub struct PeerOptions<'a> {
    pub auth: Option<(&'a str, &'a str)>,
    pub auth_require_tls: bool,
    /// AUTH XOAUTH2 checked against a mock identity provider: (introspection URL, "gmail" or
    /// "microsoft" for the way refusals are worded).
    pub xoauth2: Option<(&'a str, &'a str)>,
    /// (n, seconds): the nth message is stored at once, but the server's answer to it comes only
    /// that many seconds later (a client killed meanwhile never learns its outcome).
    pub slow_answer: Option<(usize, u64)>,
}

impl Default for PeerOptions<'_> {
    fn default() -> Self {
        PeerOptions {
            auth: None,
            auth_require_tls: true,
            xoauth2: None,
            slow_answer: None,
        }
    }
}

impl SmtpPeer {
    pub fn start(mode: Mode, options: PeerOptions<'_>) -> SmtpPeer {
        let spool = tempfile::tempdir().unwrap();
        let script = manifest_dir().join("tests/support/smtpd.py");
        let mut cmd = Command::new(python());
        cmd.arg(script).arg("--spool").arg(spool.path());
        cmd.arg("--mode").arg(match mode {
            Mode::Plain => "plain",
            Mode::StartTls => "starttls",
            Mode::Tls => "tls",
        });
        let pki = (mode != Mode::Plain).then(Pki::new);
        if let Some(pki) = &pki {
            let (cert, key) = pki.server_pem(CertVariant::Good);
            cmd.arg("--cert").arg(cert).arg("--key").arg(key);
        }
        if let Some((user, password)) = options.auth {
            cmd.arg("--auth").arg(format!("{user}:{password}"));
            cmd.arg("--auth-require-tls")
                .arg(if options.auth_require_tls {
                    "yes"
                } else {
                    "no"
                });
        }
        if let Some((url, style)) = options.xoauth2 {
            cmd.arg("--xoauth2")
                .arg(url)
                .arg("--xoauth2-style")
                .arg(style);
        }
        if let Some((n, seconds)) = options.slow_answer {
            cmd.arg("--slow-answer").arg(format!("{n}:{seconds}"));
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
        let Some(port) = line
            .trim()
            .strip_prefix("READY ")
            .and_then(|p| p.parse().ok())
        else {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "aiosmtpd did not start: {line:?} {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        SmtpPeer {
            child,
            _stdin: stdin,
            port,
            spool,
            pki,
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn ca_pem(&self) -> &Path {
        &self.pki.as_ref().expect("a TLS peer has a CA").ca_pem
    }

    /// Waits until `n` messages are stored (deadline 15 s) and returns them in order.
    pub fn wait_messages(&self, n: usize) -> Vec<Delivered> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let count = (1..)
                .take_while(|i| self.spool.path().join(format!("{i}.json")).exists())
                .count();
            if count >= n {
                return (1..=count).map(|i| self.read(i)).collect();
            }
            assert!(
                Instant::now() < deadline,
                "only {count} of {n} messages arrived within 15 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn count(&self) -> usize {
        (1..)
            .take_while(|i| self.spool.path().join(format!("{i}.json")).exists())
            .count()
    }

    fn read(&self, i: usize) -> Delivered {
        let meta: serde_json::Value = serde_json::from_slice(
            &std::fs::read(self.spool.path().join(format!("{i}.json"))).unwrap(),
        )
        .unwrap();
        Delivered {
            raw: std::fs::read(self.spool.path().join(format!("{i}.eml"))).unwrap(),
            mail_from: meta["mail_from"].as_str().unwrap_or_default().to_owned(),
            rcpt_tos: meta["rcpt_tos"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect(),
            auth_user: meta["auth_user"].as_str().map(str::to_owned),
        }
    }
}

impl Drop for SmtpPeer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A gnome-keyring Secret Service inside `dbus-run-session`, unlocked with a throwaway password.
pub struct KeyringSession {
    child: Child,
    stdin: Option<ChildStdin>,
    address: String,
}

impl KeyringSession {
    pub fn start(home: &Path) -> KeyringSession {
        need("dbus-run-session", "dbus");
        need("gnome-keyring-daemon", "gnome-keyring");
        need("secret-tool", "libsecret-tools");
        let run = home.join("run");
        std::fs::create_dir_all(&run).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        let state = home.join("bus-address");
        let mut child = Command::new("dbus-run-session")
            .arg("--")
            .arg("sh")
            .arg(manifest_dir().join("tests/support/keyring_session.sh"))
            .arg(&state)
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_RUNTIME_DIR", &run)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-run-session starts");
        let stdin = child.stdin.take().unwrap();
        let deadline = Instant::now() + Duration::from_secs(15);
        let address = loop {
            if let Ok(a) = std::fs::read_to_string(&state) {
                break a.trim().to_owned();
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the keyring session ended early ({status})");
            }
            assert!(
                Instant::now() < deadline,
                "gnome-keyring did not start within 15 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        KeyringSession {
            child,
            stdin: Some(stdin),
            address,
        }
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    fn secret_tool(&self, args: &[&str]) -> std::process::Output {
        Command::new("timeout")
            .arg("10")
            .arg("secret-tool")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("secret-tool runs")
    }

    /// The secret stored by Outpost for `account`, looked up the way any other program would.
    pub fn lookup(&self, account: &str) -> Option<String> {
        self.lookup_in("outpost", account)
    }

    /// The secret stored under keychain service `service` for `account`.
    pub fn lookup_in(&self, service: &str, account: &str) -> Option<String> {
        let out = self.secret_tool(&["lookup", "service", service, "username", account]);
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

impl Drop for KeyringSession {
    fn drop(&mut self) {
        // Closing stdin ends the session script; dbus-run-session then stops its bus, and
        // gnome-keyring leaves with it. A kill would leave both behind.
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A throwaway home for one run of the binary, optionally with a keychain.
pub struct TestHome {
    pub dir: tempfile::TempDir,
    pub keyring: Option<KeyringSession>,
}

impl TestHome {
    pub fn new() -> TestHome {
        TestHome {
            dir: tempfile::tempdir().unwrap(),
            keyring: None,
        }
    }

    pub fn with_keyring() -> TestHome {
        let dir = tempfile::tempdir().unwrap();
        let keyring = KeyringSession::start(dir.path());
        TestHome {
            dir,
            keyring: Some(keyring),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join(".config/outpost")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join(".local/share/outpost")
    }

    pub fn command(&self) -> Command {
        // OUTPOST_UNDER_TEST runs the tests against another build (an older one, to compare).
        let bin = std::env::var_os("OUTPOST_UNDER_TEST")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_outpost").into());
        let mut cmd = Command::new(bin);
        let home = self.dir.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                self.keyring
                    .as_ref()
                    .map(|k| k.address().to_owned())
                    .unwrap_or_else(|| "unix:path=/nonexistent".into()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    /// Runs `outpost args…` with `stdin` as its input; returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        use std::io::Write;
        let mut child = self.command().args(args).spawn().unwrap();
        // A command that stops before reading its input (a usage error) closes the pipe early.
        match child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => panic!("writing to the command's input: {e}"),
        }
        let out = wait_with_deadline(child, Duration::from_secs(60));
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Like `run`, with `--json` parsing of stdout.
    pub fn json(&self, args: &[&str], stdin: &str) -> (i32, serde_json::Value) {
        let (code, out, err) = self.run(args, stdin);
        let json = serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {out}\nstderr: {err}"));
        (code, json)
    }
}

/// A run of the binary watched from outside while it ran.
#[derive(Debug)]
pub struct Watched {
    pub code: i32,
    pub json: serde_json::Value,
    pub stderr: String,
    /// The highest `VmHWM` (peak resident memory) seen in `/proc/<pid>/status`, in KiB; `None`
    /// where there is no `/proc`.
    pub peak_kib: Option<u64>,
}

/// The peak resident memory of a running process, in KiB (Linux).
fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()
}

impl TestHome {
    /// Like [`TestHome::json`], sampling the process's peak memory every few milliseconds while it
    /// runs (deadline 60 s).
    pub fn json_watched(&self, args: &[&str], stdin: &str) -> Watched {
        use std::io::{Read, Write};
        let mut child = self.command().args(args).spawn().unwrap();
        let pid = child.id();
        let mut peak = vm_hwm_kib(pid);
        match child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => panic!("writing to the command's input: {e}"),
        }
        let drain = |mut r: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut out = Vec::new();
                let _ = r.read_to_end(&mut out);
                out
            })
        };
        let stdout = drain(Box::new(child.stdout.take().unwrap()));
        let stderr = drain(Box::new(child.stderr.take().unwrap()));
        let started = Instant::now();
        let status = loop {
            // Sampled before the exit is collected: the pid is still this child's.
            if let Some(kib) = vm_hwm_kib(pid) {
                peak = Some(peak.map_or(kib, |p| p.max(kib)));
            }
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the command ran past 60 s");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let out = String::from_utf8_lossy(&stdout.join().unwrap()).into_owned();
        let err = String::from_utf8_lossy(&stderr.join().unwrap()).into_owned();
        let json = serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {out}\nstderr: {err}"));
        Watched {
            code: status.code().unwrap_or(-1),
            json,
            stderr: err,
            peak_kib: peak,
        }
    }
}

/// No test may hang: a child that runs past its deadline is killed and the test fails.
pub fn wait_with_deadline(mut child: Child, deadline: Duration) -> std::process::Output {
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "the command ran past {deadline:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
