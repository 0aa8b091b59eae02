//! `cognito-login decode`: a token on stdin → its header, claims and verdict as one JSON
//! object. The same reading and checking as the window's token panel.

use std::io::{Read, Write};
use std::time::{Duration, SystemTime};

use zeroize::Zeroizing;

use crate::cognito::{CognitoClient, Endpoint};
use crate::workbench::verify::verify;
use crate::workbench::{Expected, Jwt, KeySource, Verdict};

use super::args::DecodeArgs;
use super::exit::{EXIT_INVALID_INPUT, EXIT_NETWORK, EXIT_OK, EXIT_REFUSED};

pub fn run(args: &DecodeArgs) -> u8 {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    let mut input = Zeroizing::new(String::new());
    if let Err(e) = std::io::stdin().lock().read_to_string(&mut input) {
        let _ = writeln!(
            stderr,
            "error: invalid input: could not read standard input: {e}"
        );
        return EXIT_INVALID_INPUT;
    }
    let token = input.trim();
    let jwt = match Jwt::parse(token) {
        Ok(jwt) => jwt,
        Err(e) => {
            let _ = writeln!(stderr, "error: invalid input: not a JWT: {e}");
            let _ = writeln!(
                stderr,
                "hint: pipe the ID or access token itself; the refresh token is opaque and cannot be decoded"
            );
            return EXIT_INVALID_INPUT;
        }
    };
    let (verdict, code) = if args.no_verify {
        (
            Verdict::Unchecked("not checked (--no-verify)".to_owned()),
            EXIT_OK,
        )
    } else {
        check(token, &jwt, args)
    };
    let json = serde_json::json!({
        "header": jwt.header,
        "claims": jwt.claims,
        "verification": verdict.to_json(),
    });
    let _ = writeln!(
        stdout,
        "{}",
        serde_json::to_string_pretty(&json).unwrap_or_default()
    );
    if code != EXIT_OK {
        let _ = writeln!(stderr, "error: {}: {}", verdict.status(), verdict.reason());
    }
    code
}

fn check(token: &str, jwt: &Jwt, args: &DecodeArgs) -> (Verdict, u8) {
    let source = match &args.endpoint {
        Some(url) => Endpoint::custom(url)
            .map_err(|e| e.to_string())
            .and_then(|endpoint| KeySource::for_endpoint(jwt, &endpoint, args.pool_id.as_deref())),
        None => KeySource::from_issuer(jwt),
    };
    let source = match source {
        Ok(source) => source,
        Err(reason) => return (Verdict::Invalid(reason), EXIT_REFUSED),
    };
    let keys = match fetch(&source, Duration::from_secs(args.timeout.max(1))) {
        Ok(keys) => keys,
        Err(reason) => return (Verdict::Unchecked(reason), EXIT_NETWORK),
    };
    let expected = Expected {
        client_id: args.client_id.clone(),
        token_use: None,
    };
    let verdict = verify(token, &keys, &source, &expected, SystemTime::now());
    let code = match verdict {
        Verdict::Valid => EXIT_OK,
        Verdict::Invalid(_) => EXIT_REFUSED,
        Verdict::Unchecked(_) => EXIT_NETWORK,
    };
    (verdict, code)
}

fn fetch(source: &KeySource, timeout: Duration) -> Result<serde_json::Value, String> {
    let client = CognitoClient::new().map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime
        .block_on(client.fetch_jwks(&source.jwks_url, timeout))
        .map_err(|e| {
            format!(
                "could not fetch the issuer's keys from {}: {e}",
                source.jwks_url
            )
        })
}
