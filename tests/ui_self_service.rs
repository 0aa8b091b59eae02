//! The self-service screens (issue 19) driven by accessible names, like a tester: Create
//! account → Confirm account (a wrong code, then the right one) → signed in; a sign-in refused
//! as unconfirmed → Confirm account with "Send the code again"; Forgot password in the tester
//! view; Change password; My attributes with Verify e-mail. Over real HTTP against the
//! emulators that implement each call, reading the codes they "send" (MiniStack's fixed codes
//! and mail log, cognito-local's CODE); only refusals no emulator gives on demand are scripted.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Target, TokenKind};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::Emulator;
use support::self_service::{NEW_PASSWORD, confirmed_user, fresh_name, mails_to, sign_up_as};
use ui_harness::*;

fn settings(emulator: &Emulator, username: &str) -> Settings {
    Settings {
        target: Target {
            endpoint: emulator.endpoint.clone(),
            pool_id: emulator.pool_id.clone(),
            client_id: emulator.clients.plain.id.clone(),
            username: username.into(),
            flow: Flow::Password,
            ..Target::default()
        },
        ..Settings::default()
    }
}

/// Alice at eu-west-1, for the scripted answers no emulator gives on demand.
fn at_eu_west_1(tester_view: bool) -> Settings {
    Settings {
        tester_view,
        ..alice_with(Flow::Password)
    }
}

fn codes(emulator: &Emulator) -> &support::Codes {
    emulator.codes.as_ref().expect("this emulator sends codes")
}

/// The username the ID token on the clipboard names.
fn signed_in_as(ui: &mut Ui) -> String {
    ui.assert_signed_in();
    ui.click(labels::copy(TokenKind::Id));
    let copied = ui.clipboard.contents.lock().unwrap().clone().unwrap();
    support::claims(&copied)["cognito:username"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn type_new_password(ui: &mut Ui, password: &str) {
    ui.type_into(labels::NEW_PASSWORD, password);
    ui.type_into(labels::CONFIRM_PASSWORD, password);
}

fn sign_in_with(ui: &mut Ui, password: &str) {
    ui.type_into(labels::PASSWORD, password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
}

fn is_disabled(ui: &Ui, label: &str) -> bool {
    (ui.harness.get_by_role_and_label(Role::Button, label))
        .accesskit_node()
        .is_disabled()
}

#[test]
fn a_tester_creates_an_account_confirms_it_with_the_mailed_code_and_is_signed_in() {
    let emulator = support::emulators().ministack;
    let name = fresh_name("windowsignup");
    let mut ui = open_with(None, settings(&emulator, &name));
    ui.click(labels::CREATE_ACCOUNT);
    ui.harness.run();
    // A new account's name: the form's own is set aside until Back.
    assert_eq!(ui.field(labels::USERNAME).value().as_deref(), Some(""));
    ui.type_into(labels::USERNAME, &name);
    type_new_password(&mut ui, &emulator.password);
    ui.type_into(labels::EMAIL, &format!("{name}@example.com"));
    ui.click(labels::CREATE_ACCOUNT);
    ui.wait_for_answer();
    // Where the code went, and the resend held back while it arrives.
    assert!(
        ui.shows("Type the code Cognito sent to"),
        "{:?}",
        ui.harness.state().phase()
    );
    assert!(ui.shows("You can ask again in"));
    assert!(is_disabled(&ui, labels::SEND_CODE_AGAIN));
    let mailed = mails_to(&emulator, &format!("{name}@example.com"));
    assert!(mailed.iter().any(|m| m.contains(&codes(&emulator).sign_up)));
    // A wrong code keeps the tester on the screen, with Cognito's words.
    ui.type_into(labels::CODE, "000000");
    ui.click(labels::CONFIRM_ACCOUNT);
    ui.wait_for_answer();
    assert!(ui.shows("CodeMismatchException"));
    type_over(&mut ui, labels::CODE, &codes(&emulator).sign_up);
    ui.click(labels::CONFIRM_ACCOUNT);
    ui.wait_for_answer();
    // Signed in straight after, with the password chosen at sign-up.
    assert_eq!(signed_in_as(&mut ui), name);
}

#[test]
fn a_sign_in_refused_as_unconfirmed_offers_the_confirm_screen_and_a_new_code() {
    let emulator = support::emulators().ministack;
    let name = fresh_name("unconfirmed");
    sign_up_as(
        &emulator,
        &emulator.clients.plain,
        &name,
        &emulator.password,
    )
    .unwrap();
    let mut ui = open_with(None, settings(&emulator, &name));
    ui.type_into(labels::PASSWORD, &emulator.password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("UserNotConfirmedException"));
    ui.click(labels::CONFIRM_ACCOUNT);
    ui.harness.run();
    // The first code may be lost: asking again is not held back here.
    assert!(!is_disabled(&ui, labels::SEND_CODE_AGAIN));
    ui.click(labels::SEND_CODE_AGAIN);
    ui.wait_for_answer();
    assert!(ui.shows("You can ask again in"));
    assert_eq!(mails_to(&emulator, &format!("{name}@example.com")).len(), 2);
    ui.type_into(labels::CODE, &codes(&emulator).sign_up);
    ui.click(labels::CONFIRM_ACCOUNT);
    ui.wait_for_answer();
    // The password typed in the form signs in.
    assert_eq!(signed_in_as(&mut ui), name);
}

#[test]
fn a_forgotten_password_is_reset_from_the_tester_view_and_signs_in() {
    let emulator = support::emulators().ministack;
    let name = confirmed_user(&emulator);
    let mut ui = open_with(
        None,
        Settings {
            tester_view: true,
            ..settings(&emulator, &name)
        },
    );
    ui.click(labels::FORGOT_PASSWORD);
    ui.harness.run();
    ui.click(labels::SEND_ME_A_CODE);
    ui.wait_for_answer();
    assert!(ui.shows(labels::CHOOSE_NEW_PASSWORD));
    assert!(ui.shows("Type the code Cognito sent to"));
    // Two different new passwords: said, and nothing sent.
    ui.type_into(labels::CODE, &codes(&emulator).forgot_password);
    ui.type_into(labels::NEW_PASSWORD, NEW_PASSWORD);
    ui.type_into(labels::CONFIRM_PASSWORD, "not the same");
    ui.click(labels::SET_NEW_PASSWORD);
    ui.harness.run();
    assert!(ui.shows("the two new passwords differ"));
    assert!(!ui.harness.state().is_busy());
    type_over(&mut ui, labels::CONFIRM_PASSWORD, NEW_PASSWORD);
    ui.click(labels::SET_NEW_PASSWORD);
    ui.wait_for_answer();
    assert_eq!(signed_in_as(&mut ui), name);
}

#[test]
fn a_signed_in_tester_changes_the_password_and_signs_in_with_the_new_one() {
    let emulator = support::emulators().ministack;
    let name = confirmed_user(&emulator);
    let mut ui = open_with(None, settings(&emulator, &name));
    sign_in_with(&mut ui, &emulator.password);
    ui.click(labels::CHANGE_PASSWORD);
    ui.harness.run();
    // A wrong current password is refused, and the screen stays.
    ui.type_into(labels::CURRENT_PASSWORD, "Wr0ng!Password");
    type_new_password(&mut ui, NEW_PASSWORD);
    ui.click(labels::CHANGE_PASSWORD);
    ui.wait_for_answer();
    assert!(
        ui.shows("NotAuthorizedException"),
        "{:?}",
        ui.harness.state().phase()
    );
    // The new password stays typed: only the wrong one is typed again.
    type_over(&mut ui, labels::CURRENT_PASSWORD, &emulator.password);
    ui.click(labels::CHANGE_PASSWORD);
    ui.wait_for_answer();
    assert!(ui.shows("Password changed."));
    // Back with the tokens; the old password no longer signs in, the new one does.
    ui.click(labels::SIGN_OUT);
    ui.wait_for_answer();
    let old = support::self_service::sign_in(
        &emulator,
        &emulator.clients.plain,
        &name,
        &emulator.password,
    );
    assert!(old.is_err());
    support::self_service::sign_in(&emulator, &emulator.clients.plain, &name, NEW_PASSWORD)
        .unwrap();
}

#[test]
fn my_attributes_saves_a_new_email_and_verifies_it_with_the_code() {
    let emulator = support::emulators().cognito_local;
    let code = codes(&emulator)
        .attribute
        .clone()
        .expect("cognito-local's CODE");
    let name = confirmed_user(&emulator);
    let mut ui = open_with(None, settings(&emulator, &name));
    sign_in_with(&mut ui, &emulator.password);
    ui.click(labels::MY_ATTRIBUTES);
    // The attributes are read as the screen opens.
    wait_for_text(&mut ui, "sub");
    let new_email = format!("{name}.new@example.com");
    type_over(&mut ui, "email", &new_email);
    ui.click(labels::SAVE_ATTRIBUTES);
    ui.wait_for_answer();
    // The changed e-mail waits for its code.
    assert!(
        ui.shows(&labels::verify("email")),
        "{:?}",
        ui.harness.state().phase()
    );
    ui.type_into(labels::CODE, &code);
    ui.click(labels::VERIFY);
    wait_for_text(&mut ui, "E-mail address verified.");
    // Read again: the new address, verified.
    for _ in 0..500 {
        ui.harness.step();
        if !ui.harness.state().is_busy() && ui.shows("email_verified") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(
        ui.field("email").value().as_deref(),
        Some(new_email.as_str())
    );
    assert!(
        ui.harness
            .query_by_role_and_label(Role::Button, &labels::verify("email"))
            .is_none(),
        "a verified e-mail offers no Verify"
    );
}

#[test]
fn a_reset_by_an_administrator_leads_to_the_new_password_screen_and_a_limit_keeps_it_there() {
    // Neither refusal is given on demand by an emulator: an administrator's reset
    // (PasswordResetRequiredException) and Cognito's count of codes (LimitExceededException).
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "InitiateAuth" => Some(refused(
                "PasswordResetRequiredException",
                "Password reset required for the user",
            )),
            "ForgotPassword" => Some(refused(
                "LimitExceededException",
                "Attempt limit exceeded, please try after some time.",
            )),
            _ => None,
        })),
        at_eu_west_1(false),
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.click(labels::CHOOSE_NEW_PASSWORD);
    ui.harness.run();
    // The administrator's reset sent a code already: asking for another is not held back.
    assert!(!is_disabled(&ui, labels::SEND_CODE_AGAIN));
    ui.click(labels::SEND_CODE_AGAIN);
    ui.wait_for_answer();
    assert_eq!(ui.last_sent()["Username"], "alice");
    assert!(ui.shows("Attempt limit exceeded"));
    assert!(ui.shows(labels::SET_NEW_PASSWORD), "still on the screen");
    ui.click(labels::BACK);
    ui.harness.run();
    assert!(ui.shows(labels::FORGOT_PASSWORD), "back at the form");
}

#[test]
fn every_screen_opens_from_one_button_in_the_tester_view() {
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "GetUser" => Some(Ok(cognito_login::cognito::Reply::User(
                cognito_login::cognito::GetUserResponse {
                    username: "alice".into(),
                    user_attributes: vec![cognito_login::cognito::AttributeType {
                        name: "email".into(),
                        value: "alice@example.com".into(),
                    }],
                    ..Default::default()
                },
            ))),
            "FetchJwks" => Some(refused("ResourceNotFoundException", "no keys here")),
            _ => Some(tokens()),
        })),
        at_eu_west_1(true),
    );
    let screens = [
        (labels::CREATE_ACCOUNT, labels::EMAIL),
        (labels::FORGOT_PASSWORD, labels::USERNAME),
    ];
    for (button, field) in screens {
        ui.click(button);
        ui.harness.run();
        assert!(ui.harness.query_by_label(field).is_some(), "{button}");
        ui.click(labels::BACK);
        ui.harness.run();
    }
    sign_in_with(&mut ui, "Passw0rd!");
    ui.click(labels::CHANGE_PASSWORD);
    ui.harness.run();
    assert!(
        ui.harness
            .query_by_label(labels::CURRENT_PASSWORD)
            .is_some()
    );
    ui.click(labels::BACK);
    ui.harness.run();
    ui.click(labels::MY_ATTRIBUTES);
    wait_for_text(&mut ui, &labels::verify("email"));
    ui.click(&labels::verify("email"));
    ui.harness.run();
    ui.click(labels::BACK);
    ui.harness.run();
    // Back leaves the screens for the tokens, still signed in.
    ui.assert_signed_in();
    assert!(ui.harness.query_by_label(labels::SIGN_OUT).is_some());
}

#[test]
fn enter_sends_back_gives_the_username_back_and_a_code_in_hand_goes_straight_on() {
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "ConfirmForgotPassword" => Some(refused(
                "CodeMismatchException",
                "Invalid verification code provided, please try again.",
            )),
            _ => None,
        })),
        at_eu_west_1(false),
    );
    // Create account starts from an empty username; Back gives the sign-in's back.
    ui.click(labels::CREATE_ACCOUNT);
    ui.harness.run();
    ui.type_into(labels::USERNAME, "someone-new");
    ui.click(labels::BACK);
    ui.harness.run();
    assert_eq!(ui.field(labels::USERNAME).value().as_deref(), Some("alice"));
    // A reset code already in hand: straight to typing it.
    ui.click(labels::FORGOT_PASSWORD);
    ui.harness.run();
    ui.click(labels::HAVE_A_CODE);
    ui.harness.run();
    ui.type_into(labels::CODE, " 123 456 ");
    ui.type_into(labels::NEW_PASSWORD, NEW_PASSWORD);
    ui.type_into(labels::CONFIRM_PASSWORD, NEW_PASSWORD);
    // Enter in the last field presses Set the new password.
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.step();
    ui.wait_for_answer();
    let sent = ui.last_sent();
    assert_eq!(sent["ConfirmationCode"], "123456", "{sent}");
    assert_eq!(sent["Username"], "alice");
    assert!(ui.shows("Type the code from the newest message"));
}
