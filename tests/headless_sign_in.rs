//! `cognito-login sign-in` as a script uses it: real process, real HTTP to the emulators,
//! exit codes and stderr as documented.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::process::{Command, Stdio};

use headless::*;
use support::{claims, closed_port, emulators};

#[test]
fn success_on_every_emulator_prints_the_authentication_result() {
    for (name, emu) in emulators().all() {
        let run = run_as(emu, &emu.clients.plain.id, "alice", &emu.password);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        for token in ["IdToken", "AccessToken", "RefreshToken"] {
            assert!(result[token].is_string(), "{name}: no {token} in {result}");
        }
        let id = claims(result["IdToken"].as_str().unwrap());
        assert_eq!(id["cognito:username"], "alice", "{name}: {id}");
        assert_eq!(id["token_use"], "id", "{name}");
        let access = claims(result["AccessToken"].as_str().unwrap());
        assert_eq!(access["token_use"], "access", "{name}");
        if name != "cognito-local" {
            // cognito-local leaves ExpiresIn and TokenType out; the others send both.
            assert_eq!(result["ExpiresIn"], 3600, "{name}");
            assert_eq!(result["TokenType"], "Bearer", "{name}");
        }
    }
}

#[test]
fn output_one_token_on_one_line() {
    let emu = emulators().ministack;
    let mut args = as_user(&emu, &emu.clients.plain.id, "alice");
    args.extend(["--output".into(), "access-token".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = sign_in(&args, Some(&emu.password), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 1);
    assert_eq!(claims(run.stdout.trim())["token_use"], "access");
}

#[test]
fn wrong_password() {
    let all = emulators();
    for emu in [&all.moto, &all.ministack] {
        let run = run_as(emu, &emu.clients.plain.id, "alice", "Wrong!Passw0rd");
        assert_refused(&run, "NotAuthorizedException", "Caps Lock");
    }
    // cognito-local uses its own code for the same thing; the hint is the same.
    let emu = &all.cognito_local;
    let run = run_as(emu, &emu.clients.plain.id, "alice", "Wrong!Passw0rd");
    assert_refused(&run, "InvalidPasswordException", "Caps Lock");
}

#[test]
fn unknown_user() {
    let all = emulators();
    for emu in [&all.moto, &all.ministack] {
        let run = run_as(emu, &emu.clients.plain.id, "nobody", "Whatever1!");
        assert_refused(&run, "UserNotFoundException", "username");
    }
}

#[test]
fn unknown_client() {
    for (_, emu) in emulators().all() {
        let run = run_as(emu, "nosuchclient123", "alice", &emu.password);
        assert_refused(&run, "ResourceNotFoundException", "region");
    }
}

#[test]
fn unconfirmed_user() {
    for (_, emu) in emulators().all() {
        let run = run_as(emu, &emu.clients.plain.id, "pending", &emu.password);
        assert_refused(&run, "UserNotConfirmedException", "code");
    }
}

#[test]
fn client_secret_missing_then_right() {
    // Only MiniStack (AUTH=true) rejects a missing SECRET_HASH on USER_PASSWORD_AUTH.
    let emu = emulators().ministack;
    let run = run_as(&emu, &emu.clients.secret.id, "alice", &emu.password);
    assert_refused(&run, "NotAuthorizedException", "client secret");

    let args = as_user(&emu, &emu.clients.secret.id, "alice");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let wrong = sign_in(&args, Some(&emu.password), Some("wrongsecret123"));
    assert_refused(&wrong, "NotAuthorizedException", "client secret");

    let secret = emu.clients.secret.secret.clone().unwrap();
    let run = sign_in(&args, Some(&emu.password), Some(&secret));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        claims(result["IdToken"].as_str().unwrap())["cognito:username"],
        "alice"
    );
}

#[test]
fn client_with_secret_on_moto_gets_tokens() {
    let emu = emulators().moto;
    let mut args = as_user(&emu, &emu.clients.secret.id, "alice");
    args.extend(flow_for(&emu));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let secret = emu.clients.secret.secret.clone().unwrap();
    let run = sign_in(&args, Some(&emu.password), Some(&secret));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn flow_not_enabled_names_the_fix() {
    // Only MiniStack (AUTH=true) enforces ExplicitAuthFlows.
    let emu = emulators().ministack;
    let mut args = as_user(&emu, &emu.clients.srp_only.id, "alice");
    args.extend(["--flow".into(), "password".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = sign_in(&args, Some(&emu.password), None);
    assert_refused(
        &run,
        "InvalidParameterException",
        "ALLOW_USER_PASSWORD_AUTH",
    );
}

#[test]
fn challenge_is_printed_with_exit_5() {
    for (name, emu) in emulators().all() {
        let run = run_as(
            emu,
            &emu.clients.plain.id,
            "newbie0",
            &emu.temporary_password,
        );
        assert_eq!(run.code, 5, "{name}: {}", run.stderr);
        let challenge: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(
            challenge["ChallengeName"], "NEW_PASSWORD_REQUIRED",
            "{name}"
        );
        assert!(challenge["ChallengeParameters"].is_object(), "{name}");
        assert!(run.stderr.contains("NEW_PASSWORD_REQUIRED"));
    }
}

#[test]
fn refused_connection_is_a_network_error() {
    let run = network_failure(&format!("http://127.0.0.1:{}", closed_port()), "30");
    assert_network_failure(&run, "connection refused", "Nothing answered");
}

#[test]
fn invalid_input_sends_nothing() {
    let run = network_failure("http://example.com", "30");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: invalid input: "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint: "), "{}", run.stderr);

    // No --password-stdin, no $COGNITO_PASSWORD, stdin not a terminal.
    let run = sign_in(
        &[
            "--region",
            "eu-west-1",
            "--client-id",
            "abc",
            "--username",
            "alice",
        ],
        None,
        None,
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--password-stdin"), "{}", run.stderr);
    assert!(
        run.stderr
            .lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("hint: ")),
        "{}",
        run.stderr
    );

    // Secrets are not flags.
    let run = sign_in(&["--region", "eu-west-1", "--password", "x"], None, None);
    assert_eq!(run.code, 2);
}

#[test]
fn password_from_environment() {
    let emu = emulators().moto;
    let config = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cognito-login"))
        .arg("sign-in")
        .args(as_user(&emu, &emu.clients.plain.id, "alice"))
        .args(["--output", "id-token", "--flow", "password"])
        .env("XDG_CONFIG_HOME", config.path())
        .env("COGNITO_PASSWORD", &emu.password)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Exit code 4, the first stderr line naming the failure, and a hint about it.
fn assert_network_failure(run: &Run, first: &str, hint: &str) {
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(&format!("error: network: {first}")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with("hint: ") && l.contains(hint)),
        "{}",
        run.stderr
    );
}

fn network_failure(endpoint: &str, timeout: &str) -> Run {
    sign_in(
        &[
            "--endpoint",
            endpoint,
            "--client-id",
            "abc",
            "--username",
            "alice",
            "--timeout",
            timeout,
            // No pool ID, so no SRP: the password flow, said outright.
            "--flow",
            "password",
        ],
        Some("pw"),
        None,
    )
}

#[test]
fn tls_failure_is_named() {
    // moto speaks plain HTTP: a TLS handshake with it fails.
    let plain = emulators().moto.endpoint.replace("http://", "https://");
    let run = network_failure(&plain, "10");
    assert_network_failure(
        &run,
        "secure connection (TLS) failed",
        "A secure connection",
    );
}

#[test]
fn timeout_is_named() {
    // Accepts the connection and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    let run = network_failure(&endpoint, "1");
    drop(listener);
    assert_network_failure(&run, "timed out", "within 1 second.");
}

#[test]
fn unknown_host_is_a_dns_failure() {
    let run = network_failure("https://cognito-idp.example.invalid", "10");
    assert_network_failure(&run, "host name not found (DNS)", "could not be found");
}

#[test]
fn non_cognito_answer_is_explained() {
    // cognito-local answers malformed requests with an HTML page; here a bare HTTP server
    // that answers every request with HTML stands in for a wrong endpoint or a proxy.
    // A 403 is not retried, so one answer is all it takes (5xx answers are: see
    // headless_faults.rs).
    let (endpoint, server) = support::one_shot_server(
        "403 Forbidden",
        "text/html",
        "<html><body>Proxy error</body></html>",
    );
    let run = network_failure(&endpoint, "10");
    server.join().unwrap();
    assert_network_failure(
        &run,
        "the answer is not Cognito's (HTTP 403: an HTML page: Proxy error)",
        "The server answered, but not like Cognito does",
    );
}
