//! From nothing to an encrypted IMAP connection with the server's capabilities: the SMTP engine's
//! name lookup, connection and handshake, and for STARTTLS a few plain lines read by hand, so that
//! bytes injected after the server's go-ahead are seen (RFC 3501 §6.2.1) instead of dropped with a
//! library's buffer.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::bounded::Bounded;
use super::{READ_LIMIT, Stream, Target, server_words};
use crate::account::{Security, ServerSettings};
use crate::problem::{Problem, ProblemKind, Step};
use crate::smtp::engine::net;
use crate::smtp::tls::Connector;

/// The longest plain line read before STARTTLS.
const MAX_PLAIN_LINE: usize = 8 * 1024;

/// An encrypted, greeted client and the capabilities it announced.
pub async fn connect(
    target: &Target,
) -> Result<(async_imap::Client<Stream>, Vec<String>), Problem> {
    let s = &target.settings;
    let at = |kind, step| Problem::new(kind, step).at(&s.host, s.port);
    let timeout = target.timeout;
    let server = ServerSettings {
        host: s.host.clone(),
        port: s.port,
        security: s.security,
        ca_file: target.ca_file.clone(),
        timeout_secs: timeout.as_secs().max(1),
        ..ServerSettings::default()
    };
    let connector = Connector::new(&server)
        .map_err(|_| at(ProblemKind::CertificateUntrusted, Step::ImapTls))?;
    let addrs = net::resolve(&s.host, s.port, timeout)
        .await
        .map_err(|k| at(k, Step::ImapConnect))?;
    let (tcp, addr) = net::connect(&addrs, timeout)
        .await
        .map_err(|k| at(k, Step::ImapConnect))?;
    let tcp = match s.security {
        Security::StartTls => match starttls(tcp, timeout).await {
            Ok(tcp) => tcp,
            Err(kind) if kind == ProblemKind::GreetingTimeout => {
                // A silent port that answers a TLS handshake wants SSL/TLS from the first byte.
                let kind = if net::speaks_tls(addr, &server, &s.host).await {
                    ProblemKind::ExpectsImplicitTls
                } else {
                    kind
                };
                let step = if kind == ProblemKind::ExpectsImplicitTls {
                    Step::ImapTls
                } else {
                    Step::ImapConnect
                };
                return Err(at(kind, step).with_suggestion(993, Security::Tls));
            }
            Err(kind) => {
                let step = match kind {
                    ProblemKind::GreetingRejected | ProblemKind::ConnectionLost => {
                        Step::ImapConnect
                    }
                    _ => Step::ImapTls,
                };
                return Err(at(kind, step));
            }
        },
        _ => tcp,
    };
    let tls = net::handshake(&connector, &s.host, tcp, timeout)
        .await
        .map_err(|k| at(k, Step::ImapTls))?;
    let mut lines = Lines {
        stream: tls,
        pending: Vec::new(),
    };
    let mut capabilities = Vec::new();
    if s.security == Security::Tls {
        // The greeting comes inside TLS on an implicit-TLS port (after STARTTLS there is none).
        let greeting = lines
            .line(tokio::time::Instant::now() + timeout)
            .await
            .map_err(|k| at(k, Step::ImapConnect))?;
        capabilities = greeted(&greeting).map_err(|(kind, words)| {
            let p = at(kind, Step::ImapConnect);
            if words.is_empty() {
                p
            } else {
                p.with_reply(words)
            }
        })?;
    }
    if capabilities.is_empty() {
        capabilities = lines
            .capabilities(timeout)
            .await
            .map_err(|k| at(k, Step::ImapConnect))?;
    }
    if !lines.pending.is_empty() {
        return Err(at(ProblemKind::UnexpectedReply, Step::ImapConnect));
    }
    let client = async_imap::Client::new(Bounded::new(lines.stream, READ_LIMIT));
    Ok((client, capabilities))
}

/// The capabilities a greeting names (`* OK [CAPABILITY …] …`), or why it is not a greeting.
fn greeted(line: &str) -> Result<Vec<String>, (ProblemKind, String)> {
    let upper = line.to_ascii_uppercase();
    if upper.starts_with("* BYE") {
        return Err((ProblemKind::GreetingRejected, server_words(&line[5..])));
    }
    if !upper.starts_with("* OK") && !upper.starts_with("* PREAUTH") {
        return Err((ProblemKind::UnexpectedReply, server_words(line)));
    }
    Ok(match upper.find("[CAPABILITY ") {
        Some(start) => {
            let rest = &line[start + "[CAPABILITY ".len()..];
            let end = rest.find(']').unwrap_or(rest.len());
            rest[..end].split_whitespace().map(str::to_owned).collect()
        }
        None => Vec::new(),
    })
}

/// Reads lines by hand, each bounded; what arrived after the last full line stays in `pending`.
struct Lines<S> {
    stream: S,
    pending: Vec<u8>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Lines<S> {
    async fn line(&mut self, deadline: tokio::time::Instant) -> Result<String, ProblemKind> {
        loop {
            if let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = self.pending.drain(..=end).collect();
                return Ok(String::from_utf8_lossy(&line).trim_end().to_owned());
            }
            if self.pending.len() > MAX_PLAIN_LINE {
                return Err(ProblemKind::UnexpectedReply);
            }
            let mut chunk = [0u8; 1024];
            let n = match tokio::time::timeout_at(deadline, self.stream.read(&mut chunk)).await {
                Err(_) => return Err(ProblemKind::GreetingTimeout),
                Ok(Err(_)) | Ok(Ok(0)) => return Err(ProblemKind::ConnectionLost),
                Ok(Ok(n)) => n,
            };
            self.pending.extend_from_slice(&chunk[..n]);
        }
    }

    async fn send(&mut self, command: &[u8]) -> Result<(), ProblemKind> {
        self.stream
            .write_all(command)
            .await
            .map_err(|_| ProblemKind::ConnectionLost)?;
        self.stream
            .flush()
            .await
            .map_err(|_| ProblemKind::ConnectionLost)
    }

    /// Lines up to the tagged answer to `tag`: the untagged ones and the tagged one's text after
    /// the tag. A silence within the deadline is a lost connection here (the greeting came).
    async fn until_tagged(
        &mut self,
        tag: &str,
        deadline: tokio::time::Instant,
    ) -> Result<(Vec<String>, String), ProblemKind> {
        let mut untagged = Vec::new();
        let mut count = 0;
        loop {
            let line = match self.line(deadline).await {
                Err(ProblemKind::GreetingTimeout) => return Err(ProblemKind::ConnectionLost),
                other => other?,
            };
            if let Some(rest) = line.strip_prefix(tag).and_then(|r| r.strip_prefix(' ')) {
                return Ok((untagged, rest.to_owned()));
            }
            count += 1;
            if count > 1000 {
                return Err(ProblemKind::UnexpectedReply);
            }
            untagged.push(line);
        }
    }

    async fn capabilities(&mut self, timeout: Duration) -> Result<Vec<String>, ProblemKind> {
        self.send(b"C1 CAPABILITY\r\n").await?;
        let (untagged, done) = self
            .until_tagged("C1", tokio::time::Instant::now() + timeout)
            .await?;
        if !done.to_ascii_uppercase().starts_with("OK") {
            return Err(ProblemKind::UnexpectedReply);
        }
        Ok(untagged
            .iter()
            .filter_map(|l| {
                let upper = l.to_ascii_uppercase();
                upper
                    .starts_with("* CAPABILITY ")
                    .then(|| l["* CAPABILITY ".len()..].to_owned())
            })
            .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect())
    }
}

/// The plain greeting, then STARTTLS; the bare TCP stream, ready for the handshake.
async fn starttls(tcp: TcpStream, timeout: Duration) -> Result<TcpStream, ProblemKind> {
    let mut plain = Lines {
        stream: tcp,
        pending: Vec::new(),
    };
    let greeting = plain.line(tokio::time::Instant::now() + timeout).await?;
    greeted(&greeting).map_err(|(kind, _)| kind)?;
    plain.send(b"S1 STARTTLS\r\n").await?;
    let (_, done) = plain
        .until_tagged("S1", tokio::time::Instant::now() + timeout)
        .await?;
    if !done.to_ascii_uppercase().starts_with("OK") {
        return Err(ProblemKind::StarttlsUnavailable);
    }
    if !plain.pending.is_empty() {
        // Bytes between the go-ahead and the handshake: someone on the path wrote them.
        return Err(ProblemKind::StarttlsTampered);
    }
    Ok(plain.stream)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_names_its_capabilities_or_its_refusal() {
        assert_eq!(
            greeted("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.").unwrap(),
            ["IMAP4rev1", "SASL-IR", "AUTH=PLAIN"]
        );
        assert!(greeted("* OK ready").unwrap().is_empty());
        assert_eq!(
            greeted("* BYE too many connections").unwrap_err().0,
            ProblemKind::GreetingRejected
        );
        assert_eq!(
            greeted("220 smtp.example.com ESMTP").unwrap_err().0,
            ProblemKind::UnexpectedReply
        );
    }
}
