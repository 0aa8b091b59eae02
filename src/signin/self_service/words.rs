//! Cognito's refusals of self-service calls in the words of the screen they happen on: the
//! sign-in's table explains a wrong code as an authenticator app's, a wrong current password
//! as a sign-in's, and a weak password as a new one that may repeat a recent one; here a code
//! came by e-mail or SMS, the password is the current one, and a new account has no history.

use crate::cognito::ServiceError;
use crate::messages::Message;

use super::super::explain::Explanation;
use super::super::failure::{Failure, FailureCause, answer_problem};
use super::request::Asked;

/// Puts `failed`'s explanation in the words of the self-service call `asked`, when they
/// differ from a sign-in's.
pub(super) fn in_self_service_terms(asked: Asked, failed: &mut Failure) {
    let FailureCause::Cognito(ServiceError { code, .. }) = &failed.cause else {
        return;
    };
    let takes_a_code = matches!(
        asked,
        Asked::ConfirmSignUp | Asked::ConfirmForgot | Asked::Verify
    );
    let words: Option<(&str, &[&str])> = match code.as_str() {
        "CodeMismatchException" if takes_a_code => Some((
            "desk-code-wrong",
            &["desk-code-wrong-newest", "desk-code-wrong-spam"],
        )),
        "ExpiredCodeException" if takes_a_code => {
            Some(("desk-code-expired", &["desk-code-expired-send-again"]))
        }
        "NotAuthorizedException" if asked == Asked::ChangePassword => Some((
            "desk-current-password-wrong",
            &["desk-current-password-hint"],
        )),
        "InvalidPasswordException" if asked == Asked::SignUp => {
            Some(("desk-password-rules", &["desk-password-rules-hint"]))
        }
        _ => None,
    };
    if let Some((summary, hints)) = words {
        let hints = hints.iter().map(|key| Message::new(key)).collect();
        failed.explanation = explanation(Message::new(summary), hints);
    }
}

/// A problem found before anything was sent (an empty code, a call with no answer of its
/// kind): the person's problem, in the explanation's words.
pub(super) fn problem(message: Message) -> Failure {
    answer_problem(message)
}

/// An explanation of these messages.
pub(super) fn explanation(summary: Message, hints: Vec<Message>) -> Explanation {
    Explanation {
        summary,
        hints,
        why: None,
    }
}
