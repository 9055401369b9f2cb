//! Talking to SMTP servers: one engine with deadlines and bounded reads under every use (checks,
//! probes, sending), and naming what went wrong.

pub mod doctor;
pub mod engine;
pub mod probe;
pub mod tls;
pub mod transport;

pub use crate::problem::{
    Problem, ProblemKind, Reply, Step, Suggestion, classify_reply, classify_token_refusal,
};
pub use transport::{Credentials, SendError, Sender, Sent};
