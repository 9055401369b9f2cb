//! The command line: the same library calls as the GUI, with human output or one JSON document.
//!
//! Exit codes: 0 success, 1 the operation ran and found a problem, 2 usage or input error.

mod accounts;
mod args;
mod check;
mod detect;
mod domain;
mod merge;
mod outbox;
mod output;
mod send;
mod server;
mod shown;
mod signin;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

pub use accounts::security_label;
pub use args::{Cli, Command, ComposeArgs};
pub use check::step_name;
pub use output::Output;

use crate::config::Store;
use crate::fl;

/// Parses the arguments; `None` means "no subcommand: open the window".
pub fn parse() -> Cli {
    let mut command = args::localized_command();
    let matches = match command.try_get_matches_from_mut(std::env::args_os()) {
        Ok(matches) => matches,
        Err(e) => usage_error(&command, e),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => usage_error(&command, e),
    }
}

/// "outpost outbox retry" for `outpost --json outbox retry x`: the deepest command the arguments name.
fn subcommand_path(root: &clap::Command) -> String {
    let mut path = vec![root.get_name().to_owned()];
    let mut current = root;
    for arg in std::env::args().skip(1) {
        if let Some(sub) = current.find_subcommand(&arg) {
            path.push(sub.get_name().to_owned());
            current = sub;
        }
    }
    path.join(" ")
}

/// Help and version go out as clap prints them (already translated); a mistake on the command
/// line is explained in the user's language, on stderr, with exit code 2.
fn usage_error(command: &clap::Command, e: clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => fl!("cli-usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            fl!(
                "cli-usage-unknown-command",
                arg = context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if !arg.is_empty() => fl!(
            "cli-usage-invalid-value",
            value = context(ContextKind::InvalidValue),
            arg = arg
        ),
        ErrorKind::MissingRequiredArgument if !arg.is_empty() => {
            fl!("cli-usage-missing", arg = arg)
        }
        ErrorKind::ArgumentConflict if !arg.is_empty() => fl!(
            "cli-usage-conflict",
            arg = arg,
            other = context(ContextKind::PriorArg)
        ),
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues
            if !arg.is_empty() =>
        {
            fl!("cli-usage-value-missing", arg = arg)
        }
        _ => fl!("cli-usage-invalid"),
    };
    // The mistaken argument is echoed back and may hold control characters (pasted text).
    let line = fl!("cli-error", message = message);
    eprintln!("{}", output::neutralize(&line));
    let line = fl!("cli-usage-see-help", command = subcommand_path(command));
    eprintln!("{}", output::neutralize(&line));
    std::process::exit(2)
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
            Command::Domain(a) => domain::run(&out, a).await,
            Command::Check(a) => check::run(&out, a).await,
            Command::Probe(a) => check::probe(&out, a).await,
            Command::Send(a) => send::run(&out, a).await,
            Command::Accounts { action } => accounts::run(&out, action).await,
            Command::Outbox { action } => outbox::run(&out, action).await,
            Command::Merge(a) => merge::run(&out, *a).await,
        }
    });
    // Pooled connections and blocking keychain calls must not keep the process alive.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    ExitCode::from(code)
}

/// Opens the configuration, reporting load warnings on stderr.
/// The outbox of `store`'s data folder; a folder that cannot be made is said, and exit 1.
fn open_outbox(out: &Output, store: &Store) -> Result<crate::outbox::Outbox, u8> {
    crate::outbox::Outbox::open(&store.paths.data_dir).map_err(|e| {
        out.fatal(&e.message());
        1
    })
}

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
