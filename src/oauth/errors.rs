//! What the provider's error codes mean, in the words of [`OAuthError`]: the same code means
//! different things in the browser and on a refresh.

use super::OAuthError;

/// What Outpost was doing when the provider said no: the user was at the provider's page (a
/// browser sign-in or a device code), or a saved sign-in was being used without the user (a
/// refresh). The same error means different things: `consent_required` in the browser is the
/// user not allowing Outpost; on a refresh it is a sign-in the user must make again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum During {
    SignIn,
    Refresh,
}

/// Microsoft codes (AADSTS…, in `error_description`) that always mean the organisation must act:
/// 90093/90094 the permissions need an administrator's consent, 90095 an admin-consent request is
/// required, 900941 admin consent required (the app is considered risky), 50105 the user is not
/// assigned to the app, 53003 blocked by a Conditional Access policy.
const ADMIN_CODES: [&str; 6] = [
    "AADSTS90093",
    "AADSTS90094",
    "AADSTS90095",
    "AADSTS900941",
    "AADSTS50105",
    "AADSTS53003",
];

/// Microsoft codes that mean the user must sign in on Microsoft's page again: 50076/50079 a
/// second factor is (newly) required, 50158 an external security challenge.
const INTERACTION_CODES: [&str; 3] = ["AADSTS50076", "AADSTS50079", "AADSTS50158"];

/// Whether a description says an administrator (not the user) has to consent or approve. The
/// plain AADSTS65001 text, "The user or administrator has not consented", does not: the user
/// can consent by signing in.
fn says_admin_required(description: &str) -> bool {
    let d = description.to_ascii_lowercase();
    [
        "admin consent",
        "administrator consent",
        "admin approval",
        "administrator approval",
        "admin permission",
        "administrator permission",
        "only an admin",
        "only an administrator",
    ]
    .iter()
    .any(|w| d.contains(w))
}

/// An OAuth2 `error` (and its description) in the words of [`OAuthError`], by what it means
/// (Microsoft's documented AADSTS codes, Google's `admin_policy_enforced`).
pub fn from_error_code(code: &str, description: &str, during: During) -> OAuthError {
    let has = |list: &[&str]| {
        list.iter().any(|c| {
            description
                .match_indices(c)
                .any(|(i, _)| !description[i + c.len()..].starts_with(|d: char| d.is_ascii_digit()))
        })
    };
    let consent_missing = has(&["AADSTS65001"]);
    if code == "admin_policy_enforced"
        || has(&ADMIN_CODES)
        || (consent_missing || code == "consent_required") && says_admin_required(description)
    {
        return OAuthError::BlockedByAdmin;
    }
    if has(&["AADSTS65004"]) {
        // The user declined the consent screen.
        return OAuthError::Cancelled;
    }
    match during {
        During::SignIn => match code {
            "access_denied"
            | "consent_required"
            | "interaction_required"
            | "login_required"
            | "expired_token"
            | "authorization_declined" => OAuthError::Cancelled,
            _ if consent_missing => OAuthError::Cancelled,
            other => OAuthError::Failed(other.to_owned()),
        },
        During::Refresh => match code {
            "consent_required" => OAuthError::ConsentRequired,
            _ if consent_missing => OAuthError::ConsentRequired,
            "interaction_required" | "login_required" => OAuthError::InteractionRequired,
            _ if has(&INTERACTION_CODES) => OAuthError::InteractionRequired,
            "invalid_grant" => OAuthError::Expired,
            other => OAuthError::Failed(other.to_owned()),
        },
    }
}
