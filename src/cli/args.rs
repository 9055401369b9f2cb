//! The command-line grammar. Help texts come from the Fluent files like every other sentence.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgGroup, Args, CommandFactory, Parser, Subcommand};

use crate::fl;

#[derive(Debug, Parser)]
#[command(name = "outpost", version, about = fl!("cli-about"), long_about = None)]
pub struct Cli {
    /// One JSON document on stdout, nothing else.
    #[arg(long, global = true, help = fl!("cli-help-json"))]
    pub json: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = fl!("cli-about-detect"))]
    Detect(DetectArgs),
    #[command(about = fl!("cli-about-check"))]
    Check(CheckArgs),
    #[command(about = fl!("cli-about-probe"))]
    Probe(ProbeArgs),
    #[command(about = fl!("cli-about-send"))]
    Send(SendArgs),
    #[command(about = fl!("cli-about-compose"))]
    Compose(ComposeArgs),
    #[command(about = fl!("cli-about-outbox"))]
    Outbox {
        #[command(subcommand)]
        action: OutboxCommand,
    },
    #[command(about = fl!("cli-about-domain"))]
    Domain(DomainArgs),
    #[command(about = fl!("cli-about-accounts"))]
    Accounts {
        #[command(subcommand)]
        action: AccountsCommand,
    },
    #[command(about = fl!("cli-about-merge"))]
    Merge(Box<MergeArgs>),
}

/// `outpost merge --account … --data …`, or `outpost merge list|status|pause|…`.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    group(ArgGroup::new("merge_body").args(["body", "body_file"]))
)]
pub struct MergeArgs {
    #[command(subcommand)]
    pub action: Option<MergeCommand>,
    #[arg(long, required_unless_present = "window", help = fl!("cli-help-account"))]
    pub account: Option<String>,
    #[arg(long, value_name = "FILE", required_unless_present = "window", help = fl!("cli-help-merge-data"))]
    pub data: Option<PathBuf>,
    #[arg(long, value_name = "S", help = fl!("cli-help-merge-sheet"))]
    pub sheet: Option<String>,
    #[arg(long, value_name = "TEMPLATE", help = fl!("cli-help-merge-to"))]
    pub to: Option<String>,
    #[arg(long, value_name = "TEMPLATE", required_unless_present = "window", help = fl!("cli-help-merge-subject"))]
    pub subject: Option<String>,
    #[arg(long, value_name = "TEMPLATE", required_unless_present_any = ["body_file", "window"], help = fl!("cli-help-merge-body"))]
    pub body: Option<String>,
    #[arg(long, value_name = "FILE", help = fl!("cli-help-merge-body-file"))]
    pub body_file: Option<PathBuf>,
    #[arg(long, help = fl!("cli-help-markdown"))]
    pub markdown: bool,
    #[arg(long, value_name = "FILE", help = fl!("cli-help-attach"))]
    pub attach: Vec<PathBuf>,
    #[arg(long, value_name = "C", help = fl!("cli-help-merge-attach-column"))]
    pub attach_column: Option<String>,
    #[arg(long, value_name = "N", help = fl!("cli-help-merge-per-minute"))]
    pub per_minute: Option<u32>,
    #[arg(long, value_name = "TIME", help = fl!("cli-help-merge-start"))]
    pub start: Option<String>,
    #[arg(long, value_name = "ADDR", help = fl!("cli-help-merge-unsubscribe"))]
    pub unsubscribe: Option<String>,
    #[arg(long, help = fl!("cli-help-merge-allow-empty"))]
    pub allow_empty: bool,
    #[arg(long, conflicts_with = "test_to", help = fl!("cli-help-merge-dry-run"))]
    pub dry_run: bool,
    #[arg(long, value_name = "ADDR", help = fl!("cli-help-merge-test-to"))]
    pub test_to: Option<String>,
    #[arg(long, help = fl!("cli-help-merge-no-wait"))]
    pub no_wait: bool,
    /// Opens the window's "Send to a list" on the list instead (what is given is filled in).
    #[arg(long, conflicts_with_all = ["dry_run", "test_to", "no_wait"], help = fl!("cli-help-merge-window"))]
    pub window: bool,
}

#[derive(Debug, Subcommand)]
pub enum MergeCommand {
    #[command(about = fl!("cli-about-merge-list"))]
    List,
    #[command(about = fl!("cli-about-merge-status"))]
    Status {
        #[arg(help = fl!("cli-help-merge-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-merge-pause"))]
    Pause {
        #[arg(help = fl!("cli-help-merge-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-merge-resume"))]
    Resume {
        #[arg(help = fl!("cli-help-merge-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-merge-cancel"))]
    Cancel {
        #[arg(help = fl!("cli-help-merge-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-merge-report"))]
    Report {
        #[arg(help = fl!("cli-help-merge-id"))]
        id: String,
        #[arg(long, value_name = "FILE.csv", help = fl!("cli-help-merge-output"))]
        output: PathBuf,
    },
    #[command(about = fl!("cli-about-merge-suppress"))]
    Suppress {
        #[arg(required = true, num_args = 1.., value_name = "ADDR", help = fl!("cli-help-merge-addresses"))]
        addresses: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct DetectArgs {
    #[arg(help = fl!("cli-help-email"))]
    pub email: String,
    #[arg(long, help = fl!("cli-help-offline"))]
    pub offline: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["domain", "account"])))]
pub struct DomainArgs {
    #[arg(help = fl!("cli-help-domain"))]
    pub domain: Option<String>,
    #[arg(long, help = fl!("cli-help-account"))]
    pub account: Option<String>,
    #[arg(long = "dkim-selector", value_name = "S", help = fl!("cli-help-dkim-selector"))]
    pub dkim_selectors: Vec<String>,
}

/// Where to connect when no saved account is named.
#[derive(Debug, Args, Default, Clone)]
pub struct ServerArgs {
    #[arg(long, help = fl!("cli-help-host"))]
    pub host: Option<String>,
    /// Parsed by us, so "70000" gets the same message as in the app.
    #[arg(long, help = fl!("cli-help-port"))]
    pub port: Option<String>,
    #[arg(long, help = fl!("cli-help-security"))]
    pub security: Option<String>,
    #[arg(long, help = fl!("cli-help-user"))]
    pub user: Option<String>,
    #[arg(long, help = fl!("cli-help-password-stdin"))]
    pub password_stdin: bool,
    #[arg(long, value_name = "PEM", help = fl!("cli-help-ca-file"))]
    pub ca_file: Option<PathBuf>,
    #[arg(long, value_name = "SECONDS", help = fl!("cli-help-timeout"))]
    pub timeout: Option<u64>,
    #[arg(long, value_name = "SECONDS", help = fl!("cli-help-final-reply-timeout"))]
    pub final_reply_timeout: Option<u64>,
    #[arg(long, help = fl!("cli-help-allow-password-without-encryption"))]
    pub allow_password_without_encryption: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ComposeArgs {
    #[arg(long, help = fl!("cli-help-account"))]
    pub account: Option<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-to"))]
    pub to: Vec<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-cc"))]
    pub cc: Vec<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-bcc"))]
    pub bcc: Vec<String>,
    #[arg(long, default_value = "", help = fl!("cli-help-subject"))]
    pub subject: String,
    #[arg(long, default_value = "", help = fl!("cli-help-body"))]
    pub body: String,
    #[arg(long, help = fl!("cli-help-attach"))]
    pub attach: Vec<PathBuf>,
    #[arg(long, help = fl!("cli-help-markdown"))]
    pub markdown: bool,
    /// Opens "Send later" with this time filled in (the user confirms it).
    #[arg(long, value_name = "TIME", help = fl!("cli-help-compose-at"))]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, help = fl!("cli-help-account"))]
    pub account: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
    #[arg(long, help = fl!("cli-help-check-from"))]
    pub from: Option<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-check-to"))]
    pub to: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    #[arg(help = fl!("cli-help-host"))]
    pub host: String,
    #[arg(long, value_delimiter = ',', help = fl!("cli-help-ports"))]
    pub ports: Vec<String>,
    #[arg(long, value_name = "SECONDS", help = fl!("cli-help-timeout"))]
    pub timeout: Option<u64>,
    #[arg(long, value_name = "PEM", help = fl!("cli-help-ca-file"))]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("body_source").required(true).args(["body", "body_file"])))]
pub struct SendArgs {
    #[arg(long, help = fl!("cli-help-account"))]
    pub account: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
    #[arg(long, help = fl!("cli-help-from"))]
    pub from: Option<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-to"))]
    pub to: Vec<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-cc"))]
    pub cc: Vec<String>,
    #[arg(long, num_args = 1.., help = fl!("cli-help-bcc"))]
    pub bcc: Vec<String>,
    #[arg(long, help = fl!("cli-help-subject"))]
    pub subject: String,
    #[arg(long, help = fl!("cli-help-body"))]
    pub body: Option<String>,
    #[arg(long, help = fl!("cli-help-body-file"))]
    pub body_file: Option<PathBuf>,
    #[arg(long, help = fl!("cli-help-attach"))]
    pub attach: Vec<PathBuf>,
    #[arg(long, help = fl!("cli-help-no-queue"))]
    pub no_queue: bool,
    #[arg(long, help = fl!("cli-help-allow-over-limit"))]
    pub allow_over_limit: bool,
    #[arg(long, value_name = "TIME", help = fl!("cli-help-at"))]
    pub at: Option<String>,
    #[arg(long, help = fl!("cli-help-markdown"))]
    pub markdown: bool,
    #[arg(long, value_name = "ADDR", help = fl!("cli-help-reply-to"))]
    pub reply_to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    #[command(about = fl!("cli-about-outbox-list"))]
    List,
    #[command(about = fl!("cli-about-outbox-flush"))]
    Flush,
    #[command(about = fl!("cli-about-outbox-retry"))]
    Retry {
        #[arg(help = fl!("cli-help-message-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-outbox-remove"))]
    Remove {
        #[arg(help = fl!("cli-help-message-id"))]
        id: String,
    },
    #[command(about = fl!("cli-about-outbox-sent"))]
    Sent {
        #[arg(long, value_name = "TEXT", help = fl!("cli-help-sent-search"))]
        search: Option<String>,
    },
    #[command(about = fl!("cli-about-outbox-show"))]
    Show {
        #[arg(help = fl!("cli-help-message-id"))]
        id: String,
        #[arg(long, help = fl!("cli-help-show-raw"))]
        raw: bool,
    },
    #[command(about = fl!("cli-about-outbox-mark-sent"))]
    MarkSent {
        #[arg(help = fl!("cli-help-message-id"))]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    #[command(about = fl!("cli-about-accounts-list"))]
    List,
    #[command(about = fl!("cli-about-accounts-show"))]
    Show {
        #[arg(help = fl!("cli-help-account-name"))]
        name: String,
    },
    #[command(about = fl!("cli-about-accounts-add"))]
    Add(Box<AddArgs>),
    #[command(about = fl!("cli-about-accounts-edit"))]
    Edit(Box<EditArgs>),
    #[command(about = fl!("cli-about-accounts-remove"))]
    Remove {
        #[arg(help = fl!("cli-help-account-name"))]
        name: String,
    },
    #[command(about = fl!("cli-about-accounts-signin"))]
    Signin {
        #[arg(help = fl!("cli-help-account-name"))]
        name: String,
        #[command(flatten)]
        how: SignInArgs,
    },
}

/// Signature, Reply-To and the copy to oneself (`accounts add` and `accounts edit`).
#[derive(Debug, Args, Default, Clone)]
pub struct IdentityArgs {
    #[arg(long, value_name = "FILE", help = fl!("cli-help-signature-file"))]
    pub signature_file: Option<PathBuf>,
    #[arg(long, value_name = "ADDR", help = fl!("cli-help-reply-to"))]
    pub reply_to: Option<String>,
    #[arg(long, help = fl!("cli-help-bcc-self"), conflicts_with = "no_bcc_self")]
    pub bcc_self: bool,
    #[arg(long, help = fl!("cli-help-no-bcc-self"))]
    pub no_bcc_self: bool,
    /// Another From address: `Name <addr>` or `addr` (repeatable; the same address replaces).
    #[arg(long, value_name = "MAILBOX", help = fl!("cli-help-identity"))]
    pub identity: Vec<String>,
    #[arg(long, value_name = "ADDR", help = fl!("cli-help-remove-identity"))]
    pub remove_identity: Vec<String>,
    #[command(flatten)]
    pub imap: ImapArgs,
}

/// The mailbox's IMAP server, for copies in Sent (`accounts add` and `accounts edit`).
#[derive(Debug, Args, Default, Clone)]
pub struct ImapArgs {
    #[arg(long, value_name = "HOST", help = fl!("cli-help-imap-host"))]
    pub imap_host: Option<String>,
    #[arg(long, value_name = "PORT", help = fl!("cli-help-imap-port"))]
    pub imap_port: Option<String>,
    #[arg(long, value_name = "tls|starttls", help = fl!("cli-help-imap-security"))]
    pub imap_security: Option<String>,
    #[arg(long, value_name = "USER", help = fl!("cli-help-imap-user"))]
    pub imap_user: Option<String>,
    #[arg(long, value_name = "auto|imap|off", help = fl!("cli-help-save-sent"))]
    pub save_sent: Option<String>,
}

/// What `accounts edit NAME` changes; what is not given stays as it is.
#[derive(Debug, Args)]
pub struct EditArgs {
    #[arg(help = fl!("cli-help-account-name"))]
    pub name: String,
    #[arg(long, help = fl!("cli-help-display-name"))]
    pub display_name: Option<String>,
    #[command(flatten)]
    pub identity: IdentityArgs,
    #[arg(long, help = fl!("cli-help-imap-password-stdin"))]
    pub imap_password_stdin: bool,
}

/// How to sign in with OAuth2 (`accounts add --oauth2 …` and `accounts signin`).
#[derive(Debug, Args, Default, Clone)]
pub struct SignInArgs {
    #[arg(long, help = fl!("cli-help-no-browser"))]
    pub no_browser: bool,
    #[arg(long, help = fl!("cli-help-device-code"))]
    pub device_code: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long, help = fl!("cli-help-account-name"))]
    pub name: String,
    #[arg(long, help = fl!("cli-help-email"))]
    pub email: String,
    #[arg(long, help = fl!("cli-help-display-name"))]
    pub display_name: Option<String>,
    #[arg(long, help = fl!("cli-help-provider"))]
    pub provider: Option<String>,
    #[arg(long = "default", help = fl!("cli-help-default"))]
    pub make_default: bool,
    #[arg(long, help = fl!("cli-help-daily-limit"))]
    pub daily_limit: Option<u32>,
    #[arg(long, value_name = "google|microsoft", help = fl!("cli-help-oauth2"))]
    pub oauth2: Option<String>,
    #[command(flatten)]
    pub identity: IdentityArgs,
    #[command(flatten)]
    pub how: SignInArgs,
    #[command(flatten)]
    pub server: ServerArgs,
}

/// The grammar with every word of its help in the user's language: clap's own headings ("Usage",
/// "Options", ...) and its help and version flags are replaced by translated ones.
pub fn localized_command() -> clap::Command {
    let mut cmd = localize(Cli::command()).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(fl!("cli-help-version"))
            .help_heading(fl!("cli-heading-options")),
    );
    // The `help` subcommand exists once the command is built.
    cmd.build();
    cmd.mut_subcommand("help", |help| localize(help.about(fl!("cli-about-help"))))
}

fn localize(cmd: clap::Command) -> clap::Command {
    let styles = cmd.get_styles();
    let usage = format!(
        "{}{}:{}",
        styles.get_usage().render(),
        fl!("cli-heading-usage"),
        styles.get_usage().render_reset()
    );
    let options = fl!("cli-heading-options");
    let arguments = fl!("cli-heading-arguments");
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .subcommand_help_heading(fl!("cli-heading-commands"))
    .mut_args(|arg| {
        if arg.get_help_heading().is_some() {
            arg
        } else if arg.is_positional() {
            arg.help_heading(arguments.clone())
        } else {
            arg.help_heading(options.clone())
        }
    })
    .disable_help_flag(true)
    .arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(fl!("cli-help-help"))
            .help_heading(options.clone()),
    )
    .mut_subcommands(localize)
}
