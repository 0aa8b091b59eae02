//! Cognito's refusals of self-service calls in the words of the screen they happen on: the
//! sign-in's table explains a wrong code as an authenticator app's, a wrong current password
//! as a sign-in's, and a weak password as a new one that may repeat a recent one; here a code
//! came by e-mail or SMS, the password is the current one, and a new account has no history.

use crate::cognito::ServiceError;

use super::super::explain::Explanation;
use super::super::failure::{Failure, FailureCause};
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
            "The code is wrong.",
            &[
                "Type the code from the newest message: each code sent replaces the one before.",
                "Codes come by e-mail or SMS; look in the spam folder too.",
            ],
        )),
        "ExpiredCodeException" if takes_a_code => Some((
            "The code has expired or was used already.",
            &["Send the code again, and type the new one."],
        )),
        "NotAuthorizedException" if asked == Asked::ChangePassword => Some((
            "The current password is wrong.",
            &["Type the password you signed in with."],
        )),
        "InvalidPasswordException" if asked == Asked::SignUp => Some((
            "The password does not meet the user pool's rules.",
            &["Cognito's message below states the rule."],
        )),
        _ => None,
    };
    if let Some((summary, hints)) = words {
        failed.explanation = Explanation::new(summary, hints);
    }
}
