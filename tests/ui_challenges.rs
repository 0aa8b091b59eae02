//! Every challenge form, the flow choice and refreshing, driven in the window by accessible
//! names. Cognito's answers are scripted in the shapes cognito-protocol.md §2–3 describes
//! (several of these steps exist in no emulator; tests/challenges.rs covers those that do).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::sync::atomic::Ordering;

use cognito_login::cognito::{
    AssociateSoftwareTokenResponse, AuthResponse, AuthenticationResult, Reply,
    VerifySoftwareTokenResponse,
};
use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Phase, Target};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

/// InitiateAuth calls sent so far (key fetches and sign-out calls go beside them).
fn sign_ins(ui: &Ui) -> usize {
    ui.sent
        .lock()
        .unwrap()
        .iter()
        .filter(|body| body.get("AuthFlow").is_some())
        .count()
}

fn name_of(sent: &Sent) -> &str {
    sent.body["ChallengeName"].as_str().unwrap_or_default()
}

#[test]
fn new_password_form_checks_both_entries_and_sends_required_attributes() {
    let mut ui = open(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "NEW_PASSWORD_REQUIRED",
            &[
                ("USER_ID_FOR_SRP", "alice-internal"),
                ("requiredAttributes", "[\"userAttributes.name\"]"),
                ("userAttributes", "{\"email\":\"alice@example.com\"}"),
            ],
            &[],
        )),
        _ if sent.body["ChallengeResponses"]["NEW_PASSWORD"] == "short" => Some(refused(
            "InvalidPasswordException",
            "Password does not conform to policy: Password not long enough",
        )),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    assert!(ui.shows("A new password is required (NEW_PASSWORD_REQUIRED)"));
    assert!(ui.shows("Time left to answer: 3:00") || ui.shows("Time left to answer: 2:59"));
    ui.type_into(labels::NEW_PASSWORD, "short");
    ui.type_into(labels::CONFIRM_PASSWORD, "shorter");
    ui.type_into("name", "Alice");
    ui.click(labels::CONTINUE);
    ui.harness.run();
    assert!(ui.shows("The two passwords differ."));
    assert_eq!(ui.calls.load(Ordering::SeqCst), 1);

    ui.field(labels::CONFIRM_PASSWORD).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field(labels::CONFIRM_PASSWORD).type_text("short");
    ui.harness.run();
    ui.continue_();
    assert!(ui.shows("The password does not meet the user pool's rules."));
    assert!(ui.shows("Password not long enough"));

    for label in [labels::NEW_PASSWORD, labels::CONFIRM_PASSWORD] {
        ui.field(label).click();
        ui.harness.run();
        ui.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        ui.field(label).type_text("N3w!Passw0rdGood");
        ui.harness.run();
    }
    ui.continue_();
    assert!(ui.shows("Signed in"), "{:?}", ui.harness.state().phase());
    let body = ui.last_sent();
    assert_eq!(
        body["ChallengeResponses"]["NEW_PASSWORD"],
        "N3w!Passw0rdGood"
    );
    assert_eq!(body["ChallengeResponses"]["userAttributes.name"], "Alice");
    assert_eq!(body["ChallengeResponses"]["USERNAME"], "alice-internal");
}

#[test]
fn code_form_shows_where_the_code_went_and_takes_a_second_try() {
    let mut ui = open(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "SMS_MFA",
            &[
                ("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS"),
                ("CODE_DELIVERY_DESTINATION", "+*******0100"),
            ],
            &[],
        )),
        _ if sent.body["ChallengeResponses"]["SMS_MFA_CODE"] == "111111" => Some(refused(
            "CodeMismatchException",
            "Invalid code or auth state for the user.",
        )),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    assert!(ui.shows("sent to +*******0100"));
    // The cursor waits in the code field.
    assert!(ui.field(labels::CODE).is_focused());
    ui.field(labels::CODE).type_text("111 111");
    ui.harness.run();
    ui.continue_();
    assert!(ui.shows("The code is wrong."));
    assert!(ui.shows("CodeMismatchException"));
    ui.field(labels::CODE).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field(labels::CODE).type_text("222-222");
    ui.harness.run();
    // Enter in the code field answers, like the button.
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.step();
    ui.wait_for_answer();
    assert!(ui.shows("Signed in"));
    assert_eq!(
        ui.last_sent()["ChallengeResponses"]["SMS_MFA_CODE"],
        "222222"
    );
}

#[test]
fn select_mfa_type_offers_friendly_choices() {
    let mut ui = open(Box::new(|sent| match (sent.op, name_of(sent)) {
        ("InitiateAuth", _) => Some(challenge(
            "SELECT_MFA_TYPE",
            &[("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]")],
            &[],
        )),
        (_, "SELECT_MFA_TYPE") => Some(challenge("SOFTWARE_TOKEN_MFA", &[], &[])),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    ui.harness
        .get_by_role_and_label(Role::Button, "Text message (SMS)");
    ui.click("Authenticator app");
    ui.wait_for_answer();
    assert_eq!(
        ui.last_sent()["ChallengeResponses"]["ANSWER"],
        "SOFTWARE_TOKEN_MFA"
    );
    assert!(ui.shows("Enter the code from your authenticator app"));
    ui.type_into(labels::CODE, "123456");
    ui.continue_();
    assert!(ui.shows("Signed in"));
}

#[test]
fn mfa_setup_draws_a_qr_code_and_the_key() {
    let mut ui = open(Box::new(|sent| match (sent.op, name_of(sent)) {
        ("InitiateAuth", _) => Some(challenge(
            "MFA_SETUP",
            &[("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")],
            &[],
        )),
        ("AssociateSoftwareToken", _) => {
            Some(Ok(Reply::Associated(AssociateSoftwareTokenResponse {
                secret_code: Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into()),
                session: Some("session-2".into()),
            })))
        }
        ("VerifySoftwareToken", _) => Some(Ok(Reply::Verified(VerifySoftwareTokenResponse {
            status: Some("SUCCESS".into()),
            session: Some("session-3".into()),
        }))),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    assert!(ui.shows("Set up multi-factor authentication (MFA_SETUP)"));
    ui.harness.get_by_label(labels::QR_CODE);
    assert!(ui.shows("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
    // The app's entry is named for this app and the user, not the pool (it was "Cognito"
    // or the raw pool ID), and the key copies with one click.
    assert!(ui.shows("The app lists it as Cognito Login (alice)."));
    let Phase::Challenge(asked) = ui.harness.state().phase() else {
        panic!("{:?}", ui.harness.state().phase())
    };
    let cognito_login::signin::ChallengeKind::MfaSetup {
        totp: Some(setup), ..
    } = &asked.kind
    else {
        panic!("{:?}", asked.kind)
    };
    use secrecy::ExposeSecret as _;
    assert!(
        (setup.uri.expose_secret())
            .starts_with("otpauth://totp/Cognito%20Login:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Cognito%20Login")
    );
    ui.click(labels::COPY_KEY);
    ui.harness.run();
    assert_eq!(
        ui.clipboard.contents.lock().unwrap().as_deref(),
        Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    );
    assert!(ui.shows(labels::COPIED));
    ui.type_into(labels::CODE, "123456");
    ui.continue_();
    assert!(ui.shows("Signed in"), "{:?}", ui.harness.state().phase());
    let sent = ui.sent.lock().unwrap().clone();
    assert_eq!(
        sent[1],
        serde_json::json!({"Session": "session-for-MFA_SETUP"})
    );
    assert_eq!(sent[2]["UserCode"], "123456");
    assert_eq!(sent[2]["Session"], "session-2");
    assert_eq!(sent[3]["ChallengeName"], "MFA_SETUP");
    assert_eq!(sent[3]["Session"], "session-3");
}

#[test]
fn custom_challenge_shows_its_parameters_and_sends_the_answer() {
    let mut ui = open(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "CUSTOM_CHALLENGE",
            &[("question", "What is 6 times 7?")],
            &[],
        )),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    assert!(ui.shows("What is 6 times 7?"));
    ui.type_into(labels::ANSWER, "42");
    ui.continue_();
    assert!(ui.shows("Signed in"));
    assert_eq!(ui.last_sent()["ChallengeResponses"]["ANSWER"], "42");
}

#[test]
fn an_unknown_challenge_gets_a_form_for_any_response_keys() {
    let mut ui = open(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge("FUTURE_CHALLENGE", &[("HINT", "say hello")], &[])),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    assert!(ui.shows("Cognito asks for one more step (FUTURE_CHALLENGE)"));
    assert!(ui.shows("say hello"));
    ui.type_into("Response key 1", "GREETING");
    ui.type_into("Value 1", "hello");
    ui.click(labels::ADD_RESPONSE_KEY);
    ui.harness.run();
    ui.type_into("Response key 2", "EXTRA");
    ui.type_into("Value 2", "more");
    ui.continue_();
    assert!(ui.shows("Signed in"));
    let responses = &ui.last_sent()["ChallengeResponses"];
    assert_eq!(responses["GREETING"], "hello");
    assert_eq!(responses["EXTRA"], "more");
}

#[test]
fn choice_based_sign_in_offers_what_the_pool_allows() {
    let settings = alice_with(Flow::Choice);
    let mut ui = open_with(
        Some(Box::new(|sent| match (sent.op, name_of(sent)) {
            ("InitiateAuth", _) => Some(challenge(
                "SELECT_CHALLENGE",
                &[],
                &["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"],
            )),
            (_, "SELECT_CHALLENGE") => Some(challenge(
                "EMAIL_OTP",
                &[("CODE_DELIVERY_DESTINATION", "a***@e***")],
                &[],
            )),
            _ => Some(tokens()),
        })),
        settings,
    );
    // No password: an e-mail code will do.
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert_eq!(
        ui.last_sent(),
        serde_json::json!({"AuthFlow": "USER_AUTH", "ClientId": "client123",
            "AuthParameters": {"USERNAME": "alice"}})
    );
    ui.click("Passkey");
    ui.harness.run();
    assert!(ui.shows("not supported in this app yet"));
    ui.click("E-mail");
    ui.wait_for_answer();
    assert!(ui.shows("sent to a***@e***"));
    ui.field(labels::CODE).type_text("12345678");
    ui.harness.run();
    ui.continue_();
    assert!(ui.shows("Signed in"));
    assert!(ui.shows("Flow used: USER_AUTH"));
    assert_eq!(
        ui.last_sent()["ChallengeResponses"]["EMAIL_OTP_CODE"],
        "12345678"
    );
}

#[test]
fn start_over_returns_to_the_form() {
    let mut ui = open(Box::new(|_| {
        Some(challenge("SOFTWARE_TOKEN_MFA", &[], &[]))
    }));
    ui.sign_in();
    ui.click(labels::START_OVER);
    ui.harness.run();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    ui.harness
        .get_by_role_and_label(Role::Button, labels::SIGN_IN);
}

#[test]
fn auto_reports_the_fall_back_and_the_flow_picker_chooses_srp() {
    let mut ui = open(Box::new(|sent| match sent.body["AuthFlow"].as_str() {
        Some("USER_SRP_AUTH") => Some(refused(
            "InvalidParameterException",
            "USER_SRP_AUTH is not enabled for the client.",
        )),
        _ => Some(tokens()),
    }));
    ui.fill();
    ui.type_into(labels::POOL_ID, "eu-west-1_AbC123");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(
        ui.shows("Flow used: USER_PASSWORD_AUTH"),
        "{:?}",
        ui.harness.state().phase()
    );
    assert!(ui.shows("enable ALLOW_USER_SRP_AUTH on the app client"));
    assert_eq!(sign_ins(&ui), 2);

    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    ui.harness.get_by_label(labels::FLOW).click();
    ui.harness.run();
    ui.harness.get_by_label(Flow::Srp.label()).click();
    ui.harness.run();
    // Signing out emptied the password field.
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("does not allow SRP sign-in"));
    let flows: Vec<String> = ui
        .sent
        .lock()
        .unwrap()
        .iter()
        .filter_map(|b| b["AuthFlow"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        flows,
        ["USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_SRP_AUTH"],
        "SRP alone never falls back"
    );
}

#[test]
fn refresh_button_and_auto_refresh() {
    let mut ui = open(Box::new(|sent| match sent.body["AuthFlow"].as_str() {
        Some("REFRESH_TOKEN_AUTH") => Some(Ok(Reply::Auth(AuthResponse {
            authentication_result: Some(AuthenticationResult {
                id_token: Some(ID_TOKEN.into()),
                access_token: Some("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJuZXcifQ.bmV3LWFjY2Vzcw".into()),
                expires_in: Some(3600),
                ..Default::default()
            }),
            ..Default::default()
        }))),
        _ => Some(tokens()),
    }));
    ui.sign_in();
    ui.click(labels::REFRESH);
    ui.wait_for_answer();
    assert!(
        ui.shows("with REFRESH_TOKEN_AUTH"),
        "{:?}",
        ui.harness.state().phase()
    );
    assert_eq!(
        ui.last_sent()["AuthParameters"]["REFRESH_TOKEN"],
        REFRESH_TOKEN
    );
    // The refresh token is kept when the answer has none.
    ui.click(labels::copy(cognito_login::signin::TokenKind::Refresh));
    assert_eq!(
        ui.clipboard.contents.lock().unwrap().as_deref(),
        Some(REFRESH_TOKEN)
    );

    ui.harness.get_by_label(labels::AUTO_REFRESH).click();
    ui.harness.run();
    let saved = std::fs::read_to_string(settings_path(&ui.config)).unwrap();
    assert!(saved.contains("auto_refresh = true"), "{saved}");
}

#[test]
fn auto_refresh_runs_when_the_tokens_are_about_to_expire() {
    let settings = Settings {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        auto_refresh: true,
        ..Settings::default()
    };
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.body["AuthFlow"].as_str() {
            Some("REFRESH_TOKEN_AUTH") => Some(tokens()),
            // Expires within the minute before expiry: refreshed at once.
            _ => Some(Ok(Reply::Auth(AuthResponse {
                authentication_result: Some(AuthenticationResult {
                    access_token: Some(ACCESS_TOKEN.into()),
                    refresh_token: Some(REFRESH_TOKEN.into()),
                    expires_in: Some(30),
                    ..Default::default()
                }),
                ..Default::default()
            }))),
        })),
        settings,
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.harness.step();
    ui.wait_for_answer();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 2);
    assert!(ui.shows("with REFRESH_TOKEN_AUTH"));
    // The new tokens last an hour: no further refresh.
    ui.harness.run();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 2);
}
