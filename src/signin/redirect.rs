//! Managed login's wait for the browser (issue 17): what the runner listens for, and what can
//! go wrong on this computer's side of it (the listener, the redirect). Cognito's own refusals
//! of the code come back as `CognitoError`s like any other call's.

use std::fmt;
use std::time::Duration;

use crate::cognito::Url;
use crate::cognito::loopback::{CallbackUrl, ListenError, RedirectError};

/// How long the browser has to come back: long enough for a person to find the tab, type a
/// password and answer MFA, short enough that a forgotten sign-in does not hold the port.
pub const BROWSER_WAIT: Duration = Duration::from_secs(5 * 60);

/// What the runner listens for: the registered callback, the `state` the browser must bring
/// back, for how long, and the managed-login page to open once the port is held.
#[derive(Debug, Clone)]
pub struct RedirectWait {
    pub callback: CallbackUrl,
    pub state: String,
    pub timeout: Duration,
    pub address: Url,
}

/// Why the browser did not bring a code back: the listener's own errors, kept whole (the
/// explanation picks its words by their kind, the command line its exit code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserProblem {
    /// The callback's port could not be held (another program has it).
    Listen(ListenError),
    Redirect(RedirectError),
}

impl From<ListenError> for BrowserProblem {
    fn from(error: ListenError) -> Self {
        Self::Listen(error)
    }
}

impl From<RedirectError> for BrowserProblem {
    fn from(error: RedirectError) -> Self {
        Self::Redirect(error)
    }
}

impl BrowserProblem {
    /// Said no to (in the browser, or by a redirect that is not this sign-in's), rather than
    /// never answered: the command line's exit code 3 rather than 4.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Self::Redirect(
                RedirectError::Denied { .. }
                    | RedirectError::WrongState
                    | RedirectError::MissingCode
            )
        )
    }
}

impl fmt::Display for BrowserProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Listen(error) => error.fmt(f),
            Self::Redirect(error) => error.fmt(f),
        }
    }
}
