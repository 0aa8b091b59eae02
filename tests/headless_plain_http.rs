//! A sign-in to a local emulator over plain `http://` needs no TLS, so it neither reads nor
//! needs the system's CA certificates: it works on a machine without any (a slim container),
//! and does not spend its start-up parsing them (BENCHMARKS.md, "Headless sign-in on a busy
//! machine").

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use headless::*;
use support::{claims, emulators};

#[test]
fn plain_http_to_a_local_emulator_signs_in_without_ca_certificates() {
    let emu = emulators().ministack;
    assert!(
        emu.endpoint.starts_with("http://127.0.0.1:"),
        "{}",
        emu.endpoint
    );
    let no_certificates = tempfile::tempdir().unwrap();
    let nowhere = no_certificates.path().join("none.pem");
    let nowhere = nowhere.to_str().unwrap();
    let empty_dir = no_certificates.path().to_str().unwrap();
    let mut args = as_user(&emu, &emu.clients.plain.id, "alice");
    args.extend([
        "--flow".into(),
        "password".into(),
        "--password-stdin".into(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // rustls-native-certs reads these two in place of the system's store: here, nothing.
    let env = [("SSL_CERT_FILE", nowhere), ("SSL_CERT_DIR", empty_dir)];
    let run = cli("sign-in", &args, Some(&emu.password), &env);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let result: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let id = claims(result["IdToken"].as_str().unwrap());
    assert_eq!(id["cognito:username"], "alice", "{id}");
}
