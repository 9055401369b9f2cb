//! A stream that stops reading after a fixed number of bytes: the bound on what a server can make
//! the IMAP library buffer, whatever it sends.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

pub struct Bounded<S> {
    inner: S,
    left: u64,
}

impl<S> Bounded<S> {
    pub fn new(inner: S, limit: u64) -> Bounded<S> {
        Bounded { inner, left: limit }
    }
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
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the server sent more than a mail client ever needs",
            )));
        }
        let room = buf.remaining();
        if (room as u64) <= self.left {
            let before = buf.filled().len();
            let result = Pin::new(&mut self.inner).poll_read(cx, buf);
            self.left -= (buf.filled().len() - before) as u64;
            return result;
        }
        // Less is allowed than the caller asks for: read into a buffer of what is left.
        let mut scratch = vec![0u8; self.left as usize];
        let mut limited = ReadBuf::new(&mut scratch);
        let result = Pin::new(&mut self.inner).poll_read(cx, &mut limited);
        let read = limited.filled().len();
        buf.put_slice(limited.filled());
        self.left -= read as u64;
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
    async fn reading_stops_at_the_limit() {
        let data = [b'x'; 100];
        let mut bounded = Bounded::new(&data[..], 40);
        let mut got = Vec::new();
        let error = bounded.read_to_end(&mut got).await.unwrap_err();
        assert_eq!(got.len(), 40);
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
    }
}
