//! Handing profiles over in Japanese (issue 20): the import preview read and imported by its
//! Japanese names, a bad profile file explained in Japanese with the file's own text shown as
//! it is (never read as part of the sentence), and the managed-login browser wait named in
//! Japanese, Cancel included.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cognito_login::keychain::Keychain;
use cognito_login::profiles::{Origin, Profile};
use cognito_login::settings::{Config, LanguageChoice};
use cognito_login::signin::{ManagedLogin, Phase, SignInKind, Target};
use cognito_login::ui::labels;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use ui_harness::*;

fn in_japanese(profiles: Vec<Profile>) -> Config {
    Config {
        current: profiles.first().map(|p| p.name.clone()).unwrap_or_default(),
        profiles,
        language: LanguageChoice::Japanese,
        ..Config::default()
    }
}

fn two_profiles() -> Config {
    in_japanese(vec![
        test_profile("dev", "devclient", Origin::Own),
        test_profile("prod", "prodclient", Origin::Own),
    ])
}

fn profile_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const STAGING: &str = "version = 1\n\n[[profile]]\nname = \"staging\"\nregion = \"ap-northeast-1\"\nclient_id = \"stagingclient\"\n\n[[profile]]\nname = \"prod\"\nregion = \"eu-west-1\"\nclient_id = \"newprod\"\n";

#[test]
fn the_import_preview_speaks_japanese_and_imports_by_its_japanese_button() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile_file(dir.path(), "team.toml", STAGING);
    let mut ui = open_with_config(&two_profiles(), Some(file.clone()));
    wait_for_text(&mut ui, "インポート元: ");
    assert!(ui.shows(&format!("インポート元: {}", file.display())));
    assert!(ui.shows("• staging（ap-northeast-1）: 新規。パスワードの送信先: "));
    assert!(ui.shows("• prod（eu-west-1）: 同じ名前のプロファイルがすでにあります。"));
    assert!(ui.shows("インポートするには、上のチェックボックスをオンにするか"));
    assert!(!ui.shows("Import from"), "no English left");
    assert!(!ui.shows("sends the password to"), "no English left");
    assert!(!ui.has_button(labels::IMPORT), "no English left");
    assert!(!ui.has_button(labels::CANCEL_IMPORT), "no English left");

    // Greyed until replacing is chosen: clicking it changes nothing.
    ui.click("インポート");
    ui.harness.run();
    assert_eq!(saved_config(&ui).profiles.len(), 2);
    ui.harness
        .get_by_label("同じ名前のプロファイルを置き換える")
        .click();
    ui.harness.run();
    assert!(ui.shows("• prod（eu-west-1）: 同じ名前のプロファイルを置き換えます。"));
    ui.click("インポート");
    ui.harness.run();
    let config = saved_config(&ui);
    assert_eq!(config.profiles.len(), 3);
    assert_eq!(config.current, "staging");
    assert!(ui.shows("2 件のプロファイルをインポートしました: staging, prod"));
    assert!(!ui.shows("Imported"));
}

#[test]
fn a_bad_profile_file_is_explained_in_japanese_and_its_own_text_stays_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    // A value that looks like a placeholder: the file's text is a value, never a sentence.
    let bad = profile_file(
        dir.path(),
        "bad.toml",
        "version = 1\n[[profile]]\nname = \"x\"\nregion = \"eu-west-1\"\nclient_id = \"c\"\npassword = \"hunter2\"\nflow = \"{ $profile }\"\n",
    );
    let mut ui = open_with_config(&two_profiles(), Some(bad));
    wait_for_text(
        &mut ui,
        "このファイルはインポートできないため、何も変更されません。",
    );
    assert!(ui.shows("• プロファイル \"x\": `password` はシークレットのようです。"));
    assert!(ui.shows(
        "• プロファイル \"x\": flow は auto、srp、password、user-auth のいずれかにしてください（\"{ $profile }\" ではありません）"
    ));
    assert!(
        !ui.shows("secrets never go in profile files"),
        "no English left"
    );
    assert!(!ui.shows("cannot be imported"), "no English left");
    assert!(!ui.has_button("インポート"), "nothing to import");
    ui.click("インポートしない");
    ui.harness.run();
    assert!(!ui.shows("インポート元"));
    assert_eq!(saved_config(&ui), two_profiles());
}

#[test]
fn an_unreadable_profile_file_is_said_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml");
    let mut ui = open_with_config(&two_profiles(), Some(missing));
    wait_for_text(&mut ui, "このファイルはインポートできないため");
    assert!(ui.shows("• 読み込めませんでした: "));
    assert!(!ui.shows("could not be read"));
}

/// A browser profile on Cognito's own domain; nothing is asked of the domain until the
/// browser goes there, so the wait screen needs no server.
fn browser_profile(callback: &str) -> Config {
    in_japanese(vec![Profile {
        name: "managed".into(),
        target: Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_AbC123".into(),
            client_id: "browserclient".into(),
            kind: SignInKind::Browser,
            managed: ManagedLogin {
                domain: "https://myapp.auth.eu-west-1.amazoncognito.com".into(),
                callback_url: callback.to_owned(),
                ..ManagedLogin::default()
            },
            ..Target::default()
        },
        ..Profile::default()
    }])
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    listener.local_addr().unwrap().port()
}

/// The form's own button (another part of issue 20 names it): whichever name it has.
fn sign_in_with_browser(ui: &Ui) -> String {
    let found = (ui.harness.query_all_by_role(Role::Button))
        .filter_map(|node| node.accesskit_node().label())
        .find(|name| name.contains("ブラウザー") || name == labels::SIGN_IN_WITH_BROWSER);
    found.expect("the form's sign-in-with-browser button")
}

#[test]
fn the_browser_wait_speaks_japanese_and_cancels_by_its_japanese_button() {
    let callback = format!("http://localhost:{}/callback", free_port());
    let config = browser_profile(&callback);
    let mut ui = open_with_keychain(None, &config, Arc::new(Keychain::mock()));
    let button = sign_in_with_browser(&ui);
    ui.click(&button);
    let deadline = Instant::now() + Duration::from_secs(10);
    while ui.browsed.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "no browser opened");
        std::thread::sleep(Duration::from_millis(10));
        ui.harness.step();
    }
    wait_for_text(&mut ui, "ブラウザーでサインインを完了してください");
    assert!(ui.shows(&format!(
        "Cognito Login は {callback} でブラウザーからの応答を待っています。"
    )));
    assert!(ui.shows("残り時間: "));
    assert!(ui.shows("コールバック URL に登録してから"));
    for name in ["アドレスをコピー", "ブラウザーをもう一度開く", "キャンセル"]
    {
        assert!(ui.has_button(name), "{name}");
    }
    for english in [labels::COPY_ADDRESS, labels::OPEN_AGAIN, labels::CANCEL] {
        assert!(!ui.has_button(english), "no English left: {english}");
    }
    assert!(!ui.shows("Finish signing in"), "no English left");

    // The form shrinks to a line in the frame after the click: the buttons move up with it.
    ui.harness.run();
    ui.click("アドレスをコピー");
    ui.harness.run();
    let address = ui.browsed.lock().unwrap()[0].clone();
    let copied = ui.clipboard.contents.lock().unwrap().clone();
    assert_eq!(copied.as_deref(), Some(address.as_str()));

    ui.click("キャンセル");
    ui.harness.run();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert!(ui.shows(&format!(
        "待機を中止しました。{callback} ではもう応答を受け付けません。"
    )));
    assert!(!ui.shows("Stopped waiting"));
}

/// The status line after deleting a profile, and after a sign-in, in Japanese.
#[test]
fn the_status_line_says_what_happened_in_japanese() {
    let mut ui = open_with_config(&two_profiles(), None);
    ui.click("削除");
    ui.harness.run();
    ui.click("削除する");
    ui.harness.run();
    assert_eq!(saved_config(&ui).profiles.len(), 1);
    assert!(ui.shows("プロファイル「dev」を削除しました。"));
    assert!(!ui.shows("Deleted the profile"), "no English left");

    ui.type_into("パスワード", "Passw0rd!");
    ui.click("サインイン");
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(ui.shows("サインインしました。トークンは下に表示しています。"));
    assert!(
        !ui.shows("Signed in: the tokens are below."),
        "no English left"
    );
}

/// A name that cannot be used is refused in Japanese, and nothing is renamed.
#[test]
fn a_name_refused_is_said_in_japanese() {
    let mut ui = open_with_config(&two_profiles(), None);
    ui.click("名前を変更");
    ui.harness.run();
    ui.field("新しい名前").click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field("新しい名前").type_text(&"x".repeat(65));
    ui.harness.run();
    ui.click("OK");
    ui.harness.run();
    assert!(ui.shows("その名前は使用できません: プロファイル名は 64 文字までです。"));
    assert!(!ui.shows("cannot be used"), "no English left");
    assert_eq!(saved_config(&ui), two_profiles());
}
