//! Which port and encryption pairs work on a host: the common pairs tried at once, each with a short
//! deadline, ranked encrypted first and SSL/TLS before STARTTLS.

use std::time::{Duration, Instant};

use serde::Serialize;

use super::doctor::{CheckRequest, check};
use crate::account::{AuthMethod, InputError, Security, ServerSettings, validate_host};
use crate::problem::ProblemKind;

/// The pairs tried when the user gives no ports.
pub const COMMON: [(u16, Security); 4] = [
    (465, Security::Tls),
    (587, Security::StartTls),
    (25, Security::StartTls),
    (2525, Security::StartTls),
];

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeResult {
    pub port: u16,
    pub security: Security,
    pub ok: bool,
    pub ms: u64,
    pub problem: Option<ProblemKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub port: u16,
    pub security: Security,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeReport {
    pub host: String,
    pub results: Vec<ProbeResult>,
    pub best: Option<Pair>,
}

/// The pairs for explicit ports: both kinds of encryption on each.
pub fn pairs_for_ports(ports: &[u16]) -> Vec<(u16, Security)> {
    ports
        .iter()
        .flat_map(|&p| [(p, Security::Tls), (p, Security::StartTls)])
        .collect()
}

/// Tries every pair concurrently. Plain SMTP is tried only as a flagged last resort, on ports that
/// answered but offered no STARTTLS.
pub async fn probe(
    host: &str,
    pairs: &[(u16, Security)],
    timeout: Duration,
    ca_file: Option<std::path::PathBuf>,
) -> Result<ProbeReport, InputError> {
    validate_host(host)?;
    let settings = |port, security| ServerSettings {
        host: host.trim().to_owned(),
        port,
        security,
        auth: AuthMethod::None,
        username: String::new(),
        allow_password_without_encryption: false,
        ca_file: ca_file.clone(),
        timeout_secs: timeout.as_secs().max(1),
        final_reply_secs: crate::account::DEFAULT_FINAL_REPLY_SECS,
    };
    let mut tasks = tokio::task::JoinSet::new();
    for (i, &(port, security)) in pairs.iter().enumerate() {
        let s = settings(port, security);
        tasks.spawn(async move { (i, try_pair(s).await) });
    }
    let mut results: Vec<(usize, ProbeResult)> = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        if let Ok((i, r)) = joined {
            results.push((i, r?));
        }
    }
    results.sort_by_key(|(i, _)| *i);
    let mut results: Vec<ProbeResult> = results.into_iter().map(|(_, r)| r).collect();

    let no_starttls: Vec<u16> = results
        .iter()
        .filter(|r| r.problem == Some(ProblemKind::StarttlsUnavailable))
        .map(|r| r.port)
        .collect();
    if !results.iter().any(|r| r.ok) {
        for port in no_starttls {
            results.push(try_pair(settings(port, Security::None)).await?);
        }
    }
    let best = results
        .iter()
        .enumerate()
        .filter(|(_, r)| r.ok)
        .min_by_key(|(i, r)| (rank(r.security), *i))
        .map(|(_, r)| Pair {
            port: r.port,
            security: r.security,
        });
    Ok(ProbeReport {
        host: host.trim().to_owned(),
        results,
        best,
    })
}

fn rank(security: Security) -> u8 {
    match security {
        Security::Tls => 0,
        Security::StartTls => 1,
        Security::None => 2,
    }
}

async fn try_pair(settings: ServerSettings) -> Result<ProbeResult, InputError> {
    let (port, security) = (settings.port, settings.security);
    let started = Instant::now();
    let request = CheckRequest {
        settings,
        credentials: None,
        from: None,
        to: vec![],
    };
    let report = check(&request, &|_| {}).await?;
    Ok(ProbeResult {
        port,
        security,
        ok: report.ok,
        ms: started.elapsed().as_millis() as u64,
        problem: report.problem.map(|p| p.kind),
    })
}
