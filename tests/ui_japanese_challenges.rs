//! The challenge forms and the token panel in Japanese (issue 20): an SMS code, a new password
//! and an authenticator app set up, each answered by the Japanese names of its fields and
//! buttons; then the ID token copied by its Japanese button and the expiry line read in
//! Japanese. None of these screens' English labels may be on screen.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::cognito::{AssociateSoftwareTokenResponse, Reply, VerifySoftwareTokenResponse};
use cognito_login::messages::{Lang, tr};
use cognito_login::settings::Settings;
use cognito_login::signin::Flow;
use cognito_login::ui::labels;
use cognito_login::workbench::TokenKind;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

/// Alice's form filled in a Japanese window; the password typed and Sign in clicked by their
/// Japanese names.
fn signed_in_in_japanese(script: Box<Script>) -> Ui {
    let settings = Settings {
        language_flag: Some(Lang::Ja),
        ..alice_with(Flow::Password)
    };
    let mut ui = open_with(Some(script), settings);
    ui.type_into("パスワード", "Passw0rd!");
    ui.click("サインイン");
    ui.wait_for_answer();
    ui
}

fn answer(ui: &mut Ui) {
    ui.click("続行");
    ui.wait_for_answer();
}

/// The token panel in Japanese: the ID token copied by its Japanese button, the expiry line in
/// Japanese, and none of the panel's English.
fn the_token_panel_speaks_japanese(ui: &mut Ui) {
    assert!(
        ui.shows("サインインしました"),
        "{:?}",
        ui.harness.state().phase()
    );
    ui.click("ID トークンをコピー");
    ui.harness.run();
    assert_eq!(
        ui.clipboard.contents.lock().unwrap().as_deref(),
        Some(ID_TOKEN)
    );
    assert!(ui.shows("コピーしました"));
    assert!(
        ui.shows("ID トークンとアクセストークンの有効期限は "),
        "the expiry line"
    );
    assert!(ui.shows(" 分）。"), "the time left, in minutes");
    for button in ["アクセストークンをコピー", "トークンを更新", "サインアウト"]
    {
        assert!(ui.has_button(button), "{button}");
    }
    for english in [
        labels::copy(TokenKind::Id),
        labels::copy(TokenKind::Access),
        labels::REFRESH,
        labels::SIGN_OUT,
        labels::WHO_AM_I,
    ] {
        assert!(!ui.has_button(english), "{english}");
    }
    for english in ["expire at", "expires at", "Flow used", labels::COPIED] {
        assert!(!ui.shows(english), "{english}");
    }
}

#[test]
fn an_sms_code_is_answered_in_japanese() {
    let mut ui = signed_in_in_japanese(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "SMS_MFA",
            &[
                ("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS"),
                ("CODE_DELIVERY_DESTINATION", "+*******0100"),
            ],
            &[],
        )),
        _ => Some(tokens()),
    }));
    assert!(ui.shows("送信された確認コードを入力してください (SMS_MFA)"));
    assert!(ui.shows("+*******0100 に送信されたSMS メッセージの確認コードを入力してください。"));
    assert!(ui.shows("回答の残り時間: "));
    assert!(ui.has_button("最初からやり直す"));
    for english in ["Enter the code", "Time left to answer"] {
        assert!(!ui.shows(english), "{english}");
    }
    for english in [labels::CONTINUE, labels::START_OVER] {
        assert!(!ui.has_button(english), "{english}");
    }
    ui.type_into("確認コード", "123 456");
    answer(&mut ui);
    assert_eq!(
        ui.last_sent()["ChallengeResponses"]["SMS_MFA_CODE"],
        "123456"
    );
    the_token_panel_speaks_japanese(&mut ui);
}

#[test]
fn a_new_password_is_chosen_in_japanese() {
    let mut ui = signed_in_in_japanese(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "NEW_PASSWORD_REQUIRED",
            &[
                ("USER_ID_FOR_SRP", "alice-internal"),
                ("requiredAttributes", "[\"userAttributes.name\"]"),
            ],
            &[],
        )),
        _ => Some(tokens()),
    }));
    assert!(ui.shows("新しいパスワードが必要です (NEW_PASSWORD_REQUIRED)"));
    assert!(ui.shows("ユーザープールでは上記の属性が必須です。"));
    ui.type_into("新しいパスワード", "N3w!Passw0rdGood");
    ui.type_into("新しいパスワード (確認)", "N3w!Passw0rdBad");
    ui.type_into("name", "Alice");
    ui.click("続行");
    ui.harness.run();
    assert!(ui.shows("2 つのパスワードが一致しません。"));
    assert!(!ui.shows("The two passwords differ."));
    for english in [labels::NEW_PASSWORD, labels::CONFIRM_PASSWORD] {
        assert!(
            ui.harness
                .query_by_role_and_label(Role::PasswordInput, english)
                .is_none(),
            "{english}"
        );
    }

    ui.field("新しいパスワード (確認)").click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field("新しいパスワード (確認)")
        .type_text("N3w!Passw0rdGood");
    ui.harness.run();
    answer(&mut ui);
    let body = ui.last_sent();
    assert_eq!(
        body["ChallengeResponses"]["NEW_PASSWORD"],
        "N3w!Passw0rdGood"
    );
    assert_eq!(body["ChallengeResponses"]["userAttributes.name"], "Alice");
    the_token_panel_speaks_japanese(&mut ui);
}

#[test]
fn an_authenticator_app_is_set_up_in_japanese() {
    let mut ui = signed_in_in_japanese(Box::new(|sent| match sent.op {
        "InitiateAuth" => Some(challenge(
            "MFA_SETUP",
            &[("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")],
            &[],
        )),
        "AssociateSoftwareToken" => Some(Ok(Reply::Associated(AssociateSoftwareTokenResponse {
            secret_code: Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into()),
            session: Some("session-2".into()),
        }))),
        "VerifySoftwareToken" => Some(Ok(Reply::Verified(VerifySoftwareTokenResponse {
            status: Some("SUCCESS".into()),
            session: Some("session-3".into()),
        }))),
        _ => Some(tokens()),
    }));
    assert!(ui.shows("多要素認証 (MFA) を設定してください (MFA_SETUP)"));
    ui.harness.get_by_label("認証アプリ用の QR コード");
    assert!(ui.harness.query_by_label(labels::QR_CODE).is_none());
    assert!(ui.shows("認証アプリには Cognito Login (alice) と表示されます。"));
    assert!(!ui.shows("The app lists it as"));
    assert!(!ui.has_button(labels::COPY_KEY));
    ui.click("キーをコピー");
    ui.harness.run();
    assert_eq!(
        ui.clipboard.contents.lock().unwrap().as_deref(),
        Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    );
    assert!(ui.shows("コピーしました"));
    ui.type_into("確認コード", "654321");
    answer(&mut ui);
    let sent = ui.sent.lock().unwrap().clone();
    assert_eq!(sent[2]["UserCode"], "654321");
    the_token_panel_speaks_japanese(&mut ui);
}

/// The English tests find these controls by `labels`; the English catalogue must say the same.
#[test]
fn the_english_catalogue_says_what_the_labels_say() {
    let mut pairs = vec![
        ("challenge-start-over", labels::START_OVER),
        ("challenge-continue", labels::CONTINUE),
        ("challenge-copied", labels::COPIED),
        ("challenge-code", labels::CODE),
        ("challenge-new-password", labels::NEW_PASSWORD),
        ("challenge-new-password-again", labels::CONFIRM_PASSWORD),
        ("challenge-answer", labels::ANSWER),
        ("challenge-add-response-key", labels::ADD_RESPONSE_KEY),
        ("challenge-qr-code", labels::QR_CODE),
        ("challenge-copy-key", labels::COPY_KEY),
        ("token-copied", labels::COPIED),
        ("token-copy-as", labels::COPY_AS),
        ("token-refresh", labels::REFRESH),
        ("token-auto-refresh", labels::AUTO_REFRESH),
        ("token-save-postman", labels::SAVE_POSTMAN),
        ("token-include-refresh", labels::INCLUDE_REFRESH),
        ("token-who-am-i", labels::WHO_AM_I),
        ("token-sign-out", labels::SIGN_OUT),
        ("token-sign-out-everywhere", labels::SIGN_OUT_EVERYWHERE),
        ("token-cancel", labels::CANCEL),
        ("token-remember-refresh", labels::REMEMBER_REFRESH),
        ("token-curl-url", labels::CURL_URL),
        ("token-clear-clipboard", labels::CLEAR_CLIPBOARD),
        ("token-resume", labels::RESUME),
    ];
    let kinds = [
        (TokenKind::Id, "id"),
        (TokenKind::Access, "access"),
        (TokenKind::Refresh, "refresh"),
    ];
    let mut owned = Vec::new();
    for (kind, name) in kinds {
        owned.push((format!("token-copy-{name}"), labels::copy(kind)));
        owned.push((format!("token-details-{name}"), labels::details(kind)));
        owned.push((
            format!("token-copy-claims-{name}"),
            labels::copy_claims(kind),
        ));
        owned.push((format!("token-name-{name}"), kind.label()));
    }
    pairs.extend(owned.iter().map(|(key, label)| (key.as_str(), *label)));
    for (key, label) in pairs {
        assert_eq!(tr(Lang::En, key), label, "{key}");
        assert_ne!(tr(Lang::Ja, key), label, "{key} is translated");
    }
}

/// Every character of these screens' Japanese catalogues is in the window's fonts (egui's and
/// the built-in Japanese subset), so no machine without a CJK font shows a box in their place.
#[test]
fn the_built_in_fonts_draw_every_character_of_these_catalogues() {
    let ui = open_with(
        None,
        Settings {
            language_flag: Some(Lang::Ja),
            ..Settings::default()
        },
    );
    let font = egui::FontId::proportional(14.0);
    let catalogues = [
        include_str!("../assets/i18n/ja/challenges.ftl"),
        include_str!("../assets/i18n/ja/tokens.ftl"),
    ];
    let missing: Vec<char> = (ui.harness.ctx).fonts_mut(|fonts| {
        let mut missing: Vec<char> = catalogues
            .iter()
            .flat_map(|text| text.chars())
            .filter(|c| !c.is_control() && !fonts.has_glyph(&font, *c))
            .collect();
        missing.dedup();
        // A kanji outside JIS level 1 is not in the subset: the check can tell.
        assert!(!fonts.has_glyph(&font, '齉'));
        missing
    });
    assert!(missing.is_empty(), "{missing:?}");
}
