//! What an explanation is, and what it may know of the attempt: the words every explaining
//! file builds. Its own file so that the table of Cognito's codes and the other explanations
//! share it without using each other.

use crate::cognito::{ClientId, Endpoint};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// One plain sentence: what happened.
    pub summary: String,
    /// What to do about it, one step each.
    pub hints: Vec<String>,
    /// The hint that says why it happened rather than what to do (it is in `hints` too):
    /// the command line shows it alone where the window's other hints point at its buttons.
    pub why: Option<String>,
}

impl Explanation {
    pub(crate) fn new(summary: impl Into<String>, hints: &[&str]) -> Self {
        Self {
            summary: summary.into(),
            hints: hints.iter().map(|h| (*h).to_owned()).collect(),
            why: None,
        }
    }

    pub(super) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds the hint that says why (see `why`).
    pub(super) fn hint_why(mut self, why: impl Into<String>) -> Self {
        let why = why.into();
        self.why = Some(why.clone());
        self.hint(why)
    }
}

/// What the explanation may mention about the attempt (never a secret).
#[derive(Debug, Clone)]
pub struct AttemptContext {
    pub endpoint: Endpoint,
    pub client_id: ClientId,
    pub sent_secret: bool,
    pub timeout_secs: u64,
    /// The username the last call sent (and hashed, with a client secret).
    pub username: String,
    /// Whether the user pool ID was given: SRP cannot start without it.
    pub pool_id_given: bool,
    /// Client credentials: the app client's own sign-in, which always sends its secret.
    pub by_client_credentials: bool,
}
