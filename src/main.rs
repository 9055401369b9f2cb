// On Windows the binary is a GUI program, so opening the window never flashes a console; the
// command line attaches to the console it was started from (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_console();
    outpost::i18n::init_from_environment();
    let cli = outpost::cli::parse();
    let start = match &cli.command {
        None => Some(outpost::gui::Start::Main),
        Some(outpost::cli::Command::Compose(a)) => Some(outpost::gui::Start::Compose(Box::new(
            outpost::gui::Prefill {
                account: a.account.clone(),
                message: outpost::mail::Draft {
                    to: a.to.join(", "),
                    cc: a.cc.join(", "),
                    bcc: a.bcc.join(", "),
                    subject: a.subject.clone(),
                    body: a.body.clone(),
                    attachments: a.attach.clone(),
                    markdown: a.markdown,
                    ..Default::default()
                },
                later: a.at.clone(),
                ..Default::default()
            },
        ))),
        Some(outpost::cli::Command::Merge(a)) if a.window && a.action.is_none() => {
            let body = match (&a.body, &a.body_file) {
                (Some(body), _) => body.clone(),
                (None, Some(path)) => std::fs::read_to_string(path).unwrap_or_default(),
                (None, None) => String::new(),
            };
            Some(outpost::gui::Start::Merge(Box::new(
                outpost::gui::merge::Opening {
                    data: a.data.clone(),
                    sheet: a.sheet.clone(),
                    account: a.account.clone(),
                    subject: a.subject.clone().unwrap_or_default(),
                    body,
                    markdown: a.markdown,
                    attachments: a.attach.clone(),
                    attach_column: a.attach_column.clone(),
                    start: a.start.clone(),
                },
            )))
        }
        Some(_) => None,
    };
    if let Some(start) = start {
        return match outpost::gui::run(start) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", outpost::fl!("gui-failed", reason = e.to_string()));
                ExitCode::from(1)
            }
        };
    }
    outpost::cli::run(cli)
}

/// A GUI-subsystem program starts without a console: when started from one (cmd, PowerShell,
/// Windows Terminal), attach to it, so `outpost --version`, `outpost check` and every other command
/// print there. Handles that were redirected (a pipe, a file) are kept as they are; when there is
/// no parent console (a Start-menu or Explorer start) this fails and nothing changes. The shell does
/// not wait for a GUI program: run it as `start /wait outpost ...` (cmd) or through a pipe (e.g.
/// `outpost check | more`) when the prompt must come back after the output.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id (here the documented "parent" constant) and only
    // changes this process's console; its failure is harmless and deliberately ignored.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
