//! The plan of a merge: every row of the table either ready (recipient, subject, body, attachments)
//! or skipped with a code and the reason. Problems with the whole merge (no address column, a
//! placeholder naming no column) stop it before any row is looked at.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::data::{Table, column_of};
use super::recipient::{FoundBy, Recipients, RowRecipient};
use super::template::{Bound, Context, Template, TemplateError};

/// What the user wrote for the merge.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    /// A To template (`"{{Name}} <{{Email}}>"`); `None` finds the address column.
    pub to: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    pub markdown: bool,
    /// Attachments for every message.
    pub attachments: &'a [PathBuf],
    /// The column naming each row's own attachments (several separated by `;`), relative to
    /// `data_folder`.
    pub attach_column: Option<&'a str>,
    /// Send even when a placeholder without a fallback is empty.
    pub allow_empty: bool,
    /// The folder of the data file.
    pub data_folder: &'a Path,
    /// Keep each ready row's rendered body. A dry run checks every body but shows none: without
    /// them a plan of 10,000 rows takes a few MB instead of tens.
    pub keep_bodies: bool,
}

impl Default for Spec<'_> {
    fn default() -> Self {
        Spec {
            to: None,
            subject: "",
            body: "",
            markdown: false,
            attachments: &[],
            attach_column: None,
            allow_empty: false,
            data_folder: Path::new("."),
            keep_bodies: true,
        }
    }
}

/// A row's problem, as the JSON `skipped[].code` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipCode {
    InvalidAddress,
    Duplicate,
    EmptyField,
    UnsafeField,
    AttachmentMissing,
    Suppressed,
}

impl SkipCode {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipCode::InvalidAddress => "invalid_address",
            SkipCode::Duplicate => "duplicate",
            SkipCode::EmptyField => "empty_field",
            SkipCode::UnsafeField => "unsafe_field",
            SkipCode::AttachmentMissing => "attachment_missing",
            SkipCode::Suppressed => "suppressed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// The row number as the spreadsheet shows it.
    pub row: usize,
    pub code: SkipCode,
    /// Translated.
    pub detail: String,
}

/// One message, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ready {
    pub row: usize,
    /// The To field: one mailbox, quoted as needed (`"Doe, Jane" <jane@example.org>`).
    pub to: String,
    /// The address alone, lower case.
    pub address: String,
    pub subject: String,
    /// Markdown when the spec is, with every value escaped (empty unless `Spec::keep_bodies`).
    pub body: String,
    /// The common attachments, then the row's own.
    pub attachments: Vec<PathBuf>,
    /// Placeholders left empty (sent anyway with `allow_empty`), for the preview's warnings.
    pub empty: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Data rows in the table.
    pub rows: usize,
    /// The address column's header (`None` with a To template).
    pub address_column: Option<String>,
    pub found_by: FoundBy,
    pub ready: Vec<Ready>,
    pub skipped: Vec<Skipped>,
}

/// Why a merge cannot start: nothing is queued.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error("no address column")]
    NoAddressColumn,
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("unknown column {name:?}")]
    UnknownColumn {
        name: String,
        closest: Option<String>,
    },
}

impl PlanError {
    pub fn code(&self) -> &'static str {
        match self {
            PlanError::NoAddressColumn => "no_address_column",
            PlanError::Template(e) => e.code(),
            PlanError::UnknownColumn { .. } => "unknown_column",
        }
    }

    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            PlanError::NoAddressColumn => fl!("merge-no-address-column"),
            PlanError::Template(e) => e.message(),
            PlanError::UnknownColumn {
                name,
                closest: Some(closest),
            } => fl!(
                "merge-unknown-column-closest",
                name = name.as_str(),
                closest = closest.as_str()
            ),
            PlanError::UnknownColumn {
                name,
                closest: None,
            } => fl!("merge-unknown-column", name = name.as_str()),
        }
    }
}

/// The templates bound to the table's columns.
struct Bound3 {
    recipients: Recipients,
    subject: Bound,
    body: Bound,
    attach_column: Option<usize>,
}

fn bind(table: &Table, spec: &Spec) -> Result<Bound3, PlanError> {
    let recipients = Recipients::find(table, spec.to)?.ok_or(PlanError::NoAddressColumn)?;
    let subject = Template::parse(spec.subject).bind(&table.headers)?;
    let body = Template::parse(spec.body).bind(&table.headers)?;
    let attach_column = match spec.attach_column {
        Some(name) => Some(column_of(&table.headers, name).ok_or_else(|| {
            // The same suggestion as for a placeholder.
            let closest = match Template::parse(&format!("{{{{{name}}}}}")).bind(&table.headers) {
                Err(TemplateError::UnknownPlaceholder { closest, .. }) => closest,
                Ok(_) => None,
            };
            PlanError::UnknownColumn {
                name: name.to_owned(),
                closest,
            }
        })?),
        None => None,
    };
    Ok(Bound3 {
        recipients,
        subject,
        body,
        attach_column,
    })
}

/// Checks every row of `table` for the merge `spec`; `suppressed` holds lower-case addresses.
pub fn plan(table: &Table, spec: &Spec, suppressed: &BTreeSet<String>) -> Result<Plan, PlanError> {
    let bound = bind(table, spec)?;
    let folder = spec.data_folder.canonicalize().ok();
    let mut plan = Plan {
        rows: table.rows.len(),
        address_column: bound.recipients.column.clone(),
        found_by: bound.recipients.found_by,
        ready: Vec::with_capacity(table.rows.len()),
        skipped: Vec::new(),
    };
    // Address → the row that already gets the message.
    let mut sent_to: HashMap<String, usize> = HashMap::with_capacity(table.rows.len());
    for row in &table.rows {
        match check_row(
            &bound,
            spec,
            folder.as_deref(),
            &row.cells,
            &sent_to,
            suppressed,
        ) {
            Ok(mut ready) => {
                ready.row = row.number;
                sent_to.insert(ready.address.clone(), row.number);
                plan.ready.push(ready);
            }
            Err((code, detail)) => plan.skipped.push(Skipped {
                row: row.number,
                code,
                detail,
            }),
        }
    }
    Ok(plan)
}

/// One row: ready, or the first problem in this order: unsafe_field, invalid_address, suppressed,
/// duplicate, empty_field, attachment_missing.
fn check_row(
    bound: &Bound3,
    spec: &Spec,
    folder: Option<&Path>,
    cells: &[String],
    sent_to: &HashMap<String, usize>,
    suppressed: &BTreeSet<String>,
) -> Result<Ready, (SkipCode, String)> {
    use crate::fl;
    let subject = bound.subject.render(cells, Context::Header);
    let recipient = bound.recipients.of(cells);
    let mut unsafe_values = subject.unsafe_values.clone();
    if let RowRecipient::Unsafe(names) = &recipient {
        unsafe_values.splice(0..0, names.iter().cloned());
    }
    if !unsafe_values.is_empty() {
        let columns = quoted_list(&unsafe_values);
        return Err((
            SkipCode::UnsafeField,
            fl!("merge-skip-unsafe-field", columns = columns),
        ));
    }
    let (mailbox, to_empty) = match recipient {
        RowRecipient::Ok { mailbox, empty } => (mailbox, empty),
        RowRecipient::Invalid(value) if value.trim().is_empty() => {
            return Err((SkipCode::InvalidAddress, fl!("merge-skip-no-address")));
        }
        RowRecipient::Invalid(value) => {
            let value = value.as_str();
            return Err((
                SkipCode::InvalidAddress,
                fl!("merge-skip-invalid-address", value = value),
            ));
        }
        RowRecipient::Unsafe(_) => unreachable!("handled above"),
    };
    let address = mailbox.email.to_string().to_lowercase();
    if suppressed.contains(&address) {
        let detail = fl!("merge-skip-suppressed", address = address.as_str());
        return Err((SkipCode::Suppressed, detail));
    }
    if let Some(&row) = sent_to.get(&address) {
        let detail = fl!(
            "merge-skip-duplicate",
            address = address.as_str(),
            row = row
        );
        return Err((SkipCode::Duplicate, detail));
    }
    let context = if spec.markdown {
        Context::Markdown
    } else {
        Context::Plain
    };
    let body = bound.body.render(cells, context);
    let mut empty = to_empty;
    for name in subject.empty.iter().chain(&body.empty) {
        if !empty.contains(name) {
            empty.push(name.clone());
        }
    }
    if !empty.is_empty() && !spec.allow_empty {
        let columns = quoted_list(&empty);
        return Err((
            SkipCode::EmptyField,
            fl!("merge-skip-empty-field", columns = columns),
        ));
    }
    let mut attachments = spec.attachments.to_vec();
    if let Some(column) = bound.attach_column {
        attachments.extend(row_attachments(&cells[column], spec.data_folder, folder)?);
    }
    Ok(Ready {
        row: 0,
        to: mailbox.to_string(),
        address,
        subject: subject.text,
        body: if spec.keep_bodies {
            body.text
        } else {
            String::new()
        },
        attachments,
        empty,
    })
}

/// A row's own attachments: `;`-separated paths relative to the data file's folder, each an
/// existing file inside that folder (a list from someone else must not attach the user's other
/// files).
fn row_attachments(
    value: &str,
    data_folder: &Path,
    canonical_folder: Option<&Path>,
) -> Result<Vec<PathBuf>, (SkipCode, String)> {
    use crate::fl;
    let mut paths = Vec::new();
    for name in value
        .split([';', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let path = data_folder.join(name);
        let Ok(canonical) = path.canonicalize() else {
            let detail = fl!("merge-skip-attachment-missing", path = name);
            return Err((SkipCode::AttachmentMissing, detail));
        };
        if !canonical_folder.is_some_and(|f| canonical.starts_with(f)) {
            let detail = fl!("merge-skip-attachment-outside", path = name);
            return Err((SkipCode::AttachmentMissing, detail));
        }
        if !canonical.is_file() {
            let detail = fl!("merge-skip-attachment-missing", path = name);
            return Err((SkipCode::AttachmentMissing, detail));
        }
        paths.push(canonical);
    }
    Ok(paths)
}

/// `a`, `b` → `“a”, “b”`.
fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
