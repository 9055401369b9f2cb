//! Input checks shared by the CLI and the GUI. Each error names the field it belongs to.

use thiserror::Error;

/// Something the user typed that cannot be used. `Display` is for logs; people see [`InputError::message`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    #[error("invalid email address {value:?} in {field}")]
    InvalidAddress { field: String, value: String },
    #[error("{field} is empty")]
    Empty { field: String },
    #[error("line break in {field}")]
    LineBreak { field: String },
    #[error("port {value:?} out of range")]
    PortOutOfRange { value: String },
    #[error("invalid host {value:?}")]
    InvalidHost { value: String },
    #[error("user name missing")]
    MissingUsername,
    #[error("password without encryption refused")]
    PasswordWithoutEncryption,
    #[error("invalid account name {value:?}")]
    InvalidAccountName { value: String },
    #[error("unknown account {name:?}")]
    UnknownAccount { name: String },
    #[error("account {name:?} exists")]
    AccountExists { name: String },
    #[error("no recipients")]
    NoRecipients,
    #[error("attachment {path:?} missing")]
    AttachmentMissing { path: String },
    #[error("attachment {path:?} unreadable")]
    AttachmentUnreadable { path: String },
    #[error("attachment {path:?} too large")]
    AttachmentTooLarge { path: String, size: u64, limit: u64 },
    #[error("unknown security {value:?}")]
    UnknownSecurity { value: String },
    #[error("password expected on standard input")]
    MissingPassword,
    #[error("CA file {path:?} unusable")]
    CaFileUnusable { path: String },
    #[error("body file {path:?} unreadable")]
    BodyFileUnreadable { path: String },
    #[error("unreadable time {value:?}")]
    TimeUnreadable { value: String },
    #[error("time {value:?} has passed")]
    TimeInPast { value: String },
    #[error("sending later needs a saved account")]
    LaterNeedsAccount,
}

impl InputError {
    /// A short machine-readable code (the CLI's JSON `error.code`).
    pub fn code(&self) -> &'static str {
        match self {
            InputError::InvalidAddress { .. } => "invalid_address",
            InputError::Empty { .. } => "empty",
            InputError::LineBreak { .. } => "line_break",
            InputError::PortOutOfRange { .. } => "port_out_of_range",
            InputError::InvalidHost { .. } => "invalid_host",
            InputError::MissingUsername => "missing_username",
            InputError::PasswordWithoutEncryption => "password_without_encryption",
            InputError::InvalidAccountName { .. } => "invalid_account_name",
            InputError::UnknownAccount { .. } => "unknown_account",
            InputError::AccountExists { .. } => "account_exists",
            InputError::NoRecipients => "no_recipients",
            InputError::AttachmentMissing { .. } => "attachment_missing",
            InputError::AttachmentUnreadable { .. } => "attachment_unreadable",
            InputError::AttachmentTooLarge { .. } => "attachment_too_large",
            InputError::UnknownSecurity { .. } => "unknown_security",
            InputError::MissingPassword => "missing_password",
            InputError::CaFileUnusable { .. } => "ca_file_unusable",
            InputError::BodyFileUnreadable { .. } => "body_file_unreadable",
            InputError::TimeUnreadable { .. } => "invalid_time",
            InputError::TimeInPast { .. } => "time_in_past",
            InputError::LaterNeedsAccount => "later_needs_account",
        }
    }

    /// The field of the form the error belongs to, where there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            InputError::InvalidAddress { field, .. }
            | InputError::Empty { field }
            | InputError::LineBreak { field } => Some(field),
            InputError::PortOutOfRange { .. } => Some("port"),
            InputError::InvalidHost { .. } => Some("host"),
            InputError::MissingUsername => Some("username"),
            InputError::PasswordWithoutEncryption | InputError::UnknownSecurity { .. } => {
                Some("security")
            }
            InputError::InvalidAccountName { .. }
            | InputError::UnknownAccount { .. }
            | InputError::AccountExists { .. } => Some("account"),
            InputError::NoRecipients => Some("to"),
            InputError::AttachmentMissing { .. }
            | InputError::AttachmentUnreadable { .. }
            | InputError::AttachmentTooLarge { .. } => Some("attachments"),
            InputError::MissingPassword => Some("password"),
            InputError::CaFileUnusable { .. } => Some("ca_file"),
            InputError::BodyFileUnreadable { .. } => Some("body"),
            InputError::TimeUnreadable { .. }
            | InputError::TimeInPast { .. }
            | InputError::LaterNeedsAccount => Some("at"),
        }
    }

    /// The translated, one-line explanation for people.
    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            InputError::InvalidAddress { field, value } => {
                fl!(
                    "input-invalid-address",
                    value = value.as_str(),
                    field = field_label(field)
                )
            }
            InputError::Empty { field } => fl!("input-empty", field = field_label(field)),
            InputError::LineBreak { field } => fl!("input-line-break", field = field_label(field)),
            InputError::PortOutOfRange { value } => {
                fl!("input-port-out-of-range", value = value.as_str())
            }
            InputError::InvalidHost { value } => fl!("input-invalid-host", value = value.as_str()),
            InputError::MissingUsername => fl!("input-missing-username"),
            InputError::PasswordWithoutEncryption => fl!("input-password-without-encryption"),
            InputError::InvalidAccountName { value } => {
                fl!("input-invalid-account-name", value = value.as_str())
            }
            InputError::UnknownAccount { name } => {
                fl!("input-unknown-account", name = name.as_str())
            }
            InputError::AccountExists { name } => fl!("input-account-exists", name = name.as_str()),
            InputError::NoRecipients => fl!("input-no-recipients"),
            InputError::AttachmentMissing { path } => {
                fl!("input-attachment-missing", path = path.as_str())
            }
            InputError::AttachmentUnreadable { path } => {
                fl!("input-attachment-unreadable", path = path.as_str())
            }
            InputError::AttachmentTooLarge { size, limit, .. } => fl!(
                "input-attachment-too-large",
                size = crate::i18n::format_size(*size),
                limit = crate::i18n::format_size(*limit)
            ),
            InputError::UnknownSecurity { value } => {
                fl!("input-unknown-security", value = value.as_str())
            }
            InputError::MissingPassword => fl!("input-missing-password"),
            InputError::CaFileUnusable { path } => {
                fl!("input-ca-file-unusable", path = path.as_str())
            }
            InputError::BodyFileUnreadable { path } => {
                fl!("input-body-file-unreadable", path = path.as_str())
            }
            InputError::TimeUnreadable { value } => {
                fl!("input-time-unreadable", value = value.as_str())
            }
            InputError::TimeInPast { value } => fl!("input-time-in-past", value = value.as_str()),
            InputError::LaterNeedsAccount => fl!("input-later-needs-account"),
        }
    }
}

/// The translated name of a form field, for messages.
pub fn field_label(field: &str) -> String {
    use crate::fl;
    match field {
        "from" => fl!("field-from"),
        "to" => fl!("field-to"),
        "cc" => fl!("field-cc"),
        "bcc" => fl!("field-bcc"),
        "reply_to" => fl!("field-reply-to"),
        "subject" => fl!("field-subject"),
        "email" => fl!("field-email"),
        "display_name" => fl!("field-display-name"),
        "host" => fl!("field-host"),
        "username" => fl!("field-username"),
        "name" | "account" => fl!("field-account-name"),
        "imap_host" => fl!("field-imap-host"),
        "imap_user" => fl!("field-imap-user"),
        _ => field.to_string(),
    }
}

pub(crate) fn has_line_break(s: &str) -> bool {
    s.contains(['\r', '\n'])
}

/// Checks one email address (`local@domain`, no display name) the way lettre will parse it.
pub fn validate_email_in(field: &str, value: &str) -> Result<(), InputError> {
    let err = || InputError::InvalidAddress {
        field: field.into(),
        value: value.into(),
    };
    if value.trim().is_empty() {
        return Err(InputError::Empty {
            field: field.into(),
        });
    }
    if has_line_break(value) {
        return Err(InputError::LineBreak {
            field: field.into(),
        });
    }
    let (local, domain) = value.rsplit_once('@').ok_or_else(err)?;
    if local.is_empty() || domain.is_empty() || !domain.contains('.') && domain != "localhost" {
        return Err(err());
    }
    if domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
        return Err(err());
    }
    value.parse::<lettre::Address>().map_err(|_| err())?;
    Ok(())
}

pub fn validate_email(value: &str) -> Result<(), InputError> {
    validate_email_in("email", value)
}

pub fn validate_host(value: &str) -> Result<(), InputError> {
    let host = value.trim();
    if host.is_empty() {
        return Err(InputError::Empty {
            field: "host".into(),
        });
    }
    let valid_label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let is_ip = host.parse::<std::net::IpAddr>().is_ok()
        || host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .is_some_and(|h| h.parse::<std::net::Ipv6Addr>().is_ok());
    if host.len() > 253 || !(is_ip || host.trim_end_matches('.').split('.').all(valid_label)) {
        return Err(InputError::InvalidHost {
            value: value.into(),
        });
    }
    Ok(())
}

/// Parses a port typed by a person: 1 to 65535.
pub fn parse_port(value: &str) -> Result<u16, InputError> {
    match value.trim().parse::<u32>() {
        Ok(p) if (1..=65535).contains(&p) => Ok(p as u16),
        _ => Err(InputError::PortOutOfRange {
            value: value.into(),
        }),
    }
}

pub fn validate_account_name(value: &str) -> Result<(), InputError> {
    let ok = !value.trim().is_empty()
        && value.chars().count() <= 64
        && value.trim() == value
        && !value.chars().any(char::is_control);
    if ok {
        Ok(())
    } else {
        Err(InputError::InvalidAccountName {
            value: value.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert!(validate_email("bob@example.com").is_ok());
        assert!(validate_email("jöhn.doe+tag@exämple.de").is_ok());
        for bad in [
            "bob@",
            "a b@c.d",
            "",
            "@example.com",
            "bob",
            "bob@example",
            "x@a..b",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(
            validate_email("bob@example.com\r\nBcc: eve@evil.test")
                .unwrap_err()
                .code(),
            "line_break"
        );
    }

    #[test]
    fn ports() {
        assert_eq!(parse_port("587"), Ok(587));
        for bad in ["0", "70000", "abc", "", "-1"] {
            assert_eq!(parse_port(bad).unwrap_err().code(), "port_out_of_range");
        }
    }

    #[test]
    fn hosts() {
        assert!(validate_host("smtp.gmail.com").is_ok());
        assert!(validate_host("127.0.0.1").is_ok());
        assert!(validate_host("[::1]").is_ok());
        assert!(validate_host("localhost").is_ok());
        assert_eq!(validate_host("").unwrap_err().code(), "empty");
        assert_eq!(
            validate_host("smtp gmail.com").unwrap_err().code(),
            "invalid_host"
        );
        assert_eq!(validate_host("smtp..x").unwrap_err().code(), "invalid_host");
    }

    #[test]
    fn messages_are_translated_not_debug() {
        let msg = InputError::PortOutOfRange {
            value: "70000".into(),
        }
        .message();
        assert!(msg.contains("70000") && msg.contains("65535"), "{msg}");
    }
}
