//! Self-service calls (issue 19): a person creates an account, confirms it, resets a
//! forgotten password, changes it, edits and verifies their attributes, without a developer
//! and the AWS console. Each is an unsigned JSON 1.1 call to the user-pools API
//! (`AWSCognitoIdentityProviderService.<Op>`), with the members named as in AWS's model.
//! Passwords, codes, access tokens and SECRET_HASH stay secret types up to serialisation;
//! what Cognito answers is read and checked in self_service_answer.rs.

use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::ser::Serializer;

use super::secret_hash::secret_hash;
use super::secrets::{ClientSecret, ConfirmationCode, Password};
use super::vocabulary::{AttributeType, ClientId};

/// SECRET_HASH for a self-service call of `username`, when the app client has a secret
/// (cognito-protocol.md §4: the username is the one sent in the same request).
pub fn self_service_hash(
    client_secret: Option<&ClientSecret>,
    username: &str,
    client_id: &ClientId,
) -> Option<SecretString> {
    (client_secret.filter(|secret| !secret.is_blank()))
        .map(|secret| SecretString::from(secret_hash(secret, username, client_id)))
}

fn expose<T: ExposeSecret<str>, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.expose_secret())
}

fn expose_opt<S: Serializer>(
    value: &Option<SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_str(v.expose_secret()),
        None => serializer.serialize_none(),
    }
}

/// `SignUp`: a new, unconfirmed user with `password` and the attributes the pool requires.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SignUpRequest {
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub secret_hash: Option<SecretString>,
    pub username: String,
    #[serde(serialize_with = "expose")]
    pub password: Password,
    pub user_attributes: Vec<AttributeType>,
    /// Handed to the pool's Lambda triggers, as the person's app would.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<BTreeMap<String, String>>,
}

/// `ConfirmSignUp`: the code sent at sign-up (or resent) confirms the account.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfirmSignUpRequest {
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub secret_hash: Option<SecretString>,
    pub username: String,
    #[serde(serialize_with = "expose")]
    pub confirmation_code: ConfirmationCode,
}

/// `ResendConfirmationCode`: another sign-up code, to where the first went.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResendConfirmationCodeRequest {
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub secret_hash: Option<SecretString>,
    pub username: String,
}

/// `ForgotPassword`: a code to choose a new password with.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ForgotPasswordRequest {
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub secret_hash: Option<SecretString>,
    pub username: String,
}

/// `ConfirmForgotPassword`: the code ForgotPassword sent, and the new password.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfirmForgotPasswordRequest {
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub secret_hash: Option<SecretString>,
    pub username: String,
    #[serde(serialize_with = "expose")]
    pub confirmation_code: ConfirmationCode,
    #[serde(serialize_with = "expose")]
    pub password: Password,
}

/// `ChangePassword` of the signed-in person: the access token says who.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangePasswordRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    #[serde(serialize_with = "expose")]
    pub previous_password: Password,
    #[serde(serialize_with = "expose")]
    pub proposed_password: Password,
}

/// `UpdateUserAttributes` of the signed-in person. A changed e-mail or phone is sent a code,
/// and stays unverified until VerifyUserAttribute.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateUserAttributesRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub user_attributes: Vec<AttributeType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<BTreeMap<String, String>>,
}

/// `GetUserAttributeVerificationCode`: a code to verify `attribute_name` (`email`,
/// `phone_number`) with.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetUserAttributeVerificationCodeRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub attribute_name: String,
}

/// `VerifyUserAttribute`: the code that verifies `attribute_name`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VerifyUserAttributeRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub attribute_name: String,
    #[serde(serialize_with = "expose")]
    pub code: ConfirmationCode,
}

#[cfg(test)]
#[path = "self_service_tests.rs"]
mod tests;
