//! What `token` prints: the token bare on one line (for `$(…)`), or one of `sign-in`'s presets.
//! Never the refresh token: `token` hands out what the cache holds, whatever path it took.

use std::io::Write;

use secrecy::ExposeSecret as _;

use crate::signin::{TokenKind, Tokens};

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
        if let (Some(map), Some(at)) = (json.as_object_mut(), tokens.expires_at()) {
            let at = chrono::DateTime::<chrono::Utc>::from(at);
            let at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
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
