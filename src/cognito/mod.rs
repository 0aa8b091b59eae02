//! The Cognito user-pools wire protocol (JSON 1.1 over HTTPS): endpoints, typed requests and
//! responses, error decoding. Knows nothing of the window or the sign-in state machine.

mod answer;
mod client;
pub mod device;
mod device_answer;
mod device_client;
pub mod device_srp;
pub mod endpoint;
mod error;
mod http;
pub mod identity;
pub mod loopback;
pub mod oauth;
mod oauth_answer;
mod oauth_client;
pub mod retry;
mod scrub;
pub mod secret_hash;
mod secrets;
pub mod self_service;
mod self_service_answer;
pub mod srp;
mod vocabulary;
mod wire;

pub use client::CognitoClient;
pub use device::{
    ConfirmDeviceRequest, DeviceGroupKey, DeviceKey, DeviceOperation, DeviceRememberedStatus,
    DeviceSecretVerifierConfig, DeviceShapeError, ForgetDeviceRequest, ListDevicesRequest,
    NewDeviceMetadata, UpdateDeviceStatusRequest,
};
pub use device_answer::{Device, DeviceList};
pub use device_srp::{
    DeviceSrp, DeviceVerifierChallenge, RememberedDevice, device_verifier, new_device_verifier,
};
pub use endpoint::{Endpoint, EndpointError};
pub use error::{CognitoError, NetworkErrorKind, ServiceError, decode_error, decode_response};
pub use identity::{
    AwsCredentials, GetCredentialsRequest, GetIdRequest, IdentityPoolId, identity_endpoint,
    logins_key,
};
pub use oauth::{
    AuthorizeRequest, Grant, OAuthRevokeRequest, Pkce, TokenRequest, UserInfoRequest, logout_url,
    random_state,
};
/// The URL type of the HTTP client, named here so that the layers above never name reqwest
/// (the one crate that speaks HTTP stays inside this folder).
pub use reqwest::Url;
pub use secrets::{
    AuthorizationCode, AwsSecretAccessKey, AwsSessionToken, ClientSecret, CodeVerifier,
    ConfirmationCode, DevicePassword, Password, RefreshToken, SessionToken,
};
pub use self_service::{
    ChangePasswordRequest, ConfirmForgotPasswordRequest, ConfirmSignUpRequest,
    ForgotPasswordRequest, GetUserAttributeVerificationCodeRequest, ResendConfirmationCodeRequest,
    SignUpRequest, UpdateUserAttributesRequest, VerifyUserAttributeRequest, self_service_hash,
};
pub use self_service_answer::{CodeDeliveryDetails, DeliveryMedium, SignUpAnswer};
pub use vocabulary::{AuthFlow, ChallengeChoice, ChallengeName, ClientId, PoolId};
pub use wire::{
    AssociateSoftwareTokenRequest, AssociateSoftwareTokenResponse, AttributeType, AuthResponse,
    AuthenticationResult, GetTokensFromRefreshTokenRequest, GetUserRequest, GetUserResponse,
    GlobalSignOutRequest, InitiateAuthRequest, Operation, Reply, RespondToAuthChallengeRequest,
    RevokeTokenRequest, VerifySoftwareTokenRequest, VerifySoftwareTokenResponse,
};
