//! `cognito-login refresh`: a refresh token on stdin, new tokens on stdout. The token comes
//! bare or inside the JSON that `sign-in` (and `refresh`) print, so the two chain in a pipe.

use std::io::{BufRead, Read, Write};
use std::time::SystemTime;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::cognito::RefreshToken;
use crate::signin::{Connection, Event, SignInForm, SignInSession, Tokens};

use super::args::RefreshArgs;
use super::drive::{runner, settle};
use super::exit::Exit;
use super::outcome::{self, Shown};
use super::password::read_client_secret;
use super::report::{invalid_input, invalid_output};
use super::saved_profile::saved_profile;

pub fn run(args: &RefreshArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    if let Err(problem) = args.output.check() {
        invalid_output(&problem, &mut stderr);
        return Exit::InvalidInput;
    }
    match refresh(args, &mut stderr) {
        Ok(session) => outcome::print(
            session.phase(),
            &args.output,
            Shown::default(),
            &mut stdout,
            &mut stderr,
        ),
        Err(problem) => {
            invalid_input(&problem, &mut stderr);
            Exit::InvalidInput
        }
    }
}

/// What was piped in: the refresh token and, when the ID or access token came with it,
/// Cognito's internal username.
struct Piped {
    refresh_token: RefreshToken,
    internal_username: Option<String>,
}

/// `sign-in`'s JSON with three tokens is a few KiB; anything this large is not a token.
const MOST_READ: usize = 64 * 1024;

fn read_piped() -> Result<Piped, String> {
    // Room for all of it up front: a growing buffer would leave copies of the token behind.
    let mut input = Zeroizing::new(String::with_capacity(MOST_READ + 1));
    let mut stdin = std::io::stdin().lock().take(MOST_READ as u64 + 1);
    let unreadable =
        |e: std::io::Error| format!("could not read the refresh token from standard input: {e}");
    // A bare token ends with its line (a person pasting it at a terminal presses Enter, not
    // Ctrl-D); JSON is read to its end.
    stdin.read_line(&mut input).map_err(unreadable)?;
    if input.trim_start().starts_with('{') {
        stdin.read_to_string(&mut input).map_err(unreadable)?;
    }
    if input.len() > MOST_READ {
        return Err(
            "standard input is larger than 64 KiB: pipe the refresh token, or the JSON `sign-in` printed"
                .to_owned(),
        );
    }
    piped(&input)
}

/// The tokens as `sign-in --output json` prints them (Cognito's AuthenticationResult), or
/// Cognito's whole answer with that object inside (what the AWS CLI prints).
#[derive(Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct Printed {
    refresh_token: Option<SecretString>,
    id_token: Option<SecretString>,
    access_token: Option<SecretString>,
    authentication_result: Option<Inner>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct Inner {
    refresh_token: Option<SecretString>,
    id_token: Option<SecretString>,
    access_token: Option<SecretString>,
}

/// Reads the refresh token from what was piped: a bare token on the first line, or JSON.
fn piped(input: &str) -> Result<Piped, String> {
    let text = input.trim();
    if !text.starts_with('{') {
        let token = text.lines().next().unwrap_or_default().trim();
        if token.is_empty() {
            return Err(
                "no refresh token: pipe it, or the JSON `sign-in` printed, on standard input"
                    .to_owned(),
            );
        }
        return Ok(Piped {
            refresh_token: RefreshToken::from(token.to_owned()),
            internal_username: None,
        });
    }
    // serde's message could quote a token: only where it stopped is said.
    let printed: Printed = serde_json::from_str(text).map_err(|e| {
        format!(
            "standard input starts like JSON but is not the JSON `sign-in` prints (line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    let inner = printed.authentication_result.unwrap_or_default();
    let refresh = printed.refresh_token.or(inner.refresh_token);
    let Some(refresh) = refresh.filter(|t| !t.expose_secret().trim().is_empty()) else {
        return Err(
            "the JSON on standard input has no RefreshToken: sign in again to get one".to_owned(),
        );
    };
    let tokens = Tokens {
        id: printed.id_token.or(inner.id_token),
        access: printed.access_token.or(inner.access_token),
        ..Tokens::empty(SystemTime::UNIX_EPOCH)
    };
    Ok(Piped {
        refresh_token: RefreshToken::from(refresh.expose_secret().trim().to_owned()),
        internal_username: tokens.internal_username().filter(|u| !u.trim().is_empty()),
    })
}

fn refresh(args: &RefreshArgs, err: &mut dyn Write) -> Result<SignInSession, String> {
    let piped = read_piped()?;
    let profile = saved_profile(args.profile.as_ref())?;
    let mut target = args.target.clone();
    // A refresh's SECRET_HASH is made with the internal username, never the e-mail or phone
    // alias typed at sign-in (cognito-protocol.md §4): the ID token names it.
    if let Some(internal) = piped.internal_username {
        if let Some(given) = target.username.as_deref().filter(|u| u.trim() != internal) {
            let _ = writeln!(
                err,
                "note: refreshing as {internal}, the internal username in the ID token (cognito:username), not --username {given}"
            );
        }
        target.username = Some(internal);
    }
    let form = target.form(
        profile.as_ref(),
        SignInForm {
            connection: Connection {
                timeout_secs: args.timeout,
                ..Connection::default()
            },
            client_secret: read_client_secret()?,
            ..SignInForm::default()
        },
    );
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    settle(
        &mut session,
        &mut runner,
        Event::Resume {
            form,
            refresh_token: piped.refresh_token,
        },
    );
    let _ = std::io::stderr().flush();
    Ok(session)
}

#[cfg(test)]
#[path = "refresh_tests.rs"]
mod tests;
