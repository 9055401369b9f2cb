//! A loopback DNS server with a zone written by the test: A, AAAA, MX and TXT records; names that
//! answer SERVFAIL; NXDOMAIN for names it does not know, an empty NOERROR for names it knows with
//! other types. Point `OUTPOST_DNS_SERVER` at `addr()`.

#![allow(dead_code)]

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};

use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
use hickory_resolver::proto::rr::rdata::{A, MX, TXT};
use hickory_resolver::proto::rr::{Name, RData, Record};

#[derive(Default, Clone)]
pub struct Zone {
    records: Vec<(String, RData)>,
    servfail: Vec<String>,
}

impl Zone {
    pub fn new() -> Zone {
        Zone::default()
    }

    pub fn a(mut self, name: &str, ip: Ipv4Addr) -> Zone {
        self.records.push((key(name), RData::A(A(ip))));
        self
    }

    pub fn mx(mut self, name: &str, exchange: &str) -> Zone {
        let exchange = Name::from_utf8(format!("{}.", exchange.trim_end_matches('.'))).unwrap();
        self.records
            .push((key(name), RData::MX(MX::new(10, exchange))));
        self
    }

    /// A TXT record; texts longer than 255 bytes are split into strings as DNS requires.
    pub fn txt(mut self, name: &str, text: &str) -> Zone {
        let chunks: Vec<String> = text
            .as_bytes()
            .chunks(255)
            .map(|c| String::from_utf8(c.to_vec()).unwrap())
            .collect();
        self.records.push((key(name), RData::TXT(TXT::new(chunks))));
        self
    }

    pub fn servfail(mut self, name: &str) -> Zone {
        self.servfail.push(key(name));
        self
    }

    /// Serves the zone on a loopback UDP port until the test ends.
    pub fn serve(self) -> SocketAddr {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        let addr = socket.local_addr().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while let Ok((n, from)) = socket.recv_from(&mut buf) {
                let Ok(query) = Message::from_vec(&buf[..n]) else {
                    continue;
                };
                let reply = self.answer(&query);
                let _ = socket.send_to(&reply.to_vec().unwrap(), from);
            }
        });
        addr
    }

    fn answer(&self, query: &Message) -> Message {
        let mut reply = Message::new();
        reply
            .set_id(query.id())
            .set_message_type(MessageType::Response)
            .set_recursion_desired(query.recursion_desired())
            .set_recursion_available(true);
        let mut code = ResponseCode::NoError;
        for q in query.queries() {
            reply.add_query(q.clone());
            let name = key(&q.name().to_utf8());
            if self.servfail.contains(&name) {
                code = ResponseCode::ServFail;
                continue;
            }
            let mut known = false;
            for (n, rdata) in &self.records {
                if *n == name {
                    known = true;
                    if rdata.record_type() == q.query_type() {
                        reply.add_answer(Record::from_rdata(q.name().clone(), 60, rdata.clone()));
                    }
                }
            }
            if !known {
                code = ResponseCode::NXDomain;
            }
        }
        reply.set_response_code(code);
        reply
    }
}

fn key(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// A loopback UDP port that swallows every query and never answers: a resolver that is unreachable.
pub fn silent() -> (UdpSocket, SocketAddr) {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    let addr = socket.local_addr().unwrap();
    (socket, addr)
}
