//! Reaching the server: name lookup, TCP with a deadline, our own TLS handshake, and the greeting —
//! with the quick confirmation that a silent port wants SSL/TLS from the first byte.

use std::net::SocketAddr;
use std::time::Duration;

use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;

use super::SILENCE_BEFORE_TLS_PROBE;
use crate::account::{Security, ServerSettings};
use crate::smtp::problem::ProblemKind;
use crate::smtp::tls::{Connector, classify_tls_error, rustls_error};
use crate::smtp::wire::Wire;

pub(super) async fn resolve(
    host: &str,
    port: u16,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, ProblemKind> {
    crate::discover::dns::lookup_host(host, port, timeout)
        .await
        .map_err(|f| f.problem_kind())
}

pub(super) async fn connect(
    addrs: &[SocketAddr],
    timeout: Duration,
) -> Result<(TcpStream, SocketAddr), ProblemKind> {
    let deadline = tokio::time::Instant::now() + timeout;
    let mut last = ProblemKind::ConnectTimeout;
    for addr in addrs {
        match tokio::time::timeout_at(deadline, TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => {
                let _ = stream.set_nodelay(true);
                return Ok((stream, *addr));
            }
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                last = ProblemKind::ConnectionRefused
            }
            Ok(Err(_)) => last = ProblemKind::ConnectTimeout,
            Err(_) => return Err(ProblemKind::ConnectTimeout),
        }
    }
    Err(last)
}

pub(super) async fn handshake(
    connector: &Connector,
    host: &str,
    tcp: TcpStream,
    timeout: Duration,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, ProblemKind> {
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let name = ServerName::try_from(bare).map_err(|_| ProblemKind::TlsHandshakeFailed)?;
    match tokio::time::timeout(timeout, connector.connector.connect(name, tcp)).await {
        Ok(Ok(stream)) => Ok(stream),
        Ok(Err(e)) => Err(connector
            .refusal()
            .or_else(|| rustls_error(&e).map(classify_tls_error))
            .unwrap_or(if e.kind() == std::io::ErrorKind::UnexpectedEof {
                ProblemKind::TlsHandshakeFailed
            } else {
                ProblemKind::ConnectionLost
            })),
        Err(_) => Err(ProblemKind::TlsHandshakeFailed),
    }
}

pub(super) enum Greeted {
    Yes(Box<AsyncSmtpConnection>),
    /// Nothing arrived, and a TLS handshake on a fresh connection worked: the port wants SSL/TLS.
    ImplicitTls,
    Silent,
    Failed,
}

pub(super) async fn greet(
    wire: &Wire,
    client_id: &ClientId,
    addr: SocketAddr,
    settings: &ServerSettings,
    connector: Option<&Connector>,
    host: &str,
    timeout: Duration,
) -> Greeted {
    let connecting = AsyncSmtpConnection::connect_with_transport(wire.boxed(), client_id);
    let mut connecting = std::pin::pin!(tokio::time::timeout(timeout, connecting));
    let outcome = match tokio::time::timeout(SILENCE_BEFORE_TLS_PROBE, &mut connecting).await {
        Ok(outcome) => outcome,
        Err(_) if settings.security != Security::Tls && !wire.received_anything() => {
            // Confirm, do not guess: a fresh connection that completes a TLS handshake proves it.
            let probe = speaks_tls(addr, settings, connector, host);
            tokio::select! {
                outcome = &mut connecting => outcome,
                true = probe => return Greeted::ImplicitTls,
            }
        }
        Err(_) => connecting.await,
    };
    match outcome {
        Ok(Ok(conn)) => Greeted::Yes(Box::new(conn)),
        Ok(Err(_)) => Greeted::Failed,
        Err(_) if wire.received_anything() => Greeted::Failed,
        Err(_) => Greeted::Silent,
    }
}

/// Whether `addr` completes a TLS handshake (certificate trust aside): the sign of an implicit-TLS port.
pub(super) async fn speaks_tls(
    addr: SocketAddr,
    settings: &ServerSettings,
    connector: Option<&Connector>,
    host: &str,
) -> bool {
    let own;
    let connector = match connector {
        Some(c) => c,
        None => match Connector::new(&ServerSettings {
            ca_file: None,
            ..settings.clone()
        }) {
            Ok(c) => {
                own = c;
                &own
            }
            Err(_) => return false,
        },
    };
    let Ok(Ok(tcp)) =
        tokio::time::timeout(Duration::from_millis(1500), TcpStream::connect(addr)).await
    else {
        return false;
    };
    match handshake(connector, host, tcp, Duration::from_millis(1500)).await {
        Ok(_) => true,
        // The handshake got as far as a certificate: the other side speaks TLS.
        Err(kind) => matches!(
            kind,
            ProblemKind::CertificateUntrusted
                | ProblemKind::CertificateExpired
                | ProblemKind::CertificateNameMismatch
        ),
    }
}
