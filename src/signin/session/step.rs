//! What each call the session has out is for, so that its answer can be read when it comes:
//! the one call of the sign-in itself, and the calls that run beside it.

use crate::cognito::{AuthFlow, Endpoint, IdentityPoolId, RememberedDevice, Url};
use crate::signin::challenge::Challenge;
use crate::signin::explain::IdentityAttempt;

/// What the call in flight was for, so its answer can be read.
#[derive(Debug)]
pub(super) enum Step {
    Initiate {
        flow: AuthFlow,
        may_fall_back: bool,
    },
    /// An answer the app gave by itself (PASSWORD_VERIFIER).
    Automatic,
    /// The person's answer to `challenge`; on a wrong code it is shown again.
    Answer(Challenge),
    Associate(Challenge),
    VerifyTotp(Challenge),
    FinishSetup(Challenge),
    Refresh {
        by: RefreshBy,
    },
    /// Managed login: waiting for the browser to come back with a code.
    Browser,
    /// The code (or the client credentials) for tokens at the token endpoint.
    Token,
}

/// Which call refreshes the tokens: REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken once the
/// app client turned out to rotate refresh tokens (which refuses the former).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RefreshBy {
    Flow,
    Rotation,
    /// The domain's /oauth2/token with the refresh token (managed login).
    TokenEndpoint,
    /// Client credentials: there is no refresh token; the app client asks again.
    AskingAgain,
}

impl RefreshBy {
    /// The operation's name, as the window and the command line say what refreshed.
    pub(super) fn name(self) -> &'static str {
        match self {
            // A known flow always has its name.
            Self::Flow => AuthFlow::RefreshToken.known_name().unwrap_or_default(),
            Self::Rotation => "GetTokensFromRefreshToken",
            Self::TokenEndpoint => "the token endpoint (refresh_token)",
            Self::AskingAgain => "the token endpoint (client_credentials)",
        }
    }
}

/// A call beside the sign-in, which never blocks it.
#[derive(Debug)]
pub(super) enum Background {
    Jwks(Url),
    WhoAmI,
    SignOut {
        global: bool,
    },
    /// GetId or GetCredentialsForIdentity (`identity.rs`).
    /// Boxed: it carries the endpoint and names, far more than the other calls.
    Identity(Box<IdentityCall>),
    /// ConfirmDevice, UpdateDeviceStatus or ForgetDevice (`device.rs`).
    Device(DeviceCall),
}

/// Which device call an answer is for; a confirmed device's password waits here for its
/// confirmation before it is kept.
#[derive(Debug)]
pub(super) enum DeviceCall {
    Confirm(RememberedDevice),
    UpdateStatus { remember: bool },
    Forget,
}

impl DeviceCall {
    pub(super) fn operation(&self) -> &'static str {
        match self {
            Self::Confirm(_) => "ConfirmDevice",
            Self::UpdateStatus { .. } => "UpdateDeviceStatus",
            Self::Forget => "ForgetDevice",
        }
    }
}

/// Which identity call an answer is for, and what the next one needs.
#[derive(Debug)]
pub(super) struct IdentityCall {
    pub(super) step: IdentityStep,
    pub(super) pool: IdentityPoolId,
    pub(super) endpoint: Endpoint,
    /// The `Logins` key: the user pool the ID token is from.
    pub(super) provider: String,
    pub(super) asked: IdentityAttempt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdentityStep {
    GetId,
    GetCredentials,
}
