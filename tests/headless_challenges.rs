//! The headless mode's flows and challenges as scripts use them: `--flow`, `--auth
//! user-auth`, `--mfa-code`, `$COGNITO_NEW_PASSWORD`, exit code 5 when nothing can answer,
//! and `cognito-login refresh`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use headless::*;
use support::{claims, emulators, one_shot_server, totp};

#[test]
fn flow_used_is_reported_and_srp_refuses_a_wrong_password() {
    let emu = emulators().ministack;
    let srp = with(
        as_user(&emu, &emu.clients.plain.id, "alice"),
        &["--flow", "srp"],
    );
    let run = sign_in(&args_of(&srp), Some(&emu.password), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("signed in with USER_SRP_AUTH"),
        "{}",
        run.stderr
    );

    let run = sign_in(&args_of(&srp), Some("Wrong!Passw0rd"), None);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("error: NotAuthorizedException"),
        "{}",
        run.stderr
    );

    // Auto on a password-only client does not send the password to a server that is not
    // Amazon Cognito on its own: exit 2, and the flag that says yes.
    let auto = as_user(&emu, &emu.clients.password_only.id, "alice");
    let run = sign_in(&args_of(&auto), Some(&emu.password), None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let server = emu
        .endpoint
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert!(
        run.stderr.starts_with(&format!(
            "error: invalid input: Your password was not sent to {server}"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: Why SRP did not work: the app client does not allow SRP")
    );
    assert!(run.stderr.contains("run again with --flow password"));
    // Told to, it signs in with the password flow.
    let told = with(auto, &["--flow", "password"]);
    let run = sign_in(&args_of(&told), Some(&emu.password), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("signed in with USER_PASSWORD_AUTH"),
        "{}",
        run.stderr
    );
}

#[test]
fn mfa_code_answers_the_authenticator_challenge() {
    for (name, emu) in emulators().all() {
        let base = with(
            as_user(emu, &emu.clients.plain.id, &emu.mfa.totp_user),
            &["--flow", "password"],
        );
        // No code and no terminal: the challenge is printed, exit 5, without Cognito's Session
        // (which lets whoever holds it answer) unless --print-session asks for it.
        let run = sign_in(&args_of(&base), Some(&emu.password), None);
        assert_eq!(run.code, 5, "{name}: {}", run.stderr);
        assert!(run.stderr.contains("--mfa-code"), "{name}: {}", run.stderr);
        let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(printed["ChallengeName"], "SOFTWARE_TOKEN_MFA", "{name}");
        assert!(printed.get("Session").is_none(), "{name}: {printed}");
        let asked = with(base.clone(), &["--print-session"]);
        let run = sign_in(&args_of(&asked), Some(&emu.password), None);
        let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(printed["Session"].is_string(), "{name}: {printed}");

        let right = totp(&emu.mfa.totp_secret);
        let wrong = if right == "000000" {
            "111111"
        } else {
            "000000"
        };
        let run = sign_in(
            &args_of(&with(base.clone(), &["--mfa-code", wrong])),
            Some(&emu.password),
            None,
        );
        assert_eq!(run.code, 3, "{name}: {}", run.stderr);
        assert!(
            run.stderr.starts_with("error: CodeMismatchException"),
            "{name}: {}",
            run.stderr
        );

        let code = totp(&emu.mfa.totp_secret);
        let run = sign_in(
            &args_of(&with(base, &["--mfa-code", &code])),
            Some(&emu.password),
            None,
        );
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let id = claims(result["IdToken"].as_str().unwrap());
        assert_eq!(id["cognito:username"], emu.mfa.totp_user.as_str(), "{name}");
    }
}

#[test]
fn new_password_from_the_environment() {
    for (name, emu) in emulators().all() {
        let args = with(
            as_user(emu, &emu.clients.plain.id, "newbie4"),
            &["--flow", "password"],
        );
        let run = cli(
            "sign-in",
            &with(args, &["--password-stdin"])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            Some(&emu.temporary_password),
            &[("COGNITO_NEW_PASSWORD", "N3w!Passw0rdGood")],
        );
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(result["AccessToken"].is_string(), "{name}");
    }
}

#[test]
fn refresh_reads_the_token_from_stdin_with_and_without_a_secret() {
    for (name, emu) in emulators().all() {
        for client in [&emu.clients.plain, &emu.clients.secret] {
            let secret = client.secret.as_deref();
            let login = with(as_user(emu, &client.id, "alice"), &["--flow", "password"]);
            let run = sign_in(&args_of(&login), Some(&emu.password), secret);
            assert_eq!(run.code, 0, "{name}: {}", run.stderr);
            let first: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            let refresh_token = first["RefreshToken"].as_str().unwrap();

            // The internal username, for the secret's hash; not needed without a secret.
            let mut args = vec![
                "--endpoint".to_owned(),
                emu.endpoint.clone(),
                "--client-id".to_owned(),
                client.id.clone(),
            ];
            if secret.is_some() {
                args.extend(["--username".to_owned(), "alice".to_owned()]);
            }
            let env: Vec<(&str, &str)> = secret
                .map(|s| ("COGNITO_CLIENT_SECRET", s))
                .into_iter()
                .collect();
            let run = cli("refresh", &args_of(&args), Some(refresh_token), &env);
            assert_eq!(
                run.code,
                0,
                "{name} secret={}: {}",
                secret.is_some(),
                run.stderr
            );
            let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            assert!(result["AccessToken"].is_string(), "{name}");
            assert_eq!(result["RefreshToken"], refresh_token, "{name}: kept");
            assert!(run.stderr.contains("REFRESH_TOKEN_AUTH"), "{}", run.stderr);
        }
    }
    // A wrong refresh token is Cognito's refusal: exit 3.
    let emu = emulators().ministack;
    let args = at_client(&emu, &emu.clients.plain.id);
    let run = cli("refresh", &args_of(&args), Some("not-a-refresh-token"), &[]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let run = cli("refresh", &args_of(&args), None, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn user_auth_with_a_preferred_challenge() {
    // No emulator implements USER_AUTH: a recorded answer stands in for Cognito.
    let (endpoint, server) = one_shot_server(
        "200 OK",
        "application/x-amz-json-1.1",
        r#"{"ChallengeName":"EMAIL_OTP","Session":"s1","ChallengeParameters":{"CODE_DELIVERY_DESTINATION":"a***@e***","CODE_DELIVERY_DELIVERY_MEDIUM":"EMAIL"}}"#,
    );
    let run = cli(
        "sign-in",
        &[
            "--endpoint",
            &endpoint,
            "--client-id",
            "client1",
            "--username",
            "alice",
            "--auth",
            "user-auth",
            "--preferred-challenge",
            "EMAIL_OTP",
        ],
        None,
        &[],
    );
    assert_eq!(run.code, 5, "{}", run.stderr);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["ChallengeName"], "EMAIL_OTP");
    let request = server.join().unwrap();
    let body: serde_json::Value =
        serde_json::from_str(request.split_once("\r\n\r\n").unwrap().1).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"AuthFlow": "USER_AUTH", "ClientId": "client1",
            "AuthParameters": {"USERNAME": "alice", "PREFERRED_CHALLENGE": "EMAIL_OTP"}})
    );

    // An emulator without USER_AUTH refuses it in Cognito's words: exit 3.
    let emu = emulators().ministack;
    let args = with(
        as_user(&emu, &emu.clients.plain.id, "alice"),
        &["--auth", "user-auth"],
    );
    let run = sign_in(&args_of(&args), Some(&emu.password), None);
    assert_eq!(run.code, 3, "{}", run.stderr);
}

#[test]
fn a_terminal_is_asked_for_the_code() {
    let emu = emulators().ministack;
    let args = with(
        as_user(&emu, &emu.clients.plain.id, &emu.mfa.totp_user),
        &["--flow", "password"],
    );
    let code = totp(&emu.mfa.totp_secret);
    let password = [("COGNITO_PASSWORD", emu.password.as_str())];
    let (success, screen) = sign_in_in_terminal(&args, &[&code], &password);
    assert!(success, "{screen}");
    assert!(
        screen.contains("Code from the authenticator app: "),
        "{screen}"
    );
    assert!(screen.contains("\"AccessToken\""), "{screen}");
}

/// The terminal's password prompt says whose password and where it goes, before it is typed.
#[test]
fn the_password_prompt_names_the_user_and_the_host() {
    let emu = emulators().moto;
    let args = with(
        as_user(&emu, &emu.clients.plain.id, "alice"),
        &["--flow", "password"],
    );
    let (success, screen) = sign_in_in_terminal(&args, &[&emu.password], &[]);
    assert!(success, "{screen}");
    let host = emu
        .endpoint
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert!(
        screen.contains(&format!("Password for alice at {host}: ")),
        "{screen}"
    );
}

/// Setting up an authenticator app needs a person: a script (no terminal) stops at exit 5
/// and its output never holds the key or the otpauth URI. Today's headless mode printed both.
#[test]
fn mfa_setup_without_a_terminal_prints_no_key() {
    let emu = emulators().moto;
    let setup = emu.mfa.setup.clone().unwrap();
    let args = [
        "--endpoint",
        &emu.endpoint,
        "--pool-id",
        &setup.pool_id,
        "--client-id",
        &setup.client_id,
        "--username",
        &setup.headless_user,
        "--flow",
        "password",
        "--password-stdin",
    ];
    let new_password = [("COGNITO_NEW_PASSWORD", "Passw0rd!Set-up1")];
    let run = cli(
        "sign-in",
        &args,
        Some(&emu.temporary_password),
        &new_password,
    );
    assert_eq!(run.code, 5, "{}", run.stderr);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["ChallengeName"], "MFA_SETUP");
    for output in [&run.stdout, &run.stderr] {
        assert!(!output.contains("otpauth"), "{output}");
        assert!(!output.contains("key:"), "{output}");
    }
    assert!(run.stderr.contains("needs a person"), "{}", run.stderr);
}
