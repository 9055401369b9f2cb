//! The reply classifier with arbitrary server replies: the code, the enhanced code and the text all
//! come from the other side of the connection.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outpost::smtp::problem::suggestion_for;
use outpost::smtp::{ProblemKind, Reply, Step, classify_reply};

const STEPS: [Step; 11] = [
    Step::Resolve,
    Step::Connect,
    Step::Greeting,
    Step::Ehlo,
    Step::Starttls,
    Step::Tls,
    Step::Auth,
    Step::MailFrom,
    Step::RcptTo,
    Step::Data,
    Step::Quit,
];

fuzz_target!(|data: &[u8]| {
    // Two bytes pick the step and the port; the rest is the reply line as the wire would read it.
    let [step, port, line @ ..] = data else {
        return;
    };
    let step = STEPS[usize::from(*step) % STEPS.len()];
    let line = String::from_utf8_lossy(line);
    // The doctor takes the code from the first three characters and the text after the fourth.
    let code = line.get(..3).and_then(|c| c.parse().ok()).unwrap_or(0);
    let text = line.get(4..).unwrap_or_default();
    let reply = Reply::new(code, text);
    let kind = classify_reply(&reply, step);
    assert!(ProblemKind::ALL.contains(&kind));
    let port = [25, 465, 587, 2525, 0, 65535][usize::from(*port) % 6];
    let _ = suggestion_for(kind, port);
    // Any code, including ones no server sends.
    let _ = classify_reply(
        &Reply::new(u16::from(*data.first().unwrap()) * 3, &line),
        step,
    );
});
