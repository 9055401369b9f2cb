//! Sending one message on an open connection: the envelope (pipelined where the server offers
//! PIPELINING), the upload with its own deadline, and the final reply with another. Once the final
//! dot was written, a lost connection or a timeout is `outcome_unknown`: the server may have the
//! message.

use std::time::Duration;

use super::{Connection, Phase, Response, SHORT};
use crate::problem::{Problem, ProblemKind, Step};

impl Connection {
    /// Sends one complete message; returns the server's words on accepting it (its queue id).
    /// [`Connection::upload`] and [`Connection::commit`] in one go.
    pub async fn send(
        &mut self,
        from: &str,
        recipients: &[String],
        bytes: &[u8],
        phase: &(dyn Fn(Phase) + Send + Sync),
    ) -> Result<String, Problem> {
        self.upload(from, recipients, bytes, phase).await?;
        self.commit(phase).await
    }

    /// Everything of a message but its final dot: the envelope and the data. Nothing is delivered
    /// yet; the caller may note that the message is about to go (the outbox's in-flight mark)
    /// before [`Connection::commit`].
    ///
    /// Where the server offers PIPELINING, MAIL, every RCPT and DATA go in one write and the
    /// replies are matched in order. A refused command leaves the connection usable (RSET) unless
    /// DATA was already accepted, in which case it is closed so the server discards the
    /// transaction.
    pub async fn upload(
        &mut self,
        from: &str,
        recipients: &[String],
        bytes: &[u8],
        phase: &(dyn Fn(Phase) + Send + Sync),
    ) -> Result<(), Problem> {
        if self.is_broken() {
            return Err(self.problem(ProblemKind::ConnectionLost, Step::MailFrom));
        }
        if let Some(limit) = self.server.max_size
            && bytes.len() as u64 > limit
        {
            let mut p = self.problem(ProblemKind::MessageTooLarge, Step::MailFrom);
            p.sizes = Some((limit, bytes.len() as u64));
            return Err(p);
        }
        if recipients.is_empty() {
            return Err(self.problem(ProblemKind::RecipientRejected, Step::RcptTo));
        }
        let utf8 = !from.is_ascii() || recipients.iter().any(|r| !r.is_ascii());
        if utf8 && !self.server.offers("SMTPUTF8") {
            let (kind, step, address) = if from.is_ascii() {
                let r = recipients.iter().find(|r| !r.is_ascii());
                (ProblemKind::RecipientRejected, Step::RcptTo, r.cloned())
            } else {
                (
                    ProblemKind::SenderRejected,
                    Step::MailFrom,
                    Some(from.to_owned()),
                )
            };
            let mut p = self.problem(kind, step);
            p.address = address;
            p.needs_smtputf8 = true;
            return Err(p);
        }
        let mut mail = format!("MAIL FROM:<{from}>");
        if self.server.offers("SIZE") {
            mail.push_str(&format!(" SIZE={}", bytes.len()));
        }
        if !bytes.is_ascii() && self.server.offers("8BITMIME") {
            mail.push_str(" BODY=8BITMIME");
        }
        if utf8 {
            mail.push_str(" SMTPUTF8");
        }
        let mut lines = vec![mail];
        lines.extend(recipients.iter().map(|r| format!("RCPT TO:<{r}>")));
        lines.push("DATA".to_owned());

        let go_ahead = if self.server.offers("PIPELINING") {
            self.pipelined_envelope(&lines, recipients).await
        } else {
            self.stepwise_envelope(&lines, recipients).await
        };
        match go_ahead {
            Ok(()) => {}
            Err((problem, in_data)) => {
                if in_data {
                    // DATA was accepted although a command before it was refused.
                    self.abandon();
                } else if !self.broken {
                    self.reset().await;
                }
                return Err(problem);
            }
        }

        phase(Phase::Uploading);
        let data = dot_stuffed(bytes);
        self.transcript
            .note(&format!("message, {} bytes", bytes.len()));
        let upload =
            self.timeout * 4 + Duration::from_secs(10 * (1 + bytes.len() as u64 / (5 << 20)));
        if let Err(e) = self.write(&data, upload).await {
            return Err(self.io_problem(e, Step::Data));
        }
        Ok(())
    }

    /// The final dot and the server's answer, awaited up to the final-reply deadline (separate from
    /// the upload's). Once the dot was written, a lost connection or a timeout is `outcome_unknown`.
    pub async fn commit(
        &mut self,
        phase: &(dyn Fn(Phase) + Send + Sync),
    ) -> Result<String, Problem> {
        if self.is_broken() {
            return Err(self.problem(ProblemKind::ConnectionLost, Step::Data));
        }
        self.transcript.client(".");
        if let Err(e) = self.write(b".\r\n", self.timeout).await {
            return Err(self.io_problem(e, Step::Data));
        }
        // From here on the server may have the message, whatever happens to its answer.
        phase(Phase::Confirming);
        let deadline = self.final_reply;
        match self.read_reply(deadline).await {
            Ok(r) if r.code / 100 == 2 => Ok(r.text()),
            Ok(r) => Err(self.refused(&r, Step::Data)),
            Err(_) => {
                self.broken = true;
                Err(self.problem(ProblemKind::OutcomeUnknown, Step::Data))
            }
        }
    }

    /// MAIL, RCPT… and DATA in one write; the replies in order. The error says whether the server
    /// is now waiting for the message (DATA answered 354).
    async fn pipelined_envelope(
        &mut self,
        lines: &[String],
        recipients: &[String],
    ) -> Result<(), (Problem, bool)> {
        self.commands(lines, Step::MailFrom)
            .await
            .map_err(|p| (p, false))?;
        let mut first: Option<Problem> = None;
        for (i, _) in lines.iter().enumerate() {
            let step = envelope_step(i, lines.len());
            let r = self
                .reply(step)
                .await
                .map_err(|p| (first.clone().unwrap_or(p), false))?;
            let last = i + 1 == lines.len();
            if last {
                return match (first, r.code) {
                    (None, 354) => Ok(()),
                    (Some(p), 354) => Err((p, true)),
                    (Some(p), _) => Err((p, false)),
                    (None, _) => Err((self.refused(&r, Step::Data), false)),
                };
            }
            if first.is_none() && r.code / 100 != 2 {
                first = Some(self.envelope_refusal(&r, step, i, recipients));
            }
        }
        unreachable!("the DATA line is always last")
    }

    async fn stepwise_envelope(
        &mut self,
        lines: &[String],
        recipients: &[String],
    ) -> Result<(), (Problem, bool)> {
        for (i, line) in lines.iter().enumerate() {
            let step = envelope_step(i, lines.len());
            self.commands(std::slice::from_ref(line), step)
                .await
                .map_err(|p| (p, false))?;
            let r = self.reply(step).await.map_err(|p| (p, false))?;
            let last = i + 1 == lines.len();
            if last && r.code == 354 {
                return Ok(());
            }
            if r.code / 100 != 2 {
                return Err((self.envelope_refusal(&r, step, i, recipients), false));
            }
        }
        Ok(())
    }

    fn envelope_refusal(
        &self,
        r: &Response,
        step: Step,
        i: usize,
        recipients: &[String],
    ) -> Problem {
        let mut p = self.refused(r, step);
        if step == Step::RcptTo {
            p.address = recipients.get(i - 1).cloned();
        }
        p
    }

    /// Ends a refused transaction; a server that does not answer makes the connection spent.
    async fn reset(&mut self) {
        let ok = self
            .commands(&["RSET".to_owned()], Step::Quit)
            .await
            .is_ok()
            && matches!(self.read_reply(SHORT).await, Ok(r) if r.code / 100 == 2);
        if !ok {
            self.broken = true;
        }
    }
}

fn envelope_step(i: usize, count: usize) -> Step {
    if i == 0 {
        Step::MailFrom
    } else if i + 1 == count {
        Step::Data
    } else {
        Step::RcptTo
    }
}

/// The message as DATA carries it: a line starting with a dot gets another (RFC 5321 §4.5.2), and
/// the last line ends with CRLF so the final dot stands on its own line.
fn dot_stuffed(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 64 + 2);
    let mut line_start = true;
    for &b in bytes {
        if line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        line_start = b == b'\n';
    }
    if !out.ends_with(b"\r\n") {
        if out.ends_with(b"\r") {
            out.push(b'\n');
        } else {
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn dots_are_stuffed_and_the_end_is_a_line() {
        assert_eq!(
            super::dot_stuffed(b".a\r\nb\r\n.\r\n.."),
            b"..a\r\nb\r\n..\r\n...\r\n"
        );
        assert_eq!(super::dot_stuffed(b"x\r\n"), b"x\r\n");
        assert_eq!(super::dot_stuffed(b""), b"\r\n");
    }
}
