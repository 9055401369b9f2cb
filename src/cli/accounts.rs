use super::args::{AccountsCommand, AddArgs};
use super::server::{read_password_stdin, settings_from_args};
use super::{Output, open_store};
use crate::account::{Account, AuthMethod, Security};
use crate::config::ChangeError;
use crate::fl;
use crate::secrets;

pub async fn run(out: &Output, command: AccountsCommand) -> u8 {
    match command {
        AccountsCommand::List => list(out),
        AccountsCommand::Show { name } => show(out, &name).await,
        AccountsCommand::Add(args) => add(out, *args).await,
        AccountsCommand::Remove { name } => remove(out, &name).await,
    }
}

pub fn security_label(security: Security) -> String {
    match security {
        Security::Tls => fl!("security-tls"),
        Security::StartTls => fl!("security-starttls"),
        Security::None => fl!("security-none"),
    }
}

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
    let stored = if account.server.auth.needs_secret() {
        secrets::load(&account.name).await.map(|s| s.is_some()).ok()
    } else {
        Some(false)
    };
    let mut doc = account_json(&account);
    doc["password_stored"] = serde_json::json!(stored);
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
            match stored {
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
    let Ok(mut store) = open_store(out) else {
        return 1;
    };
    let settings = match settings_from_args(&args.server, Some(&args.email)) {
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
        oauth2: None,
    };
    if let Err(e) = account.validate() {
        return out.input_error(&e);
    }
    if store.account(&account.name).is_ok() {
        return out.input_error(&crate::account::InputError::AccountExists { name: account.name });
    }
    let secret = if account.server.auth.needs_secret() {
        match read_password_stdin() {
            Ok(s) => Some(s),
            Err(e) => return out.input_error(&e),
        }
    } else {
        None
    };
    // The secret goes to the keychain first: if that fails, nothing is saved at all.
    if let Some(secret) = &secret
        && let Err(e) = secrets::store(&account.name, secret).await
    {
        return out.coded_error(e.code(), Some("password"), &e.message());
    }
    let name = account.name.clone();
    match store.modify(|s| s.add_account(account)) {
        Ok(()) => {}
        Err(ChangeError::Input(e)) => {
            let _ = secrets::delete(&name).await;
            return out.input_error(&e);
        }
        Err(e) => {
            let _ = secrets::delete(&name).await;
            out.fatal(&e.message());
            return 1;
        }
    }
    let saved = store.account(&name).expect("just added").clone();
    let mut doc = serde_json::json!({ "ok": true, "account": account_json(&saved) });
    doc["password_stored"] = serde_json::json!(secret.is_some());
    out.result(doc, || vec![fl!("accounts-added", name = name.as_str())]);
    0
}

async fn remove(out: &Output, name: &str) -> u8 {
    let Ok(mut store) = open_store(out) else {
        return 1;
    };
    let removed = match store.modify(|s| s.remove_account(name)) {
        Ok(a) => a,
        Err(ChangeError::Input(e)) => return out.input_error(&e),
        Err(e) => {
            out.fatal(&e.message());
            return 1;
        }
    };
    let secret_result = secrets::delete(&removed.name).await;
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
