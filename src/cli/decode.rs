//! `cognito-login decode`: a token on stdin → its header, claims and verdict as one JSON
//! object. The same reading and checking as the window's token panel.

use std::io::{Read, Write};
use std::time::{Duration, SystemTime};

use zeroize::Zeroizing;

use crate::cognito::{CognitoClient, Endpoint};
use crate::messages::Message;
use crate::workbench::verify::verify;
use crate::workbench::{Expected, Jwt, KeySource, Verdict};

use super::args::DecodeArgs;
use super::exit::Exit;
use super::report;

pub fn run(args: &DecodeArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    let mut input = Zeroizing::new(String::new());
    if let Err(e) = std::io::stdin().lock().read_to_string(&mut input) {
        report::invalid(
            &mut stderr,
            format_args!("could not read standard input: {e}"),
        );
        return Exit::InvalidInput;
    }
    let token = bare_token(&input);
    let jwt = match Jwt::parse(token) {
        Ok(jwt) => jwt,
        Err(e) => {
            report::invalid(&mut stderr, format_args!("not a JWT: {e}"));
            report::hint(
                &mut stderr,
                "pipe the ID or access token itself; the refresh token is opaque and cannot be decoded",
            );
            return Exit::InvalidInput;
        }
    };
    let (verdict, code) = if args.no_verify {
        (
            Verdict::Unchecked(Message::said("not checked (--no-verify)")),
            Exit::Ok,
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
    if code != Exit::Ok {
        report::error(
            &mut stderr,
            format_args!("{}: {}", verdict.status(), verdict.reason()),
        );
    }
    code
}

/// The token itself from what was pasted: the app copies it bare, as `Bearer <token>` and
/// as the header line `Authorization: Bearer <token>`, and each of those is read the same.
fn bare_token(input: &str) -> &str {
    let mut text = input.trim();
    for prefix in ["authorization:", "bearer "] {
        if let Some(head) = text.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
        {
            text = text.get(prefix.len()..).unwrap_or_default().trim_start();
        }
    }
    text.trim_end()
}

fn check(token: &str, jwt: &Jwt, args: &DecodeArgs) -> (Verdict, Exit) {
    let source = match &args.endpoint {
        Some(url) => Endpoint::custom(url)
            .map_err(|e| e.to_string())
            .and_then(|endpoint| KeySource::for_endpoint(jwt, &endpoint, args.pool_id.as_deref())),
        None => KeySource::from_issuer(jwt),
    };
    let source = match source {
        Ok(source) => source,
        Err(reason) => return (Verdict::Invalid(Message::said(reason)), Exit::Refused),
    };
    let keys = match fetch(&source, Duration::from_secs(args.timeout.max(1))) {
        Ok(keys) => keys,
        Err(reason) => return (Verdict::Unchecked(Message::said(reason)), Exit::Network),
    };
    let expected = Expected {
        client_id: args.client_id.clone(),
        token_use: None,
    };
    let verdict = verify(token, &keys, &source, &expected, SystemTime::now());
    let code = match verdict {
        Verdict::Valid => Exit::Ok,
        Verdict::Invalid(_) => Exit::Refused,
        Verdict::Unchecked(_) => Exit::Network,
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
