//! Secrets stay out of every file: the client secret and (when asked) the refresh token go to
//! the keychain (keyring-core's mock store here), or stay for the session when there is none.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::path::Path;
use std::sync::Arc;

use cognito_login::keychain::{Binding, Keychain, SecretKind};
use cognito_login::profiles::Profile;
use cognito_login::settings::Config;
use cognito_login::signin::{Flow, Phase, Target};
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use secrecy::ExposeSecret;
use support::emulators;
use ui_harness::*;

fn ministack_secret_profile() -> (Config, String) {
    let emu = emulators().ministack;
    let config = Config {
        current: "ministack".into(),
        profiles: vec![Profile {
            name: "ministack".into(),
            target: Target {
                endpoint: emu.endpoint.clone(),
                pool_id: emu.pool_id.clone(),
                client_id: emu.clients.secret.id.clone(),
                username: "alice".into(),
                flow: Flow::Srp,
                ..Target::default()
            },
            ..Profile::default()
        }],
        ..Config::default()
    };
    (config, emu.clients.secret.secret.clone().unwrap())
}

/// Where the profile's secrets are bound: its name, MiniStack's host and port, the client.
fn here() -> Binding {
    ministack_secret_profile().0.profiles[0].secret_binding()
}

/// Every file under `dir`, read whole.
fn every_file(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(every_file(&path));
        } else {
            found.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    found
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_full_sign_in_leaves_no_secret_in_any_file_and_the_keychain_brings_them_back() {
    let emu = emulators().ministack;
    let (config, secret) = ministack_secret_profile();
    let keychain = Arc::new(Keychain::mock());
    let mut ui = open_with_keychain(None, &config, Arc::clone(&keychain));
    ui.type_into(labels::CLIENT_SECRET, &secret);
    ui.type_into(labels::PASSWORD, &emu.password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    let Phase::SignedIn(signed) = ui.harness.state().phase() else {
        panic!("{:?}", ui.harness.state().phase())
    };
    let tokens = signed.tokens.clone();
    ui.harness.get_by_label(labels::REMEMBER_REFRESH).click();
    ui.harness.run();

    assert_eq!(
        keychain
            .get(&here(), SecretKind::ClientSecret)
            .unwrap()
            .expose_secret(),
        secret
    );
    let kept = keychain.get(&here(), SecretKind::RefreshToken).unwrap();
    assert_eq!(
        kept.expose_secret(),
        tokens.refresh.as_ref().unwrap().expose_secret()
    );

    let files = every_file(ui.config.path());
    assert!(!files.is_empty());
    for (path, bytes) in &files {
        for (what, value) in [
            ("password", emu.password.as_str()),
            ("client secret", secret.as_str()),
            ("ID token", tokens.id.as_ref().unwrap().expose_secret()),
            (
                "access token",
                tokens.access.as_ref().unwrap().expose_secret(),
            ),
            (
                "refresh token",
                tokens.refresh.as_ref().unwrap().expose_secret(),
            ),
        ] {
            assert!(!contains(bytes, value), "{what} in {path}");
        }
    }

    // A second start: the secret is filled in, and the saved refresh token signs in without
    // the password.
    let saved = cognito_login::settings::ConfyStore::at(settings_path(&ui.config));
    let (config, _) = saved.load_config();
    let mut again = open_with_keychain(None, &config, Arc::clone(&keychain));
    again.click(labels::RESUME);
    again.wait_for_answer();
    assert!(
        again.shows("Signed in"),
        "{:?}",
        again.harness.state().phase()
    );
    assert!(again.shows("Refreshed at"));

    // Sign out forgets the refresh token.
    again.click(labels::SIGN_OUT);
    again.harness.run();
    assert!(keychain.get(&here(), SecretKind::RefreshToken).is_none());
    assert!(again.harness.query_by_label(labels::RESUME).is_none());
}

#[test]
fn without_a_keychain_secrets_stay_for_the_session_and_the_person_is_told() {
    let emu = emulators().ministack;
    let (config, secret) = ministack_secret_profile();
    let keychain = Arc::new(Keychain::session_only(
        "no Secret Service on the session bus",
    ));
    let mut ui = open_with_keychain(None, &config, Arc::clone(&keychain));
    ui.type_into(labels::CLIENT_SECRET, &secret);
    ui.type_into(labels::PASSWORD, &emu.password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("This computer has no keychain service (Secret Service)"));
    assert!(ui.shows("kept until you close the app"));
    assert!(
        !ui.shows("no Secret Service on the session bus"),
        "the library's words go to the log"
    );
    assert_eq!(
        keychain
            .get(&here(), SecretKind::ClientSecret)
            .unwrap()
            .expose_secret(),
        secret
    );
}

/// `COGNITO_CLIENT_SECRET=… cognito-login` (what tests/demo.sh runs): the secret given at start
/// fills the form over an older one in the keychain, MiniStack, which checks SECRET_HASH, lets
/// the person in, and the keychain is left as it was (like `sign-in`, the window never writes
/// a secret it was given that way).
#[test]
fn a_client_secret_given_at_start_is_used_over_the_keychains() {
    let emu = emulators().ministack;
    let (config, secret) = ministack_secret_profile();
    let keychain = Arc::new(Keychain::mock());
    let stale = secrecy::SecretString::from("an0lderSecretFromAnEarlierPoolOfTheDemo0000000000");
    keychain
        .set(&here(), SecretKind::ClientSecret, &stale)
        .unwrap();
    let mut ui = open_with_client_secret(&config, Arc::clone(&keychain), &secret);
    ui.type_into(labels::PASSWORD, &emu.password);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(
        matches!(ui.harness.state().phase(), Phase::SignedIn(_)),
        "{:?}",
        ui.harness.state().phase()
    );
    let kept = keychain.get(&here(), SecretKind::ClientSecret).unwrap();
    assert_eq!(kept.expose_secret(), stale.expose_secret());
}
