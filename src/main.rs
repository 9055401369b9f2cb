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
