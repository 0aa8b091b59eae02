//! The self-service commands (issue 19) as a script runs them: real process, real HTTP to the
//! emulators, exit codes, stderr and stdout as `--help` documents them. Codes are read as
//! tests/support/self_service.rs says (MiniStack's fixed codes with AUTH=true, cognito-local's
//! CODE); every test signs up its own user, as the tests run in parallel.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use headless::*;
use support::self_service::{NEW_PASSWORD, confirmed_user, fresh_name, sign_in};
use support::{Emulator, closed_port, emulators};

fn with_codes() -> [(&'static str, Emulator); 2] {
    let all = emulators();
    [
        ("ministack", all.ministack),
        ("cognito-local", all.cognito_local),
    ]
}

/// `--endpoint … --client-id … --username name` for `emu`'s plain client.
fn whom(emu: &Emulator, name: &str) -> Vec<String> {
    with(at_client(emu, &emu.clients.plain.id), &["--username", name])
}

fn run(command: &str, args: &[String], stdin: Option<&str>, env: &[(&str, &str)]) -> Run {
    cli(command, &args_of(args), stdin, env)
}

/// `sign-up` with the password on stdin and an e-mail address as the pool's attribute.
fn sign_up(emu: &Emulator, name: &str, password: &str) -> Run {
    let email = format!("email={name}@example.com");
    let args = with(
        whom(emu, name),
        &["--password-stdin", "--attribute", &email],
    );
    run("sign-up", &args, Some(password), &[])
}

fn confirm_sign_up(emu: &Emulator, name: &str, code: &str) -> Run {
    run(
        "confirm-sign-up",
        &with(whom(emu, name), &["--code", code]),
        None,
        &[],
    )
}

fn signs_in(emu: &Emulator, name: &str, password: &str) -> bool {
    run_as(emu, &emu.clients.plain.id, name, password).code == 0
}

fn fixed_codes(emu: &Emulator) -> support::Codes {
    emu.codes.clone().expect("fixed codes")
}

#[test]
fn sign_up_then_confirm_with_the_code_then_sign_in() {
    for (label, emu) in with_codes() {
        let name = fresh_name("cliup");
        let up = sign_up(&emu, &name, &emu.password);
        assert_eq!(up.code, 0, "{label}: {}", up.stderr);
        let answer: serde_json::Value = serde_json::from_str(&up.stdout).unwrap();
        assert_eq!(answer["UserConfirmed"], false, "{label}: {answer}");
        assert!(answer["UserSub"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(answer["CodeDeliveryDetails"]["DeliveryMedium"], "EMAIL");
        assert!(
            up.stderr.contains("code sent to "),
            "{label}: {}",
            up.stderr
        );
        assert!(up.stderr.contains("by e-mail"), "{label}: {}", up.stderr);
        let unconfirmed = run_as(&emu, &emu.clients.plain.id, &name, &emu.password);
        assert_refused(
            &unconfirmed,
            "UserNotConfirmedException",
            "confirm-sign-up --code",
        );

        let again = sign_up(&emu, &name, &emu.password);
        assert_refused(&again, "UsernameExistsException", "already exists");
        let wrong = confirm_sign_up(&emu, &name, "999999");
        assert_refused(&wrong, "CodeMismatchException", "code is wrong");

        let confirmed = confirm_sign_up(&emu, &name, &fixed_codes(&emu).sign_up);
        assert_eq!(confirmed.code, 0, "{label}: {}", confirmed.stderr);
        assert!(confirmed.stdout.is_empty(), "{label}");
        assert!(
            confirmed.stderr.starts_with("confirmed: sign in with"),
            "{label}: {}",
            confirmed.stderr
        );
        assert!(signs_in(&emu, &name, &emu.password), "{label}");
    }
}

#[test]
fn confirm_sign_up_resend_sends_the_code_again() {
    let emu = emulators().ministack;
    let name = fresh_name("cliresend");
    assert_eq!(sign_up(&emu, &name, &emu.password).code, 0);
    let resent = run(
        "confirm-sign-up",
        &with(whom(&emu, &name), &["--resend"]),
        None,
        &[],
    );
    assert_eq!(resent.code, 0, "{}", resent.stderr);
    let answer: serde_json::Value = serde_json::from_str(&resent.stdout).unwrap();
    assert_eq!(answer["CodeDeliveryDetails"]["AttributeName"], "email");
    assert!(
        resent.stderr.starts_with("code sent to "),
        "{}",
        resent.stderr
    );
    assert_eq!(
        confirm_sign_up(&emu, &name, &fixed_codes(&emu).sign_up).code,
        0
    );
    assert!(signs_in(&emu, &name, &emu.password));
}

#[test]
fn forgot_then_confirm_forgot_then_sign_in_with_the_new_password() {
    for (label, emu) in with_codes() {
        let name = confirmed_user(&emu);
        let forgot = run("forgot-password", &whom(&emu, &name), None, &[]);
        assert_eq!(forgot.code, 0, "{label}: {}", forgot.stderr);
        assert!(forgot.stderr.starts_with("code sent"), "{label}");
        let answer: serde_json::Value = serde_json::from_str(&forgot.stdout).unwrap();
        assert!(answer.get("CodeDeliveryDetails").is_some(), "{label}");

        let confirm = |code: &str| {
            let args = with(whom(&emu, &name), &["--code", code, "--password-stdin"]);
            run("confirm-forgot-password", &args, Some(NEW_PASSWORD), &[])
        };
        assert_refused(&confirm("999999"), "CodeMismatchException", "code is wrong");
        let reset = confirm(&fixed_codes(&emu).forgot_password);
        assert_eq!(reset.code, 0, "{label}: {}", reset.stderr);
        assert!(reset.stderr.starts_with("password reset"), "{label}");
        assert!(signs_in(&emu, &name, NEW_PASSWORD), "{label}");
        assert!(!signs_in(&emu, &name, &emu.password), "{label}");
        if label == "ministack" {
            // A spent code is refused as Cognito does (cognito-local only says it differs).
            let spent = confirm(&fixed_codes(&emu).forgot_password);
            assert_refused(&spent, "ExpiredCodeException", "type the new one");
        }
    }
}

#[test]
fn change_password_with_the_access_token_from_stdin() {
    for (label, emu) in with_codes() {
        let name = confirmed_user(&emu);
        let plain = &emu.clients.plain;
        let token = sign_in(&emu, plain, &name, &emu.password).unwrap();
        let token = secrecy::ExposeSecret::expose_secret(&token).to_owned();
        // Where, but no app client: ChangePassword sends none (the access token says who).
        let args: Vec<String> = ["--endpoint", &emu.endpoint]
            .into_iter()
            .chain(["--access-token-stdin", "--password-stdin"])
            .map(str::to_owned)
            .collect();
        let new = [("COGNITO_NEW_PASSWORD", NEW_PASSWORD)];
        let wrong_old = run(
            "change-password",
            &args,
            Some(&format!("{token}\nnot-it")),
            &new,
        );
        assert_eq!(wrong_old.code, 3, "{label}: {}", wrong_old.stderr);
        let stdin = format!("{token}\n{}", emu.password);
        let changed = run("change-password", &args, Some(&stdin), &new);
        assert_eq!(changed.code, 0, "{label}: {}", changed.stderr);
        assert_eq!(changed.stderr.trim(), "password changed", "{label}");
        assert!(signs_in(&emu, &name, NEW_PASSWORD), "{label}");
    }
}

#[test]
fn a_password_against_the_policy_is_refused_in_its_words() {
    let emu = emulators().ministack;
    let weak = sign_up(&emu, &fresh_name("cliweak"), "a");
    assert_refused(&weak, "InvalidPasswordException", "rules");
}

#[test]
fn a_client_with_a_secret_is_sent_its_hash() {
    let emu = emulators().ministack;
    let client = &emu.clients.secret;
    let secret = client.secret.clone().expect("the secret client's secret");
    let name = fresh_name("clisecret");
    let email = format!("email={name}@example.com");
    let args = with(
        at_client(&emu, &client.id),
        &[
            "--username",
            &name,
            "--password-stdin",
            "--attribute",
            &email,
        ],
    );
    let without = run("sign-up", &args, Some(&emu.password), &[]);
    assert_eq!(without.code, 3, "{}", without.stderr);
    let env = [("COGNITO_CLIENT_SECRET", secret.as_str())];
    let up = run("sign-up", &args, Some(&emu.password), &env);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let code = fixed_codes(&emu).sign_up;
    let confirm_args = with(
        at_client(&emu, &client.id),
        &["--username", &name, "--code", &code],
    );
    let confirmed = run("confirm-sign-up", &confirm_args, None, &env);
    assert_eq!(confirmed.code, 0, "{}", confirmed.stderr);
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let nowhere = vec![
        "--endpoint".to_owned(),
        format!("http://127.0.0.1:{}", closed_port()),
        "--client-id".to_owned(),
        "client1".to_owned(),
        "--username".to_owned(),
        "bob".to_owned(),
    ];
    let malformed = run(
        "sign-up",
        &with(
            nowhere.clone(),
            &["--password-stdin", "--attribute", "email"],
        ),
        Some("pw"),
        &[],
    );
    assert_eq!(malformed.code, 2, "{}", malformed.stderr);
    assert!(
        malformed.stderr.contains("name=value"),
        "{}",
        malformed.stderr
    );
    let no_code = run("confirm-sign-up", &nowhere, None, &[]);
    assert_eq!(no_code.code, 2, "{}", no_code.stderr);
    assert!(no_code.stderr.contains("--code"), "{}", no_code.stderr);
    let no_token = run("change-password", &nowhere, None, &[]);
    assert_eq!(no_token.code, 2, "{}", no_token.stderr);
    assert!(no_token.stderr.contains("--access-token-stdin"));
    let no_password = run(
        "confirm-forgot-password",
        &with(nowhere.clone(), &["--code", "1"]),
        None,
        &[],
    );
    assert_eq!(no_password.code, 2, "{}", no_password.stderr);
    assert!(no_password.stderr.contains("COGNITO_NEW_PASSWORD"));
    // Where nothing answers: the network's exit code.
    let unreachable = run("forgot-password", &nowhere, None, &[]);
    assert_eq!(unreachable.code, 4, "{}", unreachable.stderr);
}

#[test]
fn a_person_at_a_terminal_is_asked_for_the_code_and_the_new_password_twice() {
    let emu = emulators().ministack;
    let name = confirmed_user(&emu);
    assert_eq!(
        run("forgot-password", &whom(&emu, &name), None, &[]).code,
        0
    );
    let code = fixed_codes(&emu).forgot_password;
    let args = whom(&emu, &name);
    let differ = ["Another1!", "Another2!"];
    let (ok, screen) = in_terminal(
        "confirm-forgot-password",
        &args,
        &[&code, differ[0], differ[1]],
        &[],
    );
    assert!(!ok, "{screen}");
    assert!(screen.contains("differ"), "{screen}");
    let typed = [code.as_str(), NEW_PASSWORD, NEW_PASSWORD];
    let (ok, screen) = in_terminal("confirm-forgot-password", &args, &typed, &[]);
    assert!(ok, "{screen}");
    assert!(
        screen.contains("Code: ") && screen.contains("New password for "),
        "{screen}"
    );
    assert!(
        screen.contains("Again: ") && screen.contains("password reset"),
        "{screen}"
    );
    assert!(signs_in(&emu, &name, NEW_PASSWORD));
}

#[test]
fn change_password_takes_the_access_token_of_a_remembered_profile() {
    let emu = emulators().ministack;
    let name = confirmed_user(&emu);
    let config = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let cache_env = ("XDG_CACHE_HOME", cache.path().to_str().unwrap());
    let profile = format!("ss-{}-{name}", std::process::id());
    let file = config.path().join("profile.toml");
    std::fs::write(
        &file,
        format!(
            "version = 1\n\n[[profile]]\nname = \"{profile}\"\nuser_pool_id = \"{}\"\nclient_id = \"{}\"\nendpoint = \"{}\"\nusername = \"{name}\"\n",
            emu.pool_id, emu.clients.plain.id, emu.endpoint
        ),
    )
    .unwrap();
    let in_home = |command: &str, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]| {
        let mut env = env.to_vec();
        env.push(cache_env);
        cli_in(config.path(), command, args, stdin, &env)
    };
    let import = in_home("profiles", &["import", file.to_str().unwrap()], None, &[]);
    assert_eq!(import.code, 0, "{}", import.stderr);
    let remember = ["--profile", &profile, "--remember", "--password-stdin"];
    let signed = in_home("sign-in", &remember, Some(&emu.password), &[]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    let secrets = [
        ("COGNITO_PASSWORD", emu.password.as_str()),
        ("COGNITO_NEW_PASSWORD", NEW_PASSWORD),
    ];
    let changed = in_home("change-password", &["--profile", &profile], None, &secrets);
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert!(
        changed.stderr.contains("password changed"),
        "{}",
        changed.stderr
    );
    assert!(signs_in(&emu, &name, NEW_PASSWORD));
    // The keychain is shared by the tests: leave no refresh token behind.
    in_home("sign-out", &["--profile", &profile], None, &[]);
}

#[test]
fn a_verbose_run_logs_no_password_code_or_token() {
    let emu = emulators().ministack;
    let name = fresh_name("cliquiet");
    let password = "Quiet!Passw0rd-7f3a";
    let email = format!("email={name}@example.com");
    let args = with(
        whom(&emu, &name),
        &["-vv", "--password-stdin", "--attribute", &email],
    );
    let up = run("sign-up", &args, Some(password), &[]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    assert!(
        up.stderr.contains("SignUp"),
        "-vv logs the call: {}",
        up.stderr
    );
    assert!(!up.stderr.contains(password), "{}", up.stderr);
    let code = fixed_codes(&emu).sign_up;
    let confirm = run(
        "confirm-sign-up",
        &with(whom(&emu, &name), &["-vv", "--code", &code]),
        None,
        &[],
    );
    assert_eq!(confirm.code, 0, "{}", confirm.stderr);
    assert!(!confirm.stderr.contains(&code), "{}", confirm.stderr);
    let token = sign_in(&emu, &emu.clients.plain, &name, password).unwrap();
    let token = secrecy::ExposeSecret::expose_secret(&token).to_owned();
    let args = with(
        at_client(&emu, &emu.clients.plain.id),
        &["-vv", "--access-token-stdin", "--password-stdin"],
    );
    let new = [("COGNITO_NEW_PASSWORD", NEW_PASSWORD)];
    let changed = run(
        "change-password",
        &args,
        Some(&format!("{token}\n{password}")),
        &new,
    );
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    for secret in [token.as_str(), password, NEW_PASSWORD] {
        assert!(!changed.stderr.contains(secret), "{}", changed.stderr);
    }
}
