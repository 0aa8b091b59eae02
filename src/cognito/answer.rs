//! Reading an answer before anything trusts it: no redirect followed, at most
//! MAX_ANSWER_BYTES read, and tokens only when shaped like Cognito's.

use super::client::MAX_ANSWER_BYTES;
use super::endpoint::host_and_port;
use super::error::{CognitoError, classify_transport};
use super::wire::AuthResponse;

/// An answer with tokens is used only when they are shaped like Cognito's (see
/// `AuthenticationResult::check_shapes`).
pub(super) fn shaped(response: AuthResponse) -> Result<AuthResponse, CognitoError> {
    match response
        .authentication_result
        .as_ref()
        .map(|r| r.check_shapes())
    {
        Some(Err(why)) => Err(CognitoError::UnexpectedResponse {
            status: 200,
            detail: format!("the answer is not Cognito's: {why}"),
        }),
        _ => Ok(response),
    }
}

/// Cognito never redirects, so a 3xx is not followed (the client's policy is `none`: a
/// redirect would carry the password or a token to a host nobody chose) but named, with the
/// host it pointed to. Only the host and port are quoted: a Location is the server's text.
pub(super) fn refuse_redirect(response: &reqwest::Response) -> Result<(), CognitoError> {
    if !response.status().is_redirection() {
        return Ok(());
    }
    let target = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|location| response.url().join(location).ok())
        .filter(|url| url.host_str().is_some())
        .map(|url| host_and_port(&url));
    Err(CognitoError::UnexpectedResponse {
        status: response.status().as_u16(),
        detail: format!(
            "the server redirected to {}; Cognito never redirects, so nothing was sent there",
            target.as_deref().unwrap_or("another address")
        ),
    })
}

/// Reads a body chunk by chunk and stops at MAX_ANSWER_BYTES, whatever Content-Length claims.
pub(super) async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, CognitoError> {
    let status = response.status().as_u16();
    let too_large = || CognitoError::UnexpectedResponse {
        status,
        detail: format!(
            "the answer is larger than {} KiB, which no Cognito answer is",
            MAX_ANSWER_BYTES / 1024
        ),
    };
    if response
        .content_length()
        .is_some_and(|length| length > MAX_ANSWER_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| classify_transport(&e))? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
