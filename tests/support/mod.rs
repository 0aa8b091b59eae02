//! Shared by the integration tests: where the emulators are (started by tests/run-all.sh
//! through tests/emulators/serve.py) and how to read a JWT's claims.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use base64::Engine as _;
use serde::Deserialize;

pub mod browser;
pub mod device_server;
pub mod self_service;

#[derive(Debug, Clone, Deserialize)]
pub struct Client {
    pub id: String,
    pub secret: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Clients {
    pub plain: Client,
    pub secret: Client,
    pub srp_only: Client,
    pub password_only: Client,
}

/// A second moto pool that requires MFA, for MFA_SETUP.
#[derive(Debug, Clone, Deserialize)]
pub struct SetupPool {
    pub pool_id: String,
    pub client_id: String,
    pub user: String,
    /// A second user for the headless mode's own test (each sign-in changes the password).
    pub headless_user: String,
}

/// Users with MFA, as tests/emulators/serve.py set them up.
#[derive(Debug, Clone, Deserialize)]
pub struct Mfa {
    pub totp_user: String,
    pub totp_secret: String,
    pub select_user: Option<String>,
    pub select_secret: Option<String>,
    pub sms_user: Option<String>,
    pub setup: Option<SetupPool>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Emulator {
    pub endpoint: String,
    pub region: String,
    pub pool_id: String,
    pub clients: Clients,
    pub password: String,
    pub temporary_password: String,
    pub mfa: Mfa,
    pub other_pool: OtherPool,
    /// Managed login: MiniStack and cognito-local only (moto has no OAuth endpoints).
    pub oauth: Option<OAuth>,
    /// An identity pool trusting the plain client: MiniStack and moto only.
    pub identity: Option<Identity>,
    /// The codes the emulator "sends": MiniStack and cognito-local only (moto checks none).
    pub codes: Option<Codes>,
}

/// Fixed one-time codes (tests/emulators/serve.py, `CODES`; next-wave.md §1).
#[derive(Debug, Clone, Deserialize)]
pub struct Codes {
    pub sign_up: String,
    pub forgot_password: String,
    /// For GetUserAttributeVerificationCode: cognito-local only.
    pub attribute: Option<String>,
    /// Where the emulator lists the messages it "sent" (MiniStack's SES log).
    pub mail_log: Option<String>,
}

/// An identity pool's seeding (tests/emulators/serve.py, `seed_identity_pool`).
#[derive(Debug, Clone, Deserialize)]
pub struct Identity {
    pub pool_id: String,
    /// The `Logins` key that names the user pool.
    pub provider: String,
}

/// Managed login's seeding (tests/emulators/serve.py, `seed_oauth`).
#[derive(Debug, Clone, Deserialize)]
pub struct OAuth {
    /// The emulator's address: it serves the user pool domain's endpoints itself.
    pub domain: String,
    /// `http://localhost:PORT/callback`, registered on every OAuth client; ports free at seeding.
    pub callbacks: Vec<String>,
    pub logout_url: String,
    pub browser_client: Client,
    pub browser_secret_client: Client,
    /// Client credentials with `scopes`: MiniStack only.
    pub machine_client: Option<MachineClient>,
    /// client_credentials without a secret: must be refused.
    pub public_machine_client: Option<Client>,
    pub user: String,
    pub password: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MachineClient {
    pub id: String,
    pub secret: String,
    pub scopes: Vec<String>,
}

/// A second pool whose tokens must not pass as the first pool's.
#[derive(Debug, Clone, Deserialize)]
pub struct OtherPool {
    pub pool_id: String,
    pub client_id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Emulators {
    pub moto: Emulator,
    pub ministack: Emulator,
    #[serde(rename = "cognito-local")]
    pub cognito_local: Emulator,
}

impl Emulators {
    pub fn all(&self) -> [(&'static str, &Emulator); 3] {
        [
            ("moto", &self.moto),
            ("ministack", &self.ministack),
            ("cognito-local", &self.cognito_local),
        ]
    }
}

/// The running emulators. Without them these tests cannot mean anything, so a missing file
/// is a failure with directions, never a skip.
pub fn emulators() -> Emulators {
    let path = std::env::var("COGNITO_LOGIN_EMULATORS").unwrap_or_else(|_| {
        panic!("COGNITO_LOGIN_EMULATORS is not set: run the tests with `bash tests/run-all.sh`, which starts the emulators")
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

/// The claims of a JWT, unverified (verification is the token workbench's job).
pub fn claims(jwt: &str) -> serde_json::Value {
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3, "not a JWT: {jwt}");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(parts[1].trim_end_matches('='))
        .expect("JWT payload is base64url");
    serde_json::from_slice(&bytes).expect("JWT payload is JSON")
}

/// A loopback port with nothing listening on it.
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    port
}

/// A server on a free loopback port that reads one whole request (up to its Content-Length),
/// answers it with `status`, `content_type` and `body`, and hands back the request it read.
pub fn one_shot_server(
    status: &'static str,
    content_type: &'static str,
    body: &'static str,
) -> (String, std::thread::JoinHandle<String>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        let mut request = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = stream.read(&mut buf).expect("read");
            request.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&request);
            let complete = text.split_once("\r\n\r\n").is_some_and(|(head, rest)| {
                let length = head
                    .lines()
                    .find_map(|l| {
                        l.to_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse::<usize>().expect("length"))
                    })
                    .unwrap_or(0);
                rest.len() >= length
            });
            if complete || n == 0 {
                break;
            }
        }
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("write");
        String::from_utf8(request).expect("UTF-8 request")
    });
    (endpoint, server)
}

/// The current RFC 6238 code for a base32 secret (HMAC-SHA1, 30 s, 6 digits), as an
/// authenticator app shows it. Waits out the last seconds of a step, because moto accepts
/// only the current one.
pub fn totp(secret: &str) -> String {
    let now = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64()
    };
    if 30.0 - now() % 30.0 < 3.0 {
        std::thread::sleep(std::time::Duration::from_secs(3));
    }
    totp_at(secret, now() as u64)
}

pub fn totp_at(secret: &str, unix_secs: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut value, mut key) = (0u32, 0u64, Vec::new());
    for c in secret.trim_end_matches('=').bytes() {
        let index = ALPHABET
            .iter()
            .position(|a| *a == c.to_ascii_uppercase())
            .expect("base32");
        value = (value << 5) | index as u64;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            key.push((value >> bits) as u8);
            value &= (1 << bits) - 1;
        }
    }
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &key);
    let digest = ring::hmac::sign(&key, &(unix_secs / 30).to_be_bytes());
    let digest = digest.as_ref();
    let offset = usize::from(digest[19] & 15);
    let number = u32::from_be_bytes(digest[offset..offset + 4].try_into().unwrap()) & 0x7FFF_FFFF;
    format!("{:06}", number % 1_000_000)
}

#[test]
fn totp_matches_rfc_6238() {
    // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", last six digits.
    let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assert_eq!(totp_at(secret, 59), "287082");
    assert_eq!(totp_at(secret, 1_111_111_109), "081804");
}

/// A small runtime for tests that call the HTTP client directly.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A server on a free loopback port that answers every request with `body` as JSON, until
/// the test ends (for a JWKS that must be fetched).
pub fn json_server(body: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    endpoint
}

/// A token signed with the throwaway test key in tests/data (its JWKS: test-jwks.json).
pub fn test_signed_token(claims: serde_json::Value) -> String {
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some("test-key".into());
    let key = jsonwebtoken::EncodingKey::from_rsa_der(include_bytes!("../data/test-rsa-key.der"));
    jsonwebtoken::encode(&header, &claims, &key).unwrap()
}

pub const TEST_JWKS: &str = include_str!("../data/test-jwks.json");

/// Every file under `root` (recursively), with its contents.
pub fn files_under(root: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                found.push((path, bytes));
            }
        }
    }
    found
}

/// The real Secret Service's private home (tests/keychain/with-secret-service.sh sets
/// COGNITO_LOGIN_TEST_SECRET_SERVICE), or `None` after saying why, for `test` to skip: outside
/// CI only. Under CI an unreachable Secret Service is a broken setup, so it fails instead.
pub fn secret_service(test: &str) -> Option<std::path::PathBuf> {
    if let Some(home) = std::env::var_os("COGNITO_LOGIN_TEST_SECRET_SERVICE") {
        let home = std::path::PathBuf::from(home);
        assert!(home.is_dir(), "no keyring home at {}", home.display());
        if let Some(why) = cognito_login::keychain::Keychain::system().unavailable() {
            panic!("the Secret Service was meant to be there: {why}");
        }
        return Some(home);
    }
    let why = format!(
        "COGNITO_LOGIN_TEST_SECRET_SERVICE is not set: run under \
         `bash tests/keychain/with-secret-service.sh cargo test --test {test}`"
    );
    assert!(
        std::env::var_os("CI").is_none_or(|ci| ci.is_empty()),
        "under CI the real Secret Service must be there: {why}"
    );
    eprintln!("skipped: {why}");
    None
}
