//! Runs the `cognito-login` binary as a script would, for the headless tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::Emulator;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The arguments as `cli` and `sign_in` take them.
pub fn args_of(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// `base` with `extra` after it.
pub fn with(mut base: Vec<String>, extra: &[&str]) -> Vec<String> {
    base.extend(extra.iter().map(|s| (*s).to_owned()));
    base
}

pub fn sign_in(args: &[&str], password: Option<&str>, client_secret: Option<&str>) -> Run {
    let mut args: Vec<&str> = args.to_vec();
    if password.is_some() {
        args.push("--password-stdin");
    }
    let mut env = Vec::new();
    if let Some(secret) = client_secret {
        env.push(("COGNITO_CLIENT_SECRET", secret));
    }
    cli("sign-in", &args, password, &env)
}

/// Runs `cognito-login <command> <args>` with `stdin` as its first input line and only the
/// given secrets in its environment.
pub fn cli(command: &str, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Run {
    let config = tempfile::tempdir().unwrap();
    let run = cli_in(config.path(), command, args, stdin, env);
    // Scripts must never leave settings behind.
    assert!(
        !config.path().join("cognito-login").exists(),
        "{command} wrote settings"
    );
    run
}

/// Like `cli`, with `config` as the config folder ($XDG_CONFIG_HOME), kept between runs.
pub fn cli_in(
    config: &std::path::Path,
    command: &str,
    args: &[&str],
    stdin: Option<&str>,
    env: &[(&str, &str)],
) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cognito-login"));
    cmd.arg(command)
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("COGNITO_PASSWORD")
        .env_remove("COGNITO_CLIENT_SECRET")
        .env_remove("COGNITO_NEW_PASSWORD")
        // A proxy in the developer's or CI's environment must not carry test traffic;
        // the proxy tests set their own.
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(line) = stdin {
            // A run that ends before reading stdin (refused at once, exit 2) closes the
            // pipe: that is its answer, not the test's failure.
            if let Err(e) = writeln!(pipe, "{line}") {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
            }
        }
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Where a refresh goes: `emu`'s endpoint and the app client `client`.
pub fn at_client(emu: &Emulator, client: &str) -> Vec<String> {
    vec![
        "--endpoint".into(),
        emu.endpoint.clone(),
        "--client-id".into(),
        client.into(),
    ]
}

pub fn as_user(emu: &Emulator, client: &str, username: &str) -> Vec<String> {
    vec![
        "--endpoint".into(),
        emu.endpoint.clone(),
        "--pool-id".into(),
        emu.pool_id.clone(),
        "--client-id".into(),
        client.into(),
        "--username".into(),
        username.into(),
    ]
}

/// The flow that signs in on `emu` from the command line: Auto where its SRP is Cognito's
/// (MiniStack), else `--flow password`, since Auto does not send the password itself to a
/// server that is not Amazon Cognito unless told to (moto only imitates SRP, cognito-local
/// has none).
pub fn flow_for(emu: &Emulator) -> Vec<String> {
    if emu.endpoint == crate::support::emulators().ministack.endpoint {
        Vec::new()
    } else {
        vec!["--flow".into(), "password".into()]
    }
}

pub fn run_as(emu: &Emulator, client: &str, username: &str, password: &str) -> Run {
    let mut args = as_user(emu, client, username);
    args.extend(flow_for(emu));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sign_in(&args, Some(password), None)
}

pub fn assert_refused(run: &Run, code: &str, hint_words: &str) {
    assert_eq!(run.code, 3, "stderr: {}", run.stderr);
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("error: {code}: ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .lines()
            .skip(1)
            .any(|l| l.starts_with("hint: ") && l.contains(hint_words)),
        "no hint with {hint_words:?}: {}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

/// Runs `cognito-login sign-in <args>` in a terminal (`script`, from util-linux), typing
/// `typed` line by line, with `env` added; returns whether it succeeded and the screen.
pub fn sign_in_in_terminal(
    args: &[String],
    typed: &[&str],
    env: &[(&str, &str)],
) -> (bool, String) {
    in_terminal("sign-in", args, typed, env)
}

/// Runs `cognito-login <command> <args>` in a terminal, typing `typed` line by line and never
/// closing the keyboard (no Ctrl-D) while it runs; returns whether it succeeded and the screen.
pub fn in_terminal(
    command: &str,
    args: &[String],
    typed: &[&str],
    env: &[(&str, &str)],
) -> (bool, String) {
    use std::io::Read;
    let command = format!(
        "{} {command} {}",
        env!("CARGO_BIN_EXE_cognito-login"),
        args.join(" ")
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("COGNITO_PASSWORD")
        .env_remove("COGNITO_CLIENT_SECRET")
        .envs(env.iter().copied())
        .env("XDG_CONFIG_HOME", tempfile::tempdir().unwrap().path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut keyboard = child.stdin.take().unwrap();
    for line in typed {
        writeln!(keyboard, "{line}").unwrap();
    }
    // The terminal stays open until the command has read the lines and finished.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "no exit within 20 s");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    drop(keyboard);
    let mut screen = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut screen)
        .unwrap();
    (status.success(), screen)
}

/// alice signs in with the password flow at `target` (where, and how to get there) through the
/// app client "abc", with `password` on stdin, printing what `output` names.
pub fn alice_signs_in(
    target: &[&str],
    timeout: &str,
    output: &str,
    password: &str,
    env: &[(&str, &str)],
) -> Run {
    let mut args = target.to_vec();
    args.extend([
        "--client-id",
        "abc",
        "--username",
        "alice",
        "--flow",
        "password",
        "--timeout",
        timeout,
        "--output",
        output,
        "--password-stdin",
    ]);
    cli("sign-in", &args, Some(password), env)
}

/// A pool on `emu` whose users sign in with their e-mail address (`UsernameAttributes`), so
/// the internal username (`cognito:username`) is a UUID nobody types, with an app client that
/// has a secret, and one user signed up under `email`.
#[derive(Debug, serde::Deserialize)]
pub struct AliasPool {
    pub pool_id: String,
    pub client_id: String,
    pub secret: String,
    pub email: String,
    pub password: String,
}

/// Creates an `AliasPool` on `emu` with boto3 from the emulators' own Python (.tools/venv,
/// which tests/emulators/serve.py runs from), as serve.py seeds the shared pools.
pub fn alias_pool(emu: &Emulator) -> AliasPool {
    const SEED: &str = r#"
import json, os, boto3
from botocore.config import Config
idp = boto3.client("cognito-idp", endpoint_url=os.environ["ENDPOINT"], region_name=os.environ["REGION"],
                   aws_access_key_id="test", aws_secret_access_key="test",
                   config=Config(retries={"max_attempts": 1}))
pool = idp.create_user_pool(PoolName="cognito-login-e-mail-usernames",
                            UsernameAttributes=["email"])["UserPool"]["Id"]
client = idp.create_user_pool_client(
    UserPoolId=pool, ClientName="secret", GenerateSecret=True,
    ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
)["UserPoolClient"]
email, password = "bob@example.com", "Passw0rd!Good"
idp.admin_create_user(UserPoolId=pool, Username=email, TemporaryPassword="Temp0rary!Pass",
                      MessageAction="SUPPRESS", UserAttributes=[{"Name": "email", "Value": email}])
idp.admin_set_user_password(UserPoolId=pool, Username=email, Password=password, Permanent=True)
print(json.dumps({"pool_id": pool, "client_id": client["ClientId"], "secret": client["ClientSecret"],
                  "email": email, "password": password}))
"#;
    let python = concat!(env!("CARGO_MANIFEST_DIR"), "/.tools/venv/bin/python");
    let out = Command::new(python)
        .args(["-c", SEED])
        .env("ENDPOINT", &emu.endpoint)
        .env("REGION", &emu.region)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e} (tests/emulators/install.sh installs it)"));
    assert!(
        out.status.success(),
        "seeding the e-mail pool: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
