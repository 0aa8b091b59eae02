//! Managed login and client credentials headless, as a script runs them (issue 17): the real
//! binary, its real loopback listener, MiniStack (the reference) and cognito-local (the second
//! opinion for code + PKCE). The test plays the browser: it reads the address the app prints
//! with --no-browser, signs in on the emulator's login form, and delivers the redirect to the
//! app's listener.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use cognito_login::cognito::Url;
use headless::cli;
use support::browser::{deliver, sign_in_in_browser};
use support::{Emulator, claims, emulators};

/// `sign-in --browser --no-browser` at `callback`, started and waiting for the browser.
fn start_browser_sign_in(emu: &Emulator, client: &str, callback: &str, extra: &[&str]) -> Child {
    let oauth = emu.oauth.as_ref().unwrap();
    let config = tempfile::tempdir().unwrap();
    let mut args = vec![
        "sign-in",
        "--browser",
        "--no-browser",
        "--endpoint",
        &emu.endpoint,
        "--pool-id",
        &emu.pool_id,
        "--client-id",
        client,
        "--domain",
        &oauth.domain,
        "--callback",
        callback,
    ];
    args.extend(extra);
    Command::new(env!("CARGO_BIN_EXE_cognito-login"))
        .args(&args)
        .env("XDG_CONFIG_HOME", config.keep())
        .env_remove("COGNITO_CLIENT_SECRET")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads stderr up to the address the app printed on a line of its own; returns the address
/// and everything read so far.
fn printed_address(child: &mut Child) -> (String, BufReader<std::process::ChildStderr>, String) {
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "no address: {said}"
        );
        said.push_str(&line);
        if line.starts_with("http") {
            return (line.trim().to_owned(), stderr, said);
        }
    }
}

struct Ended {
    code: i32,
    stdout: String,
    stderr: String,
}

fn finish(child: Child, mut stderr: BufReader<std::process::ChildStderr>, said: String) -> Ended {
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    Ended {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: said + &rest,
    }
}

fn query(url: &str, key: &str) -> String {
    Url::parse(url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// `sign-in --browser` on `emu` up to the app's exit, the test playing the browser.
fn browser_round_trip(name: &str, emu: &Emulator, callback: &str) -> (Ended, String) {
    let oauth = emu.oauth.as_ref().unwrap();
    let mut child = start_browser_sign_in(emu, &oauth.browser_client.id, callback, &[]);
    let (address, stderr, said) = printed_address(&mut child);
    assert!(
        said.contains("Open this address in a browser"),
        "{name}: {said}"
    );
    assert_eq!(query(&address, "code_challenge_method"), "S256", "{name}");
    let location = sign_in_in_browser(&address, &oauth.user, &oauth.password).unwrap();
    assert!(location.starts_with(callback), "{name}: {location}");
    let (status, page) = deliver(&location);
    assert_eq!(status, 200, "{name}: {page}");
    assert!(page.contains("go back to Cognito Login"), "{name}: {page}");
    (finish(child, stderr, said), address)
}

#[test]
fn a_browser_sign_in_prints_the_tokens_with_the_nonce_sent() {
    let emu = emulators().ministack;
    let callback = emu.oauth.as_ref().unwrap().callbacks[0].clone();
    let (run, address) = browser_round_trip("ministack", &emu, &callback);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("note: The ID token carries this sign-in's nonce.")
    );
    assert!(
        run.stderr.contains("signed in with managed login"),
        "{}",
        run.stderr
    );
    let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let id = claims(result["IdToken"].as_str().unwrap());
    assert_eq!(id["nonce"], query(&address, "nonce"), "{id}");
    assert!(result["AccessToken"].is_string());
    assert!(result["RefreshToken"].is_string());
}

/// cognito-local does code + PKCE, but its ID token leaves out the nonce the app sent
/// (next-wave.md; its login form does not carry it). OpenID Connect Core §3.1.3.7 says such a
/// token must be refused, and so it is: a real server showing the check works.
#[test]
fn an_id_token_without_the_nonce_sent_is_refused_on_cognito_local() {
    let emu = emulators().cognito_local;
    let callback = emu.oauth.as_ref().unwrap().callbacks[1].clone();
    let (run, _) = browser_round_trip("cognito-local", &emu, &callback);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: invalid_nonce"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "no token printed: {}", run.stdout);
}

#[test]
fn a_refusal_in_the_browser_is_exit_3_with_what_to_do() {
    let emu = emulators().ministack;
    let oauth = emu.oauth.as_ref().unwrap();
    let callback = &oauth.callbacks[2];
    let mut child = start_browser_sign_in(&emu, &oauth.browser_client.id, callback, &[]);
    let (address, stderr, said) = printed_address(&mut child);
    let state = query(&address, "state");
    let (status, _) = deliver(&format!(
        "{callback}?error=access_denied&error_description=User+cancelled&state={state}"
    ));
    assert_eq!(status, 200);
    let run = finish(child, stderr, said);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("error: browser:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("refused or cancelled in the browser"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn a_busy_callback_port_is_exit_4_before_any_browser() {
    let emu = emulators().ministack;
    let oauth = emu.oauth.as_ref().unwrap();
    let callback = &oauth.callbacks[3];
    let port = Url::parse(callback).unwrap().port().unwrap();
    let _taken = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    let child = start_browser_sign_in(&emu, &oauth.browser_client.id, callback, &[]);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains(&format!("Port {port}")), "{stderr}");
    assert!(
        !stderr.contains("/oauth2/authorize"),
        "no address before the port is held: {stderr}"
    );
}

#[test]
fn a_public_client_with_a_secret_sent_is_explained() {
    // The browser client has no secret; a secret given anyway is refused by the token endpoint.
    let emu = emulators().ministack;
    let oauth = emu.oauth.as_ref().unwrap();
    let callback = &oauth.callbacks[4];
    let mut child = start_browser_sign_in(&emu, &oauth.browser_secret_client.id, callback, &[]);
    let (address, stderr, said) = printed_address(&mut child);
    let location = sign_in_in_browser(&address, &oauth.user, &oauth.password).unwrap();
    deliver(&location);
    let run = finish(child, stderr, said);
    // The secret client needs its secret at the token endpoint: none was given.
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: invalid_client"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("secret"), "{}", run.stderr);
}

/// `client-token` at MiniStack's domain with `args`, the secret (if any) in the environment.
fn client_token(args: &[&str], secret: Option<&str>) -> headless::Run {
    let emu = emulators().ministack;
    let oauth = emu.oauth.as_ref().unwrap();
    let mut all = vec![
        "--endpoint",
        &emu.endpoint,
        "--pool-id",
        &emu.pool_id,
        "--domain",
        &oauth.domain,
    ];
    all.extend(args);
    let env: Vec<(&str, &str)> = secret
        .map(|s| ("COGNITO_CLIENT_SECRET", s))
        .into_iter()
        .collect();
    cli("client-token", &all, None, &env)
}

#[test]
fn client_token_prints_an_access_token_with_the_scope() {
    let machine = emulators().ministack.oauth.unwrap().machine_client.unwrap();
    let scope = machine.scopes[0].as_str();
    let id = machine.id.as_str();
    let args = [
        "--client-id",
        id,
        "--scope",
        scope,
        "--output",
        "access-token",
    ];
    let run = client_token(&args, Some(&machine.secret));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let access = claims(run.stdout.trim());
    assert_eq!(access["token_use"], "access");
    assert_eq!(access["client_id"], id);
    assert!(access["scope"].as_str().unwrap().contains(scope));
    assert!(
        run.stderr.contains("signed in with client credentials"),
        "{}",
        run.stderr
    );

    // A scope the resource server does not have.
    let run = client_token(
        &["--client-id", id, "--scope", "cognito-login-tests/write"],
        Some(&machine.secret),
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: invalid_scope"),
        "{}",
        run.stderr
    );

    // The issue's own command: the domain alone says where (no region, endpoint or pool).
    let oauth = emulators().ministack.oauth.unwrap();
    let args = [
        "--domain",
        &oauth.domain,
        "--client-id",
        id,
        "--scope",
        scope,
    ];
    let run = cli(
        "client-token",
        &args,
        None,
        &[("COGNITO_CLIENT_SECRET", &machine.secret)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    // Without the secret nothing is sent: client credentials are the client's own sign-in.
    let run = client_token(&["--client-id", id, "--scope", scope], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("client secret"), "{}", run.stderr);
}

#[test]
fn client_token_for_a_client_without_a_secret_is_refused_with_why() {
    let oauth = emulators().ministack.oauth.unwrap();
    let public = oauth.public_machine_client.unwrap();
    let scope = oauth.machine_client.unwrap().scopes[0].clone();
    // Some secret must be given to try at all; it is not this client's.
    let run = client_token(
        &["--client-id", &public.id, "--scope", &scope],
        Some("not-its-secret"),
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: invalid_"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}
