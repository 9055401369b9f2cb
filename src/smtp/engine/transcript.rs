//! What was said on the connection, for the doctor's "show details": bounded (the first lines and
//! the most recent ones), and with every secret hidden by the client's own state — from `AUTH` until
//! the server's final answer to it, nothing the client writes is shown, whatever the server sends.

use std::collections::VecDeque;

/// Lines kept: the first half and the most recent half, with a note of how many were left out.
const MAX_LINES: usize = 1000;
const HIDDEN: &str = "********";

#[derive(Debug, Default)]
pub struct Transcript {
    head: Vec<String>,
    tail: VecDeque<String>,
    omitted: usize,
    /// The client is inside a sign-in exchange: its lines are secret.
    secret: bool,
}

impl Transcript {
    fn push(&mut self, line: String) {
        if self.head.len() < MAX_LINES / 2 {
            self.head.push(line);
            return;
        }
        self.tail.push_back(line);
        if self.tail.len() > MAX_LINES / 2 {
            self.tail.pop_front();
            self.omitted += 1;
        }
    }

    /// A line the server wrote (already made printable by the reader).
    pub fn server(&mut self, line: &str) {
        self.push(format!("S: {line}"));
    }

    /// A command line the client wrote. An `AUTH` line shows its mechanism only.
    pub fn client(&mut self, line: &str) {
        let shown = if self.secret {
            HIDDEN.to_owned()
        } else {
            redact(line)
        };
        self.push(format!("C: {shown}"));
    }

    /// An explanatory line ("TLS", "message, 1234 bytes").
    pub fn note(&mut self, what: &str) {
        self.push(format!("-- {what} --"));
    }

    /// From here until [`Transcript::end_secret`], every client line is hidden.
    pub fn begin_secret(&mut self) {
        self.secret = true;
    }

    pub fn end_secret(&mut self) {
        self.secret = false;
    }

    pub fn lines(&self) -> Vec<String> {
        let mut all = self.head.clone();
        if self.omitted > 0 {
            all.push(format!("-- {} lines not kept --", self.omitted));
        }
        all.extend(self.tail.iter().cloned());
        all
    }
}

/// An `AUTH` command without its argument (an initial response carries the secret).
fn redact(line: &str) -> String {
    let upper = line.to_ascii_uppercase();
    if let Some(rest) = upper.strip_prefix("AUTH ") {
        let mut words = rest.split_whitespace();
        let mechanism = words.next().unwrap_or_default();
        return match words.next() {
            Some(_) => format!("AUTH {mechanism} {HIDDEN}"),
            None => format!("AUTH {mechanism}"),
        };
    }
    line.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_arguments_and_answers_are_hidden_by_state() {
        let mut t = Transcript::default();
        t.client("EHLO [127.0.0.1]");
        t.begin_secret();
        t.client("AUTH LOGIN");
        t.server("334 VXNlcm5hbWU6");
        // The server sent both prompts at once: the state, not the last line, decides.
        t.server("334 UGFzc3dvcmQ6");
        t.client("Ym9i");
        t.client("c2VjcmV0");
        t.server("235 ok");
        t.end_secret();
        t.client("MAIL FROM:<a@b.c>");
        let text = t.lines().join("\n");
        assert!(
            !text.contains("Ym9i") && !text.contains("c2VjcmV0"),
            "{text}"
        );
        assert!(text.contains("C: MAIL FROM:<a@b.c>"), "{text}");
        assert!(text.contains("C: EHLO [127.0.0.1]"), "{text}");
    }

    #[test]
    fn an_auth_line_outside_the_state_is_still_redacted() {
        assert_eq!(redact("AUTH PLAIN AGJvYgBzZWNyZXQ="), "AUTH PLAIN ********");
        assert_eq!(redact("auth login"), "AUTH LOGIN");
    }

    #[test]
    fn the_transcript_stays_bounded() {
        let mut t = Transcript::default();
        for i in 0..10_000 {
            t.server(&format!("250 line {i}"));
        }
        let lines = t.lines();
        assert_eq!(lines.len(), MAX_LINES + 1);
        assert_eq!(lines[0], "S: 250 line 0");
        assert_eq!(lines.last().unwrap(), "S: 250 line 9999");
        assert_eq!(lines[MAX_LINES / 2], "-- 9000 lines not kept --");
    }
}
