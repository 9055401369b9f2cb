//! DNS blocklists: the sending server's addresses against Spamhaus ZEN, SpamCop and Barracuda.
//! Answers in 127.255.255.0/24 mean "query refused" (a public or overloaded resolver, a typo):
//! `unknown`, never "listed".

use std::net::{IpAddr, Ipv4Addr};

use super::{Check, CheckName, Context, Status};
use crate::fl;

struct List {
    zone: &'static str,
    name: &'static str,
    removal: &'static str,
}

const LISTS: [List; 3] = [
    List {
        zone: "zen.spamhaus.org",
        name: "Spamhaus ZEN",
        removal: "https://check.spamhaus.org/",
    },
    List {
        zone: "bl.spamcop.net",
        name: "SpamCop",
        removal: "https://www.spamcop.net/bl.shtml",
    },
    List {
        zone: "b.barracudacentral.org",
        name: "Barracuda",
        removal: "https://www.barracudacentral.org/rbl/removal-request",
    },
];

/// The name to look up for `ip` in `zone`: the address reversed (nibbles for IPv6).
fn query_name(ip: IpAddr, zone: &str) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            format!("{}.{}.{}.{}.{zone}", o[3], o[2], o[1], o[0])
        }
        IpAddr::V6(v6) => {
            let hex: String = v6.octets().iter().map(|b| format!("{b:02x}")).collect();
            let nibbles: Vec<String> = hex.chars().rev().map(String::from).collect();
            format!("{}.{zone}", nibbles.join("."))
        }
    }
}

enum Verdict {
    Listed(Ipv4Addr),
    Refused(Ipv4Addr),
    Clean,
    Unanswered,
}

fn verdict(answers: &[IpAddr]) -> Verdict {
    let v4: Vec<Ipv4Addr> = answers
        .iter()
        .filter_map(|a| match a {
            IpAddr::V4(v4) => Some(*v4),
            IpAddr::V6(_) => None,
        })
        .collect();
    if let Some(listed) = v4.iter().find(|a| {
        let o = a.octets();
        o[0] == 127 && !(o[1] == 255 && o[2] == 255)
    }) {
        return Verdict::Listed(*listed);
    }
    match v4.first() {
        Some(refused) => Verdict::Refused(*refused),
        None => Verdict::Clean,
    }
}

pub(super) async fn check(cx: &Context<'_>) -> Vec<Check> {
    let Some(host) = cx.sending_host else {
        return vec![Check::new(
            CheckName::Blocklist,
            Status::Unknown,
            fl!("domain-blocklist-no-server"),
            fl!("domain-fix-blocklist-account"),
        )];
    };
    let Ok(ips) = cx.dns.ips(host).await else {
        return vec![Check::unanswered(CheckName::Blocklist, host)];
    };
    if ips.is_empty() {
        return vec![Check::unanswered(CheckName::Blocklist, host)];
    }
    let queries: Vec<(usize, IpAddr, String)> = LISTS
        .iter()
        .enumerate()
        .flat_map(|(i, list)| {
            ips.iter()
                .map(move |ip| (i, *ip, query_name(*ip, list.zone)))
        })
        .collect();
    let answers =
        futures::future::join_all(queries.iter().map(|(_, _, name)| cx.dns.ips(name))).await;
    let addresses = ips
        .iter()
        .map(|ip| ip.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    LISTS
        .iter()
        .enumerate()
        .map(|(i, list)| {
            let mut found = Verdict::Clean;
            for ((_, ip, name), answer) in queries
                .iter()
                .zip(&answers)
                .filter(|((l, _, _), _)| *l == i)
            {
                let v = match answer {
                    Ok(a) => verdict(a),
                    Err(_) => Verdict::Unanswered,
                };
                match v {
                    Verdict::Listed(code) => {
                        return Check::new(
                            CheckName::Blocklist,
                            Status::Fail,
                            fl!(
                                "domain-blocklist-listed",
                                address = ip.to_string(),
                                list = list.name,
                                answer = code.to_string()
                            ),
                            fl!("domain-fix-blocklist", url = list.removal),
                        )
                        .with_record(format!("{name} A {code}"));
                    }
                    Verdict::Clean => {}
                    other => found = other,
                }
            }
            match found {
                Verdict::Refused(code) => Check::new(
                    CheckName::Blocklist,
                    Status::Unknown,
                    fl!(
                        "domain-blocklist-refused",
                        list = list.name,
                        answer = code.to_string()
                    ),
                    fl!("domain-fix-blocklist-refused"),
                ),
                Verdict::Unanswered => Check::new(
                    CheckName::Blocklist,
                    Status::Unknown,
                    fl!("domain-lookup-failed", name = list.zone),
                    fl!("domain-fix-retry"),
                ),
                _ => Check::new(
                    CheckName::Blocklist,
                    Status::Pass,
                    fl!(
                        "domain-blocklist-clean",
                        addresses = addresses.as_str(),
                        list = list.name
                    ),
                    fl!("domain-fix-none"),
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_verdicts() {
        assert_eq!(
            query_name("192.0.2.1".parse().unwrap(), "zen.spamhaus.org"),
            "1.2.0.192.zen.spamhaus.org"
        );
        assert!(query_name("2001:db8::1".parse().unwrap(), "z").starts_with("1.0.0.0.0.0.0.0"));
        assert!(matches!(
            verdict(&["127.0.0.2".parse().unwrap()]),
            Verdict::Listed(_)
        ));
        assert!(matches!(
            verdict(&["127.255.255.254".parse().unwrap()]),
            Verdict::Refused(_)
        ));
        assert!(matches!(verdict(&[]), Verdict::Clean));
    }
}
