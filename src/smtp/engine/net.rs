//! Reaching the server: name lookup, TCP with a deadline, the TLS handshake with our verifier, and
//! the quick confirmation that a silent port wants SSL/TLS from the first byte.

use std::net::SocketAddr;
use std::time::Duration;

use rustls::pki_types::ServerName;
use tokio::net::TcpStream;

use crate::account::ServerSettings;
use crate::problem::ProblemKind;
use crate::smtp::tls::{Connector, classify_tls_error, rustls_error};

pub type TlsStream = tokio_rustls::client::TlsStream<TcpStream>;

pub async fn resolve(
    host: &str,
    port: u16,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, ProblemKind> {
    crate::net::dns::lookup_host(host, port, timeout)
        .await
        .map_err(|f| f.problem_kind())
}

/// The first address that accepts, within one deadline for all of them.
pub async fn connect(
    addrs: &[SocketAddr],
    timeout: Duration,
) -> Result<(TcpStream, SocketAddr), ProblemKind> {
    let deadline = tokio::time::Instant::now() + timeout;
    let mut last = ProblemKind::ConnectTimeout;
    for addr in addrs {
        match tokio::time::timeout_at(deadline, TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => {
                // Small commands go out at once, not after the server's delayed ACK.
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

/// The name the certificate must carry: the host without an IPv6 literal's brackets.
fn server_name(host: &str) -> Result<ServerName<'static>, ProblemKind> {
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    ServerName::try_from(bare).map_err(|_| ProblemKind::TlsHandshakeFailed)
}

pub async fn handshake(
    connector: &Connector,
    host: &str,
    tcp: TcpStream,
    timeout: Duration,
) -> Result<TlsStream, ProblemKind> {
    let name = server_name(host)?;
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

/// Whether `addr` completes a TLS handshake (certificate trust aside): the sign of an implicit-TLS port.
pub async fn speaks_tls(addr: SocketAddr, settings: &ServerSettings, host: &str) -> bool {
    let Ok(connector) = Connector::new(&ServerSettings {
        ca_file: None,
        ..settings.clone()
    }) else {
        return false;
    };
    let Ok(Ok(tcp)) =
        tokio::time::timeout(Duration::from_millis(1500), TcpStream::connect(addr)).await
    else {
        return false;
    };
    match handshake(&connector, host, tcp, Duration::from_millis(1500)).await {
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

/// The EHLO name: an address literal of our end of the connection (RFC 5321 §4.1.3), as Thunderbird
/// sends. The machine's own name would end up in the `Received:` header every recipient sees.
pub fn ehlo_name(local: Option<SocketAddr>) -> String {
    match local.map(|a| a.ip()) {
        Some(std::net::IpAddr::V4(ip)) => format!("[{ip}]"),
        Some(std::net::IpAddr::V6(ip)) => match ip.to_ipv4_mapped() {
            Some(v4) => format!("[{v4}]"),
            None => format!("[IPv6:{ip}]"),
        },
        None => "[127.0.0.1]".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ehlo_names_are_address_literals() {
        use super::ehlo_name;
        assert_eq!(
            ehlo_name(Some("192.0.2.1:5000".parse().unwrap())),
            "[192.0.2.1]"
        );
        assert_eq!(
            ehlo_name(Some("[2001:db8::1]:5000".parse().unwrap())),
            "[IPv6:2001:db8::1]"
        );
        assert_eq!(
            ehlo_name(Some("[::ffff:192.0.2.7]:5000".parse().unwrap())),
            "[192.0.2.7]"
        );
    }
}
