//! Talking to SMTP servers: connections with deadlines, sending, and naming what went wrong.

pub mod doctor;
pub mod probe;
pub mod problem;
pub mod session;
mod texts;
mod tls;
pub mod transport;
mod wire;

pub use problem::{
    Problem, ProblemKind, Reply, Step, Suggestion, classify_reply, classify_token_refusal,
};
pub use transport::{Credentials, SendError, Sender, Sent};
