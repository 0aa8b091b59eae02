//! The window against the fault server over real HTTP: every fault ends in a message that says
//! what happened (never a spinner that stays, never a panic), and Cancel stops a request that
//! would otherwise run until its timeout.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod faults;
mod support;
mod ui_harness;

use std::time::Duration;

use cognito_login::settings::Settings;
use cognito_login::signin::{Connection, Flow, Phase, Target};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use faults::Fault;
use ui_harness::{Ui, open_with};

fn window_against(fault: Fault, timeout_secs: u64) -> Ui {
    let settings = Settings {
        target: Target {
            region: "us-east-1".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            endpoint: faults::start(fault),
            flow: Flow::Password,
            ..Target::default()
        },
        connection: Connection {
            timeout_secs,
            ..Connection::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui
}

fn fails_with(fault: Fault, timeout_secs: u64, headline: &str) {
    let mut ui = window_against(fault, timeout_secs);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(
        matches!(ui.harness.state().phase(), Phase::Failed(_)),
        "{fault:?}: {:?}",
        ui.harness.state().phase()
    );
    assert!(ui.shows(headline), "{fault:?}: no \"{headline}\"");
    // The form is usable again: the person can fix something and retry.
    assert!(
        !ui.harness
            .get_by_role_and_label(Role::Button, labels::SIGN_IN)
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn every_fault_ends_in_a_message() {
    let unexpected = "The server answered, but not like Cognito does";
    fails_with(Fault::Refuse, 5, "Nothing answered at");
    fails_with(Fault::Silent, 2, "did not answer within 2 seconds");
    fails_with(Fault::Trickle, 2, "did not answer within 2 seconds");
    for status in [500, 502, 503] {
        fails_with(Fault::Status(status), 5, &format!("(HTTP {status})"));
    }
    fails_with(Fault::Html(200), 5, unexpected);
    fails_with(Fault::Html(403), 5, "Sign in to the Wi-Fi");
    fails_with(Fault::TruncatedJson, 5, unexpected);
    fails_with(Fault::WrongShape, 5, "neither tokens nor a challenge");
    fails_with(Fault::Huge, 10, "larger than 1024 KiB");
    fails_with(Fault::HugeChunked, 10, "larger than 1024 KiB");
    fails_with(Fault::CloseMidBody, 5, "Could not reach 127.0.0.1");
    fails_with(Fault::Throttle, 5, "TooManyRequestsException");
    fails_with(
        Fault::UntrustedTls,
        5,
        "A secure connection to 127.0.0.1 could not be made",
    );
}

#[test]
fn cancel_stops_a_request_that_is_still_running() {
    // A byte a second with a 60 s timeout: without Cancel this would take a minute.
    let mut ui = window_against(Fault::Trickle, 60);
    ui.click(labels::SIGN_IN);
    ui.harness.step();
    std::thread::sleep(Duration::from_millis(300));
    ui.harness.step();
    assert!(ui.harness.state().is_busy());
    ui.click(labels::CANCEL);
    ui.harness.run();
    assert!(
        !ui.harness.state().is_busy(),
        "{:?}",
        ui.harness.state().phase()
    );
    assert!(
        !ui.harness
            .get_by_role_and_label(Role::Button, labels::SIGN_IN)
            .accesskit_node()
            .is_disabled()
    );
    assert!(!ui.shows("did not answer"));
}

#[test]
fn retries_are_shown_and_a_recovering_server_signs_in() {
    let mut ui = window_against(Fault::Flaky(2), 10);
    ui.click(labels::SIGN_IN);
    let mut seen = Vec::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while ui.harness.state().is_busy() {
        assert!(
            std::time::Instant::now() < deadline,
            "no answer within 20 s"
        );
        for label in ["retrying (2 of 3)", "retrying (3 of 3)"] {
            if ui.shows(label) && !seen.contains(&label) {
                seen.push(label);
            }
        }
        std::thread::sleep(Duration::from_millis(5));
        ui.harness.step();
    }
    ui.harness.run();
    // Each retry is on screen for its backoff wait; on a loaded machine two may land between
    // two of the test's frames, so the test sees at least one, and never out of order.
    assert!(!seen.is_empty(), "no retry was shown");
    let second_before_third = seen
        .windows(2)
        .all(|w| w == ["retrying (2 of 3)", "retrying (3 of 3)"]);
    assert!(second_before_third, "{seen:?}");
    assert!(
        matches!(ui.harness.state().phase(), Phase::SignedIn(_)),
        "{:?}",
        ui.harness.state().phase()
    );
}

#[test]
fn the_proxy_under_advanced_carries_the_sign_in() {
    let (proxy, seen) = faults::start_proxy();
    let settings = Settings {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        connection: Connection {
            proxy,
            ..Connection::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    assert!(
        ui.field(labels::PROXY)
            .value()
            .is_some_and(|v| v.starts_with("http://127.0.0.1:"))
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    // The test proxy refuses every tunnel; what matters is that the request went to it.
    assert_eq!(
        *seen.lock().unwrap(),
        ["CONNECT cognito-idp.eu-west-1.amazonaws.com:443 HTTP/1.1"]
    );
}

/// A password for an emulator on this computer never goes through a proxy, not even the one
/// under Advanced (which applies to every other host). Today's window sent it through.
#[test]
fn a_loopback_endpoint_is_reached_without_the_proxy() {
    let (proxy, seen) = faults::start_proxy();
    let (endpoint, direct) = faults::start_counted(Fault::Flaky(0));
    let settings = Settings {
        target: Target {
            client_id: "client123".into(),
            username: "alice".into(),
            endpoint,
            flow: Flow::Password,
            ..Target::default()
        },
        connection: Connection {
            proxy,
            ..Connection::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(seen.lock().unwrap().is_empty(), "the proxy saw the sign-in");
    assert_eq!(direct.load(std::sync::atomic::Ordering::SeqCst), 1);
}
