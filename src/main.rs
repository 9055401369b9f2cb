use std::process::ExitCode;

fn main() -> ExitCode {
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
