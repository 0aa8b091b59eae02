use secrecy::ExposeSecret as _;

use super::*;
use crate::cognito::{
    ClientId, ClientSecret, CognitoError, ConfirmationCode, DeliveryMedium, NetworkErrorKind,
    Operation, Password, ServiceError, SignUpAnswer,
};
use crate::signin::{FailureCause, InputError, SignInKind, Target};
use secrecy::SecretString;

fn form() -> SignInForm {
    SignInForm {
        target: Target {
            endpoint: "http://127.0.0.1:9229".into(),
            client_id: "client1".into(),
            username: " alice ".into(),
            ..Target::default()
        },
        ..SignInForm::default()
    }
}

fn with_secret() -> SignInForm {
    SignInForm {
        client_secret: ClientSecret::from("s3cret"),
        ..form()
    }
}

fn body(form: &SignInForm, request: Request) -> (&'static str, serde_json::Value, Pending) {
    let (call, pending) = start(form, request).unwrap();
    (call.operation.name(), call.operation.wire_body(), pending)
}

fn code(text: &str) -> ConfirmationCode {
    ConfirmationCode::from(text)
}

fn refused(code: &str, message: &str) -> Outcome {
    Err(CognitoError::Service(ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    }))
}

fn failed(done: Done) -> Failure {
    match done {
        Done::Failed(failure) => failure,
        other => panic!("expected a failure, got {other:?}"),
    }
}

fn email_delivery() -> CodeDeliveryDetails {
    CodeDeliveryDetails {
        destination: "a***@e***".into(),
        delivery_medium: DeliveryMedium::Email,
        attribute_name: Some("email".into()),
    }
}

#[test]
fn sign_up_sends_the_trimmed_username_password_and_attributes() {
    let request = Request::SignUp {
        password: Password::from("Pa55word!"),
        attributes: vec![parse_attribute("email=a@example.com").unwrap()],
    };
    let (name, body, _) = body(&form(), request);
    assert_eq!(name, "SignUp");
    assert_eq!(body["Username"], "alice");
    assert_eq!(body["Password"], "Pa55word!");
    assert_eq!(body["ClientId"], "client1");
    assert_eq!(body["UserAttributes"][0]["Name"], "email");
    assert_eq!(body["UserAttributes"][0]["Value"], "a@example.com");
    assert!(body.get("SecretHash").is_none(), "{body}");
}

#[test]
fn every_call_of_a_client_with_a_secret_carries_the_hash_of_its_username() {
    let expected = crate::cognito::secret_hash::secret_hash(
        &ClientSecret::from("s3cret"),
        "alice",
        &ClientId::from("client1"),
    );
    let requests = [
        Request::ConfirmSignUp { code: code("123") },
        Request::ResendConfirmationCode,
        Request::ForgotPassword,
        Request::ConfirmForgotPassword {
            code: code("123"),
            new_password: Password::from("N3w!pass"),
        },
    ];
    for request in requests {
        let (name, body, _) = body(&with_secret(), request);
        assert_eq!(body["SecretHash"], expected.as_str(), "{name}");
        assert_eq!(body["Username"], "alice", "{name}");
    }
}

#[test]
fn confirm_forgot_password_sends_the_code_and_new_password() {
    let request = Request::ConfirmForgotPassword {
        code: code("654321"),
        new_password: Password::from("N3w!pass"),
    };
    let (name, body, _) = body(&form(), request);
    assert_eq!(name, "ConfirmForgotPassword");
    assert_eq!(body["ConfirmationCode"], "654321");
    assert_eq!(body["Password"], "N3w!pass");
}

#[test]
fn change_password_needs_no_username_and_sends_no_client() {
    let mut form = with_secret();
    form.target.username.clear();
    let request = Request::ChangePassword {
        access_token: SecretString::from("token"),
        old_password: Password::from("old"),
        new_password: Password::from("new"),
    };
    let (name, body, _) = body(&form, request);
    assert_eq!(name, "ChangePassword");
    assert_eq!(body["AccessToken"], "token");
    assert_eq!(body["PreviousPassword"], "old");
    assert_eq!(body["ProposedPassword"], "new");
    assert!(body.get("ClientId").is_none() && body.get("SecretHash").is_none());
}

#[test]
fn nothing_is_sent_without_a_username_code_or_password() {
    let mut nameless = form();
    nameless.target.username = "  ".into();
    let no_user = start(&nameless, Request::ForgotPassword).unwrap_err();
    assert_eq!(
        no_user.cause,
        FailureCause::InvalidInput(InputError::MissingUsername)
    );
    let cases = [
        Request::ConfirmSignUp { code: code(" ") },
        Request::SignUp {
            password: Password::default(),
            attributes: Vec::new(),
        },
        Request::ConfirmForgotPassword {
            code: code("1"),
            new_password: Password::default(),
        },
        Request::ChangePassword {
            access_token: SecretString::from(""),
            old_password: Password::from("a"),
            new_password: Password::from("b"),
        },
    ];
    for request in cases {
        let problem = start(&form(), request).unwrap_err();
        assert!(matches!(problem.cause, FailureCause::InvalidAnswer(_)));
    }
    let mut broken = form();
    broken.target.client_id = "not an id".into();
    let bad = start(&broken, Request::ResendConfirmationCode).unwrap_err();
    assert_eq!(
        bad.cause,
        FailureCause::InvalidInput(InputError::BadClientId)
    );
}

#[test]
fn a_browser_profile_still_makes_user_pool_calls() {
    let mut form = form();
    form.target.kind = SignInKind::Browser;
    let (name, _, _) = body(&form, Request::ForgotPassword);
    assert_eq!(name, "ForgotPassword");
}

#[test]
fn answers_become_what_the_person_is_shown() {
    let (_, _, pending) = body(
        &form(),
        Request::SignUp {
            password: Password::from("p"),
            attributes: Vec::new(),
        },
    );
    let answer = SignUpAnswer {
        user_confirmed: false,
        user_sub: "sub-1".into(),
        code_delivery: Some(email_delivery()),
    };
    assert_eq!(
        pending.finish(Ok(Reply::SignedUp(answer))),
        Done::SignedUp {
            confirmed: false,
            user_sub: "sub-1".into(),
            code_delivery: Some(email_delivery()),
        }
    );
    let (_, _, forgot) = body(&form(), Request::ForgotPassword);
    assert_eq!(
        forgot.finish(Ok(Reply::CodeSent(Some(email_delivery())))),
        Done::CodeSent(Some(email_delivery()))
    );
    let (_, _, confirm) = body(&form(), Request::ConfirmSignUp { code: code("1") });
    assert_eq!(confirm.finish(Ok(Reply::Done)), Done::Confirmed);
    // A reply of another call is not taken for this one's.
    assert!(matches!(
        confirm.finish(Ok(Reply::CodeSent(None))),
        Done::Failed(_)
    ));
}

#[test]
fn refusals_are_explained_in_a_testers_words() {
    let (_, _, pending) = body(&form(), Request::ConfirmSignUp { code: code("1") });
    let wrong = failed(pending.finish(refused("CodeMismatchException", "Invalid code")));
    assert!(
        wrong
            .explanation
            .summary
            .english()
            .contains("code is wrong")
    );
    let exists = failed(pending.finish(refused("UsernameExistsException", "User already exists")));
    assert!(
        exists
            .explanation
            .summary
            .english()
            .contains("already exists"),
        "{exists:?}"
    );
    let undelivered = failed(pending.finish(refused("CodeDeliveryFailureException", "x")));
    assert!(
        undelivered
            .explanation
            .summary
            .english()
            .contains("could not send")
    );
    let offline = failed(pending.finish(Err(CognitoError::Network {
        kind: NetworkErrorKind::Refused,
        detail: "refused".into(),
    })));
    assert!(matches!(offline.cause, FailureCause::Network(_)));
}

#[test]
fn a_sign_up_missing_attributes_says_which_to_add() {
    let (_, _, pending) = body(
        &form(),
        Request::SignUp {
            password: Password::from("p"),
            attributes: Vec::new(),
        },
    );
    let message = "Attributes did not conform to the schema: email: The attribute is required\nname.formatted: The attribute is required";
    let failure = failed(pending.finish(refused("InvalidParameterException", message)));
    assert!(
        failure
            .explanation
            .summary
            .english()
            .contains("email, name.formatted")
    );
    assert!(
        failure.explanation.hints[0]
            .english()
            .contains("--attribute email=…")
    );
    // Other InvalidParameterExceptions keep the table's words.
    let other = failed(pending.finish(refused("InvalidParameterException", "Bad value")));
    assert!(
        !other
            .explanation
            .summary
            .english()
            .contains("requires these attributes")
    );
}

#[test]
fn missing_attributes_are_read_defensively() {
    assert_eq!(
        missing_attributes(
            "schema: custom:team: The attribute is required, EMAIL: THE ATTRIBUTE IS REQUIRED"
        ),
        ["custom:team", "EMAIL"]
    );
    assert!(missing_attributes("Password did not conform with policy").is_empty());
    assert!(missing_attributes(": The attribute is required").is_empty());
    assert!(missing_attributes("\u{1b}[2J: The attribute is required").is_empty());
    let many = "a: The attribute is required ".repeat(40);
    assert_eq!(missing_attributes(&many), ["a"]);
    let distinct: String = (0..40)
        .map(|i| format!("a{i}: The attribute is required "))
        .collect();
    assert!(missing_attributes(&distinct).is_empty());
}

#[test]
fn attributes_are_name_equals_value() {
    let parsed = parse_attribute("custom:note=a=b").unwrap();
    assert_eq!(
        (parsed.name.as_str(), parsed.value.as_str()),
        ("custom:note", "a=b")
    );
    assert!(parse_attribute("email").is_err());
    assert!(parse_attribute("=x").is_err());
    assert!(parse_attribute("e mail=x").is_err());
    assert!(parse_attribute("email=a\nb").is_err());
    assert!(parse_attribute(&format!("{}=x", "n".repeat(33))).is_err());
}

#[test]
fn a_code_is_not_shown_in_debug() {
    let request = Request::ConfirmSignUp {
        code: code("987654"),
    };
    assert!(!format!("{request:?}").contains("987654"));
    if let Request::ConfirmSignUp { code } = request {
        assert_eq!(code.expose_secret(), "987654");
    }
}

#[test]
fn the_attribute_calls_send_the_access_token_and_no_username_nor_hash() {
    let mut nameless = with_secret();
    nameless.target.username.clear();
    let token = || SecretString::from("access-token");
    let read = Request::ReadAttributes {
        access_token: token(),
    };
    let (call, _) = start(&nameless, read).unwrap();
    assert!(matches!(call.operation, Operation::GetUser(_)));
    let verify = Request::Verify {
        access_token: token(),
        attribute: "email".into(),
        code: code("111222"),
    };
    let (name, body, _) = body(&nameless, verify);
    assert_eq!(name, "VerifyUserAttribute");
    assert_eq!(body["AccessToken"], "access-token");
    assert_eq!(body["AttributeName"], "email");
    assert_eq!(body["Code"], "111222");
    assert!(body.get("SecretHash").is_none() && body.get("Username").is_none());
}

#[test]
fn an_empty_verification_code_or_nothing_to_save_is_not_sent() {
    let token = || SecretString::from("access-token");
    let verify = Request::Verify {
        access_token: token(),
        attribute: "email".into(),
        code: code(""),
    };
    assert!(start(&form(), verify).is_err());
    let save = Request::SaveAttributes {
        access_token: token(),
        attributes: Vec::new(),
    };
    assert!(start(&form(), save).is_err());
    let unsigned = Request::ReadAttributes {
        access_token: SecretString::from(""),
    };
    assert!(start(&form(), unsigned).is_err());
}

#[test]
fn a_code_goes_without_the_spaces_a_copy_brings_along() {
    let (_, body, _) = body(
        &form(),
        Request::ConfirmSignUp {
            code: code(" 123 456\n"),
        },
    );
    assert_eq!(body["ConfirmationCode"], "123456");
}

#[test]
fn a_wrong_code_or_current_password_is_explained_in_the_screens_own_words() {
    let confirm = Request::ConfirmSignUp { code: code("1") };
    let (_, pending) = start(&form(), confirm).unwrap();
    let failure = failed(pending.finish(refused("CodeMismatchException", "Invalid code")));
    assert_eq!(failure.explanation.summary.english(), "The code is wrong.");
    assert!(!format!("{:?}", failure.explanation).contains("authenticator"));
    let change = Request::ChangePassword {
        access_token: SecretString::from("access"),
        old_password: Password::from("old"),
        new_password: Password::from("new"),
    };
    let (_, pending) = start(&form(), change).unwrap();
    let wrong = refused("NotAuthorizedException", "Incorrect username or password.");
    let failure = failed(pending.finish(wrong));
    assert_eq!(
        failure.explanation.summary.english(),
        "The current password is wrong."
    );
}
