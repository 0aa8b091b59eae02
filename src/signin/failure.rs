//! What went wrong with a sign-in, as the person is told it: the cause kept for the developer
//! and the explanation for the tester. Its own file so that the challenge on screen (which
//! carries the last answer's problem) and the session both use it without using each other.

use crate::cognito::srp::SrpError;
use crate::cognito::{CognitoError, Endpoint, ServiceError};
use crate::messages::Message;

use super::explain::{
    AttemptContext, Explanation, explain_answer, explain_cognito, explain_input,
    explain_password_not_allowed, explain_srp,
};
use super::explain::{
    IdentityAttempt, explain_browser, explain_identity, explain_identity_pool_id,
    explain_no_id_token, explain_nonce,
};
use super::form::InputError;
use super::redirect::BrowserProblem;
use crate::cognito::identity::BadIdentityPoolId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureCause {
    InvalidInput(InputError),
    Cognito(ServiceError),
    Network(String),
    UnexpectedResponse(String),
    /// The server's SRP challenge could not be answered.
    Srp(SrpError),
    /// An answer that cannot be sent as it is (an empty code, an unsupported choice), or an
    /// identity pool asked for what it cannot be (a bad ID, a sign-in without an ID token).
    InvalidAnswer(String),
    /// Auto would have sent the password itself to `server`, which is not Amazon Cognito,
    /// without the person's yes for it.
    PasswordNotAllowed {
        server: String,
    },
    /// Managed login: the browser did not bring a code back (issue 17).
    Browser(BrowserProblem),
    /// Managed login: the ID token's nonce is not this sign-in's.
    NonceMismatch,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub cause: FailureCause,
    pub explanation: Explanation,
}

/// A problem with the person's answer to a challenge, found before anything was sent.
pub(super) fn answer_problem(message: Message) -> Failure {
    Failure {
        cause: FailureCause::InvalidAnswer(message.english()),
        explanation: explain_answer(message),
    }
}

/// The same, boxed: `Result`s that carry it stay small.
pub(super) fn boxed_problem(message: Message) -> Box<Failure> {
    Box::new(answer_problem(message))
}

pub(super) fn input_failure(error: InputError) -> Failure {
    Failure {
        explanation: explain_input(&error),
        cause: FailureCause::InvalidInput(error),
    }
}

pub(super) fn srp_failure(error: SrpError) -> Failure {
    Failure {
        explanation: explain_srp(&error),
        cause: FailureCause::Srp(error),
    }
}

/// Auto stopped before sending the password itself to a server that is not Amazon Cognito.
pub(super) fn password_not_allowed(endpoint: &Endpoint, why: &Message) -> Failure {
    let server = endpoint.host_and_port();
    Failure {
        explanation: explain_password_not_allowed(&server, why),
        cause: FailureCause::PasswordNotAllowed { server },
    }
}

pub(super) fn browser_failure(problem: BrowserProblem, callback: &str) -> Failure {
    Failure {
        explanation: explain_browser(&problem, callback),
        cause: FailureCause::Browser(problem),
    }
}

pub(super) fn nonce_failure() -> Failure {
    Failure {
        explanation: explain_nonce(),
        cause: FailureCause::NonceMismatch,
    }
}

/// An identity pool ID that is not one: nothing was sent.
pub(super) fn identity_pool_id_failure(bad: &BadIdentityPoolId) -> Failure {
    Failure {
        cause: FailureCause::InvalidAnswer(bad.to_string()),
        explanation: explain_identity_pool_id(bad),
    }
}

/// AWS credentials asked for a sign-in without an ID token (client credentials).
pub(super) fn no_id_token_failure() -> Failure {
    let explanation = explain_no_id_token();
    Failure {
        cause: FailureCause::InvalidAnswer(explanation.summary.english()),
        explanation,
    }
}

/// A refused or failed identity-pool call, in the identity pool's words.
pub(super) fn identity_failure(
    error: CognitoError,
    context: &AttemptContext,
    asked: &IdentityAttempt,
) -> Failure {
    let explanation = explain_identity(&error, context, asked);
    Failure {
        explanation,
        ..failure(error, None)
    }
}

pub(super) fn failure(error: CognitoError, context: Option<&AttemptContext>) -> Failure {
    // Every call is made within a conversation, so the context is always there in practice.
    let explanation = match context {
        Some(context) => explain_cognito(&error, context),
        None => explain_answer(Message::said(error.to_string())),
    };
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
