//! The words for what goes wrong between the browser and this app in managed login (issue 17):
//! the callback's port, the wait, a refusal in the browser, a redirect that is not this
//! sign-in's. Cognito's refusals of the code itself are in `codes.rs` with its other codes.

use crate::cognito::loopback::{ListenError, RedirectError};
use crate::signin::redirect::BrowserProblem;

use crate::messages::Message;

use super::explanation::Explanation;

pub fn explain_browser(problem: &BrowserProblem, callback: &str) -> Explanation {
    match problem {
        BrowserProblem::Listen(ListenError::PortInUse { port }) => Explanation::of(
            Message::new("error-browser-port").with("port", port.to_string()),
            &["error-browser-port-hint", "error-browser-port-hint-other"],
        ),
        BrowserProblem::Listen(text @ ListenError::Other(_)) => Explanation::of(
            Message::new("error-browser-listen")
                .with("callback", callback)
                .with("said", text.to_string()),
            &["error-browser-listen-hint"],
        ),
        BrowserProblem::Redirect(RedirectError::TimedOut { .. }) => Explanation::keys(
            "error-browser-timeout",
            &[
                "error-browser-timeout-hint",
                "error-browser-timeout-hint-page",
            ],
        ),
        BrowserProblem::Redirect(text @ RedirectError::Denied { error, .. }) => {
            let (first, hint) = match error.as_str() {
                "access_denied" => (
                    Message::new("error-browser-denied"),
                    "error-browser-denied-hint",
                ),
                "invalid_scope" => (
                    Message::new("error-browser-scope"),
                    "error-browser-scope-hint",
                ),
                "unauthorized_client" => (
                    Message::new("error-browser-unauthorized"),
                    "error-browser-unauthorized-hint",
                ),
                _ => (
                    Message::new("error-browser-error").with("error", error.as_str()),
                    "error-browser-denied-hint",
                ),
            };
            Explanation::of(first, &[hint])
                .hint_why(Message::new("error-browser-said").with("said", text.to_string()))
        }
        BrowserProblem::Redirect(RedirectError::WrongState) => Explanation::keys(
            "error-browser-wrong-state",
            &["error-browser-wrong-state-hint"],
        ),
        BrowserProblem::Redirect(RedirectError::MissingCode) => {
            Explanation::keys("error-browser-no-code", &["error-browser-no-code-hint"])
        }
        BrowserProblem::Redirect(text @ RedirectError::Io(_)) => Explanation::of(
            Message::new("error-browser-io").with("said", text.to_string()),
            &["error-try-again"],
        ),
    }
}

/// The ID token's `nonce` is not the one this sign-in sent: it was made for another sign-in.
pub fn explain_nonce() -> Explanation {
    Explanation::keys("error-nonce", &["error-nonce-hint"])
}
