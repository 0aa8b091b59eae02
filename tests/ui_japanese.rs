//! The window in Japanese (issue 20, first slice): the title row, the profile bar and the
//! About window found by their Japanese accessible names, the Language picked in the About
//! window changing the window at once and kept in the settings file, and --lang over the
//! saved choice; the sign-in form (second slice) filled and sent by its Japanese names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::messages::Lang;
use cognito_login::profiles::Origin;
use cognito_login::settings::{Config, LanguageChoice, Settings};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

fn in_japanese() -> Config {
    Config {
        current: "dev".into(),
        profiles: vec![
            test_profile("dev", "devclient", Origin::Own),
            test_profile("prod", "prodclient", Origin::Own),
        ],
        language: LanguageChoice::Japanese,
        ..Config::default()
    }
}

/// The built-in Japanese font is among egui's fonts (src/ui/fonts.rs).
fn has_japanese_font(ui: &Ui) -> bool {
    (ui.harness.ctx).fonts(|f| {
        f.definitions()
            .font_data
            .contains_key("noto-sans-jp-subset")
    })
}

#[test]
fn the_profile_bar_speaks_japanese() {
    let mut ui = open_with_config(&in_japanese(), None);
    assert!(has_japanese_font(&ui));
    for name in [
        "バージョン情報",
        "新規作成",
        "名前を変更",
        "複製",
        "削除",
        "エクスポート…",
        "すべてエクスポート…",
        "インポート…",
    ] {
        assert!(ui.has_button(name), "{name}");
    }
    assert!(!ui.has_button(labels::NEW_PROFILE), "no English left");
    switch_profile_in(&mut ui, "プロファイル", "prod");
    assert_eq!(saved_config(&ui).current.as_str(), "prod");

    ui.click("名前を変更");
    ui.harness.run();
    assert!(
        ui.harness
            .query_by_role_and_label(Role::TextInput, "新しい名前")
            .is_some()
    );
    ui.click("キャンセル");
    ui.harness.run();

    ui.click("削除");
    ui.harness.run();
    assert!(ui.shows("プロファイル「prod」を削除しますか？"));
    ui.click("削除しない");
    ui.harness.run();
    assert_eq!(saved_config(&ui).profiles.len(), 2, "kept");
}

/// Picks `choice` in the picker named `picker`.
fn switch_profile_in(ui: &mut Ui, picker: &str, choice: &str) {
    ui.harness.get_by_label(picker).click();
    ui.harness.run();
    ui.harness
        .get_by_role_and_label(Role::Button, choice)
        .click();
    ui.harness.run();
}

#[test]
fn the_language_picked_in_about_changes_the_window_and_is_kept() {
    let mut ui = open_with_config(&in_japanese(), None);
    ui.click("バージョン情報");
    ui.harness.run();
    for text in ["Cognito Login について", "バージョン", "ライセンス", "言語"] {
        assert!(ui.shows(text), "{text}");
    }
    assert!(ui.shows("ファイルにも書き込まれません"));
    switch_profile_in(&mut ui, "言語", "English");

    assert!(ui.has_button(labels::ABOUT), "the title row in English");
    assert!(!ui.has_button("バージョン情報"));
    assert!(ui.has_button(labels::NEW_PROFILE), "and the profile bar");
    assert!(
        ui.shows("About Cognito Login"),
        "the About window stays open"
    );
    assert_eq!(saved_config(&ui).language, LanguageChoice::English);

    switch_profile_in(&mut ui, "Language", "日本語");
    assert!(ui.has_button("バージョン情報"));
    assert!(has_japanese_font(&ui));
    assert_eq!(saved_config(&ui).language, LanguageChoice::Japanese);
    assert_eq!(saved_config(&ui).profiles.len(), 2, "nothing else changed");
}

#[test]
fn lang_flag_wins_until_a_language_is_picked() {
    let settings = Settings {
        language_flag: Some(Lang::Ja),
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    assert!(ui.has_button("バージョン情報"));
    assert!(has_japanese_font(&ui));
    assert!(ui.harness.query_by_label("プロファイル").is_some());
    ui.click("バージョン情報");
    ui.harness.run();
    switch_profile_in(&mut ui, "言語", "English");
    assert!(ui.has_button(labels::ABOUT));
    assert_eq!(saved_config(&ui).language, LanguageChoice::English);
}

/// The English tests find the converted controls by `labels`; the catalogue must say the same.
#[test]
fn the_english_catalogue_says_what_the_labels_say() {
    use cognito_login::messages::tr;
    let pairs = [
        ("profile", labels::PROFILE),
        ("profile-new", labels::NEW_PROFILE),
        ("profile-rename", labels::RENAME_PROFILE),
        ("profile-duplicate", labels::DUPLICATE_PROFILE),
        ("profile-delete", labels::DELETE_PROFILE),
        ("profile-export", labels::EXPORT_PROFILE),
        ("profile-export-all", labels::EXPORT_ALL),
        ("profile-import", labels::IMPORT_PROFILES),
        ("tester-view", labels::TESTER_VIEW),
        ("leave-tester-view", labels::LEAVE_TESTER_VIEW),
        ("new-name", labels::NEW_NAME),
        ("ok", labels::OK),
        ("cancel", labels::CANCEL),
        ("confirm-delete", labels::CONFIRM_DELETE),
        ("keep-it", labels::KEEP_IT),
        ("about-button", labels::ABOUT),
        ("about-privacy", labels::ABOUT_PRIVACY),
        ("form-client-id", labels::CLIENT_ID),
        ("form-client-secret", labels::CLIENT_SECRET),
        ("form-username", labels::USERNAME),
        ("form-password", labels::PASSWORD),
        ("form-show-password", labels::SHOW_PASSWORD),
        ("form-sign-in", labels::SIGN_IN),
    ];
    for (key, label) in pairs {
        assert_eq!(tr(Lang::En, key), label, "{key}");
    }
}

/// In an English window, the picker's 日本語 is drawn with the built-in font (kittest stops
/// at a glyph no font has).
#[test]
fn an_english_window_can_show_its_japanese_choice() {
    let config = Config {
        language: LanguageChoice::English,
        ..in_japanese()
    };
    let mut ui = open_with_config(&config, None);
    assert!(has_japanese_font(&ui));
    ui.click(labels::ABOUT);
    ui.harness.run();
    switch_profile_in(&mut ui, "Language", "日本語");
    assert!(ui.has_button("バージョン情報"));
}

/// With Japanese chosen, a person who reads only Japanese fills the form and signs in: every
/// field and the button are found by their Japanese names (the region row is not in the
/// catalogue yet, so the profile brings the region).
#[test]
fn signing_in_in_japanese() {
    let mut blank = test_profile("dev", "", Origin::Own);
    blank.target.username.clear();
    let config = Config {
        current: "dev".into(),
        profiles: vec![blank],
        language: LanguageChoice::Japanese,
        ..Config::default()
    };
    let mut ui = open_with_config(&config, None);
    ui.type_into("アプリクライアント ID", "client123");
    ui.type_into("クライアントシークレット", "s3cret");
    ui.type_into("ユーザー名", "alice");
    ui.type_into("パスワード", "Passw0rd!");
    assert!(!ui.has_button(labels::SIGN_IN), "no English left");
    ui.click("サインイン");
    ui.wait_for_answer();
    ui.assert_signed_in();
    // The form, shrunk to one line, says where the password went.
    assert!(ui.shows("パスワードは Amazon Cognito (eu-west-1) に送信されます。"));
    let sent = ui.last_sent();
    assert_eq!(sent["ClientId"], "client123");
    assert_eq!(sent["AuthParameters"]["USERNAME"], "alice");
    assert!(sent["AuthParameters"]["SECRET_HASH"].is_string());
}
