//! How opening the callback port or waiting for the browser can fail, in the person's words.

use std::fmt;
use std::time::Duration;

/// Why the callback port could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListenError {
    PortInUse { port: u16 },
    Other(String),
}

impl fmt::Display for ListenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PortInUse { port } => write!(
                f,
                "Port {port} on this computer is in use by another program: close it, or register another callback URL (http://localhost:PORT/callback) on the app client and put it in the profile."
            ),
            Self::Other(detail) => write!(
                f,
                "Cognito Login could not open the callback port to wait for the browser ({detail}): check the callback URL in the profile."
            ),
        }
    }
}

impl std::error::Error for ListenError {}

/// How a wait for the browser ended without an authorization code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedirectError {
    TimedOut {
        after: Duration,
    },
    /// Cognito (or the identity provider) sent the browser back with `error=…`; both texts are
    /// untrusted, cut to 200 characters and without control characters.
    Denied {
        error: String,
        description: String,
    },
    WrongState,
    MissingCode,
    Io(String),
}

impl fmt::Display for RedirectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TimedOut { after } => write!(
                f,
                "The browser did not come back within {}: finish signing in there, or start again.",
                spoken(*after)
            ),
            Self::Denied { error, description } => {
                write!(f, "Sign-in did not finish: Cognito answered \"{error}\"")?;
                if !description.is_empty() {
                    write!(f, " ({description})")?;
                }
                f.write_str(match error.as_str() {
                    "access_denied" => ". The sign-in was refused or cancelled in the browser: start again.",
                    "invalid_scope" => ". Allow these scopes on the app client, or ask for fewer.",
                    "unauthorized_client" => ". Allow the authorization code grant on the app client.",
                    _ => ". Check the app client's managed login settings, then start again.",
                })
            }
            Self::WrongState => f.write_str(
                "The browser came back from a different sign-in than the one this window started (its state did not match): start again.",
            ),
            Self::MissingCode => f.write_str(
                "The browser came back without an authorization code: check that the app client allows the authorization code grant, then start again.",
            ),
            Self::Io(detail) => write!(
                f,
                "Cognito Login stopped waiting for the browser ({detail}): start again."
            ),
        }
    }
}

impl std::error::Error for RedirectError {}

/// "5 minutes", "30 seconds", "300 milliseconds".
fn spoken(time: Duration) -> String {
    let seconds = time.as_secs();
    match (seconds, seconds / 60) {
        (60, _) => "1 minute".to_owned(),
        (60.., minutes) if seconds.is_multiple_of(60) => format!("{minutes} minutes"),
        (1.., _) => format!("{seconds} seconds"),
        (0, _) => format!("{} milliseconds", time.as_millis()),
    }
}

#[cfg(test)]
#[path = "failure_tests.rs"]
mod tests;
