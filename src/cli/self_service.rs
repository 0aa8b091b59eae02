//! `sign-up`, `confirm-sign-up [--resend]`, `forgot-password`, `confirm-forgot-password` and
//! `change-password`: the self-service core (signin::self_service) driven from a script. One
//! call each: the core makes it, this file sends it and says how it ended, a line on stderr
//! ("code sent to a***@e*** by e-mail"), Cognito's answer as JSON on stdout where it has one
//! (sign-up, a resent code, forgot-password), and the exit codes `sign-in` uses.

use std::io::Write;

use serde_json::json;

use crate::cognito::{CodeDeliveryDetails, CognitoClient, DeliveryMedium, Password};
use crate::signin::self_service::{Done, Request, parse_attribute, start};
use crate::signin::{Call, SignInForm};

use super::answers::NEW_PASSWORD_ENV;
use super::exit::Exit;
use super::outcome::failed;
use super::password::{PASSWORD_ENV, prompt_for, read_password};
use super::report::{invalid, invalid_input};
use super::self_service_args::{
    ChangePasswordArgs, ConfirmForgotPasswordArgs, ConfirmSignUpArgs, ForgotPasswordArgs,
    SignUpArgs, Whom,
};
use super::self_service_input::{access_token, form_of, new_prompt, read_code, read_new_password};

pub fn sign_up(args: &SignUpArgs) -> Exit {
    let mut err = std::io::stderr();
    let prepared = (|| {
        let form = form_of(&args.whom)?;
        let attributes = (args.attributes.iter())
            .map(|typed| parse_attribute(typed))
            .collect::<Result<Vec<_>, _>>()?;
        let password = read_new_password(args.password_stdin, PASSWORD_ENV, &new_prompt(&form))?;
        Ok((
            form,
            Request::SignUp {
                password,
                attributes,
            },
        ))
    })();
    carry_out(prepared, &args.whom, &mut err)
}

pub fn confirm_sign_up(args: &ConfirmSignUpArgs) -> Exit {
    let mut err = std::io::stderr();
    let prepared = form_of(&args.whom).and_then(|form| {
        if args.resend {
            return Ok((form, Request::ResendConfirmationCode));
        }
        let code = read_code(args.code.as_deref(), &mut std::io::stderr())?;
        Ok((form, Request::ConfirmSignUp { code }))
    });
    carry_out(prepared, &args.whom, &mut err)
}

pub fn forgot_password(args: &ForgotPasswordArgs) -> Exit {
    let mut err = std::io::stderr();
    let prepared = form_of(&args.whom).map(|form| (form, Request::ForgotPassword));
    carry_out(prepared, &args.whom, &mut err)
}

pub fn confirm_forgot_password(args: &ConfirmForgotPasswordArgs) -> Exit {
    let mut err = std::io::stderr();
    let prepared = form_of(&args.whom).and_then(|form| {
        let code = read_code(args.code.as_deref(), &mut std::io::stderr())?;
        let new_password =
            read_new_password(args.password_stdin, NEW_PASSWORD_ENV, &new_prompt(&form))?;
        Ok((form, Request::ConfirmForgotPassword { code, new_password }))
    });
    carry_out(prepared, &args.whom, &mut err)
}

pub fn change_password(args: &ChangePasswordArgs) -> Exit {
    let mut err = std::io::stderr();
    let form = match form_of(&args.whom) {
        Ok(form) => form,
        Err(problem) => {
            invalid_input(&problem, &mut err);
            return Exit::InvalidInput;
        }
    };
    let access_token = match access_token(&args.whom, args.access_token_stdin, &mut err) {
        Ok(token) => token,
        Err(exit) => return exit,
    };
    let passwords = read_password(args.password_stdin, &prompt_for(&form)).and_then(|old| {
        let new = read_new_password(false, NEW_PASSWORD_ENV, &new_prompt(&form))?;
        Ok::<(Password, Password), String>((old, new))
    });
    let prepared = passwords.map(|(old_password, new_password)| {
        let request = Request::ChangePassword {
            access_token,
            old_password,
            new_password,
        };
        (form, request)
    });
    carry_out(prepared, &args.whom, &mut err)
}

/// Sends the request (or says why it could not be made) and reports how it ended.
fn carry_out(
    prepared: Result<(SignInForm, Request), String>,
    whom: &Whom,
    err: &mut dyn Write,
) -> Exit {
    let (form, request) = match prepared {
        Ok(prepared) => prepared,
        Err(problem) => {
            invalid_input(&problem, err);
            return Exit::InvalidInput;
        }
    };
    let done = match start(&form, request) {
        Ok((call, pending)) => match send(call) {
            Ok(outcome) => pending.finish(outcome),
            Err(problem) => {
                invalid(err, problem);
                return Exit::InvalidInput;
            }
        },
        Err(failure) => Done::Failed(*failure),
    };
    report(&done, whom, &mut std::io::stdout().lock(), err)
}

/// The one call, on this thread, with the retries every call gets.
fn send(call: Call) -> Result<crate::signin::Outcome, String> {
    let client = CognitoClient::new().map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let on_retry = |retry: crate::cognito::retry::Retry| {
        tracing::info!(attempt = retry.attempt, of = retry.of, "retrying");
    };
    Ok(runtime.block_on(client.perform_with_retries(
        &call.endpoint,
        &call.operation,
        call.timeout,
        &on_retry,
    )))
}

/// The line on stderr, the JSON on stdout where there is an answer, and the exit code.
fn report(done: &Done, whom: &Whom, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let sign_in = sign_in_command(whom);
    let (line, answer) = match done {
        Done::Failed(failure) => return failed(failure, err),
        Done::SignedUp {
            confirmed,
            user_sub,
            code_delivery,
        } => {
            let line = match (confirmed, code_delivery) {
                (true, _) => format!("signed up and confirmed: sign in with `{sign_in}`"),
                (false, Some(to)) => format!(
                    "signed up: {}; confirm with `cognito-login confirm-sign-up --code CODE …`",
                    sent_to(to)
                ),
                (false, None) => "signed up, not confirmed yet: confirm with `cognito-login confirm-sign-up --code CODE …`".to_owned(),
            };
            let answer = json!({
                "UserConfirmed": confirmed,
                "UserSub": user_sub,
                "CodeDeliveryDetails": code_delivery.as_ref().map(delivery_json),
            });
            (line, Some(answer))
        }
        Done::CodeSent(to) => (
            to.as_ref().map_or("code sent".to_owned(), sent_to),
            Some(json!({ "CodeDeliveryDetails": to.as_ref().map(delivery_json) })),
        ),
        Done::Confirmed => (format!("confirmed: sign in with `{sign_in}`"), None),
        Done::PasswordReset => (
            format!("password reset: sign in with the new password (`{sign_in}`)"),
            None,
        ),
        Done::PasswordChanged => ("password changed".to_owned(), None),
        // The window's calls (My attributes); no command asks for them yet, but each has its
        // words here so that one added later cannot forget them.
        Done::Attributes(attributes) => (
            format!("{} attributes", attributes.len()),
            Some(json!({ "UserAttributes": attributes })),
        ),
        Done::AttributesSaved(sent) => (
            "attributes saved".to_owned(),
            Some(
                json!({ "CodeDeliveryDetailsList": sent.iter().map(delivery_json).collect::<Vec<_>>() }),
            ),
        ),
        Done::Verified => ("verified".to_owned(), None),
        // The window's "This user's devices"; the command line has no command for it yet.
        Done::Devices(list) => (format!("{} devices", list.devices.len()), None),
        Done::DeviceForgotten => ("device forgotten".to_owned(), None),
    };
    let _ = writeln!(err, "{line}");
    if let Some(answer) = answer {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&answer).unwrap_or_default()
        );
    }
    Exit::Ok
}

/// "code sent to a***@e*** by e-mail": Cognito's masked destination (checked to hold no
/// control characters by the wire layer).
fn sent_to(to: &CodeDeliveryDetails) -> String {
    format!("code sent to {} by {}", to.destination, to.delivery_medium)
}

fn delivery_json(to: &CodeDeliveryDetails) -> serde_json::Value {
    json!({
        "Destination": to.destination,
        "DeliveryMedium": match to.delivery_medium {
            DeliveryMedium::Email => "EMAIL",
            DeliveryMedium::Sms => "SMS",
        },
        "AttributeName": to.attribute_name,
    })
}

/// The sign-in to run next: with the profile when one was used.
fn sign_in_command(whom: &Whom) -> String {
    match &whom.profile {
        Some(name) => format!("cognito-login sign-in --profile {name}"),
        None => "cognito-login sign-in …".to_owned(),
    }
}
