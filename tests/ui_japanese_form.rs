//! The sign-in form in Japanese (issue 20): every row, the Advanced section, the flow and
//! "sign in with" pickers and the problems under the fields found by their Japanese names,
//! and a sign-in sent from the form so filled. Each test would fail if the English came back.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::messages::{Lang, tr};
use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, SignInKind};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use ui_harness::*;

/// A Japanese window over an empty form.
fn empty_form_in_japanese() -> Ui {
    let settings = Settings {
        language_flag: Some(Lang::Ja),
        ..Settings::default()
    };
    let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings);
    ui.harness.run();
    ui
}

/// Opens a picker by its Japanese name and picks `choice`.
fn pick(ui: &mut Ui, picker: &str, choice: &str) {
    ui.harness.get_by_label(picker).click();
    ui.harness.run();
    ui.harness.get_by_label(choice).click();
    ui.harness.run();
}

fn has(ui: &Ui, role: Role, name: &str) -> bool {
    ui.harness.query_by_role_and_label(role, name).is_some()
}

#[test]
fn the_form_is_filled_and_sent_by_its_japanese_names() {
    let mut ui = empty_form_in_japanese();
    // Nothing of the English form is left.
    for english in [
        labels::REGION,
        labels::POOL_ID,
        labels::SIGN_IN,
        labels::FLOW,
    ] {
        assert!(!ui.shows(english), "{english} is still shown");
    }
    assert!(ui.shows("ユーザープールの場所"));
    assert!(has(
        &ui,
        Role::RadioButton,
        "Amazon Cognito（AWS リージョン）"
    ));
    assert!(has(&ui, Role::Button, "リージョンを選択"));

    // Sign in with nothing typed: each problem in Japanese, under its field.
    ui.click("サインイン");
    ui.harness.run();
    for problem in [
        "リージョンを選択してください（またはカスタムエンドポイント URL を指定してください）。",
        "アプリクライアント ID を入力してください。",
        "ユーザー名を入力してください。",
        "パスワードを入力してください。",
    ] {
        assert!(ui.shows(problem), "{problem} is not shown");
    }
    assert!(!ui.shows("Choose a region") && !ui.shows("Enter the password"));
    // The status line says why nothing was sent, in Japanese too.
    assert!(ui.shows("送信していません。"));
    assert!(!ui.shows("Not sent"));
    assert!(ui.field("リージョン").is_focused());
    assert_eq!(ui.calls.load(std::sync::atomic::Ordering::SeqCst), 0);

    // A pool ID of another region than the one typed is said in Japanese too.
    ui.type_into("リージョン", "eu-west-1");
    assert!(!ui.shows("リージョンを選択してください"), "fixed, so gone");
    ui.type_into("ユーザープール ID", "ap-northeast-1_AbC123");
    ui.type_into("アプリクライアント ID", "client123");
    ui.type_into("ユーザー名", "alice");
    ui.type_into("パスワード", "Passw0rd!");

    // Advanced opens by its Japanese name and shows the proxy and the timeout.
    ui.harness.get_by_label("詳細設定").click();
    ui.harness.run();
    assert!(has(&ui, Role::TextInput, "プロキシ"));
    assert!(ui.shows("リクエストのタイムアウト（秒）"));

    // The flow picker lists the flows in Japanese; the password flow is picked.
    pick(&mut ui, "認証フロー", "パスワード (USER_PASSWORD_AUTH)");
    assert!(!ui.shows(Flow::Auto.label()));

    ui.click("サインイン");
    ui.wait_for_answer();
    ui.assert_signed_in();
    let sent = (ui.sent.lock().unwrap().iter())
        .find(|body| body["AuthFlow"].is_string())
        .cloned()
        .expect("an InitiateAuth was sent");
    assert_eq!(sent["AuthFlow"], "USER_PASSWORD_AUTH", "{sent}");
    assert_eq!(sent["ClientId"], "client123");
    assert_eq!(sent["AuthParameters"]["USERNAME"], "alice");
    // The locked form's one line, in Japanese word order.
    assert!(ui.shows("の alice、アプリクライアント client123"));
}

#[test]
fn a_bad_proxy_is_said_in_japanese_and_opens_advanced() {
    let mut ui = empty_form_in_japanese();
    ui.type_into("リージョン", "eu-west-1");
    ui.type_into("アプリクライアント ID", "client123");
    ui.type_into("ユーザー名", "alice");
    ui.type_into("パスワード", "Passw0rd!");
    ui.harness.get_by_label("詳細設定").click();
    ui.harness.run();
    ui.type_into("プロキシ", "ftp://proxy");
    ui.click("サインイン");
    ui.harness.run();
    assert!(ui.shows("「ftp://proxy」はプロキシ URL ではありません"));
    assert!(ui.field("プロキシ").is_focused());
}

#[test]
fn managed_login_rows_and_their_problems_are_in_japanese() {
    let mut ui = empty_form_in_japanese();
    pick(
        &mut ui,
        "サインイン方法",
        &SignInKind::Browser.message().words(Lang::Ja),
    );
    assert!(!ui.shows(SignInKind::Browser.label()));
    for row in [
        "ドメイン",
        "スコープ",
        "コールバック URL",
        "ID プロバイダー",
    ] {
        assert!(has(&ui, Role::TextInput, row), "no {row} field");
    }
    assert!(has(&ui, Role::Button, "ブラウザーでサインイン"));
    ui.type_into("アプリクライアント ID", "client123");
    ui.click("ブラウザーでサインイン");
    ui.harness.run();
    assert!(ui.shows("ユーザープールのドメインを入力してください"));
    // The first thing to fix is the domain (the region comes from it), and the keyboard is
    // there.
    assert!(ui.field("ドメイン").is_focused());

    pick(
        &mut ui,
        "サインイン方法",
        &SignInKind::ClientCredentials.message().words(Lang::Ja),
    );
    assert!(has(&ui, Role::Button, "トークンを取得"));
    assert!(!ui.shows(labels::GET_TOKEN));
}

/// The region picker names each region as the Japanese AWS console does.
#[test]
fn the_region_picker_names_places_in_japanese() {
    let mut ui = empty_form_in_japanese();
    ui.click("リージョンを選択");
    ui.harness.run();
    let tokyo = "ap-northeast-1 — アジアパシフィック (東京)";
    assert!(has(&ui, Role::Button, tokyo));
    assert!(!ui.shows("ap-northeast-1 — Tokyo"));
    (ui.harness.get_by_role_and_label(Role::Button, tokyo)).scroll_to_me();
    ui.harness.run();
    ui.click(tokyo);
    ui.harness.run();
    assert_eq!(
        ui.field("リージョン").value().as_deref(),
        Some("ap-northeast-1")
    );
    assert_eq!(tr(Lang::Ja, "form-region"), "リージョン");
}
