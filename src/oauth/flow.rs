//! Signing in: authorization code with PKCE (S256) in the system browser and a loopback redirect
//! on an ephemeral port (RFC 8252), or Microsoft's device-code grant where there is no browser.

use std::time::{Duration, Instant};

use futures::TryFutureExt;
use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, DeviceAuthorizationUrl,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError, Scope,
    StandardErrorResponse, TokenResponse, TokenUrl,
};
use tokio::net::TcpListener;

use super::errors::{During, from_error_code};
use super::{Client, OAuthError, Provider, loopback};

/// How long Outpost waits for the browser to come back.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(300);

/// What a successful sign-in or refresh gives.
#[derive(Clone)]
pub struct Tokens {
    pub access_token: String,
    pub expires_in: Option<Duration>,
    pub refresh_token: Option<String>,
    /// The registration and the token endpoint that issued them: a refresh token is only ever
    /// sent back to the endpoint it came from, for the client it was issued to.
    pub issuer: Issuer,
}

/// Which registration (client ID) and which token endpoint issued a token.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Issuer {
    pub client_id: String,
    pub token_url: String,
}

impl Issuer {
    pub fn of(client: &Client) -> Issuer {
        Issuer {
            client_id: client.client_id.clone(),
            token_url: client.token_url.clone(),
        }
    }
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// The HTTP client for the token endpoint: our reqwest with rustls, and no redirects followed
/// (a redirect from a token endpoint could leak the code to somewhere else).
fn http() -> Result<reqwest::Client, OAuthError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| OAuthError::Failed(e.to_string()))
}

type Configured = oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

fn configured(client: &Client) -> Result<Configured, OAuthError> {
    client.check_endpoints()?;
    let bad = |e: oauth2::url::ParseError| OAuthError::Failed(e.to_string());
    let mut c = BasicClient::new(ClientId::new(client.client_id.clone()))
        .set_auth_uri(AuthUrl::new(client.auth_url.clone()).map_err(bad)?)
        .set_token_uri(TokenUrl::new(client.token_url.clone()).map_err(bad)?);
    if let Some(secret) = &client.client_secret {
        c = c.set_client_secret(ClientSecret::new(secret.clone()));
    }
    Ok(c)
}

fn scopes(provider: Provider) -> Vec<Scope> {
    provider
        .scopes()
        .iter()
        .map(|s| Scope::new((*s).to_owned()))
        .collect()
}

fn host_of(url: &str) -> String {
    reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Names an error from the token endpoint.
fn token_error<
    RE: std::error::Error + 'static,
    T: oauth2::ErrorResponseType + std::fmt::Display,
>(
    client: &Client,
    during: During,
    e: RequestTokenError<RE, StandardErrorResponse<T>>,
) -> OAuthError {
    match e {
        RequestTokenError::ServerResponse(r) => {
            let code = serde_json::to_value(r.error())
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let description = r.error_description().cloned().unwrap_or_default();
            from_error_code(&code, &description, during)
        }
        RequestTokenError::Request(_) => OAuthError::Unreachable {
            host: host_of(&client.token_url),
        },
        other => OAuthError::Failed(other.to_string()),
    }
}

fn tokens(client: &Client, r: &oauth2::basic::BasicTokenResponse) -> Tokens {
    Tokens {
        access_token: r.access_token().secret().clone(),
        expires_in: r.expires_in(),
        refresh_token: r.refresh_token().map(|t| t.secret().clone()),
        issuer: Issuer::of(client),
    }
}

/// A fresh access token from a refresh token, with the original scopes.
pub async fn refresh(client: &Client, refresh_token: &str) -> Result<Tokens, OAuthError> {
    let c = configured(client)?;
    let token = RefreshToken::new(refresh_token.to_owned());
    let r = c
        .exchange_refresh_token(&token)
        .add_scopes(scopes(client.provider))
        .request_async(&http()?)
        .await
        .map_err(|e| token_error(client, During::Refresh, e))?;
    Ok(tokens(client, &r))
}

/// A browser sign-in that has started: the address to open, and the loopback listeners waiting
/// for the browser to come back.
pub struct Pending {
    pub url: String,
    client: Client,
    listeners: Vec<TcpListener>,
    state: CsrfToken,
    verifier: PkceCodeVerifier,
    redirect: String,
}

/// Prepares a browser sign-in: listens on an ephemeral loopback port and builds the address.
/// `login_hint` is the address the user typed; `again` (signing in again) lets the user pick the
/// account again at Microsoft, in case the last sign-in was with the wrong one. Google only sends a
/// refresh token when it shows its consent screen, and Outpost cannot know whether this Google
/// account consented before (another computer, an account removed and added again): it always
/// asks for consent.
pub async fn start(
    client: &Client,
    login_hint: Option<&str>,
    again: bool,
) -> Result<Pending, OAuthError> {
    let (listeners, port) = loopback::listen(client.provider == Provider::Microsoft).await?;
    let redirect = match client.provider {
        Provider::Google => format!("http://127.0.0.1:{port}"),
        Provider::Microsoft => format!("http://localhost:{port}"),
    };
    let c = configured(client)?.set_redirect_uri(
        RedirectUrl::new(redirect.clone()).map_err(|e| OAuthError::Failed(e.to_string()))?,
    );
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = c
        .authorize_url(CsrfToken::new_random)
        .add_scopes(scopes(client.provider))
        .set_pkce_challenge(challenge);
    if let Some(hint) = login_hint.filter(|h| !h.trim().is_empty()) {
        request = request.add_extra_param("login_hint", hint.trim().to_owned());
    }
    match client.provider {
        Provider::Google => {
            request = request
                .add_extra_param("access_type", "offline")
                .add_extra_param("prompt", "consent");
        }
        Provider::Microsoft if again => {
            request = request.add_extra_param("prompt", "select_account");
        }
        Provider::Microsoft => {}
    }
    let (url, state) = request.url();
    Ok(Pending {
        url: url.to_string(),
        client: client.clone(),
        listeners,
        state,
        verifier,
        redirect,
    })
}

/// Opens the system browser at the sign-in address; never anything but an `https` (or loopback
/// `http`) address, whatever the configuration says.
pub fn open_browser(url: &str) -> bool {
    super::endpoint_allowed(url) && open::that_detached(url).is_ok()
}

impl Pending {
    /// Waits for the browser (at most `timeout`), then exchanges the code for tokens. Dropping the
    /// future cancels the sign-in and closes the listeners.
    pub async fn finish(self, timeout: Duration) -> Result<Tokens, OAuthError> {
        let deadline = Instant::now() + timeout;
        let code = loopback::wait_for_code(&self.listeners, self.state.secret(), deadline).await?;
        drop(self.listeners);
        let c = configured(&self.client)?.set_redirect_uri(
            RedirectUrl::new(self.redirect).map_err(|e| OAuthError::Failed(e.to_string()))?,
        );
        let r = c
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(self.verifier)
            .request_async(&http()?)
            .await
            .map_err(|e| token_error(&self.client, During::SignIn, e))?;
        Ok(tokens(&self.client, &r))
    }
}

/// What the user must do for the device-code grant.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub verification_uri: String,
    pub user_code: String,
}

/// The longest Outpost waits for a device code, whatever the provider says (Microsoft's live
/// 15 minutes).
pub const DEVICE_CODE_MAX_WAIT: Duration = Duration::from_secs(30 * 60);

/// How long to wait for the user with a device code: as long as the provider says it lives
/// (`expires_in`), within [`DEVICE_CODE_MAX_WAIT`].
pub fn device_code_wait(expires_in: Duration) -> Duration {
    expires_in.min(DEVICE_CODE_MAX_WAIT)
}

/// Microsoft's device-code grant: `show` is told the address and code, then this waits until the
/// user has signed in on another device, or until the code expires (its `expires_in`).
pub async fn device_code(
    client: &Client,
    show: impl FnOnce(&DeviceCode),
) -> Result<Tokens, OAuthError> {
    if !client.provider.has_device_code() {
        return Err(OAuthError::DeviceCodeUnavailable(client.provider));
    }
    let bad = |e: oauth2::url::ParseError| OAuthError::Failed(e.to_string());
    let c = configured(client)?.set_device_authorization_url(
        DeviceAuthorizationUrl::new(client.device_url()).map_err(bad)?,
    );
    let http = http()?;
    let details: oauth2::StandardDeviceAuthorizationResponse = c
        .exchange_device_code()
        .add_scopes(scopes(client.provider))
        .request_async(&http)
        .await
        .map_err(|e| token_error(client, During::SignIn, e))?;
    show(&DeviceCode {
        verification_uri: details.verification_uri().to_string(),
        user_code: details.user_code().secret().clone(),
    });
    let wait = device_code_wait(details.expires_in());
    // The library stops polling once `wait` has passed; the outer deadline also bounds a poll
    // interval the provider stretched (slow_down) beyond it, and the last request.
    let polling = c
        .exchange_device_access_token(&details)
        .request_async(&http, tokio::time::sleep, Some(wait))
        .map_err(|e| token_error(client, During::SignIn, e));
    let r = tokio::time::timeout(wait + Duration::from_secs(35), polling)
        .await
        .map_err(|_| OAuthError::Cancelled)??;
    Ok(tokens(client, &r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    fn client(provider: Provider) -> Client {
        Client {
            provider,
            client_id: "id".into(),
            client_secret: None,
            auth_url: "http://127.0.0.1:9/authorize".into(),
            token_url: "http://127.0.0.1:9/token".into(),
        }
    }

    async fn ask(port: u16, request: &[u8]) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let _ = s.write_all(request).await;
        let mut reply = String::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_string(&mut reply)).await;
        reply
    }

    #[tokio::test]
    async fn the_loopback_listener_checks_state_and_reads_only_a_bounded_line() {
        let pending = start(&client(Provider::Microsoft), Some("ada@outlook.com"), false)
            .await
            .unwrap();
        let url = reqwest::Url::parse(&pending.url).unwrap();
        let param = |k: &str| {
            url.query_pairs()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.into_owned())
                .unwrap()
        };
        let redirect = reqwest::Url::parse(&param("redirect_uri")).unwrap();
        assert_eq!(redirect.host_str(), Some("localhost"));
        assert_eq!(param("code_challenge_method"), "S256");
        let port = redirect.port().unwrap();
        let state = param("state");
        let waiting = tokio::spawn(pending.finish(Duration::from_secs(20)));

        // Another path, a forged state and an endless first line are answered and ignored.
        let favicon = ask(port, b"GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n").await;
        assert!(favicon.starts_with("HTTP/1.1 404"), "{favicon}");
        let forged = ask(port, b"GET /?code=stolen&state=forged HTTP/1.1\r\n\r\n").await;
        assert!(forged.starts_with("HTTP/1.1 400"), "{forged}");
        let long = vec![b'A'; 3 * loopback::MAX_REQUEST_LINE];
        let _ = ask(port, &long).await;
        assert!(!waiting.is_finished(), "still waiting for the real answer");

        // The user said no.
        let denied = format!("GET /?error=access_denied&state={state} HTTP/1.1\r\n\r\n");
        let page = ask(port, denied.as_bytes()).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        assert_eq!(waiting.await.unwrap().unwrap_err(), OAuthError::Cancelled);
    }

    #[tokio::test]
    async fn idle_connections_are_served_beside_the_real_answer() {
        let pending = start(&client(Provider::Google), None, false).await.unwrap();
        let url = reqwest::Url::parse(&pending.url).unwrap();
        let (redirect, state) = {
            let param = |k: &str| {
                url.query_pairs()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.into_owned())
                    .unwrap()
            };
            (param("redirect_uri"), param("state"))
        };
        let port = reqwest::Url::parse(&redirect).unwrap().port().unwrap();
        let waiting = tokio::spawn(pending.finish(Duration::from_secs(30)));
        // Idle connections (a browser's pre-connections), and one that stops half-way.
        let mut idle = Vec::new();
        for _ in 0..8 {
            idle.push(TcpStream::connect(("127.0.0.1", port)).await.unwrap());
        }
        let mut half = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        half.write_all(b"GET /?code=stolen&st").await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!waiting.is_finished());
        // Served while the others still sit there (one at a time, it would wait 10 s for each).
        let started = Instant::now();
        let ok = format!("GET /?code=the-code&state={state} HTTP/1.1\r\n\r\n");
        let page = ask(port, ok.as_bytes()).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
        // The code is exchanged next (the endpoint does not exist here): the wait has ended.
        let result = tokio::time::timeout(Duration::from_secs(20), waiting)
            .await
            .expect("the wait ended with the first valid answer")
            .unwrap();
        assert!(
            matches!(result, Err(OAuthError::Unreachable { .. })),
            "{result:?}"
        );
        drop((idle, half));
    }

    #[tokio::test]
    async fn nobody_coming_back_is_a_cancelled_sign_in() {
        let pending = start(&client(Provider::Google), None, false).await.unwrap();
        assert!(
            pending
                .url
                .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A")
        );
        assert!(pending.url.contains("prompt=consent"));
        let r = pending.finish(Duration::from_millis(200)).await;
        assert_eq!(r.unwrap_err(), OAuthError::Cancelled);
    }

    #[test]
    fn error_codes_are_named_by_what_they_mean() {
        use During::{Refresh, SignIn};
        let plain_65001 = "AADSTS65001: The user or administrator has not consented to use the \
                           application with ID 'x' named 'Outpost'. Send an interactive \
                           authorization request for this user and resource.";
        let cases: &[(&str, &str, During, OAuthError)] = &[
            ("invalid_grant", "", Refresh, OAuthError::Expired),
            (
                "invalid_grant",
                "Token has been expired or revoked.",
                Refresh,
                OAuthError::Expired,
            ),
            ("access_denied", "", SignIn, OAuthError::Cancelled),
            (
                "access_denied",
                "AADSTS65004: User declined to consent",
                SignIn,
                OAuthError::Cancelled,
            ),
            ("expired_token", "", SignIn, OAuthError::Cancelled),
            // Consent and interaction on a refresh: the user must sign in again.
            ("consent_required", "", Refresh, OAuthError::ConsentRequired),
            (
                "invalid_grant",
                plain_65001,
                Refresh,
                OAuthError::ConsentRequired,
            ),
            (
                "interaction_required",
                "AADSTS50076: multi-factor",
                Refresh,
                OAuthError::InteractionRequired,
            ),
            (
                "invalid_grant",
                "AADSTS50079: enroll in MFA",
                Refresh,
                OAuthError::InteractionRequired,
            ),
            (
                "login_required",
                "",
                Refresh,
                OAuthError::InteractionRequired,
            ),
            // In the browser the same words mean the user did not allow Outpost.
            ("consent_required", "", SignIn, OAuthError::Cancelled),
            ("access_denied", plain_65001, SignIn, OAuthError::Cancelled),
            // An administrator's consent or policy.
            (
                "access_denied",
                "AADSTS90094: The grant requires admin permission.",
                SignIn,
                OAuthError::BlockedByAdmin,
            ),
            (
                "invalid_grant",
                "AADSTS90094: The grant requires admin permission.",
                Refresh,
                OAuthError::BlockedByAdmin,
            ),
            (
                "access_denied",
                "AADSTS90095: Admin consent is required",
                SignIn,
                OAuthError::BlockedByAdmin,
            ),
            (
                "access_denied",
                "AADSTS65001: Need admin approval: only an admin can grant this",
                SignIn,
                OAuthError::BlockedByAdmin,
            ),
            (
                "consent_required",
                "Admin consent is required for the permissions",
                Refresh,
                OAuthError::BlockedByAdmin,
            ),
            (
                "invalid_grant",
                "AADSTS53003: Access has been blocked by Conditional Access policies.",
                Refresh,
                OAuthError::BlockedByAdmin,
            ),
            (
                "admin_policy_enforced",
                "",
                SignIn,
                OAuthError::BlockedByAdmin,
            ),
            (
                "admin_policy_enforced",
                "",
                Refresh,
                OAuthError::BlockedByAdmin,
            ),
            // A longer code that merely starts like a known one is not it.
            (
                "invalid_grant",
                "AADSTS900940: something else",
                Refresh,
                OAuthError::Expired,
            ),
        ];
        for (code, description, during, want) in cases {
            assert_eq!(
                &from_error_code(code, description, *during),
                want,
                "{code} {description:?} during {during:?}"
            );
        }
        for e in [
            OAuthError::ConsentRequired,
            OAuthError::InteractionRequired,
            OAuthError::RegistrationChanged,
        ] {
            assert_eq!(e.code(), "sign_in_expired");
            assert!(e.detail().is_some_and(|d| !d.is_empty()));
        }
    }

    #[test]
    fn only_https_or_loopback_endpoints_are_used() {
        for ok in [
            "https://login.microsoftonline.com/common/oauth2/v2.0/token",
            "http://127.0.0.1:8080/token",
            "http://127.5.0.1/token",
            "http://localhost:1234/authorize",
            "http://[::1]:99/token",
        ] {
            assert!(crate::oauth::endpoint_allowed(ok), "{ok}");
        }
        for bad in [
            "http://login.example.com/token",
            "http://192.168.1.10/token",
            "http://localhost.example.com/token",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://127.0.0.1/x",
            "not a url",
            "",
        ] {
            assert!(!crate::oauth::endpoint_allowed(bad), "{bad}");
        }
        let mut c = client(Provider::Microsoft);
        c.token_url = "http://idp.example.com/token".into();
        assert!(matches!(
            c.check_endpoints(),
            Err(OAuthError::InsecureEndpoint { ref url, .. }) if url == "http://idp.example.com/token"
        ));
        assert!(!open_browser("file:///etc/passwd"));
    }

    #[test]
    fn a_device_code_is_waited_for_as_long_as_it_lives() {
        assert_eq!(
            device_code_wait(Duration::from_secs(900)),
            Duration::from_secs(900),
            "Microsoft's 15 minutes, not five"
        );
        assert_eq!(
            device_code_wait(Duration::from_secs(2)),
            Duration::from_secs(2)
        );
        assert_eq!(
            device_code_wait(Duration::from_secs(86_400)),
            DEVICE_CODE_MAX_WAIT
        );
    }
}
