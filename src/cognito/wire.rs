//! Typed request and response bodies (../shared/docs/cognito-protocol.md §2). Secrets stay in
//! `SecretString`, or the kind of secret they are (secrets.rs), up to the moment the body is
//! serialised; a session or refresh token is typed as its kind as it is read.

use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Deserializer, Serialize};

use super::device::{DeviceKey, DeviceOperation};
use super::device_answer::DeviceList;
use super::identity::{AwsCredentials, GetCredentialsRequest, GetIdRequest};
use super::oauth::{OAuthRevokeRequest, TokenRequest, UserInfoRequest};
use super::secrets::{ClientSecret, RefreshToken, SessionToken};
use super::self_service::{
    ChangePasswordRequest, ConfirmForgotPasswordRequest, ConfirmSignUpRequest,
    ForgotPasswordRequest, GetUserAttributeVerificationCodeRequest, ResendConfirmationCodeRequest,
    SignUpRequest, UpdateUserAttributesRequest, VerifyUserAttributeRequest,
};
use super::self_service_answer::{CodeDeliveryDetails, SignUpAnswer};
pub use super::vocabulary::AttributeType;
use super::vocabulary::{AuthFlow, ChallengeName, ClientId};

/// `InitiateAuth` input. `AuthParameters` carries the password and SECRET_HASH, so it is a
/// list of secrets whose `Debug` is redacted.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InitiateAuthRequest {
    pub auth_flow: AuthFlow,
    pub client_id: ClientId,
    #[serde(serialize_with = "expose_map")]
    pub auth_parameters: Vec<(String, SecretString)>,
}

/// `RespondToAuthChallenge` input. `Session` is sent only when the previous answer had one
/// (PASSWORD_VERIFIER may come without it, cognito-protocol.md §2.2).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RespondToAuthChallengeRequest {
    pub challenge_name: ChallengeName,
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub session: Option<SessionToken>,
    #[serde(serialize_with = "expose_map")]
    pub challenge_responses: Vec<(String, SecretString)>,
}

fn expose_opt<T: ExposeSecret<str>, S: Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_str(v.expose_secret()),
        None => serializer.serialize_none(),
    }
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
    #[serde(default, deserialize_with = "secret_kind")]
    pub session: Option<SessionToken>,
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
    #[serde(default, deserialize_with = "secret_kind")]
    pub refresh_token: Option<RefreshToken>,
    pub id_token: Option<SecretString>,
    pub new_device_metadata: Option<serde_json::Value>,
}

impl AuthenticationResult {
    /// Tokens as Cognito shapes them, or why not: the ID and access tokens are three
    /// base64url segments (a JWT), the refresh token letters, digits and `-_.=`. Anything else
    /// is not Cognito's answer, and must not reach a preset: a quote, a newline or a `$(…)`
    /// in a "token" would end up in a curl command or a `.env` file.
    pub fn check_shapes(&self) -> Result<(), String> {
        let jwt_like = |token: &str| {
            let parts: Vec<&str> = token.split('.').collect();
            parts.len() == 3
                && parts.iter().take(2).all(|p| !p.is_empty())
                && parts.iter().all(|p| {
                    p.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                })
        };
        let opaque = |token: &str| {
            !token.is_empty()
                && (token.bytes()).all(|b| b.is_ascii_alphanumeric() || b"-_.=".contains(&b))
        };
        let checks = [
            (
                "IdToken",
                self.id_token.as_ref().map(|t| t.expose_secret()),
                jwt_like as fn(&str) -> bool,
            ),
            (
                "AccessToken",
                self.access_token.as_ref().map(|t| t.expose_secret()),
                jwt_like,
            ),
            (
                "RefreshToken",
                self.refresh_token.as_ref().map(|t| t.expose_secret()),
                opaque,
            ),
        ];
        for (name, token, shaped) in checks {
            if let Some(token) = token
                && !shaped(token)
            {
                return Err(format!(
                    "its {name} is not shaped like one of Cognito's tokens"
                ));
            }
        }
        Ok(())
    }
}

fn expose<T: ExposeSecret<str>, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.expose_secret())
}

/// Reads an optional secret as its kind (a session, a refresh token): the kind is known from
/// where it arrives, so it is typed there, before anything can mistake it for another.
fn secret_kind<'de, D: Deserializer<'de>, T: From<SecretString>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Ok(Option::<SecretString>::deserialize(deserializer)?.map(T::from))
}

/// `AssociateSoftwareToken` during MFA_SETUP: the challenge's Session instead of an access token.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateSoftwareTokenRequest {
    #[serde(serialize_with = "expose")]
    pub session: SessionToken,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateSoftwareTokenResponse {
    pub secret_code: Option<SecretString>,
    #[serde(default, deserialize_with = "secret_kind")]
    pub session: Option<SessionToken>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VerifySoftwareTokenRequest {
    #[serde(serialize_with = "expose")]
    pub session: SessionToken,
    #[serde(serialize_with = "expose")]
    pub user_code: SecretString,
    pub friendly_device_name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VerifySoftwareTokenResponse {
    /// `SUCCESS` or `ERROR`.
    pub status: Option<String>,
    #[serde(default, deserialize_with = "secret_kind")]
    pub session: Option<SessionToken>,
}

/// Refresh on a client with refresh-token rotation. Takes the raw client secret, not a
/// SECRET_HASH (cognito-protocol.md §2.3).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetTokensFromRefreshTokenRequest {
    #[serde(serialize_with = "expose")]
    pub refresh_token: RefreshToken,
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub client_secret: Option<ClientSecret>,
    /// A remembered device's key, which a tracked device's refresh needs; not sent when None.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_key: Option<DeviceKey>,
}

/// `GetUser`: who the access token belongs to.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetUserRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetUserResponse {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub user_attributes: Vec<AttributeType>,
    pub preferred_mfa_setting: Option<String>,
    #[serde(default, rename = "UserMFASettingList")]
    pub user_mfa_setting_list: Vec<String>,
}

/// `RevokeToken`: ends a refresh token (and the tokens issued from it). Takes the raw
/// client secret, like GetTokensFromRefreshToken (cognito-protocol.md §4).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RevokeTokenRequest {
    #[serde(serialize_with = "expose")]
    pub token: RefreshToken,
    pub client_id: ClientId,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "expose_opt")]
    pub client_secret: Option<ClientSecret>,
}

/// `GlobalSignOut`: ends every session of the user, on every device.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GlobalSignOutRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
}

/// One call to Cognito, as the sign-in state machine asks for it.
#[derive(Debug)]
pub enum Operation {
    InitiateAuth(InitiateAuthRequest),
    RespondToAuthChallenge(RespondToAuthChallengeRequest),
    AssociateSoftwareToken(AssociateSoftwareTokenRequest),
    VerifySoftwareToken(VerifySoftwareTokenRequest),
    GetTokensFromRefreshToken(GetTokensFromRefreshTokenRequest),
    GetUser(GetUserRequest),
    RevokeToken(RevokeTokenRequest),
    GlobalSignOut(GlobalSignOutRequest),
    /// Not a Cognito operation: a GET of the issuer's public keys.
    FetchJwks(reqwest::Url),
    /// `POST {domain}/oauth2/token`: the call's endpoint is the managed-login domain.
    OAuthToken(TokenRequest),
    /// `GET {domain}/oauth2/userInfo`, answered as GetUser is.
    UserInfo(UserInfoRequest),
    /// `POST {domain}/oauth2/revoke`.
    OAuthRevoke(OAuthRevokeRequest),
    /// Identity pools (identity.rs): the person's identity ID in a pool.
    GetId(GetIdRequest),
    /// Identity pools: temporary AWS credentials for an identity.
    GetCredentialsForIdentity(GetCredentialsRequest),
    // Self-service (self_service.rs): account, password and attributes without a developer.
    SignUp(SignUpRequest),
    ConfirmSignUp(ConfirmSignUpRequest),
    ResendConfirmationCode(ResendConfirmationCodeRequest),
    ForgotPassword(ForgotPasswordRequest),
    ConfirmForgotPassword(ConfirmForgotPasswordRequest),
    ChangePassword(ChangePasswordRequest),
    UpdateUserAttributes(UpdateUserAttributesRequest),
    GetUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest),
    VerifyUserAttribute(VerifyUserAttributeRequest),
    /// Remembered devices (device.rs): Confirm-, UpdateStatus, List- and ForgetDevice.
    Device(DeviceOperation),
}

impl Operation {
    /// The JSON body as it goes on the wire, secrets and all: for tests that check requests.
    pub fn wire_body(&self) -> serde_json::Value {
        let body = match self {
            Self::InitiateAuth(b) => serde_json::to_value(b),
            Self::RespondToAuthChallenge(b) => serde_json::to_value(b),
            Self::AssociateSoftwareToken(b) => serde_json::to_value(b),
            Self::VerifySoftwareToken(b) => serde_json::to_value(b),
            Self::GetTokensFromRefreshToken(b) => serde_json::to_value(b),
            Self::GetUser(b) => serde_json::to_value(b),
            Self::RevokeToken(b) => serde_json::to_value(b),
            Self::GlobalSignOut(b) => serde_json::to_value(b),
            Self::FetchJwks(url) => Ok(serde_json::Value::String(url.to_string())),
            Self::OAuthToken(request) => Ok(form_fields(&request.fields())),
            Self::UserInfo(request) => Ok(serde_json::json!({
                "Authorization": format!("Bearer {}", request.access_token.expose_secret()),
            })),
            Self::OAuthRevoke(request) => Ok(form_fields(&request.fields())),
            Self::GetId(b) => serde_json::to_value(b),
            Self::GetCredentialsForIdentity(b) => serde_json::to_value(b),
            Self::SignUp(b) => serde_json::to_value(b),
            Self::ConfirmSignUp(b) => serde_json::to_value(b),
            Self::ResendConfirmationCode(b) => serde_json::to_value(b),
            Self::ForgotPassword(b) => serde_json::to_value(b),
            Self::ConfirmForgotPassword(b) => serde_json::to_value(b),
            Self::ChangePassword(b) => serde_json::to_value(b),
            Self::UpdateUserAttributes(b) => serde_json::to_value(b),
            Self::GetUserAttributeVerificationCode(b) => serde_json::to_value(b),
            Self::VerifyUserAttribute(b) => serde_json::to_value(b),
            Self::Device(device) => Ok(device.wire_body()),
        };
        body.unwrap_or_default()
    }

    /// Whether it goes to the user pool's domain (the OAuth 2.0 endpoints of managed login)
    /// rather than to the user-pools API.
    pub fn is_oauth(&self) -> bool {
        matches!(
            self,
            Self::OAuthToken(_) | Self::UserInfo(_) | Self::OAuthRevoke(_)
        )
    }

    /// The operation's name, as in `X-Amz-Target`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::InitiateAuth(_) => "InitiateAuth",
            Self::RespondToAuthChallenge(_) => "RespondToAuthChallenge",
            Self::AssociateSoftwareToken(_) => "AssociateSoftwareToken",
            Self::VerifySoftwareToken(_) => "VerifySoftwareToken",
            Self::GetTokensFromRefreshToken(_) => "GetTokensFromRefreshToken",
            Self::GetUser(_) => "GetUser",
            Self::RevokeToken(_) => "RevokeToken",
            Self::GlobalSignOut(_) => "GlobalSignOut",
            Self::FetchJwks(_) => "FetchJwks",
            Self::OAuthToken(_) => "OAuthToken",
            Self::UserInfo(_) => "UserInfo",
            Self::OAuthRevoke(_) => "OAuthRevoke",
            Self::GetId(_) => "GetId",
            Self::GetCredentialsForIdentity(_) => "GetCredentialsForIdentity",
            Self::SignUp(_) => "SignUp",
            Self::ConfirmSignUp(_) => "ConfirmSignUp",
            Self::ResendConfirmationCode(_) => "ResendConfirmationCode",
            Self::ForgotPassword(_) => "ForgotPassword",
            Self::ConfirmForgotPassword(_) => "ConfirmForgotPassword",
            Self::ChangePassword(_) => "ChangePassword",
            Self::UpdateUserAttributes(_) => "UpdateUserAttributes",
            Self::GetUserAttributeVerificationCode(_) => "GetUserAttributeVerificationCode",
            Self::VerifyUserAttribute(_) => "VerifyUserAttribute",
            Self::Device(device) => device.name(),
        }
    }
}

/// A form's fields as a JSON object (the OAuth endpoints take forms, not JSON).
fn form_fields(fields: &[(&'static str, SecretString)]) -> serde_json::Value {
    (fields.iter())
        .map(|(name, value)| ((*name).to_owned(), value.expose_secret().into()))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Cognito's answer to an [`Operation`]. `GetTokensFromRefreshToken` answers in the shape of
/// `InitiateAuth` (only `AuthenticationResult`), so it is an `Auth` reply too.
#[derive(Debug)]
pub enum Reply {
    Auth(AuthResponse),
    Associated(AssociateSoftwareTokenResponse),
    Verified(VerifySoftwareTokenResponse),
    User(GetUserResponse),
    /// An operation whose answer is empty on success (RevokeToken, GlobalSignOut, the
    /// ConfirmSignUp, ConfirmForgotPassword, ChangePassword and VerifyUserAttribute).
    Done,
    /// A JWKS document, as received.
    Jwks(serde_json::Value),
    /// GetId's answer: an identity ID, shaped like one.
    IdentityId(String),
    /// GetCredentialsForIdentity's answer, every part shaped like AWS's.
    AwsCredentials(AwsCredentials),
    /// SignUp's answer: confirmed or not, the new `sub`, where the code went.
    SignedUp(SignUpAnswer),
    /// Where a code went (ResendConfirmationCode, ForgotPassword,
    /// GetUserAttributeVerificationCode); None when the answer does not say.
    CodeSent(Option<CodeDeliveryDetails>),
    /// UpdateUserAttributes: where each changed e-mail or phone's code went.
    AttributesUpdated(Vec<CodeDeliveryDetails>),
    /// ConfirmDevice's: if true, ask whether to remember it (then UpdateDeviceStatus).
    DeviceConfirmed {
        user_confirmation_necessary: bool,
    },
    /// A page of ListDevices, every value shape-checked.
    Devices(DeviceList),
}
