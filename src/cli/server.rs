//! Server options → [`ServerSettings`], with the same checks the app's forms use.

use std::io::BufRead;

use super::Output;
use super::args::ServerArgs;
use crate::account::{Account, AuthMethod, InputError, Security, ServerSettings, parse_port};
use crate::config::Store;
use crate::smtp::Credentials;

/// Builds settings from the options. `user_default` is used when `--user` is absent but a password is
/// given (the sender's address, as most providers expect).
pub fn settings_from_args(
    args: &ServerArgs,
    user_default: Option<&str>,
) -> Result<ServerSettings, InputError> {
    let host = args.host.clone().unwrap_or_default();
    crate::account::validate_host(&host)?;
    let security = match &args.security {
        Some(s) => Some(
            Security::parse(s).ok_or_else(|| InputError::UnknownSecurity { value: s.clone() })?,
        ),
        None => None,
    };
    let port = match &args.port {
        Some(p) => Some(parse_port(p)?),
        None => None,
    };
    let (port, security) = match (port, security) {
        (Some(p), Some(s)) => (p, s),
        (Some(p), None) => (p, Security::usual_for_port(p).unwrap_or(Security::StartTls)),
        (None, Some(Security::Tls)) => (465, Security::Tls),
        (None, Some(Security::StartTls)) => (587, Security::StartTls),
        (None, Some(Security::None)) => (25, Security::None),
        (None, None) => (587, Security::StartTls),
    };
    let has_secret = args.password_stdin;
    let username = args
        .user
        .clone()
        .or_else(|| {
            has_secret
                .then(|| user_default.map(str::to_owned))
                .flatten()
        })
        .unwrap_or_default();
    let auth = if has_secret || !username.is_empty() {
        AuthMethod::Password
    } else {
        AuthMethod::None
    };
    let settings = ServerSettings {
        host: host.trim().to_owned(),
        port,
        security,
        auth,
        username,
        allow_password_without_encryption: args.allow_password_without_encryption,
        ca_file: args.ca_file.clone(),
        timeout_secs: args.timeout.unwrap_or(crate::account::DEFAULT_TIMEOUT_SECS),
        final_reply_secs: args
            .final_reply_timeout
            .unwrap_or(crate::account::DEFAULT_FINAL_REPLY_SECS),
    };
    settings.validate()?;
    Ok(settings)
}

/// The first line of standard input, without its line ending.
pub fn read_password_stdin() -> Result<String, InputError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|_| InputError::MissingPassword)?;
    let secret = line.trim_end_matches(['\r', '\n']).to_owned();
    if secret.is_empty() {
        return Err(InputError::MissingPassword);
    }
    Ok(secret)
}

/// A saved account's settings (with this run's `--timeout` and `--ca-file`) and its secret: from
/// standard input with `--password-stdin`, else from the keychain.
pub async fn saved_account(
    out: &Output,
    store: &Store,
    name: &str,
    args: &ServerArgs,
) -> Result<(Account, ServerSettings, Option<Credentials>), u8> {
    let account = store
        .account(name)
        .map_err(|e| out.input_error(&e))?
        .clone();
    let mut settings = account.server.clone();
    if let Some(t) = args.timeout {
        settings.timeout_secs = t;
    }
    if args.ca_file.is_some() {
        settings.ca_file = args.ca_file.clone();
    }
    if !settings.auth.needs_secret() {
        return Ok((account, settings, None));
    }
    if args.password_stdin {
        let secret = read_password_stdin().map_err(|e| out.input_error(&e))?;
        let credentials = Credentials::new(settings.username.clone(), secret);
        return Ok((account, settings, Some(credentials)));
    }
    match crate::credentials::credentials(&account).await {
        Ok(credentials) => Ok((account, settings, credentials)),
        Err(e) => match e.problem() {
            // Sign-in problems (expired, not configured) are problems of the contract: exit 1.
            Some(p) => Err(problem_result(out, &p.at(&settings.host, settings.port))),
            None => Err(out.coded_error(e.code(), Some("password"), &e.message(&account.name))),
        },
    }
}

/// `{"ok": false, "problem": {...}}` (or the problem in words on stderr); exit code 1.
pub fn problem_result(out: &Output, problem: &crate::problem::Problem) -> u8 {
    if out.json {
        let doc = serde_json::json!({"ok": false, "problem": problem.to_json()});
        super::output::print_line(
            serde_json::to_string_pretty(&doc).expect("JSON values serialize"),
        );
    }
    eprintln!("{}", crate::fl!("cli-error", message = problem.message()));
    eprintln!("{}", crate::fl!("cli-fix", fix = problem.fix()));
    1
}
