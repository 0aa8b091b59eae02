//! Self-service without a window (issue 19): a form (the sign-in's own `SignInForm`) and what
//! the person asks for (`Request`) make the one `Call` to send; its answer is read into a
//! `Done` the window and the command line both show. Pure: no network, no clock, so every
//! answer and refusal is unit-tested; whoever holds the `Call` carries it out.

use std::time::Duration;

use secrecy::SecretString;

use crate::cognito::{
    AttributeType, ChangePasswordRequest, ClientId, ClientSecret, CodeDeliveryDetails,
    ConfirmForgotPasswordRequest, ConfirmSignUpRequest, ConfirmationCode, Endpoint,
    ForgotPasswordRequest, Operation, Password, Reply, ResendConfirmationCodeRequest,
    SignUpRequest, self_service_hash,
};

use super::explain::AttemptContext;
use super::failure::{Failure, answer_problem, failure, input_failure};
use super::form::{InputError, MAX_PASSWORD_CHARS, SignInForm};
use super::kind::SignInKind;
use super::service::{Call, Outcome};

mod missing;

pub use missing::{missing_attributes, parse_attribute};

/// What the person asks Cognito for. The username, where and which client come from the form.
#[derive(Debug)]
pub enum Request {
    /// A new account with this password and attributes (`email=a@example.com`, …).
    SignUp {
        password: Password,
        attributes: Vec<AttributeType>,
    },
    /// The code sent at sign-up confirms the account.
    ConfirmSignUp { code: ConfirmationCode },
    /// Another sign-up code.
    ResendConfirmationCode,
    /// A code to choose a new password with.
    ForgotPassword,
    /// The code ForgotPassword sent, and the new password.
    ConfirmForgotPassword {
        code: ConfirmationCode,
        new_password: Password,
    },
    /// The signed-in person's password: the access token says who (no username needed).
    ChangePassword {
        access_token: SecretString,
        old_password: Password,
        new_password: Password,
    },
}

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
    Failed(Failure),
}

/// A call on its way: what it was for and what the explanation of a refusal may mention.
#[derive(Debug, Clone)]
pub struct Pending {
    asked: Asked,
    context: AttemptContext,
}

/// Which request a `Pending` is for, without its secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    SignUp,
    ConfirmSignUp,
    Resend,
    Forgot,
    ConfirmForgot,
    ChangePassword,
}

/// The checked parts of the form a self-service call needs.
struct Checked {
    endpoint: Endpoint,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    username: String,
    timeout: Duration,
}

/// The call that carries out `request` for the form's user, or why it cannot be sent (nothing
/// was sent then).
pub fn start(form: &SignInForm, request: Request) -> Result<(Call, Pending), Box<Failure>> {
    let needs_username = !matches!(request, Request::ChangePassword { .. });
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
            (_, Ok(_)) => Done::Failed(answer_problem(
                "Cognito answered with something else than this call's answer.",
            )),
            (asked, Err(error)) => {
                let mut failed = failure(error, Some(&self.context));
                if asked == Asked::SignUp {
                    missing::name_missing_attributes(&mut failed);
                }
                Done::Failed(failed)
            }
        }
    }
}

/// The form's checks a self-service call shares with a refresh (no password, no pool ID),
/// with the username required unless the access token says who.
fn checked(form: &SignInForm, needs_username: bool) -> Result<Checked, InputError> {
    let mut plain = form.clone();
    // Self-service goes to the user-pools API whatever the profile's sign-in kind.
    plain.target.kind = SignInKind::default();
    plain.preferred_challenge.clear();
    if !needs_username {
        // ChangePassword sends neither client nor hash: the secret is not needed, nor the
        // username its hash would be of.
        plain.client_secret = ClientSecret::default();
    }
    let request = plain.validate_for_refresh()?;
    if needs_username && request.username.is_empty() {
        return Err(InputError::MissingUsername);
    }
    Ok(Checked {
        endpoint: request.endpoint,
        client_id: request.client_id,
        client_secret: request.client_secret,
        username: request.username,
        timeout: request.timeout,
    })
}

/// Empty codes and passwords are refused here rather than by Cognito, with words for them.
fn check_secrets(request: &Request) -> Result<(), Box<Failure>> {
    use secrecy::ExposeSecret as _;
    let code_ok = |code: &ConfirmationCode| !code.expose_secret().trim().is_empty();
    let password_ok = |password: &Password| {
        let typed = password.expose_secret();
        !typed.is_empty() && typed.chars().count() <= MAX_PASSWORD_CHARS
    };
    let problem = match request {
        Request::SignUp { password, .. } if !password_ok(password) => {
            Some("Type a password of 1 to 256 characters for the new account.")
        }
        Request::ConfirmSignUp { code } | Request::ConfirmForgotPassword { code, .. }
            if !code_ok(code) =>
        {
            Some("Type the code Cognito sent.")
        }
        Request::ConfirmForgotPassword { new_password, .. } if !password_ok(new_password) => {
            Some("Type a new password of 1 to 256 characters.")
        }
        Request::ChangePassword { access_token, .. } if access_token.expose_secret().is_empty() => {
            Some("Changing the password needs the access token of a sign-in: sign in first.")
        }
        Request::ChangePassword {
            old_password,
            new_password,
            ..
        } if !password_ok(old_password) || !password_ok(new_password) => {
            Some("Type the current password and a new one of 1 to 256 characters.")
        }
        _ => None,
    };
    problem.map_or(Ok(()), |text| Err(Box::new(answer_problem(text))))
}

fn asked(request: &Request) -> Asked {
    match request {
        Request::SignUp { .. } => Asked::SignUp,
        Request::ConfirmSignUp { .. } => Asked::ConfirmSignUp,
        Request::ResendConfirmationCode => Asked::Resend,
        Request::ForgotPassword => Asked::Forgot,
        Request::ConfirmForgotPassword { .. } => Asked::ConfirmForgot,
        Request::ChangePassword { .. } => Asked::ChangePassword,
    }
}

fn operation(checked: &Checked, request: Request) -> Operation {
    let client_id = checked.client_id.clone();
    let username = checked.username.clone();
    let secret_hash = self_service_hash(checked.client_secret.as_ref(), &username, &client_id);
    match request {
        Request::SignUp {
            password,
            attributes,
        } => Operation::SignUp(SignUpRequest {
            client_id,
            secret_hash,
            username,
            password,
            user_attributes: attributes,
            client_metadata: None,
        }),
        Request::ConfirmSignUp { code } => Operation::ConfirmSignUp(ConfirmSignUpRequest {
            client_id,
            secret_hash,
            username,
            confirmation_code: code,
        }),
        Request::ResendConfirmationCode => {
            Operation::ResendConfirmationCode(ResendConfirmationCodeRequest {
                client_id,
                secret_hash,
                username,
            })
        }
        Request::ForgotPassword => Operation::ForgotPassword(ForgotPasswordRequest {
            client_id,
            secret_hash,
            username,
        }),
        Request::ConfirmForgotPassword { code, new_password } => {
            Operation::ConfirmForgotPassword(ConfirmForgotPasswordRequest {
                client_id,
                secret_hash,
                username,
                confirmation_code: code,
                password: new_password,
            })
        }
        Request::ChangePassword {
            access_token,
            old_password,
            new_password,
        } => Operation::ChangePassword(ChangePasswordRequest {
            access_token,
            previous_password: old_password,
            proposed_password: new_password,
        }),
    }
}

#[cfg(test)]
#[path = "self_service_tests.rs"]
mod tests;
