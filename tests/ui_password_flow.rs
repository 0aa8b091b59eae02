//! Auto against a server that is not Amazon Cognito (an emulator, a team's own gateway) never
//! falls back from SRP to sending the password itself on its own: the window asks once per
//! profile, and remembers the answer for that server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::profiles::Profile;
use cognito_login::settings::{Config, ConfyStore};
use cognito_login::signin::{Phase, Target};
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

fn local() -> Config {
    Config {
        current: "local".into(),
        profiles: vec![Profile {
            name: "local".into(),
            target: Target {
                endpoint: "http://127.0.0.1:9229".into(),
                pool_id: "eu-west-1_AbC123".into(),
                client_id: "client123".into(),
                username: "alice".into(),
                ..Target::default()
            },
            ..Profile::default()
        }],
        ..Config::default()
    }
}

fn flows(ui: &Ui) -> Vec<String> {
    let sent = ui.sent.lock().unwrap();
    sent.iter()
        .filter_map(|b| b["AuthFlow"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn auto_asks_before_sending_the_password_to_a_server_that_is_not_cognito() {
    let script: Box<Script> = Box::new(|sent| match sent.body["AuthFlow"].as_str() {
        Some("USER_SRP_AUTH") => Some(refused(
            "InvalidParameterException",
            "USER_SRP_AUTH is not enabled for the client.",
        )),
        _ => Some(tokens()),
    });
    let keychain = std::sync::Arc::new(cognito_login::keychain::Keychain::mock());
    let mut ui = open_with_keychain(Some(script), &local(), keychain);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("Your password was not sent to 127.0.0.1:9229"));
    assert!(ui.shows("Why SRP did not work: the app client does not allow SRP"));
    assert_eq!(flows(&ui), ["USER_SRP_AUTH"], "no password went out");

    ui.click(labels::SEND_PASSWORD);
    ui.wait_for_answer();
    assert!(matches!(ui.harness.state().phase(), Phase::SignedIn(_)));
    assert!(ui.shows("Flow used: USER_PASSWORD_AUTH"));
    assert_eq!(
        flows(&ui),
        ["USER_SRP_AUTH", "USER_SRP_AUTH", "USER_PASSWORD_AUTH"]
    );
    let saved = ConfyStore::at(settings_path(&ui.config)).load_config().0;
    assert_eq!(saved.profiles[0].password_flow_server, "127.0.0.1:9229");

    // Asked once: the next sign-in of this profile falls back without asking.
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(matches!(ui.harness.state().phase(), Phase::SignedIn(_)));
    assert!(ui.harness.query_by_label(labels::SEND_PASSWORD).is_none());
    assert_eq!(flows(&ui).len(), 5);
}
