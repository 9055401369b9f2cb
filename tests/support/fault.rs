#![allow(dead_code)]
//! A scripted SMTP fault server on 127.0.0.1 for the doctor's tests: each test writes the
//! conversation the server should have (a 5xx banner, a refused sign-in, a dropped connection, TLS
//! with a bad certificate...), and the real binary is checked against it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::ServerConfig;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// What the server's certificate gets wrong, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertVariant {
    Good,
    SelfSigned,
    Expired,
    WrongName,
}

/// A private certificate authority and server certificates for 127.0.0.1, made fresh per test.
pub struct Pki {
    _dir: tempfile::TempDir,
    pub ca_pem: PathBuf,
    ca_params: CertificateParams,
    ca_key: KeyPair,
}

impl Pki {
    pub fn new() -> Pki {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "Outpost Fault CA");
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca_key = KeyPair::generate().unwrap();
        let ca_cert = ca_params.self_signed(&ca_key).unwrap();
        let ca_pem = dir.path().join("ca.pem");
        std::fs::write(&ca_pem, ca_cert.pem()).unwrap();
        Pki {
            _dir: dir,
            ca_pem,
            ca_params,
            ca_key,
        }
    }

    /// The server certificate and key as PEM files, for servers outside this process (aiosmtpd).
    pub fn server_pem(&self, variant: CertVariant) -> (PathBuf, PathBuf) {
        let (cert, key) = self.server_cert(variant);
        let n = fastrand::u32(..);
        let cert_path = self._dir.path().join(format!("server-{n}.pem"));
        let key_path = self._dir.path().join(format!("server-{n}.key"));
        std::fs::write(&cert_path, cert.pem()).unwrap();
        std::fs::write(&key_path, key.serialize_pem()).unwrap();
        (cert_path, key_path)
    }

    fn server_cert(&self, variant: CertVariant) -> (rcgen::Certificate, KeyPair) {
        let names = match variant {
            CertVariant::WrongName => vec!["wrong.example".to_string()],
            _ => vec!["localhost".to_string()],
        };
        let mut params = CertificateParams::new(names).unwrap();
        if variant != CertVariant::WrongName {
            params
                .subject_alt_names
                .push(SanType::IpAddress("127.0.0.1".parse().unwrap()));
        }
        params
            .distinguished_name
            .push(DnType::CommonName, "fault.test");
        let now = time::OffsetDateTime::now_utc();
        if variant == CertVariant::Expired {
            params.not_before = now - time::Duration::days(60);
            params.not_after = now - time::Duration::days(30);
        } else {
            params.not_before = now - time::Duration::days(1);
            params.not_after = now + time::Duration::days(30);
        }
        let key = KeyPair::generate().unwrap();
        let cert = if variant == CertVariant::SelfSigned {
            params.self_signed(&key).unwrap()
        } else {
            let issuer = Issuer::from_params(&self.ca_params, &self.ca_key);
            params.signed_by(&key, &issuer).unwrap()
        };
        (cert, key)
    }

    pub fn server_config(&self, variant: CertVariant) -> Arc<ServerConfig> {
        let (cert, key) = self.server_cert(variant);
        let chain = vec![CertificateDer::from(cert.der().to_vec())];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let config =
            ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(chain, key)
                .unwrap();
        Arc::new(config)
    }
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// One client connection, as the script sees it.
pub struct Conn {
    reader: BufReader<Box<dyn Stream>>,
    /// The socket under the stream (a second handle), for shorter read deadlines.
    tcp: Option<TcpStream>,
}

/// How long a script waits for the client before giving up on it (no test may hang).
const CLIENT_QUIET: Duration = Duration::from_secs(15);

/// What the client sent within a short wait ([`Conn::read_available`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Available {
    pub bytes: Vec<u8>,
    /// The client closed the connection (or reset it) within the wait.
    pub closed: bool,
}

impl Available {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The complete lines, without their line ends.
    pub fn lines(&self) -> Vec<String> {
        let text = self.text();
        let mut lines: Vec<String> = text
            .split('\n')
            .map(|l| l.trim_end_matches('\r').to_owned())
            .collect();
        // What follows the last line end: a partial line, or nothing.
        lines.pop();
        lines
    }
}

/// How a stream of bytes to the client ended ([`Conn::stream`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Streamed {
    /// Bytes the client's socket took before the end.
    pub bytes: u64,
    /// A write failed because the client closed or reset the connection.
    pub hung_up: bool,
    /// Every byte up to the limit was taken: the client never stopped reading.
    pub finished: bool,
}

/// Stands in for the stream while it is being wrapped in TLS.
struct Nothing;

impl Read for Nothing {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        Ok(0)
    }
}

impl Write for Nothing {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Conn {
    /// Answers STARTTLS with 220 and continues the conversation over TLS (then EHLO again).
    pub fn starttls(&mut self, config: Arc<ServerConfig>) -> Option<()> {
        let line = self.line()?;
        if !line.eq_ignore_ascii_case("STARTTLS") {
            self.send("503 5.5.1 expected STARTTLS");
            return None;
        }
        self.send("220 2.0.0 ready to start TLS");
        let old = std::mem::replace(&mut self.reader, BufReader::new(Box::new(Nothing)));
        let inner = old.into_inner();
        let tls = rustls::ServerConnection::new(config).ok()?;
        self.reader = BufReader::new(Box::new(rustls::StreamOwned::new(tls, inner)));
        Some(())
    }

    /// Reads and answers EHLO like [`Conn::ehlo`]; returns the name the client gave.
    pub fn ehlo_name(&mut self, extensions: &[&str]) -> Option<String> {
        let line = self.line()?;
        if !line.to_ascii_uppercase().starts_with("EHLO") {
            self.send("500 5.5.1 expected EHLO");
            return None;
        }
        self.ehlo_reply(extensions);
        Some(line[4..].trim().to_owned())
    }

    /// Greets like [`Conn::greet`]; returns the name the client gave in EHLO.
    pub fn greet_named(&mut self, extensions: &[&str]) -> Option<String> {
        self.send("220 fault.test ESMTP ready");
        self.ehlo_name(extensions)
    }

    /// Everything the client has already sent (what is buffered and what arrives) until it closes
    /// the connection or `wait` has passed: shows what a client pipelined, or that it sent nothing.
    pub fn read_available(&mut self, wait: Duration) -> Available {
        let mut got = Available {
            bytes: self.reader.buffer().to_vec(),
            closed: false,
        };
        self.reader.consume(got.bytes.len());
        let deadline = Instant::now() + wait;
        let mut buf = [0u8; 16 * 1024];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            if let Some(tcp) = &self.tcp {
                let _ = tcp.set_read_timeout(Some(left.max(Duration::from_millis(1))));
            }
            match self.reader.get_mut().read(&mut buf) {
                Ok(0) => {
                    got.closed = true;
                    break;
                }
                Ok(n) => got.bytes.extend_from_slice(&buf[..n]),
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    break;
                }
                Err(_) => {
                    got.closed = true;
                    break;
                }
            }
        }
        if let Some(tcp) = &self.tcp {
            let _ = tcp.set_read_timeout(Some(CLIENT_QUIET));
        }
        got
    }

    /// Exactly `n` bytes from the client (a BDAT chunk), `None` when it hung up first.
    pub fn read_exact(&mut self, n: usize) -> Option<Vec<u8>> {
        let mut buf = vec![0; n];
        self.reader.read_exact(&mut buf).ok()?;
        Some(buf)
    }

    /// The message after a `354`: lines up to the lone dot, each with CRLF, with the leading dot
    /// of every line that has one taken off (RFC 5321 §4.5.2: a client doubles it). `None` when
    /// the client hung up before the final dot.
    pub fn read_data(&mut self) -> Option<Vec<u8>> {
        self.read_data_raw(&mut Vec::new())
    }

    /// [`Conn::read_data`], keeping the lines as they came (still dot-stuffed) in `raw`.
    pub fn read_data_raw(&mut self, raw: &mut Vec<u8>) -> Option<Vec<u8>> {
        let mut data = Vec::new();
        loop {
            let mut got = Vec::new();
            if self.reader.read_until(b'\n', &mut got).ok()? == 0 || !got.ends_with(b"\n") {
                return None;
            }
            let line = got
                .strip_suffix(b"\r\n")
                .or_else(|| got.strip_suffix(b"\n"))
                .unwrap_or(&got);
            if line == b"." {
                return Some(data);
            }
            raw.extend_from_slice(&got);
            data.extend_from_slice(line.strip_prefix(b".").unwrap_or(line));
            data.extend_from_slice(b"\r\n");
        }
    }

    /// Writes `chunk` again and again until the client stops taking it or `limit` bytes went out.
    pub fn stream(&mut self, chunk: &[u8], limit: u64) -> Streamed {
        let mut streamed = Streamed::default();
        while streamed.bytes < limit {
            match self.reader.get_mut().write(chunk) {
                Ok(0) => return streamed,
                Ok(n) => streamed.bytes += n as u64,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    streamed.hung_up = matches!(
                        e.kind(),
                        std::io::ErrorKind::BrokenPipe
                            | std::io::ErrorKind::ConnectionReset
                            | std::io::ErrorKind::ConnectionAborted
                    );
                    return streamed;
                }
            }
        }
        streamed.finished = true;
        streamed
    }

    /// Sends one or more reply lines (each gets CRLF).
    pub fn send(&mut self, lines: &str) {
        for line in lines.lines() {
            let _ = self
                .reader
                .get_mut()
                .write_all(format!("{line}\r\n").as_bytes());
        }
        let _ = self.reader.get_mut().flush();
    }

    /// Sends bytes exactly as given, without a line end (for servers that misbehave).
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let _ = self.reader.get_mut().write_all(bytes);
        let _ = self.reader.get_mut().flush();
    }

    /// The next command line from the client, `None` when it hung up.
    pub fn line(&mut self) -> Option<String> {
        let mut buf = String::new();
        match self.reader.read_line(&mut buf) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(buf.trim_end().to_owned()),
        }
    }

    /// Reads commands, answering each with `reply`, until one starting with `prefix` (returned).
    pub fn until(&mut self, prefix: &str) -> Option<String> {
        loop {
            let line = self.line()?;
            if line.to_ascii_uppercase().starts_with(prefix) {
                return Some(line);
            }
            if line.to_ascii_uppercase().starts_with("QUIT") {
                self.send("221 bye");
                return None;
            }
            self.send("250 ok");
        }
    }

    /// Greets, reads EHLO and offers `extensions`.
    pub fn greet(&mut self, extensions: &[&str]) -> Option<()> {
        self.send("220 fault.test ESMTP ready");
        self.ehlo(extensions)
    }

    pub fn ehlo(&mut self, extensions: &[&str]) -> Option<()> {
        self.ehlo_name(extensions).map(|_| ())
    }

    fn ehlo_reply(&mut self, extensions: &[&str]) {
        let mut reply = vec!["250-fault.test".to_string()];
        for (i, e) in extensions.iter().enumerate() {
            let sep = if i + 1 == extensions.len() { ' ' } else { '-' };
            reply.push(format!("250{sep}{e}"));
        }
        if extensions.is_empty() {
            reply = vec!["250 fault.test".to_string()];
        }
        self.send(&reply.join("\n"));
    }

    /// Handles QUIT politely if the client sends it.
    pub fn bye(&mut self) {
        while let Some(line) = self.line() {
            if line.to_ascii_uppercase().starts_with("QUIT") {
                self.send("221 bye");
                return;
            }
            if line.to_ascii_uppercase().starts_with("RSET")
                || line.to_ascii_uppercase().starts_with("NOOP")
            {
                self.send("250 ok");
            } else {
                self.send("503 5.5.1 not now");
            }
        }
    }
}

/// How connections are accepted.
pub enum Listen {
    Plain,
    Tls(Arc<ServerConfig>),
}

pub struct FaultServer {
    pub port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FaultServer {
    pub fn start(
        listen: Listen,
        script: impl Fn(&mut Conn) + Send + Sync + 'static,
    ) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let script = Arc::new(script);
        let listen = Arc::new(listen);
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            while !stopping.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((tcp, _)) => {
                        let script = script.clone();
                        let listen = listen.clone();
                        std::thread::spawn(move || serve(tcp, &listen, &*script));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        FaultServer {
            port,
            stop,
            thread: Some(thread),
        }
    }
}

fn serve(tcp: TcpStream, listen: &Listen, script: &(dyn Fn(&mut Conn) + Send + Sync)) {
    tcp.set_nonblocking(false).unwrap();
    let _ = tcp.set_nodelay(true);
    // No test may hang: a client that goes quiet, or stops reading, is dropped.
    tcp.set_read_timeout(Some(CLIENT_QUIET)).unwrap();
    tcp.set_write_timeout(Some(CLIENT_QUIET)).unwrap();
    let handle = tcp.try_clone().ok();
    let stream: Box<dyn Stream> = match listen {
        Listen::Plain => Box::new(tcp),
        Listen::Tls(config) => {
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                return;
            };
            Box::new(rustls::StreamOwned::new(conn, tcp))
        }
    };
    let mut conn = Conn {
        reader: BufReader::new(stream),
        tcp: handle,
    };
    script(&mut conn);
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A port where nothing listens.
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A listener whose accept queue is full, so new connections hang in SYN-SENT like a firewall that
/// drops packets. Keep the returned value alive for the test.
pub struct Blackhole {
    pub port: u16,
    _listener: socket2::Socket,
    _fillers: Vec<socket2::Socket>,
}

pub fn blackhole() -> Blackhole {
    use socket2::{Domain, Socket, Type};
    let listener = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
    listener.bind(&addr.into()).unwrap();
    listener.listen(0).unwrap();
    let addr = listener.local_addr().unwrap().as_socket().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..8 {
        let s = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        match s.connect_timeout(&addr.into(), Duration::from_millis(200)) {
            Ok(()) => fillers.push(s),
            Err(_) => break,
        }
    }
    Blackhole {
        port: addr.port(),
        _listener: listener,
        _fillers: fillers,
    }
}

/// Messages a server accepted, as DATA bytes.
pub type Inbox = Arc<std::sync::Mutex<Vec<Vec<u8>>>>;

/// Plays a normal server: accepts every message into `inbox` and answers `data_reply(n)` to the
/// n-th DATA (n counts from 1 across connections), so a test can inject failures. A reply of
/// `"drop"` hangs up in the middle of the data instead.
pub fn accepting(
    inbox: Inbox,
    data_reply: impl Fn(usize) -> String + Send + Sync + 'static,
) -> impl Fn(&mut Conn) + Send + Sync + 'static {
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    move |c: &mut Conn| {
        if c.greet(&["SIZE 50000000", "8BITMIME", "PIPELINING"])
            .is_none()
        {
            return;
        }
        loop {
            let Some(line) = c.line() else { return };
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("QUIT") {
                c.send("221 bye");
                return;
            } else if upper.starts_with("DATA") {
                c.send("354 go ahead");
                let mut data = Vec::new();
                loop {
                    let Some(l) = c.line() else { return };
                    if l == "." {
                        break;
                    }
                    data.extend_from_slice(
                        l.strip_prefix('.')
                            .filter(|_| l.starts_with(".."))
                            .unwrap_or(&l)
                            .as_bytes(),
                    );
                    data.extend_from_slice(b"\r\n");
                }
                let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                let reply = data_reply(n);
                if reply == "drop" {
                    return;
                }
                if reply.starts_with('2') {
                    inbox.lock().unwrap().push(data);
                }
                c.send(&reply);
            } else {
                c.send("250 ok");
            }
        }
    }
}

/// What a [`receiving`] server saw.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    /// The name given in each EHLO.
    pub ehlo: Vec<String>,
    /// Every command line, in order (EHLO, MAIL, RCPT, DATA, BDAT, RSET, QUIT...).
    pub commands: Vec<String>,
    /// Each message as the server stored it: DATA with the dot-stuffing undone, or BDAT chunks.
    pub messages: Vec<Vec<u8>>,
    /// The DATA lines exactly as they came (still dot-stuffed), for each message sent with DATA.
    pub raw_data: Vec<Vec<u8>>,
    /// The conversation is over (QUIT, or the client hung up).
    pub ended: bool,
}

pub type Record<T> = Arc<std::sync::Mutex<T>>;

/// A well-behaved server offering `extensions`: accepts every envelope and every message (DATA or
/// `BDAT <n> [LAST]`) and records what it saw in `seen`.
pub fn receiving(
    extensions: &'static [&'static str],
    seen: Record<Seen>,
) -> impl Fn(&mut Conn) + Send + Sync + 'static {
    move |c: &mut Conn| {
        converse(c, extensions, &seen);
        seen.lock().unwrap().ended = true;
    }
}

fn converse(c: &mut Conn, extensions: &[&str], seen: &Record<Seen>) {
    let Some(name) = c.greet_named(extensions) else {
        return;
    };
    seen.lock().unwrap().ehlo.push(name);
    let mut chunks: Vec<u8> = Vec::new();
    while let Some(line) = c.line() {
        seen.lock().unwrap().commands.push(line.clone());
        let upper = line.to_ascii_uppercase();
        let mut words = upper.split_whitespace();
        match words.next().unwrap_or_default() {
            "QUIT" => {
                c.send("221 2.0.0 bye");
                return;
            }
            "EHLO" => {
                let name = line[4..].trim().to_owned();
                seen.lock().unwrap().ehlo.push(name);
                c.ehlo_reply(extensions);
            }
            "DATA" => {
                c.send("354 go ahead");
                let mut raw = Vec::new();
                let Some(message) = c.read_data_raw(&mut raw) else {
                    return;
                };
                let mut seen = seen.lock().unwrap();
                seen.messages.push(message);
                seen.raw_data.push(raw);
                drop(seen);
                c.send("250 2.0.0 queued as F4ULT");
            }
            "BDAT" => {
                let Some(n) = words.next().and_then(|n| n.parse::<usize>().ok()) else {
                    c.send("501 5.5.4 BDAT needs a size");
                    continue;
                };
                let last = words.next() == Some("LAST");
                let Some(chunk) = c.read_exact(n) else { return };
                chunks.extend_from_slice(&chunk);
                if last {
                    seen.lock()
                        .unwrap()
                        .messages
                        .push(std::mem::take(&mut chunks));
                    c.send("250 2.0.0 queued as F4ULT");
                } else {
                    c.send(&format!("250 2.0.0 {n} octets received"));
                }
            }
            _ => c.send("250 2.1.0 ok"),
        }
    }
}

/// A man in the middle's STARTTLS: the server offers STARTTLS and answers it with `220` and, in
/// the same write, a forged EHLO reply. What the client sends afterwards (for up to 3 s, or until
/// it closes) is recorded in `after`; `None` there means STARTTLS never came.
pub fn starttls_injection(after: Record<Option<Available>>) -> impl Fn(&mut Conn) + Send + Sync {
    move |c: &mut Conn| {
        if c.greet(&["STARTTLS", "SIZE 10000000"]).is_none() {
            return;
        }
        loop {
            let Some(line) = c.line() else { return };
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("STARTTLS") {
                c.send_raw(b"220 2.0.0 Ready to start TLS\r\n250-x\r\n250 AUTH PLAIN LOGIN\r\n");
                let got = c.read_available(Duration::from_secs(3));
                *after.lock().unwrap() = Some(got);
                return;
            }
            if upper.starts_with("QUIT") {
                c.send("221 bye");
                return;
            }
            c.send("503 5.5.1 STARTTLS first");
        }
    }
}

/// How much an endless reply offers: far more than any client may keep.
pub const ENDLESS: u64 = 256 << 20;

/// Writes `head`, then `chunk` over and over (up to [`ENDLESS`] bytes) until the client hangs
/// up; records how that ended in `streamed`.
pub fn endless(c: &mut Conn, head: &[u8], chunk: &[u8], streamed: &Record<Option<Streamed>>) {
    c.send_raw(head);
    let s = c.stream(chunk, ENDLESS);
    *streamed.lock().unwrap() = Some(s);
}

/// What a script recorded in `slot` (it may still be busy when the client has finished), waiting
/// up to 30 s for it.
pub fn wait_recorded<T: Clone>(slot: &Record<Option<T>>) -> T {
    wait_until(slot, |v| v.clone())
}

/// Waits up to 30 s until `ready` finds what it needs in what a script records.
pub fn wait_until<T, R>(record: &Record<T>, ready: impl Fn(&T) -> Option<R>) -> R {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(value) = ready(&record.lock().unwrap()) {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "the server's script recorded nothing within 30 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
