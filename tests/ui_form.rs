//! The sign-in form as a tester meets it: where the pool is chosen first, every problem beside
//! its field at once, the status line that never moves the form, Enter that belongs to the
//! field it was pressed in, and a layout that uses the window.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::sync::atomic::Ordering;

use cognito_login::profiles::Origin;
use cognito_login::settings::{Config, Settings};
use cognito_login::signin::{Phase, Target};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

fn one_profile() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![test_profile("dev", "client123", Origin::Own)],
        ..Config::default()
    }
}

#[test]
fn enter_in_the_rename_box_renames_and_does_not_sign_in() {
    let mut ui = open_with_config(&one_profile(), None);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::RENAME_PROFILE);
    ui.harness.run();
    type_over(&mut ui, labels::NEW_NAME, "staging");
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.run();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0, "Enter pressed Sign in");
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert_eq!(saved_config(&ui).current, "staging");
    // Enter in the form's own field still signs in.
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.harness.key_press(egui::Key::Enter);
    ui.wait_for_answer();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 1);
}

#[test]
fn every_problem_is_shown_beside_its_field_at_once() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    for problem in [
        "Choose a region",
        "Enter the app client ID",
        "Enter the username",
        "Enter the password",
    ] {
        assert!(ui.shows(problem), "{problem} is not shown");
    }
    assert!(ui.shows("Not sent: fix what is said in red"));
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0);
    assert!(ui.field(labels::REGION).is_focused());
    // Each message is under its own field, and goes as the field is fixed.
    let username = ui.field(labels::USERNAME).rect();
    let message = ui.harness.get_by_label("Enter the username").rect();
    assert!(message.top() >= username.bottom() && message.top() - username.bottom() < 30.0);
    ui.type_into(labels::USERNAME, "alice");
    assert!(!ui.shows("Enter the username"));
    assert!(ui.shows("Enter the app client ID"));
    ui.type_into(labels::REGION, "eu-west-1");
    ui.type_into(labels::CLIENT_ID, "client123");
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
}

#[test]
fn a_region_beside_an_endpoint_is_checked_too() {
    let settings = Settings {
        target: Target {
            endpoint: "http://127.0.0.1:9229".into(),
            region: "Tokyo".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            ..Target::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows("\"Tokyo\" is not an AWS region name"));
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0);
}

#[test]
fn where_the_pool_is_comes_first_and_the_endpoint_is_not_hidden() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    let choice = ui.harness.get_by_label(labels::IN_AN_AWS_REGION).rect();
    let region = ui.field(labels::REGION).rect();
    assert!(choice.top() < region.top(), "the choice comes first");
    assert!(
        (ui.harness)
            .query_by_role_and_label(Role::TextInput, labels::ENDPOINT)
            .is_none()
    );
    ui.harness.get_by_label(labels::AT_AN_ENDPOINT).click();
    ui.harness.run();
    ui.type_into(labels::ENDPOINT, "http://example.com");
    ui.type_into(labels::CLIENT_ID, "client123");
    ui.type_into(labels::USERNAME, "alice");
    ui.type_into(labels::PASSWORD, "pw");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows("plain http is allowed only for 127.0.0.1"));
    assert!(ui.field(labels::ENDPOINT).is_focused());
    // Back to a region: the endpoint no longer applies (the password would go there).
    ui.harness.get_by_label(labels::IN_AN_AWS_REGION).click();
    ui.harness.run();
    ui.type_into(labels::REGION, "eu-west-1");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
}

#[test]
fn the_region_picker_names_each_region_with_its_place() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.click(labels::PICK_REGION);
    ui.harness.run();
    let tokyo = ui.harness.get_by_label("ap-northeast-1 — Tokyo");
    tokyo.scroll_to_me();
    ui.harness.run();
    ui.harness.get_by_label("ap-northeast-1 — Tokyo").click();
    ui.harness.run();
    assert_eq!(
        ui.field(labels::REGION).value().as_deref(),
        Some("ap-northeast-1")
    );
}

#[test]
fn a_message_on_the_status_line_does_not_move_the_form() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    let before = ui.field(labels::USERNAME).rect();
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows("Not sent: fix what is said in red"));
    ui.fill();
    let after = ui.field(labels::USERNAME).rect();
    // The username's own problem line above it is gone again, so only the status line could
    // have moved it.
    assert_eq!(before.top(), after.top());
    let status = ui.harness.get_by_role(Role::Status);
    assert!(status.rect().top() > ui.field(labels::PASSWORD).rect().bottom());
    // The person's next action clears it.
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(!ui.shows("Not sent"));
    assert!(ui.shows("Signed in: the tokens are below."));
}

#[test]
fn fields_widen_with_the_window_and_stay_clear_of_the_scroll_bar() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    let narrow = ui.field(labels::CLIENT_ID).rect().width();
    ui.harness.set_size(egui::vec2(1280.0, 900.0));
    ui.harness.run();
    let wide = ui.field(labels::CLIENT_ID).rect().width();
    assert!(wide > narrow + 200.0, "{narrow} → {wide}");

    ui.harness.set_size(egui::vec2(480.0, 500.0));
    ui.harness.run();
    // A scroll bar is there at this height; nothing may run under it.
    let scroll_bar = egui::style::ScrollStyle::solid().bar_width;
    for label in [labels::CLIENT_ID, labels::USERNAME, labels::PASSWORD] {
        let right = ui.field(label).rect().right();
        assert!(right <= 480.0 - scroll_bar, "{label} reaches {right}");
    }
}

#[test]
fn with_the_endpoint_chosen_a_missing_place_is_a_missing_endpoint() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows("Choose a region"));
    ui.harness.get_by_label(labels::AT_AN_ENDPOINT).click();
    ui.harness.run();
    assert!(ui.shows("Enter the endpoint URL"));
    assert!(!ui.shows("Choose a region"), "the region is optional here");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.field(labels::ENDPOINT).is_focused());
}

#[test]
fn a_failed_sign_in_is_told_on_the_status_line() {
    let mut ui = open(Box::new(|_| {
        Some(refused(
            "NotAuthorizedException",
            "Incorrect username or password.",
        ))
    }));
    ui.sign_in();
    let status = ui.harness.get_by_role(Role::Status);
    let said = egui_kittest::kittest::NodeT::accesskit_node(&status)
        .label()
        .unwrap_or_default();
    assert!(said.contains("password"), "{said}");
}
