//! The byte stream under a diagnostic conversation. lettre's client layer speaks SMTP over it; this
//! layer records what was said (with secrets redacted) and lets the doctor swap plain TCP for TLS in
//! place after STARTTLS, so the transcript stays readable after the upgrade.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Instant;

use lettre::transport::smtp::client::AsyncTokioStream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

enum Layer {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// While the doctor performs a TLS handshake on the socket.
    Detached,
}

/// The longest reply line kept, in bytes before the line feed. RFC 5321 §4.5.3.1.5 allows 512 octets
/// including CRLF; real servers stay well inside that, so this is generous yet keeps a server that
/// never ends its line from growing our memory until the timeout.
const MAX_REPLY_LINE: usize = 4096;
/// Marks a line cut at [`MAX_REPLY_LINE`] in the transcript and in the reply.
const TRUNCATED: &str = "…";
/// Lines kept per reply. An EHLO reply lists a few dozen extensions at most; past this only the
/// first lines and the final one (which carries the code that ends the reply) are kept.
const MAX_REPLY_LINES: usize = 64;
/// Replies kept. A check sends about fifteen commands; a server that sends more replies than this is
/// flooding us, and what it says after that adds nothing a person could use.
const MAX_REPLIES: usize = 64;
/// Transcript lines kept: the first half and the most recent half, with a note of how many were left
/// out in between, so both the start of the conversation and where it failed stay visible.
const MAX_TRANSCRIPT_LINES: usize = 1000;

#[derive(Default)]
struct Log {
    /// The first transcript lines, up to half of [`MAX_TRANSCRIPT_LINES`].
    lines: Vec<String>,
    /// The newest transcript lines once `lines` is full, up to the other half.
    tail: VecDeque<String>,
    /// Transcript lines dropped between `lines` and `tail`.
    omitted: usize,
    /// The reply line received so far, at most `MAX_REPLY_LINE + 1` bytes (room for a CR).
    incoming: Vec<u8>,
    /// The line in `incoming` went past the limit; the rest of it up to the line feed is dropped.
    incoming_cut: bool,
    outgoing: Vec<u8>,
    /// Complete replies received so far, each as its lines.
    replies: Vec<Vec<String>>,
    current_reply: Vec<String>,
    first_byte_at: Option<Instant>,
    /// The server asked for the next part of a sign-in (334): the client's next line is secret.
    secret_next: bool,
}

impl Log {
    fn received(&mut self, bytes: &[u8]) {
        if self.first_byte_at.is_none() && !bytes.is_empty() {
            self.first_byte_at = Some(Instant::now());
        }
        // Only the new bytes are searched for line feeds, so a long line costs linear time.
        let mut rest = bytes;
        while let Some(pos) = rest.iter().position(|&b| b == b'\n') {
            self.keep_incoming(&rest[..pos]);
            self.end_reply_line();
            rest = &rest[pos + 1..];
        }
        self.keep_incoming(rest);
    }

    /// Adds part of a reply line to `incoming`, dropping whatever goes past the limit.
    fn keep_incoming(&mut self, part: &[u8]) {
        let room = (MAX_REPLY_LINE + 1).saturating_sub(self.incoming.len());
        if part.len() > room {
            self.incoming_cut = true;
        }
        self.incoming
            .extend_from_slice(&part[..part.len().min(room)]);
    }

    fn end_reply_line(&mut self) {
        let mut raw = std::mem::take(&mut self.incoming);
        while raw.last() == Some(&b'\r') {
            raw.pop();
        }
        let cut = std::mem::take(&mut self.incoming_cut) || raw.len() > MAX_REPLY_LINE;
        raw.truncate(MAX_REPLY_LINE);
        let mut line = String::from_utf8_lossy(&raw).into_owned();
        if cut {
            line.push_str(TRUNCATED);
        }
        self.secret_next = line.starts_with("334");
        self.push_line(format!("S: {line}"));
        let last = line.len() < 4 || line.as_bytes()[3] != b'-';
        // Keep room for the final line: its code is what the reply means.
        if last || self.current_reply.len() < MAX_REPLY_LINES - 1 {
            self.current_reply.push(line);
        }
        if last {
            let reply = std::mem::take(&mut self.current_reply);
            if self.replies.len() < MAX_REPLIES {
                self.replies.push(reply);
            }
        }
    }

    fn push_line(&mut self, line: String) {
        if self.lines.len() < MAX_TRANSCRIPT_LINES / 2 {
            self.lines.push(line);
            return;
        }
        self.tail.push_back(line);
        if self.tail.len() > MAX_TRANSCRIPT_LINES / 2 {
            self.tail.pop_front();
            self.omitted += 1;
        }
    }

    fn transcript(&self) -> Vec<String> {
        let mut all = self.lines.clone();
        if self.omitted > 0 {
            all.push(format!("-- {} lines not kept --", self.omitted));
        }
        all.extend(self.tail.iter().cloned());
        all
    }

    fn sent(&mut self, bytes: &[u8]) {
        self.outgoing.extend_from_slice(bytes);
        while let Some(pos) = self.outgoing.iter().position(|&b| b == b'\n') {
            let raw: Vec<u8> = self.outgoing.drain(..=pos).collect();
            let line = String::from_utf8_lossy(&raw)
                .trim_end_matches(['\r', '\n'])
                .to_owned();
            let shown = redact(&line, self.secret_next);
            self.secret_next = false;
            self.push_line(format!("C: {shown}"));
        }
    }
}

/// Hides everything secret a client line can carry: AUTH arguments and answers to 334 challenges.
pub fn redact(line: &str, answering_challenge: bool) -> String {
    if answering_challenge {
        return "********".into();
    }
    let upper = line.to_ascii_uppercase();
    if let Some(rest) = upper.strip_prefix("AUTH ") {
        let mechanism = rest.split_whitespace().next().unwrap_or_default();
        let has_argument = rest.split_whitespace().nth(1).is_some();
        return if has_argument {
            format!("AUTH {mechanism} ********")
        } else {
            format!("AUTH {mechanism}")
        };
    }
    line.to_owned()
}

/// A stream shared by lettre's connection and the doctor.
#[derive(Clone)]
pub struct Wire {
    layer: Arc<Mutex<Layer>>,
    log: Arc<Mutex<Log>>,
    peer: SocketAddr,
}

impl std::fmt::Debug for Wire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wire").field("peer", &self.peer).finish()
    }
}

impl Wire {
    pub fn plain(stream: TcpStream) -> io::Result<Wire> {
        let peer = stream.peer_addr()?;
        Ok(Wire {
            layer: Arc::new(Mutex::new(Layer::Plain(stream))),
            log: Arc::default(),
            peer,
        })
    }

    pub fn tls(stream: TlsStream<TcpStream>) -> io::Result<Wire> {
        let peer = stream.get_ref().0.peer_addr()?;
        let wire = Wire {
            layer: Arc::new(Mutex::new(Layer::Tls(Box::new(stream)))),
            log: Arc::default(),
            peer,
        };
        wire.note("TLS");
        Ok(wire)
    }

    /// Takes the plain socket out for a TLS handshake (after the server's 220 to STARTTLS).
    pub fn detach_plain(&self) -> Option<TcpStream> {
        let mut layer = self.layer.lock().expect("wire lock");
        match std::mem::replace(&mut *layer, Layer::Detached) {
            Layer::Plain(s) => Some(s),
            other => {
                *layer = other;
                None
            }
        }
    }

    pub fn attach_tls(&self, stream: TlsStream<TcpStream>) {
        *self.layer.lock().expect("wire lock") = Layer::Tls(Box::new(stream));
        self.note("TLS");
    }

    /// Adds an explanatory line (e.g. "--- TLS started ---") to the transcript.
    pub fn note(&self, what: &str) {
        self.log
            .lock()
            .expect("log lock")
            .push_line(format!("-- {what} --"));
    }

    pub fn transcript(&self) -> Vec<String> {
        self.log.lock().expect("log lock").transcript()
    }

    /// Every complete reply received so far.
    pub fn replies(&self) -> Vec<Vec<String>> {
        self.log.lock().expect("log lock").replies.clone()
    }

    pub fn received_anything(&self) -> bool {
        let log = self.log.lock().expect("log lock");
        log.first_byte_at.is_some()
    }

    pub fn first_byte_at(&self) -> Option<Instant> {
        self.log.lock().expect("log lock").first_byte_at
    }

    pub fn boxed(&self) -> Box<dyn AsyncTokioStream> {
        Box::new(self.clone())
    }
}

fn detached() -> io::Error {
    io::Error::new(
        io::ErrorKind::NotConnected,
        "stream detached for TLS handshake",
    )
}

impl AsyncRead for Wire {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = {
            let mut layer = self.layer.lock().expect("wire lock");
            match &mut *layer {
                Layer::Plain(s) => Pin::new(s).poll_read(cx, buf),
                Layer::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
                Layer::Detached => Poll::Ready(Err(detached())),
            }
        };
        if let Poll::Ready(Ok(())) = &result {
            let new = &buf.filled()[before..];
            if !new.is_empty() {
                self.log.lock().expect("log lock").received(new);
            }
        }
        result
    }
}

impl AsyncWrite for Wire {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let result = {
            let mut layer = self.layer.lock().expect("wire lock");
            match &mut *layer {
                Layer::Plain(s) => Pin::new(s).poll_write(cx, data),
                Layer::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, data),
                Layer::Detached => Poll::Ready(Err(detached())),
            }
        };
        if let Poll::Ready(Ok(n)) = &result {
            self.log.lock().expect("log lock").sent(&data[..*n]);
        }
        result
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut layer = self.layer.lock().expect("wire lock");
        match &mut *layer {
            Layer::Plain(s) => Pin::new(s).poll_flush(cx),
            Layer::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
            Layer::Detached => Poll::Ready(Err(detached())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut layer = self.layer.lock().expect("wire lock");
        match &mut *layer {
            Layer::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Layer::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
            Layer::Detached => Poll::Ready(Ok(())),
        }
    }
}

impl AsyncTokioStream for Wire {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.peer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted() {
        assert_eq!(
            redact("AUTH PLAIN AGJvYgBzZWNyZXQ=", false),
            "AUTH PLAIN ********"
        );
        assert_eq!(redact("AUTH LOGIN", false), "AUTH LOGIN");
        assert_eq!(redact("Ym9i", true), "********");
        assert_eq!(redact("MAIL FROM:<a@b.c>", false), "MAIL FROM:<a@b.c>");
    }

    #[test]
    fn log_splits_replies_and_hides_challenge_answers() {
        let mut log = Log::default();
        log.received(b"220 mx ESMTP\r\n");
        log.sent(b"EHLO me\r\n");
        log.received(b"250-mx\r\n250-AUTH LOGIN\r\n250 SIZE 1000\r\n");
        log.sent(b"AUTH LOGIN\r\n");
        log.received(b"334 VXNlcm5hbWU6\r\n");
        log.sent(b"Ym9i\r\n");
        log.received(b"334 UGFzc3dvcmQ6\r\n");
        log.sent(b"c2VjcmV0\r\n");
        log.received(b"235 ok\r\n");
        assert_eq!(log.replies.len(), 5);
        assert_eq!(
            log.replies[1],
            vec!["250-mx", "250-AUTH LOGIN", "250 SIZE 1000"]
        );
        let text = log.transcript().join("\n");
        assert!(
            !text.contains("Ym9i") && !text.contains("c2VjcmV0"),
            "{text}"
        );
    }

    #[test]
    fn normal_replies_are_kept_as_they_came() {
        let mut log = Log::default();
        // Split mid-line, as reads from a socket are.
        log.received(b"220 mx.example.org ES");
        log.received(b"MTP ready\r\n250-mx\r");
        log.received(b"\n250 8BITMIME\r\n");
        assert_eq!(
            log.transcript(),
            vec![
                "S: 220 mx.example.org ESMTP ready",
                "S: 250-mx",
                "S: 250 8BITMIME"
            ]
        );
        assert_eq!(log.replies.len(), 2);
        assert_eq!(log.replies[1], vec!["250-mx", "250 8BITMIME"]);
        assert!(log.incoming.is_empty() && !log.incoming_cut);
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_not_marked() {
        let mut log = Log::default();
        let line = format!("250 {}\r\n", "a".repeat(MAX_REPLY_LINE - 4));
        log.received(line.as_bytes());
        assert_eq!(log.replies[0][0].len(), MAX_REPLY_LINE);
        assert!(!log.replies[0][0].ends_with(TRUNCATED));
    }

    #[test]
    fn a_line_without_end_stays_bounded() {
        let mut log = Log::default();
        let chunk = vec![b'x'; 64 * 1024];
        // 10 MB with no line feed, in socket-sized pieces.
        for _ in 0..160 {
            log.received(&chunk);
            assert!(log.incoming.len() <= MAX_REPLY_LINE + 1);
        }
        assert!(log.transcript().is_empty() && log.replies.is_empty());
        log.received(b"\r\n250 ok\r\n");
        let transcript = log.transcript();
        assert_eq!(transcript.len(), 2);
        let cut = &transcript[0];
        assert!(cut.ends_with(TRUNCATED), "{}", &cut[cut.len() - 10..]);
        assert_eq!(cut.len(), "S: ".len() + MAX_REPLY_LINE + TRUNCATED.len());
        // The next line is read normally once the long one ends.
        assert_eq!(transcript[1], "S: 250 ok");
        assert_eq!(log.replies.len(), 2);
    }

    #[test]
    fn an_endless_reply_keeps_bounded_lines_and_its_final_code() {
        let mut log = Log::default();
        let many = "250-PIPELINING\r\n".repeat(10_000);
        for _ in 0..20 {
            log.received(many.as_bytes());
            assert!(log.current_reply.len() < MAX_REPLY_LINES);
        }
        log.received(b"550 5.7.1 go away\r\n");
        assert_eq!(log.replies.len(), 1);
        let reply = &log.replies[0];
        assert_eq!(reply.len(), MAX_REPLY_LINES);
        assert_eq!(reply.last().unwrap(), "550 5.7.1 go away");
        let transcript = log.transcript();
        assert_eq!(transcript.len(), MAX_TRANSCRIPT_LINES + 1);
        assert_eq!(transcript[0], "S: 250-PIPELINING");
        assert_eq!(
            transcript[MAX_TRANSCRIPT_LINES / 2],
            format!("-- {} lines not kept --", 200_001 - MAX_TRANSCRIPT_LINES)
        );
        assert_eq!(transcript.last().unwrap(), "S: 550 5.7.1 go away");
    }

    #[test]
    fn a_flood_of_replies_is_not_all_kept() {
        let mut log = Log::default();
        log.received("250 ok\r\n".repeat(100_000).as_bytes());
        assert_eq!(log.replies.len(), MAX_REPLIES);
        assert!(log.transcript().len() <= MAX_TRANSCRIPT_LINES + 1);
    }
}
