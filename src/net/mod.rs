//! The network below every protocol: name lookups (with the test override `OUTPOST_DNS_SERVER`),
//! and telling "this name does not exist" from "no answer at all" (offline).

pub mod dns;
