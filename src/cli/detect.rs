use super::Output;
use super::args::DetectArgs;
use crate::discover::{self, Source};
use crate::fl;

pub async fn run(out: &Output, args: DetectArgs) -> u8 {
    let options = discover::DetectOptions::from_env(args.offline);
    let detection = match discover::detect(&args.email, &options).await {
        Ok(d) => d,
        Err(e) => return out.input_error(&e),
    };
    out.result(detection.to_json(), || {
        let mut lines = Vec::new();
        let source = match detection.source {
            Source::Preset => fl!("detect-source-preset"),
            Source::Isp => fl!("detect-source-isp"),
            Source::Ispdb => fl!("detect-source-ispdb"),
            Source::Mx => fl!("detect-source-mx"),
            Source::Guess => fl!("detect-source-guess"),
        };
        let provider = detection
            .provider
            .map(|p| p.name.clone())
            .unwrap_or_else(|| fl!("detect-unknown-provider"));
        lines.push(fl!("detect-heading", provider = provider, source = source));
        for s in &detection.servers {
            let user = s
                .username
                .clone()
                .unwrap_or_else(|| fl!("detect-username-from-provider"));
            lines.push(fl!(
                "detect-server-line",
                host = s.host.as_str(),
                port = s.port.to_string(),
                security = super::accounts::security_label(s.security),
                user = user
            ));
        }
        if let Some(imap) = &detection.imap {
            let user = if imap.user.is_empty() {
                fl!("detect-imap-same-user")
            } else {
                imap.user.clone()
            };
            lines.push(fl!(
                "detect-imap-line",
                host = imap.host.as_str(),
                port = imap.port.to_string(),
                security = super::accounts::security_label(imap.security),
                user = user
            ));
        }
        for n in &detection.notes {
            lines.push(match &n.url {
                Some(url) => fl!(
                    "detect-note-with-link",
                    note = n.text.as_str(),
                    url = url.as_str()
                ),
                None => fl!("detect-note", note = n.text.as_str()),
            });
        }
        lines
    });
    0
}
