//! A real Dovecot (Debian's `dovecot-imapd`) on 127.0.0.1 for the tests that save sent messages
//! over IMAP: its own configuration, users, mail store, logs and sockets in a temporary directory,
//! the certificate from our private CA (`Pki`), run in the foreground as a child of the test.
//!
//! Two ports: `tls_port()` (implicit TLS, IMAPS) and `starttls_port()` (plain, STARTTLS before any
//! password). Dovecot counts a connection whose two ends share an address as secure (and would take
//! a password in the clear from 127.0.0.1 to 127.0.0.1), so the STARTTLS port is a relay in this
//! process that reaches Dovecot from 127.0.0.3: there, as on a real network, no password is taken
//! before TLS.
//!
//! `stop()` and `start_again()` keep the ports and the mail store (the server down while sending,
//! then up); dropping the peer stops it and removes everything. A missing Dovecot fails the test
//! with how to install it; nothing is skipped.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::fault::{CertVariant, Pki};

/// The Sent folder's name unless the options say otherwise: recognisable only by its SPECIAL-USE
/// attribute (`\Sent`), not by a name a client would guess.
pub const DEFAULT_SENT: &str = "Mes envois";

const INSTALL: &str = "run tests/run.sh as root, or: apt-get install dovecot-imapd";

/// What the server is set up with.
#[derive(Debug, Clone)]
pub struct DovecotOptions {
    users: Vec<(String, String)>,
    sent: Option<String>,
    oauth2: Option<String>,
}

impl Default for DovecotOptions {
    fn default() -> Self {
        DovecotOptions {
            users: Vec::new(),
            sent: Some(DEFAULT_SENT.to_owned()),
            oauth2: None,
        }
    }
}

impl DovecotOptions {
    pub fn new() -> Self {
        Self::default()
    }

    /// A mailbox that signs in with this password (any UTF-8 but `:` and line breaks), through
    /// AUTHENTICATE PLAIN or LOGIN after TLS.
    pub fn user(mut self, name: &str, password: &str) -> Self {
        assert!(
            !name.contains([':', '\n', '\r', '/']) && !name.is_empty(),
            "user name {name:?}"
        );
        assert!(
            !password.contains([':', '\n', '\r']),
            "a passwd-file password cannot hold ':' or line breaks"
        );
        self.users.push((name.to_owned(), password.to_owned()));
        self
    }

    /// The name of the folder marked `\Sent` (default [`DEFAULT_SENT`]).
    pub fn sent_folder(mut self, name: &str) -> Self {
        self.sent = Some(name.to_owned());
        self
    }

    /// No Sent folder at all: a client that keeps copies has to create one.
    pub fn no_sent_folder(mut self) -> Self {
        self.sent = None;
        self
    }

    /// XOAUTH2 and OAUTHBEARER too, each token checked against the identity provider's
    /// introspection endpoint (`Idp::introspect_url()` of tests/support/idp.rs: a GET with the
    /// token in the query, answering `{"user": ...}`, or 404 for a token it does not know). The
    /// user the token is for must be the one signing in (and one of the `user`s: the mail store
    /// is found through the same user list).
    pub fn oauth2(mut self, introspection_url: &str) -> Self {
        self.oauth2 = Some(introspection_url.to_owned());
        self
    }
}

/// A message as Dovecot stored it (CRLF line ends kept: `mail_save_crlf = yes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub bytes: Vec<u8>,
    /// The maildir flags after `:2,` in the file's name: `S` seen, `R` answered, `F` flagged,
    /// `T` deleted, `D` draft (in that order); `a`-`z` are keywords. Empty for a new message.
    pub flags: String,
}

impl Stored {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Who runs what: root (CI) and a normal user need different set-ups.
struct Identity {
    root: bool,
    /// The user and group the internal processes (auth, config, log...) run as.
    internal: (String, String),
    /// The user the login processes run as (never root: Dovecot refuses).
    login: String,
    /// The owner of the mail store (never uid 0: Dovecot refuses).
    mail: (u32, u32),
}

fn id(args: &[&str]) -> Option<String> {
    let out = Command::new("id").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn identity() -> Identity {
    let uid: u32 = id(&["-u"]).and_then(|u| u.parse().ok()).expect("id -u");
    let gid: u32 = id(&["-g"]).and_then(|g| g.parse().ok()).expect("id -g");
    let user = id(&["-un"]).expect("id -un");
    let group = id(&["-gn"]).expect("id -gn");
    if uid != 0 {
        return Identity {
            root: false,
            internal: (user.clone(), group),
            login: user,
            mail: (uid, gid),
        };
    }
    // Debian's package creates `dovecot` (mail here) and `dovenull` (logins); `nobody` elsewhere.
    let exists = |name: &str| id(&["-u", name]).is_some();
    let mail_user = if exists("dovecot") {
        "dovecot"
    } else {
        "nobody"
    };
    let login = if exists("dovenull") {
        "dovenull"
    } else {
        "nobody"
    };
    let mail = (
        id(&["-u", mail_user]).unwrap().parse().unwrap(),
        id(&["-g", mail_user]).unwrap().parse().unwrap(),
    );
    Identity {
        root: true,
        internal: (user, group),
        login: login.to_owned(),
        mail,
    }
}

/// The dovecot binary (it lives in /usr/sbin, not always on a normal user's PATH).
fn dovecot_binary(name: &str) -> PathBuf {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let path = found
        .or_else(|| {
            ["/usr/sbin", "/usr/bin", "/usr/local/sbin"]
                .iter()
                .map(|d| Path::new(d).join(name))
                .find(|p| p.exists())
        })
        .unwrap_or_else(|| panic!("{name} is not installed: {INSTALL}"));
    // dovecot-core alone has no IMAP server.
    let libexec = Path::new("/usr/lib/dovecot");
    assert!(
        !libexec.is_dir() || libexec.join("imap").exists(),
        "Dovecot's IMAP server is not installed: {INSTALL}"
    );
    path
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A value inside double quotes in Dovecot's configuration.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A mailbox name as Dovecot's maildir++ layout names its directory: modified UTF-7 (RFC 3501
/// 5.1.3), the hierarchy separator `/` as `.`, after a leading `.`.
fn maildir_name(folder: &str) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let mut out = String::from(".");
    let mut pending: Vec<u16> = Vec::new();
    let flush = |pending: &mut Vec<u16>, out: &mut String| {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
        out.push('&');
        out.push_str(&b64.encode(bytes).replace('/', ","));
        out.push('-');
        pending.clear();
    };
    for c in folder.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut pending, &mut out);
            match c {
                '&' => out.push_str("&-"),
                '/' => out.push('.'),
                c => out.push(c),
            }
        } else {
            let mut buf = [0u16; 2];
            pending.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut pending, &mut out);
    out
}

/// The plain port, reached from another loopback address (see the module's comment). Stopping it
/// closes its port and cuts the connections it carries.
struct Relay {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    conns: Arc<Mutex<Vec<TcpStream>>>,
}

const RELAY_SOURCE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 3);

impl Relay {
    /// Binds the port again after a stop (it was ours: wait out a slow release, 10 s).
    fn bind_again(front: u16) -> TcpListener {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match TcpListener::bind((Ipv4Addr::LOCALHOST, front)) {
                Ok(l) => return l,
                Err(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => panic!("the STARTTLS port {front} cannot be bound again: {e}"),
            }
        }
    }

    fn start(listener: TcpListener, back: u16) -> Relay {
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let conns: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let thread = {
            let stop = stop.clone();
            let conns = conns.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((client, _)) => {
                            let _ = client.set_nonblocking(false);
                            Relay::carry(client, back, &conns);
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(10));
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
        };
        Relay {
            stop,
            thread: Some(thread),
            conns,
        }
    }

    fn carry(client: TcpStream, back: u16, conns: &Mutex<Vec<TcpStream>>) {
        let server = (|| {
            let socket = socket2::Socket::new(
                socket2::Domain::IPV4,
                socket2::Type::STREAM,
                Some(socket2::Protocol::TCP),
            )
            .ok()?;
            socket
                .bind(&SocketAddr::from((RELAY_SOURCE, 0)).into())
                .ok()?;
            socket
                .connect_timeout(
                    &SocketAddr::from((Ipv4Addr::LOCALHOST, back)).into(),
                    Duration::from_secs(5),
                )
                .ok()?;
            Some(TcpStream::from(socket))
        })();
        // Dovecot is not there: the client sees the connection closed, as with a server down.
        let Some(server) = server else {
            let _ = client.shutdown(Shutdown::Both);
            return;
        };
        {
            let mut conns = conns.lock().unwrap();
            conns.push(client.try_clone().unwrap());
            conns.push(server.try_clone().unwrap());
        }
        let pipe = |mut from: TcpStream, mut to: TcpStream| {
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                loop {
                    match from.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            if to.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                    }
                }
                let _ = to.shutdown(Shutdown::Write);
                let _ = from.shutdown(Shutdown::Read);
            });
        };
        pipe(client.try_clone().unwrap(), server.try_clone().unwrap());
        pipe(server, client);
    }

    fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        for c in self.conns.lock().unwrap().drain(..) {
            let _ = c.shutdown(Shutdown::Both);
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Dovecot on 127.0.0.1, see the module's comment.
pub struct Dovecot {
    dir: tempfile::TempDir,
    pki: Pki,
    binary: PathBuf,
    conf: PathBuf,
    tls_port: u16,
    starttls_port: u16,
    /// Dovecot's own plain port, behind the relay.
    plain_port: u16,
    child: Option<Child>,
    relay: Option<Relay>,
    options: DovecotOptions,
}

impl Dovecot {
    /// Writes the configuration and starts Dovecot; returns once both ports answer (deadline
    /// 15 s, then panics with Dovecot's log).
    pub fn start(options: DovecotOptions) -> Dovecot {
        let binary = dovecot_binary("dovecot");
        let who = identity();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_owned();
        let pki = Pki::new();
        let (cert, key) = pki.server_pem(CertVariant::Good);
        let mail = root.join("mail");
        for d in ["base", "state"] {
            std::fs::create_dir(root.join(d)).unwrap();
        }
        std::fs::create_dir(&mail).unwrap();
        {
            use std::os::unix::fs::PermissionsExt;
            // The login processes (another user under root) reach their sockets in base/.
            std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).unwrap();
            if who.root {
                std::os::unix::fs::chown(&mail, Some(who.mail.0), Some(who.mail.1)).unwrap();
            }
        }
        let users = root.join("users");
        let mut lines = String::new();
        for (name, password) in &options.users {
            lines.push_str(&format!("{name}:{{PLAIN}}{password}\n"));
        }
        std::fs::write(&users, lines).unwrap();
        // Held from now on, so that no other test takes it meanwhile.
        let starttls = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let starttls_port = starttls.local_addr().unwrap().port();
        let p = |path: &Path| path.display().to_string();
        let mut mechanisms = "plain login".to_owned();
        let mut oauth_passdb = String::new();
        if let Some(url) = &options.oauth2 {
            mechanisms.push_str(" xoauth2 oauthbearer");
            let args = root.join("oauth2.conf.ext");
            // `get`: the token appended to the URL, as the mock provider reads it.
            let sep = if url.contains('?') { '&' } else { '?' };
            std::fs::write(
                &args,
                format!(
                    "introspection_mode = get\n\
                     introspection_url = {url}{sep}token=\n\
                     username_attribute = user\n\
                     username_format = %u\n\
                     timeout_msecs = 10000\n"
                ),
            )
            .unwrap();
            oauth_passdb = format!(
                "passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {}\n}}\n",
                p(&args)
            );
        }
        let mut mailboxes = String::new();
        if let Some(sent) = &options.sent {
            mailboxes.push_str(&format!(
                "  mailbox {} {{\n    special_use = \\Sent\n    auto = subscribe\n  }}\n",
                quoted(sent)
            ));
        }
        mailboxes.push_str(
            "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n\
             \x20 mailbox Trash {\n    special_use = \\Trash\n    auto = subscribe\n  }\n",
        );
        let conf = root.join("dovecot.conf");
        let text = format!(
            "# Written by tests/support/dovecot.rs for one test.\n\
             protocols = imap\n\
             listen = 127.0.0.1\n\
             base_dir = {base}\n\
             state_dir = {state}\n\
             log_path = {log}\n\
             default_internal_user = {iuser}\n\
             default_internal_group = {igroup}\n\
             default_login_user = {login}\n\
             first_valid_uid = 0\n\
             first_valid_gid = 0\n\
             ssl = yes\n\
             ssl_cert = <{cert}\n\
             ssl_key = <{key}\n\
             disable_plaintext_auth = yes\n\
             auth_mechanisms = {mechanisms}\n\
             auth_verbose = yes\n\
             auth_failure_delay = 0\n\
             login_greeting = Outpost test Dovecot ready.\n\
             mail_location = maildir:{mail}/%u\n\
             mail_save_crlf = yes\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {users}\n}}\n\
             {oauth_passdb}\
             userdb {{\n  driver = static\n  args = uid={uid} gid={gid} home={mail}/%u\n}}\n\
             namespace inbox {{\n  inbox = yes\n  separator = /\n{mailboxes}}}\n\
             service imap-login {{\n  chroot =\n\
             \x20 inet_listener imap {{\n    address = 127.0.0.1\n    port = @PLAIN_PORT@\n  }}\n\
             \x20 inet_listener imaps {{\n    address = 127.0.0.1\n    port = @TLS_PORT@\n    ssl = yes\n  }}\n}}\n\
             service anvil {{\n  chroot =\n}}\n",
            base = p(&root.join("base")),
            state = p(&root.join("state")),
            log = p(&root.join("dovecot.log")),
            iuser = who.internal.0,
            igroup = who.internal.1,
            login = who.login,
            cert = p(&cert),
            key = p(&key),
            mail = p(&mail),
            users = p(&users),
            uid = who.mail.0,
            gid = who.mail.1,
        );
        let mut dovecot = Dovecot {
            dir,
            pki,
            binary,
            conf,
            tls_port: 0,
            starttls_port,
            plain_port: 0,
            child: None,
            relay: None,
            options,
        };
        // Dovecot binds its own ports: one another test took between our look and its bind is
        // given up for two others.
        for attempt in 1.. {
            dovecot.tls_port = free_port();
            dovecot.plain_port = free_port();
            let text = text
                .replace("@PLAIN_PORT@", &dovecot.plain_port.to_string())
                .replace("@TLS_PORT@", &dovecot.tls_port.to_string());
            std::fs::write(&dovecot.conf, text).unwrap();
            let _ = std::fs::remove_file(dovecot.dir.path().join("dovecot.log"));
            match dovecot.launch() {
                Ok(()) => break,
                Err(why) if attempt < 3 && why.contains("Address already in use") => {}
                Err(why) => panic!("{why}"),
            }
        }
        dovecot.relay = Some(Relay::start(starttls, dovecot.plain_port));
        dovecot
    }

    /// Starts Dovecot again after `stop()`: same ports, same users and mail. Returns once both
    /// ports answer (deadline 15 s).
    pub fn start_again(&mut self) {
        assert!(self.child.is_none(), "Dovecot is already running");
        if let Err(why) = self.launch() {
            panic!("{why}");
        }
        let listener = Relay::bind_again(self.starttls_port);
        self.relay = Some(Relay::start(listener, self.plain_port));
    }

    /// Starts Dovecot and waits until its ports answer (15 s); the reason and its log if not.
    fn launch(&mut self) -> Result<(), String> {
        let stderr = std::fs::File::create(self.dir.path().join("dovecot.stderr")).unwrap();
        let child = {
            use std::os::unix::process::CommandExt;
            Command::new(&self.binary)
                .arg("-F")
                .arg("-c")
                .arg(&self.conf)
                .stdin(Stdio::null())
                .stdout(stderr.try_clone().unwrap())
                .stderr(stderr)
                // Its own process group: a last-resort kill reaches every Dovecot process.
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| panic!("dovecot does not start ({e}): {INSTALL}"))
        };
        self.child = Some(child);
        let started = Instant::now();
        let deadline = started + Duration::from_secs(15);
        // No growing delay after failed sign-ins (Dovecot's penalty per client address, 2 s
        // doubling up to 15 s, kept by its anvil process): tests fail sign-ins on purpose and
        // the server is theirs alone. Its auth process, started by the first connection, skips
        // the penalty when this socket is missing; so it goes before anyone connects.
        let penalty = self.dir.path().join("base/anvil-auth-penalty");
        while started.elapsed() < Duration::from_secs(5) {
            if std::fs::remove_file(&penalty).is_ok() {
                break;
            }
            if self.child.as_mut().unwrap().try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        loop {
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                self.child = None;
                return Err(format!(
                    "Dovecot stopped at once ({status}):\n{}",
                    self.log()
                ));
            }
            if self.greets(self.plain_port) && accepts(self.tls_port) {
                return Ok(());
            }
            if Instant::now() > deadline {
                self.kill_all();
                return Err(format!(
                    "Dovecot did not answer within 15 s:\n{}",
                    self.log()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Alias of [`Dovecot::start_again`].
    pub fn restart(&mut self) {
        if self.child.is_some() {
            self.stop();
        }
        self.start_again();
    }

    /// Stops Dovecot (and the STARTTLS relay): both ports refuse connections when this returns.
    /// The mail store stays for `start_again()`.
    pub fn stop(&mut self) {
        if let Some(mut relay) = self.relay.take() {
            relay.stop();
        }
        let Some(mut child) = self.child.take() else {
            return;
        };
        let pid = child.id();
        // SIGTERM: the master stops its children and closes its ports.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(pid.to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if Instant::now() > deadline {
                kill_group(pid);
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // Its login processes leave after the master; wait for the ports to close.
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut killed = false;
        while accepts(self.tls_port) || accepts(self.plain_port) || accepts(self.starttls_port) {
            if Instant::now() > deadline {
                if killed {
                    panic!(
                        "Dovecot's ports stay open after it stopped:\n{}",
                        self.log()
                    );
                }
                kill_group(pid);
                killed = true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// Implicit TLS (IMAPS) on 127.0.0.1.
    pub fn tls_port(&self) -> u16 {
        self.tls_port
    }

    /// Plain on 127.0.0.1, STARTTLS before any sign-in.
    pub fn starttls_port(&self) -> u16 {
        self.starttls_port
    }

    /// The private CA that signed the server's certificate (for 127.0.0.1 and localhost): the
    /// `ca_file` a client must trust.
    pub fn ca_file(&self) -> &Path {
        &self.pki.ca_pem
    }

    pub fn options(&self) -> &DovecotOptions {
        &self.options
    }

    /// The directory holding the configuration, log and mail store.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn conf(&self) -> &Path {
        &self.conf
    }

    /// Dovecot's log (and what it wrote to stderr before its log was open).
    pub fn log(&self) -> String {
        let read =
            |name: &str| std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        let mut log = read("dovecot.log");
        let stderr = read("dovecot.stderr");
        if !stderr.trim().is_empty() {
            log.push_str("\n--- stderr ---\n");
            log.push_str(&stderr);
        }
        log
    }

    /// The user's folders as IMAP lists them (UTF-8, `/` between levels), sorted; those
    /// created automatically included. Works with the server stopped too (`doveadm`).
    pub fn folders(&self, user: &str) -> Vec<String> {
        let doveadm = dovecot_binary("doveadm");
        let mut child = Command::new(doveadm)
            .arg("-c")
            .arg(&self.conf)
            .args(["mailbox", "list", "-u", user])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("doveadm runs");
        let deadline = Instant::now() + Duration::from_secs(20);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("doveadm mailbox list ran past 20 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "doveadm mailbox list -u {user}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut folders: Vec<String> = String::from_utf8(out.stdout)
            .expect("doveadm lists names in UTF-8")
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        folders.sort();
        folders
    }

    /// The messages in one of the user's folders (`INBOX`, or a name as IMAP shows it), oldest
    /// first (by IMAP UID), read from the maildir. A folder that does not exist (yet) is empty.
    pub fn messages(&self, user: &str, folder: &str) -> Vec<Stored> {
        let home = self.dir.path().join("mail").join(user);
        let dir = if folder.eq_ignore_ascii_case("INBOX") {
            home
        } else {
            home.join(maildir_name(folder))
        };
        // The UIDs Dovecot gave: `<uid> [fields] :<base name>` after a header line.
        let uids: std::collections::HashMap<String, u32> =
            std::fs::read_to_string(dir.join("dovecot-uidlist"))
                .unwrap_or_default()
                .lines()
                .skip(1)
                .filter_map(|l| {
                    let uid = l.split(' ').next()?.parse().ok()?;
                    let name = l.rsplit_once(" :")?.1;
                    Some((name.to_owned(), uid))
                })
                .collect();
        let mut found = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let (base, flags) = match name.split_once(":2,") {
                    Some((base, flags)) => (base.to_owned(), flags.to_owned()),
                    None => (name.clone(), String::new()),
                };
                // Dovecot may rename it (a flag changes) between listing and reading.
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    continue;
                };
                let uid = uids.get(&base).copied().unwrap_or(u32::MAX);
                found.push((uid, base, Stored { bytes, flags }));
            }
        }
        found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        found.into_iter().map(|(_, _, s)| s).collect()
    }

    /// Waits until the folder holds at least `n` messages (deadline 15 s) and returns them.
    pub fn wait_messages(&self, user: &str, folder: &str, n: usize) -> Vec<Stored> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let messages = self.messages(user, folder);
            if messages.len() >= n {
                return messages;
            }
            assert!(
                Instant::now() < deadline,
                "only {} of {n} messages in {user}'s {folder:?} within 15 s",
                messages.len()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Reads Dovecot's greeting on `port` (its login processes work, not only its master).
    fn greets(&self, port: u16) -> bool {
        let Ok(mut s) = TcpStream::connect_timeout(
            &SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            Duration::from_secs(2),
        ) else {
            return false;
        };
        let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
        let mut buf = [0u8; 256];
        let greeted = matches!(s.read(&mut buf), Ok(n) if buf[..n].starts_with(b"* OK"));
        let _ = s.write_all(b"a LOGOUT\r\n");
        greeted
    }

    fn kill_all(&mut self) {
        if let Some(mut child) = self.child.take() {
            kill_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn accepts(port: u16) -> bool {
    TcpStream::connect_timeout(
        &SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
        Duration::from_secs(2),
    )
    .is_ok()
}

/// SIGKILL to every process of the group Dovecot's master leads.
fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stderr(Stdio::null())
        .status();
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // No second panic while unwinding: stop as surely as possible, quietly.
            if let Some(mut relay) = self.relay.take() {
                relay.stop();
            }
            self.kill_all();
        } else {
            self.stop();
        }
    }
}
