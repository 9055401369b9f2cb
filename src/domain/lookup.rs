//! The lookups the sender-domain check needs, through one hickory resolver (`OUTPOST_DNS_SERVER`
//! when set), each with its own deadline. "Nothing there" is an empty answer; "no answer could be
//! had" is an error, which the checks report as `unknown`.

use std::net::IpAddr;
use std::time::Duration;

use hickory_resolver::TokioResolver;

use crate::net::dns::{self, LookupFailure};

/// How long one lookup may take.
pub const DEADLINE: Duration = Duration::from_secs(3);

#[derive(Clone)]
pub struct Dns {
    resolver: Option<TokioResolver>,
    deadline: Duration,
}

type Answer<T> = Result<Vec<T>, LookupFailure>;

fn fqdn(name: &str) -> String {
    format!("{}.", name.trim().trim_end_matches('.'))
}

impl Dns {
    pub fn from_env(deadline: Duration) -> Dns {
        Dns {
            resolver: dns::resolver(dns::server_from_env(), deadline),
            deadline,
        }
    }

    fn resolver(&self) -> Result<&TokioResolver, LookupFailure> {
        self.resolver.as_ref().ok_or(LookupFailure::Unavailable)
    }

    async fn run<T, F>(&self, lookup: F) -> Answer<T>
    where
        F: Future<Output = Result<Vec<T>, hickory_resolver::ResolveError>>,
    {
        match tokio::time::timeout(self.deadline, lookup).await {
            Ok(Ok(found)) => Ok(found),
            Ok(Err(e)) => match dns::classify(&e) {
                LookupFailure::NotFound => Ok(vec![]),
                LookupFailure::Unavailable => Err(LookupFailure::Unavailable),
            },
            Err(_) => Err(LookupFailure::Unavailable),
        }
    }

    /// TXT records at `name`, each record's strings joined into one text.
    pub async fn txt(&self, name: &str) -> Answer<String> {
        let resolver = self.resolver()?;
        self.run(async {
            resolver.txt_lookup(fqdn(name)).await.map(|lookup| {
                lookup
                    .iter()
                    .map(|txt| {
                        txt.txt_data()
                            .iter()
                            .map(|part| String::from_utf8_lossy(part).into_owned())
                            .collect::<String>()
                    })
                    .collect()
            })
        })
        .await
    }

    /// MX records of `name`: (preference, exchange without the final dot), most preferred first.
    pub async fn mx(&self, name: &str) -> Answer<(u16, String)> {
        let resolver = self.resolver()?;
        let mut found = self
            .run(async {
                resolver.mx_lookup(fqdn(name)).await.map(|lookup| {
                    lookup
                        .iter()
                        .map(|mx| {
                            let host = mx.exchange().to_utf8();
                            let host = host.trim_end_matches('.');
                            (mx.preference(), host.to_ascii_lowercase())
                        })
                        .collect()
                })
            })
            .await?;
        found.sort();
        Ok(found)
    }

    /// The addresses (A and AAAA) of `name`.
    pub async fn ips(&self, name: &str) -> Answer<IpAddr> {
        if let Ok(ip) = name.trim_matches(['[', ']']).parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        let resolver = self.resolver()?;
        self.run(async {
            resolver
                .lookup_ip(fqdn(name))
                .await
                .map(|lookup| lookup.iter().collect())
        })
        .await
    }
}
