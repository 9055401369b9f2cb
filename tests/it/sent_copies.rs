//! Copies in the mailbox's Sent folder over IMAP (issue 24), against a real Dovecot on loopback
//! (tests/support/dovecot.rs): appended once, with `\Seen` and the Bcc header, into the folder
//! found by its SPECIAL-USE name; kept and retried while IMAP is down; a wrong password named and
//! nothing lost; `save_sent = "off"`; an append whose answer was lost is not appended twice.

use crate::support::dovecot::{Dovecot, DovecotOptions};
use crate::support::peers::{Mode, PeerOptions, SmtpPeer, TestHome};

use mail_parser::MessageParser;

const USER: &str = "ada@example.com";
/// Beyond ASCII, so that only a UTF-8 sign-in (AUTHENTICATE PLAIN) gets in.
const PASSWORD: &str = "Grüße-naïve-Пароль-42";
/// A name no fallback list knows: only its SPECIAL-USE `\Sent` says what it is for.
const ODD_SENT: &str = "Postausgang-Archiv";

struct Setup {
    smtp: SmtpPeer,
    imap: Dovecot,
    home: TestHome,
}

/// A home with one account, "relay", sending through aiosmtpd (plain, no sign-in) and keeping
/// copies through Dovecot on `security`'s port, its IMAP password in the keychain.
fn setup(options: DovecotOptions, security: &str) -> Setup {
    let smtp = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let imap = Dovecot::start(options.user(USER, PASSWORD));
    let home = TestHome::with_keyring();
    let port = match security {
        "tls" => imap.tls_port(),
        _ => imap.starttls_port(),
    };
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[[account]]\nname = \"relay\"\nemail = \"{USER}\"\nhost = \"127.0.0.1\"\nport = {}\n\
             security = \"none\"\nauth = \"none\"\ndefault = true\nca_file = {:?}\n\
             save_sent = \"imap\"\n[account.imap]\nhost = \"127.0.0.1\"\nport = {port}\n\
             security = \"{security}\"\nuser = \"{USER}\"\n",
            smtp.port(),
            imap.ca_file().display().to_string(),
        ),
    )
    .unwrap();
    set_imap_password(&home, PASSWORD);
    Setup { smtp, imap, home }
}

fn set_imap_password(home: &TestHome, password: &str) {
    let (code, doc) = home.json(
        &[
            "accounts",
            "edit",
            "relay",
            "--imap-password-stdin",
            "--json",
        ],
        &format!("{password}\n"),
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        home.keyring
            .as_ref()
            .unwrap()
            .lookup_in("outpost-imap", "relay")
            .as_deref(),
        Some(password),
        "the IMAP password is in its own keychain entry"
    );
}

/// Sends one message with a Bcc; returns its outbox id.
fn send(home: &TestHome, subject: &str) -> String {
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--bcc",
            "hidden@example.net",
            "--subject",
            subject,
            "--body",
            "See you at noon.",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["ok"], true, "{doc}");
    doc["outbox_id"].as_str().unwrap().to_owned()
}

/// The `outbox sent --json` record of `id`.
fn record(home: &TestHome, id: &str) -> serde_json::Value {
    let (code, doc) = home.json(&["outbox", "sent", "--json"], "");
    assert_eq!(code, 0, "{doc}");
    doc["sent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} in {doc}"))
}

fn flush(home: &TestHome) -> serde_json::Value {
    let (code, doc) = home.json(&["outbox", "flush", "--json"], "");
    assert!(code == 0 || code == 1, "{doc}");
    doc
}

#[test]
fn a_copy_goes_once_into_the_special_use_sent_folder_with_seen_and_bcc() {
    let s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "starttls");
    let id = send(&s.home, "Lunch on Friday");
    let delivered = s.smtp.wait_messages(1);

    let copies = s.imap.wait_messages(USER, ODD_SENT, 1);
    assert_eq!(copies.len(), 1);
    assert!(
        copies[0].flags.contains('S'),
        "\\Seen: {:?}",
        copies[0].flags
    );
    let bytes = &copies[0].bytes;
    // The exact bytes sent, with the Bcc header first (the recipients never saw it).
    let bcc = b"Bcc: hidden@example.net\r\n";
    assert!(bytes.starts_with(bcc), "{}", copies[0].text());
    assert_eq!(&bytes[bcc.len()..], &delivered[0].raw[..]);
    let parsed = MessageParser::default().parse(bytes).unwrap();
    assert_eq!(parsed.subject(), Some("Lunch on Friday"));
    assert_eq!(
        parsed
            .bcc()
            .and_then(|b| b.first())
            .and_then(|a| a.address()),
        Some("hidden@example.net")
    );
    assert!(
        !s.imap.folders(USER).iter().any(|f| f == "Sent"),
        "no second Sent folder was made: {:?}",
        s.imap.folders(USER)
    );

    let r = record(&s.home, &id);
    assert_eq!(r["copy"], "saved", "{r}");
    assert!(r["copy_problem"].is_null(), "{r}");
    let (_, shown) = s.home.json(&["outbox", "show", &id, "--json"], "");
    assert_eq!(shown["copy"], "saved", "{shown}");

    // Later flushes and sends never copy it again.
    flush(&s.home);
    send(&s.home, "Second one");
    s.imap.wait_messages(USER, ODD_SENT, 2);
    flush(&s.home);
    let subjects: Vec<String> = s
        .imap
        .messages(USER, ODD_SENT)
        .iter()
        .map(|m| {
            MessageParser::default()
                .parse(&m.bytes)
                .and_then(|p| p.subject().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    let mut sorted = subjects.clone();
    sorted.sort();
    assert_eq!(sorted, ["Lunch on Friday", "Second one"], "{subjects:?}");
}

#[test]
fn a_copy_waits_while_imap_is_down_and_goes_once_when_it_is_back() {
    let mut s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "tls");
    s.imap.stop();
    let id = send(&s.home, "While the mailbox sleeps");
    s.smtp.wait_messages(1);
    let r = record(&s.home, &id);
    assert_eq!(r["copy"], "pending", "{r}");
    assert_eq!(r["copy_problem"]["kind"], "connection_refused", "{r}");
    assert_eq!(r["copy_problem"]["step"], "imap_connect", "{r}");

    s.imap.start_again();
    let doc = flush(&s.home);
    assert_eq!(doc["copies"]["saved"], serde_json::json!([id]), "{doc}");
    assert_eq!(s.imap.messages(USER, ODD_SENT).len(), 1);
    assert_eq!(record(&s.home, &id)["copy"], "saved");
    flush(&s.home);
    assert_eq!(
        s.imap.messages(USER, ODD_SENT).len(),
        1,
        "never a second copy"
    );
    // The message itself went out once, when it was sent.
    assert_eq!(s.smtp.count(), 1);
}

#[test]
fn a_wrong_imap_password_is_named_and_nothing_is_lost() {
    let s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "starttls");
    set_imap_password(&s.home, "not-the-password");
    let id = send(&s.home, "Despite the wrong password");
    // Sending did not depend on the copy.
    assert_eq!(s.smtp.wait_messages(1).len(), 1);
    let r = record(&s.home, &id);
    assert_eq!(r["copy"], "failed", "{r}");
    assert_eq!(r["copy_problem"]["kind"], "auth_failed", "{r}");
    assert_eq!(r["copy_problem"]["step"], "imap_auth", "{r}");
    assert!(!r["copy_problem"]["message"].as_str().unwrap().is_empty());
    assert_eq!(r["kept"], true, "the message is kept for a later copy");
    assert!(s.imap.messages(USER, ODD_SENT).is_empty());
    let (code, stdout, stderr) = s.home.run(
        &[
            "send",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Two",
            "--body",
            "x",
        ],
        "",
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        !stderr.trim().is_empty(),
        "the copy problem is told in words"
    );

    // The right password: the copies that failed are tried again at once.
    set_imap_password(&s.home, PASSWORD);
    let doc = flush(&s.home);
    assert_eq!(doc["copies"]["saved"].as_array().unwrap().len(), 2, "{doc}");
    assert_eq!(s.imap.messages(USER, ODD_SENT).len(), 2);
    assert_eq!(record(&s.home, &id)["copy"], "saved");
}

#[test]
fn with_save_sent_off_no_copy_is_made() {
    let s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "starttls");
    let (code, doc) = s.home.json(
        &["accounts", "edit", "relay", "--save-sent", "off", "--json"],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["account"]["save_sent"], "off");
    let id = send(&s.home, "No copy please");
    s.smtp.wait_messages(1);
    flush(&s.home);
    assert_eq!(record(&s.home, &id)["copy"], "off");
    assert!(s.imap.messages(USER, ODD_SENT).is_empty());
    assert!(
        !s.imap.log().contains(&format!("user=<{USER}>")),
        "not even a sign-in"
    );
}

#[test]
fn without_a_sent_folder_one_is_created_over_implicit_tls() {
    let s = setup(DovecotOptions::new().no_sent_folder(), "tls");
    let id = send(&s.home, "Where does this go");
    s.smtp.wait_messages(1);
    assert!(
        s.imap.folders(USER).iter().any(|f| f == "Sent"),
        "{:?}",
        s.imap.folders(USER)
    );
    let copies = s.imap.wait_messages(USER, "Sent", 1);
    assert!(copies[0].flags.contains('S'));
    assert_eq!(record(&s.home, &id)["copy"], "saved");
}

#[test]
fn an_append_whose_answer_was_lost_is_found_by_message_id_not_appended_again() {
    let s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "starttls");
    let id = send(&s.home, "Answer lost on the way back");
    s.imap.wait_messages(USER, ODD_SENT, 1);
    // As after a connection lost between the upload and the server's OK: the state says an
    // append was started and not answered.
    let path = s
        .home
        .data_dir()
        .join(format!("outbox/sent/{id}.copy.json"));
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    state["status"] = "pending".into();
    state["in_doubt"] = true.into();
    state["next_attempt"] = 0.into();
    std::fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
    // A pending copy is listed among the unsaved ones from the start, as the copier leaves it.
    let unsaved = s.home.data_dir().join("outbox/copies-unsaved");
    std::fs::create_dir_all(&unsaved).unwrap();
    std::fs::write(unsaved.join(&id), b"").unwrap();
    assert_eq!(record(&s.home, &id)["copy"], "pending");

    let doc = flush(&s.home);
    assert_eq!(doc["copies"]["saved"], serde_json::json!([id]), "{doc}");
    assert_eq!(
        s.imap.messages(USER, ODD_SENT).len(),
        1,
        "found, not appended again"
    );
    assert_eq!(record(&s.home, &id)["copy"], "saved");
}

#[test]
fn the_imap_settings_are_set_and_shown_by_the_command_line() {
    let home = TestHome::with_keyring();
    let add = |name: &str, extra: &[&str]| {
        let mut args = vec![
            "accounts",
            "add",
            "--json",
            "--name",
            name,
            "--email",
            USER,
            "--host",
            "smtp.example.org",
            "--port",
            "587",
            "--security",
            "starttls",
            "--user",
            USER,
            "--password-stdin",
        ];
        args.extend_from_slice(extra);
        home.json(&args, "secret\n")
    };
    let (code, doc) = add(
        "box",
        &[
            "--imap-host",
            "imap.example.org",
            "--imap-security",
            "starttls",
            "--imap-user",
            "ada",
        ],
    );
    assert_eq!(code, 0, "{doc}");
    let (code, shown) = home.json(&["accounts", "show", "box", "--json"], "");
    assert_eq!(code, 0, "{shown}");
    let a = if shown["account"].is_object() {
        &shown["account"]
    } else {
        &shown
    };
    assert_eq!(a["imap"]["host"], "imap.example.org", "{shown}");
    assert_eq!(a["imap"]["port"], 143, "the usual port of STARTTLS");
    assert_eq!(a["imap"]["security"], "starttls");
    assert_eq!(a["imap"]["user"], "ada");
    assert_eq!(a["save_sent"], "auto");
    let (code, doc) = home.json(
        &[
            "accounts",
            "edit",
            "box",
            "--imap-port",
            "993",
            "--save-sent",
            "imap",
            "--json",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["account"]["imap"]["port"], 993);
    assert_eq!(
        doc["account"]["imap"]["security"], "tls",
        "the usual encryption of 993"
    );
    assert_eq!(doc["account"]["save_sent"], "imap");

    // Sending through a preset's server: its IMAP server comes with it.
    let (code, doc) = home.json(
        &[
            "accounts",
            "add",
            "--json",
            "--name",
            "fm",
            "--email",
            "ada@fastmail.com",
            "--host",
            "smtp.fastmail.com",
            "--port",
            "465",
            "--security",
            "tls",
            "--user",
            "ada@fastmail.com",
            "--password-stdin",
        ],
        "secret\n",
    );
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["account"]["imap"]["host"], "imap.fastmail.com", "{doc}");
    assert_eq!(doc["account"]["imap"]["port"], 993);

    // IMAP without encryption is refused, and so is save_sent = imap without an IMAP server.
    let (code, doc) = add(
        "plain",
        &["--imap-host", "imap.example.org", "--imap-security", "none"],
    );
    assert_eq!(code, 2, "{doc}");
    let (code, doc) = add("nohost", &["--save-sent", "imap"]);
    assert_eq!(code, 2, "{doc}");
    assert_eq!(doc["error"]["field"], "imap_host", "{doc}");
}

/// The window shows where each copy stands: saved (with its folder) or not (with why and "Try
/// saving the copy again", which makes it due at once), and the account list warns about it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_shows_each_copy_and_tries_a_failed_one_again() {
    use crate::support::app::drive_together;
    use iced::window;
    use iced_test::simulator;
    use outpost::config::{Paths, Store};
    use outpost::gui::app::{App, Message};
    use outpost::gui::{accounts, outbox as outbox_screen};

    let s = setup(DovecotOptions::new().sent_folder(ODD_SENT), "starttls");
    let saved = send(&s.home, "Filed nicely");
    s.imap.wait_messages(USER, ODD_SENT, 1);
    set_imap_password(&s.home, "not-the-password");
    let failed = send(&s.home, "Not filed");
    assert_eq!(record(&s.home, &failed)["copy"], "failed");

    let (store, warnings) = Store::open_at(Paths {
        config_dir: s.home.config_dir(),
        data_dir: s.home.data_dir(),
    })
    .unwrap();
    let mut app = App::with_store(store, &warnings);
    let main = window::Id::unique();
    drive_together(
        &mut app,
        vec![Message::Accounts(accounts::Message::OpenOutbox)],
    )
    .await;
    let click = async |app: &mut App, what: &str| {
        let mut ui = simulator(app.view(main));
        ui.click(what).unwrap();
        let messages: Vec<_> = ui.into_messages().collect();
        drive_together(app, messages).await;
    };
    // The account list warns about the account's copies.
    drive_together(
        &mut app,
        vec![Message::Outbox(outbox_screen::Message::Close)],
    )
    .await;
    simulator(app.view(main))
        .find("Copies in Sent not saved")
        .unwrap();
    drive_together(
        &mut app,
        vec![Message::Accounts(accounts::Message::OpenOutbox)],
    )
    .await;
    click(&mut app, "Sent").await;
    {
        let mut ui = simulator(app.view(main));
        ui.find(format!("Copy saved in “{ODD_SENT}”").as_str())
            .unwrap();
        ui.find("The copy in Sent could not be saved").unwrap();
    }

    // The failed one opened: why, what to do, and the button.
    let open = outbox_screen::Message::Open(failed.clone());
    drive_together(&mut app, vec![Message::Outbox(open)]).await;
    let mut ui = simulator(app.view(main));
    ui.find("Not filed").unwrap();
    ui.find("The copy in Sent could not be saved").unwrap();
    ui.click("Try saving the copy again").unwrap();
    let outbox = outpost::outbox::Outbox::open(&s.home.data_dir()).unwrap();
    let before = outbox.copy_state(&failed).unwrap();
    assert!(before.next_attempt > 0, "a failed copy waits: {before:?}");
    let messages: Vec<_> = ui.into_messages().collect();
    drive_together(&mut app, messages).await;
    let after = outbox.copy_state(&failed).unwrap();
    // Tried again at once: this test process has no keychain, so the new problem says that, and
    // the copy waits for it (a keychain comes back) instead of failing.
    let problem = after.problem.as_ref().unwrap();
    assert_eq!(problem.kind.as_str(), "keychain_unavailable", "{after:?}");
    assert_eq!(after.status, outpost::outbox::CopyStatus::Pending);
    assert_eq!(
        outbox.copy_state(&saved).unwrap().status,
        outpost::outbox::CopyStatus::Saved,
        "a saved copy is left alone"
    );

    // Another process (the command line, with the keychain) saves it: the opened message shows
    // that at the window's next look at the files, without being told.
    set_imap_password(&s.home, PASSWORD);
    outbox.retry_copies(None).unwrap();
    let doc = flush(&s.home);
    assert_eq!(
        doc["copies"]["saved"].as_array().map(Vec::len),
        Some(1),
        "{doc}"
    );
    let saved_words = format!("Copy saved in “{ODD_SENT}”");
    {
        let mut ui = simulator(app.view(main));
        ui.find("Not filed").unwrap();
        assert!(
            ui.find(saved_words.as_str()).is_err(),
            "the window read the files again before its look"
        );
    }
    drive_together(&mut app, vec![Message::CheckFiles]).await;
    let mut ui = simulator(app.view(main));
    ui.find("Not filed").unwrap();
    ui.find(saved_words.as_str()).unwrap();
    assert!(
        ui.find("Try saving the copy again").is_err(),
        "a saved copy still offers to be tried again"
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile IMAP servers: what they send is bounded, and what they do is named.

/// A home whose account sends through aiosmtpd and keeps copies on the IMAP server at `port`
/// (`security`), trusting `ca`; the IMAP password is in the keychain.
fn hostile_home(smtp: &SmtpPeer, port: u16, security: &str, ca: &std::path::Path) -> TestHome {
    let home = TestHome::with_keyring();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[[account]]\nname = \"relay\"\nemail = \"{USER}\"\nhost = \"127.0.0.1\"\nport = {}\n\
             security = \"none\"\nauth = \"none\"\ndefault = true\nca_file = {:?}\n\
             save_sent = \"imap\"\n[account.imap]\nhost = \"127.0.0.1\"\nport = {port}\n\
             security = \"{security}\"\n",
            smtp.port(),
            ca.display().to_string(),
        ),
    )
    .unwrap();
    set_imap_password(&home, PASSWORD);
    home
}

/// The tag of a client's command line (`A0001 LIST …` → `A0001`).
fn tag(line: &str) -> String {
    line.split_whitespace().next().unwrap_or("*").to_owned()
}

#[test]
fn an_endless_folder_list_is_cut_off_with_memory_flat() {
    use crate::support::fault::{self, CertVariant, FaultServer, Listen, Pki, Record, Streamed};
    let pki = Pki::new();
    let streamed: Record<Option<Streamed>> = Record::default();
    let recorded = streamed.clone();
    let imap = FaultServer::start(
        Listen::Tls(pki.server_config(CertVariant::Good)),
        move |c| {
            c.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hostile");
            while let Some(line) = c.line() {
                let upper = line.to_ascii_uppercase();
                if upper.contains("AUTHENTICATE") {
                    c.send("+ ");
                    let _ = c.line();
                    c.send(&format!("{} OK signed in", tag(&line)));
                } else if upper.contains("CAPABILITY") {
                    c.send(&format!("* CAPABILITY IMAP4rev1\r\n{} OK", tag(&line)));
                } else if upper.contains(" LIST ") {
                    fault::endless(c, b"* LIST () \"/\" ", &[b'x'; 64 * 1024], &recorded);
                    return;
                } else {
                    c.send(&format!("{} BAD what", tag(&line)));
                }
            }
        },
    );
    let smtp = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let home = hostile_home(&smtp, imap.port, "tls", &pki.ca_pem);
    let (code, doc) = home.json(
        &[
            "send",
            "--json",
            "--account",
            "relay",
            "--to",
            "bob@example.org",
            "--subject",
            "Into the void",
            "--body",
            "x",
        ],
        "",
    );
    assert_eq!(code, 0, "{doc}");
    let id = doc["outbox_id"].as_str().unwrap().to_owned();
    // The copy is tried again by a flush, watched for its memory.
    let outbox = outpost::outbox::Outbox::open(&home.data_dir()).unwrap();
    outbox.retry_copies(None).unwrap();
    *streamed.lock().unwrap() = None;
    let run = home.json_watched(&["outbox", "flush", "--json"], "");
    let s = fault::wait_recorded(&streamed);
    eprintln!(
        "peak {:?} KiB, the server wrote {} bytes ({s:?})",
        run.peak_kib, s.bytes
    );
    assert!(
        !s.finished && s.hung_up && s.bytes < fault::ENDLESS,
        "the client read on: {s:?}"
    );
    if cfg!(target_os = "linux") {
        let peak = run.peak_kib.expect("VmHWM");
        assert!(peak < 150 * 1024, "peak memory {peak} KiB");
    }
    let r = record(&home, &id);
    assert_eq!(r["copy_problem"]["step"], "imap_folder", "{r}");
    assert_eq!(r["copy_problem"]["kind"], "unexpected_reply", "{r}");
    assert_eq!(smtp.count(), 1, "the message itself went once");
}

#[test]
fn bytes_injected_after_starttls_stop_the_copy_before_any_secret() {
    use crate::support::fault::{Available, FaultServer, Listen, Record};
    let after: Record<Option<Available>> = Record::default();
    let recorded = after.clone();
    let imap = FaultServer::start(Listen::Plain, move |c| {
        c.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready");
        while let Some(line) = c.line() {
            if line.to_ascii_uppercase().contains("STARTTLS") {
                c.send_raw(
                    format!(
                        "{} OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n",
                        tag(&line)
                    )
                    .as_bytes(),
                );
                let got = c.read_available(std::time::Duration::from_secs(3));
                *recorded.lock().unwrap() = Some(got);
                return;
            }
            c.send(&format!("{} BAD STARTTLS first", tag(&line)));
        }
    });
    let smtp = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let ca = crate::support::fault::Pki::new();
    let home = hostile_home(&smtp, imap.port, "starttls", &ca.ca_pem);
    let id = send(&home, "Not through a tampered line");
    let got = crate::support::fault::wait_recorded(&after);
    assert!(
        got.text().is_empty(),
        "nothing more was said after the injection: {:?}",
        got.text()
    );
    let r = record(&home, &id);
    assert_eq!(r["copy_problem"]["kind"], "starttls_tampered", "{r}");
    assert_eq!(r["copy_problem"]["step"], "imap_tls", "{r}");
    assert_eq!(r["copy"], "failed", "{r}");
}

/// What the wizard's tests start from: aiosmtpd with STARTTLS and sign-in, Dovecot with a Sent
/// folder known only by its use, and the window on a home with one account, "box", trusting both
/// servers' CAs; `more` adds lines to the account's table in config.toml.
struct WizardSetup {
    smtp: SmtpPeer,
    imap: Dovecot,
    home: TestHome,
    app: outpost::gui::app::App,
    account: outpost::account::Account,
}

fn wizard_setup(more: impl Fn(&Dovecot) -> String) -> WizardSetup {
    use outpost::config::{Paths, Store};

    let smtp = SmtpPeer::start(
        Mode::StartTls,
        PeerOptions {
            auth: Some((USER, PASSWORD)),
            ..PeerOptions::default()
        },
    );
    let imap = Dovecot::start(
        DovecotOptions::new()
            .user(USER, PASSWORD)
            .sent_folder(ODD_SENT),
    );
    let home = TestHome::new();
    let ca = home.dir.path().join("both-cas.pem");
    let mut pem = std::fs::read(smtp.ca_pem()).unwrap();
    pem.extend(std::fs::read(imap.ca_file()).unwrap());
    std::fs::write(&ca, pem).unwrap();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[[account]]\nname = \"box\"\nemail = \"{USER}\"\nhost = \"127.0.0.1\"\nport = {}\n\
             security = \"starttls\"\nauth = \"password\"\nusername = \"{USER}\"\ndefault = true\n\
             ca_file = {:?}\n{}",
            smtp.port(),
            ca.display().to_string(),
            more(&imap),
        ),
    )
    .unwrap();
    let (store, warnings) = Store::open_at(Paths {
        config_dir: home.config_dir(),
        data_dir: home.data_dir(),
    })
    .unwrap();
    let account = store.config.accounts[0].clone();
    let app = outpost::gui::app::App::with_store(store, &warnings);
    WizardSetup {
        smtp,
        imap,
        home,
        app,
        account,
    }
}

/// The wizard's test page: after a good sending test, "Save copies in Sent" signs in to the IMAP
/// server with the password just typed and names the folder; with the mailbox down it warns, and
/// the sending test still passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizards_test_page_checks_where_copies_go() {
    use crate::support::app::drive_together;
    use iced::window;
    use iced_test::simulator;
    use outpost::gui::app::{App, Message, Screen};
    use outpost::gui::wizard::{self, Wizard};

    let WizardSetup {
        smtp: _smtp,
        mut imap,
        home: _home,
        mut app,
        account,
    } = wizard_setup(|imap| {
        format!(
            "save_sent = \"imap\"\n[account.imap]\nhost = \"127.0.0.1\"\nport = {}\n\
             security = \"starttls\"\n",
            imap.starttls_port()
        )
    });
    let main = window::Id::unique();
    let test_with_password = async |app: &mut App| {
        app.screen = Screen::Wizard(Box::new(Wizard::edit(&account, vec![])));
        drive_together(
            app,
            vec![
                Message::Wizard(wizard::Message::Continue),
                Message::Wizard(wizard::signin::Message::PasswordChanged(PASSWORD.into()).into()),
                Message::Wizard(wizard::Message::Continue),
            ],
        )
        .await;
    };

    test_with_password(&mut app).await;
    {
        let mut ui = simulator(app.view(main));
        ui.find("Everything works").unwrap();
        ui.find(format!("✓ Save copies in Sent: the folder “{ODD_SENT}”").as_str())
            .unwrap();
    }

    imap.stop();
    test_with_password(&mut app).await;
    let mut ui = simulator(app.view(main));
    ui.find("Everything works").unwrap();
    let warning = format!(
        "Copies of sent messages cannot be put in your Sent folder yet (sending works without them): \
         Nothing answers on port {} of 127.0.0.1.",
        imap.starttls_port()
    );
    ui.find(warning.as_str()).unwrap();
}

/// The server page says where copies go and lets them be set: an account whose mailbox has no
/// known IMAP server says so; "Always" without a server is refused at the field; the server typed
/// there is what the test page signs in to (and what the account keeps); "Never" hides the fields;
/// a provider that files sent mail itself says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_page_sets_where_copies_go() {
    use crate::support::app::drive_together;
    use iced::window;
    use iced_test::simulator;
    use outpost::account::{ImapSettings, SaveSent, Security};
    use outpost::gui::app::{App, Message, Screen};
    use outpost::gui::wizard::copies::{Choice, Message as Copies};
    use outpost::gui::wizard::{self, Step, Wizard};

    // No IMAP server and save_sent left at "auto": no copies, as for an address found by its MX.
    let WizardSetup {
        smtp: _smtp,
        imap,
        home: _home,
        mut app,
        account,
    } = wizard_setup(|_| String::new());
    let main = window::Id::unique();
    fn wizard(app: &App) -> &Wizard {
        match &app.screen {
            Screen::Wizard(w) => w,
            _ => panic!("the wizard is not open"),
        }
    }
    let copies = |m: Copies| Message::Wizard(m.into());

    app.screen = Screen::Wizard(Box::new(Wizard::edit(&account, vec![])));
    {
        let mut ui = simulator(app.view(main));
        ui.find("Copies of sent mail").unwrap();
        ui.find(
            "No IMAP server is known for this mailbox, so sent messages are kept in Outpost only. \
             Type the mailbox's IMAP server to keep copies in its Sent folder too.",
        )
        .unwrap();
    }

    // "Always" with no server: refused at the IMAP server field, the page stays.
    drive_together(
        &mut app,
        vec![
            copies(Copies::SaveSentPicked(Choice(SaveSent::Imap))),
            Message::Wizard(wizard::Message::Continue),
        ],
    )
    .await;
    let w = wizard(&app);
    assert_eq!(w.step, Step::Server);
    assert!(
        w.error("imap_host").is_some(),
        "no error at the IMAP server"
    );

    // The server typed here is the one the test page signs in to, and the account keeps it.
    drive_together(
        &mut app,
        vec![
            copies(Copies::HostChanged("127.0.0.1".into())),
            copies(Copies::PortChanged(imap.starttls_port().to_string())),
            copies(Copies::SecurityPicked(Security::StartTls)),
        ],
    )
    .await;
    {
        let mut ui = simulator(app.view(main));
        ui.find("Copies go into the Sent folder on 127.0.0.1.")
            .unwrap();
    }
    drive_together(
        &mut app,
        vec![
            Message::Wizard(wizard::Message::Continue),
            Message::Wizard(wizard::signin::Message::PasswordChanged(PASSWORD.into()).into()),
            Message::Wizard(wizard::Message::Continue),
        ],
    )
    .await;
    {
        let mut ui = simulator(app.view(main));
        ui.find("Everything works").unwrap();
        ui.find(format!("✓ Save copies in Sent: the folder “{ODD_SENT}”").as_str())
            .unwrap();
    }
    let made = wizard(&app).account().unwrap();
    assert_eq!(made.save_sent, SaveSent::Imap);
    assert_eq!(
        made.imap,
        Some(ImapSettings {
            host: "127.0.0.1".into(),
            port: imap.starttls_port(),
            security: Security::StartTls,
            user: String::new(),
        })
    );

    // Editing it again shows what it keeps; "Never" hides the server and keeps nothing.
    app.screen = Screen::Wizard(Box::new(Wizard::edit(&made, vec![])));
    {
        let mut ui = simulator(app.view(main));
        ui.find("Copies go into the Sent folder on 127.0.0.1.")
            .unwrap();
    }
    drive_together(
        &mut app,
        vec![copies(Copies::SaveSentPicked(Choice(SaveSent::Off)))],
    )
    .await;
    {
        let mut ui = simulator(app.view(main));
        ui.find("Sent messages are kept in Outpost's Sent tab only.")
            .unwrap();
        assert!(
            ui.find("IMAP server").is_err(),
            "the IMAP server is still asked for"
        );
    }
    assert_eq!(wizard(&app).account().unwrap().save_sent, SaveSent::Off);

    // A provider that files sent mail itself: "Automatically" means no copy, and the page says why.
    let gmail = outpost::providers::by_id("gmail").expect("the Gmail preset");
    let mut at_gmail = made.clone();
    at_gmail.provider = Some(gmail.id.clone());
    at_gmail.save_sent = SaveSent::Auto;
    app.screen = Screen::Wizard(Box::new(Wizard::edit(&at_gmail, vec![])));
    let mut ui = simulator(app.view(main));
    ui.find(
        format!(
            "{} puts sent messages in your Sent folder by itself.",
            gmail.name
        )
        .as_str(),
    )
    .unwrap();
}
