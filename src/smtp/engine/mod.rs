//! The one SMTP engine: every conversation with a server — `check`, `probe`, detection, the wizard's
//! test, `send`, the outbox — runs this connect / TLS / EHLO / AUTH / MAIL code. The doctor observes
//! it through [`StepReport`]s; it does not repeat it.
//!
//! Our own code on tokio + rustls rather than lettre's client, because what we need is in the
//! places a general client does not bound or expose: every read is bounded inside the reader
//! ([`reply`]); nothing the server sent before a TLS handshake is kept; the step is known because
//! the engine is at that step; the transcript is redacted by the client's own state; replies are
//! pipelined (RFC 2920); the final reply has its own deadline, and a loss after the final dot is
//! named `outcome_unknown`. lettre still builds every message.

mod auth;
pub mod net;
mod open;
pub mod reply;
mod send;
mod transcript;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::tls::{Connector, TlsInfo};
use crate::account::ServerSettings;
use crate::problem::{Problem, ProblemKind, Reply, Step, classify_reply, suggestion_for};
pub use open::{open, open_for_sending};
pub use reply::Response;
use reply::{Malformed, Parser};
use transcript::Transcript;

/// Goodbyes and clean-ups (QUIT, RSET) never hold a caller up longer than this.
const SHORT: Duration = Duration::from_secs(2);

/// What the server needs to sign in. The secret never leaves this struct except towards the server.
#[derive(Clone)]
pub struct Credentials {
    pub username: String,
    secret: String,
}

impl Credentials {
    pub fn new(username: impl Into<String>, secret: impl Into<String>) -> Credentials {
        Credentials {
            username: username.into(),
            secret: secret.into(),
        }
    }

    pub(crate) fn secret(&self) -> &str {
        &self.secret
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// Where a fresh access token comes from when the server refuses one at AUTH: the engine asks once
/// and signs in once more on the same connection. Implemented for saved accounts by `secrets`, so
/// the engine never reads the keychain itself.
pub trait TokenSource: Send + Sync {
    /// New credentials after `refused` was refused with `problem`; `None` when retrying cannot
    /// help (a password). An error is the problem to report instead.
    fn fresh<'a>(
        &'a self,
        refused: &'a Credentials,
        problem: &'a Problem,
    ) -> futures::future::BoxFuture<'a, Result<Option<Credentials>, Problem>>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepStatus {
    Ok,
    Failed,
    Skipped,
}

/// One step of the conversation as the doctor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepReport {
    pub name: Step,
    pub status: StepStatus,
    pub ms: u64,
    pub detail: String,
}

/// What the server said about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ServerReport {
    pub banner: String,
    pub extensions: Vec<String>,
    pub auth_mechanisms: Vec<String>,
    pub max_size: Option<u64>,
    pub tls: Option<TlsInfo>,
}

impl ServerReport {
    fn offers(&self, keyword: &str) -> bool {
        self.extensions.iter().any(|e| {
            e.split_whitespace()
                .next()
                .is_some_and(|k| k.eq_ignore_ascii_case(keyword))
        })
    }
}

/// Where a message is on its way, for a progress line ("waiting for the server to confirm").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The message is being written to the server.
    Uploading,
    /// All of it was written; the server's confirmation is awaited (up to the final-reply deadline).
    Confirming,
}

/// A connection that could not be opened: the problem, the failed step's time, and what was seen.
#[derive(Debug, Clone)]
pub struct Failure {
    pub problem: Problem,
    pub ms: u64,
    pub server: ServerReport,
    pub transcript: Vec<String>,
}

/// What [`open`] needs.
pub struct Open<'a> {
    pub settings: &'a ServerSettings,
    pub credentials: Option<Credentials>,
    pub tokens: Option<&'a dyn TokenSource>,
    /// Sees each step as soon as it is known (the doctor's live checklist).
    pub progress: &'a (dyn Fn(&StepReport) + Send + Sync),
}

enum Stream {
    Plain(TcpStream),
    Tls(Box<net::TlsStream>),
    Closed,
}

/// A failed read or write, before it is named at a step.
enum Io {
    Timeout,
    Closed,
    Malformed,
}

/// An open, greeted, possibly encrypted and signed-in connection.
pub struct Connection {
    stream: Stream,
    /// Bytes read but not yet part of a reply: at most one partial line and one read.
    input: Vec<u8>,
    parser: Parser,
    transcript: Transcript,
    server: ServerReport,
    credentials: Option<Credentials>,
    host: String,
    port: u16,
    timeout: Duration,
    final_reply: Duration,
    /// Something went wrong mid-conversation: the connection must not be used again.
    broken: bool,
    local: Option<SocketAddr>,
}

fn elapsed_ms(started: Instant) -> u64 {
    started.elapsed().as_millis() as u64
}

/// What the report shows of a certificate that was refused: who it is for and who issued it.
fn refused_certificate(connector: &Connector) -> Option<TlsInfo> {
    connector
        .certificate()
        .map(|(subject, issuer, not_after)| TlsInfo {
            version: String::new(),
            cipher: String::new(),
            subject,
            issuer,
            not_after,
        })
}

impl Connection {
    fn new(stream: Stream, settings: &ServerSettings, local: Option<SocketAddr>) -> Connection {
        Connection {
            stream,
            input: Vec::new(),
            parser: Parser::default(),
            transcript: Transcript::default(),
            server: ServerReport::default(),
            credentials: None,
            host: settings.host.trim().to_owned(),
            port: settings.port,
            timeout: settings.timeout(),
            final_reply: settings.final_reply_timeout(),
            broken: false,
            local,
        }
    }

    pub fn server(&self) -> &ServerReport {
        &self.server
    }

    /// The credentials that signed in (a refreshed token replaces a refused one).
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    pub fn transcript(&self) -> Vec<String> {
        self.transcript.lines()
    }

    /// The server's announced size limit, if any.
    pub fn max_size(&self) -> Option<u64> {
        self.server.max_size
    }

    /// Drops the connection without another word: in the middle of DATA, a connection closed
    /// without the final dot makes the server discard the message.
    pub fn abandon(&mut self) {
        self.broken = true;
        self.input.clear();
        self.stream = Stream::Closed;
    }

    /// The connection cannot be used for another message.
    pub fn is_broken(&self) -> bool {
        self.broken || matches!(self.stream, Stream::Closed)
    }

    fn problem(&self, kind: ProblemKind, step: Step) -> Problem {
        let mut p = Problem::new(kind, step).at(&self.host, self.port);
        p.suggestion = suggestion_for(kind, self.port);
        p
    }

    /// A negative reply, named at the step it answered, with the server's words.
    fn refused(&self, r: &Response, step: Step) -> Problem {
        let mut kind = classify_reply(&Reply::new(r.code, &r.text()), step);
        if step == Step::Starttls && kind != ProblemKind::RateLimited {
            kind = ProblemKind::StarttlsUnavailable;
        }
        self.problem(kind, step).with_reply(r.words())
    }

    fn io_problem(&mut self, e: Io, step: Step) -> Problem {
        self.broken = true;
        let kind = match e {
            Io::Malformed => ProblemKind::UnexpectedReply,
            Io::Timeout | Io::Closed => ProblemKind::ConnectionLost,
        };
        self.problem(kind, step)
    }

    fn fail(&mut self, problem: Problem, started: Instant) -> Box<Failure> {
        Box::new(Failure {
            problem,
            ms: elapsed_ms(started),
            server: self.server.clone(),
            transcript: self.transcript.lines(),
        })
    }

    async fn read_some(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match &mut self.stream {
            Stream::Plain(s) => s.read(buf).await,
            Stream::Tls(s) => s.read(buf).await,
            Stream::Closed => Ok(0),
        }
    }

    /// Reads one reply within `deadline`. The input never holds more than one partial line and
    /// one read: a line or a reply past the reader's limits is refused as soon as it is seen.
    async fn read_reply(&mut self, deadline: Duration) -> Result<Response, Io> {
        let until = tokio::time::Instant::now() + deadline;
        let mut chunk = [0u8; 8192];
        loop {
            let transcript = &mut self.transcript;
            match self.parser.feed(&mut self.input, |l| transcript.server(l)) {
                Ok(Some(r)) => return Ok(r),
                Ok(None) => {}
                Err(m) => {
                    self.broken = true;
                    self.input.clear();
                    self.transcript.note(match m {
                        Malformed::LineTooLong => "reply line too long: not read further",
                        Malformed::TooManyLines => "reply too long: not read further",
                        Malformed::NotAReply => "not an SMTP reply",
                    });
                    return Err(Io::Malformed);
                }
            }
            match tokio::time::timeout_at(until, self.read_some(&mut chunk)).await {
                Err(_) => return Err(Io::Timeout),
                Ok(Ok(0)) | Ok(Err(_)) => {
                    self.broken = true;
                    return Err(Io::Closed);
                }
                Ok(Ok(n)) => self.input.extend_from_slice(&chunk[..n]),
            }
        }
    }

    /// Writes bytes within `deadline`; `shown` are the transcript's lines for them.
    async fn write(&mut self, bytes: &[u8], deadline: Duration) -> Result<(), Io> {
        let write = async {
            match &mut self.stream {
                Stream::Plain(s) => {
                    s.write_all(bytes).await?;
                    s.flush().await
                }
                Stream::Tls(s) => {
                    s.write_all(bytes).await?;
                    s.flush().await
                }
                Stream::Closed => Err(std::io::ErrorKind::NotConnected.into()),
            }
        };
        match tokio::time::timeout(deadline, write).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => {
                self.broken = true;
                Err(Io::Closed)
            }
            Err(_) => {
                self.broken = true;
                Err(Io::Timeout)
            }
        }
    }

    /// Writes command lines (each without CRLF) in one write, recording them.
    async fn commands(&mut self, lines: &[String], step: Step) -> Result<(), Problem> {
        let mut bytes = Vec::new();
        for line in lines {
            self.transcript.client(line);
            bytes.extend_from_slice(line.as_bytes());
            bytes.extend_from_slice(b"\r\n");
        }
        let deadline = self.timeout;
        self.write(&bytes, deadline)
            .await
            .map_err(|e| self.io_problem(e, step))
    }

    /// The next reply, named at `step` when none comes.
    async fn reply(&mut self, step: Step) -> Result<Response, Problem> {
        let deadline = self.timeout;
        self.read_reply(deadline)
            .await
            .map_err(|e| self.io_problem(e, step))
    }

    /// One command and its reply; a negative reply is a problem at `step`.
    pub async fn command(&mut self, line: &str, step: Step) -> Result<Response, Problem> {
        self.commands(&[line.to_owned()], step).await?;
        let r = self.reply(step).await?;
        if r.is_positive() {
            Ok(r)
        } else {
            Err(self.refused(&r, step))
        }
    }

    async fn ehlo(&mut self) -> Result<(), Problem> {
        let name = net::ehlo_name(self.local);
        let r = self.command(&format!("EHLO {name}"), Step::Ehlo).await?;
        self.read_extensions(&r);
        Ok(())
    }

    fn read_extensions(&mut self, ehlo: &Response) {
        let server = &mut self.server;
        server.extensions.clear();
        server.auth_mechanisms.clear();
        server.max_size = None;
        for line in ehlo.lines.iter().skip(1) {
            let ext = line.trim().to_owned();
            let mut words = ext.split(|c: char| c.is_whitespace() || c == '=');
            match words.next().map(|w| w.to_ascii_uppercase()).as_deref() {
                Some("AUTH") => {
                    for m in words.filter(|w| !w.is_empty()) {
                        let m = m.to_ascii_uppercase();
                        if !server.auth_mechanisms.contains(&m) {
                            server.auth_mechanisms.push(m);
                        }
                    }
                }
                Some("SIZE") => {
                    server.max_size = words.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0)
                }
                _ => {}
            }
            if !ext.is_empty() {
                server.extensions.push(ext);
            }
        }
    }

    /// STARTTLS, refusing the upgrade when the server sent anything after its `220`: those bytes
    /// could only have been injected in plain text (they would answer our encrypted commands).
    async fn starttls(&mut self) -> Result<(), Problem> {
        if !self.server.offers("STARTTLS") {
            let p = self.problem(ProblemKind::StarttlsUnavailable, Step::Starttls);
            self.goodbye().await;
            return Err(p);
        }
        if let Err(p) = self.command("STARTTLS", Step::Starttls).await {
            if !self.broken {
                self.goodbye().await;
            }
            return Err(p);
        }
        let mut extra = !self.input.is_empty();
        if let Stream::Plain(tcp) = &self.stream {
            let mut probe = [0u8; 1];
            extra |= matches!(tcp.try_read(&mut probe), Ok(n) if n > 0);
        }
        if extra {
            self.transcript
                .note("bytes after the 220 to STARTTLS: not read, nothing sent");
            self.abandon();
            return Err(self.problem(ProblemKind::StarttlsTampered, Step::Starttls));
        }
        Ok(())
    }

    async fn upgrade(&mut self, connector: &Connector) -> Result<(), Problem> {
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Closed) else {
            self.broken = true;
            return Err(self.problem(ProblemKind::ConnectionLost, Step::Tls));
        };
        match net::handshake(connector, &self.host, tcp, self.timeout).await {
            Ok(stream) => {
                let info = connector.info(stream.get_ref().1);
                self.server.tls = Some(info);
                self.stream = Stream::Tls(Box::new(stream));
                self.transcript.note("TLS");
                Ok(())
            }
            Err(kind) => {
                self.broken = true;
                self.server.tls = refused_certificate(connector);
                // Plain text where the handshake's answer belongs, right after the server agreed
                // to encrypt: bytes that arrived between its 220 and the handshake.
                if kind == ProblemKind::ExpectsStarttls {
                    return Err(self.problem(ProblemKind::StarttlsTampered, Step::Starttls));
                }
                Err(self.problem(kind, Step::Tls))
            }
        }
    }

    /// QUIT without waiting for the answer (as Postfix's own client does): the work is done.
    async fn goodbye(&mut self) {
        if !self.is_broken() {
            self.transcript.client("QUIT");
            let _ = self.write(b"QUIT\r\n", SHORT).await;
        }
    }

    /// Says goodbye and closes the connection.
    pub async fn quit(mut self) {
        self.goodbye().await;
        self.shutdown().await;
    }

    /// QUIT and the server's answer: whether it said goodbye (the doctor's last step).
    pub async fn quit_and_wait(&mut self) -> bool {
        if self.is_broken() {
            return false;
        }
        let ok = self
            .commands(&["QUIT".to_owned()], Step::Quit)
            .await
            .is_ok()
            && matches!(self.read_reply(SHORT).await, Ok(r) if r.code / 100 == 2);
        self.shutdown().await;
        ok
    }

    async fn shutdown(&mut self) {
        let stream = std::mem::replace(&mut self.stream, Stream::Closed);
        let _ = tokio::time::timeout(SHORT, async {
            match stream {
                Stream::Plain(mut s) => {
                    let _ = s.shutdown().await;
                }
                Stream::Tls(mut s) => {
                    let _ = s.shutdown().await;
                }
                Stream::Closed => {}
            }
        })
        .await;
    }
}
