//! Checks a Cognito JWT as AWS documents it (cognito-protocol.md §6): an RS256 signature by a
//! key from the issuer's JWKS, then `iss`, `token_use`, `aud`/`client_id` and `exp`. Pure:
//! the JWKS and the time come in; fetching is the caller's job.

use std::collections::HashSet;
use std::time::SystemTime;

use crate::cognito::Url;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};

use crate::cognito::Endpoint;
use crate::cognito::endpoint::{cognito_region, pool_region};
use crate::messages::Message;

use super::jwt::Jwt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid(Message),
    /// Could not be checked, and why (no keys reachable, no pool ID to find them, …).
    Unchecked(Message),
}

impl Verdict {
    pub fn status(&self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Invalid(_) => "invalid",
            Self::Unchecked(_) => "unchecked",
        }
    }

    /// Why, in English (the command line's JSON, which scripts read).
    pub fn reason(&self) -> String {
        self.message().english()
    }

    /// Why, for the window to put into words.
    pub fn message(&self) -> Message {
        match self {
            Self::Valid => Message::new("token-verdict-valid"),
            Self::Invalid(reason) | Self::Unchecked(reason) => reason.clone(),
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({"status": self.status(), "reason": self.reason()})
    }
}

/// Where the issuer's keys are and which issuers a token may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySource {
    pub jwks_url: Url,
    issuers: Issuers,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Issuers {
    /// Real Cognito: the pool's issuer, original or "updated" form.
    Exactly(Vec<String>),
    /// An emulator names its issuer its own way (cognito-local: its address); only the pool
    /// at the end of it is fixed.
    EndingWith(String),
}

impl KeySource {
    /// For a token from a sign-in: the keys come from where the app signed in, never from
    /// an address the token itself names.
    pub fn for_endpoint(
        jwt: &Jwt,
        endpoint: &Endpoint,
        pool_id: Option<&str>,
    ) -> Result<Self, String> {
        let iss = jwt.str_claim("iss").unwrap_or_default();
        let pool = pool_id
            .map(str::to_owned)
            .or_else(|| pool_in(iss))
            .ok_or_else(|| "enter the user pool ID to check the signature".to_owned())?;
        if endpoint.is_custom() {
            let jwks_url = endpoint
                .url()
                .join(&format!("{pool}/.well-known/jwks.json"))
                .map_err(|e| format!("no JWKS address from the endpoint: {e}"))?;
            return Ok(Self {
                jwks_url,
                issuers: Issuers::EndingWith(format!("/{pool}")),
            });
        }
        let host = endpoint.url().host_str().unwrap_or_default();
        let rest = host.strip_prefix("cognito-idp.").unwrap_or(host);
        let original = format!("https://cognito-idp.{rest}/{pool}");
        let updated = format!("https://issuer-cognito-idp.{rest}/{pool}");
        let jwks_url = Url::parse(&format!("{original}/.well-known/jwks.json"))
            .map_err(|e| format!("no JWKS address for the pool: {e}"))?;
        Ok(Self {
            jwks_url,
            issuers: Issuers::Exactly(vec![original, updated]),
        })
    }

    /// For a token on its own (`cognito-login decode`): the issuer it names, only when that is
    /// Amazon Cognito itself (`https://cognito-idp.<region>.amazonaws.com/<pool id>`, or the
    /// `issuer-cognito-idp.` form). Anything else is refused before any request: a forged token
    /// must not make the app fetch from, or vouch for, an address it chose.
    pub fn from_issuer(jwt: &Jwt) -> Result<Self, String> {
        let iss = jwt
            .str_claim("iss")
            .ok_or_else(|| "the token names no issuer (iss)".to_owned())?;
        let not_cognito = || {
            format!(
                "the issuer {iss:?} is not Amazon Cognito (https://cognito-idp.<region>.amazonaws.com/<user pool ID>), \
                 so its keys were not fetched; give --endpoint and --pool-id to check a token from another server"
            )
        };
        let url = Url::parse(iss).map_err(|_| not_cognito())?;
        let host = url.host_str().unwrap_or_default();
        let canonical = host.strip_prefix("issuer-").unwrap_or(host);
        let region = cognito_region(canonical).ok_or_else(not_cognito)?;
        let pool = url.path().strip_prefix('/').unwrap_or_default();
        let plain = url.scheme() == "https"
            && url.port().is_none()
            && url.username().is_empty()
            && url.password().is_none()
            && url.query().is_none()
            && url.fragment().is_none();
        if !plain || pool_region(pool).ok() != Some(region) {
            return Err(not_cognito());
        }
        let jwks_url = Url::parse(&format!("https://{canonical}/{pool}/.well-known/jwks.json"))
            .map_err(|_| not_cognito())?;
        Ok(Self {
            jwks_url,
            issuers: Issuers::Exactly(vec![iss.to_owned()]),
        })
    }

    fn accepts(&self, iss: &str) -> bool {
        match &self.issuers {
            Issuers::Exactly(list) => list.iter().any(|i| i == iss),
            Issuers::EndingWith(suffix) => iss.ends_with(suffix.as_str()),
        }
    }
}

/// The pool ID at the end of an issuer URL.
fn pool_in(iss: &str) -> Option<String> {
    let last = iss.trim_end_matches('/').rsplit('/').next()?;
    last.contains('_').then(|| last.to_owned())
}

/// What the token must say besides its issuer.
#[derive(Debug, Clone, Default)]
pub struct Expected {
    /// The app client ID: `aud` of an ID token, `client_id` of an access token.
    pub client_id: Option<String>,
    /// `id` or `access` when the token's slot is known.
    pub token_use: Option<&'static str>,
}

pub fn verify(
    token: &str,
    jwks: &serde_json::Value,
    source: &KeySource,
    expected: &Expected,
    now: SystemTime,
) -> Verdict {
    match signed_claims(token, jwks) {
        Ok(claims) => check_claims(&claims, source, expected, now),
        Err(verdict) => verdict,
    }
}

type Claims = serde_json::Map<String, serde_json::Value>;

/// The token's claims, once its RS256 signature is found to be by a key of `jwks`.
fn signed_claims(token: &str, jwks: &serde_json::Value) -> Result<Claims, Verdict> {
    let header = match jsonwebtoken::decode_header(token.trim()) {
        Ok(header) => header,
        Err(e) => {
            let why = Message::new("token-verdict-not-signed").with("error", e.to_string());
            return Err(Verdict::Invalid(why));
        }
    };
    if header.alg != Algorithm::RS256 {
        let algorithm = format!("{:?}", header.alg);
        let why = Message::new("token-verdict-wrong-algorithm").with("algorithm", algorithm);
        return Err(Verdict::Invalid(why));
    }
    let keys: JwkSet = match serde_json::from_value(jwks.clone()) {
        Ok(keys) => keys,
        Err(e) => {
            let why = Message::new("token-verdict-jwks-unreadable").with("error", e.to_string());
            return Err(Verdict::Unchecked(why));
        }
    };
    let kid = header.kid.unwrap_or_default();
    let Some(jwk) = keys.find(&kid) else {
        let why = Message::new("token-verdict-no-such-key").with("kid", kid);
        return Err(Verdict::Invalid(why));
    };
    let key = match DecodingKey::from_jwk(jwk) {
        Ok(key) => key,
        Err(e) => {
            let why = Message::new("token-verdict-key-unusable")
                .with("kid", kid)
                .with("error", e.to_string());
            return Err(Verdict::Unchecked(why));
        }
    };
    let mut validation = Validation::new(Algorithm::RS256);
    // Time and audience are checked below, with the caller's clock and Cognito's rules.
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims = HashSet::new();
    match jsonwebtoken::decode::<Claims>(token.trim(), &key, &validation) {
        Ok(data) => Ok(data.claims),
        Err(_) => Err(Verdict::Invalid(Message::new("token-verdict-forged"))),
    }
}

/// What a signed token must say: this pool's issuer, an ID or access token (the one
/// expected, if any), this app client when one is given, and not expired.
fn check_claims(
    claims: &Claims,
    source: &KeySource,
    expected: &Expected,
    now: SystemTime,
) -> Verdict {
    let text = |name: &str| {
        claims
            .get(name)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
    };
    let iss = text("iss");
    if !source.accepts(iss) {
        return Verdict::Invalid(Message::new("token-verdict-other-issuer").with("issuer", iss));
    }
    let token_use = text("token_use");
    if !matches!(token_use, "id" | "access") {
        let why = Message::new("token-verdict-not-id-or-access").with("token-use", token_use);
        return Verdict::Invalid(why);
    }
    if let Some(slot) = expected.token_use
        && slot != token_use
    {
        let why = Message::new("token-verdict-wrong-kind")
            .with("token-use", token_use)
            .with("expected", slot);
        return Verdict::Invalid(why);
    }
    if let Some(client) = &expected.client_id {
        let (claim, value) = if token_use == "id" {
            ("aud", text("aud"))
        } else {
            ("client_id", text("client_id"))
        };
        if value != client {
            let why = Message::new("token-verdict-other-client")
                .with("claim", claim)
                .with("value", value)
                .with("client", client.as_str());
            return Verdict::Invalid(why);
        }
    }
    expiry(claims, now)
}

fn expiry(claims: &Claims, now: SystemTime) -> Verdict {
    let exp = claims.get("exp").and_then(serde_json::Value::as_f64);
    let now_secs = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    match exp {
        None => Verdict::Invalid(Message::new("token-verdict-no-expiry")),
        Some(exp) if exp <= now_secs => {
            let when: chrono::DateTime<chrono::Local> =
                (SystemTime::UNIX_EPOCH + std::time::Duration::from_secs_f64(exp.max(0.0))).into();
            let at = when.format("%Y-%m-%d %H:%M:%S").to_string();
            Verdict::Invalid(Message::new("token-verdict-expired").with("at", at))
        }
        Some(_) => Verdict::Valid,
    }
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
