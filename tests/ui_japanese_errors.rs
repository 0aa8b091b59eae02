//! A refused sign-in in a Japanese window (issue 20): the explanation's summary and hints in
//! Japanese, Cognito's own code and message beside them unchanged, and the buttons under a
//! refusal found by their Japanese names. Each check would fail if the English came back.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::messages::{Lang, tr};
use cognito_login::settings::Settings;
use cognito_login::signin::Flow;
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

/// Alice's form in a window opened with --lang ja, refused by Cognito with `code`.
fn refused_in_japanese(code: &'static str, message: &'static str) -> Ui {
    let settings = Settings {
        language_flag: Some(Lang::Ja),
        ..alice_with(Flow::Password)
    };
    let mut ui = open_with(
        Some(Box::new(move |_| Some(refused(code, message)))),
        settings,
    );
    ui.type_into("パスワード", "wrong");
    ui.click("サインイン");
    ui.wait_for_answer();
    ui
}

#[test]
fn a_wrong_password_is_explained_in_japanese_beside_cognitos_words() {
    let ui = refused_in_japanese("NotAuthorizedException", "Incorrect username or password.");
    assert!(ui.shows("ユーザー名またはパスワードが正しくありません。"));
    assert!(ui.shows("• パスワードと、Caps Lock がオフになっていることを確認してください。"));
    assert!(ui.shows("存在しないユーザーに対しても"), "the second hint");
    // Cognito's code and message as it said them, for the developer.
    assert!(ui.shows("NotAuthorizedException: Incorrect username or password."));
    assert!(ui.shows("Cognito のエラー NotAuthorizedException"));
    assert!(
        !ui.shows("The username or password is wrong."),
        "no English summary"
    );
    assert!(!ui.shows("Caps Lock is off"), "no English hint");
}

#[test]
fn an_unconfirmed_account_gets_its_button_in_japanese() {
    let mut ui = refused_in_japanese("UserNotConfirmedException", "User is not confirmed.");
    assert!(ui.shows("このアカウントはまだ確認されていません。"));
    assert!(ui.has_button("アカウントを確認"));
    assert!(!ui.has_button(labels::CONFIRM_ACCOUNT), "no English button");
    ui.click("アカウントを確認");
    ui.harness.run();
    // The confirm screen: its code field and its own button, in Japanese too.
    assert!(
        ui.harness
            .query_by_role_and_label(Role::TextInput, "確認コード")
            .is_some(),
        "the confirm screen opened"
    );
    assert!(ui.has_button("戻る"));
}

#[test]
fn a_password_reset_gets_its_button_in_japanese() {
    let ui = refused_in_japanese(
        "PasswordResetRequiredException",
        "Password reset required for the user",
    );
    assert!(ui.shows("サインインする前にパスワードをリセットする必要があります。"));
    assert!(ui.has_button("新しいパスワードを設定"));
    assert!(!ui.has_button(labels::CHOOSE_NEW_PASSWORD));
}

/// The English tests find these buttons by `labels`; the catalogue must say the same.
#[test]
fn the_english_catalogue_says_what_the_labels_say() {
    for (key, label) in [
        ("error-send-password", labels::SEND_PASSWORD),
        ("error-confirm-account", labels::CONFIRM_ACCOUNT),
        ("error-choose-new-password", labels::CHOOSE_NEW_PASSWORD),
    ] {
        assert_eq!(tr(Lang::En, key), label, "{key}");
    }
}
