//! The screenshot gallery (`docs/screenshots/`), made from the real binary under Xvfb and driven
//! by the keyboard alone: Tab and Shift+Tab move between fields and buttons, Return presses.
//! That makes it a keyboard test too: a page that cannot be reached this way fails here.
//!
//! Run by `docs/screenshots/generate.sh` (and by CI's quick path, into `target/gallery/`):
//!   OUTPOST_GALLERY_DIR=docs/screenshots cargo test --test it gallery:: -- --ignored
//! Nothing leaves the machine: the account's server is a closed port on 127.0.0.1 (for the mail
//! merge's pages, a server on 127.0.0.1 that accepts everything), DNS and the settings lookups
//! point at closed loopback ports, and the Gmail pages stop before any test.

use crate::support::{fault, xvfb};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use xvfb::{Xvfb, alive, keys, resize, screenshot_to, start_with, type_text, wait_window};

fn gallery_dir() -> PathBuf {
    match std::env::var_os("OUTPOST_GALLERY_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gallery"),
    }
}

/// Loopback only: whatever the app would look up goes to a closed port on 127.0.0.1.
const OFFLINE: [(&str, &str); 4] = [
    ("OUTPOST_DNS_SERVER", "127.0.0.1:9"),
    ("OUTPOST_AUTOCONFIG_URLS", "http://127.0.0.1:9/{domain}"),
    ("OUTPOST_ISPDB_URL", "http://127.0.0.1:9/"),
    ("OUTPOST_PROBE_PORTS", "9"),
];

/// A port on 127.0.0.1 that nothing listens on (bound, then let go).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn write_config(home: &Path, theme: &str, scale: u16, port: Option<u16>) {
    let dir = home.join(".config/outpost");
    std::fs::create_dir_all(&dir).unwrap();
    let mut config = format!("[preferences]\ntheme = \"{theme}\"\ntext_scale = {scale}\n");
    if let Some(port) = port {
        config.push_str(&format!(
            "\n[[account]]\nname = \"work\"\ndisplay_name = \"Ada Lovelace\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\nsignature = \"Ada Lovelace\\nAnalytical Engines Ltd.\"\n"
        ));
    }
    std::fs::write(dir.join("config.toml"), config).unwrap();
}

/// The CLI on the same home (to queue messages for the outbox page).
fn cli(home: &Path, args: &[&str]) {
    let out = xvfb::outpost_in(home, args, &OFFLINE)
        .output()
        .expect("the CLI runs");
    // A refused connection keeps the message queued: exit status is not success, by design.
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Checks that a region ("x,y WxH") of a screenshot is all one colour.
fn assert_one_colour(png: &Path, region: &str, what: &str) {
    let (at, size) = region.split_once(' ').unwrap();
    let (x, y) = at.split_once(',').unwrap();
    let out = Command::new("convert")
        .arg(png)
        .args([
            "-crop",
            &format!("{size}+{x}+{y}"),
            "+repage",
            "-format",
            "%k",
            "info:",
        ])
        .output()
        .expect("ImageMagick's convert runs");
    let colours = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        colours.trim(),
        "1",
        "{}: stray pixels {what} ({region})",
        png.display()
    );
}

struct Shots {
    dir: PathBuf,
    previous: Option<Vec<u8>>,
    taken: Vec<PathBuf>,
}

impl Shots {
    fn last(&self) -> &Path {
        self.taken.last().expect("a screenshot was taken")
    }

    fn new(theme: &str) -> Shots {
        let dir = gallery_dir().join(theme);
        std::fs::create_dir_all(&dir).unwrap();
        Shots {
            dir,
            previous: None,
            taken: vec![],
        }
    }

    /// Takes a screenshot, and checks that the window changed since the last one (so the keys
    /// before it really moved to another page).
    fn take(&mut self, x: &Xvfb, window: &str, name: &str) {
        std::thread::sleep(Duration::from_millis(700));
        let path = screenshot_to(x, window, &self.dir.join(format!("{name}.png")));
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            self.previous.as_ref() != Some(&bytes),
            "{name}: the window did not change since the previous screenshot"
        );
        self.previous = Some(bytes);
        self.taken.push(path);
    }
}

/// Waits until the window's title names `page` (the app puts the page in the title).
fn on_page(x: &Xvfb, app: &mut xvfb::App, page: &str) -> String {
    let title = if page.is_empty() {
        "Outpost".to_owned()
    } else {
        // xdotool's regular expressions work on bytes: ".*" stands for the dash.
        format!("{page} .* Outpost")
    };
    wait_window(x, app, &title).0
}

fn gallery(theme: &str) {
    let x = Xvfb::start();
    let mut shots = Shots::new(theme);

    // The wizard, first start, by keyboard: type the name (its field has the focus from the
    // start), Tab to the address, type, Return.
    let home = tempfile::tempdir().unwrap();
    write_config(home.path(), theme, 100, None);
    let mut app = start_with(&x, home.path(), &[], &OFFLINE);
    let window = on_page(&x, &mut app, "Address");
    type_text(&x, &window, "Ada Lovelace");
    keys(&x, &window, &["Tab"]);
    type_text(&x, &window, "ada@gmail.com");
    shots.take(&x, &window, "wizard-address");
    keys(&x, &window, &["Return"]);
    on_page(&x, &mut app, "Provider");
    shots.take(&x, &window, "wizard-provider");
    // Nothing has the focus on a page without fields: Shift+Tab reaches the page's primary action
    // (the last stop, bottom right), Return presses it.
    keys(&x, &window, &["shift+Tab", "Return"]);
    on_page(&x, &mut app, "Server");
    shots.take(&x, &window, "wizard-server");
    // The server field has the focus: Return in it continues.
    keys(&x, &window, &["Return"]);
    on_page(&x, &mut app, "Sign in");
    shots.take(&x, &window, "wizard-sign-in");
    // Nothing of the previous page's longer heading ("Outgoing server") is left beside "Sign in".
    assert_one_colour(shots.last(), "200,118 460x30", "beside the heading");
    // Stop here: the next step would test against Gmail's real server.
    alive(&mut app);
    drop(app);

    // A saved account on a closed loopback port, with two messages waiting.
    let home = tempfile::tempdir().unwrap();
    let port = closed_port();
    write_config(home.path(), theme, 100, Some(port));
    cli(
        home.path(),
        &[
            "send",
            "--account",
            "work",
            "--to",
            "bob@example.org",
            "--subject",
            "Quarterly report",
            "--body",
            "Hi Bob, the figures are in.",
        ],
    );
    cli(
        home.path(),
        &[
            "send",
            "--account",
            "work",
            "--to",
            "team@example.org",
            "--subject",
            "Monday's agenda",
            "--body",
            "See you on Monday.",
            "--at",
            "2099-03-04 09:00",
        ],
    );
    let mut app = start_with(&x, home.path(), &[], &OFFLINE);
    let window = on_page(&x, &mut app, "");
    shots.take(&x, &window, "accounts");
    // The stops in order: Settings, Outbox, Add account, Send to a list…, New message, then the
    // account's New message, Test connection, Check delivery, Edit.
    keys(&x, &window, &["Tab"; 7]);
    keys(&x, &window, &["Return"]);
    std::thread::sleep(Duration::from_secs(2));
    shots.take(&x, &window, "accounts-test-failed");
    keys(&x, &window, &["Tab", "Tab", "Return"]);
    // Edit opens the wizard on the account's server page; its test fails, with the fix.
    on_page(&x, &mut app, "Server");
    shots.take(&x, &window, "wizard-server-edit");
    keys(&x, &window, &["Return"]);
    on_page(&x, &mut app, "Sign in");
    // The page's first focus is applied by a task after the title changes: keys pressed before it
    // would be undone by it (a debug build lays the page out slowly).
    std::thread::sleep(Duration::from_secs(1));
    keys(&x, &window, &["shift+Tab", "Return"]);
    on_page(&x, &mut app, "Test");
    std::thread::sleep(Duration::from_secs(2));
    shots.take(&x, &window, "wizard-test-failed");
    keys(&x, &window, &["Escape"]);
    on_page(&x, &mut app, "Sign in");
    keys(
        &x,
        &window,
        &["shift+Tab", "shift+Tab", "shift+Tab", "Return"],
    );
    on_page(&x, &mut app, "");
    // A fresh start for the header's pages: after the wizard was left by the keyboard, where the
    // focus stands depends on when the accounts page's first focus lands (late in a debug build),
    // and a click can land while a page is still being laid out.
    alive(&mut app);
    drop(app);
    let mut app = start_with(&x, home.path(), &[], &OFFLINE);
    let window = on_page(&x, &mut app, "");

    // The outbox and the settings, reached from the header; then a wide window.
    click_to(&x, &mut app, &window, (658, 45), "Outbox");
    shots.take(&x, &window, "outbox");
    keys(&x, &window, &["Escape"]);
    on_page(&x, &mut app, "");
    click_to(&x, &mut app, &window, (557, 45), "Settings");
    shots.take(&x, &window, "settings");
    keys(&x, &window, &["Escape"]);
    on_page(&x, &mut app, "");
    // The account's fifth button: Signature….
    click_to(&x, &mut app, &window, (651, 240), "Signature and replies");
    shots.take(&x, &window, "signature");
    keys(&x, &window, &["Escape"]);
    on_page(&x, &mut app, "");
    resize(&x, &window, 1200, 760);
    shots.take(&x, &window, "accounts-wide");
    alive(&mut app);
    drop(app);

    // Compose, with formatting and a signature.
    let mut app = start_with(
        &x,
        home.path(),
        &[
            "compose",
            "--to",
            "bob@example.org",
            "--subject",
            "Project plan",
            "--markdown",
            "--body",
            "Hi Bob,\n\nhere is the **plan** for next week:\n\n- Monday: kick-off\n- Friday: review\n\nSee you then!",
        ],
        &OFFLINE,
    );
    let (window, _) = wait_window(&x, &mut app, "Project plan");
    shots.take(&x, &window, "compose");
    alive(&mut app);
    drop(app);

    merge_pages(&x, &mut shots, theme);
    sent_pages(&x, &mut shots, theme);

    // The largest text size: the wizard keeps its layout.
    let home = tempfile::tempdir().unwrap();
    write_config(home.path(), theme, 150, None);
    let mut app = start_with(&x, home.path(), &[], &OFFLINE);
    let window = on_page(&x, &mut app, "Address");
    shots.take(&x, &window, "wizard-text-150");
    alive(&mut app);

    eprintln!(
        "{} screenshots in {}",
        shots.taken.len(),
        shots.dir.display()
    );
}

/// The list of the mail merge's pages: one row has no valid address, one repeats an address.
const MEMBERS: &str = "Name,Email,Membership,Town
Grace Hopper,grace@example.org,family,Lyon
Alan Turing,alan@example.org,single,
Katherine Johnson,katherine@example.org,family,Villeurbanne
Edsger Dijkstra,edsger.example.org,single,Lyon
Barbara Liskov,barbara@example.org,student,Lyon
Donald Knuth,donald@example.org,single,Caluire
Margaret Hamilton,grace@example.org,family,Lyon
Frances Allen,frances@example.org,family,Lyon
Tim Berners-Lee,tim@example.org,single,Bron
Radia Perlman,radia@example.org,student,Bron
John Backus,john@example.org,single,Lyon
";

const MERGE_BODY: &str = "Dear {{Name}},

thank you for another year with the **Lyon Chess Club**! Your *{{Membership}}* membership is renewed.

The season opens on Monday at 19:00; the group nearest to you meets in {{Town|the city centre}}.

See you there,";

/// "Send to a list", opened on a list by `outpost merge --window`: the list and its columns, the
/// message, the preview (a test to oneself, a skipped row), the pacing, and the progress.
fn merge_pages(x: &Xvfb, shots: &mut Shots, theme: &str) {
    let inbox: fault::Inbox = Default::default();
    let server = fault::FaultServer::start(
        fault::Listen::Plain,
        fault::accepting(inbox.clone(), |_| "250 ok".into()),
    );
    let home = tempfile::tempdir().unwrap();
    write_config(home.path(), theme, 100, Some(server.port));
    let list = home.path().join("members.csv");
    std::fs::write(&list, MEMBERS).unwrap();
    let list = list.to_string_lossy().into_owned();
    let programme = home.path().join("Season programme.pdf");
    std::fs::write(&programme, vec![b'%'; 184_320]).unwrap();
    let programme = programme.to_string_lossy().into_owned();
    let args = [
        "merge",
        "--window",
        "--data",
        &list,
        "--subject",
        "Your {{Membership}} membership for 2026",
        "--body",
        MERGE_BODY,
        "--markdown",
        "--attach",
        &programme,
    ];
    let mut app = start_with(x, home.path(), &args, &OFFLINE);
    let window = on_page(x, &mut app, "Send to a list");
    shots.take(x, &window, "merge-list");
    // Nothing has the focus: Shift+Tab reaches Continue.
    keys(x, &window, &["shift+Tab", "Return"]);
    on_page(x, &mut app, "Write the message");
    shots.take(x, &window, "merge-write");
    // Below the text: the file for everyone, "Attach files…", the attachment column.
    scroll_down(x, &window, 10);
    shots.take(x, &window, "merge-write-attachments");
    // Return in the subject: Preview.
    keys(x, &window, &["Return"]);
    on_page(x, &mut app, "Preview");
    // The stops: Next, Next skipped row, Back, Send a test to myself, Continue.
    keys(x, &window, &["shift+Tab", "shift+Tab"]);
    // The focus moves by a task of the app's: Return only once it has arrived.
    std::thread::sleep(Duration::from_millis(500));
    keys(x, &window, &["Return"]);
    // The test (with its attachment) reaches the server, then the page says so.
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while inbox.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(1));
    shots.take(x, &window, "merge-preview");
    assert_eq!(
        inbox.lock().unwrap().len(),
        1,
        "the test went to the server"
    );
    keys(x, &window, &["shift+Tab", "shift+Tab", "Return"]);
    shots.take(x, &window, "merge-preview-skipped");
    keys(x, &window, &["Tab", "Tab", "Tab", "Return"]);
    on_page(x, &mut app, "Ready to send");
    // The rate field has the focus: six a minute, then Return sends.
    keys(x, &window, &["ctrl+a"]);
    type_text(x, &window, "6");
    shots.take(x, &window, "merge-send");
    // "Start sending": Tab to "Now", Tab to "At a time…", Return: the time, tomorrow morning.
    keys(x, &window, &["Tab", "Tab", "Return"]);
    shots.take(x, &window, "merge-send-later");
    // Back to "Now"; then Tab past "At a time…" and Back to the send button.
    keys(x, &window, &["shift+Tab", "Return"]);
    keys(x, &window, &["Tab", "Tab", "Tab", "Return"]);
    on_page(x, &mut app, "Mail merge");
    std::thread::sleep(Duration::from_secs(4));
    shots.take(x, &window, "merge-progress");
    alive(&mut app);
}

/// Turns the mouse wheel `clicks` times over the window's left margin (nothing to hover there).
/// The Sent tab with copies in the mailbox's Sent folder: aiosmtpd takes the mail, a Dovecot keeps
/// the copies; the second message went while the mailbox was down, so its copy waits. The IMAP
/// password is in a throwaway keychain.
fn sent_pages(x: &Xvfb, shots: &mut Shots, theme: &str) {
    use crate::support::dovecot::{Dovecot, DovecotOptions};
    use crate::support::peers::{KeyringSession, Mode, PeerOptions, SmtpPeer};
    let home = tempfile::tempdir().unwrap();
    let keyring = KeyringSession::start(home.path());
    let smtp = SmtpPeer::start(Mode::Plain, PeerOptions::default());
    let mut imap = Dovecot::start(
        DovecotOptions::new()
            .user("ada@example.com", "correct horse")
            .sent_folder("Sent Items"),
    );
    write_config(home.path(), theme, 100, Some(smtp.port()));
    let config = home.path().join(".config/outpost/config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!(
        "ca_file = {:?}\nsave_sent = \"imap\"\n[account.imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"tls\"\n",
        imap.ca_file().display().to_string(),
        imap.tls_port()
    ));
    std::fs::write(&config, text).unwrap();
    let env: Vec<(&str, &str)> = OFFLINE
        .iter()
        .copied()
        .chain([("DBUS_SESSION_BUS_ADDRESS", keyring.address())])
        .collect();
    let run = |args: &[&str], stdin: &str| {
        use std::io::Write;
        let mut child = xvfb::outpost_in(home.path(), args, &env)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(
        &["accounts", "edit", "work", "--imap-password-stdin"],
        "correct horse\n",
    );
    let attachment = home.path().join("figures.csv");
    std::fs::write(&attachment, "quarter,revenue\nQ1,120\nQ2,135\n").unwrap();
    run(
        &[
            "send",
            "--account",
            "work",
            "--to",
            "bob@example.org",
            "--bcc",
            "board@example.org",
            "--subject",
            "Quarterly report",
            "--body",
            "Hi Bob,\n\nthe figures for the second quarter are attached.\n\nAda",
            "--attach",
            attachment.to_str().unwrap(),
        ],
        "",
    );
    imap.wait_messages("ada@example.com", "Sent Items", 1);
    imap.stop();
    run(
        &[
            "send",
            "--account",
            "work",
            "--to",
            "team@example.org",
            "--subject",
            "Monday's agenda",
            "--body",
            "See you on Monday at 9.",
        ],
        "",
    );
    smtp.wait_messages(2);

    let mut app = start_with(x, home.path(), &[], &env);
    let window = on_page(x, &mut app, "");
    click_to(x, &mut app, &window, (658, 45), "Outbox");
    // The Sent tab, beside "Waiting".
    click(x, &window, 179, 96);
    std::thread::sleep(Duration::from_secs(1));
    shots.take(x, &window, "sent");
    // The newest message's Open: its copy waits for the mailbox.
    click(x, &window, SENT_OPEN.0, SENT_OPEN.1);
    std::thread::sleep(Duration::from_secs(1));
    shots.take(x, &window, "sent-opened");
    alive(&mut app);
    drop(app);
    drop(keyring);
}

/// Where the first message's "Open" is on the Sent tab (below the search field).
const SENT_OPEN: (u32, u32) = (690, 255);

/// Clicks at `at` in `window` until `page` is shown (a click that lands while the page is still
/// being laid out does nothing; a second click on a page already left cannot happen, since the
/// title is checked first).
fn click_to(x: &Xvfb, app: &mut xvfb::App, window: &str, at: (u32, u32), page: &str) {
    let title = format!("^{page} .* Outpost$");
    for _ in 0..3 {
        std::thread::sleep(Duration::from_secs(1));
        click(x, window, at.0, at.1);
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while std::time::Instant::now() < deadline {
            let out = Command::new("timeout")
                .args(["5", "xdotool", "search", "--onlyvisible", "--name", &title])
                .env("DISPLAY", &x.display)
                .output()
                .expect("xdotool runs");
            if out.status.success() && !out.stdout.is_empty() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    on_page(x, app, page);
}

/// Clicks at (`px`, `py`) in `window`, then rests the pointer in the empty top-left corner.
fn click(x: &Xvfb, window: &str, px: u32, py: u32) {
    let xdotool = |args: &[&str]| {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &x.display)
            .status()
            .expect("xdotool runs");
        assert!(status.success(), "xdotool {args:?} failed");
    };
    let (px, py) = (px.to_string(), py.to_string());
    xdotool(&["mousemove", "--window", window, &px, &py]);
    xdotool(&["click", "1"]);
    std::thread::sleep(Duration::from_millis(200));
    xdotool(&["mousemove", "--window", window, "2", "2"]);
}

fn scroll_down(x: &Xvfb, window: &str, clicks: usize) {
    let xdotool = |args: &[&str]| {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &x.display)
            .status()
            .expect("xdotool runs");
        assert!(status.success(), "xdotool {args:?} failed");
    };
    xdotool(&["mousemove", "--window", window, "12", "300"]);
    for _ in 0..clicks {
        xdotool(&["click", "5"]);
        std::thread::sleep(Duration::from_millis(60));
    }
}

#[test]
#[ignore = "the screenshot gallery: docs/screenshots/generate.sh runs it (and CI's quick path)"]
fn gallery_light() {
    gallery("light");
}

#[test]
#[ignore = "the screenshot gallery: docs/screenshots/generate.sh runs it (and CI's quick path)"]
fn gallery_dark() {
    gallery("dark");
}
