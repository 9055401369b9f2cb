//! DNS through hickory-resolver: the system's resolver, or the one named in `OUTPOST_DNS_SERVER`
//! (`IP:PORT`), which the tests point at a loopback server.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfigGroup, ResolverConfig, ResolverOpts};
use hickory_resolver::name_server::TokioConnectionProvider;

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
    let Some(resolver) = resolver(server, timeout) else {
        return vec![];
    };
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
            records.into_iter().map(|(_, host)| host).collect()
        }
        _ => vec![],
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
