//! A saved client secret or refresh token is bound to the server and app client it was saved
//! for: an edit of the client ID or endpoint, or a replace-import of a file that points the
//! profile elsewhere, removes it rather than send it; a rename takes it along.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::sync::Arc;
use std::sync::atomic::Ordering;

use cognito_login::keychain::{Binding, Keychain, SecretKind};
use cognito_login::profiles::{Origin, Profile};
use cognito_login::settings::Config;
use cognito_login::signin::{Flow, Target};
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use secrecy::{ExposeSecret, SecretString};
use ui_harness::*;

const SECRET: &str = "s3cr3tForDevClient0000000000000000000000000000000";

fn dev() -> Profile {
    Profile {
        name: "dev".into(),
        target: Target {
            region: "eu-west-1".into(),
            client_id: "devclient".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        ..Profile::default()
    }
}

fn config() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![dev()],
        ..Config::default()
    }
}

/// A keychain holding dev's client secret and refresh token, bound to dev as it is saved.
fn keychain_with_dev_secrets() -> Arc<Keychain> {
    let keychain = Arc::new(Keychain::mock());
    let at = dev().secret_binding();
    for kind in SecretKind::ALL {
        keychain
            .set(&at, kind, &SecretString::from(SECRET))
            .unwrap();
    }
    keychain
}

fn kept(keychain: &Keychain, at: &Binding, kind: SecretKind) -> Option<String> {
    keychain.get(at, kind).map(|s| s.expose_secret().to_owned())
}

#[test]
fn an_edited_client_id_does_not_carry_the_saved_client_secret() {
    let keychain = keychain_with_dev_secrets();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &config(), Arc::clone(&keychain));
    type_over(&mut ui, labels::CLIENT_ID, "otherclient");
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0, "held: nothing was sent");
    assert!(ui.shows("belonged to app client devclient at cognito-idp.eu-west-1.amazonaws.com"));
    assert!(ui.shows("removed and not sent"));
    for kind in SecretKind::ALL {
        assert_eq!(kept(&keychain, &dev().secret_binding(), kind), None);
    }
    // Signing in again sends the form as it is now: without the old client's secret.
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    let sent = ui.last_sent();
    assert_eq!(sent["ClientId"], "otherclient");
    assert!(
        sent["AuthParameters"].get("SECRET_HASH").is_none(),
        "{sent}"
    );
}

#[test]
fn an_unchanged_profile_signs_in_with_its_saved_secret() {
    let keychain = keychain_with_dev_secrets();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &config(), Arc::clone(&keychain));
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    let sent = ui.last_sent();
    assert!(sent["AuthParameters"]["SECRET_HASH"].is_string(), "{sent}");
    let at = dev().secret_binding();
    assert_eq!(
        kept(&keychain, &at, SecretKind::ClientSecret).as_deref(),
        Some(SECRET)
    );
}

#[test]
fn a_replace_import_that_points_elsewhere_removes_the_saved_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    std::fs::write(
        &file,
        "version = 1\n\n[[profile]]\nname = \"dev\"\nregion = \"eu-west-1\"\nclient_id = \"devclient\"\nendpoint = \"https://cognito.example.org/\"\n",
    )
    .unwrap();
    let keychain = keychain_with_dev_secrets();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &config(), Arc::clone(&keychain));
    *ui.opened.lock().unwrap() = Some(file);
    ui.click(labels::IMPORT_PROFILES);
    for _ in 0..100 {
        if ui.shows("Import from") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    ui.harness.get_by_label(labels::REPLACE_SAME_NAME).click();
    ui.harness.run();
    ui.click(labels::IMPORT);
    ui.harness.run();
    assert!(ui.shows(
        "Removed the saved client secret and refresh token of \"dev\": it was saved for another server or app client."
    ));
    let imported = Profile {
        target: Target {
            endpoint: "https://cognito.example.org/".into(),
            ..dev().target
        },
        origin: Origin::Imported,
        ..dev()
    };
    for at in [dev().secret_binding(), imported.secret_binding()] {
        for kind in SecretKind::ALL {
            assert_eq!(kept(&keychain, &at, kind), None, "{at:?} {kind:?}");
        }
    }
}

#[test]
fn a_rename_takes_the_secrets_along() {
    let keychain = keychain_with_dev_secrets();
    let mut ui = open_with_keychain(None, &config(), Arc::clone(&keychain));
    ui.click(labels::RENAME_PROFILE);
    ui.harness.run();
    type_over(&mut ui, labels::NEW_NAME, "dev renamed");
    ui.click(labels::OK);
    ui.harness.run();
    let renamed = Profile {
        name: "dev renamed".into(),
        ..dev()
    };
    for kind in SecretKind::ALL {
        let at = renamed.secret_binding();
        assert_eq!(kept(&keychain, &at, kind).as_deref(), Some(SECRET));
        assert_eq!(kept(&keychain, &dev().secret_binding(), kind), None);
    }
}
