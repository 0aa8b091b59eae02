//! Bad input in the window: a hostile region, an endpoint with credentials, over-long fields —
//! each named beside its field with nothing sent — and any script sent exactly as typed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::sync::atomic::Ordering;

use cognito_login::settings::Settings;
use cognito_login::signin::{Connection, Target};
use cognito_login::ui::labels;
use ui_harness::{Ui, open, open_with, tokens};

/// The window over `settings`, the rest of the form filled in, Sign in clicked.
fn submitted(settings: Settings) -> Ui {
    let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings);
    ui.type_into(labels::CLIENT_ID, "client123");
    ui.type_into(labels::USERNAME, "alice");
    ui.type_into(labels::PASSWORD, "pw");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    ui
}

#[test]
fn a_region_that_would_move_the_host_is_refused_and_nothing_is_sent() {
    for hostile in [
        "us-east-1.evil.example",
        "us-east-1@evil",
        "us-\u{0435}ast-1",
    ] {
        let mut ui = open(Box::new(|_| Some(tokens())));
        ui.type_into(labels::REGION, hostile);
        ui.type_into(labels::CLIENT_ID, "client123");
        ui.type_into(labels::USERNAME, "alice");
        ui.type_into(labels::PASSWORD, "pw");
        ui.click(labels::SIGN_IN);
        ui.harness.run();
        assert!(ui.shows("is not an AWS region name"), "{hostile}");
        assert_eq!(ui.calls.load(Ordering::SeqCst), 0, "{hostile}");
        assert!(ui.field(labels::REGION).is_focused());
    }
}

#[test]
fn an_endpoint_with_a_password_in_it_is_refused_without_repeating_it() {
    let ui = submitted(Settings {
        target: Target {
            endpoint: "https://admin:hunter2@cognito.example.com/".into(),
            ..Target::default()
        },
        ..Settings::default()
    });
    assert!(ui.shows("must not contain a user name or password"));
    assert!(!ui.shows("hunter2"), "the refusal repeats the password");
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0);
}

#[test]
fn an_over_long_username_is_named_before_anything_is_sent() {
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.type_into(labels::REGION, "eu-west-1");
    ui.type_into(labels::CLIENT_ID, "client123");
    ui.type_into(labels::USERNAME, &"a".repeat(129));
    ui.type_into(labels::PASSWORD, "pw");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows("longer than Cognito allows (128 characters)"));
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0);
    assert!(ui.field(labels::USERNAME).is_focused());
}

#[test]
fn japanese_emoji_and_combining_marks_are_sent_as_typed() {
    let username = "山田太郎👋🏽e\u{301}";
    let password = " パスワード🔐 ";
    let mut ui = open(Box::new(|_| Some(tokens())));
    // The test harness has only egui's own fonts, and panics at a character they lack; the
    // app takes such characters from the system's fonts, or draws a box. What is sent is
    // what this test is about.
    ui.harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    ui.type_into(labels::REGION, "eu-west-1");
    ui.type_into(labels::CLIENT_ID, "client123");
    ui.type_into(labels::USERNAME, username);
    ui.type_into(labels::PASSWORD, password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    let body = ui.last_sent();
    assert_eq!(body["AuthParameters"]["USERNAME"], username);
    assert_eq!(body["AuthParameters"]["PASSWORD"], password);
}

#[test]
fn a_proxy_with_a_password_in_it_is_refused_at_its_field() {
    let ui = submitted(Settings {
        target: Target {
            region: "eu-west-1".into(),
            ..Target::default()
        },
        connection: Connection {
            proxy: "http://me:hunter2@proxy.example.com:3128".into(),
            ..Connection::default()
        },
        ..Settings::default()
    });
    assert!(ui.shows("The proxy URL must not contain a user name or password"));
    assert!(!ui.shows("hunter2"));
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0);
    assert!(ui.field(labels::PROXY).is_focused());
}
