use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret as _, SecretString};

use super::*;
use crate::cognito::{
    CognitoError, ConfirmationCode, DeliveryMedium, DeviceKey, DeviceList, Reply, ServiceError,
    SignUpAnswer,
};
use crate::signin::Target;

fn form() -> SignInForm {
    SignInForm {
        target: Target {
            endpoint: "http://127.0.0.1:9229".into(),
            client_id: "client1".into(),
            username: "alice".into(),
            ..Target::default()
        },
        ..SignInForm::default()
    }
}

fn to_email() -> CodeDeliveryDetails {
    CodeDeliveryDetails {
        destination: "a***@e***".into(),
        delivery_medium: DeliveryMedium::Email,
        attribute_name: Some("email".into()),
    }
}

fn refused(code: &str) -> Outcome {
    Err(CognitoError::Service(ServiceError {
        code: code.into(),
        message: "Invalid verification code provided, please try again.".into(),
        status: 400,
        request_id: None,
    }))
}

fn sign_up() -> Request {
    Request::SignUp {
        password: Password::from("Pa55word!"),
        attributes: Vec::new(),
    }
}

fn token() -> SecretString {
    SecretString::from("access-token")
}

/// Sends `request` and answers it with `outcome` at `now`.
fn answer(desk: &mut Desk, request: Request, outcome: Outcome, now: SystemTime) -> Option<Next> {
    let (attempt, _) = desk.send(&form(), request).expect("sent");
    assert!(desk.is_busy());
    desk.finished(attempt, outcome, now)
}

fn signed_up_unconfirmed() -> Outcome {
    Ok(Reply::SignedUp(SignUpAnswer {
        user_confirmed: false,
        user_sub: "sub-1".into(),
        code_delivery: Some(to_email()),
    }))
}

#[test]
fn a_sign_up_waiting_for_its_code_opens_confirm_and_holds_the_resend_back_a_while() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    let mut desk = Desk::default();
    desk.open(Screen::CreateAccount);
    let said = answer(&mut desk, sign_up(), signed_up_unconfirmed(), now);
    assert!(matches!(said, Some(Next::Say(_))), "{said:?}");
    assert_eq!(desk.screen(), Some(&Screen::ConfirmAccount));
    assert_eq!(desk.code_sent_to(), Some(&to_email()));
    assert_eq!(desk.resend_wait(now), Some(RESEND_COOL_DOWN));
    let later = now + RESEND_COOL_DOWN;
    assert_eq!(desk.resend_wait(later), None);
}

#[test]
fn a_confirmed_account_signs_in_straight_after_with_the_password_chosen_at_sign_up() {
    let now = SystemTime::now();
    let mut desk = Desk::default();
    desk.open(Screen::CreateAccount);
    answer(&mut desk, sign_up(), signed_up_unconfirmed(), now);
    let code = ConfirmationCode::from("123456");
    let next = answer(
        &mut desk,
        Request::ConfirmSignUp { code },
        Ok(Reply::Done),
        now,
    );
    match next {
        Some(Next::SignIn(Some(password))) => assert_eq!(password.expose_secret(), "Pa55word!"),
        other => panic!("expected a sign-in with the new password, got {other:?}"),
    }
    assert_eq!(desk.screen(), None);
}

#[test]
fn a_returning_unconfirmed_user_signs_in_with_the_forms_password_after_confirming() {
    let mut desk = Desk::default();
    desk.open(Screen::ConfirmAccount);
    // Nothing was sent from here yet: a code may be waiting, so a resend is not held back.
    assert_eq!(desk.resend_wait(SystemTime::now()), None);
    let code = ConfirmationCode::from("123456");
    let next = answer(
        &mut desk,
        Request::ConfirmSignUp { code },
        Ok(Reply::Done),
        SystemTime::now(),
    );
    assert!(matches!(next, Some(Next::SignIn(None))), "{next:?}");
}

#[test]
fn a_wrong_reset_code_keeps_the_person_on_the_screen_with_cognitos_words() {
    let now = SystemTime::now();
    let mut desk = Desk::default();
    desk.open(Screen::ForgotPassword);
    let sent = Ok(Reply::CodeSent(Some(to_email())));
    match answer(&mut desk, Request::ForgotPassword, sent, now) {
        Some(Next::Say(said)) => {
            assert_eq!(said.english(), "Code sent to a***@e*** by e-mail.");
            assert_eq!(
                said.words(crate::messages::Lang::Ja),
                "確認コードをメールで a***@e*** に送信しました。"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(desk.screen(), Some(&Screen::NewPassword));
    let reset = || Request::ConfirmForgotPassword {
        code: ConfirmationCode::from("000000"),
        new_password: Password::from("N3w!Passw0rd"),
    };
    assert!(answer(&mut desk, reset(), refused("CodeMismatchException"), now).is_none());
    assert_eq!(desk.screen(), Some(&Screen::NewPassword));
    let failure = desk.failure().expect("the refusal is shown");
    assert!(format!("{failure:?}").contains("CodeMismatchException"));
    match answer(&mut desk, reset(), Ok(Reply::Done), now) {
        Some(Next::SignIn(Some(password))) => assert_eq!(password.expose_secret(), "N3w!Passw0rd"),
        other => panic!("expected a sign-in with the new password, got {other:?}"),
    }
}

#[test]
fn an_answer_for_a_screen_left_behind_changes_nothing() {
    let mut desk = Desk::default();
    desk.open(Screen::ForgotPassword);
    let (attempt, _) = desk.send(&form(), Request::ForgotPassword).unwrap();
    assert!(Desk::owns(attempt));
    desk.close();
    assert!(!desk.is_busy());
    let late = desk.finished(attempt, Ok(Reply::CodeSent(None)), SystemTime::now());
    assert!(late.is_none());
    assert_eq!(desk.screen(), None);
    assert!(
        !Desk::owns(1),
        "the sign-in's own attempts are not the desk's"
    );
}

#[test]
fn one_call_at_a_time_and_nothing_sent_without_a_code() {
    let mut desk = Desk::default();
    desk.open(Screen::ConfirmAccount);
    let empty = ConfirmationCode::from(" ");
    assert!(
        desk.send(&form(), Request::ConfirmSignUp { code: empty })
            .is_none()
    );
    assert!(desk.failure().is_some());
    assert!(
        desk.send(&form(), Request::ResendConfirmationCode)
            .is_some()
    );
    assert!(desk.failure().is_none(), "a new try clears the old problem");
    assert!(
        desk.send(&form(), Request::ResendConfirmationCode)
            .is_none()
    );
}

#[test]
fn a_changed_email_is_verified_with_the_code_and_the_attributes_are_read_again() {
    let now = SystemTime::now();
    let mut desk = Desk::default();
    desk.open(Screen::MyAttributes);
    let read = Request::ReadAttributes {
        access_token: token(),
    };
    let attributes = vec![crate::cognito::AttributeType {
        name: "email".into(),
        value: "a@example.com".into(),
    }];
    let user = crate::cognito::GetUserResponse {
        username: "alice".into(),
        user_attributes: attributes.clone(),
        ..Default::default()
    };
    answer(&mut desk, read, Ok(Reply::User(user)), now);
    assert_eq!(desk.attributes(), Some(attributes.as_slice()));
    let save = Request::SaveAttributes {
        access_token: token(),
        attributes,
    };
    let saved = Ok(Reply::AttributesUpdated(vec![to_email()]));
    assert!(matches!(
        answer(&mut desk, save, saved, now),
        Some(Next::Say(_))
    ));
    assert_eq!(desk.screen(), Some(&Screen::Verify("email".into())));
    assert_eq!(desk.attributes(), None, "read again after a change");
    let verify = Request::Verify {
        access_token: token(),
        attribute: "email".into(),
        code: ConfirmationCode::from("111222"),
    };
    match answer(&mut desk, verify, Ok(Reply::Done), now) {
        Some(Next::Say(said)) => {
            assert_eq!(said.english(), "E-mail address verified.");
            let japanese = said.words(crate::messages::Lang::Ja);
            assert_eq!(japanese, "メールアドレスを検証しました。");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(desk.screen(), Some(&Screen::MyAttributes));
}

#[test]
fn a_sign_out_forgets_the_last_persons_attributes() {
    let mut desk = Desk::default();
    desk.open(Screen::MyAttributes);
    let user = crate::cognito::GetUserResponse::default();
    let read = Request::ReadAttributes {
        access_token: token(),
    };
    answer(&mut desk, read, Ok(Reply::User(user)), SystemTime::now());
    assert!(desk.attributes().is_some());
    desk.forget_account();
    assert_eq!(desk.attributes(), None);
    assert_eq!(desk.screen(), None);
}

#[test]
fn a_sign_up_missing_a_required_attribute_names_it_for_the_screen() {
    let mut desk = Desk::default();
    desk.open(Screen::CreateAccount);
    let refusal = Err(CognitoError::Service(ServiceError {
        code: "InvalidParameterException".into(),
        message: "Attributes did not conform to the schema: name: The attribute is required\n"
            .into(),
        status: 400,
        request_id: None,
    }));
    answer(&mut desk, sign_up(), refusal, SystemTime::now());
    assert_eq!(desk.missing_attributes(), vec!["name".to_owned()]);
    assert_eq!(desk.screen(), Some(&Screen::CreateAccount));
}

#[test]
fn asking_to_verify_an_email_from_my_attributes_opens_its_code_screen_once_sent() {
    let now = SystemTime::now();
    let mut desk = Desk::default();
    desk.open(Screen::MyAttributes);
    let send = Request::SendVerificationCode {
        access_token: token(),
        attribute: "email".into(),
    };
    answer(&mut desk, send, Ok(Reply::CodeSent(Some(to_email()))), now);
    assert_eq!(desk.screen(), Some(&Screen::Verify("email".into())));
    assert_eq!(desk.resend_wait(now), Some(RESEND_COOL_DOWN));
}

fn device(key: &str, name: &str) -> crate::cognito::Device {
    crate::cognito::Device {
        key: DeviceKey::parse(key).unwrap(),
        name: Some(name.into()),
        created: None,
        last_authenticated: None,
        last_modified: None,
        remembered: None,
    }
}

const LAPTOP: &str = "eu-west-1_aaaaaaaa-0000-4000-8000-000000000001";
const DESKTOP: &str = "eu-west-1_bbbbbbbb-0000-4000-8000-000000000002";

fn listed(keys: &[(&str, &str)], more: bool) -> Outcome {
    Ok(Reply::Devices(DeviceList {
        devices: keys.iter().map(|(k, n)| device(k, n)).collect(),
        pagination_token: more.then(|| "next-page".into()),
    }))
}

#[test]
fn the_devices_are_listed_a_page_of_sixty_with_the_access_token() {
    let mut desk = Desk::default();
    desk.open(Screen::Devices);
    assert!(desk.devices().is_none());
    let list = Request::ListDevices {
        access_token: token(),
    };
    let (attempt, call) = desk.send(&form(), list).unwrap();
    let body = match &call.operation {
        crate::cognito::Operation::Device(op) => {
            assert_eq!(op.name(), "ListDevices");
            op.wire_body()
        }
        other => panic!("not a device call: {other:?}"),
    };
    assert_eq!(body["Limit"], 60);
    assert_eq!(body["AccessToken"], "access-token");
    assert!(body.get("PaginationToken").is_none());
    let two = listed(&[(LAPTOP, "laptop"), (DESKTOP, "desktop")], true);
    assert!(desk.finished(attempt, two, SystemTime::now()).is_none());
    let shown = desk.devices().unwrap();
    assert_eq!(shown.devices.len(), 2);
    assert!(
        shown.pagination_token.is_some(),
        "more than one page is said"
    );
    assert_eq!(desk.screen(), Some(&Screen::Devices));
}

#[test]
fn a_forgotten_device_is_named_to_the_window_and_the_list_read_again() {
    let mut desk = Desk::default();
    desk.open(Screen::Devices);
    let list = Request::ListDevices {
        access_token: token(),
    };
    let now = SystemTime::now();
    answer(&mut desk, list, listed(&[(LAPTOP, "laptop")], false), now);
    desk.set_this_computer(Some(DeviceKey::parse(LAPTOP).unwrap()));
    let forget = Request::ForgetDevice {
        access_token: token(),
        device_key: DeviceKey::parse(LAPTOP).unwrap(),
    };
    let (attempt, call) = desk.send(&form(), forget).unwrap();
    match &call.operation {
        crate::cognito::Operation::Device(op) => {
            assert_eq!(op.name(), "ForgetDevice");
            assert_eq!(op.wire_body()["DeviceKey"], LAPTOP);
        }
        other => panic!("not a device call: {other:?}"),
    }
    match desk.finished(attempt, Ok(Reply::Done), now) {
        Some(Next::DeviceForgotten(key)) => assert_eq!(key.as_str(), LAPTOP),
        other => panic!("expected the forgotten device, got {other:?}"),
    }
    assert!(desk.devices().is_none(), "read again from Cognito");
    assert_eq!(desk.screen(), Some(&Screen::Devices));
}

#[test]
fn a_refused_forget_stays_on_the_list_with_cognitos_words() {
    let mut desk = Desk::default();
    desk.open(Screen::Devices);
    let now = SystemTime::now();
    let list = Request::ListDevices {
        access_token: token(),
    };
    answer(&mut desk, list, listed(&[(LAPTOP, "laptop")], false), now);
    let forget = Request::ForgetDevice {
        access_token: token(),
        device_key: DeviceKey::parse(LAPTOP).unwrap(),
    };
    let gone = refused("ResourceNotFoundException");
    assert!(answer(&mut desk, forget, gone, now).is_none());
    assert!(format!("{:?}", desk.failure()).contains("ResourceNotFoundException"));
    assert_eq!(desk.devices().unwrap().devices.len(), 1);
    let empty = Request::ListDevices {
        access_token: SecretString::from(""),
    };
    assert!(
        desk.send(&form(), empty).is_none(),
        "no token, nothing sent"
    );
    desk.forget_account();
    assert!(desk.devices().is_none() && desk.this_computer().is_none());
}

#[test]
fn back_and_back_again_keeps_where_the_code_went_and_its_cool_down() {
    let now = SystemTime::now();
    let mut desk = Desk::default();
    desk.open(Screen::CreateAccount);
    answer(&mut desk, sign_up(), signed_up_unconfirmed(), now);
    desk.close();
    desk.open(Screen::ConfirmAccount);
    assert_eq!(desk.code_sent_to(), Some(&to_email()));
    assert!(
        desk.resend_wait(now).is_some(),
        "a second code waits its turn"
    );
    // Another screen's code has its own.
    desk.open(Screen::NewPassword);
    assert_eq!(desk.resend_wait(now), None);
    desk.forget_account();
    desk.open(Screen::ConfirmAccount);
    assert_eq!(
        desk.resend_wait(now),
        None,
        "a sign-out forgets the last person's codes"
    );
}

#[test]
fn a_sign_up_with_nowhere_to_send_a_code_says_so() {
    let mut desk = Desk::default();
    desk.open(Screen::CreateAccount);
    let no_code = Ok(Reply::SignedUp(SignUpAnswer {
        user_confirmed: false,
        user_sub: "sub-1".into(),
        code_delivery: None,
    }));
    match answer(&mut desk, sign_up(), no_code, SystemTime::now()) {
        Some(Next::Say(said)) => assert!(
            said.english().contains("did not say it sent a code"),
            "{said:?}"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_problem_found_before_sending_is_shown_in_the_refusals_place() {
    let mut desk = Desk::default();
    desk.open(Screen::ChangePassword);
    desk.problem(Message::new("desk-passwords-differ"));
    let shown = desk.failure().expect("shown");
    assert!(shown.explanation.summary.english().contains("differ"));
}

#[test]
fn a_problem_and_another_attribute_read_in_japanese_too() {
    let ja = crate::messages::Lang::Ja;
    let mut desk = Desk::default();
    desk.open(Screen::Verify("custom:team_name".into()));
    let verified = desk.after(Done::Verified, SystemTime::now());
    match verified {
        Some(Next::Say(said)) => {
            assert_eq!(said.english(), "Custom:team name verified.");
            assert_eq!(said.words(ja), "Custom:team name を検証しました。");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        attribute_words("phone_number").words(ja),
        "電話番号",
        "as a person calls it"
    );
    assert_eq!(medium(DeliveryMedium::Sms).words(ja), "SMS");
}
