//! When a call is sent again, and after how long (../shared/docs/cognito-protocol.md §9).
//! Only for faults that are not the person's: throttling, Cognito's internal errors, 5xx and
//! connections that failed. Never for NotAuthorizedException or any other 4xx answer, because
//! each retry of a wrong password extends Cognito's lockout.

use std::time::Duration;

use super::error::{CognitoError, NetworkErrorKind};
use super::wire::Operation;

/// As many attempts as Amplify makes by default.
pub const MAX_ATTEMPTS: u32 = 3;

/// A retry about to happen: which attempt comes next, of how many, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    pub attempt: u32,
    pub of: u32,
    pub reason: String,
}

/// Whether `error` from `operation` is worth another try.
///
/// A timeout is never retried: the attempt used the whole time the person allowed. Answers to
/// a challenge (a one-time code, the SRP proof, a new authenticator) are sent again only when
/// they surely were not processed — the connection was refused, or Cognito throttled — because
/// a processed answer uses up its session.
pub fn worth_retrying(operation: &Operation, error: &CognitoError) -> bool {
    // An authorization code is single-use: a second try of one that was processed is refused
    // (`invalid_grant`), and would hide what the first answered.
    if matches!(operation, Operation::OAuthToken(request) if request.spends_a_code()) {
        return false;
    }
    // Self-service calls that change the account are alike: a second SignUp of one that went
    // through answers UsernameExistsException, a second ConfirmSignUp "cannot be confirmed",
    // each hiding that the first worked.
    let answers_a_challenge = matches!(
        operation,
        Operation::RespondToAuthChallenge(_)
            | Operation::VerifySoftwareToken(_)
            | Operation::SignUp(_)
            | Operation::ConfirmSignUp(_)
            | Operation::ConfirmForgotPassword(_)
            | Operation::ChangePassword(_)
            | Operation::VerifyUserAttribute(_)
    ) || matches!(operation, Operation::Device(device) if device.changes_the_account());
    match error {
        CognitoError::Network { kind, .. } => match kind {
            NetworkErrorKind::Refused => true,
            NetworkErrorKind::Other => !answers_a_challenge,
            NetworkErrorKind::Dns
            | NetworkErrorKind::Tls
            | NetworkErrorKind::Timeout
            | NetworkErrorKind::Proxy => false,
        },
        CognitoError::Service(e) => match e.code.as_str() {
            "TooManyRequestsException" => true,
            "InternalErrorException" => !answers_a_challenge,
            _ => e.status >= 500 && !answers_a_challenge,
        },
        CognitoError::UnexpectedResponse { status, .. } => {
            (500..=599).contains(status) && !answers_a_challenge
        }
    }
}

/// How long to wait before attempt `next` (2 or 3): 200 ms, then 400 ms, plus `jitter_ms`
/// (0–99, so that many clients that failed together do not come back together).
pub fn backoff(next: u32, jitter_ms: u64) -> Duration {
    let exponent = next.saturating_sub(1).min(10);
    Duration::from_millis(100 * (1u64 << exponent) + jitter_ms % 100)
}

#[cfg(test)]
#[path = "retry_tests.rs"]
mod tests;
