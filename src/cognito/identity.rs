//! Identity pools: temporary AWS credentials for a signed-in person, by the enhanced flow
//! (GetId, then GetCredentialsForIdentity) of ../shared/docs/cognito-protocol.md §8. Both calls
//! are public (no SigV4): the ID token in `Logins` is the proof.

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::{ExposeSecret, SecretString};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::endpoint::{Endpoint, EndpointError, dns_suffix, pool_region};
use super::error::CognitoError;
use super::secrets::{AwsSecretAccessKey, AwsSessionToken};

/// The operations that go to the identity-pools service rather than to the user pools'.
const OPERATIONS: [&str; 2] = ["GetId", "GetCredentialsForIdentity"];

/// `X-Amz-Target` of an identity-pools operation, `AWSCognitoIdentityService.<Op>`; None for
/// any other (cognito-protocol.md §8).
pub(super) fn target(operation: &str) -> Option<String> {
    (OPERATIONS.contains(&operation)).then(|| format!("AWSCognitoIdentityService.{operation}"))
}

/// Latest Expiration believed: 9999-12-31T23:59:59Z. Past it a date is not one, and
/// `Duration` arithmetic could overflow.
const LATEST_EXPIRATION: f64 = 253_402_300_799.0;

/// An identity pool ID, `<region>:<uuid>` (the model's `[\w-]+:[0-9a-f-]+`, 1..55). Also the
/// shape of an identity ID, which GetId hands back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct IdentityPoolId(String);

/// Not an identity pool ID; says what one looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadIdentityPoolId(pub String);

impl fmt::Display for BadIdentityPoolId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not an identity pool ID (expected something like \
             us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789)",
            self.0
        )
    }
}

impl std::error::Error for BadIdentityPoolId {}

impl IdentityPoolId {
    pub fn parse(raw: &str) -> Result<Self, BadIdentityPoolId> {
        let raw = raw.trim();
        if region_uuid_shaped(raw) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(BadIdentityPoolId(raw.to_owned()))
        }
    }

    /// The region the pool lives in: the part before `:` (Amplify's getRegionFromIdentityPoolId).
    pub fn region(&self) -> Option<&str> {
        self.0.split_once(':').map(|(region, _)| region)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IdentityPoolId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `<region>:<hex and dashes>`, at most 55 characters, the region a real one.
fn region_uuid_shaped(text: &str) -> bool {
    let Some((region, id)) = text.split_once(':') else {
        return false;
    };
    text.len() <= 55
        && dns_suffix(region).is_ok()
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
}

/// Where the identity pool's calls go: the custom (emulator) endpoint when given, else
/// `https://cognito-identity.<region>.<dnsSuffix>/` for the pool's own region, which may
/// differ from the user pool's.
pub fn identity_endpoint(pool: &IdentityPoolId, custom: &str) -> Result<Endpoint, EndpointError> {
    if !custom.trim().is_empty() {
        return Endpoint::custom(custom);
    }
    let region = pool.region().ok_or(EndpointError::MissingRegion)?;
    let suffix = dns_suffix(region)?;
    Endpoint::custom(&format!("https://cognito-identity.{region}.{suffix}/"))
}

/// The `Logins` key that names a user pool: `cognito-idp.<region>.<dnsSuffix>/<pool id>`, the
/// ID token's `iss` without `https://` (Amplify's formLoginsMap). The region is the user
/// pool's own, from its ID; a wrong key gets "Issuer doesn't match providerName".
pub fn logins_key(user_pool_id: &str) -> Result<String, EndpointError> {
    let user_pool_id = user_pool_id.trim();
    let region = pool_region(user_pool_id)?;
    let suffix = dns_suffix(region)?;
    Ok(format!("cognito-idp.{region}.{suffix}/{user_pool_id}"))
}

/// `GetId` input: which identity the person in `logins` is in this pool.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetIdRequest {
    pub identity_pool_id: IdentityPoolId,
    /// Provider key (see [`logins_key`]) → the ID token.
    #[serde(serialize_with = "expose_logins")]
    pub logins: BTreeMap<String, SecretString>,
}

/// `GetCredentialsForIdentity` input, with the same `logins` as GetId.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCredentialsRequest {
    pub identity_id: String,
    #[serde(serialize_with = "expose_logins")]
    pub logins: BTreeMap<String, SecretString>,
}

fn expose_logins<S: Serializer>(
    logins: &BTreeMap<String, SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(logins.len()))?;
    for (provider, token) in logins {
        map.serialize_entry(provider, token.expose_secret())?;
    }
    map.end()
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct GetIdAnswer {
    identity_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct CredentialsAnswer {
    identity_id: Option<String>,
    credentials: Option<CredentialsBody>,
}

/// The model's `Credentials`: the secret is named `SecretKey`, and `Expiration` is epoch
/// seconds, a JSON number that may be fractional (moto sends one).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CredentialsBody {
    access_key_id: Option<String>,
    secret_key: Option<SecretString>,
    session_token: Option<SecretString>,
    expiration: Option<serde_json::Number>,
}

/// Temporary AWS credentials of an identity. The secret key and session token are secrets:
/// `Debug` shows neither.
#[derive(Debug, Clone)]
pub struct AwsCredentials {
    pub identity_id: String,
    pub access_key_id: String,
    pub secret_access_key: AwsSecretAccessKey,
    pub session_token: AwsSessionToken,
    pub expiration: SystemTime,
}

impl AwsCredentials {
    /// The expiry as ISO 8601 in UTC to the second, `2026-12-02T10:00:00Z`, as the AWS CLI's
    /// credential_process output wants it.
    pub fn expiration_iso8601(&self) -> String {
        chrono::DateTime::<chrono::Utc>::from(self.expiration)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    /// These credentials in the shape of GetCredentialsForIdentity's answer, for a copy kept
    /// on disk (the command line's cache): read back with [`AwsCredentials::from_kept`], a
    /// kept copy passes the very checks an answer from the server does.
    pub fn to_kept(&self) -> serde_json::Value {
        let since_epoch = self
            .expiration
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        serde_json::json!({
            "IdentityId": self.identity_id,
            "Credentials": {
                "AccessKeyId": self.access_key_id,
                "SecretKey": self.secret_access_key.expose_secret(),
                "SessionToken": self.session_token.expose_secret(),
                "Expiration": since_epoch,
            },
        })
    }

    /// Credentials from a copy [`AwsCredentials::to_kept`] wrote, which may have been
    /// changed since: untrusted, so checked as a server's answer is.
    pub fn from_kept(kept: serde_json::Value) -> Result<Self, CognitoError> {
        let answer: CredentialsAnswer = serde_json::from_value(kept)
            .map_err(|e| unexpected(format!("the kept credentials are not readable: {e}")))?;
        credentials_from(answer)
    }

    /// The AWS CLI's `credential_process` output (Version 1), secrets and all.
    pub fn credential_process_json(&self) -> serde_json::Value {
        serde_json::json!({
            "Version": 1,
            "AccessKeyId": self.access_key_id,
            "SecretAccessKey": self.secret_access_key.expose_secret(),
            "SessionToken": self.session_token.expose_secret(),
            "Expiration": self.expiration_iso8601(),
        })
    }
}

fn unexpected(detail: String) -> CognitoError {
    CognitoError::UnexpectedResponse {
        status: 200,
        detail,
    }
}

/// The identity ID of a GetId answer, when shaped like one: it is shown, and later written
/// into shell lines, so nothing else may pass.
pub(super) fn identity_id_from(answer: GetIdAnswer) -> Result<String, CognitoError> {
    checked_identity_id(answer.identity_id)
}

fn checked_identity_id(identity_id: Option<String>) -> Result<String, CognitoError> {
    match identity_id {
        Some(id) if region_uuid_shaped(&id) => Ok(id),
        Some(_) => Err(unexpected(
            "its IdentityId is not shaped like an identity ID".into(),
        )),
        None => Err(unexpected("it has no IdentityId".into())),
    }
}

/// The credentials of a GetCredentialsForIdentity answer, each part checked for its shape
/// before it can reach a shell line, an `~/.aws/credentials` block or the AWS CLI.
pub(super) fn credentials_from(answer: CredentialsAnswer) -> Result<AwsCredentials, CognitoError> {
    let identity_id = checked_identity_id(answer.identity_id)?;
    let body = answer
        .credentials
        .ok_or_else(|| unexpected("it has no Credentials".into()))?;
    let access_key_id = body
        .access_key_id
        .filter(|id| key_id_shaped(id))
        .ok_or_else(|| unexpected("its AccessKeyId is not shaped like an access key ID".into()))?;
    let secret = |value: Option<SecretString>, name: &str| {
        value
            .filter(|s| token_shaped(s.expose_secret()))
            .ok_or_else(|| unexpected(format!("its {name} is missing or not shaped like one")))
    };
    let secret_access_key = AwsSecretAccessKey::from(secret(body.secret_key, "SecretKey")?);
    let session_token = AwsSessionToken::from(secret(body.session_token, "SessionToken")?);
    let expiration = expiration_from(body.expiration.as_ref())?;
    Ok(AwsCredentials {
        identity_id,
        access_key_id,
        secret_access_key,
        session_token,
        expiration,
    })
}

/// `^[A-Z0-9]{16,128}$`: the model's AccessKeyId length and AWS's alphabet for key IDs.
fn key_id_shaped(id: &str) -> bool {
    (16..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Printable ASCII without white space, quotes, backslash or `$`: AWS's secret keys and
/// session tokens are base64-like; anything else could break out of a quoted shell line.
fn token_shaped(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= 16 * 1024
        && token
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"\"'`\\$".contains(&b))
}

/// Epoch seconds, whole or fractional, to a time; negative, NaN or past year 9999 refused.
fn expiration_from(seconds: Option<&serde_json::Number>) -> Result<SystemTime, CognitoError> {
    let refused = || unexpected("its Expiration is not a time".into());
    let seconds = seconds
        .and_then(serde_json::Number::as_f64)
        .ok_or_else(refused)?;
    if !(0.0..=LATEST_EXPIRATION).contains(&seconds) {
        return Err(refused());
    }
    let since_epoch = Duration::try_from_secs_f64(seconds).map_err(|_| refused())?;
    UNIX_EPOCH.checked_add(since_epoch).ok_or_else(refused)
}

#[cfg(test)]
#[path = "identity_tests.rs"]
mod tests;
