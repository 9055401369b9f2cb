//! The IMAP test peer itself (tests/support/dovecot.rs), checked with Python's own imaplib: a real
//! Dovecot that takes a non-ASCII password over implicit TLS and STARTTLS (and none before TLS),
//! lists its Sent folder by SPECIAL-USE only, keeps what is appended across a restart, and checks
//! OAuth tokens against the mock identity provider.

use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

use crate::support::dovecot::{Dovecot, DovecotOptions};
use crate::support::idp::{Flavor, Idp};
use crate::support::peers::{python, wait_with_deadline};

const USER: &str = "ada@example.test";
const PASSWORD: &str = "pässwörd-ünïcode";
const SENT: &str = "Envoyés – archive";

/// The client side, in Python's standard library; each mode prints one JSON line.
const CLIENT: &str = r#"
import base64, imaplib, json, ssl, sys, urllib.parse, urllib.request

mode, port, ca, user, secret = sys.argv[1:6]
extra = sys.argv[6:]
ctx = ssl.create_default_context(cafile=ca) if mode != 'token' else None
out = {}

def mutf7(s):
    res, buf = '', ''
    def flush():
        nonlocal res, buf
        if buf:
            b = base64.b64encode(buf.encode('utf-16-be')).decode().rstrip('=').replace('/', ',')
            res += '&' + b + '-'
            buf = ''
    for ch in s:
        if 0x20 <= ord(ch) <= 0x7e:
            flush()
            res += '&-' if ch == '&' else ch
        else:
            buf += ch
    flush()
    return res

def plain(m, password):
    raw = b'\0' + user.encode() + b'\0' + password.encode('utf-8')
    try:
        return m.authenticate('PLAIN', lambda _: raw)[0]
    except imaplib.IMAP4.error as e:
        return 'refused: %s' % e

def tls():
    return imaplib.IMAP4_SSL('127.0.0.1', int(port), ssl_context=ctx, timeout=10)

if mode == 'tls':
    sent = extra[0]
    m = tls()
    out['auth'] = plain(m, secret)
    typ, _ = m._simple_command('LIST', '""', '"*"', 'RETURN', '(SPECIAL-USE)')
    out['list_status'] = typ
    out['list'] = [l.decode() for l in m.untagged_responses.pop('LIST', [])]
    out['sent_encoded'] = mutf7(sent)
    message = b'From: Ada <ada@example.test>\r\nSubject: kept\r\n\r\nA copy, kept.\r\n'
    out['append'] = m.append('"%s"' % mutf7(sent), '(\\Seen)', None, message)[0]
    m.logout()
elif mode == 'starttls':
    m = imaplib.IMAP4('127.0.0.1', int(port), timeout=10)
    out['caps_before'] = list(m.capabilities)
    try:
        out['login_before_tls'] = m.login(user, 'ascii-guess')[0]
    except imaplib.IMAP4.error as e:
        out['login_before_tls'] = 'refused: %s' % e
    out['plain_before_tls'] = plain(m, secret)
    out['starttls'] = m.starttls(ctx)[0]
    out['caps_after'] = list(m.capabilities)
    out['auth'] = plain(m, secret)
    out['select'] = m.select('INBOX')[0]
    m.logout()
elif mode == 'wrong':
    m = tls()
    out['auth'] = plain(m, secret)
elif mode in ('xoauth2', 'oauthbearer'):
    if mode == 'xoauth2':
        first = 'user=%s\x01auth=Bearer %s\x01\x01' % (user, secret)
    else:
        first = 'n,a=%s,\x01host=127.0.0.1\x01port=%s\x01auth=Bearer %s\x01\x01' % (user, port, secret)
    answers = [first.encode()]
    m = tls()
    out['caps'] = list(m.capabilities)
    try:
        # A refusal comes as a challenge first; the empty answer ends the exchange.
        out['auth'] = m.authenticate(mode.upper(), lambda _: answers.pop(0) if answers else b'')[0]
    except imaplib.IMAP4.error as e:
        out['auth'] = 'refused: %s' % e
elif mode == 'token':
    # A token from the mock provider through its device flow (approved beforehand).
    base, client_id, scope = port, ca, user
    def post(path, form):
        data = urllib.parse.urlencode(form).encode()
        req = urllib.request.Request(base + path, data=data, method='POST')
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)
    device = post('/devicecode', {'client_id': client_id, 'scope': scope})
    token = post('/token', {
        'grant_type': 'urn:ietf:params:oauth:grant-type:device_code',
        'device_code': device['device_code'],
        'client_id': client_id,
    })
    out['token'] = token['access_token']
print(json.dumps(out))
"#;

fn client(args: &[&str]) -> serde_json::Value {
    let child = std::process::Command::new(python())
        .arg("-c")
        .arg(CLIENT)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python runs");
    let out = wait_with_deadline(child, Duration::from_secs(60));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "imaplib {args:?}: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn refuses(port: u16) -> bool {
    TcpStream::connect_timeout(
        &SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
        Duration::from_secs(2),
    )
    .is_err()
}

#[test]
fn dovecot_takes_a_utf8_password_only_over_tls_keeps_sent_copies_and_restarts() {
    let mut dovecot = Dovecot::start(DovecotOptions::new().user(USER, PASSWORD).sent_folder(SENT));
    let tls_port = dovecot.tls_port().to_string();
    let starttls_port = dovecot.starttls_port().to_string();
    let ca = dovecot.ca_file().to_str().unwrap().to_owned();

    // Implicit TLS: the non-ASCII password through AUTHENTICATE PLAIN, the Sent folder known only
    // by its attribute, a copy appended as seen.
    let r = client(&["tls", &tls_port, &ca, USER, PASSWORD, SENT]);
    let log = dovecot.log();
    assert_eq!(r["auth"], "OK", "{r}\n{log}");
    assert_eq!(r["append"], "OK", "{r}\n{log}");
    let encoded = r["sent_encoded"].as_str().unwrap();
    assert_eq!(encoded, "Envoy&AOk-s &IBM- archive");
    let list: Vec<&str> = r["list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        list.iter()
            .any(|l| l.starts_with("(\\Sent)") && l.ends_with(&format!("\"{encoded}\""))),
        "{list:?}"
    );
    assert!(list.iter().any(|l| l.starts_with("(\\Drafts)")), "{list:?}");
    assert!(list.iter().any(|l| l.starts_with("(\\Trash)")), "{list:?}");
    let kept = dovecot.messages(USER, SENT);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].flags, "S");
    assert!(
        kept[0].text().contains("Subject: kept\r\n"),
        "{}",
        kept[0].text()
    );
    assert!(dovecot.messages(USER, "INBOX").is_empty());
    let folders = dovecot.folders(USER);
    for f in ["Drafts", "INBOX", SENT, "Trash"] {
        assert!(folders.iter().any(|x| x == f), "{f} in {folders:?}");
    }

    // STARTTLS: no password in the clear, then the same password after TLS.
    let r = client(&["starttls", &starttls_port, &ca, USER, PASSWORD]);
    let caps = |k: &str| -> Vec<String> {
        r[k].as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect()
    };
    assert!(caps("caps_before").iter().any(|c| c == "STARTTLS"), "{r}");
    assert!(
        caps("caps_before").iter().any(|c| c == "LOGINDISABLED"),
        "{r}"
    );
    assert!(
        !caps("caps_after").iter().any(|c| c == "LOGINDISABLED"),
        "{r}"
    );
    assert!(
        r["login_before_tls"]
            .as_str()
            .unwrap()
            .starts_with("refused"),
        "{r}"
    );
    assert!(
        r["plain_before_tls"]
            .as_str()
            .unwrap()
            .starts_with("refused"),
        "{r}"
    );
    assert_eq!(r["starttls"], "OK", "{r}");
    assert_eq!(r["auth"], "OK", "{r}\n{}", dovecot.log());
    assert_eq!(r["select"], "OK", "{r}");

    // A wrong password is refused, and costs the next attempt no delay (no penalty): tests fail
    // sign-ins on purpose.
    let r = client(&["wrong", &tls_port, &ca, USER, "passwörd-ünïcode"]);
    assert!(r["auth"].as_str().unwrap().starts_with("refused"), "{r}");
    let r = client(&["wrong", &tls_port, &ca, USER, "pässwörd"]);
    assert!(r["auth"].as_str().unwrap().starts_with("refused"), "{r}");
    let before = std::time::Instant::now();
    let r = client(&["wrong", &tls_port, &ca, USER, PASSWORD]);
    assert_eq!(r["auth"], "OK", "{r}");
    assert!(
        before.elapsed() < Duration::from_secs(2),
        "{:?}",
        before.elapsed()
    );

    // Down: both ports refuse; up again on the same ports with the same mail.
    dovecot.stop();
    assert!(refuses(dovecot.tls_port()) && refuses(dovecot.starttls_port()));
    assert_eq!(dovecot.messages(USER, SENT).len(), 1);
    dovecot.start_again();
    assert_eq!(dovecot.tls_port().to_string(), tls_port);
    let r = client(&["starttls", &starttls_port, &ca, USER, PASSWORD]);
    assert_eq!(r["auth"], "OK", "{r}\n{}", dovecot.log());
    let kept = dovecot.messages(USER, SENT);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].flags, "S");
}

#[test]
fn dovecot_without_a_sent_folder_lists_none() {
    let dovecot = Dovecot::start(DovecotOptions::new().user(USER, "pw").no_sent_folder());
    let folders = dovecot.folders(USER);
    assert_eq!(folders, ["Drafts", "INBOX", "Trash"], "{}", dovecot.log());
}

#[test]
fn dovecot_checks_oauth_tokens_with_the_identity_provider() {
    let idp = Idp::start(Flavor::Microsoft, USER);
    let dovecot = Dovecot::start(
        DovecotOptions::new()
            .user(USER, PASSWORD)
            .oauth2(&idp.introspect_url()),
    );
    let port = dovecot.tls_port().to_string();
    let ca = dovecot.ca_file().to_str().unwrap().to_owned();
    idp.with(|s| s.device_approved = true);
    let (client_id, scope) = idp.with(|s| (s.client_id.clone(), s.scopes.join(" ")));
    let token = client(&["token", &idp.base(), &client_id, &scope, "-"]);
    let token = token["token"].as_str().unwrap().to_owned();

    let r = client(&["xoauth2", &port, &ca, USER, &token]);
    assert!(
        r["caps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "AUTH=XOAUTH2"),
        "{r}"
    );
    assert_eq!(r["auth"], "OK", "{r}\n{}", dovecot.log());
    let r = client(&["oauthbearer", &port, &ca, USER, &token]);
    assert_eq!(r["auth"], "OK", "{r}\n{}", dovecot.log());
    let r = client(&["xoauth2", &port, &ca, USER, "access-not-issued"]);
    assert!(r["auth"].as_str().unwrap().starts_with("refused"), "{r}");
    // Passwords still work beside tokens.
    let r = client(&["wrong", &port, &ca, USER, PASSWORD]);
    assert_eq!(r["auth"], "OK", "{r}");
}
