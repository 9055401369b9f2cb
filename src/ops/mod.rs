//! The verbs of Outpost, the same for both front ends: save, remove and test an account, sign in,
//! put a message in the outbox. The command line and the window call these; neither writes its
//! own. Each verb takes what it works on (a [`Store`](crate::config::Store), an
//! [`Outbox`](crate::outbox::Outbox)) and returns data, never text for a terminal or a widget:
//! the front end decides how to show it.
//!
//! Verbs that touch files or the keychain are `async` and do their blocking work on tokio's
//! blocking pool, so the window can run them as a Task without ever stopping its UI thread.

pub mod accounts;
pub mod merge;
pub mod settings;
pub mod signin;
pub mod submit;
pub mod test;

/// Runs blocking file work (locks, fsync) off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(work)
        .await
        .expect("blocking work does not panic")
}
