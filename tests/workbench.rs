//! Tokens from the emulators checked against their own keys, headless (`decode`, the output
//! presets) and in the core the window uses; each fault gives its own verdict.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use headless::*;
use support::{Emulator, TEST_JWKS, closed_port, emulators, json_server, test_signed_token};

fn login(emu: &Emulator, client: &str, pool: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "--endpoint",
        &emu.endpoint,
        "--pool-id",
        pool,
        "--client-id",
        client,
        "--username",
        "alice",
        "--flow",
        "password",
    ];
    args.extend_from_slice(extra);
    sign_in(&args, Some(&emu.password), None)
}

fn tokens_of(emu: &Emulator) -> serde_json::Value {
    let run = login(emu, &emu.clients.plain.id, &emu.pool_id, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn decode(token: &str, args: &[&str]) -> (Run, serde_json::Value) {
    let run = cli("decode", args, Some(token), &[]);
    let json = serde_json::from_str(&run.stdout).unwrap_or_default();
    (run, json)
}

/// Every emulator's keys are fetched from the emulator: `decode` alone fetches only from
/// Amazon Cognito's own issuer (cognito-local names itself as issuer).
fn key_args(_name: &str, emu: &Emulator) -> Vec<String> {
    vec![
        "--endpoint".into(),
        emu.endpoint.clone(),
        "--pool-id".into(),
        emu.pool_id.clone(),
    ]
}

/// A forged token naming an issuer on this computer, whose server would hand out the very key
/// that signed it: without --endpoint, `decode` calls it invalid and asks that server nothing.
/// Today's decode fetched the keys the token pointed at and called it valid.
#[test]
fn a_token_naming_another_issuer_is_invalid_and_nothing_is_fetched() {
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let asked = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&asked);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let _ = stream.read(&mut [0u8; 4096]);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{TEST_JWKS}",
                TEST_JWKS.len()
            );
        }
    });
    for iss in [
        format!("http://{address}/eu-west-1_Test123"),
        "https://cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_Test123".to_owned(),
    ] {
        let forged = test_signed_token(
            serde_json::json!({"iss": iss, "token_use": "id", "exp": 4_000_000_000u64}),
        );
        let (run, json) = decode(&forged, &[]);
        assert_eq!(run.code, 3, "{iss}: {}", run.stderr);
        assert_eq!(json["verification"]["status"], "invalid", "{iss}");
        let reason = json["verification"]["reason"].as_str().unwrap();
        assert!(reason.contains("is not Amazon Cognito"), "{reason}");
    }
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "the forged issuer was asked for keys"
    );
}

#[test]
fn tokens_from_every_emulator_verify_against_their_own_keys() {
    for (name, emu) in emulators().all() {
        let tokens = tokens_of(emu);
        for (key, token_use) in [("IdToken", "id"), ("AccessToken", "access")] {
            let mut args = key_args(name, emu);
            args.extend(["--client-id".into(), emu.clients.plain.id.clone()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (run, json) = decode(tokens[key].as_str().unwrap(), &args);
            assert_eq!(run.code, 0, "{name} {key}: {}", run.stdout);
            assert_eq!(json["verification"]["status"], "valid", "{name} {key}");
            assert_eq!(json["claims"]["token_use"], token_use, "{name}");
            assert_eq!(json["header"]["alg"], "RS256", "{name}");
        }
    }
}

#[test]
fn a_changed_byte_is_invalid() {
    for (name, emu) in emulators().all() {
        let tokens = tokens_of(emu);
        let token = tokens["IdToken"].as_str().unwrap();
        // One character of the signature changed: still a readable JWT, no longer signed.
        let at = token.rfind('.').unwrap() + 10;
        let mut bytes = token.as_bytes().to_vec();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(bytes).unwrap();
        let args = key_args(name, emu);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (run, json) = decode(&changed, &args);
        assert_eq!(run.code, 3, "{name}: {}", run.stderr);
        assert_eq!(json["verification"]["status"], "invalid", "{name}");
        let reason = json["verification"]["reason"].as_str().unwrap();
        assert!(
            reason.contains("signature") || reason.contains("not a signed JWT"),
            "{name}: {reason}"
        );
    }
}

#[test]
fn a_token_from_another_pool_is_invalid() {
    for (name, emu) in emulators().all() {
        let run = login(emu, &emu.other_pool.client_id, &emu.other_pool.pool_id, &[]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let tokens: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        // Checked as a token of the first pool.
        let args = ["--endpoint", &emu.endpoint, "--pool-id", &emu.pool_id];
        let (run, json) = decode(tokens["IdToken"].as_str().unwrap(), &args);
        assert_eq!(run.code, 3, "{name}: {}", run.stdout);
        assert_eq!(json["verification"]["status"], "invalid", "{name}");
    }
}

#[test]
fn an_expired_token_is_invalid() {
    let jwks = json_server(TEST_JWKS);
    let iss = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";
    let expired = test_signed_token(
        serde_json::json!({"iss": iss, "token_use": "id", "aud": "c1", "exp": 1_600_000_000}),
    );
    let args = ["--endpoint", &jwks, "--pool-id", "eu-west-1_Test123"];
    let (run, json) = decode(&expired, &args);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        json["verification"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("expired at")
    );
    let fresh = test_signed_token(
        serde_json::json!({"iss": iss, "token_use": "id", "aud": "c1", "exp": 4_000_000_000u64}),
    );
    let (run, _) = decode(&fresh, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (run, json) = decode(
        &fresh,
        &[
            "--endpoint",
            &jwks,
            "--pool-id",
            "eu-west-1_Test123",
            "--client-id",
            "c2",
        ],
    );
    assert_eq!(run.code, 3);
    assert!(
        json["verification"]["reason"]
            .as_str()
            .unwrap()
            .contains("aud")
    );
}

#[test]
fn unreachable_keys_and_non_tokens_have_their_own_exit_codes() {
    let token = test_signed_token(
        serde_json::json!({"iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_X", "exp": 4_000_000_000u64}),
    );
    let closed = format!("http://127.0.0.1:{}", closed_port());
    let (run, json) = decode(&token, &["--endpoint", &closed]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert_eq!(json["verification"]["status"], "unchecked");
    assert!(
        json["claims"]["iss"].is_string(),
        "the claims are printed all the same"
    );

    let (run, json) = decode(&token, &["--no-verify"]);
    assert_eq!(run.code, 0);
    assert_eq!(json["verification"]["status"], "unchecked");

    let (run, _) = decode("not-a-token", &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a JWT"), "{}", run.stderr);
}

#[test]
fn output_presets_for_scripts() {
    let emu = emulators().moto;
    let client = &emu.clients.plain.id;
    let run = login(
        &emu,
        client,
        &emu.pool_id,
        &["--output", "bearer", "--token", "access"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run.stdout.strip_suffix('\n').unwrap();
    assert!(
        line.starts_with("Bearer eyJ") && !line.contains('\n'),
        "{line}"
    );
    let access = line.strip_prefix("Bearer ").unwrap();
    assert_eq!(support::claims(access)["token_use"], "access");

    let run = login(&emu, client, &emu.pool_id, &["--output", "env"]);
    let names: Vec<&str> = run
        .stdout
        .lines()
        .map(|l| l.split_once('=').unwrap().0)
        .collect();
    assert_eq!(names, ["ID_TOKEN", "ACCESS_TOKEN", "REFRESH_TOKEN"]);

    // The refresh token goes into a Postman file only when asked for.
    for (extra, expected) in [
        (None, ["id_token", "access_token", "token_expires_at"]),
        (
            Some("--include-refresh-token"),
            ["id_token", "access_token", "refresh_token"],
        ),
    ] {
        let mut args = vec!["--output", "postman-env"];
        args.extend(extra);
        let run = login(&emu, client, &emu.pool_id, &args);
        let env: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(env["_postman_variable_scope"], "environment");
        let keys: Vec<&str> = env["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["key"].as_str().unwrap())
            .collect();
        assert_eq!(&keys[..3], expected, "{extra:?}");
    }

    let run = login(
        &emu,
        client,
        &emu.pool_id,
        &["--output", "curl", "--url", "https://api.example.com/me"],
    );
    assert!(
        run.stdout.starts_with("curl -H 'Authorization: Bearer eyJ"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with(" 'https://api.example.com/me'\n"),
        "{}",
        run.stdout
    );

    let run = login(&emu, client, &emu.pool_id, &["--output", "curl"]);
    assert_eq!(
        run.code, 2,
        "curl without --url is refused before signing in"
    );
    assert!(run.stderr.contains("--url"));
}

#[test]
fn the_window_core_checks_tokens_on_every_emulator() {
    use cognito_login::signin::Phase;
    use cognito_login::workbench::Verdict;
    for (name, emu) in emulators().all() {
        // Sign-in, then the key fetch beside it.
        let (session, _runner) = core_session(emu);
        let Phase::SignedIn(signed) = session.phase() else {
            panic!("{name}: {:?}", session.phase())
        };
        assert_eq!(signed.checks.id, Some(Verdict::Valid), "{name}");
        assert_eq!(signed.checks.access, Some(Verdict::Valid), "{name}");
    }
}

/// Signs alice in through the window's core and waits for everything beside it.
fn core_session(
    emu: &Emulator,
) -> (
    cognito_login::signin::SignInSession,
    cognito_login::signin::BackgroundRunner,
) {
    use cognito_login::cognito::Password;
    use cognito_login::signin::{BackgroundRunner, Event, Flow, SignInForm, SignInSession, Target};
    let client = cognito_login::cognito::CognitoClient::new().unwrap();
    let mut runner = BackgroundRunner::new(std::sync::Arc::new(client)).unwrap();
    let mut session = SignInSession::default();
    let form = SignInForm {
        target: Target {
            endpoint: emu.endpoint.clone(),
            pool_id: emu.pool_id.clone(),
            client_id: emu.clients.plain.id.clone(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        password: Password::from(emu.password.as_str()),
        ..SignInForm::default()
    };
    runner.run(session.apply(Event::Submit(form)));
    drain(&mut session, &mut runner);
    (session, runner)
}

fn drain(
    session: &mut cognito_login::signin::SignInSession,
    runner: &mut cognito_login::signin::BackgroundRunner,
) {
    while let Some(event) = runner.wait() {
        runner.run(session.apply(event));
    }
}

#[test]
fn who_am_i_on_every_emulator() {
    use cognito_login::signin::{Event, Phase};
    for (name, emu) in emulators().all() {
        let (mut session, mut runner) = core_session(emu);
        runner.run(session.apply(Event::WhoAmI));
        drain(&mut session, &mut runner);
        let Phase::SignedIn(signed) = session.phase() else {
            panic!("{name}")
        };
        let user = signed.user.clone().unwrap().unwrap();
        assert_eq!(user.username, "alice", "{name}");
        assert!(
            user.user_attributes
                .iter()
                .any(|a| a.name == "email" && a.value == "alice@example.com"),
            "{name}: {user:?}"
        );
    }
}

#[test]
fn sign_out_revokes_the_refresh_token_ministack() {
    use cognito_login::signin::{Event, Notice, Phase};
    use secrecy::ExposeSecret;
    let emu = emulators().ministack;
    for event in [Event::SignOut, Event::SignOutEverywhere] {
        let (mut session, mut runner) = core_session(&emu);
        let Phase::SignedIn(signed) = session.phase() else {
            panic!("{:?}", session.phase())
        };
        let refresh = signed
            .tokens
            .refresh
            .as_ref()
            .unwrap()
            .expose_secret()
            .to_owned();
        runner.run(session.apply(event));
        drain(&mut session, &mut runner);
        let notice = session.take_notice().unwrap();
        assert!(
            matches!(&notice, Notice::Done(text) if text.starts_with("Signed out")),
            "{notice:?}"
        );
        // The old refresh token no longer works.
        let args = [
            "--endpoint",
            &emu.endpoint,
            "--client-id",
            &emu.clients.plain.id,
        ];
        let run = cli("refresh", &args, Some(&refresh), &[]);
        assert_eq!(run.code, 3, "{}", run.stderr);
    }
}
