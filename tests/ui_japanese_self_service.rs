//! The self-service desk, remembered devices, AWS credentials and the trust prompt in a
//! Japanese window (issue 20), driven by their Japanese accessible names as a Japanese tester
//! would: Forgot password → the code → the new password, signed in; "Remember this
//! computer?" answered; the AWS credentials' Copy buttons; the warning before a profile from
//! a file sends the password elsewhere. Each would fail if the English came back.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime};

use cognito_login::cognito::{AwsCredentials, CodeDeliveryDetails, DeliveryMedium, Reply};
use cognito_login::messages::Lang;
use cognito_login::profiles::{Origin, Profile};
use cognito_login::settings::{Config, LanguageChoice, Settings};
use cognito_login::signin::{Flow, Target};
use cognito_login::ui::labels;
use cognito_login::workbench::AwsExport;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::device_server::{CLIENT_ID, DeviceServer, MFA_CODE, PASSWORD, POOL_ID, USERNAME};
use ui_harness::*;

/// The sign-in form's Japanese names (form.ftl).
const PASSWORD_FIELD: &str = "パスワード";
const SIGN_IN: &str = "サインイン";

fn in_japanese(settings: Settings) -> Settings {
    Settings {
        language_flag: Some(Lang::Ja),
        ..settings
    }
}

/// The first of `names` a control on screen has: for the controls of other parts of the
/// window (the MFA challenge) that other changes of issue 20 put into Japanese.
fn one_of<'a>(ui: &Ui, names: &[&'a str]) -> &'a str {
    (names.iter().copied())
        .find(|name| ui.harness.query_by_label(name).is_some())
        .unwrap_or_else(|| panic!("none of {names:?} on screen"))
}

#[test]
fn a_forgotten_password_is_reset_by_its_japanese_names_and_signs_in() {
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "ForgotPassword" => Some(Ok(Reply::CodeSent(Some(CodeDeliveryDetails {
                destination: "a***@e***".into(),
                delivery_medium: DeliveryMedium::Email,
                attribute_name: Some("email".into()),
            })))),
            "ConfirmForgotPassword" => Some(Ok(Reply::Done)),
            _ => Some(tokens()),
        })),
        in_japanese(alice_with(Flow::Password)),
    );
    for english in [
        labels::CREATE_ACCOUNT,
        labels::CONFIRM_WITH_CODE,
        labels::FORGOT_PASSWORD,
    ] {
        assert!(!ui.has_button(english), "{english} in English");
    }
    assert!(ui.has_button("アカウントを作成"));
    assert!(ui.has_button("確認コードでアカウントを確認"));
    ui.click("パスワードをお忘れですか？");
    ui.harness.run();
    assert_eq!(ui.field("ユーザー名").value().as_deref(), Some("alice"));
    assert!(
        ui.shows(
            "Cognito がこのアカウントのメールアドレスまたは電話番号に確認コードを送信します。"
        )
    );
    assert!(ui.has_button("確認コードを持っています"));
    assert!(ui.has_button("戻る"));
    ui.click("確認コードを送信");
    ui.wait_for_answer();
    assert_eq!(ui.last_sent()["Username"], "alice");

    // The new password's screen, saying where the code went, in Japanese word order.
    assert!(ui.shows("新しいパスワードの設定"));
    assert!(ui.shows(
        "Cognito が メールで a***@e*** に送信した確認コードを入力してください。新しいパスワードを設定できます。"
    ));
    assert!(
        ui.shows("確認コードをメールで a***@e*** に送信しました。"),
        "the status line"
    );
    assert!(ui.shows("秒後に再送信できます。"), "the resend countdown");
    let again = ui
        .harness
        .get_by_role_and_label(Role::Button, "確認コードを再送信");
    assert!(
        again.accesskit_node().is_disabled(),
        "held back after a code went"
    );
    assert!(!ui.shows(labels::SET_NEW_PASSWORD));
    ui.type_into("確認コード", "123456");
    ui.type_into("新しいパスワード", "N3w-Passw0rd!");
    ui.type_into("新しいパスワード (確認)", "N3w-Passw0rd!");
    ui.click("新しいパスワードを設定");
    ui.wait_for_answer();
    ui.harness.run();
    ui.wait_for_answer();

    // Set, then signed in with the new password at once.
    let sent = ui.sent.lock().unwrap().clone();
    let reset = sent
        .iter()
        .find(|body| body.get("ConfirmationCode").is_some())
        .expect("ConfirmForgotPassword sent");
    assert_eq!(reset["ConfirmationCode"], "123456");
    assert_eq!(reset["Password"], "N3w-Passw0rd!");
    ui.assert_signed_in();
}

#[test]
fn two_new_passwords_that_differ_are_not_sent_and_back_returns_to_the_form() {
    let mut ui = open_with(
        Some(Box::new(|_| Some(tokens()))),
        in_japanese(alice_with(Flow::Password)),
    );
    ui.click("パスワードをお忘れですか？");
    ui.harness.run();
    ui.click("確認コードを持っています");
    ui.harness.run();
    assert!(
        ui.shows(
            "Cognito が送信した確認コードを入力してください。新しいパスワードを設定できます。"
        )
    );
    ui.click("戻る");
    ui.harness.run();
    assert!(
        ui.has_button("パスワードをお忘れですか？"),
        "back at the form"
    );
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0, "nothing sent");
}

#[test]
fn remember_this_computer_is_asked_and_answered_in_japanese() {
    let server = DeviceServer::start();
    let settings = Settings {
        target: Target {
            endpoint: server.endpoint.clone(),
            pool_id: POOL_ID.into(),
            client_id: CLIENT_ID.into(),
            username: USERNAME.into(),
            flow: Flow::Srp,
            ..Target::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(None, in_japanese(settings));
    ui.type_into(PASSWORD_FIELD, PASSWORD);
    ui.click(SIGN_IN);
    ui.wait_for_answer();
    let code = one_of(&ui, &["確認コード", "コード", labels::CODE]);
    ui.type_into(code, MFA_CODE);
    let go_on = one_of(&ui, &["続行", labels::CONTINUE]);
    ui.click(go_on);
    ui.wait_for_answer();
    ui.assert_signed_in();
    settle(&mut ui, |ui| ui.shows("このコンピューターを記憶しますか？"));
    assert!(!ui.shows(labels::REMEMBER_THIS_COMPUTER), "no English left");
    assert!(ui.has_button("記憶しない"));
    ui.click("このコンピューターを記憶");
    settle(&mut ui, |ui| {
        ui.shows("次回からここでのサインインでは MFA コードが省略されます。")
    });
    let key = server.bodies("ConfirmDevice")[0]["DeviceKey"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        server.device(&key).unwrap().status.as_deref(),
        Some("remembered")
    );

    // This user's devices, with this computer marked and its Forget button in Japanese.
    ui.click("このユーザーのデバイス");
    settle(&mut ui, |ui| ui.shows("最終サインイン"));
    assert!(ui.shows("(このコンピューター)"));
    assert!(ui.has_button("このコンピューターの記憶を削除"));
    // Each device's Forget button: its name (the device's, as Cognito keeps it) を削除.
    let forgets = (ui.harness.query_all_by_role(Role::Button))
        .filter_map(|button| button.accesskit_node().label())
        .filter(|name| name.ends_with(" を削除"))
        .count();
    assert_eq!(forgets, 1, "this computer's device");
    assert!(!ui.shows("Forget"), "no English left");
}

/// Steps until no call is out and `done` holds.
fn settle(ui: &mut Ui, done: impl Fn(&Ui) -> bool) {
    for _ in 0..2000 {
        if !ui.harness.state().is_busy() && done(ui) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
        ui.harness.step();
    }
    panic!("never settled: {:?}", ui.harness.state().phase());
}

const POOL: &str = "us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789";
const IDENTITY: &str = "us-east-1:11111111-2222-3333-4444-555555555555";
const KEY_ID: &str = "ASIAEXAMPLEEXAMPLE12";

#[test]
fn aws_credentials_are_got_and_copied_by_their_japanese_names() {
    let settings = Settings {
        target: Target {
            region: "us-east-1".into(),
            pool_id: "us-east-1_AbC123".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        ..Settings::default()
    };
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "GetId" => Some(Ok(Reply::IdentityId(IDENTITY.into()))),
            "GetCredentialsForIdentity" => Some(Ok(Reply::AwsCredentials(AwsCredentials {
                identity_id: IDENTITY.into(),
                access_key_id: KEY_ID.into(),
                secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET".into(),
                session_token: "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN".into(),
                expiration: SystemTime::now() + Duration::from_secs(3600),
            }))),
            "FetchJwks" => Some(refused("ResourceNotFoundException", "no keys here")),
            _ => Some(tokens()),
        })),
        in_japanese(settings),
    );
    ui.type_into(PASSWORD_FIELD, "Passw0rd!");
    ui.click(SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(ui.shows("AWS 認証情報"));
    type_over(&mut ui, "ID プール ID", POOL);
    ui.click("AWS 認証情報を取得");
    wait_for_text(&mut ui, KEY_ID);
    assert!(ui.shows("AWS 認証情報を取得しました。"), "the status line");
    for row in [
        "アイデンティティ ID",
        "アクセスキー ID",
        "シークレットアクセスキー",
        "有効期限",
    ] {
        assert!(ui.shows(row), "{row}");
    }
    for form in AwsExport::ALL {
        assert!(
            !ui.has_button(labels::copy_aws(form)),
            "{form:?} in English"
        );
    }
    for name in [
        "PowerShell 用の行をコピー",
        "~/.aws/credentials 用のブロックをコピー",
        "credential_process 用の JSON をコピー",
    ] {
        assert!(ui.has_button(name), "{name}");
    }
    ui.click("export 行をコピー");
    ui.harness.run();
    let copied = ui.clipboard.contents.lock().unwrap().clone().unwrap();
    assert!(copied.starts_with(&format!("export AWS_ACCESS_KEY_ID='{KEY_ID}'")));
    assert!(ui.shows("コピーしました"));
}

#[test]
fn the_trust_prompt_warns_and_is_answered_in_japanese() {
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
        language: LanguageChoice::Japanese,
        ..Config::default()
    };
    let mut ui = open_with_config(&config, None);
    let warning = format!(
        "このプロファイルはパスワードを {host} に送信しますが、これは Amazon Cognito ではありません。"
    );
    ui.type_into(PASSWORD_FIELD, "Passw0rd!");
    ui.click(SIGN_IN);
    ui.harness.run();
    assert!(ui.shows(&warning));
    assert!(!ui.has_button(labels::TRUST_HOST), "no English left");
    ui.click("サインインしない");
    ui.harness.run();
    assert_eq!(ui.calls.load(Ordering::SeqCst), 0, "sent before the answer");
    assert!(!ui.shows(&warning));

    ui.click(SIGN_IN);
    ui.harness.run();
    ui.click("続行: このサーバーはチームが運用しています");
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert_eq!(saved_config(&ui).trusted_hosts, [host]);
}

#[test]
fn every_screen_of_the_desk_has_its_japanese_names() {
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "GetUser" => Some(Ok(Reply::User(cognito_login::cognito::GetUserResponse {
                username: "alice".into(),
                user_attributes: vec![cognito_login::cognito::AttributeType {
                    name: "email".into(),
                    value: "alice@example.com".into(),
                }],
                ..Default::default()
            }))),
            "FetchJwks" => Some(refused("ResourceNotFoundException", "no keys here")),
            _ => Some(tokens()),
        })),
        in_japanese(alice_with(Flow::Password)),
    );
    ui.click("アカウントを作成");
    ui.harness.run();
    assert!(ui.harness.query_by_label("メールアドレス").is_some());
    assert!(
        ui.harness.query_by_label(labels::EMAIL).is_none(),
        "no English left"
    );
    assert!(ui.has_button("アカウントを作成"), "the screen's own button");
    ui.click("戻る");
    ui.harness.run();
    ui.click("確認コードでアカウントを確認");
    ui.harness.run();
    assert!(ui.shows("アカウントが確認されます"));
    assert!(ui.has_button("アカウントを確認"));
    assert!(ui.has_button("確認コードを再送信"));
    ui.click("戻る");
    ui.harness.run();

    ui.type_into(PASSWORD_FIELD, "Passw0rd!");
    ui.click(SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    ui.click("パスワードを変更");
    ui.harness.run();
    assert!(ui.harness.query_by_label("現在のパスワード").is_some());
    assert!(
        ui.harness
            .query_by_label("新しいパスワード (確認)")
            .is_some()
    );
    ui.click("戻る");
    ui.harness.run();
    ui.click("自分の属性");
    wait_for_text(&mut ui, "メールアドレスを検証");
    assert!(ui.has_button("変更を保存"));
    assert!(!ui.has_button(&labels::verify("email")), "no English left");
    ui.click("メールアドレスを検証");
    ui.harness.run();
    ui.click("戻る");
    ui.harness.run();
    ui.assert_signed_in();
}

/// The English catalogue says what the English names the English tests find widgets by say
/// (src/ui/labels.rs), and the Japanese says something else.
#[test]
fn the_english_catalogue_keeps_the_english_names() {
    use cognito_login::messages::{Message, tr};
    let same = [
        ("desk-create-account", labels::CREATE_ACCOUNT),
        ("desk-forgot-password", labels::FORGOT_PASSWORD),
        ("desk-confirm-with-code", labels::CONFIRM_WITH_CODE),
        ("desk-have-a-code", labels::HAVE_A_CODE),
        ("desk-confirm-account", labels::CONFIRM_ACCOUNT),
        ("desk-send-code-again", labels::SEND_CODE_AGAIN),
        ("desk-send-me-a-code", labels::SEND_ME_A_CODE),
        ("desk-set-new-password", labels::SET_NEW_PASSWORD),
        ("desk-choose-new-password", labels::CHOOSE_NEW_PASSWORD),
        ("desk-email", labels::EMAIL),
        ("desk-username", labels::USERNAME),
        ("desk-code", labels::CODE),
        ("desk-new-password", labels::NEW_PASSWORD),
        ("desk-new-password-again", labels::CONFIRM_PASSWORD),
        ("desk-show-passwords", labels::SHOW_PASSWORD),
        ("desk-change-password", labels::CHANGE_PASSWORD),
        ("desk-current-password", labels::CURRENT_PASSWORD),
        ("desk-my-attributes", labels::MY_ATTRIBUTES),
        ("desk-save-changes", labels::SAVE_ATTRIBUTES),
        ("desk-verify", labels::VERIFY),
        ("desk-back", labels::BACK),
        ("desk-try-again", labels::READ_AGAIN),
        ("device-remember-question", labels::REMEMBER_THIS_COMPUTER),
        ("device-remember-it", labels::REMEMBER_IT),
        ("device-dont-remember-it", labels::DONT_REMEMBER_IT),
        ("device-users-devices", labels::USERS_DEVICES),
        ("device-forget-this-computer", labels::FORGET_THIS_COMPUTER),
        ("aws-identity-pool-id", labels::IDENTITY_POOL_ID),
        ("aws-get-credentials", labels::GET_AWS_CREDENTIALS),
        ("aws-copied", labels::COPIED),
        ("aws-copy-shell", labels::copy_aws(AwsExport::Shell)),
        (
            "aws-copy-powershell",
            labels::copy_aws(AwsExport::PowerShell),
        ),
        (
            "aws-copy-credentials-file",
            labels::copy_aws(AwsExport::CredentialsFile),
        ),
        (
            "aws-copy-credential-process",
            labels::copy_aws(AwsExport::CredentialProcess),
        ),
        ("desk-trust-go-on", labels::TRUST_HOST),
        ("desk-trust-dont", labels::DONT_TRUST_HOST),
    ];
    for (key, english) in same {
        assert_eq!(tr(Lang::En, key), english, "{key}");
        assert_ne!(tr(Lang::Ja, key), english, "{key} in Japanese");
    }
    for attribute in ["email", "phone_number", "custom:team"] {
        let verify = Message::new("desk-verify-attribute").with("attribute", attribute);
        assert_eq!(verify.english(), labels::verify(attribute));
    }
    let forget = Message::new("device-forget").with("device", "laptop");
    assert_eq!(forget.english(), labels::forget_device("laptop"));
    assert_eq!(forget.words(Lang::Ja), "laptop を削除");
}
