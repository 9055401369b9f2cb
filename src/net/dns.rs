//! DNS through hickory-resolver: the system's resolver, or the one named in `OUTPOST_DNS_SERVER`
//! (`IP:PORT`), which the tests point at a loopback server.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::config::{NameServerConfigGroup, ResolverConfig, ResolverOpts};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::{ResolveError, TokioResolver};

/// The resolver override from the environment, if any.
pub fn server_from_env() -> Option<SocketAddr> {
    std::env::var("OUTPOST_DNS_SERVER")
        .ok()?
        .trim()
        .parse()
        .ok()
}

pub fn resolver(server: Option<SocketAddr>, timeout: Duration) -> Option<TokioResolver> {
    let mut opts = ResolverOpts::default();
    opts.timeout = timeout;
    opts.attempts = 1;
    let builder = match server {
        Some(addr) => {
            let group = NameServerConfigGroup::from_ips_clear(&[addr.ip()], addr.port(), true);
            let config = ResolverConfig::from_parts(None, vec![], group);
            TokioResolver::builder_with_config(config, TokioConnectionProvider::default())
        }
        None => TokioResolver::builder_tokio().ok()?,
    };
    Some(builder.with_options(opts).build())
}

/// Mail exchangers of `domain`, most preferred first.
pub async fn mx(domain: &str, server: Option<SocketAddr>, timeout: Duration) -> Vec<String> {
    mx_lookup(domain, server, timeout).await.unwrap_or_default()
}

/// Like [`mx`], telling "none" (an empty list) from "no answer could be had".
pub async fn mx_lookup(
    domain: &str,
    server: Option<SocketAddr>,
    timeout: Duration,
) -> Result<Vec<String>, LookupFailure> {
    let resolver = resolver(server, timeout).ok_or(LookupFailure::Unavailable)?;
    let name = format!("{}.", domain.trim_end_matches('.'));
    match tokio::time::timeout(timeout, resolver.mx_lookup(name)).await {
        Ok(Ok(lookup)) => {
            let mut records: Vec<(u16, String)> = lookup
                .iter()
                .map(|mx| {
                    (
                        mx.preference(),
                        mx.exchange()
                            .to_utf8()
                            .trim_end_matches('.')
                            .to_ascii_lowercase(),
                    )
                })
                .collect();
            records.sort();
            Ok(records.into_iter().map(|(_, host)| host).collect())
        }
        Ok(Err(e)) => match classify(&e) {
            LookupFailure::NotFound => Ok(vec![]),
            LookupFailure::Unavailable => Err(LookupFailure::Unavailable),
        },
        Err(_) => Err(LookupFailure::Unavailable),
    }
}

/// Addresses of `host` through the configured resolver (used when `OUTPOST_DNS_SERVER` is set).
pub async fn addresses(host: &str, server: SocketAddr, timeout: Duration) -> Vec<IpAddr> {
    let Some(resolver) = resolver(Some(server), timeout) else {
        return vec![];
    };
    let name = format!("{}.", host.trim_end_matches('.'));
    match tokio::time::timeout(timeout, resolver.lookup_ip(name)).await {
        Ok(Ok(lookup)) => lookup.iter().collect(),
        _ => vec![],
    }
}

/// Why a name could not be turned into addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupFailure {
    /// The name does not exist (NXDOMAIN) or has no addresses: a typo, most likely.
    NotFound,
    /// No answer could be had: no route, resolver unreachable, timeout, SERVFAIL/REFUSED.
    Unavailable,
}

impl LookupFailure {
    pub fn problem_kind(self) -> crate::problem::ProblemKind {
        match self {
            LookupFailure::NotFound => crate::problem::ProblemKind::DnsNotFound,
            LookupFailure::Unavailable => crate::problem::ProblemKind::NetworkUnavailable,
        }
    }
}

/// Sorts a hickory error into "the name does not exist" and "no answer could be had".
pub fn classify(error: &ResolveError) -> LookupFailure {
    use hickory_resolver::proto::ProtoErrorKind;
    match error.proto().map(|p| p.kind()) {
        Some(ProtoErrorKind::NoRecordsFound {
            response_code: ResponseCode::NXDomain | ResponseCode::NoError,
            ..
        }) => LookupFailure::NotFound,
        _ => LookupFailure::Unavailable,
    }
}

/// Whether this machine has a route to the internet at all. Connecting a UDP socket sends nothing;
/// it fails at once with "network unreachable" when there is no default route.
pub fn has_route() -> bool {
    let probe = |addr: &str| {
        let bind = if addr.starts_with('[') {
            "[::]:0"
        } else {
            "0.0.0.0:0"
        };
        std::net::UdpSocket::bind(bind).is_ok_and(|s| s.connect(addr).is_ok())
    };
    probe("192.0.2.1:53") || probe("[2001:db8::1]:53")
}

/// When there is no route, a lookup gets this long before it is called "offline".
const OFFLINE_BUDGET: Duration = Duration::from_millis(1500);

/// The addresses of `host` (IPv4 first), through `OUTPOST_DNS_SERVER` when set, else the system's
/// resolver (which also reads the hosts file).
pub async fn lookup_host(
    host: &str,
    port: u16,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, LookupFailure> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let mut addrs: Vec<SocketAddr> = match server_from_env() {
        Some(server) => {
            let resolver = resolver(Some(server), timeout).ok_or(LookupFailure::Unavailable)?;
            let name = format!("{}.", host.trim_end_matches('.'));
            match tokio::time::timeout(timeout, resolver.lookup_ip(name)).await {
                Ok(Ok(lookup)) => lookup.iter().map(|ip| SocketAddr::new(ip, port)).collect(),
                Ok(Err(e)) => return Err(classify(&e)),
                Err(_) => return Err(LookupFailure::Unavailable),
            }
        }
        None => {
            let offline = !has_route();
            let budget = if offline {
                timeout.min(OFFLINE_BUDGET)
            } else {
                timeout
            };
            match tokio::time::timeout(budget, tokio::net::lookup_host((host, port))).await {
                Ok(Ok(addrs)) => addrs.collect(),
                Ok(Err(e)) if !offline && system_says_no_such_name(&e) => {
                    return Err(LookupFailure::NotFound);
                }
                _ => return Err(LookupFailure::Unavailable),
            }
        }
    };
    // IPv4 first: many home networks have broken IPv6 routes.
    addrs.sort_by_key(|a| a.is_ipv6());
    addrs.dedup();
    if addrs.is_empty() {
        Err(LookupFailure::NotFound)
    } else {
        Ok(addrs)
    }
}

/// getaddrinfo's answer, which std only gives as text: EAI_NONAME / EAI_NODATA mean the name does
/// not exist; EAI_AGAIN ("temporary failure") and the rest mean no answer could be had.
fn system_says_no_such_name(error: &std::io::Error) -> bool {
    let text = error.to_string().to_ascii_lowercase();
    !text.contains("temporary")
        && (text.contains("not known")
            || text.contains("no address associated")
            || text.contains("nodename nor servname")
            || text.contains("no such host"))
}
