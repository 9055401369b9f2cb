//! A stream that stops reading after a fixed number of bytes: the bound on what a server can make
//! the IMAP library buffer, whatever it sends.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

pub struct Bounded<S> {
    inner: S,
    left: u64,
    /// Bytes since the last line end.
    line: usize,
}

/// The longest line a server may send. Outpost never fetches a message, so no answer it waits for
/// is long: a folder list has a line a folder, a search by Message-ID a line of a few numbers.
/// Without this, a library that parses its buffer again at each read would spend its time on one
/// endless line (quadratic) before the total limit is reached.
pub const LINE_LIMIT: usize = 256 * 1024;

/// The most one read takes.
const CHUNK: usize = 64 * 1024;

impl<S> Bounded<S> {
    pub fn new(inner: S, limit: u64) -> Bounded<S> {
        Bounded {
            inner,
            left: limit,
            line: 0,
        }
    }

    /// Counts what was just read. A line grown past [`LINE_LIMIT`] ends the stream: what was read
    /// is handed over, and the next read fails (a read that fails hands nothing over).
    fn seen(&mut self, read: &[u8]) {
        self.left -= read.len() as u64;
        match read.iter().rposition(|&b| b == b'\n') {
            Some(end) => self.line = read.len() - end - 1,
            None => self.line += read.len(),
        }
        if self.line > LINE_LIMIT {
            self.left = 0;
        }
    }
}

fn too_much() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "the server sent more than a mail client ever needs",
    )
}

impl<S> std::fmt::Debug for Bounded<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bounded").field("left", &self.left).finish()
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Bounded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.left == 0 {
            return Poll::Ready(Err(too_much()));
        }
        // At most one chunk at a time, so a line's length is checked at least every chunk.
        let allowed = buf.remaining().min(CHUNK).min(self.left as usize);
        if allowed == buf.remaining() {
            let before = buf.filled().len();
            let result = Pin::new(&mut self.inner).poll_read(cx, buf);
            self.seen(&buf.filled()[before..]);
            return result;
        }
        let mut scratch = vec![0u8; allowed];
        let mut limited = ReadBuf::new(&mut scratch);
        let result = Pin::new(&mut self.inner).poll_read(cx, &mut limited);
        buf.put_slice(limited.filled());
        self.seen(limited.filled());
        result
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Bounded<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, data)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn an_endless_line_stops_at_the_line_limit() {
        let data = vec![b'x'; 3 * LINE_LIMIT];
        let mut bounded = Bounded::new(&data[..], u64::MAX);
        let mut got = Vec::new();
        let error = bounded.read_to_end(&mut got).await.unwrap_err();
        assert!(got.len() <= LINE_LIMIT + 64 * 1024, "{}", got.len());
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        // Many short lines are fine.
        let lines = b"* LIST () \"/\" INBOX\r\n".repeat(40_000);
        let mut bounded = Bounded::new(&lines[..], u64::MAX);
        let mut got = Vec::new();
        bounded.read_to_end(&mut got).await.unwrap();
        assert_eq!(got.len(), lines.len());
    }

    #[tokio::test]
    async fn reading_stops_at_the_limit() {
        let data = [b'x'; 100];
        let mut bounded = Bounded::new(&data[..], 40);
        let mut got = Vec::new();
        let error = bounded.read_to_end(&mut got).await.unwrap_err();
        assert_eq!(got.len(), 40);
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
    }
}
