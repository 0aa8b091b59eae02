//! `sign-in --device remember|forget|ignore` (issue 19) run as a script would, against
//! tests/support/device_server (no emulator implements devices): a Cognito on 127.0.0.1 that
//! asks for an SMS code unless a remembered device proves itself with device SRP against the
//! verifier ConfirmDevice gave it. The device is kept in the real Secret Service
//! (tests/keychain/with-secret-service.sh), as on a tester's computer. A refresh by `token`
//! carries the device's key, which the server requires of a tracked device's refresh token.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use cognito_login::cognito::{DeviceKey, DeviceOperation, ForgetDeviceRequest};
use headless::{Run, cli_in};
use support::device_server::client::{access_token, device_call, sign_in as wire_sign_in};
use support::device_server::{CLIENT_ID, DeviceServer, MFA_CODE, PASSWORD, POOL_ID, USERNAME};

/// A config folder and cache of the test's own, and a profile for the server in it.
struct Home {
    config: tempfile::TempDir,
    cache: tempfile::TempDir,
}

impl Home {
    fn new(server: &DeviceServer) -> Self {
        let home = Self {
            config: tempfile::tempdir().unwrap(),
            cache: tempfile::tempdir().unwrap(),
        };
        let file = home.config.path().join("profile.toml");
        let profile = format!(
            "version = 1\n\n[[profile]]\nname = \"devices\"\nuser_pool_id = \"{POOL_ID}\"\nclient_id = \"{CLIENT_ID}\"\nendpoint = \"{}\"\nusername = \"{USERNAME}\"\nflow = \"srp\"\n",
            server.endpoint
        );
        std::fs::write(&file, profile).unwrap();
        let run = home.run("profiles", &["import", file.to_str().unwrap()], None);
        assert_eq!(run.code, 0, "{}", run.stderr);
        home
    }

    fn run(&self, command: &str, args: &[&str], stdin: Option<&str>) -> Run {
        let cache = self.cache.path().to_str().unwrap();
        cli_in(
            self.config.path(),
            command,
            args,
            stdin,
            &[("XDG_CACHE_HOME", cache)],
        )
    }

    /// `sign-in --profile devices --device WHAT`, with the SMS code when given.
    fn sign_in(&self, device: &str, code: Option<&str>, more: &[&str]) -> Run {
        let mut args = vec![
            "--profile",
            "devices",
            "--password-stdin",
            "--device",
            device,
        ];
        if let Some(code) = code {
            args.extend(["--mfa-code", code]);
        }
        args.extend(more);
        self.run("sign-in", &args, Some(PASSWORD))
    }
}

/// The challenges the server asked for in its sign-ins, in order.
fn challenges(server: &DeviceServer) -> Vec<String> {
    (server.bodies("RespondToAuthChallenge").iter())
        .map(|b| b["ChallengeName"].as_str().unwrap().to_owned())
        .collect()
}

/// A server and a home whose first sign-in (with the SMS code) confirmed and remembered this
/// computer, `more` flags added to it; None when there is no Secret Service (outside CI).
fn remembered(more: &[&str]) -> Option<(DeviceServer, Home)> {
    support::secret_service("headless_devices")?;
    let server = DeviceServer::start();
    let home = Home::new(&server);
    let first = home.sign_in("remember", Some(MFA_CODE), more);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains("remembered now"), "{}", first.stderr);
    Some((server, home))
}

fn kept_key(server: &DeviceServer) -> String {
    let confirmed = server.bodies("ConfirmDevice");
    confirmed.last().unwrap()["DeviceKey"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_remembered_computer_skips_mfa_until_it_is_forgotten() {
    // The first sign-in answers MFA; the new device is confirmed and remembered.
    let Some((server, home)) = remembered(&[]) else {
        return;
    };
    let key = kept_key(&server);
    assert_eq!(
        server.device(&key).unwrap().status.as_deref(),
        Some("remembered")
    );
    // The second proves the device instead: no code was given, and none was asked.
    let second = home.sign_in("remember", None, &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        second.stderr.contains("Cognito skipped MFA"),
        "{}",
        second.stderr
    );
    assert!(challenges(&server).ends_with(&[
        "PASSWORD_VERIFIER".into(),
        "DEVICE_SRP_AUTH".into(),
        "DEVICE_PASSWORD_VERIFIER".into()
    ]));
    // `ignore` sends no device: the code is asked for, and a script without one stops there.
    let ignored = home.sign_in("ignore", None, &[]);
    assert_eq!(ignored.code, 5, "{}", ignored.stderr);
    // `forget` forgets it with Cognito and here.
    let forgot = home.sign_in("forget", Some(MFA_CODE), &[]);
    assert_eq!(forgot.code, 0, "{}", forgot.stderr);
    assert!(forgot.stderr.contains("forgotten"), "{}", forgot.stderr);
    assert_eq!(
        server.bodies("ForgetDevice").last().unwrap()["DeviceKey"],
        key
    );
    let again = home.sign_in("remember", None, &[]);
    assert_eq!(
        again.code, 5,
        "a forgotten computer is asked for the code: {}",
        again.stderr
    );
}

#[test]
fn a_device_cognito_forgot_is_forgotten_here_and_a_new_one_remembered() {
    let Some((server, home)) = remembered(&[]) else {
        return;
    };
    let old = kept_key(&server);
    // Someone forgets it elsewhere (another computer's "This user's devices").
    let (tokens, _) = wire_sign_in(&server, PASSWORD, None).unwrap();
    let forget = ForgetDeviceRequest {
        access_token: access_token(&tokens),
        device_key: DeviceKey::parse(&old).unwrap(),
    };
    device_call(&server, DeviceOperation::Forget(forget)).unwrap();
    let next = home.sign_in("remember", Some(MFA_CODE), &[]);
    assert_eq!(next.code, 0, "{}", next.stderr);
    let sent: Vec<Option<String>> = (server.bodies("InitiateAuth").iter().rev().take(2))
        .map(|b| {
            b["AuthParameters"]["DEVICE_KEY"]
                .as_str()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        sent,
        [None, Some(old.clone())],
        "retried without the unknown device"
    );
    let new = kept_key(&server);
    assert_ne!(new, old);
    let proven = home.sign_in("remember", None, &[]);
    assert_eq!(
        proven.code, 0,
        "the new device is the one kept: {}",
        proven.stderr
    );
}

#[test]
fn a_refresh_by_token_carries_the_remembered_devices_key() {
    let Some((server, home)) = remembered(&["--remember"]) else {
        return;
    };
    let key = kept_key(&server);
    // No cached token lasts two hours: `token` refreshes with the kept refresh token.
    let token = home.run(
        "token",
        &["--profile", "devices", "--min-valid", "7200"],
        None,
    );
    assert_eq!(token.code, 0, "{}", token.stderr);
    let refreshes: Vec<serde_json::Value> = (server.requests().into_iter())
        .filter(|(op, body)| {
            op == "GetTokensFromRefreshToken"
                || (op == "InitiateAuth" && body["AuthFlow"] == "REFRESH_TOKEN_AUTH")
        })
        .map(|(_, body)| body)
        .collect();
    let last = refreshes.last().expect("a refresh");
    let sent = last["AuthParameters"]["DEVICE_KEY"]
        .as_str()
        .or(last["DeviceKey"].as_str());
    assert_eq!(sent, Some(key.as_str()), "{last}");
}
