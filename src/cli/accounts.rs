use super::args::{AccountsCommand, AddArgs, SignInArgs};
use super::server::{read_password_stdin, settings_from_args};
use super::{Output, open_store};
use crate::account::{Account, AuthMethod};
use crate::fl;
use crate::oauth::Provider;
use crate::ops::accounts::Secret;
use crate::secrets;

pub async fn run(out: &Output, command: AccountsCommand) -> u8 {
    match command {
        AccountsCommand::List => list(out),
        AccountsCommand::Show { name } => show(out, &name).await,
        AccountsCommand::Add(args) => add(out, *args).await,
        AccountsCommand::Remove { name } => remove(out, &name).await,
        AccountsCommand::Edit(args) => edit(out, *args).await,
        AccountsCommand::Signin { name, how } => signin(out, &name, &how).await,
    }
}

pub use crate::account::security_label;

fn account_json(a: &Account) -> serde_json::Value {
    serde_json::json!({
        "name": a.name,
        "display_name": a.display_name,
        "email": a.email,
        "host": a.server.host,
        "port": a.server.port,
        "security": a.server.security,
        "auth": a.server.auth,
        "username": a.server.username,
        "allow_password_without_encryption": a.server.allow_password_without_encryption,
        "ca_file": a.server.ca_file,
        "provider": a.provider,
        "default": a.default,
        "daily_limit": a.daily_limit,
        "signature": a.signature,
        "reply_to": a.reply_to,
        "bcc_self": a.bcc_self,
        "identities": a.identities,
        "imap": a.imap,
        "save_sent": a.save_sent,
        "oauth2_provider": (a.server.auth == AuthMethod::OAuth2)
            .then(|| a.oauth2_provider())
            .flatten(),
    })
}

fn list(out: &Output) -> u8 {
    let Ok(store) = open_store(out) else { return 1 };
    let accounts = &store.config.accounts;
    let doc =
        serde_json::json!({ "accounts": accounts.iter().map(account_json).collect::<Vec<_>>() });
    out.result(doc, || {
        if accounts.is_empty() {
            return vec![fl!("accounts-none")];
        }
        accounts
            .iter()
            .map(|a| {
                let line = fl!(
                    "accounts-line",
                    name = a.name.as_str(),
                    email = a.email.as_str(),
                    host = a.server.host.as_str(),
                    port = a.server.port.to_string()
                );
                if a.default {
                    fl!("accounts-line-default", line = line)
                } else {
                    line
                }
            })
            .collect()
    });
    0
}

async fn show(out: &Output, name: &str) -> u8 {
    let Ok(store) = open_store(out) else { return 1 };
    let account = match store.account(name) {
        Ok(a) => a.clone(),
        Err(e) => return out.input_error(&e),
    };
    // Only whether a secret exists is shown, never the secret.
    let oauth2 = account.server.auth == AuthMethod::OAuth2;
    let stored = match account.server.auth {
        AuthMethod::OAuth2 => secrets::load_refresh_token(&account.name)
            .await
            .map(|s| s.is_some())
            .ok(),
        AuthMethod::Password => secrets::load(&account.name).await.map(|s| s.is_some()).ok(),
        AuthMethod::None => Some(false),
    };
    let mut doc = account_json(&account);
    doc["password_stored"] = serde_json::json!(if oauth2 { Some(false) } else { stored });
    doc["refresh_token_stored"] = serde_json::json!(if oauth2 { stored } else { Some(false) });
    out.result(doc, || {
        let s = &account.server;
        vec![
            fl!("accounts-show-name", name = account.name.as_str()),
            if account.display_name.trim().is_empty() {
                fl!("accounts-show-from-address", email = account.email.as_str())
            } else {
                fl!(
                    "accounts-show-from",
                    display_name = account.display_name.as_str(),
                    email = account.email.as_str()
                )
            },
            fl!(
                "accounts-show-server",
                host = s.host.as_str(),
                port = s.port.to_string(),
                security = security_label(s.security)
            ),
            match s.auth {
                AuthMethod::None => fl!("accounts-show-no-sign-in"),
                _ => fl!("accounts-show-user", user = s.username.as_str()),
            },
            match account.oauth2_provider().filter(|_| oauth2) {
                Some(p) => fl!("accounts-show-signs-in-with", provider = p.display_name()),
                None => String::new(),
            },
            match stored {
                Some(true) if oauth2 => fl!("accounts-show-token-stored"),
                Some(false) if oauth2 => fl!("accounts-show-token-missing"),
                Some(true) => fl!("accounts-show-secret-stored"),
                Some(false) if s.auth.needs_secret() => fl!("accounts-show-secret-missing"),
                Some(false) => String::new(),
                None => fl!("accounts-show-secret-unknown"),
            },
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect()
    });
    0
}

async fn add(out: &Output, args: AddArgs) -> u8 {
    let Ok(store) = open_store(out) else {
        return 1;
    };
    let oauth2 = match args.oauth2.as_deref().map(|p| (p, Provider::parse(p))) {
        None => None,
        Some((_, Some(p))) => Some(p),
        Some((p, None)) => {
            return out.coded_error(
                "unknown_provider",
                Some("oauth2"),
                &fl!("accounts-unknown-provider", provider = p),
            );
        }
    };
    let settings = match oauth2 {
        Some(p) => oauth2_settings(&args, p),
        None => settings_from_args(&args.server, Some(&args.email)),
    };
    let settings = match settings {
        Ok(s) => s,
        Err(e) => return out.input_error(&e),
    };
    if let Some(p) = &args.provider
        && crate::providers::by_id(p).is_none()
    {
        return out.coded_error(
            "unknown_provider",
            Some("provider"),
            &fl!("accounts-unknown-provider", provider = p.as_str()),
        );
    }
    let account = Account {
        name: args.name.clone(),
        display_name: args.display_name.clone().unwrap_or_default(),
        email: args.email.trim().to_owned(),
        server: settings,
        provider: args.provider.clone(),
        default: args.make_default,
        daily_limit: args.daily_limit,
        oauth2,
        ..Account::default()
    };
    let mut account = account;
    if let Err(code) = apply_identity(out, &mut account, &args.identity) {
        return code;
    }
    if account.imap.is_none() {
        account.imap = known_imap(&account);
    }
    if let Err(e) = account.validate() {
        return out.input_error(&e);
    }
    // From here until the account is saved, no other add runs: the name is checked against the
    // file as it is now, before a password is read or a browser opened.
    let reservation = match crate::ops::accounts::reserve(store, &account.name).await {
        Ok(r) => r,
        Err(e) => return save_error(out, &e),
    };
    if let Some(provider) = oauth2 {
        return add_signed_in(out, reservation, account, provider, &args).await;
    }
    let secret = if account.server.auth.needs_secret() {
        match read_password_stdin() {
            Ok(s) => Some(s),
            Err(e) => return out.input_error(&e),
        }
    } else {
        None
    };
    let name = account.name.clone();
    let stored = match &secret {
        Some(s) => Secret::Password(s.clone()),
        None => Secret::Unchanged,
    };
    // The secret goes to the keychain first: if that fails, nothing is saved at all.
    let store = match reservation.save(account, stored).await {
        Ok(store) => store,
        Err(e) => return save_error(out, &e),
    };
    let saved = store.account(&name).expect("just added").clone();
    let mut doc = serde_json::json!({ "ok": true, "account": account_json(&saved) });
    doc["password_stored"] = serde_json::json!(secret.is_some());
    out.result(doc, || vec![fl!("accounts-added", name = name.as_str())]);
    0
}

async fn remove(out: &Output, name: &str) -> u8 {
    let Ok(store) = open_store(out) else {
        return 1;
    };
    let removed = match crate::ops::accounts::remove(store, name).await {
        Ok(r) => r,
        Err(e) => return save_error(out, &e),
    };
    let secret_result = match removed.secret_kept {
        None => Ok(()),
        Some(e) => Err(e),
    };
    let removed = removed.account;
    let doc = serde_json::json!({
        "ok": secret_result.is_ok(),
        "removed": removed.name,
        "secret_removed": secret_result.is_ok(),
        "warning": secret_result.as_ref().err().map(|e| e.message()),
    });
    out.result(doc, || match &secret_result {
        Ok(()) => vec![fl!("accounts-removed", name = name)],
        Err(e) => vec![fl!(
            "accounts-removed-secret-kept",
            name = name,
            reason = e.message()
        )],
    });
    if secret_result.is_ok() { 0 } else { 1 }
}

/// Server settings for an OAuth2 account: the options given, the rest from the provider's preset
/// (the one named with --provider, else the one of the address's domain, else the provider's own).
fn oauth2_settings(
    args: &AddArgs,
    provider: Provider,
) -> Result<crate::account::ServerSettings, crate::account::InputError> {
    let domain = args.email.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
    let preset = args
        .provider
        .as_deref()
        .and_then(crate::providers::by_id)
        .or_else(|| crate::providers::for_domain(domain))
        .filter(|p| Provider::for_preset(&p.id) == Some(provider))
        .or_else(|| {
            crate::providers::by_id(match provider {
                Provider::Google => "gmail",
                Provider::Microsoft => "outlook",
            })
        });
    let server = preset.and_then(|p| {
        p.servers
            .iter()
            .find(|s| s.auth.contains(&AuthMethod::OAuth2))
    });
    let mut server_args = args.server.clone();
    if server_args.host.is_none()
        && let Some(s) = server
    {
        server_args.host = Some(s.host_for(None));
        server_args.port.get_or_insert_with(|| s.port.to_string());
        server_args
            .security
            .get_or_insert_with(|| s.security.as_str().to_owned());
    }
    // A placeholder so the options parse as a signed-in account; the secret is the token.
    server_args.password_stdin = true;
    let mut settings = settings_from_args(&server_args, Some(args.email.trim()))?;
    settings.auth = AuthMethod::OAuth2;
    if args.server.user.is_none() {
        settings.username = args.email.trim().to_owned();
    }
    settings.validate()?;
    Ok(settings)
}

/// `accounts add --oauth2`: signs in first; the account is saved only once the refresh token is in
/// the keychain.
async fn add_signed_in(
    out: &Output,
    reservation: crate::ops::accounts::Reservation,
    account: Account,
    provider: Provider,
    args: &AddArgs,
) -> u8 {
    // No sign-in in the browser when the keychain cannot keep its result anyway.
    if let Err(e) = crate::ops::signin::keychain_ready(&account.name).await {
        out.coded_error(e.code(), Some("oauth2"), &e.message());
        return 1;
    }
    let tokens = match super::signin::sign_in(out, provider, &account.email, false, &args.how).await
    {
        Ok(t) => t,
        Err(code) => return code,
    };
    let name = account.name.clone();
    let store = match reservation.save(account, Secret::Tokens(tokens)).await {
        Ok(store) => store,
        Err(crate::ops::accounts::SaveError::SignIn(e)) => return super::signin::report(out, &e),
        Err(e) => return save_error(out, &e),
    };
    let saved = store.account(&name).expect("just added").clone();
    let requeued = super::signin::requeue(out, &store, &saved).await;
    let mut doc = serde_json::json!({ "ok": true, "account": account_json(&saved) });
    doc["refresh_token_stored"] = serde_json::json!(true);
    doc["requeued"] = serde_json::json!(requeued);
    out.result(doc, || {
        let mut lines = vec![fl!("accounts-added-signed-in", name = name.as_str())];
        lines.extend(requeued_line(&requeued));
        lines
    });
    0
}

/// "N held messages are back in the queue", when there are any.
fn requeued_line(ids: &[String]) -> Option<String> {
    (!ids.is_empty()).then(|| fl!("accounts-requeued", count = ids.len()))
}

/// `accounts signin NAME`: a new sign-in for an OAuth2 account (after `sign_in_expired`).
async fn signin(out: &Output, name: &str, how: &SignInArgs) -> u8 {
    let Ok(store) = open_store(out) else { return 1 };
    let account = match store.account(name) {
        Ok(a) => a.clone(),
        Err(e) => return out.input_error(&e),
    };
    let provider = match crate::ops::signin::provider(&account) {
        Some(p) => p,
        None => {
            return out.coded_error(
                "not_oauth2",
                Some("name"),
                &fl!("accounts-not-oauth2", name = name),
            );
        }
    };
    if let Err(e) = crate::ops::signin::keychain_ready(&account.name).await {
        out.coded_error(e.code(), Some("oauth2"), &e.message());
        return 1;
    }
    let tokens = match super::signin::sign_in(out, provider, &account.email, true, how).await {
        Ok(t) => t,
        Err(code) => return code,
    };
    let signed_in = match crate::ops::signin::finish(&store.paths.data_dir, &account, &tokens).await
    {
        Ok(s) => s,
        Err(e) => return super::signin::report(out, &e),
    };
    if let Some(e) = &signed_in.outbox_problem {
        out.warn(&e.message());
    }
    let requeued = signed_in.requeued;
    let doc = serde_json::json!({
        "ok": true,
        "account": account.name,
        "refresh_token_stored": true,
        "requeued": requeued,
    });
    out.result(doc, || {
        let mut lines = vec![fl!("accounts-signed-in", name = name)];
        lines.extend(requeued_line(&requeued));
        lines
    });
    0
}

/// Signature (read from a file), Reply-To and the copy to oneself, from the command line.
fn apply_identity(
    out: &Output,
    account: &mut Account,
    args: &super::args::IdentityArgs,
) -> Result<(), u8> {
    if let Some(path) = &args.signature_file {
        match std::fs::read_to_string(path) {
            Ok(text) => account.signature = text.trim_end().to_owned(),
            Err(_) => {
                return Err(
                    out.input_error(&crate::account::InputError::BodyFileUnreadable {
                        path: path.display().to_string(),
                    }),
                );
            }
        }
    }
    if let Some(r) = &args.reply_to {
        account.reply_to = (!r.trim().is_empty()).then(|| r.trim().to_owned());
    }
    if args.bcc_self {
        account.bcc_self = true;
    }
    if args.no_bcc_self {
        account.bcc_self = false;
    }
    apply_imap(account, &args.imap).map_err(|e| out.input_error(&e))?;
    for gone in &args.remove_identity {
        account
            .identities
            .retain(|i| !i.email.eq_ignore_ascii_case(gone.trim()));
    }
    for text in &args.identity {
        let mailbox = match crate::mail::parse_address_list("from", text) {
            Ok(list) if list.len() == 1 => list.into_iter().next().expect("one"),
            Ok(_) => {
                return Err(
                    out.input_error(&crate::account::InputError::InvalidAddress {
                        field: "from".into(),
                        value: text.clone(),
                    }),
                );
            }
            Err(mut errors) => return Err(out.input_error(&errors.remove(0))),
        };
        let email = mailbox.email.to_string();
        let signature = account
            .identity(&email)
            .map(|i| i.signature.clone())
            .unwrap_or_default();
        account
            .identities
            .retain(|i| !i.email.eq_ignore_ascii_case(&email));
        account.identities.push(crate::account::Identity {
            name: mailbox.name.unwrap_or_default(),
            email,
            signature,
        });
    }
    Ok(())
}

/// The mailbox's IMAP server as the presets know it: the account's provider, else the preset of
/// the address's domain when the account sends through that preset's server.
fn known_imap(account: &Account) -> Option<crate::account::ImapSettings> {
    if let Some(p) = account
        .provider
        .as_deref()
        .and_then(crate::providers::by_id)
    {
        return p.imap_for(&account.email, None);
    }
    let detection = crate::discover::detect_offline(&account.email).ok()?;
    let provider = detection.provider?;
    detection
        .servers
        .iter()
        .any(|s| s.host.eq_ignore_ascii_case(account.server.host.trim()))
        .then(|| provider.imap_for(&account.email, None))
        .flatten()
}

/// The IMAP server and `save_sent` from the command line. A host alone takes the usual port and
/// SSL/TLS; a port alone its usual encryption. An empty host removes the IMAP server.
fn apply_imap(
    account: &mut Account,
    args: &super::args::ImapArgs,
) -> Result<(), crate::account::InputError> {
    use crate::account::{ImapSettings, InputError, SaveSent, Security, parse_port};
    if let Some(value) = &args.save_sent {
        account.save_sent = SaveSent::parse(value).ok_or_else(|| InputError::UnknownSecurity {
            value: value.clone(),
        })?;
    }
    if args
        .imap_host
        .as_deref()
        .is_some_and(|h| h.trim().is_empty())
    {
        account.imap = None;
        return Ok(());
    }
    let given = args.imap_host.is_some()
        || args.imap_port.is_some()
        || args.imap_security.is_some()
        || args.imap_user.is_some();
    if !given {
        return Ok(());
    }
    let mut imap = account.imap.clone().unwrap_or_default();
    if let Some(host) = &args.imap_host {
        imap.host = host.trim().to_owned();
    }
    let security = match &args.imap_security {
        Some(value) => Some(
            Security::parse(value)
                .filter(|s| s.is_encrypted())
                .ok_or_else(|| InputError::UnknownSecurity {
                    value: value.clone(),
                })?,
        ),
        None => None,
    };
    if let Some(port) = &args.imap_port {
        imap.port = parse_port(port)?;
        imap.security = security
            .or_else(|| ImapSettings::usual_security(imap.port))
            .unwrap_or(imap.security);
    } else if let Some(security) = security {
        imap.security = security;
        imap.port = crate::imap::usual_port(security);
    }
    if let Some(user) = &args.imap_user {
        imap.user = user.trim().to_owned();
    }
    account.imap = Some(imap);
    Ok(())
}

/// `accounts edit NAME`: changes what is given, keeps the rest (the file is changed as it is on
/// disk now).
async fn edit(out: &Output, args: super::args::EditArgs) -> u8 {
    let Ok(store) = open_store(out) else {
        return 1;
    };
    let Ok(mut account) = store.account(&args.name).cloned() else {
        return out.input_error(&crate::account::InputError::UnknownAccount {
            name: args.name.clone(),
        });
    };
    if let Some(d) = &args.display_name {
        account.display_name = d.trim().to_owned();
    }
    if let Err(code) = apply_identity(out, &mut account, &args.identity) {
        return code;
    }
    if let Err(e) = account.validate() {
        return out.input_error(&e);
    }
    let imap_password = if args.imap_password_stdin {
        match read_password_stdin() {
            Ok(p) => Some(p),
            Err(e) => return out.input_error(&e),
        }
    } else {
        None
    };
    let name = args.name.clone();
    let changed = account.clone();
    let data_dir = store.paths.data_dir.clone();
    if let Err(e) = crate::ops::accounts::update(store, &name, move |a| *a = changed).await {
        return save_error(out, &e);
    }
    if let Some(password) = imap_password
        && let Err(k) = crate::secrets::store_imap_password(&name, &password).await
    {
        return out.coded_error(k.code(), Some("password"), &k.message());
    }
    // New settings or a new password: copies that could not be saved are tried again now.
    if let Ok(outbox) = crate::outbox::Outbox::open(&data_dir) {
        let _ = outbox.retry_copies(Some(&name));
    }
    out.result(
        serde_json::json!({"ok": true, "account": account_json(&account)}),
        || vec![fl!("accounts-edited", name = name.as_str())],
    );
    0
}

/// An account that was not saved: the user's input to fix (exit 2), a keychain problem with its
/// code, or the configuration that could not be written (exit 1).
fn save_error(out: &Output, e: &crate::ops::accounts::SaveError) -> u8 {
    use crate::ops::accounts::SaveError;
    match e {
        SaveError::Input(e) => out.input_error(e),
        SaveError::Keychain(k) => out.coded_error(k.code(), Some("password"), &k.message()),
        SaveError::SignIn(o) => super::signin::report(out, o),
        SaveError::Config(c) => {
            out.fatal(&c.message());
            1
        }
    }
}
