//! The words for what goes wrong between the browser and this app in managed login (issue 17):
//! the callback's port, the wait, a refusal in the browser, a redirect that is not this
//! sign-in's. Cognito's refusals of the code itself are in `codes.rs` with its other codes.

use crate::cognito::loopback::{ListenError, RedirectError};
use crate::signin::redirect::BrowserProblem;

use super::explanation::Explanation;

pub fn explain_browser(problem: &BrowserProblem, callback: &str) -> Explanation {
    match problem {
        BrowserProblem::Listen(ListenError::PortInUse { port }) => Explanation::new(
            format!(
                "Port {port} on this computer is in use by another program, so the browser could not come back to Cognito Login."
            ),
            &[
                "Close the other program (another sign-in waiting in a second window?), then try again.",
                "Or register another callback URL on the app client, e.g. http://localhost:53683/callback, and put it in this profile.",
            ],
        ),
        BrowserProblem::Listen(text @ ListenError::Other(_)) => Explanation::new(
            format!("Cognito Login could not listen at {callback} for the browser ({text})."),
            &[
                "Check the callback URL: it must be http://localhost:PORT/PATH or http://127.0.0.1:PORT/PATH.",
            ],
        ),
        BrowserProblem::Redirect(RedirectError::TimedOut { .. }) => Explanation::new(
            "The browser did not come back in time, so the sign-in was given up.",
            &[
                "Sign in with browser again, and finish the sign-in in the browser tab it opens.",
                "If the browser showed an error page from Cognito instead (such as redirect_mismatch), register the callback URL on the app client.",
            ],
        ),
        BrowserProblem::Redirect(text @ RedirectError::Denied { error, .. }) => {
            let first = match error.as_str() {
                "access_denied" => {
                    "The sign-in was refused or cancelled in the browser.".to_owned()
                }
                "invalid_scope" => {
                    "The app client does not allow a scope this profile asks for.".to_owned()
                }
                "unauthorized_client" => {
                    "The app client may not use managed login with the authorization code grant."
                        .to_owned()
                }
                _ => format!("Cognito sent the browser back with an error ({error})."),
            };
            let mut explanation = Explanation::new(first, &[]);
            explanation = match error.as_str() {
                "invalid_scope" => explanation.hint("Ask only for the scopes the app client allows (App clients > the client > Login pages > OpenID Connect scopes)."),
                "unauthorized_client" => explanation.hint("Turn on \"Authorization code grant\" for the app client (Login pages > OAuth 2.0 grant types)."),
                _ => explanation.hint("Try again; if it keeps happening, ask whoever runs the user pool whether this user may sign in to this app."),
            };
            explanation.hint_why(format!("The browser said: {text}"))
        }
        BrowserProblem::Redirect(RedirectError::WrongState) => Explanation::new(
            "The browser came back from a different sign-in than the one started here, so it was not trusted.",
            &["Sign in with browser again, and use the tab it opens (not an older one)."],
        ),
        BrowserProblem::Redirect(RedirectError::MissingCode) => Explanation::new(
            "The browser came back without a sign-in code.",
            &[
                "Try again; if it keeps happening, check that the app client allows the authorization code grant.",
            ],
        ),
        BrowserProblem::Redirect(text @ RedirectError::Io(_)) => Explanation::new(
            format!("Waiting for the browser failed: {text}."),
            &["Try again."],
        ),
    }
}

/// The ID token's `nonce` is not the one this sign-in sent: it was made for another sign-in.
pub fn explain_nonce() -> Explanation {
    Explanation::new(
        "The ID token from the token endpoint was made for another sign-in (its nonce does not match), so it was not used.",
        &["Sign in with browser again; if it keeps happening, the domain is not the pool's own."],
    )
}
