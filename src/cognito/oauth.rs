//! Managed login's OAuth 2.0 endpoints on the user pool domain (../shared/docs/cognito-protocol.md
//! §7, next-wave.md §2): the authorize and logout URLs a browser opens, PKCE, and the requests
//! of `/oauth2/token`, `/oauth2/userInfo` and `/oauth2/revoke`. Their answers are read in
//! oauth_answer.rs, and the HTTP is in oauth_client.rs.

use base64::Engine as _;
use secrecy::{ExposeSecret, SecretString};

use super::endpoint::Endpoint;
use super::secrets::{AuthorizationCode, ClientSecret, CodeVerifier, RefreshToken};
use super::vocabulary::ClientId;
use reqwest::Url;

const BASE64URL: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// A PKCE pair (RFC 7636): the verifier stays here, the challenge goes in the authorize URL.
/// Always S256, the only method Cognito takes (cognito-protocol.md §7), whether or not a
/// discovery document lists it (next-wave.md §2, "PKCE").
#[derive(Debug)]
pub struct Pkce {
    pub verifier: CodeVerifier,
    pub challenge: String,
}

impl Pkce {
    /// 32 random bytes as base64url: 43 characters, within RFC 7636 §4.1's 43–128.
    pub fn new() -> Self {
        Self::from_verifier(CodeVerifier::new(random_base64url(32)))
    }

    /// The pair for a given verifier (RFC 7636 Appendix B checks this).
    pub fn from_verifier(verifier: CodeVerifier) -> Self {
        let digest =
            ring::digest::digest(&ring::digest::SHA256, verifier.expose_secret().as_bytes());
        Self {
            challenge: BASE64URL.encode(digest.as_ref()),
            verifier,
        }
    }
}

impl Default for Pkce {
    fn default() -> Self {
        Self::new()
    }
}

/// 32 random bytes as base64url, for `state` and `nonce`: unguessable, and nothing in it
/// needs escaping (Cognito asks that `state` not be URL-encoded JSON).
pub fn random_state() -> String {
    random_base64url(32)
}

/// `bytes` from the system's random source. Should it ever fail (ring says it does not on the
/// platforms we build for), the bytes come from std's per-process random hash keys mixed with
/// the time, hashed: still unpredictable to a page in the browser, and never a panic.
fn random_base64url(bytes: usize) -> String {
    use ring::rand::SecureRandom;
    let mut buffer = vec![0u8; bytes];
    if ring::rand::SystemRandom::new().fill(&mut buffer).is_err() {
        use std::hash::{BuildHasher, Hasher};
        let mut seed = Vec::new();
        for _ in 0..4 {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            );
            seed.extend_from_slice(&hasher.finish().to_le_bytes());
        }
        let digest = ring::digest::digest(&ring::digest::SHA256, &seed);
        buffer = digest
            .as_ref()
            .iter()
            .copied()
            .cycle()
            .take(bytes)
            .collect();
    }
    BASE64URL.encode(&buffer)
}

/// What the browser is sent to: `GET /oauth2/authorize` (cognito-protocol.md §7).
#[derive(Debug, Clone)]
pub struct AuthorizeRequest<'a> {
    pub domain: &'a Endpoint,
    pub client_id: &'a ClientId,
    pub redirect_uri: &'a str,
    pub scopes: &'a [String],
    pub state: &'a str,
    pub nonce: &'a str,
    pub code_challenge: &'a str,
    /// `Google`, `COGNITO`, a SAML or OIDC provider's name: skips Cognito's own page.
    pub identity_provider: Option<&'a str>,
    pub lang: Option<&'a str>,
}

impl AuthorizeRequest<'_> {
    pub fn url(&self) -> Url {
        let scope = self.scopes.join(" ");
        let mut pairs = vec![
            ("response_type", "code"),
            ("client_id", self.client_id.as_str()),
            ("redirect_uri", self.redirect_uri),
            ("scope", scope.as_str()),
            ("state", self.state),
            ("nonce", self.nonce),
            ("code_challenge_method", "S256"),
            ("code_challenge", self.code_challenge),
        ];
        let optional = [
            ("identity_provider", self.identity_provider),
            ("lang", self.lang),
        ];
        for (name, value) in optional {
            if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
                pairs.push((name, value));
            }
        }
        on_domain(self.domain, "/oauth2/authorize", &pairs)
    }
}

/// `GET /logout` with `client_id` and `logout_uri` (one of the app client's sign-out URLs).
pub fn logout_url(domain: &Endpoint, client_id: &ClientId, logout_uri: &str) -> Url {
    on_domain(
        domain,
        "/logout",
        &[
            ("client_id", client_id.as_str()),
            ("logout_uri", logout_uri),
        ],
    )
}

/// `path` on the domain's root, with `pairs` as its query.
pub(super) fn on_domain(domain: &Endpoint, path: &str, pairs: &[(&str, &str)]) -> Url {
    let mut url = domain.url().clone();
    url.set_path(path);
    url.set_fragment(None);
    url.set_query((!pairs.is_empty()).then(|| form(pairs)).as_deref());
    url
}

/// `application/x-www-form-urlencoded`, with a space as `%20` rather than `+` (both mean a
/// space in a form; `%20` also means one in a URL's query, whoever reads it).
pub(super) fn form(pairs: &[(&str, &str)]) -> String {
    let fields: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
        .collect();
    fields.join("&")
}

/// RFC 3986 percent-encoding of everything but unreserved characters: safe in a query, a
/// form and an `otpauth://` URI alike.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// How a token is asked for at `/oauth2/token`.
#[derive(Debug, Clone)]
pub enum Grant {
    /// The code from the callback, with the same redirect URI and the PKCE verifier.
    AuthorizationCode {
        code: AuthorizationCode,
        redirect_uri: String,
        verifier: CodeVerifier,
    },
    RefreshToken(RefreshToken),
    /// Machine-to-machine: custom `resource-server/scope` names; needs a client secret.
    ClientCredentials {
        scopes: Vec<String>,
    },
}

/// `POST /oauth2/token`.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub client_id: ClientId,
    pub client_secret: Option<ClientSecret>,
    pub grant: Grant,
}

impl TokenRequest {
    /// The form fields, secrets and all. `client_id` is always in the body: cognito-local
    /// requires it, and a public client has no other way to name itself (next-wave.md §2).
    pub fn fields(&self) -> Vec<(&'static str, SecretString)> {
        let plain = |value: &str| SecretString::from(value.to_owned());
        let mut fields = Vec::new();
        let grant_type = match &self.grant {
            Grant::AuthorizationCode { .. } => "authorization_code",
            Grant::RefreshToken(_) => "refresh_token",
            Grant::ClientCredentials { .. } => "client_credentials",
        };
        fields.push(("grant_type", plain(grant_type)));
        fields.push(("client_id", plain(self.client_id.as_str())));
        match &self.grant {
            Grant::AuthorizationCode {
                code,
                redirect_uri,
                verifier,
            } => {
                fields.push(("code", code.as_secret().clone()));
                fields.push(("redirect_uri", plain(redirect_uri)));
                fields.push(("code_verifier", verifier.as_secret().clone()));
            }
            Grant::RefreshToken(token) => {
                fields.push(("refresh_token", token.as_secret().clone()));
            }
            Grant::ClientCredentials { scopes } => {
                let scope = scopes.join(" ");
                if !scope.trim().is_empty() {
                    fields.push(("scope", plain(&scope)));
                }
            }
        }
        fields
    }

    /// Whether this request spends a single-use authorization code: never sent twice.
    pub fn spends_a_code(&self) -> bool {
        matches!(self.grant, Grant::AuthorizationCode { .. })
    }
}

/// `GET /oauth2/userInfo` with the access token from the token endpoint (an InitiateAuth one
/// lacks the `openid` scope and is refused, cognito-protocol.md §7).
#[derive(Debug, Clone)]
pub struct UserInfoRequest {
    pub access_token: SecretString,
}

/// `POST /oauth2/revoke`: ends a refresh token and what was issued from it.
#[derive(Debug, Clone)]
pub struct OAuthRevokeRequest {
    pub client_id: ClientId,
    pub client_secret: Option<ClientSecret>,
    pub token: RefreshToken,
}

impl OAuthRevokeRequest {
    pub fn fields(&self) -> Vec<(&'static str, SecretString)> {
        vec![
            ("token", self.token.as_secret().clone()),
            (
                "client_id",
                SecretString::from(self.client_id.as_str().to_owned()),
            ),
        ]
    }
}

/// `Authorization: Basic base64(id:secret)`, only for a secret that is not blank: a public
/// client sending `Basic base64(id:)` gets `invalid_client` from Cognito (next-wave.md §2,
/// postmanlabs/postman-app-support#10166).
pub fn basic_authorization(
    client_id: &ClientId,
    secret: Option<&ClientSecret>,
) -> Option<SecretString> {
    let secret = secret.filter(|s| !s.is_blank())?;
    let pair = format!("{}:{}", client_id.as_str(), secret.expose_secret());
    Some(SecretString::from(format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    )))
}

#[cfg(test)]
#[path = "oauth_tests.rs"]
mod tests;
