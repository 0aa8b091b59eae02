//! What the window and the command line tell the session (events), and what it asks them to
//! do in return (effects).

use std::time::SystemTime;

use crate::cognito::retry::Retry;
use crate::cognito::{AuthorizationCode, RefreshToken, RememberedDevice, Url};
use crate::signin::challenge::Answer;
use crate::signin::device_owner::DeviceOwner;
use crate::signin::form::SignInForm;
use crate::signin::redirect::{BrowserProblem, RedirectWait};
use crate::signin::service::{Call, Outcome};
use crate::workbench::tokens::Tokens;

#[derive(Debug)]
pub enum Event {
    Submit(SignInForm),
    /// The person's answer to the challenge on screen.
    Answer(Answer),
    /// Leave a challenge or a failure and go back to the form.
    StartOver,
    /// New ID and access tokens from the refresh token.
    Refresh,
    /// Start from a refresh token alone (the command line's `refresh`): validates the form
    /// without a password, then refreshes.
    Resume {
        form: SignInForm,
        refresh_token: RefreshToken,
    },
    /// Signed in from tokens kept between runs (the token cache, with the keychain's refresh
    /// token if any): validates the form without a password, makes no call.
    Restore {
        form: SignInForm,
        tokens: Tokens,
    },
    Cancel,
    Finished {
        attempt: u64,
        outcome: Outcome,
        received_at: SystemTime,
    },
    /// Forget the tokens here, after revoking the refresh token with Cognito.
    SignOut,
    /// Sign out on every device (GlobalSignOut), then forget the tokens here.
    SignOutEverywhere,
    /// Ask Cognito who the access token belongs to (GetUser).
    WhoAmI,
    /// Trade the ID token for AWS credentials at this identity pool (GetId, then
    /// GetCredentialsForIdentity); the answer lands in `SignedIn::aws`.
    GetAwsCredentials {
        identity_pool_id: String,
    },
    /// The person's answer to "Remember this computer?" (UpdateDeviceStatus).
    RememberDevice(bool),
    /// The call `attempt` failed in a way worth another try, which is about to happen.
    Retrying {
        attempt: u64,
        retry: Retry,
    },
    /// The browser came back to the callback (or the wait for it ended): managed login.
    Redirected {
        attempt: u64,
        result: Result<AuthorizationCode, BrowserProblem>,
    },
}

impl Event {
    /// What kind of event this is, for the log (its contents may hold secrets).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Submit(_) => "Submit",
            Self::Answer(_) => "Answer",
            Self::StartOver => "StartOver",
            Self::Refresh => "Refresh",
            Self::Resume { .. } => "Resume",
            Self::Restore { .. } => "Restore",
            Self::Cancel => "Cancel",
            Self::Finished { outcome, .. } if outcome.is_ok() => "Finished(answer)",
            Self::Finished { .. } => "Finished(error)",
            Self::SignOut => "SignOut",
            Self::SignOutEverywhere => "SignOutEverywhere",
            Self::WhoAmI => "WhoAmI",
            Self::GetAwsCredentials { .. } => "GetAwsCredentials",
            Self::RememberDevice(_) => "RememberDevice",
            Self::Retrying { .. } => "Retrying",
            Self::Redirected { result: Ok(_), .. } => "Redirected(code)",
            Self::Redirected { .. } => "Redirected(problem)",
        }
    }
}

#[derive(Debug)]
pub enum Effect {
    /// Remember the submitted form's non-secret fields (a sign-in is being attempted). The
    /// caller holds that form; how it is remembered is the settings' business, a layer up.
    SaveSettings,
    Send {
        attempt: u64,
        /// Boxed: a call (its request and secrets) is far larger than the other effects.
        call: Box<Call>,
    },
    Abort {
        attempt: u64,
    },
    /// Hold the callback's port and wait for the browser there; once the port is held, the
    /// runner hands back `OpenBrowser` for the managed-login page (a busy port is known first).
    AwaitRedirect {
        attempt: u64,
        wait: Box<RedirectWait>,
    },
    /// Open this address in the system browser (the window also shows it, with Copy): the
    /// managed-login page, or the domain's /logout at sign-out.
    OpenBrowser(Url),
    /// Keep this device for its owner (the keychain): Cognito confirmed it.
    KeepDevice {
        owner: DeviceOwner,
        device: RememberedDevice,
    },
    /// Forget the device kept for this owner: Cognito no longer knows it, or the person asked.
    ForgetDevice {
        owner: DeviceOwner,
    },
}
