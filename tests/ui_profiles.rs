//! Profiles in the window: the switcher, create / rename / duplicate / delete, importing
//! with a preview (button, drop, --import), and the tester view.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cognito_login::profiles::{Origin, Profile, ProfileName};
use cognito_login::settings::Config;
use cognito_login::signin::Target;
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

fn two_profiles() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![
            test_profile("dev", "devclient", Origin::Own),
            Profile {
                tag: "prod".into(),
                ..test_profile("prod", "prodclient", Origin::Own)
            },
        ],
        ..Config::default()
    }
}

#[test]
fn switching_keeps_each_profiles_values() {
    let mut ui = open_with_config(&two_profiles(), None);
    assert_eq!(
        ui.field(labels::CLIENT_ID).value().as_deref(),
        Some("devclient")
    );
    ui.type_into(labels::USERNAME, "-edited");
    switch_profile(&mut ui, "prod  [prod]");
    assert_eq!(
        ui.field(labels::CLIENT_ID).value().as_deref(),
        Some("prodclient")
    );
    assert!(ui.shows(" prod "), "the tag is shown beside the switcher");
    switch_profile(&mut ui, "dev");
    assert_eq!(
        ui.field(labels::USERNAME).value().as_deref(),
        Some("dev-user-edited")
    );
    assert_eq!(saved_config(&ui).current, "dev");
}

/// A name that hides characters or turns the text around (U+202E) could pass for another
/// profile's: Rename refuses it and says why, and a look-alike of an existing name is taken.
#[test]
fn rename_refuses_hidden_and_look_alike_names() {
    let mut ui = open_with_config(&two_profiles(), None);
    for (typed, said) in [
        ("\u{202E}dorp", "invisible or text-direction characters"),
        ("pro\u{200B}d", "invisible or text-direction characters"),
    ] {
        rename_profile(&mut ui, typed);
        assert!(ui.shows(said), "{typed:?}");
        let names: Vec<ProfileName> = saved_config(&ui)
            .profiles
            .iter()
            .map(|p| p.name.clone())
            .collect();
        assert_eq!(names, ["dev", "prod"], "{typed:?}");
    }
}

#[test]
fn new_rename_duplicate_and_delete_with_confirmation() {
    let mut ui = open_with_config(&two_profiles(), None);
    ui.click(labels::NEW_PROFILE);
    ui.harness.run();
    assert_eq!(saved_config(&ui).current, "New profile");
    assert_eq!(ui.field(labels::CLIENT_ID).value().as_deref(), Some(""));

    rename_profile(&mut ui, "qa");
    let names = |ui: &Ui| {
        saved_config(ui)
            .profiles
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&ui), ["dev", "prod", "qa"]);

    ui.click(labels::DUPLICATE_PROFILE);
    ui.harness.run();
    assert_eq!(names(&ui), ["dev", "prod", "qa", "qa copy"]);

    ui.click(labels::DELETE_PROFILE);
    ui.harness.run();
    assert!(ui.shows("Delete the profile \"qa copy\"?"));
    ui.click(labels::KEEP_IT);
    ui.harness.run();
    assert_eq!(names(&ui).len(), 4, "nothing deleted without a yes");
    ui.click(labels::DELETE_PROFILE);
    ui.harness.run();
    ui.click(labels::CONFIRM_DELETE);
    ui.harness.run();
    assert_eq!(names(&ui), ["dev", "prod", "qa"]);
    assert!(ui.shows("Deleted the profile \"qa copy\"."));
}

fn profile_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const STAGING: &str = "version = 1\n\n[[profile]]\nname = \"staging\"\nregion = \"ap-northeast-1\"\nclient_id = \"stagingclient\"\nusername = \"tester1\"\n\n[[profile]]\nname = \"prod\"\nregion = \"eu-west-1\"\nclient_id = \"newprod\"\n";

#[test]
fn import_shows_what_will_change_and_never_overwrites_silently() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = open_with_config(&two_profiles(), None);
    *ui.opened.lock().unwrap() = Some(profile_file(dir.path(), "team.toml", STAGING));
    ui.click(labels::IMPORT_PROFILES);
    wait_for_text(&mut ui, "Import from");
    assert!(ui.shows(
        "staging (ap-northeast-1): new; sends the password to Amazon Cognito, ap-northeast-1"
    ));
    assert!(ui.shows(
        "prod (eu-west-1): you have a profile of that name; sends the password to Amazon Cognito, eu-west-1"
    ));
    // Import is disabled until replacing is chosen, and says so: clicking it changes nothing.
    assert!(ui.shows("To import, tick the box above"));
    ui.click(labels::IMPORT);
    ui.harness.run();
    assert_eq!(saved_config(&ui).profiles.len(), 2);
    ui.harness.get_by_label(labels::REPLACE_SAME_NAME).click();
    ui.harness.run();
    assert!(ui.shows(
        "prod (eu-west-1): replaces the profile of that name; sends the password to Amazon Cognito, eu-west-1"
    ));
    ui.click(labels::IMPORT);
    ui.harness.run();
    let config = saved_config(&ui);
    assert_eq!(config.current, "staging");
    assert_eq!(config.profiles.len(), 3);
    let prod = config.profiles.iter().find(|p| p.name == "prod").unwrap();
    assert_eq!(
        (prod.target.client_id.as_str(), prod.origin),
        ("newprod", Origin::Imported)
    );
    assert!(ui.shows("Imported: staging, prod."));
}

/// A profile whose endpoint only looks like Cognito's: the preview names the real host it
/// sends the password to. Today's preview said only "prod (eu-west-1_AbC123): new".
#[test]
fn the_preview_names_where_each_password_goes() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile_file(
        dir.path(),
        "prod.toml",
        "version = 1\n[[profile]]\nname = \"prod\"\nuser_pool_id = \"eu-west-1_AbC123\"\nclient_id = \"c1\"\nendpoint = \"https://cognito-idp.eu-west-1.amazonaws.com.evil.example/\"\n",
    );
    let mut ui = open_with_config(&Config::default(), Some(file));
    wait_for_text(&mut ui, "sends the password to");
    assert!(
        ui.shows("sends the password to https://cognito-idp.eu-west-1.amazonaws.com.evil.example")
    );
}

#[test]
fn a_bad_file_is_explained_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = profile_file(
        dir.path(),
        "bad.toml",
        "version = 1\n[[profile]]\nname = \"x\"\nregion = \"eu-west-1\"\nclient_id = \"c\"\npassword = \"hunter2\"\n",
    );
    let mut ui = open_with_config(&two_profiles(), Some(bad));
    assert!(ui.shows("This file cannot be imported; nothing will change"));
    assert!(ui.shows("secrets never go in profile files"));
    ui.click(labels::CANCEL_IMPORT);
    ui.harness.run();
    assert!(!ui.shows("Import from"));
    assert_eq!(saved_config(&ui), two_profiles());
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_is_offered_for_import() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile_file(dir.path(), "dropped.toml", STAGING);
    let mut ui = open_with_config(&Config::default(), None);
    ui.harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(file)));
    ui.harness.run();
    assert!(ui.shows("staging (ap-northeast-1): new"));
}

#[test]
fn the_tester_view_shows_only_what_a_tester_needs() {
    let config = Config {
        current: "staging".into(),
        profiles: vec![
            test_profile("mine", "mineclient", Origin::Own),
            test_profile("staging", "stagingclient", Origin::Imported),
        ],
        ..Config::default()
    };
    let mut ui = open_with_config(&config, None);
    ui.click(labels::TESTER_VIEW);
    ui.harness.run();
    for hidden in [
        labels::CLIENT_ID,
        labels::REGION,
        labels::ADVANCED,
        labels::FLOW,
        labels::NEW_PROFILE,
        labels::IMPORT_PROFILES,
    ] {
        assert!(
            ui.harness.query_by_label(hidden).is_none(),
            "{hidden} is hidden"
        );
    }
    ui.field(labels::USERNAME);
    // Advanced is hidden, but where the password goes is not.
    assert!(ui.shows("The password goes to Amazon Cognito, eu-west-1."));
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(ui.shows("Signed in"));
    ui.harness.get_by_role_and_label(
        Role::Button,
        labels::copy(cognito_login::signin::TokenKind::Id),
    );
    assert!(
        ui.harness
            .query_by_label(labels::details(cognito_login::signin::TokenKind::Id))
            .is_none()
    );
    assert!(ui.harness.query_by_label(labels::COPY_AS).is_none());

    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    ui.click(labels::LEAVE_TESTER_VIEW);
    ui.harness.run();
    ui.field(labels::CLIENT_ID);

    // A profile made here has no tester view: there is nothing handed over to hide.
    switch_profile(&mut ui, "mine");
    assert!(ui.harness.query_by_label(labels::TESTER_VIEW).is_none());
}

#[test]
fn bundled_profiles_are_offered_at_first_start_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // The harness treats an import file named profiles.toml as the one shipped with the app.
    let bundled = profile_file(dir.path(), "profiles.toml", STAGING);
    let mut ui = open_with_config(&Config::default(), Some(bundled.clone()));
    assert!(ui.shows("comes with profiles set up for you"));
    ui.click(labels::IMPORT);
    ui.harness.run();
    let config = saved_config(&ui);
    assert!(config.profiles.iter().all(|p| p.origin == Origin::Bundled));
    assert_eq!(
        std::fs::read_to_string(&bundled).unwrap(),
        STAGING,
        "read-only"
    );
    // Handed over, so it opens in the tester view.
    ui.harness
        .get_by_role_and_label(Role::Button, labels::LEAVE_TESTER_VIEW);
    assert!(ui.harness.query_by_label(labels::CLIENT_ID).is_none());
}

#[test]
fn export_writes_a_profile_file_that_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = open_with_config(&two_profiles(), None);
    let one = dir.path().join("dev.toml");
    *ui.saved_to.lock().unwrap() = Some(one.clone());
    ui.click(labels::EXPORT_PROFILE);
    wait_for_text(&mut ui, "Saved ");
    let text = std::fs::read_to_string(&one).unwrap();
    let profiles = cognito_login::profiles::file::parse(text.as_bytes()).unwrap();
    assert_eq!(profiles, [test_profile("dev", "devclient", Origin::Own)]);

    let all = dir.path().join("all.toml");
    *ui.saved_to.lock().unwrap() = Some(all.clone());
    ui.click(labels::EXPORT_ALL);
    for _ in 0..100 {
        if all.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    let profiles = cognito_login::profiles::file::parse(&std::fs::read(&all).unwrap()).unwrap();
    assert_eq!(profiles.len(), 2);
    assert!(!std::fs::read_to_string(&all).unwrap().contains("origin"));
}

/// A profile from a file whose endpoint is neither Amazon Cognito nor this computer: Sign in
/// first warns, sends nothing until the person goes on, and asks once per host. Today's window
/// sent the password at once.
#[test]
fn a_handed_over_profile_warns_before_sending_the_password_elsewhere() {
    let host = "cognito-idp.eu-west-1.amazonaws.com.evil.example";
    let config = Config {
        current: "prod".into(),
        profiles: vec![Profile {
            name: "prod".into(),
            target: Target {
                pool_id: "eu-west-1_AbC123".into(),
                client_id: "c1".into(),
                username: "alice".into(),
                endpoint: format!("https://{host}/"),
                ..Target::default()
            },
            origin: Origin::Imported,
            ..Profile::default()
        }],
        ..Config::default()
    };
    let mut ui = open_with_config(&config, None);
    let warning =
        format!("This profile sends your password to {host}, which is not Amazon Cognito.");
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.harness.run();
    assert!(ui.shows(&warning));
    ui.click(labels::DONT_TRUST_HOST);
    ui.harness.run();
    assert_eq!(
        ui.calls.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "sent before the answer"
    );
    assert!(!ui.shows(&warning));

    ui.click(labels::SIGN_IN);
    ui.harness.run();
    ui.click(labels::TRUST_HOST);
    ui.wait_for_answer();
    assert!(ui.shows("Signed in"));
    assert_eq!(saved_config(&ui).trusted_hosts, [host]);

    // Accepted once for this host: the next sign-in goes straight on.
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(!ui.shows(&warning));
    assert!(ui.shows("Signed in"));
}

/// A profile the person made, or one for this computer, is never held up.
#[test]
fn own_and_local_profiles_sign_in_without_a_warning() {
    // The Password flow, as neither has a pool ID for SRP (Auto would ask first).
    let mut own = test_profile("mine", "c1", Origin::Own);
    own.target.endpoint = "https://auth.internal.example/".into();
    own.target.flow = cognito_login::signin::Flow::Password;
    let mut local = test_profile("local", "c2", Origin::Imported);
    local.target.endpoint = "http://127.0.0.1:9229".into();
    local.target.flow = cognito_login::signin::Flow::Password;
    for profile in [own, local] {
        let config = Config {
            current: profile.name.clone(),
            profiles: vec![profile],
            ..Config::default()
        };
        let mut ui = open_with_config(&config, None);
        ui.type_into(labels::PASSWORD, "Passw0rd!");
        ui.click(labels::SIGN_IN);
        ui.wait_for_answer();
        assert!(ui.shows("Signed in"));
    }
}
