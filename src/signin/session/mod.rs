//! The sign-in session as a pure state machine: `apply(event) -> effects`. The window and the
//! command line both drive it; neither decides anything about sign-in on its own. Time comes
//! in with the events and randomness from the SRP source it was built with, so every step can
//! be replayed in a test.
//!
//! Editing ──Submit──▶ Submitting ──▶ SignedIn (──Refresh──▶ SignedIn)
//!                      │   ▲  │
//!                      │   │  └──▶ Challenge ──Answer──▶ Submitting
//!                      │   └────── (PASSWORD_VERIFIER, MFA setup: answered without asking)
//!                      └──▶ Failed ──Submit──▶ …        Cancel / StartOver ──▶ Editing
//!
//! This file holds the session and its core (`apply`, the step each answer belongs to); the
//! other files add its methods one job each: `start` (InitiateAuth and Auto's fall-back from
//! SRP), `answer` (the person's answers), `mfa_setup`, `refresh`, and `background` (key
//! fetches, GetUser, sign-out), `identity` (AWS credentials from an identity pool).

mod answer;
mod background;
mod browser;
mod device;
mod device_state;
mod event;
mod identity;
mod mfa_setup;
mod phase;
mod refresh;
mod restore;
mod start;
mod step;

use crate::messages::Message;
use std::collections::HashMap;
use std::time::SystemTime;

use crate::cognito::srp::{SrpError, SrpExchange};
use crate::cognito::{AuthFlow, CognitoError, Reply};
use crate::signin::challenge::ChallengeKind;
use crate::signin::conversation::Conversation;
use crate::signin::explain::AttemptContext;
use crate::signin::failure::failure;
use crate::signin::service::{Call, Outcome};
use step::{Background, Step};

pub use browser::{BY_BROWSER, BY_CLIENT_CREDENTIALS};
pub use device_state::DeviceState;
pub use event::{Effect, Event};
pub use phase::{Activity, AwsCredentialsState, BrowserWait, Phase, SignedIn, TokenChecks};
pub use restore::FROM_TOKEN_CACHE;

pub type SrpSource = fn() -> Result<SrpExchange, SrpError>;

#[derive(Debug)]
pub struct SignInSession {
    phase: Phase,
    attempts: u64,
    in_flight: Option<(u64, Step)>,
    conversation: Option<Conversation>,
    flow: AuthFlow,
    notes: Vec<Message>,
    srp_source: SrpSource,
    /// Calls that run beside the sign-in: key fetches, GetUser, revoking at sign-out.
    background: HashMap<u64, Background>,
    /// Each issuer's JWKS, fetched once per session.
    jwks: HashMap<String, serde_json::Value>,
    check_tokens: bool,
    notice: Option<Notice>,
    /// Cognito accepted a new password for a temporary one: the password typed in the form is
    /// no longer the person's (issue 16: it was left in the field, to fail the next sign-in).
    password_replaced: bool,
}

/// A sentence for the person about something that finished in the background, and whether it
/// went as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Done(String),
    Warning(String),
}

impl Default for SignInSession {
    fn default() -> Self {
        Self::with_srp_source(SrpExchange::prepared_or_new)
    }
}

impl SignInSession {
    /// A session whose SRP secrets come from `source` (tests use a fixed one).
    pub fn with_srp_source(srp_source: SrpSource) -> Self {
        Self {
            phase: Phase::Editing,
            attempts: 0,
            in_flight: None,
            conversation: None,
            flow: AuthFlow::UserPassword,
            notes: Vec::new(),
            srp_source,
            background: HashMap::new(),
            jwks: HashMap::new(),
            check_tokens: true,
            notice: None,
            password_replaced: false,
        }
    }

    /// Whether signed-in tokens are checked against their issuer's keys (the window does;
    /// the command line prints tokens and has `decode` for checking).
    pub fn set_token_checks(&mut self, on: bool) {
        self.check_tokens = on;
    }

    /// A sentence for the person about something that finished in the background (sign-out).
    pub fn take_notice(&mut self) -> Option<Notice> {
        self.notice.take()
    }

    /// Whether Cognito accepted a new password in place of the one the sign-in started with,
    /// since this was last asked: the form's password field is then stale.
    pub fn take_password_replaced(&mut self) -> bool {
        std::mem::take(&mut self.password_replaced)
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn is_submitting(&self) -> bool {
        matches!(self.phase, Phase::Submitting { .. })
    }

    /// Whether any call is out, including a refresh while the tokens stay on screen.
    pub fn is_busy(&self) -> bool {
        self.in_flight.is_some()
    }

    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        tracing::trace!(event = event.name(), "event");
        let effects = self.react(event);
        tracing::trace!(phase = self.phase.name(), effects = effects.len(), "now");
        effects
    }

    fn react(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Submit(form) => self.submit(&form),
            Event::Answer(answer) => self.answer(answer),
            Event::StartOver => {
                // Dropping the conversation and tokens zeroizes the secrets (SecretString).
                let effects = self.abort();
                self.conversation = None;
                self.phase = Phase::Editing;
                effects
            }
            Event::SignOut => self.sign_out(false),
            Event::SignOutEverywhere => self.sign_out(true),
            Event::WhoAmI => self.who_am_i(),
            Event::GetAwsCredentials { identity_pool_id } => {
                self.get_aws_credentials(&identity_pool_id)
            }
            Event::RememberDevice(remember) => self.remember_device(remember),
            Event::Refresh => self.refresh(),
            Event::Resume {
                form,
                refresh_token,
            } => self.resume(&form, refresh_token),
            Event::Restore { form, tokens } => self.restore(&form, tokens),
            Event::Cancel => {
                let effects = self.abort();
                match &mut self.phase {
                    Phase::SignedIn(signed) => signed.refreshing = false,
                    Phase::Submitting { .. } | Phase::WaitingForBrowser(_) => {
                        self.phase = Phase::Editing
                    }
                    _ => {}
                }
                effects
            }
            Event::Retrying { attempt, retry } => {
                if let Phase::Submitting {
                    attempt: shown,
                    retrying,
                    ..
                } = &mut self.phase
                    && *shown == attempt
                {
                    *retrying = Some(retry);
                }
                Vec::new()
            }
            Event::Redirected { attempt, result } => self.redirected(attempt, result),
            Event::Finished {
                attempt,
                outcome,
                received_at,
            } => match self.in_flight.take() {
                Some((current, step)) if current == attempt => {
                    self.finished(step, outcome, received_at)
                }
                other if self.background.contains_key(&attempt) => {
                    self.in_flight = other;
                    self.background_finished(attempt, outcome, received_at)
                }
                // A cancelled or superseded request answering late changes nothing.
                other => {
                    self.in_flight = other;
                    Vec::new()
                }
            },
        }
    }

    fn abort(&mut self) -> Vec<Effect> {
        self.in_flight
            .take()
            .map(|(attempt, _)| Effect::Abort { attempt })
            .into_iter()
            .collect()
    }

    /// Sends the sign-in's next call; the spinner shows `activity` unless it is a refresh,
    /// which keeps the tokens on screen.
    fn start(&mut self, call: Call, step: Step, activity: Activity) -> Vec<Effect> {
        self.attempts += 1;
        let attempt = self.attempts;
        self.in_flight = Some((attempt, step));
        if activity != Activity::Refreshing
            && let Some(context) = self.context()
        {
            self.phase = Phase::Submitting {
                attempt,
                context,
                activity,
                retrying: None,
            };
        }
        vec![Effect::Send {
            attempt,
            call: Box::new(call),
        }]
    }

    fn context(&self) -> Option<AttemptContext> {
        self.conversation.as_ref().map(Conversation::context)
    }

    /// An answer the app gave by itself refused: a device Cognito no longer knows is forgotten
    /// and the sign-in starts again without it; anything else ends the sign-in.
    fn automatic_refused(&mut self, error: CognitoError) -> Vec<Effect> {
        let flow = self.flow.clone();
        match self.without_unknown_device(&error, flow, false) {
            Some(effects) => effects,
            None => self.fail(error),
        }
    }

    fn fail(&mut self, error: CognitoError) -> Vec<Effect> {
        self.phase = Phase::Failed(failure(error, self.context().as_ref()));
        Vec::new()
    }

    /// Reads the answer to the call in flight by what that call was for.
    fn finished(&mut self, step: Step, outcome: Outcome, at: SystemTime) -> Vec<Effect> {
        match step {
            Step::Initiate {
                flow,
                may_fall_back,
            } => self.initiated(flow, may_fall_back, outcome, at),
            Step::Automatic => match outcome {
                Ok(Reply::Auth(response)) => self.advance(response, at, false),
                Err(error) => self.automatic_refused(error),
                Ok(_) => self.fail(wrong_shape("RespondToAuthChallenge")),
            },
            Step::Answer(challenge) | Step::FinishSetup(challenge) => match outcome {
                Ok(Reply::Auth(response)) => {
                    self.password_replaced |=
                        matches!(challenge.kind, ChallengeKind::NewPassword { .. });
                    self.advance(response, at, false)
                }
                Err(error) => self.answer_refused(challenge, error),
                Ok(_) => self.fail(wrong_shape("RespondToAuthChallenge")),
            },
            Step::Associate(challenge) => match outcome {
                Ok(Reply::Associated(associated)) => self.show_totp_setup(challenge, associated),
                Err(error) => self.fail(error),
                Ok(_) => self.fail(wrong_shape("AssociateSoftwareToken")),
            },
            Step::VerifyTotp(challenge) => match outcome {
                Ok(Reply::Verified(verified)) => self.totp_verified(challenge, verified),
                Err(error) => self.answer_refused(challenge, error),
                Ok(_) => self.fail(wrong_shape("VerifySoftwareToken")),
            },
            Step::Refresh { by } => self.refreshed(by, outcome, at),
            Step::Token => self.token_received(outcome, at),
            // The wait for the browser ends with `Redirected`, never with an answer.
            Step::Browser => Vec::new(),
        }
    }
}

fn wrong_shape(operation: &str) -> CognitoError {
    CognitoError::UnexpectedResponse {
        status: 200,
        detail: format!("the answer to {operation} was not in the expected shape"),
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
