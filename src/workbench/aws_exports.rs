//! Temporary AWS credentials as a script or tool wants them: shell `export` lines, PowerShell
//! `$env:` lines, an `~/.aws/credentials` block, or the AWS CLI's `credential_process` JSON.
//! The values come from a server: the client already refuses odd ones, and each builder here
//! checks again before a value lands inside quotes someone will paste into a shell.

use secrecy::ExposeSecret;
use zeroize::Zeroizing;

use crate::cognito::AwsCredentials;

/// The forms the credentials can be copied in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AwsExport {
    Shell,
    PowerShell,
    CredentialsFile,
    CredentialProcess,
}

impl AwsExport {
    pub const ALL: [Self; 4] = [
        Self::Shell,
        Self::PowerShell,
        Self::CredentialsFile,
        Self::CredentialProcess,
    ];
}

/// A value that could break out of its quotes (or its line) where it is pasted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsafeValue(pub &'static str);

impl std::fmt::Display for UnsafeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the {} holds characters that are not safe to copy into a shell",
            self.0
        )
    }
}

impl std::error::Error for UnsafeValue {}

/// The credentials in `form`; `profile` names the `~/.aws/credentials` section.
pub fn aws_export(
    credentials: &AwsCredentials,
    form: AwsExport,
    profile: &str,
) -> Result<Zeroizing<String>, UnsafeValue> {
    let key_id = safe(&credentials.access_key_id, "access key ID")?;
    let secret = safe(
        credentials.secret_access_key.expose_secret(),
        "secret access key",
    )?;
    let token = safe(credentials.session_token.expose_secret(), "session token")?;
    let pairs = [
        ("AWS_ACCESS_KEY_ID", key_id),
        ("AWS_SECRET_ACCESS_KEY", secret),
        ("AWS_SESSION_TOKEN", token),
    ];
    let mut out = Zeroizing::new(String::new());
    match form {
        // Single quotes: nothing inside is expanded by a POSIX shell.
        AwsExport::Shell => {
            for (name, value) in pairs {
                out.push_str(&format!("export {name}='{value}'\n"));
            }
        }
        // `safe` let no `$`, backtick or quote through, so double quotes expand nothing.
        AwsExport::PowerShell => {
            for (name, value) in pairs {
                out.push_str(&format!("$env:{name}=\"{value}\"\n"));
            }
        }
        AwsExport::CredentialsFile => {
            out.push_str(&format!("[{}]\n", section_name(profile)));
            for (name, value) in pairs {
                out.push_str(&format!("{} = {value}\n", name.to_ascii_lowercase()));
            }
        }
        AwsExport::CredentialProcess => {
            let json = Zeroizing::new(credentials.credential_process_json().to_string());
            out.push_str(&json);
        }
    }
    Ok(out)
}

/// Printable ASCII without blanks, quotes, `$`, backtick or backslash: AWS's key IDs, secret
/// keys and session tokens are base64-like, and anything else is refused, not escaped.
fn safe<'a>(value: &'a str, what: &'static str) -> Result<&'a str, UnsafeValue> {
    let fine = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"\"'`\\$".contains(&b));
    if fine {
        Ok(value)
    } else {
        Err(UnsafeValue(what))
    }
}

/// The profile's name as an `~/.aws/credentials` section: letters, digits, `-`, `_` and `.`
/// kept, anything else (a `]`, a line break, a blank) made `-`; "cognito-login" when empty.
pub fn section_name(profile: &str) -> String {
    let name: String = profile
        .trim()
        .chars()
        .take(64)
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if name.is_empty() {
        "cognito-login".to_owned()
    } else {
        name
    }
}

#[cfg(test)]
#[path = "aws_exports_tests.rs"]
mod tests;
