//! The command line: the same library calls as the GUI, with human output or one JSON document.
//!
//! Exit codes: 0 success, 1 the operation ran and found a problem, 2 usage or input error.

mod accounts;
mod args;
mod check;
mod detect;
mod outbox;
mod output;
mod send;
mod server;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

pub use accounts::security_label;
pub use args::{Cli, Command, ComposeArgs};
pub use check::step_name;
pub use output::Output;

use crate::config::Store;

/// Parses the arguments; `None` means "no subcommand: open the window".
pub fn parse() -> Cli {
    let matches = args::localized_command().get_matches();
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    }
}

/// Runs a subcommand to completion.
pub fn run(cli: Cli) -> ExitCode {
    let out = Output::new(cli.json);
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            out.fatal(&crate::fl!("cli-runtime-failed", reason = e.to_string()));
            return ExitCode::from(1);
        }
    };
    let code = runtime.block_on(async {
        match command {
            // The window needs the main thread; main.rs opens it before we get here.
            Command::Compose(_) => 2,
            Command::Detect(a) => detect::run(&out, a).await,
            Command::Check(a) => check::run(&out, a).await,
            Command::Probe(a) => check::probe(&out, a).await,
            Command::Send(a) => send::run(&out, a).await,
            Command::Accounts { action } => accounts::run(&out, action).await,
            Command::Outbox { action } => outbox::run(&out, action).await,
        }
    });
    // Pooled connections and blocking keychain calls must not keep the process alive.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    ExitCode::from(code)
}

/// Opens the configuration, reporting load warnings on stderr.
fn open_store(out: &Output) -> Result<Store, u8> {
    match Store::open() {
        Ok((store, warnings)) => {
            for w in warnings {
                out.warn(&w.message());
            }
            Ok(store)
        }
        Err(e) => {
            out.fatal(&e.message());
            Err(1)
        }
    }
}

#[allow(dead_code)]
fn command() -> clap::Command {
    Cli::command()
}
