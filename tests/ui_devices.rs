//! "This user's devices" (issue 19) driven by accessible names, like a tester: devices seeded
//! through CognitoClient (a sign-in, ConfirmDevice, UpdateDeviceStatus, as device_wire.rs
//! does) against tests/support/device_server, a small Cognito over real HTTP on 127.0.0.1 (no
//! emulator implements devices); then a sign-in in the window (SRP, then the SMS code the
//! server fixes), the list with this computer marked, Forget (the server no longer lists the
//! device; this computer's also goes from the keychain) and Forget this computer (the keychain
//! only), in the tester view too.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use cognito_login::cognito::{DeviceRememberedStatus, RememberedDevice};
use cognito_login::settings::Settings;
use cognito_login::signin::{DeviceOwner, Flow, Target};
use cognito_login::ui::labels;
use support::device_server::client::confirmed_device;
use support::device_server::{CLIENT_ID, DeviceServer, MFA_CODE, PASSWORD, POOL_ID, USERNAME};
use ui_harness::*;

fn target(server: &DeviceServer) -> Target {
    Target {
        endpoint: server.endpoint.clone(),
        pool_id: POOL_ID.into(),
        client_id: CLIENT_ID.into(),
        username: USERNAME.into(),
        // The device server, as Cognito for a pool with devices, speaks SRP only.
        flow: Flow::Srp,
        ..Target::default()
    }
}

/// The window over the device server, with `kept` as this computer's device for the user.
fn open_over(server: &DeviceServer, tester_view: bool, kept: &RememberedDevice) -> Ui {
    let settings = Settings {
        tester_view,
        target: target(server),
        ..Settings::default()
    };
    let ui = open_with(None, settings);
    let owner = owner(server);
    ui.keychain.keep_device(&owner, kept).unwrap();
    ui
}

fn owner(server: &DeviceServer) -> DeviceOwner {
    DeviceOwner::of(&target(server)).unwrap()
}

/// Signs in as a tester would: the password, then the SMS code the server asks for.
fn sign_in(ui: &mut Ui) {
    ui.type_into(labels::PASSWORD, PASSWORD);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("+*******0100"), "{:?}", ui.harness.state().phase());
    ui.type_into(labels::CODE, MFA_CODE);
    ui.continue_();
    ui.assert_signed_in();
}

/// Steps until no call is out and `done` holds: the list is read on its own as the screen
/// opens and after a Forget, a frame or two after the click.
fn settle(ui: &mut Ui, done: impl Fn(&Ui) -> bool) {
    for _ in 0..2000 {
        if !ui.harness.state().is_busy() && done(ui) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    panic!("never settled: {:?}", ui.harness.state().phase());
}

/// Whether Cognito's list is on the screen.
fn listed(ui: &Ui) -> bool {
    ui.shows("Last sign-in") || ui.shows("Cognito tracks no device for this user.")
}

/// Opens This user's devices and waits for Cognito's list.
fn open_devices(ui: &mut Ui) {
    ui.click(labels::USERS_DEVICES);
    settle(ui, listed);
}

/// Devices seeded as earlier sign-ins would have left them: a remembered laptop and, as this
/// computer's, a kiosk Cognito tracks without remembering (its sign-ins still ask for MFA).
fn seeded(server: &DeviceServer) -> (RememberedDevice, RememberedDevice) {
    let (laptop, _) = confirmed_device(server, DeviceRememberedStatus::Remembered, "laptop");
    let (kiosk, _) = confirmed_device(server, DeviceRememberedStatus::NotRemembered, "kiosk");
    (laptop, kiosk)
}

#[test]
fn a_tester_sees_this_users_devices_and_forgets_them_in_cognito() {
    let server = DeviceServer::start();
    let (laptop, kiosk) = seeded(&server);
    let mut ui = open_over(&server, false, &kiosk);
    sign_in(&mut ui);
    open_devices(&mut ui);
    assert_eq!(server.bodies("ListDevices").len(), 1);
    assert_eq!(server.bodies("ListDevices")[0]["Limit"], 60);
    assert!(ui.shows("laptop"));
    assert!(ui.shows("kiosk (this computer)"));
    assert!(ui.shows("remembered (skips MFA)"));
    assert!(ui.shows("not remembered"));
    assert!(!ui.shows("laptop (this computer)"));

    // Forget the laptop: Cognito forgets it, the list is read again without it.
    ui.click(&labels::forget_device("laptop"));
    settle(&mut ui, |ui| listed(ui) && !ui.shows("laptop"));
    assert!(server.device(laptop.key.as_str()).is_none());
    let forgotten = server.bodies("ForgetDevice");
    assert_eq!(forgotten[0]["DeviceKey"], laptop.key.as_str());
    assert_eq!(server.bodies("ListDevices").len(), 2, "read again");
    assert!(ui.shows("kiosk (this computer)"));
    assert!(
        ui.keychain.device(&owner(&server)).is_some(),
        "not this one"
    );

    // Forget this computer's own device: gone in Cognito and from the keychain.
    ui.click(&labels::forget_device("kiosk"));
    settle(&mut ui, |ui| listed(ui) && !ui.shows("kiosk"));
    assert!(server.device(kiosk.key.as_str()).is_none());
    assert!(ui.keychain.device(&owner(&server)).is_none());
    assert!(ui.shows("this computer forgot its device too"));
    assert!(ui.shows("Cognito tracks no device for this user."));
    ui.click(labels::BACK);
    ui.harness.run();
    ui.assert_signed_in();
}

#[test]
fn forget_this_computer_in_the_tester_view_forgets_it_here_only() {
    let server = DeviceServer::start();
    let (_, kiosk) = seeded(&server);
    let mut ui = open_over(&server, true, &kiosk);
    sign_in(&mut ui);
    open_devices(&mut ui);
    assert!(ui.shows("kiosk (this computer)"));
    ui.click(labels::FORGET_THIS_COMPUTER);
    ui.harness.run();
    assert!(ui.keychain.device(&owner(&server)).is_none());
    assert!(ui.shows("This computer forgot its remembered device. Cognito still lists it"));
    // Cognito was not asked to forget anything: it still lists the kiosk, now unmarked.
    assert!(server.bodies("ForgetDevice").is_empty());
    assert!(server.device(kiosk.key.as_str()).is_some());
    assert!(ui.shows("kiosk"));
    assert!(!ui.shows("kiosk (this computer)"));
}

#[test]
fn more_devices_than_a_page_are_said_to_be_more() {
    let server = DeviceServer::start();
    let (_, kiosk) = seeded(&server);
    server.seed_devices("rack", 60);
    let mut ui = open_over(&server, false, &kiosk);
    sign_in(&mut ui);
    open_devices(&mut ui);
    assert_eq!(
        server.bodies("ListDevices").len(),
        1,
        "one page is asked for"
    );
    assert!(ui.shows("Cognito tracks more devices than these 60"));
    assert!(ui.shows("kiosk (this computer)"));
    assert!(ui.shows("rack 58"), "the 60th device");
    assert!(!ui.shows("rack 59"), "the 61st is on the next page");
}

#[test]
fn a_tester_remembers_this_computer_and_the_next_sign_in_skips_the_code() {
    let server = DeviceServer::start();
    let settings = Settings {
        target: target(&server),
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    // The first sign-in asks for the code; Cognito starts tracking this computer.
    sign_in(&mut ui);
    settle(&mut ui, |ui| ui.shows(labels::REMEMBER_THIS_COMPUTER));
    let key = server.bodies("ConfirmDevice")[0]["DeviceKey"]
        .as_str()
        .unwrap()
        .to_owned();
    let kept = ui
        .keychain
        .device(&owner(&server))
        .expect("kept once confirmed");
    assert_eq!(kept.key.as_str(), key);
    ui.click(labels::REMEMBER_IT);
    settle(&mut ui, |ui| {
        ui.shows("later sign-ins from here skip the MFA code")
    });
    assert_eq!(
        server.device(&key).unwrap().status.as_deref(),
        Some("remembered")
    );
    // Signed out and in again: the device proves itself, and no code is asked for.
    ui.click(labels::SIGN_OUT);
    ui.wait_for_answer();
    ui.type_into(labels::PASSWORD, PASSWORD);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(ui.shows("Cognito skipped the MFA code"));
    let last = server.bodies("RespondToAuthChallenge");
    assert_eq!(
        last.last().unwrap()["ChallengeName"],
        "DEVICE_PASSWORD_VERIFIER"
    );
}

#[test]
fn saying_no_keeps_the_device_tracked_but_the_code_is_still_asked() {
    let server = DeviceServer::start();
    let settings = Settings {
        tester_view: true,
        target: target(&server),
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    sign_in(&mut ui);
    settle(&mut ui, |ui| ui.shows(labels::REMEMBER_THIS_COMPUTER));
    ui.click(labels::DONT_REMEMBER_IT);
    settle(&mut ui, |ui| {
        ui.shows("Cognito asks for the MFA code each time")
    });
    let key = server.bodies("ConfirmDevice")[0]["DeviceKey"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        server.device(&key).unwrap().status.as_deref(),
        Some("not_remembered")
    );
    ui.click(labels::SIGN_OUT);
    ui.wait_for_answer();
    sign_in(&mut ui);
}
