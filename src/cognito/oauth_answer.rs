//! Reading the answers of managed login's endpoints (oauth.rs has the requests): tokens in
//! InitiateAuth's shape, userInfo's claims in GetUser's, and OAuth's error answers as
//! Cognito's `ServiceError`, each refused when not shaped as the protocol says.

use std::collections::BTreeMap;

use secrecy::SecretString;
use serde::Deserialize;

use super::error::{
    CognitoError, ServiceError, body_excerpt, decode_error, plain_code, plain_line, string_field,
};
use super::secrets::RefreshToken;
use super::wire::{AttributeType, AuthResponse, AuthenticationResult, GetUserResponse};

/// The token endpoint's success: lower-case OAuth names, where InitiateAuth has PascalCase.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Option<SecretString>,
    id_token: Option<SecretString>,
    refresh_token: Option<SecretString>,
    expires_in: Option<i64>,
    token_type: Option<String>,
}

/// A 2xx answer of `/oauth2/token` in InitiateAuth's shape, so that the session handles both
/// alike, and only when its tokens are shaped like Cognito's.
pub(super) fn decode_token_answer(status: u16, body: &[u8]) -> Result<AuthResponse, CognitoError> {
    let answer: TokenAnswer =
        serde_json::from_slice(body).map_err(|_| CognitoError::UnexpectedResponse {
            status,
            detail: body_excerpt(body),
        })?;
    let result = AuthenticationResult {
        access_token: answer.access_token,
        expires_in: answer.expires_in,
        token_type: answer.token_type,
        refresh_token: answer.refresh_token.map(RefreshToken::from),
        id_token: answer.id_token,
        new_device_metadata: None,
    };
    if result.access_token.is_none() {
        return Err(CognitoError::UnexpectedResponse {
            status,
            detail: "the token endpoint answered without an access_token".to_owned(),
        });
    }
    super::answer::shaped(AuthResponse {
        authentication_result: Some(result),
        ..AuthResponse::default()
    })
}

/// An OAuth error answer: `{"error": "invalid_grant", "error_description": "…"}` (HTTP 400 or
/// 401), or, from userInfo, only a `WWW-Authenticate: Bearer error="invalid_token"` header.
/// Anything else is read as the JSON API's errors are (an HTML page stays unexpected).
pub(super) fn decode_oauth_error(
    status: u16,
    www_authenticate: Option<&str>,
    body: &[u8],
) -> CognitoError {
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let code = string_field(json.as_ref(), "error")
        .or_else(|| www_authenticate.and_then(challenge_error))
        .map(|raw| plain_code(&raw))
        .filter(|code| !code.is_empty());
    let Some(code) = code else {
        return decode_error(status, None, None, None, body);
    };
    let message = string_field(json.as_ref(), "error_description").unwrap_or_default();
    CognitoError::Service(ServiceError {
        code,
        message: plain_line(&message),
        status,
        request_id: None,
    })
}

/// The `error="…"` of a `WWW-Authenticate` challenge (RFC 6750 §3).
fn challenge_error(header: &str) -> Option<String> {
    let (_, after) = header.split_once("error=")?;
    let after = after.trim_start();
    let value = match after.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => after.split([',', ' ']).next()?,
    };
    Some(value.to_owned())
}

/// userInfo's OIDC claims as GetUser's answer: the `username` claim (else `sub`) as the user,
/// every other plain claim as an attribute, in name order.
pub(super) fn decode_user_info(status: u16, body: &[u8]) -> Result<GetUserResponse, CognitoError> {
    let claims: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(body).map_err(|_| CognitoError::UnexpectedResponse {
            status,
            detail: body_excerpt(body),
        })?;
    let text = |value: &serde_json::Value| match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    let user_key = ["username", "sub"]
        .into_iter()
        .find(|key| claims.get(*key).and_then(text).is_some());
    let username = user_key
        .and_then(|key| claims.get(key))
        .and_then(text)
        .unwrap_or_default();
    let user_attributes = claims
        .iter()
        .filter(|(name, _)| Some(name.as_str()) != user_key)
        .filter_map(|(name, value)| {
            text(value).map(|value| AttributeType {
                name: name.clone(),
                value,
            })
        })
        .collect();
    Ok(GetUserResponse {
        username,
        user_attributes,
        ..GetUserResponse::default()
    })
}
