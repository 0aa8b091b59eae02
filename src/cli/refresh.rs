//! `cognito-login refresh`: a refresh token on stdin, new tokens on stdout.

use std::io::{BufRead, Write};

use zeroize::Zeroize;

use crate::cognito::RefreshToken;
use crate::signin::{Connection, Event, SignInForm, SignInSession};

use super::args::RefreshArgs;
use super::drive::{runner, settle};
use super::exit::Exit;
use super::outcome::{self, Shown};
use super::password::read_client_secret;
use super::report::invalid_input;
use super::saved_profile::saved_profile;

pub fn run(args: &RefreshArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    match args.output.check().and_then(|()| refresh(args)) {
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

fn read_refresh_token() -> Result<RefreshToken, String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("could not read the refresh token from standard input: {e}"))?;
    let token = line.trim().to_owned();
    line.zeroize();
    if token.is_empty() {
        return Err("no refresh token: pipe it on standard input".to_owned());
    }
    Ok(RefreshToken::from(token))
}

fn refresh(args: &RefreshArgs) -> Result<SignInSession, String> {
    let refresh_token = read_refresh_token()?;
    let profile = saved_profile(args.profile.as_ref())?;
    let form = args.target.form(
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
            refresh_token,
        },
    );
    let _ = std::io::stderr().flush();
    Ok(session)
}
