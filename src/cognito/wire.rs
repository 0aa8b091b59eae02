//! Typed request and response bodies (../shared/docs/cognito-protocol.md §2). Secrets stay in
//! `SecretString` up to the moment the body is serialised.

use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// `InitiateAuth` input. `AuthParameters` carries the password and SECRET_HASH, so it is a
/// list of secrets whose `Debug` is redacted.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InitiateAuthRequest {
    pub auth_flow: String,
    pub client_id: String,
    #[serde(serialize_with = "expose_map")]
    pub auth_parameters: Vec<(String, SecretString)>,
}

fn expose_map<S: Serializer>(
    params: &[(String, SecretString)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(params.len()))?;
    for (k, v) in params {
        map.serialize_entry(k, v.expose_secret())?;
    }
    map.end()
}

/// `InitiateAuth` / `RespondToAuthChallenge` output. Every member is optional: the emulators
/// (and Cognito, per flow) leave different ones out.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuthResponse {
    pub challenge_name: Option<String>,
    pub session: Option<SecretString>,
    #[serde(default)]
    pub challenge_parameters: BTreeMap<String, serde_json::Value>,
    pub authentication_result: Option<AuthenticationResult>,
    pub available_challenges: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuthenticationResult {
    pub access_token: Option<SecretString>,
    pub expires_in: Option<i64>,
    pub token_type: Option<String>,
    pub refresh_token: Option<SecretString>,
    pub id_token: Option<SecretString>,
    pub new_device_metadata: Option<serde_json::Value>,
}
