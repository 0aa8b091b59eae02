//! State that behaves (issue 16): the password being typed survives profile changes, a
//! cleared client secret stays cleared, a profile's failure stays with it, a replaced
//! temporary password leaves the field, and the tester view is each profile's own.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::path::PathBuf;
use std::sync::Arc;

use cognito_login::keychain::{Keychain, SecretKind};
use cognito_login::profiles::{Origin, Profile};
use cognito_login::settings::Config;
use cognito_login::signin::{Flow, Phase};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use secrecy::SecretString;
use ui_harness::*;

fn profile(name: &str, origin: Origin) -> Profile {
    let mut profile = test_profile(name, &format!("{name}client"), origin);
    profile.target.flow = Flow::Password;
    profile
}

fn two_profiles() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![profile("dev", Origin::Own), profile("prod", Origin::Own)],
        ..Config::default()
    }
}

/// What the password field holds, shown in clear.
fn password(ui: &mut Ui) -> String {
    if ui
        .harness
        .query_by_role_and_label(Role::PasswordInput, labels::PASSWORD)
        .is_some()
    {
        ui.harness.get_by_label(labels::SHOW_PASSWORD).click();
        ui.harness.run();
    }
    ui.field(labels::PASSWORD).value().unwrap_or_default()
}

/// Select what a field holds and delete it.
fn empty_field(ui: &mut Ui, label: &str) {
    ui.field(label).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.harness.key_press(egui::Key::Backspace);
    ui.harness.run();
}

#[test]
fn renaming_switching_and_reloading_keep_the_password_being_typed() {
    let mut ui = open_with_config(&two_profiles(), None);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    assert_eq!(password(&mut ui), "Passw0rd!");
    rename_profile(&mut ui, "dev2");
    assert_eq!(saved_config(&ui).current, "dev2");
    assert_eq!(password(&mut ui), "Passw0rd!", "after Rename");
    ui.click(labels::EXPORT_PROFILE);
    ui.harness.run();
    assert_eq!(password(&mut ui), "Passw0rd!", "after Export");
    switch_profile(&mut ui, "prod");
    assert_eq!(
        ui.field(labels::CLIENT_ID).value().as_deref(),
        Some("prodclient")
    );
    assert_eq!(password(&mut ui), "Passw0rd!", "after switching");
}

/// A sign-in with the client secret field emptied worked, so the client has none: the saved
/// secret must not come back with the next Rename or Export (it did, and the next sign-in
/// failed on a SECRET_HASH the client does not want).
#[test]
fn a_cleared_client_secret_stays_cleared() {
    let config = Config {
        current: "dev".into(),
        profiles: vec![profile("dev", Origin::Own)],
        ..Config::default()
    };
    let keychain = Arc::new(Keychain::mock());
    let secret = SecretString::from("s3cr3tOfTheOldClient000000000000000000000000000000");
    let at = config.profiles[0].secret_binding();
    keychain
        .set(&at, SecretKind::ClientSecret, &secret)
        .unwrap();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &config, Arc::clone(&keychain));
    assert_ne!(ui.field(labels::CLIENT_SECRET).value().as_deref(), Some(""));
    empty_field(&mut ui, labels::CLIENT_SECRET);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(
        ui.last_sent()["AuthParameters"]
            .get("SECRET_HASH")
            .is_none()
    );
    ui.click(labels::SIGN_OUT);
    ui.harness.run();

    rename_profile(&mut ui, "dev2");
    assert_eq!(ui.field(labels::CLIENT_SECRET).value().as_deref(), Some(""));
    ui.click(labels::EXPORT_PROFILE);
    ui.harness.run();
    assert_eq!(ui.field(labels::CLIENT_SECRET).value().as_deref(), Some(""));
    let renamed = saved_config(&ui)
        .current_profile()
        .unwrap()
        .secret_binding();
    assert!(keychain.get(&renamed, SecretKind::ClientSecret).is_none());
    assert!(keychain.get(&at, SecretKind::ClientSecret).is_none());

    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    let sent = ui.last_sent();
    assert!(
        sent["AuthParameters"].get("SECRET_HASH").is_none(),
        "{sent}"
    );
}

/// A sign-in refused for one profile, and what the status line said, stay with it: switching
/// to another profile shows that profile's empty form, not the last one's failure.
#[test]
fn a_profiles_failure_does_not_follow_to_another_profile() {
    let script: Box<Script> = Box::new(|_| {
        Some(refused(
            "NotAuthorizedException",
            "Incorrect username or password.",
        ))
    });
    let mut ui = open_with_keychain(Some(script), &two_profiles(), Arc::new(Keychain::mock()));
    ui.type_into(labels::PASSWORD, "wrong");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("Incorrect username or password."));
    switch_profile(&mut ui, "prod");
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert!(!ui.shows("Incorrect username or password."));

    rename_profile(&mut ui, "\u{202E}dorp");
    assert!(ui.shows("invisible or text-direction characters"));
    switch_profile(&mut ui, "dev");
    assert!(!ui.shows("invisible or text-direction characters"));
}

/// After NEW_PASSWORD_REQUIRED was answered and Cognito took the new password, the
/// temporary one is not left in the Password field for the next sign-in to fail with.
#[test]
fn an_accepted_new_password_empties_the_password_field() {
    let mut ui = open(Box::new(|sent| {
        let responses = &sent.body["ChallengeResponses"];
        Some(match sent.op {
            "InitiateAuth" => challenge(
                "NEW_PASSWORD_REQUIRED",
                &[("USER_ID_FOR_SRP", "alice-internal")],
                &[],
            ),
            _ if responses.get("NEW_PASSWORD").is_some() => challenge(
                "SMS_MFA",
                &[("CODE_DELIVERY_DESTINATION", "+*******1234")],
                &[],
            ),
            _ => tokens(),
        })
    }));
    ui.sign_in();
    for label in [labels::NEW_PASSWORD, labels::CONFIRM_PASSWORD] {
        ui.type_into(label, "N3w!Passw0rdGood");
    }
    ui.continue_();
    assert!(matches!(ui.harness.state().phase(), Phase::Challenge(_)));
    ui.click(labels::START_OVER);
    ui.harness.run();
    assert_eq!(password(&mut ui), "", "the temporary password is gone");
}

#[test]
fn sign_out_empties_the_password_field() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.sign_in();
    ui.assert_signed_in();
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    assert_eq!(password(&mut ui), "");
}

fn staging_file(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("team.toml");
    let text = "version = 1\n\n[[profile]]\nname = \"staging\"\nregion = \"ap-northeast-1\"\nclient_id = \"stagingclient\"\nusername = \"tester1\"\n";
    std::fs::write(&path, text).unwrap();
    path
}

fn in_tester_view(ui: &Ui) -> bool {
    ui.harness
        .query_by_role_and_label(Role::Button, labels::LEAVE_TESTER_VIEW)
        .is_some()
}

/// A profile imported from a file opens in the tester view; each profile keeps its own view,
/// in the settings file, so the next start opens it the same way.
#[test]
fn the_tester_view_is_each_profiles_own_and_imported_profiles_open_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = open_with_config(&two_profiles(), None);
    *ui.opened.lock().unwrap() = Some(staging_file(&dir));
    ui.click(labels::IMPORT_PROFILES);
    wait_for_text(&mut ui, "Import from");
    ui.click(labels::IMPORT);
    ui.harness.run();
    assert_eq!(saved_config(&ui).current, "staging");
    assert!(in_tester_view(&ui), "an imported profile opens in it");
    assert!(ui.harness.query_by_label(labels::CLIENT_ID).is_none());

    switch_profile(&mut ui, "dev");
    assert!(!in_tester_view(&ui), "dev was made here");
    switch_profile(&mut ui, "staging");
    assert!(in_tester_view(&ui), "staging keeps it");
    ui.click(labels::LEAVE_TESTER_VIEW);
    ui.harness.run();
    assert!(!in_tester_view(&ui));

    let saved = saved_config(&ui);
    let staging = |c: &Config| {
        c.profiles
            .iter()
            .find(|p| p.name == "staging")
            .unwrap()
            .tester_view
    };
    assert!(!staging(&saved));
    ui.click(labels::TESTER_VIEW);
    ui.harness.run();
    let saved = saved_config(&ui);
    assert!(staging(&saved));

    let again = open_with_config(&saved, None);
    assert!(in_tester_view(&again), "remembered for the next start");
}

/// Without a keychain service, ticking "Keep the refresh token in the system keychain" says
/// so in a tester's words (not zbus's) and the box goes back to unticked, as nothing was kept
/// there; the app still has the token until it closes.
#[test]
fn without_a_keychain_the_tick_box_and_the_words_say_what_happened() {
    let zbus = "Platform secure storage failure: zbus error: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files";
    let keychain = Arc::new(Keychain::session_only(zbus));
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &two_profiles(), keychain);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    ui.harness.get_by_label(labels::REMEMBER_REFRESH).click();
    ui.harness.run();
    assert!(ui.shows(
        "This computer has no keychain service (Secret Service); client secrets, refresh tokens and remembered devices are kept until you close the app."
    ));
    assert!(!ui.shows("zbus"), "the library's words go to the log");
    assert!(!ui.shows("org.freedesktop"));
    assert!(!saved_config(&ui).remember_refresh_token);
    assert_eq!(
        ui.harness
            .get_by_label(labels::REMEMBER_REFRESH)
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
}
