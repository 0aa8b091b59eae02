//! The command line in Japanese (issue 20): with `--lang ja`, or Japanese saved in the window's
//! About, the `hint:` lines are in Japanese while the `error:` line that scripts read stays in
//! English, with Cognito's own code and message. Against the emulators (tests/emulators/serve.py)
//! for a real refusal; a closed port needs none.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use cognito_login::settings::{Config, ConfyStore, LanguageChoice, SettingsStore as _};
use headless::*;
use support::{closed_port, emulators};

fn hints(run: &Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter_map(|l| l.strip_prefix("hint: "))
        .collect()
}

/// A sign-in of alice with a wrong password on `emu`, with `extra` arguments.
fn wrong_password(emu: &support::Emulator, extra: &[&str], config: &std::path::Path) -> Run {
    let mut args = as_user(emu, &emu.clients.plain.id, "alice");
    args.extend(flow_for(emu));
    let args = with(args, extra);
    let mut args = args_of(&args);
    args.push("--password-stdin");
    cli_in(config, "sign-in", &args, Some("Wrong!Passw0rd"), &[])
}

#[test]
fn a_wrong_password_with_lang_ja_hints_in_japanese_after_an_english_error_line() {
    let all = emulators();
    for emu in [&all.ministack, &all.moto] {
        let config = tempfile::tempdir().unwrap();
        let run = wrong_password(emu, &["--lang", "ja"], config.path());
        assert_eq!(run.code, 3, "{}", run.stderr);
        let first = run.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("error: NotAuthorizedException: "),
            "the line scripts read stays English: {}",
            run.stderr
        );
        let hints = hints(&run);
        assert_eq!(
            hints.first().copied(),
            Some("ユーザー名またはパスワードが正しくありません。"),
            "{}",
            run.stderr
        );
        assert!(
            hints.iter().any(|h| h.contains("Caps Lock がオフ")),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("Check the password"), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

/// Without --lang, the language saved in the window's About; --lang still wins over it.
#[test]
fn the_saved_language_is_spoken_unless_lang_says_otherwise() {
    let emu = emulators().ministack;
    let config = tempfile::tempdir().unwrap();
    let file = config
        .path()
        .join("cognito-login")
        .join("default-config.toml");
    let japanese = Config {
        language: LanguageChoice::Japanese,
        ..Config::default()
    };
    ConfyStore::at(file).save_config(&japanese).unwrap();

    let run = wrong_password(&emu, &[], config.path());
    assert!(
        run.stderr.starts_with("error: NotAuthorizedException: "),
        "{}",
        run.stderr
    );
    assert!(
        hints(&run).iter().any(|h| h.contains("Caps Lock がオフ")),
        "{}",
        run.stderr
    );

    let run = wrong_password(&emu, &["--lang", "en"], config.path());
    assert!(
        hints(&run).contains(&"Check the password, and that Caps Lock is off."),
        "{}",
        run.stderr
    );
}

/// Nothing listening: the network's error line in English, what to do in Japanese.
#[test]
fn nothing_answering_is_hinted_in_japanese() {
    let endpoint = format!("http://127.0.0.1:{}", closed_port());
    let args = [
        "--endpoint",
        &endpoint,
        "--client-id",
        "abc",
        "--username",
        "alice",
        "--flow",
        "password",
        "--password-stdin",
        "--lang",
        "ja",
    ];
    let run = cli("sign-in", &args, Some("pw"), &[]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: network: "), "{}", run.stderr);
    let hints = hints(&run);
    assert!(
        hints
            .iter()
            .any(|h| h.starts_with("エミュレーターまたはサーバーは起動していますか？")),
        "{}",
        run.stderr
    );
    assert!(
        hints
            .iter()
            .any(|h| h.starts_with(&endpoint) && h.ends_with("から応答がありませんでした。")),
        "{}",
        run.stderr
    );
}
