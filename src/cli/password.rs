//! Where the headless sign-in gets its secrets: never from flags.

use std::io::{BufRead, IsTerminal};

use secrecy::SecretString;
use zeroize::Zeroize;

pub const PASSWORD_ENV: &str = "COGNITO_PASSWORD";
pub const CLIENT_SECRET_ENV: &str = "COGNITO_CLIENT_SECRET";

/// The password from stdin's first line (with `--password-stdin`), else `$COGNITO_PASSWORD`,
/// else a no-echo prompt when stdin is a terminal.
pub fn read_password(from_stdin: bool) -> Result<SecretString, String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("could not read the password from standard input: {e}"))?;
        let password = SecretString::from(line.trim_end_matches(['\r', '\n']));
        line.zeroize();
        return Ok(password);
    }
    if let Some(password) = std::env::var_os(PASSWORD_ENV) {
        return password
            .into_string()
            .map(SecretString::from)
            .map_err(|_| format!("${PASSWORD_ENV} is not valid UTF-8"));
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password("Password: ")
            .map(SecretString::from)
            .map_err(|e| format!("could not read the password: {e}"));
    }
    Err(format!(
        "no password given: use --password-stdin, set ${PASSWORD_ENV}, or run in a terminal to be asked"
    ))
}

pub fn read_client_secret() -> Result<SecretString, String> {
    match std::env::var_os(CLIENT_SECRET_ENV) {
        None => Ok(SecretString::default()),
        Some(secret) => secret
            .into_string()
            .map(SecretString::from)
            .map_err(|_| format!("${CLIENT_SECRET_ENV} is not valid UTF-8")),
    }
}
