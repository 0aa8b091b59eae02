//! The window, driven like a person would: find controls by their accessible names, click,
//! type, press keys, read what is shown. Sign-in answers are scripted here, except in the
//! last test, which signs in against moto over real HTTP.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::sync::atomic::Ordering;

use cognito_login::cognito::{CognitoError, ServiceError};
use cognito_login::settings::{ConfyStore, Settings, SettingsStore};
use cognito_login::signin::{Phase, Target};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

#[test]
fn fill_sign_in_see_tokens() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.fill();
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("Signed in"));
    for kind in cognito_login::signin::TokenKind::ALL {
        ui.harness
            .get_by_role_and_label(Role::Button, labels::copy(kind));
    }
    // Tokens are shown shortened, never whole.
    assert!(ui.shows("eyJhbGciOiJS…JlLWlk"));
    assert!(!ui.shows(ID_TOKEN));
    assert!(ui.shows("expire at"));
    assert_eq!(
        ui.last_password.lock().unwrap().as_deref(),
        Some("Passw0rd!")
    );

    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    assert!(!ui.shows("Signed in"));
    assert!(
        ui.harness
            .query_by_label(labels::copy(cognito_login::signin::TokenKind::Id))
            .is_none()
    );
}

#[test]
fn error_shows_sentence_hint_and_code() {
    let mut ui = open(Box::new(|_| {
        Some(Err(CognitoError::Service(ServiceError {
            code: "ResourceNotFoundException".into(),
            message: "User pool client client123 does not exist.".into(),
            status: 400,
            request_id: Some("req-42".into()),
        })))
    }));
    ui.fill();
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("Cognito does not know this app client."));
    assert!(ui.shows("region must be the user pool's region"));
    assert!(ui.shows(
        "Cognito error ResourceNotFoundException: User pool client client123 does not exist."
    ));
}

#[test]
fn cancel_stops_waiting_and_a_second_click_sends_nothing() {
    let mut ui = open(Box::new(|_| None));
    ui.fill();
    ui.click(labels::SIGN_IN);
    ui.harness.step();
    assert!(ui.shows("Signing in"));
    // Sign in stays in its place, greyed, while waiting: a second click (a double click) or
    // Enter sends nothing again, and does not land on Cancel either.
    let sign_in = ui
        .harness
        .get_by_role_and_label(Role::Button, labels::SIGN_IN);
    assert!(egui_kittest::kittest::NodeT::accesskit_node(&sign_in).is_disabled());
    sign_in.click();
    ui.harness.step();
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.step();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 1);
    assert!(ui.harness.state().is_busy(), "the second click cancelled");

    ui.click(labels::CANCEL);
    ui.harness.run();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert!(ui.harness.query_by_label(labels::CANCEL).is_none());
    ui.harness
        .get_by_role_and_label(Role::Button, labels::SIGN_IN);
}

#[test]
fn escape_cancels() {
    let mut ui = open(Box::new(|_| None));
    ui.fill();
    ui.click(labels::SIGN_IN);
    ui.harness.step();
    ui.harness.key_press(egui::Key::Escape);
    ui.harness.step();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
}

#[test]
fn enter_in_a_field_signs_in() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.fill();
    // Focus is still in the password field after typing.
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.step();
    ui.wait_for_answer();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 1);
    assert!(ui.shows("Signed in"));
}

#[test]
fn copy_buttons_and_shortcuts_fill_the_clipboard() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.fill();
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    let clipboard = || ui.clipboard.contents.lock().unwrap().clone();
    assert_eq!(clipboard(), None);

    ui.click(labels::copy(cognito_login::signin::TokenKind::Access));
    ui.harness.step();
    assert_eq!(
        ui.clipboard.contents.lock().unwrap().as_deref(),
        Some(ACCESS_TOKEN)
    );
    assert!(ui.shows(labels::COPIED));

    for (key, expected) in [
        (egui::Key::Num1, ID_TOKEN),
        (egui::Key::Num3, REFRESH_TOKEN),
        (egui::Key::Num2, ACCESS_TOKEN),
    ] {
        ui.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, key);
        ui.harness.step();
        assert_eq!(
            ui.clipboard.contents.lock().unwrap().as_deref(),
            Some(expected)
        );
    }
}

#[test]
fn focus_starts_in_first_empty_required_field() {
    let prefilled = Settings {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            ..Target::default()
        },
        ..Settings::default()
    };
    let ui = open_with(Some(Box::new(|_| Some(tokens()))), prefilled);
    assert!(ui.field(labels::PASSWORD).is_focused());

    let ui = open(Box::new(|_| Some(tokens())));
    assert!(ui.field(labels::REGION).is_focused());

    let only_region = Settings {
        target: Target {
            region: "eu-west-1".into(),
            ..Target::default()
        },
        ..Settings::default()
    };
    let ui = open_with(Some(Box::new(|_| Some(tokens()))), only_region);
    assert!(ui.field(labels::CLIENT_ID).is_focused());
}

#[test]
fn pool_id_sets_region_and_mismatch_is_flagged() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.type_into(labels::POOL_ID, "ap-northeast-1_AbC123");
    assert_eq!(
        ui.field(labels::REGION).value().as_deref(),
        Some("ap-northeast-1")
    );
    ui.field(labels::REGION).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field(labels::REGION).type_text("us-east-1");
    ui.harness.run();
    assert!(ui.shows("This pool is in ap-northeast-1, not us-east-1."));
}

#[test]
fn settings_saved_on_attempt_without_secrets_and_restored() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.fill();
    ui.type_into(labels::CLIENT_SECRET, "SuperSecretValue1");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    let path = settings_path(&ui.config);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("client123") && text.contains("alice") && text.contains("eu-west-1"),
        "{text}"
    );
    assert!(
        !text.contains("Passw0rd!") && !text.contains("SuperSecretValue1") && !text.contains("eyJ"),
        "{text}"
    );

    let (saved, notice) = ConfyStore::at(path).load();
    assert_eq!(notice, None);
    let again = open_with(Some(Box::new(|_| Some(tokens()))), saved);
    assert_eq!(
        again.field(labels::CLIENT_ID).value().as_deref(),
        Some("client123")
    );
    assert_eq!(again.field(labels::PASSWORD).value().as_deref(), Some(""));
    assert!(again.field(labels::PASSWORD).is_focused());
}

#[test]
fn signs_in_against_moto_over_http() {
    let emu = support::emulators().moto;
    let mut ui = open_with(None, Settings::default());
    ui.harness.get_by_label(labels::AT_AN_ENDPOINT).click();
    ui.harness.run();
    ui.type_into(labels::ENDPOINT, &emu.endpoint);
    ui.type_into(labels::POOL_ID, &emu.pool_id);
    ui.type_into(labels::CLIENT_ID, &emu.clients.plain.id);
    ui.type_into(labels::USERNAME, "alice");
    ui.type_into(labels::PASSWORD, &emu.password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    // moto only imitates SRP: Auto stops before sending the password to it, and asks.
    assert!(ui.shows("Your password was not sent to 127.0.0.1:"));
    assert!(ui.shows("moto only imitates SRP"));
    ui.click(labels::SEND_PASSWORD);
    ui.wait_for_answer();
    assert!(ui.shows("Signed in"), "{:?}", ui.harness.state().phase());
    ui.click(labels::copy(cognito_login::signin::TokenKind::Id));
    let copied = ui.clipboard.contents.lock().unwrap().clone().unwrap();
    assert_eq!(support::claims(&copied)["cognito:username"], "alice");
    // moto (5.2) has no RevokeToken and answers HTTP 500: "Cognito did not confirm it" named
    // neither; the window says what it means (issue 16).
    ui.click(labels::SIGN_OUT);
    wait_for_text(
        &mut ui,
        "did not revoke the refresh token, so it works until it expires",
    );
}

#[test]
fn about_names_version_commit_and_license() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.click(labels::ABOUT);
    ui.harness.run();
    assert!(ui.shows(cognito_login::ui::VERSION));
    assert!(ui.shows("MIT OR Apache-2.0"));
    let commit = cognito_login::ui::COMMIT;
    assert!(
        commit == "unknown"
            || (commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit}"
    );
    if commit == "unknown" {
        assert!(
            !ui.shows("Commit"),
            "nothing said about a commit it does not know"
        );
    } else {
        assert!(ui.shows(commit));
    }
    // The link is where the build came from (build.rs): Cargo.toml's homepage, the CI
    // repository or the clone's remote. Not known: nothing said (it said "not recorded").
    let project = cognito_login::ui::PROJECT_URL;
    assert!(!ui.shows("not recorded"));
    if project.is_empty() {
        assert!(!ui.shows("Home page"));
    } else {
        assert!(project.starts_with("https://"), "{project}");
        assert!(ui.shows(project));
    }
}

#[test]
fn the_window_icon_is_the_256_pixel_png() {
    let icon = cognito_login::ui::window_icon().expect("assets/icons/256.png decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Transparent corners (the rounded square), opaque middle.
    assert_eq!(icon.rgba[3], 0);
    let middle = (128 * 256 + 128) * 4;
    assert_eq!(icon.rgba[middle + 3], 255);
}
