//! The loopback redirect (RFC 8252 §7.3): an ephemeral port on 127.0.0.1 (and ::1 for
//! `localhost`), the request line of the browser's return only, bounded, and a small page.
//! Connections are served side by side: a browser's idle pre-connection (or any other local
//! program's) never keeps the real answer waiting.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::OAuthError;
use super::errors::{During, from_error_code};
use crate::fl;

/// The request line of the redirect is all Outpost reads, and no more than this.
pub const MAX_REQUEST_LINE: usize = 8192;

/// Connections served at once; more wait in the system's queue until one is done.
pub const MAX_CONNECTIONS: usize = 32;

/// How long one connection may take to send its request line.
const REQUEST_LINE_TIMEOUT: Duration = Duration::from_secs(10);

/// Listens on an ephemeral loopback port. With `both`, on the same port for IPv6 too: Microsoft
/// registers `http://localhost`, which the browser may resolve to ::1. A port whose IPv6 twin is
/// taken by someone else is given up for another; without IPv6 at all, IPv4 alone does.
pub async fn listen(both: bool) -> Result<(Vec<TcpListener>, u16), OAuthError> {
    let failed = |e: std::io::Error| OAuthError::Failed(e.to_string());
    for _ in 0..20 {
        let v4 = TcpListener::bind(("127.0.0.1", 0)).await.map_err(failed)?;
        let port = v4.local_addr().map_err(failed)?.port();
        if !both {
            return Ok((vec![v4], port));
        }
        match TcpListener::bind(("::1", port)).await {
            Ok(v6) => return Ok((vec![v4, v6], port)),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(_) => return Ok((vec![v4], port)),
        }
    }
    Err(OAuthError::Failed("no free loopback port".into()))
}

/// What came back on the loopback address.
enum Redirect {
    Code(String),
    Error {
        code: String,
        description: String,
    },
    /// Not for us (another path, a wrong state): answered and ignored.
    Other,
}

/// Waits until the browser comes back with `state` (at most until `deadline`) and returns the
/// authorization code. Every connection is served on its own task; the first one that carries
/// the right `state` decides, the others (another path, a wrong state, nothing at all) are
/// answered or time out, and are dropped when the wait ends.
pub async fn wait_for_code(
    listeners: &[TcpListener],
    state: &str,
    deadline: Instant,
) -> Result<String, OAuthError> {
    let mut serving = tokio::task::JoinSet::new();
    let give_up = tokio::time::sleep_until(deadline.into());
    tokio::pin!(give_up);
    loop {
        tokio::select! {
            () = &mut give_up => return Err(OAuthError::Cancelled),
            Some(done) = serving.join_next() => match done {
                Ok(Redirect::Code(code)) => return Ok(code),
                Ok(Redirect::Error { code, description }) => {
                    return Err(from_error_code(&code, &description, During::SignIn));
                }
                Ok(Redirect::Other) | Err(_) => {}
            },
            accepted = accept_any(listeners), if serving.len() < MAX_CONNECTIONS => match accepted {
                Ok(stream) => {
                    serving.spawn(answer(stream, state.to_owned()));
                }
                // Out of file descriptors or the like: try again shortly, not in a tight loop.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
        }
    }
}

/// Reads the request line only, answers with a small page, and says what it carried.
async fn answer(mut stream: TcpStream, state: String) -> Redirect {
    let line = match tokio::time::timeout(REQUEST_LINE_TIMEOUT, request_line(&mut stream)).await {
        Ok(Some(line)) => line,
        _ => return Redirect::Other,
    };
    let target = line
        .strip_prefix("GET ")
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("");
    let parsed = reqwest::Url::parse(&format!("http://localhost{target}")).ok();
    let Some(url) = parsed.filter(|u| u.path() == "/") else {
        respond(stream, "404 Not Found", "").await;
        return Redirect::Other;
    };
    let param = |name: &str| {
        url.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    if param("state").as_deref() != Some(state.as_str()) {
        respond(stream, "400 Bad Request", &fl!("oauth-page-failed")).await;
        return Redirect::Other;
    }
    if let Some(code) = param("code") {
        respond(stream, "200 OK", &fl!("oauth-page-done")).await;
        return Redirect::Code(code);
    }
    respond(stream, "200 OK", &fl!("oauth-page-failed")).await;
    Redirect::Error {
        code: param("error").unwrap_or_default(),
        description: param("error_description").unwrap_or_default(),
    }
}

async fn accept_any(listeners: &[TcpListener]) -> std::io::Result<TcpStream> {
    match listeners {
        [one] => one.accept().await.map(|(s, _)| s),
        [a, b, ..] => tokio::select! {
            r = a.accept() => r.map(|(s, _)| s),
            r = b.accept() => r.map(|(s, _)| s),
        },
        [] => std::future::pending().await,
    }
}

/// The first line of the request, bounded; the headers and any body are never read.
async fn request_line(stream: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::with_capacity(512);
    let mut chunk = [0u8; 512];
    loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.iter().position(|&b| b == b'\n') {
            let line = String::from_utf8(buf[..end].to_vec()).ok()?;
            return Some(line.trim_end_matches('\r').to_owned());
        }
        if buf.len() > MAX_REQUEST_LINE {
            return None;
        }
    }
}

async fn respond(mut stream: TcpStream, status: &str, text: &str) {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Outpost</title></head>\
         <body style=\"font-family:sans-serif;margin:3em\"><p>{escaped}</p></body></html>"
    );
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\nCache-Control: no-store\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(reply.as_bytes()).await;
    let _ = stream.shutdown().await;
    // The rest of the request (headers) is never looked at, but closing with it unread would make
    // the system reset the connection, and the browser could show an error instead of the page:
    // it is read and dropped, bounded in size and time.
    tokio::spawn(async move {
        let mut sink = [0u8; 4096];
        let _ = tokio::time::timeout(Duration::from_secs(2), async {
            let mut left = 64 * 1024;
            while left > 0 {
                match stream.read(&mut sink).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => left -= n.min(left),
                }
            }
        })
        .await;
    });
}
