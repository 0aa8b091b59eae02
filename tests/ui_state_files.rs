//! Without a file dialog (Linux without xdg-desktop-portal: rfd gives none, so the dialog
//! answers "no file"), Export, Save Postman environment and Import ask for the path in the
//! window instead of sending a tester to a terminal; Import did nothing at all (issue 16).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::profiles::Origin;
use cognito_login::settings::Config;
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

const SAVE_TO: &str = "Save to";
const FILE_TO_IMPORT: &str = "File to import";

fn one_profile() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![test_profile("dev", "devclient", Origin::Own)],
        ..Config::default()
    }
}

#[test]
fn export_and_import_ask_for_the_path_when_no_dialog_opens() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dev.toml");
    let mut ui = open_with_config(&one_profile(), None);
    ui.click(labels::EXPORT_PROFILE);
    wait_for_text(&mut ui, "type where to save the file");
    ui.harness.run();
    // The path field has the keyboard, not the password field that had it before.
    assert!(ui.field(SAVE_TO).is_focused());
    type_over(&mut ui, SAVE_TO, file.to_str().unwrap());
    ui.click("Save here");
    ui.harness.run();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("client_id = \"devclient\""), "{text}");
    assert!(ui.shows(&format!("Saved {}.", file.display())));
    assert!(ui.harness.query_by_label(SAVE_TO).is_none(), "done with");

    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::IMPORT_PROFILES);
    wait_for_text(&mut ui, "type the path of the profile file");
    ui.type_into(FILE_TO_IMPORT, file.to_str().unwrap());
    // Enter takes the path, and only that: the form's Sign in is not pressed with it.
    ui.harness.key_press(egui::Key::Enter);
    ui.harness.run();
    assert_eq!(ui.calls.load(std::sync::atomic::Ordering::SeqCst), 0);
    assert!(ui.shows(&format!("Import from {}", file.display())));
    assert!(ui.shows("dev (eu-west-1): you have a profile of that name"));
}

#[test]
fn a_postman_environment_is_saved_where_the_person_types() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = open(Box::new(|_| Some(tokens())));
    ui.sign_in();
    ui.assert_signed_in();
    ui.click(labels::SAVE_POSTMAN);
    wait_for_text(&mut ui, "type where to save the file");
    // A folder is no file: said, and the path can be typed again.
    type_over(&mut ui, SAVE_TO, dir.path().to_str().unwrap());
    ui.click("Save here");
    ui.harness.run();
    assert!(ui.shows("Could not save"));
    let file = dir.path().join("env.json");
    type_over(&mut ui, SAVE_TO, file.to_str().unwrap());
    ui.click("Save here");
    ui.harness.run();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(ID_TOKEN), "{text}");
}

#[test]
fn not_now_drops_the_file() {
    let mut ui = open_with_config(&one_profile(), None);
    ui.click(labels::EXPORT_PROFILE);
    wait_for_text(&mut ui, "type where to save the file");
    ui.click("Not now");
    ui.harness.run();
    assert!(ui.harness.query_by_label(SAVE_TO).is_none());
}
