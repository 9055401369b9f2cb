//! Who each message goes to: the column of addresses, found by its header (in the five languages)
//! or by its contents, or a To template such as `"{{Name}} <{{Email}}>"`. Exactly one recipient per
//! row; a name from the data is a display name, never more addresses.

use lettre::message::Mailbox;

use super::data::Table;
use super::template::{Bound, Context, Template, TemplateError};

/// Headers that name a column of email addresses, compared without case, spaces, `-`, `_`, `.`.
const ADDRESS_HEADERS: &[&str] = &[
    "email",
    "emails",
    "emailaddress",
    "mail",
    "mailaddress",
    // de
    "emailadresse",
    "mailadresse",
    // es
    "correo",
    "correoelectrónico",
    "correoelectronico",
    "direccióndecorreo",
    "direcciondecorreo",
    "direccióndecorreoelectrónico",
    "direcciondecorreoelectronico",
    // fr
    "courriel",
    "adresseemail",
    "adressemail",
    "adresseélectronique",
    "adresseelectronique",
    "mél",
    // pt
    "endereçodeemail",
    "enderecodeemail",
    "endereçoeletrônico",
    "enderecoeletronico",
    "endereçoeletrónico",
];

/// Headers that may name addresses or something else (a postal address): taken only when most of
/// the column's values are email addresses.
const MAYBE_ADDRESS_HEADERS: &[&str] = &[
    "address",
    "adresse",
    "dirección",
    "direccion",
    "endereço",
    "endereco",
    "contact",
    "kontakt",
    "contacto",
    "contato",
];

/// How the recipients were found, for the front ends to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundBy {
    Header,
    Content,
    Template,
}

/// The recipient of each row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipients {
    how: How,
    /// The address column's header (`None` for a To template).
    pub column: Option<String>,
    pub found_by: FoundBy,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum How {
    Column(usize),
    /// `name <address>`, or only the address when the template has no angle brackets.
    Template {
        name: Option<Bound>,
        address: Bound,
    },
}

/// One row's recipient, or why it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowRecipient {
    Ok {
        mailbox: Mailbox,
        /// Placeholders of the To template left empty (the display name's).
        empty: Vec<String>,
    },
    /// A value with a line break: the placeholders (or the column) that hold one.
    Unsafe(Vec<String>),
    /// Not one valid address: the text that was found.
    Invalid(String),
}

impl Recipients {
    /// From the To template when there is one, else the address column of `table`. `None` when no
    /// column holds addresses.
    pub fn find(table: &Table, to: Option<&str>) -> Result<Option<Recipients>, TemplateError> {
        if let Some(to) = to.filter(|t| !t.trim().is_empty()) {
            return Ok(Some(Recipients::from_template(table, to)?));
        }
        Ok(address_column(table).map(|(column, found_by)| Recipients {
            how: How::Column(column),
            column: Some(table.headers[column].clone()),
            found_by,
        }))
    }

    fn from_template(table: &Table, to: &str) -> Result<Recipients, TemplateError> {
        let to = to.trim();
        let split = to
            .strip_suffix('>')
            .and_then(|inner| inner.rfind('<').map(|at| (&inner[..at], &inner[at + 1..])));
        let how = match split {
            Some((name, address)) => {
                let name = name.trim().trim_matches('"').trim();
                How::Template {
                    name: (!name.is_empty())
                        .then(|| Template::parse(name).bind(&table.headers))
                        .transpose()?,
                    address: Template::parse(address).bind(&table.headers)?,
                }
            }
            None => How::Template {
                name: None,
                address: Template::parse(to).bind(&table.headers)?,
            },
        };
        Ok(Recipients {
            how,
            column: None,
            found_by: FoundBy::Template,
        })
    }

    /// The recipient of the row with `cells`.
    pub fn of(&self, cells: &[String]) -> RowRecipient {
        match &self.how {
            How::Column(column) => {
                let value = cells.get(*column).map_or("", |v| v.as_str());
                if value.contains(['\r', '\n']) {
                    let header = self.column.clone().unwrap_or_default();
                    return RowRecipient::Unsafe(vec![header]);
                }
                match single_mailbox(value) {
                    Some(mailbox) => RowRecipient::Ok {
                        mailbox,
                        empty: Vec::new(),
                    },
                    None => RowRecipient::Invalid(value.to_owned()),
                }
            }
            How::Template { name, address } => {
                let name = name.as_ref().map(|n| n.render(cells, Context::Header));
                let address = address.render(cells, Context::Header);
                let mut unsafe_values = address.unsafe_values.clone();
                unsafe_values.extend(name.iter().flat_map(|n| n.unsafe_values.clone()));
                if !unsafe_values.is_empty() {
                    return RowRecipient::Unsafe(unsafe_values);
                }
                let email = address.text.trim();
                let parsed = if name.is_some() {
                    crate::account::validate_email_in("to", email)
                        .ok()
                        .and_then(|()| email.parse().ok())
                        .map(|email| Mailbox::new(None, email))
                } else {
                    single_mailbox(email)
                };
                let Some(mut mailbox) = parsed else {
                    return RowRecipient::Invalid(email.to_owned());
                };
                let display = name
                    .as_ref()
                    .map(|n| n.text.trim().trim_matches('"').trim());
                if let Some(display) = display.filter(|d| !d.is_empty()) {
                    mailbox.name = Some(display.to_owned());
                }
                RowRecipient::Ok {
                    mailbox,
                    empty: name.map(|n| n.empty).unwrap_or_default(),
                }
            }
        }
    }
}

/// The one address in `value` (`a@x.org` or `Name <a@x.org>`), if it holds exactly one.
fn single_mailbox(value: &str) -> Option<Mailbox> {
    match crate::mail::parse_address_list("to", value) {
        Ok(mut list) if list.len() == 1 => list.pop(),
        Ok(_) | Err(_) => None,
    }
}

fn normalized(header: &str) -> String {
    header
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// (valid addresses, non-empty values) of a column.
fn address_count(table: &Table, column: usize) -> (usize, usize) {
    let values = table
        .rows
        .iter()
        .map(|r| r.cells[column].as_str())
        .filter(|v| !v.is_empty());
    values.fold((0, 0), |(valid, all), v| {
        (valid + usize::from(single_mailbox(v).is_some()), all + 1)
    })
}

/// The column of addresses: one whose header says so (the one with the most addresses if
/// several), else the one whose values are most often addresses (at least half of them).
pub fn address_column(table: &Table) -> Option<(usize, FoundBy)> {
    let counts: Vec<(usize, usize)> = (0..table.headers.len())
        .map(|c| address_count(table, c))
        .collect();
    let mostly = |c: usize| counts[c].0 > 0 && counts[c].0 * 2 >= counts[c].1;
    let by_header = (0..table.headers.len())
        .filter(|&c| {
            let key = normalized(&table.headers[c]);
            ADDRESS_HEADERS.contains(&key.as_str())
                || (MAYBE_ADDRESS_HEADERS.contains(&key.as_str()) && mostly(c))
        })
        .max_by_key(|&c| (counts[c].0, std::cmp::Reverse(c)));
    if let Some(column) = by_header {
        return Some((column, FoundBy::Header));
    }
    (0..table.headers.len())
        .filter(|&c| mostly(c))
        .max_by_key(|&c| (counts[c].0, std::cmp::Reverse(c)))
        .map(|c| (c, FoundBy::Content))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::data::Row;

    fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, cells)| Row {
                    number: i + 2,
                    cells: cells.iter().map(|s| s.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_address_column_is_found_by_its_header_in_five_languages() {
        for header in [
            "Email",
            "E-mail",
            "e_mail",
            "Mail",
            "E-Mail-Adresse",
            "Correo electrónico",
            "Courriel",
            "Adresse e-mail",
            "Endereço de e-mail",
            " EMAIL ADDRESS ",
        ] {
            let t = table(&["Name", header], &[&["Ann", "not yet"]]);
            assert_eq!(address_column(&t), Some((1, FoundBy::Header)), "{header}");
        }
    }

    #[test]
    fn an_ambiguous_header_needs_addresses_and_else_contents_decide() {
        let postal = table(
            &["Name", "Address", "Contact"],
            &[
                &["Ann", "1 Main St", "ann@example.org"],
                &["Bob", "2 High St", "x"],
            ],
        );
        assert_eq!(address_column(&postal), Some((2, FoundBy::Header)));
        let bare = table(
            &["Who", "Where", "Reach"],
            &[
                &["Ann", "Lyon", "ann@example.org"],
                &["Bob", "bob@example.org", "Bob <bob@example.org>"],
            ],
        );
        assert_eq!(address_column(&bare), Some((2, FoundBy::Content)));
        let none = table(&["Name", "City"], &[&["Ann", "Lyon"]]);
        assert_eq!(address_column(&none), None);
        assert_eq!(Recipients::find(&none, None).unwrap(), None);
    }

    #[test]
    fn a_column_value_is_one_address() {
        let t = table(&["Email"], &[]);
        let r = Recipients::find(&t, None).unwrap().unwrap();
        assert_eq!(r.column.as_deref(), Some("Email"));
        let cells = |v: &str| vec![v.to_owned()];
        assert!(matches!(
            r.of(&cells("Ann <ann@example.org>")),
            RowRecipient::Ok { .. }
        ));
        assert_eq!(
            r.of(&cells("a@example.org; b@example.org")),
            RowRecipient::Invalid("a@example.org; b@example.org".into())
        );
        assert_eq!(r.of(&cells("")), RowRecipient::Invalid(String::new()));
        assert_eq!(
            r.of(&cells("a@example.org\nBcc: b@example.org")),
            RowRecipient::Unsafe(vec!["Email".into()])
        );
    }

    #[test]
    fn a_to_template_makes_one_mailbox_whatever_the_name_holds() {
        let t = table(&["Name", "Email"], &[]);
        let r = Recipients::find(&t, Some("\"{{Name}}\" <{{ email }}>"))
            .unwrap()
            .unwrap();
        assert_eq!(r.found_by, FoundBy::Template);
        let of = |name: &str, email: &str| r.of(&[name.to_owned(), email.to_owned()]);
        let RowRecipient::Ok { mailbox, empty } =
            of("Doe, Jane <x@evil.example>", "jane@example.org")
        else {
            panic!("one mailbox")
        };
        assert!(empty.is_empty());
        assert_eq!(mailbox.email.to_string(), "jane@example.org");
        let list = crate::mail::parse_address_list("to", &mailbox.to_string()).unwrap();
        assert_eq!(list.len(), 1, "{mailbox}");
        let RowRecipient::Ok { mailbox, empty } = of("", "bob@example.org") else {
            panic!("no name is fine")
        };
        assert_eq!(
            (mailbox.to_string(), empty),
            ("bob@example.org".into(), vec!["Name".into()])
        );
        assert_eq!(of("Ann", "ann@"), RowRecipient::Invalid("ann@".into()));
        assert_eq!(
            of("Ann\r\nBcc: x@example.org", "ann@example.org"),
            RowRecipient::Unsafe(vec!["Name".into()])
        );
        let e = Recipients::find(&t, Some("{{Mail}}")).unwrap_err();
        assert!(
            matches!(e, TemplateError::UnknownPlaceholder { closest: Some(c), .. } if c == "Email")
        );
    }
}
