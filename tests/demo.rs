//! `bash tests/demo.sh`, headless (`--no-window`): it starts MiniStack with the demo pool on a
//! port of its own, prints who can sign in, and every demo user signs in as printed, through
//! the profile it imported. Closing its standard input stops it, and MiniStack with it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Users {
    password: String,
    mfa: String,
    new_password: String,
}

/// What the demo writes with `--details FILE`.
#[derive(Debug, Deserialize)]
struct Demo {
    endpoint: String,
    profile: String,
    client_secret: String,
    password: String,
    temporary_password: String,
    users: Users,
    totp_secret: String,
    config_home: std::path::PathBuf,
}

struct Running {
    child: Child,
    lines: Receiver<String>,
    printed: Vec<String>,
}

impl Running {
    fn start(details: &std::path::Path) -> Self {
        let mut child = Command::new("bash")
            .arg("tests/demo.sh")
            .arg("--no-window")
            .arg("--details")
            .arg(details)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("COGNITO_LOGIN_BIN", env!("CARGO_BIN_EXE_cognito-login"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            lines,
            printed: Vec::new(),
        }
    }

    /// Reads what the demo prints until a line starting with `start`.
    fn read_until(&mut self, start: &str, within: Duration) {
        let deadline = Instant::now() + within;
        while !self.printed.iter().any(|l| l.starts_with(start)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.printed.push(line),
                Err(e) => panic!(
                    "no \"{start}\" from the demo ({e}); it printed {:#?}",
                    self.printed
                ),
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // Closing stdin ends the demo; killing bash alone would leave MiniStack running.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn sign_in(
    demo: &Demo,
    username: &str,
    password: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> headless::Run {
    let mut args = vec![
        "--profile",
        &demo.profile,
        "--username",
        username,
        "--password-stdin",
    ];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--output", "id-token"]);
    let mut env = env.to_vec();
    env.push(("COGNITO_CLIENT_SECRET", &demo.client_secret));
    headless::cli_in(&demo.config_home, "sign-in", &args, Some(password), &env)
}

fn assert_signed_in(run: &headless::Run, who: &str) {
    assert_eq!(run.code, 0, "{who}: {}", run.stderr);
    assert_eq!(
        run.stdout.trim().split('.').count(),
        3,
        "{who}: {}",
        run.stdout
    );
}

#[test]
fn the_demo_starts_and_every_demo_user_signs_in_as_printed() {
    let folder = tempfile::tempdir().unwrap();
    let details = folder.path().join("demo.json");
    let mut running = Running::start(&details);
    running.read_until("Ready.", Duration::from_secs(180));
    let demo: Demo = serde_json::from_slice(&std::fs::read(&details).unwrap()).unwrap();

    // The terminal says who can sign in, with which password.
    let printed = running.printed.join("\n");
    for shown in [
        &demo.users.password,
        &demo.users.mfa,
        &demo.users.new_password,
        &demo.password,
        &demo.temporary_password,
        &demo.profile,
    ] {
        assert!(printed.contains(shown.as_str()), "{shown} not in {printed}");
    }

    let run = sign_in(&demo, &demo.users.password, &demo.password, &[], &[]);
    assert_signed_in(&run, "the password user");

    let code = support::totp(&demo.totp_secret);
    let run = sign_in(
        &demo,
        &demo.users.mfa,
        &demo.password,
        &["--mfa-code", &code],
        &[],
    );
    assert_signed_in(&run, "the MFA user");

    let new_password = [("COGNITO_NEW_PASSWORD", "Demo-Passw0rd-New")];
    let run = sign_in(
        &demo,
        &demo.users.new_password,
        &demo.temporary_password,
        &[],
        &new_password,
    );
    assert_signed_in(&run, "the user who must choose a new password");

    // The app client has a secret, and MiniStack checks it: no secret, no tokens.
    let args = ["--profile", &demo.profile, "--password-stdin"];
    let run = headless::cli_in(
        &demo.config_home,
        "sign-in",
        &args,
        Some(&demo.password),
        &[],
    );
    assert_eq!(run.code, 3, "{}", run.stderr);

    // Closing the demo stops MiniStack.
    drop(running.child.stdin.take());
    running.read_until("The demo stopped", Duration::from_secs(30));
    let status = running.child.wait().unwrap();
    assert!(status.success(), "{status}");
    let address = demo.endpoint.trim_start_matches("http://");
    assert!(
        TcpStream::connect(address).is_err(),
        "MiniStack still answers at {address}"
    );
    assert!(
        !demo.config_home.exists(),
        "the demo left its settings behind"
    );
}
