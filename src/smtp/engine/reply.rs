//! Reading SMTP replies with every limit inside the reader: a line longer than [`MAX_LINE`] or a
//! reply of more than [`MAX_LINES`] lines is refused as soon as it is seen, so a server that never
//! ends its line (or its reply) cannot grow our memory. The server's words are kept exactly (the
//! JSON output carries them verbatim); the human output escapes control characters when it prints.

/// The longest reply line accepted, in bytes before CRLF. RFC 5321 §4.5.3.1.5 allows 512 octets;
/// real servers stay far inside that.
pub const MAX_LINE: usize = 4096;
/// Lines accepted in one reply. An EHLO reply lists a few dozen extensions at most.
pub const MAX_LINES: usize = 300;

/// One complete reply: its code and the text of each line (after the code and separator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Response {
    /// The text of all lines, joined by spaces.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The server's words as it wrote them: code and text.
    pub fn words(&self) -> String {
        format!("{} {}", self.code, self.text()).trim().to_owned()
    }

    /// 2xx or 3xx.
    pub fn is_positive(&self) -> bool {
        (200..400).contains(&self.code)
    }
}

/// Why bytes from the server are not a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// A line went past [`MAX_LINE`] without ending.
    LineTooLong,
    /// A reply went past [`MAX_LINES`] lines.
    TooManyLines,
    /// A line that does not start with a three-digit code, or codes that change within a reply.
    NotAReply,
}

/// The reply being read: complete lines are taken out of the input as they arrive, so the input
/// never holds more than one partial line plus one read.
#[derive(Debug, Default)]
pub struct Parser {
    code: Option<u16>,
    lines: Vec<String>,
}

impl Parser {
    /// Takes complete lines from the front of `input`. Returns a finished reply (with the lines it
    /// read, for the transcript), nothing yet, or why the bytes are not a reply.
    pub fn feed(
        &mut self,
        input: &mut Vec<u8>,
        mut seen: impl FnMut(&str),
    ) -> Result<Option<Response>, Malformed> {
        loop {
            let Some(end) = input.iter().position(|&b| b == b'\n') else {
                return if input.len() > MAX_LINE + 1 {
                    Err(Malformed::LineTooLong)
                } else {
                    Ok(None)
                };
            };
            if end > MAX_LINE + 1 {
                return Err(Malformed::LineTooLong);
            }
            let raw: Vec<u8> = input.drain(..=end).collect();
            let line = String::from_utf8_lossy(trim_line_end(&raw)).into_owned();
            seen(&line);
            let (code, last, text) = split(&line).ok_or(Malformed::NotAReply)?;
            if self.code.is_some_and(|c| c != code) {
                return Err(Malformed::NotAReply);
            }
            self.code = Some(code);
            self.lines.push(text.to_owned());
            if last {
                let lines = std::mem::take(&mut self.lines);
                self.code = None;
                return Ok(Some(Response { code, lines }));
            }
            if self.lines.len() >= MAX_LINES {
                return Err(Malformed::TooManyLines);
            }
        }
    }
}

fn trim_line_end(raw: &[u8]) -> &[u8] {
    let mut end = raw.len();
    while end > 0 && matches!(raw[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &raw[..end]
}

/// `"250-PIPELINING"` → (250, false, "PIPELINING"); `"250 ok"` and `"250"` end a reply.
fn split(line: &str) -> Option<(u16, bool, &str)> {
    let bytes = line.as_bytes();
    if bytes.len() < 3 || !bytes[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code: u16 = line[..3].parse().ok()?;
    if !(200..600).contains(&code) {
        return None;
    }
    match bytes.get(3) {
        None => Some((code, true, "")),
        Some(b' ') => Some((code, true, &line[4..])),
        Some(b'-') => Some((code, false, &line[4..])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(bytes: &[u8]) -> (Result<Option<Response>, Malformed>, Vec<u8>) {
        let mut input = bytes.to_vec();
        let r = Parser::default().feed(&mut input, |_| {});
        (r, input)
    }

    #[test]
    fn multi_line_replies_split_and_rest_stays() {
        let (r, rest) = parse(b"250-mx\r\n250-PIPELINING\r\n250 SIZE 1000\r\n354 go");
        let r = r.unwrap().unwrap();
        assert_eq!(r.code, 250);
        assert_eq!(r.lines, vec!["mx", "PIPELINING", "SIZE 1000"]);
        assert_eq!(rest, b"354 go");
        assert_eq!(r.words(), "250 mx PIPELINING SIZE 1000");
    }

    #[test]
    fn partial_lines_wait_for_more() {
        let mut p = Parser::default();
        let mut input = b"220 mx ES".to_vec();
        assert_eq!(p.feed(&mut input, |_| {}), Ok(None));
        input.extend_from_slice(b"MTP\r\n");
        let r = p.feed(&mut input, |_| {}).unwrap().unwrap();
        assert_eq!(r.text(), "mx ESMTP");
    }

    #[test]
    fn a_bare_code_and_lf_only_lines_are_replies() {
        let (r, _) = parse(b"250\n");
        assert_eq!(r.unwrap().unwrap().code, 250);
    }

    #[test]
    fn an_endless_line_is_refused_within_the_limit() {
        let mut p = Parser::default();
        let mut input = b"250-".to_vec();
        input.extend(std::iter::repeat_n(b'x', MAX_LINE - 4));
        assert_eq!(p.feed(&mut input, |_| {}), Ok(None));
        input.extend_from_slice(b"xx");
        assert_eq!(p.feed(&mut input, |_| {}), Err(Malformed::LineTooLong));
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_accepted() {
        let line = format!("250 {}\r\n", "a".repeat(MAX_LINE - 4));
        assert!(parse(line.as_bytes()).0.unwrap().is_some());
    }

    #[test]
    fn an_endless_reply_is_refused() {
        let (r, _) = parse("250-x\r\n".repeat(MAX_LINES + 5).as_bytes());
        assert_eq!(r, Err(Malformed::TooManyLines));
    }

    #[test]
    fn garbage_and_changing_codes_are_not_replies() {
        assert_eq!(parse(b"hello\r\n").0, Err(Malformed::NotAReply));
        assert_eq!(parse(b"250-a\r\n220 b\r\n").0, Err(Malformed::NotAReply));
        assert_eq!(parse(b"25x ok\r\n").0, Err(Malformed::NotAReply));
        assert_eq!(parse(b"250x\r\n").0, Err(Malformed::NotAReply));
    }
}
