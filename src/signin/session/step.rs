//! What each call the session has out is for, so that its answer can be read when it comes:
//! the one call of the sign-in itself, and the calls that run beside it.

use crate::cognito::Url;
use crate::signin::challenge::Challenge;

/// What the call in flight was for, so its answer can be read.
#[derive(Debug)]
pub(super) enum Step {
    Initiate {
        flow: &'static str,
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
        operation: &'static str,
    },
}

/// A call beside the sign-in, which never blocks it.
#[derive(Debug)]
pub(super) enum Background {
    Jwks(Url),
    WhoAmI,
    SignOut { global: bool },
}
