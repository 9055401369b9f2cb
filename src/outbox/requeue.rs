//! After a successful sign-in, the messages of that account held for a sign-in problem go back in
//! line. One function, for `accounts signin`/`add --oauth2` and for the window alike.

use std::time::SystemTime;

use super::{Meta, Outbox, State, StorageError};
use crate::account::{Account, AuthMethod};
use crate::problem::ProblemKind;

/// Whether a new sign-in can cure a message held with `kind`: every sign-in problem, and a
/// refused token (`auth_failed`) when the account signs in with OAuth2.
pub fn cured_by_sign_in(kind: ProblemKind, oauth2: bool) -> bool {
    match kind {
        ProblemKind::SignInExpired
        | ProblemKind::SignInCancelled
        | ProblemKind::SignInBlockedByAdmin
        | ProblemKind::WrongAccountSignedIn
        | ProblemKind::OauthNotConfigured => true,
        ProblemKind::AuthFailed => oauth2,
        _ => false,
    }
}

/// Whether `meta` is a message of `account` held for a problem a new sign-in cures.
pub fn held_for_sign_in(meta: &Meta, account: &Account) -> bool {
    meta.account == account.name
        && meta.state == State::Held
        && meta
            .last_problem
            .as_ref()
            .is_some_and(|p| cured_by_sign_in(p.kind, account.server.auth == AuthMethod::OAuth2))
}

/// Puts every message of `account` held for a sign-in problem back in line for an attempt now, and
/// returns their ids. Messages held for anything else (and any never to be sent again by itself)
/// stay as they are.
pub fn requeue_after_sign_in(
    outbox: &Outbox,
    account: &Account,
    now: SystemTime,
) -> Result<Vec<String>, StorageError> {
    let (messages, _damaged) = outbox.list()?;
    let mut ids = Vec::new();
    for meta in messages.iter().filter(|m| held_for_sign_in(m, account)) {
        if outbox.retry_now(&meta.id, now)?.is_some() {
            ids.push(meta.id.clone());
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::{Problem, Step};
    use std::time::Duration;

    fn account(name: &str, auth: AuthMethod) -> Account {
        Account {
            name: name.into(),
            email: "ada@outlook.com".into(),
            server: crate::account::ServerSettings {
                host: "smtp-mail.outlook.com".into(),
                auth,
                username: "ada@outlook.com".into(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn held(o: &Outbox, account: &str, kind: ProblemKind, now: SystemTime) -> String {
        let mut m = o
            .enqueue(
                account,
                "ada@outlook.com",
                &["bob@example.org".into()],
                "<1@x.org>",
                "Hi",
                b"Subject: Hi\r\n\r\nbody\r\n",
                now,
            )
            .unwrap();
        let policy = crate::outbox::RetryPolicy::default();
        o.failed(&mut m, &Problem::new(kind, Step::Auth), &policy, now)
            .unwrap();
        assert_eq!(o.get(&m.id).unwrap().state, State::Held, "{kind:?}");
        m.id
    }

    #[test]
    fn every_sign_in_hold_of_the_account_goes_back_in_line_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let o = Outbox::open(dir.path()).unwrap();
        let then = SystemTime::now() - Duration::from_secs(3600);
        let now = SystemTime::now();
        let ms = account("ms", AuthMethod::OAuth2);
        let cured: Vec<String> = [
            ProblemKind::SignInExpired,
            ProblemKind::SignInCancelled,
            ProblemKind::SignInBlockedByAdmin,
            ProblemKind::WrongAccountSignedIn,
            ProblemKind::OauthNotConfigured,
            ProblemKind::AuthFailed,
        ]
        .into_iter()
        .map(|k| held(&o, "ms", k, then))
        .collect();
        let kept = [
            held(&o, "ms", ProblemKind::RecipientRejected, then),
            held(&o, "ms", ProblemKind::OutcomeUnknown, then),
            held(&o, "ms", ProblemKind::AuthDisabledByProvider, then),
            held(&o, "other", ProblemKind::SignInExpired, then),
        ];
        let mut ids = requeue_after_sign_in(&o, &ms, now).unwrap();
        ids.sort();
        let mut want = cured.clone();
        want.sort();
        assert_eq!(ids, want);
        for id in &cured {
            let m = o.get(id).unwrap();
            assert_eq!(m.state, State::Queued);
            assert_eq!(m.next_attempt, crate::outbox::unix(now));
        }
        for id in &kept {
            assert_eq!(o.get(id).unwrap().state, State::Held, "{id} stays held");
        }

        // A password account's auth_failed is a wrong password: a sign-in elsewhere cures nothing.
        let pw = account("pw", AuthMethod::Password);
        let wrong_password = held(&o, "pw", ProblemKind::AuthFailed, then);
        assert!(requeue_after_sign_in(&o, &pw, now).unwrap().is_empty());
        assert_eq!(o.get(&wrong_password).unwrap().state, State::Held);
    }
}
