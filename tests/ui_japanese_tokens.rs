//! The token panel in Japanese (issue 20): a token's details (the signature verdict, the
//! countdown, its claims copied), the Copy as presets, Who am I and the Sign out everywhere
//! question, found by their Japanese names; none of the panel's English on screen.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use cognito_login::cognito::{
    AttributeType, AuthResponse, AuthenticationResult, GetUserResponse, Reply,
};
use cognito_login::messages::Lang;
use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Target, TokenKind};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use support::{TEST_JWKS, test_signed_token};
use ui_harness::*;

const ISS: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn answer(id: &str, exp: u64) -> Reply {
    let access = test_signed_token(serde_json::json!({"iss": ISS, "client_id": "client123",
        "token_use": "access", "username": "alice", "iat": exp - 3600, "exp": exp}));
    Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some(id.to_owned().into()),
            access_token: Some(access.into()),
            refresh_token: Some(REFRESH_TOKEN.into()),
            expires_in: Some(exp as i64 - now_secs() as i64),
            token_type: Some("Bearer".into()),
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// Signed in, in a Japanese window, with tokens valid 50 minutes more; the ID token.
fn signed_in_in_japanese() -> (Ui, String) {
    let exp = now_secs() + 3000;
    let id = test_signed_token(serde_json::json!({"iss": ISS, "aud": "client123",
        "token_use": "id", "sub": "sub-1", "cognito:username": "alice",
        "iat": exp - 3600, "auth_time": exp - 3600, "exp": exp}));
    let reply = std::sync::Mutex::new(Some(answer(&id, exp)));
    let settings = Settings {
        target: Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_Test123".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        language_flag: Some(Lang::Ja),
        ..Settings::default()
    };
    let mut ui = open_with(
        Some(Box::new(move |sent| match sent.op {
            "FetchJwks" => Some(Ok(Reply::Jwks(serde_json::from_str(TEST_JWKS).unwrap()))),
            "GetUser" => Some(Ok(Reply::User(GetUserResponse {
                username: "alice".into(),
                user_attributes: vec![AttributeType {
                    name: "email".into(),
                    value: "alice@example.com".into(),
                }],
                ..Default::default()
            }))),
            "RevokeToken" | "GlobalSignOut" => Some(Ok(Reply::Done)),
            _ => reply.lock().unwrap().take().map(Ok),
        })),
        settings,
    );
    ui.type_into("パスワード", "Passw0rd!");
    ui.click("サインイン");
    ui.wait_for_answer();
    settle(&mut ui);
    (ui, id)
}

/// Steps until the background work (the key fetch, GetUser) has been shown.
fn settle(ui: &mut Ui) {
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    ui.harness.run();
}

fn clipboard(ui: &Ui) -> Option<String> {
    ui.clipboard.contents.lock().unwrap().clone()
}

#[test]
fn a_tokens_details_read_in_japanese() {
    let (mut ui, _) = signed_in_in_japanese();
    assert!(
        ui.harness
            .query_by_label(labels::details(TokenKind::Id))
            .is_none()
    );
    ui.harness.get_by_label("ID トークンの詳細").click();
    ui.harness.run();
    assert!(ui.shows("署名: 有効 (ユーザープールのキーで確認済み"));
    assert!(ui.shows("(有効期限まで残り "), "the countdown beside exp");
    assert!(ui.shows("ヘッダー"));
    for english in ["Signature:", "expires in", "Header"] {
        assert!(!ui.shows(english), "{english}");
    }
    assert!(!ui.shows(labels::copy_claims(TokenKind::Id)));
    ui.click("ID トークンのクレームをコピー");
    let claims: serde_json::Value = serde_json::from_str(&clipboard(&ui).unwrap()).unwrap();
    assert_eq!(claims["cognito:username"], "alice");
}

#[test]
fn presets_and_who_am_i_in_japanese() {
    let (mut ui, id) = signed_in_in_japanese();
    assert!(ui.harness.query_by_label(labels::COPY_AS).is_none());
    ui.harness.get_by_label("コピー形式").click();
    ui.harness.run();
    ui.harness
        .get_by_role_and_label(Role::Button, "Bearer <トークン>")
        .click();
    ui.harness.run();
    ui.click("ID トークンをコピー");
    ui.harness.run();
    assert_eq!(clipboard(&ui), Some(format!("Bearer {id}")));

    ui.click("ユーザー情報を表示");
    settle(&mut ui);
    assert!(ui.shows("ユーザー alice"));
    assert!(!ui.shows("User alice"));
}

#[test]
fn sign_out_everywhere_asks_in_japanese() {
    let (mut ui, _) = signed_in_in_japanese();
    assert!(
        ui.harness
            .query_by_role_and_label(Role::Button, labels::SIGN_OUT_EVERYWHERE)
            .is_none()
    );
    ui.click("すべてのデバイスからサインアウト");
    ui.harness.run();
    let question = "このユーザーのすべてのデバイスのセッションを終了します。";
    assert!(ui.shows(question));
    assert!(!ui.shows("ends every session"));
    ui.click("キャンセル");
    ui.harness.run();
    assert!(!ui.shows(question));
    ui.assert_signed_in();
}
