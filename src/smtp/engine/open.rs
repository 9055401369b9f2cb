//! Opening a connection, step by step: resolve, connect, TLS from the first byte, greeting, EHLO,
//! STARTTLS and the upgrade, sign-in. Each step is reported to the observer as it ends; the first
//! failure stops the walk with what was seen so far.

use std::net::SocketAddr;
use std::time::Instant;

use super::{
    Connection, Credentials, Failure, Io, Open, ServerReport, StepReport, StepStatus, Stream,
    TokenSource, elapsed_ms, net,
};
use crate::account::{AuthMethod, Security, ServerSettings};
use crate::fl;
use crate::problem::{Problem, ProblemKind, Step, suggestion_for};
use crate::smtp::tls::{Connector, TlsInfo};

/// How long a plain-text port may stay silent before the engine also tries TLS on it.
const SILENCE_BEFORE_TLS_PROBE: std::time::Duration = std::time::Duration::from_millis(1200);

/// Forwards step reports to the observer.
struct Reporter<'a>(&'a (dyn Fn(&StepReport) + Send + Sync));

impl Reporter<'_> {
    fn ok(&self, name: Step, started: Instant, detail: String) {
        (self.0)(&StepReport {
            name,
            status: StepStatus::Ok,
            ms: elapsed_ms(started),
            detail,
        });
    }

    fn skip(&self, name: Step, detail: String) {
        (self.0)(&StepReport {
            name,
            status: StepStatus::Skipped,
            ms: 0,
            detail,
        });
    }
}

/// Opens a connection: resolve, connect, TLS (from the first byte or after STARTTLS), EHLO and
/// sign-in, each with the account's deadline. Every step is reported to `progress` as it ends.
pub async fn open(o: Open<'_>) -> Result<Connection, Box<Failure>> {
    let settings = o.settings;
    let report = Reporter(o.progress);
    let connector = match settings.security {
        Security::None => None,
        _ => match Connector::new(settings) {
            Ok(c) => Some(c),
            Err(_) => {
                let kind = ProblemKind::CertificateUntrusted;
                return Err(early(settings, kind, Step::Tls, Instant::now(), None));
            }
        },
    };
    let (mut conn, addr) = reach(settings, connector.as_ref(), &report).await?;

    let started = Instant::now();
    let banner = conn
        .greeting(settings, addr)
        .await
        .map_err(|p| conn.fail(p, started))?;
    conn.server.banner = banner;
    report.ok(Step::Greeting, started, conn.server.banner.clone());

    let started = Instant::now();
    conn.ehlo().await.map_err(|p| conn.fail(p, started))?;
    let count = conn.server.extensions.len();
    report.ok(Step::Ehlo, started, fl!("step-ehlo", count = count));

    match (&connector, settings.security) {
        (Some(connector), Security::StartTls) => {
            let started = Instant::now();
            conn.starttls().await.map_err(|p| conn.fail(p, started))?;
            report.ok(Step::Starttls, started, fl!("step-starttls"));
            let started = Instant::now();
            conn.upgrade(connector)
                .await
                .map_err(|p| conn.fail(p, started))?;
            if let Some(info) = &conn.server.tls {
                report.ok(Step::Tls, started, tls_detail(info));
            }
            // The server forgets everything at the upgrade: ask again what it offers.
            let started = Instant::now();
            conn.ehlo().await.map_err(|p| conn.fail(p, started))?;
        }
        (_, Security::None) => {
            report.skip(Step::Starttls, fl!("step-no-encryption"));
            report.skip(Step::Tls, fl!("step-no-encryption"));
        }
        _ => {}
    }

    let started = Instant::now();
    match o.credentials.filter(|_| settings.auth.needs_secret()) {
        Some(credentials) => {
            let oauth = settings.auth == AuthMethod::OAuth2;
            let signed_in = if settings.may_send_secret() {
                conn.sign_in(credentials, oauth, o.tokens).await
            } else {
                Err(conn.problem(ProblemKind::EncryptionRequired, Step::Auth))
            };
            match signed_in {
                Ok(mechanism) => {
                    let user = conn.credentials.as_ref().map(|c| c.username.as_str());
                    let detail = fl!(
                        "step-auth",
                        user = user.unwrap_or_default(),
                        mechanism = mechanism
                    );
                    report.ok(Step::Auth, started, detail);
                }
                Err(p) => {
                    conn.goodbye().await;
                    return Err(conn.fail(p, started));
                }
            }
        }
        None => report.skip(Step::Auth, fl!("step-no-sign-in")),
    }
    Ok(conn)
}

/// [`open`] without a live checklist, for sending: the problem alone. `credentials` then holds
/// the ones that signed in (a refreshed token replaces a refused one).
pub async fn open_for_sending(
    settings: &ServerSettings,
    credentials: &mut Option<Credentials>,
    tokens: Option<&dyn TokenSource>,
) -> Result<Connection, Problem> {
    let conn = open(Open {
        settings,
        credentials: credentials.clone(),
        tokens,
        progress: &|_| {},
    })
    .await
    .map_err(|f| f.problem)?;
    if conn.credentials.is_some() {
        credentials.clone_from(&conn.credentials);
    }
    Ok(conn)
}

/// A failure before there is a conversation (nothing in the transcript yet).
fn early(
    settings: &ServerSettings,
    kind: ProblemKind,
    step: Step,
    started: Instant,
    tls: Option<TlsInfo>,
) -> Box<Failure> {
    let mut problem = Problem::new(kind, step).at(settings.host.trim(), settings.port);
    problem.suggestion = suggestion_for(kind, settings.port);
    Box::new(Failure {
        problem,
        ms: elapsed_ms(started),
        server: ServerReport {
            tls,
            ..ServerReport::default()
        },
        transcript: Vec::new(),
    })
}

/// Resolve, connect, and for SSL/TLS the handshake: a connection ready for the greeting.
async fn reach(
    settings: &ServerSettings,
    connector: Option<&Connector>,
    report: &Reporter<'_>,
) -> Result<(Connection, SocketAddr), Box<Failure>> {
    let host = settings.host.trim();
    let timeout = settings.timeout();
    let started = Instant::now();
    let addrs = net::resolve(host, settings.port, timeout)
        .await
        .map_err(|kind| early(settings, kind, Step::Resolve, started, None))?;
    let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
    let detail = fl!("step-resolved", addresses = shown.join(", "));
    report.ok(Step::Resolve, started, detail);

    let started = Instant::now();
    let (tcp, addr) = net::connect(&addrs, timeout)
        .await
        .map_err(|kind| early(settings, kind, Step::Connect, started, None))?;
    let detail = fl!("step-connected", address = addr.to_string());
    report.ok(Step::Connect, started, detail);
    let local = tcp.local_addr().ok();

    let mut tls = None;
    let stream = match (connector, settings.security) {
        (Some(connector), Security::Tls) => {
            let started = Instant::now();
            match net::handshake(connector, host, tcp, timeout).await {
                Ok(stream) => {
                    let info = connector.info(stream.get_ref().1);
                    report.ok(Step::Tls, started, tls_detail(&info));
                    report.skip(Step::Starttls, fl!("step-starttls-not-needed"));
                    tls = Some(info);
                    Stream::Tls(Box::new(stream))
                }
                Err(kind) => {
                    let seen = super::refused_certificate(connector);
                    return Err(early(settings, kind, Step::Tls, started, seen));
                }
            }
        }
        _ => Stream::Plain(tcp),
    };
    let mut conn = Connection::new(stream, settings, local);
    if tls.is_some() {
        conn.transcript.note("TLS");
    }
    conn.server.tls = tls;
    Ok((conn, addr))
}

fn tls_detail(info: &TlsInfo) -> String {
    fl!(
        "step-tls",
        version = info.version.as_str(),
        subject = info.subject.as_str(),
        issuer = info.issuer.as_str()
    )
}

impl Connection {
    /// The server's greeting (its words). A plain port that stays silent is asked, on a second
    /// connection, whether it speaks TLS: then SSL/TLS was the setting to choose.
    async fn greeting(
        &mut self,
        settings: &ServerSettings,
        addr: SocketAddr,
    ) -> Result<String, Problem> {
        let timeout = self.timeout;
        let outcome = {
            let read = self.read_reply(timeout);
            tokio::pin!(read);
            match tokio::time::timeout(SILENCE_BEFORE_TLS_PROBE, &mut read).await {
                Ok(outcome) => Some(outcome),
                Err(_) if settings.security != Security::Tls => {
                    let probe = net::speaks_tls(addr, settings, settings.host.trim());
                    tokio::select! {
                        outcome = &mut read => Some(outcome),
                        true = probe => None,
                    }
                }
                Err(_) => Some(read.await),
            }
        };
        let greeting = match outcome {
            None => return Err(self.problem(ProblemKind::ExpectsImplicitTls, Step::Greeting)),
            Some(Err(Io::Timeout)) => {
                return Err(self.problem(ProblemKind::GreetingTimeout, Step::Greeting));
            }
            Some(Err(e)) => return Err(self.io_problem(e, Step::Greeting)),
            Some(Ok(r)) => r,
        };
        if greeting.code / 100 != 2 {
            return Err(self.refused(&greeting, Step::Greeting));
        }
        Ok(greeting.words())
    }

    /// Signs in; an access token the server refuses is exchanged for a fresh one once, and the
    /// sign-in tried again on the same connection. Returns the mechanism's name.
    async fn sign_in(
        &mut self,
        credentials: Credentials,
        oauth: bool,
        tokens: Option<&dyn TokenSource>,
    ) -> Result<&'static str, Problem> {
        let mut used = credentials;
        let mut signed_in = self.authenticate(&used, oauth).await;
        if let (Err(problem), Some(tokens)) = (&signed_in, tokens)
            && problem.token_refused()
            && !self.broken
        {
            match tokens.fresh(&used, problem).await {
                Ok(Some(fresh)) => {
                    signed_in = self.authenticate(&fresh, oauth).await;
                    used = fresh;
                }
                Ok(None) => {}
                Err(other) => signed_in = Err(other.at(&self.host, self.port)),
            }
        }
        if signed_in.is_ok() {
            self.credentials = Some(used);
        }
        signed_in
    }
}
