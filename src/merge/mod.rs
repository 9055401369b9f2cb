//! Mail merge: one message per row of a spreadsheet, each with its own values, checked row by row
//! and paced within the provider's limits. The front ends (`outpost merge`, the window) queue the
//! ready messages in the outbox.
//!
//! - [`data`] reads the spreadsheet (CSV, XLSX, ODS) into a [`data::Table`];
//! - [`template`] fills `{{Column}}` and `{{Column|fallback}}` placeholders, data kept as data;
//! - [`recipient`] finds the address column (or reads a To template): one recipient per row;
//! - [`check`] turns each row into a ready message or a skipped row with its code;
//! - [`suppress`] keeps the do-not-mail list;
//! - [`pace`] gives each message its send time within the per-minute rate and the daily limit;
//! - [`preview`] is what the window shows before anything is queued.

pub mod check;
pub mod data;
pub mod pace;
pub mod preview;
pub mod recipient;
pub mod suppress;
pub mod template;
