//! The sign-in session as a pure state machine: `apply(event) -> effects`. The window and the
//! command line both drive it; neither decides anything about sign-in on its own.
//!
//! Editing ──Submit──▶ Submitting ──Finished──▶ SignedIn | Challenge | Failed
//!                        │  ▲
//!                   Cancel│  └─ a second Submit is ignored, so one click sends one request
//!                        ▼
//!                     Editing

use std::collections::BTreeMap;
use std::time::SystemTime;

use secrecy::SecretString;

use crate::cognito::{AuthResponse, CognitoError, ServiceError};
use crate::settings::Settings;

use super::explain::{AttemptContext, Explanation, explain_cognito, explain_input};
use super::form::{InputError, SignInForm, SignInRequest};
use super::service::Outcome;
use super::tokens::Tokens;

#[derive(Debug)]
pub enum Event {
    Submit(SignInForm),
    Cancel,
    Finished {
        attempt: u64,
        outcome: Outcome,
        received_at: SystemTime,
    },
    SignOut,
}

#[derive(Debug)]
pub enum Effect {
    /// Remember the non-secret fields (done when a sign-in is attempted).
    SaveSettings(Settings),
    Send {
        attempt: u64,
        request: SignInRequest,
    },
    Abort {
        attempt: u64,
    },
}

/// A step Cognito asks for that this version cannot answer yet: shown, not treated as an error.
#[derive(Debug, Clone)]
pub struct ChallengePrompt {
    pub name: String,
    /// Values are strings on the wire; anything else is shown as its JSON text.
    pub parameters: BTreeMap<String, String>,
    pub session: Option<SecretString>,
    pub available_challenges: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureCause {
    InvalidInput(InputError),
    Cognito(ServiceError),
    Network(String),
    UnexpectedResponse(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub cause: FailureCause,
    pub explanation: Explanation,
}

#[derive(Debug, Clone, Default)]
pub enum Phase {
    #[default]
    Editing,
    Submitting {
        attempt: u64,
        context: AttemptContext,
    },
    SignedIn(Tokens),
    Challenge(ChallengePrompt),
    Failed(Failure),
}

#[derive(Debug, Default)]
pub struct SignInSession {
    phase: Phase,
    attempts: u64,
}

impl SignInSession {
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn is_submitting(&self) -> bool {
        matches!(self.phase, Phase::Submitting { .. })
    }

    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Submit(form) => self.submit(&form),
            Event::Cancel => match self.phase {
                Phase::Submitting { attempt, .. } => {
                    self.phase = Phase::Editing;
                    vec![Effect::Abort { attempt }]
                }
                _ => Vec::new(),
            },
            Event::Finished {
                attempt,
                outcome,
                received_at,
            } => {
                let context = match &self.phase {
                    Phase::Submitting {
                        attempt: current,
                        context,
                    } if *current == attempt => context.clone(),
                    // A cancelled or superseded request answering late changes nothing.
                    _ => return Vec::new(),
                };
                self.phase = settle(outcome, &context, received_at);
                Vec::new()
            }
            Event::SignOut => {
                // Dropping the tokens zeroizes them (SecretString).
                if matches!(self.phase, Phase::SignedIn(_) | Phase::Challenge(_)) {
                    self.phase = Phase::Editing;
                }
                Vec::new()
            }
        }
    }

    fn submit(&mut self, form: &SignInForm) -> Vec<Effect> {
        if self.is_submitting() {
            return Vec::new();
        }
        let request = match form.validate() {
            Ok(request) => request,
            Err(error) => {
                self.phase = Phase::Failed(Failure {
                    explanation: explain_input(&error),
                    cause: FailureCause::InvalidInput(error),
                });
                return Vec::new();
            }
        };
        self.attempts += 1;
        let attempt = self.attempts;
        let context = AttemptContext {
            endpoint: request.endpoint.clone(),
            client_id: request.client_id.clone(),
            sent_secret: request.client_secret.is_some(),
            timeout_secs: request.timeout.as_secs(),
        };
        self.phase = Phase::Submitting { attempt, context };
        vec![
            Effect::SaveSettings(form.settings()),
            Effect::Send { attempt, request },
        ]
    }
}

fn settle(outcome: Outcome, context: &AttemptContext, received_at: SystemTime) -> Phase {
    let response = match outcome {
        Ok(response) => response,
        Err(error) => return Phase::Failed(failure(error, context)),
    };
    let AuthResponse {
        challenge_name,
        session,
        challenge_parameters,
        authentication_result,
        available_challenges,
    } = response;
    if let Some(result) = authentication_result {
        return Phase::SignedIn(Tokens::from_result(result, received_at));
    }
    match challenge_name {
        Some(name) => Phase::Challenge(ChallengePrompt {
            name,
            parameters: challenge_parameters
                .into_iter()
                .map(|(k, v)| {
                    let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                    (k, text)
                })
                .collect(),
            session,
            available_challenges: available_challenges.unwrap_or_default(),
        }),
        None => Phase::Failed(failure(
            CognitoError::UnexpectedResponse {
                status: 200,
                detail: "the answer had neither tokens nor a challenge".to_owned(),
            },
            context,
        )),
    }
}

fn failure(error: CognitoError, context: &AttemptContext) -> Failure {
    let explanation = explain_cognito(&error, context);
    let cause = match error {
        CognitoError::Service(e) => FailureCause::Cognito(e),
        CognitoError::Network { kind, detail } => {
            FailureCause::Network(format!("{}: {detail}", kind.describe()))
        }
        CognitoError::UnexpectedResponse { status, detail } => {
            FailureCause::UnexpectedResponse(format!("HTTP {status}: {detail}"))
        }
    };
    Failure { cause, explanation }
}

#[cfg(test)]
#[path = "machine_tests.rs"]
mod tests;
