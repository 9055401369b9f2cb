//! Signing in: authorization code with PKCE (S256) in the system browser and a loopback redirect
//! on an ephemeral port (RFC 8252), or Microsoft's device-code grant where there is no browser.

use std::time::{Duration, Instant};

use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, DeviceAuthorizationUrl,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError, Scope,
    StandardErrorResponse, TokenResponse, TokenUrl,
};
use tokio::net::TcpListener;

use super::{Client, OAuthError, Provider, loopback};

/// How long Outpost waits for the browser to come back.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(300);

/// What a successful sign-in or refresh gives.
#[derive(Clone)]
pub struct Tokens {
    pub access_token: String,
    pub expires_in: Option<Duration>,
    pub refresh_token: Option<String>,
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
    e: RequestTokenError<RE, StandardErrorResponse<T>>,
) -> OAuthError {
    match e {
        RequestTokenError::ServerResponse(r) => {
            let code = serde_json::to_value(r.error())
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let description = r.error_description().cloned().unwrap_or_default();
            from_error_code(&code, &description)
        }
        RequestTokenError::Request(_) => OAuthError::Unreachable {
            host: host_of(&client.token_url),
        },
        other => OAuthError::Failed(other.to_string()),
    }
}

/// An OAuth2 `error` (and its description) in the words of [`OAuthError`].
pub fn from_error_code(code: &str, description: &str) -> OAuthError {
    let admin = [
        "AADSTS65001",
        "AADSTS90094",
        "AADSTS90095",
        "admin_policy_enforced",
    ];
    if code == "admin_policy_enforced" || admin.iter().any(|a| description.contains(a)) {
        return OAuthError::BlockedByAdmin;
    }
    match code {
        "invalid_grant" => OAuthError::Expired,
        "access_denied" | "consent_required" | "interaction_required" | "expired_token" => {
            OAuthError::Cancelled
        }
        other => OAuthError::Failed(other.to_owned()),
    }
}

fn tokens(r: &oauth2::basic::BasicTokenResponse) -> Tokens {
    Tokens {
        access_token: r.access_token().secret().clone(),
        expires_in: r.expires_in(),
        refresh_token: r.refresh_token().map(|t| t.secret().clone()),
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
        .map_err(|e| token_error(client, e))?;
    Ok(tokens(&r))
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

/// Opens the system browser at the sign-in address.
pub fn open_browser(url: &str) -> bool {
    open::that_detached(url).is_ok()
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
            .map_err(|e| token_error(&self.client, e))?;
        Ok(tokens(&r))
    }
}

/// What the user must do for the device-code grant.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub verification_uri: String,
    pub user_code: String,
}

/// Microsoft's device-code grant: `show` is told the address and code, then this waits until the
/// user has signed in on another device (or the code expires).
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
        .map_err(|e| token_error(client, e))?;
    show(&DeviceCode {
        verification_uri: details.verification_uri().to_string(),
        user_code: details.user_code().secret().clone(),
    });
    let r = c
        .exchange_device_access_token(&details)
        .request_async(&http, tokio::time::sleep, Some(SIGN_IN_TIMEOUT))
        .await
        .map_err(|e| token_error(client, e))?;
    Ok(tokens(&r))
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
    fn error_codes_have_plain_names() {
        assert_eq!(from_error_code("invalid_grant", ""), OAuthError::Expired);
        assert_eq!(from_error_code("access_denied", ""), OAuthError::Cancelled);
        assert_eq!(
            from_error_code(
                "access_denied",
                "AADSTS65001: The user or administrator has not consented"
            ),
            OAuthError::BlockedByAdmin
        );
        assert_eq!(
            from_error_code("admin_policy_enforced", ""),
            OAuthError::BlockedByAdmin
        );
    }
}
