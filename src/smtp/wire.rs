//! The byte stream under a diagnostic conversation. lettre's client layer speaks SMTP over it; this
//! layer records what was said (with secrets redacted) and lets the doctor swap plain TCP for TLS in
//! place after STARTTLS, so the transcript stays readable after the upgrade.

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

#[derive(Default)]
struct Log {
    lines: Vec<String>,
    incoming: Vec<u8>,
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
        self.incoming.extend_from_slice(bytes);
        while let Some(pos) = self.incoming.iter().position(|&b| b == b'\n') {
            let raw: Vec<u8> = self.incoming.drain(..=pos).collect();
            let line = String::from_utf8_lossy(&raw)
                .trim_end_matches(['\r', '\n'])
                .to_owned();
            self.secret_next = line.starts_with("334");
            self.lines.push(format!("S: {line}"));
            let last = line.len() < 4 || line.as_bytes()[3] != b'-';
            self.current_reply.push(line);
            if last {
                self.replies.push(std::mem::take(&mut self.current_reply));
            }
        }
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
            self.lines.push(format!("C: {shown}"));
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
            .lines
            .push(format!("-- {what} --"));
    }

    pub fn transcript(&self) -> Vec<String> {
        self.log.lock().expect("log lock").lines.clone()
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
        let text = log.lines.join("\n");
        assert!(
            !text.contains("Ym9i") && !text.contains("c2VjcmV0"),
            "{text}"
        );
    }
}
