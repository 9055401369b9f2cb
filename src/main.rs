use std::process::ExitCode;

fn main() -> ExitCode {
    outpost::i18n::init_from_environment();
    let cli = outpost::cli::parse();
    if cli.command.is_none() {
        println!("{}", outpost::fl!("gui-not-built-yet"));
        return ExitCode::SUCCESS;
    }
    outpost::cli::run(cli)
}
