use std::process::ExitCode;

fn main() -> ExitCode {
    outpost::i18n::init_from_environment();
    let cli = outpost::cli::parse();
    if cli.command.is_none() {
        return match outpost::gui::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", outpost::fl!("gui-failed", reason = e.to_string()));
                ExitCode::from(1)
            }
        };
    }
    outpost::cli::run(cli)
}
