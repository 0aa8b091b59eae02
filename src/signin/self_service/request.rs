//! What the person asks of self-service (`Request`), checked and turned into the one Cognito
//! operation that carries it out. Pure: the form's checks, the words for an empty code or
//! password, SECRET_HASH where a username is sent.

use std::time::Duration;

use secrecy::SecretString;

use crate::cognito::device::MOST_DEVICES_PER_PAGE;
use crate::cognito::{
    AttributeType, ChangePasswordRequest, ClientId, ClientSecret, ConfirmForgotPasswordRequest,
    ConfirmSignUpRequest, ConfirmationCode, DeviceKey, DeviceOperation, Endpoint,
    ForgetDeviceRequest, ForgotPasswordRequest, GetUserAttributeVerificationCodeRequest,
    GetUserRequest, ListDevicesRequest, Operation, Password, ResendConfirmationCodeRequest,
    SignUpRequest, UpdateUserAttributesRequest, VerifyUserAttributeRequest, self_service_hash,
};

use crate::messages::Message;

use super::super::failure::{Failure, answer_problem};
use super::super::form::{InputError, MAX_PASSWORD_CHARS, SignInForm};
use super::super::kind::SignInKind;

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
    /// The signed-in person's attributes (GetUser).
    ReadAttributes { access_token: SecretString },
    /// New values for some of the signed-in person's attributes.
    SaveAttributes {
        access_token: SecretString,
        attributes: Vec<AttributeType>,
    },
    /// A code to verify the signed-in person's `attribute` (`email`, `phone_number`).
    SendVerificationCode {
        access_token: SecretString,
        attribute: String,
    },
    /// The code that verifies `attribute`.
    Verify {
        access_token: SecretString,
        attribute: String,
        code: ConfirmationCode,
    },
    /// The signed-in person's devices Cognito tracks: the first page, as many as Cognito
    /// gives in one (60), which is more than a tester's computers.
    ListDevices { access_token: SecretString },
    /// Cognito stops tracking this device of the signed-in person.
    ForgetDevice {
        access_token: SecretString,
        device_key: DeviceKey,
    },
}

impl Request {
    /// Whether the form's username is sent: not when an access token says who.
    pub(super) fn needs_username(&self) -> bool {
        self.access_token().is_none()
    }

    fn access_token(&self) -> Option<&SecretString> {
        match self {
            Request::ChangePassword { access_token, .. }
            | Request::ReadAttributes { access_token }
            | Request::SaveAttributes { access_token, .. }
            | Request::SendVerificationCode { access_token, .. }
            | Request::Verify { access_token, .. }
            | Request::ListDevices { access_token }
            | Request::ForgetDevice { access_token, .. } => Some(access_token),
            _ => None,
        }
    }
}

/// Which request a `Pending` is for, without its secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Asked {
    SignUp,
    ConfirmSignUp,
    Resend,
    Forgot,
    ConfirmForgot,
    ChangePassword,
    ReadAttributes,
    SaveAttributes,
    SendVerificationCode,
    Verify,
    ListDevices,
    ForgetDevice,
}

/// The checked parts of the form a self-service call needs.
pub(super) struct Checked {
    pub(super) endpoint: Endpoint,
    pub(super) client_id: ClientId,
    pub(super) client_secret: Option<ClientSecret>,
    pub(super) username: String,
    pub(super) timeout: Duration,
}

/// The form's checks a self-service call shares with a refresh (no password, no pool ID),
/// with the username required unless the access token says who.
/// The client ID the form's checks see for a call that sends none.
const NOT_SENT: &str = "unsent";

pub(super) fn checked(form: &SignInForm, needs_username: bool) -> Result<Checked, InputError> {
    let mut plain = form.clone();
    // Self-service goes to the user-pools API whatever the profile's sign-in kind.
    plain.target.kind = SignInKind::default();
    plain.preferred_challenge.clear();
    if !needs_username {
        // The calls with an access token send neither client nor hash: the secret is not
        // needed, nor the username its hash would be of, nor the client ID the form's checks
        // ask for (a stand-in passes them; the typed one, even none, is what is told).
        plain.client_secret = ClientSecret::default();
        plain.target.client_id = NOT_SENT.into();
    }
    let request = plain.validate_for_refresh()?;
    if needs_username && request.username.is_empty() {
        return Err(InputError::MissingUsername);
    }
    let client_id = match needs_username {
        true => request.client_id,
        false => ClientId::from(form.target.client_id.trim()),
    };
    Ok(Checked {
        endpoint: request.endpoint,
        client_id,
        client_secret: request.client_secret,
        username: request.username,
        timeout: request.timeout,
    })
}

/// Empty codes and passwords are refused here rather than by Cognito, with words for them.
pub(super) fn check_secrets(request: &Request) -> Result<(), Box<Failure>> {
    use secrecy::ExposeSecret as _;
    let code_ok = |code: &ConfirmationCode| !code.expose_secret().trim().is_empty();
    let password_ok = |password: &Password| {
        let typed = password.expose_secret();
        !typed.is_empty() && typed.chars().count() <= MAX_PASSWORD_CHARS
    };
    let problem = match request {
        Request::SignUp { password, .. } if !password_ok(password) => {
            Some("desk-type-account-password")
        }
        Request::ConfirmSignUp { code } | Request::ConfirmForgotPassword { code, .. }
            if !code_ok(code) =>
        {
            Some("desk-type-code")
        }
        Request::ConfirmForgotPassword { new_password, .. } if !password_ok(new_password) => {
            Some("desk-type-new-password")
        }
        _ if request
            .access_token()
            .is_some_and(|token| token.expose_secret().is_empty()) =>
        {
            Some("desk-needs-access-token")
        }
        Request::Verify { code, .. } if !code_ok(code) => Some("desk-type-code"),
        Request::SaveAttributes { attributes, .. } if attributes.is_empty() => {
            Some("desk-nothing-to-save")
        }
        Request::ChangePassword {
            old_password,
            new_password,
            ..
        } if !password_ok(old_password) || !password_ok(new_password) => {
            Some("desk-type-both-passwords")
        }
        _ => None,
    };
    problem.map_or(Ok(()), |key| {
        Err(Box::new(answer_problem(Message::new(key))))
    })
}

pub(super) fn asked(request: &Request) -> Asked {
    match request {
        Request::SignUp { .. } => Asked::SignUp,
        Request::ConfirmSignUp { .. } => Asked::ConfirmSignUp,
        Request::ResendConfirmationCode => Asked::Resend,
        Request::ForgotPassword => Asked::Forgot,
        Request::ConfirmForgotPassword { .. } => Asked::ConfirmForgot,
        Request::ChangePassword { .. } => Asked::ChangePassword,
        Request::ReadAttributes { .. } => Asked::ReadAttributes,
        Request::SaveAttributes { .. } => Asked::SaveAttributes,
        Request::SendVerificationCode { .. } => Asked::SendVerificationCode,
        Request::Verify { .. } => Asked::Verify,
        Request::ListDevices { .. } => Asked::ListDevices,
        Request::ForgetDevice { .. } => Asked::ForgetDevice,
    }
}

pub(super) fn operation(checked: &Checked, request: Request) -> Operation {
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
            confirmation_code: bare(code),
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
                confirmation_code: bare(code),
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
        Request::ReadAttributes { access_token } => {
            Operation::GetUser(GetUserRequest { access_token })
        }
        Request::SaveAttributes {
            access_token,
            attributes,
        } => Operation::UpdateUserAttributes(UpdateUserAttributesRequest {
            access_token,
            user_attributes: attributes,
            client_metadata: None,
        }),
        Request::SendVerificationCode {
            access_token,
            attribute,
        } => send_code(access_token, attribute),
        Request::Verify {
            access_token,
            attribute,
            code,
        } => verify(access_token, attribute, bare(code)),
        Request::ListDevices { access_token } => list_devices(access_token),
        Request::ForgetDevice {
            access_token,
            device_key,
        } => forget_device(access_token, device_key),
    }
}

fn send_code(access_token: SecretString, attribute: String) -> Operation {
    Operation::GetUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest {
        access_token,
        attribute_name: attribute,
    })
}

fn verify(access_token: SecretString, attribute: String, code: ConfirmationCode) -> Operation {
    Operation::VerifyUserAttribute(VerifyUserAttributeRequest {
        access_token,
        attribute_name: attribute,
        code,
    })
}

/// The first page, as long as Cognito allows: a tester has far fewer computers.
fn list_devices(access_token: SecretString) -> Operation {
    Operation::Device(DeviceOperation::List(ListDevicesRequest {
        access_token,
        limit: Some(MOST_DEVICES_PER_PAGE),
        pagination_token: None,
    }))
}

fn forget_device(access_token: SecretString, device_key: DeviceKey) -> Operation {
    Operation::Device(DeviceOperation::Forget(ForgetDeviceRequest {
        access_token,
        device_key,
    }))
}

/// A code as Cognito wants it: copied from a message it often brings spaces or a line break
/// along ("123 456", " 123456\n"), which Cognito would count as a wrong code.
fn bare(code: ConfirmationCode) -> ConfirmationCode {
    use secrecy::ExposeSecret as _;
    let digits: zeroize::Zeroizing<String> = zeroize::Zeroizing::new(
        (code.expose_secret().chars())
            .filter(|c| !c.is_whitespace())
            .collect(),
    );
    ConfirmationCode::from(digits.as_str())
}
