//! What `token` prints: the token bare on one line (for `$(…)`), or one of `sign-in`'s presets.
//! Never the refresh token: `token` hands out what the cache holds, whatever path it took.

use std::io::Write;

use secrecy::ExposeSecret as _;

use crate::signin::{TokenKind, Tokens};
use crate::workbench::jwt::utc_rfc3339;

use super::args::{Output, OutputKind, TokenArgs};
use super::exit::Exit;
use super::output::print_tokens;
use super::report;

pub fn print(
    tokens: &Tokens,
    kind: TokenKind,
    args: &TokenArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    let tokens = Tokens {
        refresh: None,
        ..tokens.clone()
    };
    let Some(output) = args.output else {
        return match tokens.get(kind) {
            Some(token) => {
                let _ = writeln!(out, "{}", token.expose_secret());
                Exit::Ok
            }
            None => no_token(kind, err),
        };
    };
    if output == OutputKind::Json {
        let mut json = tokens.to_authentication_result_json();
        // The expiry comes from the server (ExpiresIn) or a token's own exp: a time past the
        // year 9999 has no date to print, and is left out rather than crashing the run.
        let at = tokens
            .expires_at()
            .and_then(|at| utc_rfc3339(at, chrono::SecondsFormat::Secs));
        if let (Some(map), Some(at)) = (json.as_object_mut(), at) {
            map.insert("expires_at".to_owned(), at.into());
        }
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
        return Exit::Ok;
    }
    print_tokens(&tokens, &preset(args), out, err)
}

/// `sign-in`'s output flags for the preset `token` was asked for.
pub fn preset(args: &TokenArgs) -> Output {
    Output {
        kind: args.output.unwrap_or(OutputKind::Json),
        token: args.token,
        url: args.url.clone(),
        include_refresh_token: false,
    }
}

fn no_token(kind: TokenKind, err: &mut dyn Write) -> Exit {
    report::error(
        err,
        format_args!("Cognito's answer had no {}", kind.label().to_lowercase()),
    );
    Exit::NoToken
}

#[cfg(test)]
#[path = "token_output_tests.rs"]
mod tests;
