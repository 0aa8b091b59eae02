//! Self-service without a window (issue 19): a form (the sign-in's own `SignInForm`) and what
//! the person asks for (`Request`) make the one `Call` to send; its answer is read into a
//! `Done` the window and the command line both show. Pure: no network, no clock, so every
//! answer and refusal is unit-tested; whoever holds the `Call` carries it out.

use crate::cognito::{AttributeType, CodeDeliveryDetails, DeviceList, Reply};
use crate::messages::Message;

use super::explain::AttemptContext;
use super::failure::{Failure, failure, input_failure};
use super::form::SignInForm;
use super::service::{Call, Outcome};

mod desk;
mod missing;
mod request;
mod words;

pub use desk::{Desk, FIRST_ATTEMPT, Next, RESEND_COOL_DOWN, Screen, attribute_words, medium};
pub use missing::{missing_attributes, parse_attribute};
pub use request::Request;
use request::{Asked, asked, check_secrets, checked, operation};

/// How a self-service call ended, as the person is shown it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// SignUp went through: confirmed at once (a PreSignUp trigger) or waiting for the code
    /// sent to `code_delivery`.
    SignedUp {
        confirmed: bool,
        user_sub: String,
        code_delivery: Option<CodeDeliveryDetails>,
    },
    /// ResendConfirmationCode or ForgotPassword sent a code (where, when Cognito says).
    CodeSent(Option<CodeDeliveryDetails>),
    /// ConfirmSignUp: the account may sign in now.
    Confirmed,
    /// ConfirmForgotPassword: the new password is set.
    PasswordReset,
    /// ChangePassword: the new password is set.
    PasswordChanged,
    /// GetUser: the signed-in person's attributes, as Cognito keeps them.
    Attributes(Vec<AttributeType>),
    /// UpdateUserAttributes: saved; a changed e-mail or phone number waits for the code sent
    /// to each of these before Cognito counts it as verified.
    AttributesSaved(Vec<CodeDeliveryDetails>),
    /// VerifyUserAttribute: the attribute is verified.
    Verified,
    /// ListDevices: the first page of the signed-in person's tracked devices (its
    /// `pagination_token` says there are more).
    Devices(DeviceList),
    /// ForgetDevice: Cognito no longer tracks the device.
    DeviceForgotten,
    Failed(Failure),
}

/// A call on its way: what it was for and what the explanation of a refusal may mention.
#[derive(Debug, Clone)]
pub struct Pending {
    asked: Asked,
    context: AttemptContext,
}

/// The call that carries out `request` for the form's user, or why it cannot be sent (nothing
/// was sent then).
pub fn start(form: &SignInForm, request: Request) -> Result<(Call, Pending), Box<Failure>> {
    let needs_username = request.needs_username();
    let checked = checked(form, needs_username).map_err(|e| Box::new(input_failure(e)))?;
    check_secrets(&request)?;
    let asked = asked(&request);
    let context = AttemptContext {
        endpoint: checked.endpoint.clone(),
        client_id: checked.client_id.clone(),
        sent_secret: checked.client_secret.is_some() && needs_username,
        timeout_secs: checked.timeout.as_secs(),
        username: checked.username.clone(),
        pool_id_given: !form.target.pool_id.trim().is_empty(),
        by_client_credentials: false,
    };
    let call = Call {
        endpoint: checked.endpoint.clone(),
        timeout: checked.timeout,
        operation: operation(&checked, request),
    };
    Ok((call, Pending { asked, context }))
}

impl Pending {
    /// Cognito's answer (or the network's failure) as the person is shown it.
    pub fn finish(&self, outcome: Outcome) -> Done {
        match (self.asked, outcome) {
            (Asked::SignUp, Ok(Reply::SignedUp(answer))) => Done::SignedUp {
                confirmed: answer.user_confirmed,
                user_sub: answer.user_sub,
                code_delivery: answer.code_delivery,
            },
            (Asked::Resend | Asked::Forgot, Ok(Reply::CodeSent(to))) => Done::CodeSent(to),
            (Asked::ConfirmSignUp, Ok(Reply::Done)) => Done::Confirmed,
            (Asked::ConfirmForgot, Ok(Reply::Done)) => Done::PasswordReset,
            (Asked::ChangePassword, Ok(Reply::Done)) => Done::PasswordChanged,
            (Asked::ReadAttributes, Ok(Reply::User(user))) => {
                Done::Attributes(user.user_attributes)
            }
            (Asked::SaveAttributes, Ok(Reply::AttributesUpdated(sent))) => {
                Done::AttributesSaved(sent)
            }
            (Asked::SendVerificationCode, Ok(Reply::CodeSent(to))) => Done::CodeSent(to),
            (Asked::Verify, Ok(Reply::Done)) => Done::Verified,
            (Asked::ListDevices, Ok(Reply::Devices(list))) => Done::Devices(list),
            (Asked::ForgetDevice, Ok(Reply::Done)) => Done::DeviceForgotten,
            (_, Ok(_)) => Done::Failed(words::problem(Message::new("desk-unexpected-answer"))),
            (asked, Err(error)) => {
                let mut failed = failure(error, Some(&self.context));
                if asked == Asked::SignUp {
                    missing::name_missing_attributes(&mut failed);
                }
                words::in_self_service_terms(asked, &mut failed);
                Done::Failed(failed)
            }
        }
    }
}

#[cfg(test)]
#[path = "self_service_tests.rs"]
mod tests;
