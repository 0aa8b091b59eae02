//! The command line says what is wrong in the person's terms (issue 16, "Copy presets and the
//! command line"): the flag that is missing, nothing on stdout after a refused code, tokens
//! read as the app copies them, a refresh from `sign-in`'s JSON with an e-mail alias, and
//! hints that name the real cause of a refused secret or flow. Each refusal is tested against
//! the emulator that enforces it (docs: cognito-emulators.md): MiniStack with AUTH=true.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use headless::*;
use support::{TEST_JWKS, claims, emulators, json_server, test_signed_token, totp};

/// A hint names the variable the command line takes the client secret from.
fn says_where_the_secret_goes(run: &Run) {
    assert!(
        hints(run)
            .iter()
            .any(|h| h.contains("$COGNITO_CLIENT_SECRET")),
        "{}",
        run.stderr
    );
}

fn hints(run: &Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter_map(|l| l.strip_prefix("hint: "))
        .collect()
}

/// No emulator needed: the flags are refused before anything is read or sent.
#[test]
fn curl_without_url_names_url_and_not_the_secrets_rule() {
    let target = ["--region", "eu-west-1", "--client-id", "abc"].map(str::to_owned);
    let sign_in_args = with(
        target.to_vec(),
        &[
            "--username",
            "alice",
            "--output",
            "curl",
            "--password-stdin",
        ],
    );
    let refresh_args = with(target.to_vec(), &["--output", "curl"]);
    for (command, args, stdin) in [
        ("sign-in", sign_in_args, "pw"),
        ("refresh", refresh_args, "a-refresh-token"),
    ] {
        let run = cli(command, &args_of(&args), Some(stdin), &[]);
        assert_eq!(run.code, 2, "{command}: {}", run.stderr);
        assert_eq!(
            run.stderr.lines().next(),
            Some("error: invalid input: --output curl needs --url"),
            "{command}"
        );
        let hints = hints(&run);
        assert!(
            hints
                .first()
                .is_some_and(|h| h.starts_with("add --url URL")),
            "{command}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("secrets are never flags"),
            "{command}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{command}");
    }
}

#[test]
fn decode_reads_a_token_copied_as_bearer_or_as_the_header() {
    let jwks = json_server(TEST_JWKS);
    let iss = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";
    let token = test_signed_token(
        serde_json::json!({"iss": iss, "token_use": "id", "aud": "c1", "exp": 4_000_000_000u64}),
    );
    let verify = [
        "--endpoint",
        jwks.as_str(),
        "--pool-id",
        "eu-west-1_Test123",
    ];
    for pasted in [
        format!("Bearer {token}"),
        format!("Authorization: Bearer {token}"),
        format!("  authorization:bearer   {token}  "),
        format!("BEARER {token}"),
    ] {
        for args in [&verify[..], &["--no-verify"]] {
            let run = cli("decode", args, Some(&pasted), &[]);
            assert_eq!(run.code, 0, "{pasted:?} {args:?}: {}", run.stderr);
            let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            assert_eq!(json["claims"]["aud"], "c1", "{pasted:?}");
        }
    }
    // Only those prefixes: anything else in front is still not a JWT.
    let run = cli(
        "decode",
        &["--no-verify"],
        Some(&format!("Token {token}")),
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_refused_mfa_code_prints_no_challenge_on_stdout() {
    for (name, emu) in emulators().all() {
        let right = totp(&emu.mfa.totp_secret);
        let wrong = if right == "000000" {
            "111111"
        } else {
            "000000"
        };
        let args = with(
            as_user(emu, &emu.clients.plain.id, &emu.mfa.totp_user),
            &["--flow", "password", "--mfa-code", wrong],
        );
        let run = sign_in(&args_of(&args), Some(&emu.password), None);
        assert_eq!(run.code, 3, "{name}: {}", run.stderr);
        assert!(
            run.stderr.starts_with("error: CodeMismatchException"),
            "{name}: {}",
            run.stderr
        );
        assert_eq!(run.stdout, "", "{name}: stdout must be empty on an error");
    }
}

/// Only MiniStack (AUTH=true) checks a refresh's SECRET_HASH against the internal username, as
/// Cognito does; moto checks it against the alias typed at sign-in, cognito-local not at all.
#[test]
fn refresh_from_sign_in_json_uses_the_internal_username_of_an_e_mail_alias() {
    let emu = emulators().ministack;
    let pool = alias_pool(&emu);
    let secret = [("COGNITO_CLIENT_SECRET", pool.secret.as_str())];
    let login = [
        "--endpoint",
        &emu.endpoint,
        "--pool-id",
        &pool.pool_id,
        "--client-id",
        &pool.client_id,
        "--username",
        &pool.email,
        "--password-stdin",
    ];
    let run = cli("sign-in", &login, Some(&pool.password), &secret);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let signed_in: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let internal = claims(signed_in["IdToken"].as_str().unwrap())["cognito:username"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(internal, pool.email, "the pool must hide the internal name");

    let target = ["--endpoint", &emu.endpoint, "--client-id", &pool.client_id];
    // The JSON as `sign-in` printed it, piped whole: no username needed.
    let run = cli("refresh", &target, Some(&run.stdout), &secret);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let refreshed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        claims(refreshed["AccessToken"].as_str().unwrap())["username"],
        internal.as_str()
    );
    assert_eq!(refreshed["RefreshToken"], signed_in["RefreshToken"]);

    // The bare refresh token with the e-mail the person knows: refused, and the hint names
    // the internal username rather than only a wrong secret.
    let bare = signed_in["RefreshToken"].as_str().unwrap();
    let by_email = with(
        target.iter().map(|s| (*s).to_owned()).collect(),
        &["--username", &pool.email],
    );
    let run = cli("refresh", &args_of(&by_email), Some(bare), &secret);
    assert_refused(&run, "NotAuthorizedException", "cognito:username");
    assert!(
        hints(&run)
            .iter()
            .any(|h| h.contains(&pool.email) && h.contains("e-mail address")),
        "{}",
        run.stderr
    );
    // Told the internal name, the bare token refreshes too.
    let by_name = with(
        target.iter().map(|s| (*s).to_owned()).collect(),
        &["--username", &internal],
    );
    let run = cli("refresh", &args_of(&by_name), Some(bare), &secret);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A person pasting a refresh token at a terminal presses Enter, not Ctrl-D: the bare token
/// ends with its line, though JSON is read to its end.
#[test]
fn a_refresh_token_typed_at_a_terminal_is_read_at_enter() {
    let emu = emulators().ministack;
    let args = at_client(&emu, &emu.clients.plain.id);
    let (ok, screen) = in_terminal("refresh", &args, &["not-a-refresh-token"], &[]);
    assert!(!ok);
    assert!(screen.contains("error: NotAuthorizedException"), "{screen}");
}

/// MiniStack (AUTH=true) is the emulator that enforces ExplicitAuthFlows.
#[test]
fn password_flow_refused_without_a_pool_id_says_srp_needs_it() {
    let emu = emulators().ministack;
    let args = [
        "--endpoint",
        &emu.endpoint,
        "--client-id",
        &emu.clients.srp_only.id,
        "--username",
        "alice",
        "--flow",
        "password",
    ];
    let run = sign_in(&args, Some(&emu.password), None);
    assert_refused(&run, "InvalidParameterException", "needs the user pool ID");
    let first = hints(&run)[1];
    assert!(
        first.contains("--pool-id") && first.contains("ALLOW_USER_SRP_AUTH"),
        "{}",
        run.stderr
    );
    // Auto, without the pool ID, on a server that is not Amazon Cognito: SRP could not start,
    // and the way on that works for this client is the pool ID, not only --flow password.
    let auto = &args[..args.len() - 2];
    let run = sign_in(auto, Some(&emu.password), None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        hints(&run).iter().any(|h| h.contains("--pool-id")),
        "{}",
        run.stderr
    );
    // With the pool ID given, SRP was possible: the hint is not there.
    let with_pool = with(
        args.iter().map(|s| (*s).to_owned()).collect(),
        &["--pool-id", &emu.pool_id],
    );
    let run = sign_in(&args_of(&with_pool), Some(&emu.password), None);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        !run.stderr.contains("needs the user pool ID"),
        "{}",
        run.stderr
    );
}

/// MiniStack (AUTH=true) is the emulator that refuses a SECRET_HASH a client does not expect
/// and a missing one a client needs; moto and cognito-local ignore both on
/// USER_PASSWORD_AUTH.
#[test]
fn a_secret_for_a_client_without_one_and_a_missing_one_are_named() {
    let emu = emulators().ministack;
    // SRP (Auto with the pool ID) and the password flow are refused alike.
    for flow in ["auto", "password"] {
        let plain = with(
            as_user(&emu, &emu.clients.plain.id, "alice"),
            &["--flow", flow],
        );
        let run = sign_in(&args_of(&plain), Some(&emu.password), Some("notneeded123"));
        assert_refused(
            &run,
            "InvalidParameterException",
            "This app client has no client secret, but one was sent.",
        );
        says_where_the_secret_goes(&run);

        let secret = with(
            as_user(&emu, &emu.clients.secret.id, "alice"),
            &["--flow", flow],
        );
        let run = sign_in(&args_of(&secret), Some(&emu.password), None);
        assert_refused(
            &run,
            "NotAuthorizedException",
            "This app client has a client secret, and none was sent",
        );
        says_where_the_secret_goes(&run);
    }
}
