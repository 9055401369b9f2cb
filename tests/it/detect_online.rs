//! `outpost detect` through each network source, against loopback servers only: the provider's
//! autoconfig, the ISPDB, MX records, and the guess checked with a probe.

use crate::support::fault;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
use hickory_resolver::proto::rr::rdata::{A, MX};
use hickory_resolver::proto::rr::{Name, RData, Record, RecordType};
use serde_json::Value;

/// A loopback HTTP server answering each path from `routes` (path → body); others get 404.
/// `delay` holds every answer back, to play a slow server. Counts the requests it saw.
struct Http {
    port: u16,
    hits: Arc<AtomicUsize>,
}

fn http(routes: Vec<(&'static str, String)>, delay: Duration) -> Http {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let seen = hits.clone();
    let routes = Arc::new(routes);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            seen.fetch_add(1, Ordering::SeqCst);
            let routes = routes.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                let _ = reader.read_line(&mut request);
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                std::thread::sleep(delay);
                let body = routes
                    .iter()
                    .find(|(p, _)| path.starts_with(p))
                    .map(|(_, b)| b.clone());
                let mut stream = stream;
                let _ = match body {
                    Some(b) => write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{b}",
                        b.len()
                    ),
                    None => write!(
                        stream,
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                };
            });
        }
    });
    Http { port, hits }
}

/// A loopback DNS server: MX answers from `mx` (domain → exchanger), A answers 127.0.0.1 for the
/// names in `a`, NXDOMAIN for everything else.
fn dns(mx: Vec<(&'static str, &'static str)>, a: Vec<&'static str>) -> u16 {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = socket.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut buf = [0u8; 1500];
        while let Ok((n, from)) = socket.recv_from(&mut buf) {
            let Ok(query) = Message::from_vec(&buf[..n]) else {
                continue;
            };
            let mut reply = Message::new();
            reply
                .set_id(query.id())
                .set_message_type(MessageType::Response)
                .set_recursion_available(true);
            let mut found = false;
            for q in query.queries() {
                reply.add_query(q.clone());
                let name = q
                    .name()
                    .to_utf8()
                    .trim_end_matches('.')
                    .to_ascii_lowercase();
                match q.query_type() {
                    RecordType::MX => {
                        for (domain, exchange) in &mx {
                            if name == *domain {
                                let rdata = RData::MX(MX::new(
                                    10,
                                    Name::from_utf8(format!("{exchange}.")).unwrap(),
                                ));
                                reply.add_answer(Record::from_rdata(q.name().clone(), 60, rdata));
                                found = true;
                            }
                        }
                    }
                    RecordType::A if a.contains(&name.as_str()) => {
                        reply.add_answer(Record::from_rdata(
                            q.name().clone(),
                            60,
                            RData::A(A::new(127, 0, 0, 1)),
                        ));
                        found = true;
                    }
                    _ => {}
                }
            }
            if !found {
                reply.set_response_code(ResponseCode::NXDomain);
            }
            let _ = socket.send_to(&reply.to_vec().unwrap(), from);
        }
    });
    port
}

const CONFIG: &str = r#"<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example.org">
<incomingServer type="imap"><hostname>imap.corp.test</hostname><port>143</port><socketType>plain</socketType></incomingServer>
<incomingServer type="imap"><hostname>imap.corp.test</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.corp.test</hostname><port>465</port><socketType>SSL</socketType>
<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"#;

const ISPDB: &str = r#"<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example.org">
<incomingServer type="imap"><hostname>imap.ispdb.test</hostname><port>143</port><socketType>STARTTLS</socketType>
<username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.ispdb.test</hostname><port>587</port><socketType>STARTTLS</socketType>
<authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username></outgoingServer>
</emailProvider></clientConfig>"#;

struct Env {
    http: u16,
    dns: u16,
    probe_ports: String,
}

fn detect(email: &str, env: &Env, extra: &[&str]) -> (i32, Value, Duration) {
    let home = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_outpost"));
    cmd.arg("detect")
        .arg(email)
        .arg("--json")
        .args(extra)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("c"))
        .env("XDG_DATA_HOME", home.path().join("d"))
        .env("LANG", "en_US.UTF-8")
        .env(
            "OUTPOST_AUTOCONFIG_URLS",
            format!(
                "http://127.0.0.1:{}/autoconfig/{{domain}}?emailaddress={{email}}",
                env.http
            ),
        )
        .env(
            "OUTPOST_ISPDB_URL",
            format!("http://127.0.0.1:{}/ispdb/{{domain}}", env.http),
        )
        .env("OUTPOST_DNS_SERVER", format!("127.0.0.1:{}", env.dns))
        .env("OUTPOST_PROBE_PORTS", &env.probe_ports)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = cmd.output().unwrap();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), json, started.elapsed())
}

#[test]
fn provider_autoconfig_wins_over_the_ispdb() {
    let h = http(
        vec![
            ("/autoconfig/example.org", CONFIG.into()),
            ("/ispdb/example.org", ISPDB.into()),
        ],
        Duration::ZERO,
    );
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (code, json, _) = detect("ada@example.org", &env, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["source"], "isp", "{json:#}");
    assert_eq!(json["servers"][0]["host"], "smtp.corp.test");
    assert_eq!(json["servers"][0]["security"], "tls");
    assert_eq!(json["servers"][0]["username"], "ada@example.org");
    // The IMAP server of the same document (the plain one skipped); its user name is the sending one.
    assert_eq!(json["imap"]["host"], "imap.corp.test", "{json:#}");
    assert_eq!(json["imap"]["port"], 993);
    assert_eq!(json["imap"]["security"], "tls");
    assert_eq!(json["imap"]["username"], Value::Null);
}

#[test]
fn ispdb_answers_when_the_provider_does_not() {
    let h = http(vec![("/ispdb/example.org", ISPDB.into())], Duration::ZERO);
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (_, json, _) = detect("ada@example.org", &env, &[]);
    assert_eq!(json["source"], "ispdb", "{json:#}");
    assert_eq!(json["servers"][0]["host"], "smtp.ispdb.test");
    assert_eq!(json["servers"][0]["username"], "ada");
    assert_eq!(json["imap"]["host"], "imap.ispdb.test", "{json:#}");
    assert_eq!(json["imap"]["security"], "starttls");
    assert_eq!(json["imap"]["username"], "ada@example.org");
}

#[test]
fn mx_at_a_known_provider_gives_its_preset() {
    let h = http(vec![], Duration::ZERO);
    let env = Env {
        http: h.port,
        dns: dns(vec![("firma.test", "aspmx.l.google.com")], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (_, json, _) = detect("ada@firma.test", &env, &[]);
    assert_eq!(json["source"], "mx", "{json:#}");
    assert_eq!(json["provider"], "google-workspace");
    assert_eq!(json["servers"][0]["host"], "smtp.gmail.com");
    // The mail exchangers' provider holds the mailbox: its IMAP server too.
    assert_eq!(json["imap"]["host"], "imap.gmail.com", "{json:#}");
    let env = Env {
        dns: dns(
            vec![("firma.test", "firma-test.mail.protection.outlook.com")],
            vec![],
        ),
        ..env
    };
    let (_, json, _) = detect("ada@firma.test", &env, &[]);
    assert_eq!(json["provider"], "office365", "{json:#}");
    assert_eq!(json["imap"]["host"], "outlook.office365.com", "{json:#}");
}

#[test]
fn guess_is_checked_with_the_probe() {
    let plain = fault::FaultServer::start(fault::Listen::Plain, |c| {
        if c.greet(&["SIZE 100"]).is_some() {
            c.bye()
        }
    });
    let pki = fault::Pki::new();
    let tls = fault::FaultServer::start(
        fault::Listen::Tls(pki.server_config(fault::CertVariant::WrongName)),
        |c| {
            if c.greet(&["AUTH PLAIN"]).is_some() {
                c.bye()
            }
        },
    );
    let h = http(vec![], Duration::ZERO);
    // smtp.small.test resolves to 127.0.0.1 where a STARTTLS-less server and a TLS one listen;
    // mail.small.test does not exist.
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec!["smtp.small.test"]),
        probe_ports: format!("{},{}", plain.port, tls.port),
    };
    let (_, json, _) = detect("ada@small.test", &env, &[]);
    assert_eq!(json["source"], "guess", "{json:#}");
    // Plain SMTP answers (as a last resort); the TLS port's certificate is for another name, so it
    // is not offered as working.
    let servers = json["servers"].as_array().unwrap();
    assert_eq!(servers.len(), 1, "{json:#}");
    assert_eq!(servers[0]["host"], "smtp.small.test");
    assert_eq!(servers[0]["port"], plain.port);
    assert_eq!(servers[0]["security"], "none");
}

#[test]
fn nothing_answers_gives_the_unchecked_guess() {
    let h = http(vec![], Duration::ZERO);
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (code, json, _) = detect("ada@nowhere.test", &env, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["source"], "guess");
    assert_eq!(json["servers"][0]["host"], "smtp.nowhere.test");
    assert_eq!(json["imap"], Value::Null);
    assert!(
        json["notes"][0]
            .as_str()
            .unwrap()
            .contains("not been checked")
    );
}

#[test]
fn a_slow_server_does_not_hold_detection_beyond_its_deadline() {
    let h = http(
        vec![("/autoconfig/", CONFIG.into()), ("/ispdb/", ISPDB.into())],
        Duration::from_secs(30),
    );
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (code, json, took) = detect("ada@slow.test", &env, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["source"], "guess");
    assert!(took < Duration::from_secs(15), "detection took {took:?}");
}

#[test]
fn offline_makes_no_network_traffic() {
    let h = http(vec![("/autoconfig/", CONFIG.into())], Duration::ZERO);
    let env = Env {
        http: h.port,
        dns: dns(vec![], vec![]),
        probe_ports: fault::closed_port().to_string(),
    };
    let (_, json, _) = detect("ada@example.org", &env, &["--offline"]);
    assert_eq!(json["source"], "guess");
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(h.hits.load(Ordering::SeqCst), 0);
    let _unused = Mutex::new(());
}

#[test]
fn an_unknown_host_is_dns_not_found() {
    let dns_port = dns(vec![], vec![]);
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_outpost"))
        .args([
            "check",
            "--json",
            "--host",
            "no-such-host.test",
            "--port",
            "587",
            "--timeout",
            "3",
        ])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("c"))
        .env("OUTPOST_DNS_SERVER", format!("127.0.0.1:{dns_port}"))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json["problem"]["kind"], "dns_not_found", "{json:#}");
    assert_eq!(json["problem"]["step"], "resolve");
}
