//! Where the headless commands get their secrets, and the window its client secret: never
//! from flags.

use std::io::{BufRead, IsTerminal};

use secrecy::ExposeSecret as _;

use crate::cognito::{ClientSecret, Password};
use crate::signin::SignInForm;
use zeroize::Zeroize;

pub const PASSWORD_ENV: &str = "COGNITO_PASSWORD";
pub const CLIENT_SECRET_ENV: &str = "COGNITO_CLIENT_SECRET";

/// The terminal's question: whose password, and the host it is sent to, before it is typed
/// (`Password for alice at cognito-idp.eu-west-1.amazonaws.com: `). The username may come from
/// a profile file: characters that could move the cursor or hide text are left out.
pub fn prompt_for(form: &SignInForm) -> String {
    let user: String = (form.target.username.trim().chars())
        .filter(|c| !crate::profiles::is_hidden_char(*c))
        .collect();
    let host = (form.endpoint())
        .map(|endpoint| endpoint.host_and_port())
        .unwrap_or_default();
    match (user.is_empty(), host.is_empty()) {
        (false, false) => format!("Password for {user} at {host}: "),
        (true, false) => format!("Password at {host}: "),
        (false, true) => format!("Password for {user}: "),
        (true, true) => "Password: ".to_owned(),
    }
}

/// The password from stdin's first line (with `--password-stdin`), else `$COGNITO_PASSWORD`,
/// else a no-echo prompt (`prompt`) when stdin is a terminal.
pub fn read_password(from_stdin: bool, prompt: &str) -> Result<Password, String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("could not read the password from standard input: {e}"))?;
        let password = Password::from(line.trim_end_matches(['\r', '\n']));
        line.zeroize();
        return Ok(password);
    }
    if let Some(password) = std::env::var_os(PASSWORD_ENV) {
        return password
            .into_string()
            .map(Password::from)
            .map_err(|_| format!("${PASSWORD_ENV} is not valid UTF-8"));
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt)
            .map(Password::from)
            .map_err(|e| format!("could not read the password: {e}"));
    }
    Err(format!(
        "no password given: use --password-stdin, set ${PASSWORD_ENV}, or run in a terminal to be asked"
    ))
}

pub fn read_client_secret() -> Result<ClientSecret, String> {
    match std::env::var_os(CLIENT_SECRET_ENV) {
        None => Ok(ClientSecret::default()),
        Some(secret) => secret
            .into_string()
            .map(ClientSecret::from)
            .map_err(|_| format!("${CLIENT_SECRET_ENV} is not valid UTF-8")),
    }
}

/// The window takes $COGNITO_CLIENT_SECRET as `sign-in` does; unset, empty or not UTF-8 (said
/// on stderr) leaves the keychain's secret, if any.
pub fn window_client_secret() -> Option<ClientSecret> {
    match read_client_secret() {
        Ok(secret) => (!secret.expose_secret().is_empty()).then_some(secret),
        Err(problem) => {
            eprintln!("warning: {problem}; the client secret is not filled in");
            None
        }
    }
}

#[cfg(test)]
#[path = "password_tests.rs"]
mod tests;
