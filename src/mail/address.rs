//! Address lists as people type them: `a@x.org, "Doe, Jane" <jane@y.org>; b@z.net`.

use lettre::message::Mailbox;

use crate::account::{InputError, validate_email_in};

/// Splits on commas and semicolons outside quotes and angle brackets; checks every address.
pub fn parse_address_list(field: &str, text: &str) -> Result<Vec<Mailbox>, Vec<InputError>> {
    let mut mailboxes = Vec::new();
    let mut errors = Vec::new();
    if text.contains(['\r', '\n']) {
        return Err(vec![InputError::LineBreak {
            field: field.into(),
        }]);
    }
    for item in split(text) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        match parse_one(field, item) {
            Ok(m) => mailboxes.push(m),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(mailboxes)
    } else {
        Err(errors)
    }
}

fn parse_one(field: &str, item: &str) -> Result<Mailbox, InputError> {
    let invalid = || InputError::InvalidAddress {
        field: field.into(),
        value: item.into(),
    };
    let address = match (item.rfind('<'), item.ends_with('>')) {
        (Some(start), true) => &item[start + 1..item.len() - 1],
        (None, false) => item,
        _ => return Err(invalid()),
    };
    validate_email_in(field, address.trim()).map_err(|_| invalid())?;
    item.parse::<Mailbox>().map_err(|_| invalid())
}

fn split(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut quoted, mut angle, mut start) = (false, false, 0);
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' if !quoted => angle = true,
            '>' if !quoted => angle = false,
            ',' | ';' if !quoted && !angle => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists() {
        let list = parse_address_list("to", r#"a@x.org; "Doe, Jane" <jane@y.org>,, Bob <b@z.net>"#)
            .unwrap();
        let emails: Vec<_> = list.iter().map(|m| m.email.to_string()).collect();
        assert_eq!(emails, ["a@x.org", "jane@y.org", "b@z.net"]);
        assert_eq!(list[1].name.as_deref(), Some("Doe, Jane"));
        assert!(parse_address_list("to", "  ").unwrap().is_empty());
    }

    #[test]
    fn bad_entries_are_named() {
        let errors = parse_address_list("cc", "ok@x.org, bob@, a b@c.d, <x@y.z").unwrap_err();
        let values: Vec<_> = errors
            .iter()
            .map(|e| match e {
                InputError::InvalidAddress { value, .. } => value.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(values, ["bob@", "a b@c.d", "<x@y.z"]);
    }
}
