//! What the self-service commands read besides flags: the form (a profile and the flags laid
//! over it, the client secret from $COGNITO_CLIENT_SECRET), new passwords (stdin, an
//! environment variable, or typed twice at a terminal), codes (`--code` or a prompt) and an
//! access token (standard input, or the profile's signed-in tokens).

use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;

use secrecy::{ExposeSecret as _, SecretString};
use zeroize::Zeroize;

use crate::cognito::{ConfirmationCode, Password};
use crate::signin::{Connection, SignInForm, TokenKind};

use super::answers::Answers;
use super::exit::Exit;
use super::password::{prompt_for, read_client_secret, read_password};
use super::report::invalid;
use super::saved_profile::saved_profile;
use super::self_service_args::Whom;
use super::token::current_tokens_of;

/// How long the access token must still be valid for ChangePassword: a call's worth.
const ACCESS_TOKEN_MIN_VALID: Duration = Duration::from_secs(60);

/// The form for `whom`: the profile's values, the flags over them, the client secret from
/// $COGNITO_CLIENT_SECRET (never a flag).
pub fn form_of(whom: &Whom) -> Result<SignInForm, String> {
    let profile = saved_profile(whom.profile.as_ref())?;
    let base = SignInForm {
        connection: Connection {
            timeout_secs: whom.timeout,
            ..Connection::default()
        },
        client_secret: read_client_secret()?,
        ..SignInForm::default()
    };
    Ok(whom.target.form(profile.as_ref(), base))
}

/// The terminal's question for a new password, naming whose and where.
pub fn new_prompt(form: &SignInForm) -> String {
    prompt_for(form).replacen("Password", "New password", 1)
}

/// A password being chosen: stdin's first line (with `from_stdin`), else `$env`, else typed
/// twice at a terminal (a typo in a password nobody has seen would lock the account).
pub fn read_new_password(from_stdin: bool, env: &str, prompt: &str) -> Result<Password, String> {
    if from_stdin {
        return read_password(true, prompt);
    }
    if let Some(password) = std::env::var_os(env) {
        return (password.into_string())
            .map(Password::from)
            .map_err(|_| format!("${env} is not valid UTF-8"));
    }
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "no new password given: set ${env}, pipe it with --password-stdin where offered, or run in a terminal to be asked"
        ));
    }
    let first = rpassword::prompt_password(prompt)
        .map_err(|e| format!("could not read the password: {e}"))?;
    let again = rpassword::prompt_password("Again: ")
        .map_err(|e| format!("could not read the password: {e}"))?;
    if first != again {
        return Err("the two passwords differ".to_owned());
    }
    Ok(Password::from(first))
}

/// The code from `--code`, else typed at a terminal.
pub fn read_code(given: Option<&str>, err: &mut dyn Write) -> Result<ConfirmationCode, String> {
    if let Some(code) = given {
        return Ok(ConfirmationCode::from(code.trim()));
    }
    if !Answers::terminal() {
        return Err("no code given: use --code, or run in a terminal to be asked".to_owned());
    }
    let _ = write!(err, "Code: ");
    let _ = err.flush();
    let mut line = stdin_line().map_err(|e| format!("could not read the code: {e}"))?;
    let code = ConfirmationCode::from(line.trim());
    line.zeroize();
    Ok(code)
}

/// ChangePassword's access token: standard input's first line, else the profile's signed-in
/// tokens (cached, refreshed, or signed in again at a terminal, as `token` gets them).
pub fn access_token(
    whom: &Whom,
    from_stdin: bool,
    err: &mut dyn Write,
) -> Result<SecretString, Exit> {
    if from_stdin {
        let mut line = stdin_line().map_err(|e| {
            invalid(err, format_args!("could not read the access token: {e}"));
            Exit::InvalidInput
        })?;
        let token = SecretString::from(line.trim());
        line.zeroize();
        if token.expose_secret().is_empty() {
            invalid(err, "standard input holds no access token");
            return Err(Exit::InvalidInput);
        }
        return Ok(token);
    }
    let Some(profile) = &whom.profile else {
        invalid(
            err,
            "change-password needs the access token: give --profile of a signed-in profile, or pipe the token with --access-token-stdin",
        );
        return Err(Exit::InvalidInput);
    };
    let current = current_tokens_of(
        profile,
        TokenKind::Access,
        ACCESS_TOKEN_MIN_VALID,
        whom.timeout,
        err,
    )?;
    current.tokens.access.ok_or_else(|| {
        invalid(err, "the profile's sign-in brought no access token");
        Exit::InvalidInput
    })
}

fn stdin_line() -> std::io::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line)
}
