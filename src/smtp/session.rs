//! One SMTP connection for many messages, on a socket with Nagle's algorithm off. lettre's transport
//! sends the end of DATA as its own small write; on a default socket that waits for the server's
//! delayed ACK (about 40 ms per message). The outbox sends through this instead.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use lettre::transport::smtp::authentication::{Credentials as LettreCredentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream};
use lettre::transport::smtp::extension::ClientId;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::problem::{Problem, ProblemKind, Step};
use super::tls::{Connector, classify_tls_error, rustls_error};
use super::transport::{Credentials, classify_lettre_error, tls_parameters};
use crate::account::{AuthMethod, Security, ServerSettings};
use lettre::transport::smtp::commands::{Data, Ehlo, Mail, Rcpt};
use lettre::transport::smtp::extension::{Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;

/// A TLS stream lettre can drive (it only needs the peer address besides reading and writing).
#[derive(Debug)]
struct Tls(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncRead for Tls {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Tls {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, data)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for Tls {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

pub struct Session {
    conn: AsyncSmtpConnection,
    settings: ServerSettings,
    /// The server's `SIZE` limit from its EHLO reply (0 or absent: none announced).
    max_size: Option<u64>,
}

impl Session {
    /// [`Session::open`] for a saved account: an access token refused at AUTH is refreshed once and
    /// tried once more, and `credentials` then holds the fresh one. The one place that retry lives.
    pub async fn open_saved(
        account: &crate::account::Account,
        settings: &ServerSettings,
        credentials: &mut Option<Credentials>,
    ) -> Result<Session, Problem> {
        let opened = Session::open(settings, credentials.as_ref()).await;
        let (Err(problem), Some(refused)) = (&opened, credentials.as_ref()) else {
            return opened;
        };
        if !problem.token_refused() {
            return opened;
        }
        match crate::secrets::credentials_after_refusal(account, refused).await {
            Ok(Some(fresh)) => {
                let again = Session::open(settings, Some(&fresh)).await;
                *credentials = Some(fresh);
                again
            }
            Ok(None) => opened,
            Err(e) => Err(e
                .problem()
                .map(|p| p.at(&settings.host, settings.port))
                .unwrap_or_else(|| problem.clone())),
        }
    }

    /// Connects, upgrades or wraps in TLS, and signs in; every step has the account's deadline.
    pub async fn open(
        settings: &ServerSettings,
        credentials: Option<&Credentials>,
    ) -> Result<Session, Problem> {
        let (host, port, timeout) = (settings.host.trim(), settings.port, settings.timeout());
        let problem = |kind, step| Problem::new(kind, step).at(host, port);
        let addrs: Vec<SocketAddr> = crate::discover::dns::lookup_host(host, port, timeout)
            .await
            .map_err(|f| problem(f.problem_kind(), Step::Resolve))?;
        let mut tcp = None;
        let mut kind = ProblemKind::ConnectTimeout;
        for addr in addrs {
            match tokio::time::timeout(timeout, TcpStream::connect(addr)).await {
                Ok(Ok(s)) => {
                    tcp = Some(s);
                    break;
                }
                Ok(Err(e)) if e.kind() == io::ErrorKind::ConnectionRefused => {
                    kind = ProblemKind::ConnectionRefused
                }
                _ => {}
            }
        }
        let tcp = tcp.ok_or_else(|| problem(kind, Step::Connect))?;
        let _ = tcp.set_nodelay(true);
        let stream: Box<dyn AsyncTokioStream> = if settings.security == Security::Tls {
            let connector = Connector::new(settings)
                .map_err(|_| problem(ProblemKind::CertificateUntrusted, Step::Tls))?;
            let name = ServerName::try_from(
                host.trim_start_matches('[')
                    .trim_end_matches(']')
                    .to_owned(),
            )
            .map_err(|_| problem(ProblemKind::TlsHandshakeFailed, Step::Tls))?;
            match tokio::time::timeout(timeout, connector.connector.connect(name, tcp)).await {
                Ok(Ok(s)) => Box::new(Tls(s)),
                Ok(Err(e)) => {
                    let kind = connector
                        .refusal()
                        .or_else(|| rustls_error(&e).map(classify_tls_error))
                        .unwrap_or(ProblemKind::TlsHandshakeFailed);
                    return Err(problem(kind, Step::Tls));
                }
                Err(_) => return Err(problem(ProblemKind::TlsHandshakeFailed, Step::Tls)),
            }
        } else {
            Box::new(tcp)
        };
        let lettre = |e: lettre::transport::smtp::Error| classify_lettre_error(&e, settings);
        let lost = |step| problem(ProblemKind::ConnectionLost, step);
        let client = ClientId::default();
        let mut conn = tokio::time::timeout(
            timeout,
            AsyncSmtpConnection::connect_with_transport(stream, &client),
        )
        .await
        .map_err(|_| problem(ProblemKind::GreetingTimeout, Step::Greeting))?
        .map_err(lettre)?;
        if settings.security == Security::StartTls {
            let params = tls_parameters(settings)
                .map_err(|_| problem(ProblemKind::CertificateUntrusted, Step::Tls))?;
            if !conn.can_starttls() {
                return Err(problem(ProblemKind::StarttlsUnavailable, Step::Starttls));
            }
            tokio::time::timeout(timeout, conn.starttls(params, &client))
                .await
                .map_err(|_| lost(Step::Starttls))?
                .map_err(lettre)?;
        }
        // lettre keeps only the extensions it uses; the SIZE limit comes from the EHLO reply itself
        // (asked once more here, on the final, possibly encrypted, connection).
        let max_size =
            match tokio::time::timeout(timeout, conn.command(Ehlo::new(client.clone()))).await {
                Ok(Ok(response)) => announced_size(response.message()),
                _ => None,
            };
        if let Some(c) = credentials.filter(|_| settings.auth.needs_secret()) {
            if !settings.may_send_secret() {
                return Err(problem(ProblemKind::EncryptionRequired, Step::Auth));
            }
            if settings.auth == AuthMethod::OAuth2 {
                xoauth2(&mut conn, c, timeout)
                    .await
                    .map_err(|p| p.at(host, port))?;
            } else {
                let mechanisms = [Mechanism::Plain, Mechanism::Login];
                let creds = LettreCredentials::new(c.username.clone(), c.secret().to_owned());
                tokio::time::timeout(timeout, conn.auth(&mechanisms, &creds))
                    .await
                    .map_err(|_| lost(Step::Auth))?
                    .map_err(lettre)?;
            }
        }
        Ok(Session {
            conn,
            settings: settings.clone(),
            max_size,
        })
    }

    /// The server's announced size limit, if any.
    pub fn max_size(&self) -> Option<u64> {
        self.max_size
    }

    /// Sends one complete message; returns the server's reply. Each command is sent on its own, so
    /// a failure is named at the step where it happened (MAIL FROM, RCPT TO, DATA), whatever the
    /// transport layer's error says. A message larger than the server's announced SIZE is refused
    /// here, before anything is sent. After an error the session is spent.
    pub async fn send_raw(
        &mut self,
        from: &str,
        recipients: &[String],
        bytes: &[u8],
    ) -> Result<String, Problem> {
        let s = &self.settings;
        let (host, port) = (s.host.clone(), s.port);
        let problem = |kind, step| Problem::new(kind, step).at(&host, port);
        if let Some(limit) = self.max_size
            && bytes.len() as u64 > limit
        {
            let mut p = problem(ProblemKind::MessageTooLarge, Step::MailFrom);
            p.sizes = Some((limit, bytes.len() as u64));
            return Err(p);
        }
        let from: lettre::Address = from
            .parse()
            .map_err(|_| problem(ProblemKind::SenderRejected, Step::MailFrom))?;
        let to: Vec<lettre::Address> = recipients.iter().filter_map(|r| r.parse().ok()).collect();
        if to.is_empty() {
            return Err(problem(ProblemKind::RecipientRejected, Step::RcptTo));
        }
        let timeout = s.timeout();
        let mut options = Vec::new();
        if self.max_size.is_some() {
            options.push(MailParameter::Size(bytes.len()));
        }
        let non_ascii_addresses =
            !from.to_string().is_ascii() || to.iter().any(|t| !t.to_string().is_ascii());
        if non_ascii_addresses {
            options.push(MailParameter::SmtpUtfEight);
        }
        if !bytes.is_ascii()
            && self
                .conn
                .server_info()
                .supports_feature(Extension::EightBitMime)
        {
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        let budget = timeout * 4 + Duration::from_secs(10 * (1 + bytes.len() as u64 / (5 << 20)));
        let result = async {
            step(&mut self.conn, Step::MailFrom, timeout, |c| {
                Box::pin(c.command(Mail::new(Some(from.clone()), options.clone())))
            })
            .await?;
            for rcpt in &to {
                step(&mut self.conn, Step::RcptTo, timeout, |c| {
                    Box::pin(c.command(Rcpt::new(rcpt.clone(), vec![])))
                })
                .await?;
            }
            step(&mut self.conn, Step::Data, timeout, |c| {
                Box::pin(c.command(Data))
            })
            .await?;
            step(&mut self.conn, Step::Data, budget, |c| {
                Box::pin(c.message(bytes))
            })
            .await
        }
        .await;
        match result {
            Ok(response) => Ok(response.message().collect::<Vec<_>>().join(" ")),
            Err((step, failure)) => {
                // A refused command leaves the transaction half done: this session is spent.
                let _ = tokio::time::timeout(Duration::from_secs(2), self.conn.abort()).await;
                Err(match failure {
                    Some(error) => super::transport::classify_at_step(&error, s, step),
                    None => problem(ProblemKind::ConnectionLost, step),
                })
            }
        }
    }

    pub fn is_broken(&self) -> bool {
        self.conn.has_broken()
    }

    pub async fn quit(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.conn.quit()).await;
    }
}

/// AUTH XOAUTH2, driven here rather than by lettre: when Gmail refuses a token it first answers
/// 334 with a JSON challenge and waits for an empty line before the real 535, which lettre 0.11
/// never sends (it gives up with a client error and the reason is lost).
async fn xoauth2(
    conn: &mut AsyncSmtpConnection,
    credentials: &Credentials,
    timeout: Duration,
) -> Result<(), Problem> {
    use base64::Engine;
    let lost = || Problem::new(ProblemKind::ConnectionLost, Step::Auth);
    if !conn
        .server_info()
        .supports_auth_mechanism(Mechanism::Xoauth2)
    {
        return Err(Problem::new(
            ProblemKind::AuthMechanismUnsupported,
            Step::Auth,
        ));
    }
    let initial = base64::engine::general_purpose::STANDARD.encode(format!(
        "user={}\x01auth=Bearer {}\x01\x01",
        credentials.username,
        credentials.secret()
    ));
    let first = tokio::time::timeout(timeout, conn.command(format!("AUTH XOAUTH2 {initial}\r\n")))
        .await
        .map_err(|_| lost())?;
    let result = match first {
        Ok(reply) if reply.has_code(334) => tokio::time::timeout(timeout, conn.command("\r\n"))
            .await
            .map_err(|_| lost())?,
        other => other,
    };
    match result {
        Ok(reply)
            if reply.code().severity
                == lettre::transport::smtp::response::Severity::PositiveCompletion =>
        {
            Ok(())
        }
        Ok(reply) => Err(refusal(
            u16::from(reply.code()),
            &reply.message().collect::<Vec<_>>().join(" "),
        )),
        // The server's own words, once (not lettre's error text).
        Err(e) => match super::transport::reply_parts(&e) {
            Some((code, _, text)) => Err(refusal(code, &text)),
            None => Err(lost()),
        },
    }
}

/// A refused token, named: [`classify_token_refusal`] tells a wrong account and a mailbox with SMTP
/// sign-in off apart from a plain refusal.
fn refusal(code: u16, text: &str) -> Problem {
    let reply = super::problem::Reply::new(code, text);
    let mut p = Problem::new(
        super::problem::classify_reply(&reply, Step::Auth),
        Step::Auth,
    )
    .with_reply(format!("{code} {}", text.trim()));
    super::problem::classify_token_refusal(&mut p);
    p
}

type StepFuture<'a> = std::pin::Pin<
    Box<
        dyn std::future::Future<Output = Result<Response, lettre::transport::smtp::Error>>
            + Send
            + 'a,
    >,
>;

/// One command with its deadline; a failure carries its step (and lettre's error, or `None` when
/// the deadline passed).
async fn step<'a>(
    conn: &'a mut AsyncSmtpConnection,
    step: Step,
    deadline: Duration,
    command: impl FnOnce(&'a mut AsyncSmtpConnection) -> StepFuture<'a>,
) -> Result<Response, (Step, Option<lettre::transport::smtp::Error>)> {
    match tokio::time::timeout(deadline, command(conn)).await {
        Ok(Ok(response)) => Ok(response),
        Ok(Err(e)) => Err((step, Some(e))),
        Err(_) => Err((step, None)),
    }
}

/// The `SIZE` limit of an EHLO reply's lines; `None` when absent or 0 (no limit announced).
pub fn announced_size<'a>(lines: impl Iterator<Item = &'a str>) -> Option<u64> {
    lines
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let keyword = words.next()?;
            keyword
                .eq_ignore_ascii_case("SIZE")
                .then(|| words.next().and_then(|n| n.parse::<u64>().ok()))
                .flatten()
        })
        .find(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn size_from_ehlo_lines() {
        let lines = [
            "mail.example.org Hello",
            "PIPELINING",
            "SIZE 35882577",
            "8BITMIME",
        ];
        assert_eq!(super::announced_size(lines.into_iter()), Some(35_882_577));
        assert_eq!(super::announced_size(["SIZE"].into_iter()), None);
        assert_eq!(super::announced_size(["SIZE 0"].into_iter()), None);
        assert_eq!(super::announced_size(["size 1000"].into_iter()), Some(1000));
    }
}
