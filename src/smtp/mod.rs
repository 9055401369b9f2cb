//! Talking to SMTP servers: connections with deadlines, sending, and naming what went wrong.

pub mod doctor;
pub mod probe;
pub mod problem;
mod tls;
mod wire;
mod texts;
pub mod transport;

pub use problem::{Problem, ProblemKind, Reply, Step, Suggestion, classify_reply};
pub use transport::{Credentials, Sender, SendError, Sent};
