//! Reading an answer before anything trusts it: no redirect followed, at most
//! MAX_ANSWER_BYTES read, and tokens only when shaped like Cognito's.

use std::time::Instant;

use serde::de::DeserializeOwned;

use super::device::NewDeviceMetadata;
use super::endpoint::host_and_port;
use super::error::{CognitoError, classify_transport, decode_response};
use super::wire::AuthResponse;

/// The most an answer may hold. Cognito's largest (tokens plus a challenge) are a few KiB and a
/// JWKS less; anything near this is a wrong endpoint or a hostile server, and reading it all
/// would only cost memory.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// What an answer says besides its body: the status, and the headers Cognito names its errors
/// in.
pub(super) struct AnswerHead {
    status: u16,
    error_type: Option<String>,
    error_message: Option<String>,
    request_id: Option<String>,
}

impl AnswerHead {
    /// Reads one call's answer (no redirect followed, at most MAX_ANSWER_BYTES) and logs its
    /// size and timing, and at trace level its field names: never a value.
    pub(super) async fn read(
        response: reqwest::Response,
        operation: &str,
        started: Instant,
    ) -> Result<(Self, Vec<u8>), CognitoError> {
        refuse_redirect(&response)?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let head = Self {
            status,
            error_type: header("x-amzn-errortype"),
            error_message: header("x-amzn-errormessage"),
            request_id: header("x-amzn-requestid"),
        };
        let bytes = read_capped(response).await?;
        tracing::debug!(
            operation,
            status,
            bytes = bytes.len(),
            ms = started.elapsed().as_millis() as u64,
            error = head.error_type.as_deref().unwrap_or(""),
            "answered"
        );
        if tracing::enabled!(tracing::Level::TRACE)
            && let Ok(answer) = serde_json::from_slice::<serde_json::Value>(&bytes)
        {
            tracing::trace!(operation, fields = %crate::logging::field_names(&answer), "answer");
        }
        Ok((head, bytes))
    }

    /// `body` read as the operation's result, or as the error the status and headers say.
    pub(super) fn decode<Resp: DeserializeOwned>(&self, body: &[u8]) -> Result<Resp, CognitoError> {
        decode_response(
            self.status,
            self.error_type.as_deref(),
            self.error_message.as_deref(),
            self.request_id.clone(),
            body,
        )
    }
}

/// An answer with tokens is used only when they are shaped like Cognito's (see
/// `AuthenticationResult::check_shapes`).
pub(super) fn shaped(mut response: AuthResponse) -> Result<AuthResponse, CognitoError> {
    drop_bad_device_metadata(&mut response);
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

/// NewDeviceMetadata as an answer is read: a malformed one is dropped with a warning, never
/// fatal (the tokens are good; only this device will not be remembered), so nothing above
/// (the token view, the keychain) ever holds a DeviceKey that is not shaped like one.
fn drop_bad_device_metadata(response: &mut AuthResponse) {
    let Some(result) = response.authentication_result.as_mut() else {
        return;
    };
    if let Some(metadata) = result.new_device_metadata.as_ref()
        && let Err(why) = NewDeviceMetadata::from_answer(metadata)
    {
        tracing::warn!(%why, "NewDeviceMetadata dropped: this device will not be remembered");
        result.new_device_metadata = None;
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
