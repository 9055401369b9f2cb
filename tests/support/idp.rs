//! A strict mock OAuth2 identity provider on 127.0.0.1 (std only, a thread per connection), and a
//! fake browser that follows its authorization address back to Outpost's loopback listener.
//!
//! Strict: the authorization request must carry the expected client_id, exactly the expected
//! scopes, S256 PKCE, a state, and a redirect_uri of the provider's registered loopback form; a code
//! works once, only with the verifier of its challenge and the same redirect_uri and client; a
//! refresh must ask for the original scopes, with a refresh token issued to the same client, and
//! rotates the refresh token (the old one stops working). Every violation is answered as a
//! provider would and recorded in `violations`.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use sha2::Digest;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    Google,
    Microsoft,
}

#[derive(Default)]
pub struct State {
    pub client_id: String,
    pub client_secret: Option<String>,
    pub scopes: Vec<String>,
    /// Whom the tokens are for (the SMTP peer checks the XOAUTH2 user against it).
    pub user: String,
    pub expires_in: u64,
    /// Answer the authorization request with this `error` and `error_description`.
    pub authorize_error: Option<(String, String)>,
    /// Every refresh answers `invalid_grant` (the user revoked access).
    pub revoked: bool,
    /// Every refresh answers this `error` and `error_description` (interaction_required,
    /// consent_required, an AADSTS code), as Microsoft does.
    pub refresh_error: Option<(String, String)>,
    /// How long a device code lives (`expires_in` of the device authorization answer).
    pub device_expires_in: u64,
    /// The SMTP peer is told that SMTP sign-in is disabled for the mailbox.
    pub smtp_disabled: bool,
    /// The next this many access tokens shown to the introspection endpoint are refused.
    pub refuse_next_access: u32,
    codes: HashMap<String, Code>,
    /// Live refresh tokens and the client each was issued to.
    refresh_tokens: HashMap<String, String>,
    access_tokens: HashSet<String>,
    /// Every token ever issued (to check that none is written to disk).
    pub issued: Vec<String>,
    pub current_refresh: Option<String>,
    /// Device codes handed out (device code, user code) and whether the user has approved them
    /// on the other device.
    pub device_codes: Vec<(String, String)>,
    pub device_approved: bool,
    pub refreshes: u32,
    pub code_exchanges: u32,
    pub violations: Vec<String>,
}

struct Code {
    challenge: String,
    redirect_uri: String,
    client_id: String,
}

pub struct Idp {
    pub port: u16,
    pub flavor: Flavor,
    pub state: Arc<Mutex<State>>,
}

fn token(prefix: &str) -> String {
    format!(
        "{prefix}-{:016x}{:016x}",
        fastrand::u64(..),
        fastrand::u64(..)
    )
}

fn query(s: &str) -> HashMap<String, String> {
    reqwest::Url::parse(&format!("http://x/?{s}"))
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

impl Idp {
    pub fn start(flavor: Flavor, user: &str) -> Idp {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = State {
            client_id: format!("test-client-{}", fastrand::u32(..)),
            client_secret: (flavor == Flavor::Google).then(|| "not-so-secret".to_owned()),
            scopes: match flavor {
                Flavor::Google => vec!["https://mail.google.com/".into()],
                Flavor::Microsoft => vec![
                    "https://outlook.office.com/SMTP.Send".into(),
                    "https://outlook.office.com/IMAP.AccessAsUser.All".into(),
                    "offline_access".into(),
                ],
            },
            user: user.into(),
            expires_in: 3600,
            device_expires_in: 900,
            ..State::default()
        };
        let state = Arc::new(Mutex::new(state));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = shared.clone();
                std::thread::spawn(move || serve(stream, flavor, &state));
            }
        });
        Idp {
            port,
            flavor,
            state,
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn introspect_url(&self) -> String {
        format!("{}/introspect", self.base())
    }

    /// The `[oauth2.<provider>]` table pointing Outpost at this provider.
    pub fn config_toml(&self) -> String {
        let s = self.state.lock().unwrap();
        let name = match self.flavor {
            Flavor::Google => "google",
            Flavor::Microsoft => "microsoft",
        };
        let secret = s
            .client_secret
            .as_ref()
            .map(|c| format!("client_secret = \"{c}\"\n"))
            .unwrap_or_default();
        format!(
            "[oauth2.{name}]\nclient_id = \"{}\"\n{secret}auth_url = \"{}/authorize\"\ntoken_url = \"{}/token\"\n",
            s.client_id,
            self.base(),
            self.base()
        )
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    pub fn assert_strictly_followed(&self) {
        let v = self.with(|s| s.violations.clone());
        assert!(v.is_empty(), "the client broke the protocol: {v:?}");
    }
}

fn serve(mut stream: TcpStream, flavor: Flavor, state: &Mutex<State>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len.min(1 << 20)];
    let _ = reader.read_exact(&mut body);
    let body = String::from_utf8_lossy(&body).into_owned();
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("");
    let (path, q) = target.split_once('?').unwrap_or((target, ""));
    let mut s = state.lock().unwrap();
    let (status, ctype, extra, out) = match (method, path) {
        ("GET", "/authorize") => authorize(&mut s, flavor, &query(q)),
        ("POST", "/token") => token_endpoint(&mut s, &headers, &query(&body)),
        ("GET", "/introspect") => introspect(&mut s, &query(q)),
        ("POST", "/devicecode") => device_code(&mut s, &headers, &query(&body)),
        _ => ("404 Not Found", "text/plain", String::new(), String::new()),
    };
    drop(s);
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{out}",
        out.len()
    );
    let _ = stream.write_all(reply.as_bytes());
}

type Reply = (&'static str, &'static str, String, String);

fn json(status: &'static str, v: serde_json::Value) -> Reply {
    (status, "application/json", String::new(), v.to_string())
}

fn authorize(s: &mut State, flavor: Flavor, q: &HashMap<String, String>) -> Reply {
    let bad = |s: &mut State, why: String| {
        s.violations.push(why.clone());
        ("400 Bad Request", "text/plain", String::new(), why)
    };
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if get("response_type") != "code" {
        return bad(s, format!("response_type {:?}", get("response_type")));
    }
    if get("client_id") != s.client_id {
        return bad(s, format!("client_id {:?}", get("client_id")));
    }
    let mut scopes: Vec<String> = get("scope").split(' ').map(str::to_owned).collect();
    scopes.sort();
    let mut want = s.scopes.clone();
    want.sort();
    if scopes != want {
        return bad(s, format!("scopes {scopes:?}, expected {want:?}"));
    }
    if get("code_challenge_method") != "S256" || get("code_challenge").len() < 43 {
        return bad(s, "no S256 PKCE challenge".into());
    }
    if flavor == Flavor::Google && (get("access_type") != "offline" || get("prompt") != "consent") {
        return bad(
            s,
            "Google needs access_type=offline and prompt=consent for a refresh token".into(),
        );
    }
    let state = get("state");
    if state.len() < 16 {
        return bad(s, "no (or a guessable) state".into());
    }
    let redirect = get("redirect_uri");
    let form = match flavor {
        Flavor::Google => "http://127.0.0.1:",
        Flavor::Microsoft => "http://localhost:",
    };
    let port_ok = redirect
        .strip_prefix(form)
        .map(|p| p.trim_end_matches('/'))
        .and_then(|p| p.parse::<u16>().ok())
        .is_some_and(|p| p != 0);
    if !port_ok {
        return bad(s, format!("redirect_uri {redirect:?} is not {form}PORT"));
    }
    let back = |params: &[(&str, &str)]| {
        let mut url = reqwest::Url::parse(&redirect).unwrap();
        url.query_pairs_mut().extend_pairs(params);
        (
            "302 Found",
            "text/plain",
            format!("Location: {url}\r\n"),
            String::new(),
        )
    };
    if let Some((error, description)) = s.authorize_error.clone() {
        return back(&[
            ("error", &error),
            ("error_description", &description),
            ("state", &state),
        ]);
    }
    let code = token("code");
    s.codes.insert(
        code.clone(),
        Code {
            challenge: get("code_challenge"),
            redirect_uri: redirect.clone(),
            client_id: get("client_id"),
        },
    );
    back(&[("code", &code), ("state", &state)])
}

/// client_id (and secret) from HTTP Basic or the form, as RFC 6749 allows.
fn client_of(
    headers: &HashMap<String, String>,
    f: &HashMap<String, String>,
) -> (String, Option<String>) {
    if let Some(basic) = headers
        .get("authorization")
        .and_then(|a| a.strip_prefix("Basic "))
    {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(basic)
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&decoded).into_owned();
        let (id, secret) = text.split_once(':').unwrap_or((&text, ""));
        let dec = |v: &str| query(&format!("v={v}")).remove("v").unwrap_or_default();
        return (dec(id), Some(dec(secret)));
    }
    (
        f.get("client_id").cloned().unwrap_or_default(),
        f.get("client_secret").cloned(),
    )
}

fn issue(s: &mut State) -> Reply {
    let access = token("access");
    let refresh = token("refresh");
    s.access_tokens.insert(access.clone());
    s.refresh_tokens
        .insert(refresh.clone(), s.client_id.clone());
    s.issued.push(access.clone());
    s.issued.push(refresh.clone());
    s.current_refresh = Some(refresh.clone());
    json(
        "200 OK",
        serde_json::json!({
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": s.expires_in,
            "refresh_token": refresh,
            "scope": s.scopes.join(" "),
        }),
    )
}

fn token_endpoint(
    s: &mut State,
    headers: &HashMap<String, String>,
    f: &HashMap<String, String>,
) -> Reply {
    let error = |s: &mut State, code: &str, why: String| {
        if code != "invalid_grant" {
            s.violations.push(why.clone());
        }
        json(
            "400 Bad Request",
            serde_json::json!({"error": code, "error_description": why}),
        )
    };
    let (client_id, secret) = client_of(headers, f);
    if client_id != s.client_id || secret != s.client_secret {
        return error(s, "invalid_client", format!("client {client_id:?}"));
    }
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    match get("grant_type").as_str() {
        "authorization_code" => {
            s.code_exchanges += 1;
            let Some(code) = s.codes.remove(&get("code")) else {
                return error(s, "invalid_grant", "unknown or reused code".into());
            };
            let digest = sha2::Sha256::digest(get("code_verifier").as_bytes());
            let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
            if computed != code.challenge {
                return error(s, "invalid_grant", "PKCE verifier does not match".into());
            }
            if get("redirect_uri") != code.redirect_uri || code.client_id != client_id {
                return error(s, "invalid_grant", "redirect_uri or client differs".into());
            }
            issue(s)
        }
        "refresh_token" => {
            s.refreshes += 1;
            let mut scopes: Vec<String> = get("scope").split(' ').map(str::to_owned).collect();
            scopes.sort();
            let mut want = s.scopes.clone();
            want.sort();
            if scopes != want {
                return error(s, "invalid_scope", format!("refresh scopes {scopes:?}"));
            }
            let presented = get("refresh_token");
            if let Some(owner) = s.refresh_tokens.get(&presented)
                && *owner != client_id
            {
                s.violations.push(format!(
                    "a refresh token of client {owner:?} sent by client {client_id:?}"
                ));
                return error(s, "invalid_grant", "refresh token of another client".into());
            }
            if let Some((code, description)) = s.refresh_error.clone() {
                return json(
                    "400 Bad Request",
                    serde_json::json!({"error": code, "error_description": description}),
                );
            }
            if s.revoked || s.refresh_tokens.remove(&presented).is_none() {
                return error(
                    s,
                    "invalid_grant",
                    "refresh token revoked or rotated".into(),
                );
            }
            issue(s)
        }
        "urn:ietf:params:oauth:grant-type:device_code" => {
            let code = get("device_code");
            if !s.device_codes.iter().any(|(d, _)| *d == code) {
                return error(s, "invalid_grant", "unknown device code".into());
            }
            if !s.device_approved {
                return json(
                    "400 Bad Request",
                    serde_json::json!({"error": "authorization_pending"}),
                );
            }
            s.device_codes.retain(|(d, _)| *d != code);
            issue(s)
        }
        other => error(s, "unsupported_grant_type", other.to_owned()),
    }
}

fn device_code(
    s: &mut State,
    headers: &HashMap<String, String>,
    f: &HashMap<String, String>,
) -> Reply {
    let (client_id, _) = client_of(headers, f);
    let mut scopes: Vec<String> = f
        .get("scope")
        .map(|v| v.split(' ').map(str::to_owned).collect())
        .unwrap_or_default();
    scopes.sort();
    let mut want = s.scopes.clone();
    want.sort();
    if client_id != s.client_id || scopes != want {
        let why = format!("device code for {client_id:?} with {scopes:?}");
        s.violations.push(why.clone());
        return json(
            "400 Bad Request",
            serde_json::json!({"error": "invalid_request", "error_description": why}),
        );
    }
    let device = token("device");
    let user = format!("{:04X}-{:04X}", fastrand::u16(..), fastrand::u16(..));
    s.device_codes.push((device.clone(), user.clone()));
    json(
        "200 OK",
        serde_json::json!({
            "device_code": device,
            "user_code": user,
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": s.device_expires_in,
            "interval": 1,
        }),
    )
}

fn introspect(s: &mut State, q: &HashMap<String, String>) -> Reply {
    let t = q.get("token").cloned().unwrap_or_default();
    if !s.access_tokens.contains(&t) {
        return ("404 Not Found", "text/plain", String::new(), String::new());
    }
    if s.refuse_next_access > 0 {
        s.refuse_next_access -= 1;
        s.access_tokens.remove(&t);
        return ("404 Not Found", "text/plain", String::new(), String::new());
    }
    json(
        "200 OK",
        serde_json::json!({"user": s.user, "smtp_disabled": s.smtp_disabled}),
    )
}

/// A browser that follows the sign-in address: the provider's redirect back to Outpost's loopback
/// listener. Returns the page Outpost answered with.
pub fn browse(url: &str) -> String {
    let mut url = reqwest::Url::parse(url).unwrap();
    for _ in 0..5 {
        let (status, headers, body) = get(&url);
        if status / 100 == 3 {
            let location = headers.get("location").expect("a redirect has a Location");
            url = reqwest::Url::parse(location).unwrap();
            continue;
        }
        return body;
    }
    panic!("too many redirects");
}

fn get(url: &reqwest::Url) -> (u16, HashMap<String, String>, String) {
    let host = url.host_str().unwrap();
    let port = url.port_or_known_default().unwrap();
    let mut stream = TcpStream::connect((host, port))
        .unwrap_or_else(|e| panic!("the browser cannot reach {host}:{port}: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let target = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    // One write, as a browser sends its request.
    let request = format!(
        "GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: fake-browser\r\nConnection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .unwrap_or_else(|e| panic!("the browser could not ask {url}: {e}"));
    let mut text = String::new();
    let _ = stream.read_to_string(&mut text);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}
