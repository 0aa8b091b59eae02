//! The flags of the self-service commands (`sign-up`, `confirm-sign-up`, `forgot-password`,
//! `confirm-forgot-password`, `change-password`): where and who as for `sign-in`, codes by
//! `--code`, attributes by `--attribute`. Passwords and tokens never come from flags.

use clap::Args;

use crate::profiles::ProfileName;

use super::prefill::Prefill;

/// Where the call goes and for whom: a profile, with the flags given laid over it.
#[derive(Debug, Clone, Args)]
pub struct Whom {
    /// Start from a saved profile; the flags given as well override its values.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<ProfileName>,
    #[command(flatten)]
    pub target: Prefill,
    /// Request timeout in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
}

/// Create an account (SignUp).
///
/// The password comes from --password-stdin, else $COGNITO_PASSWORD, else a prompt typed
/// twice at a terminal; the client secret only from $COGNITO_CLIENT_SECRET. Prints Cognito's
/// answer as JSON on stdout ({"UserConfirmed", "UserSub", "CodeDeliveryDetails"}) and where
/// the code went on stderr; confirm with `confirm-sign-up --code`. When the pool requires
/// attributes that were not given, the error names them. Exit codes: 0 done, 2 invalid
/// input, 3 Cognito refused, 4 network failure or timeout.
#[derive(Debug, Args)]
pub struct SignUpArgs {
    #[command(flatten)]
    pub whom: Whom,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// An attribute of the new account, name=value (e.g. email=tester@example.com); repeat
    /// the flag for each.
    #[arg(long = "attribute", value_name = "NAME=VALUE")]
    pub attributes: Vec<String>,
}

/// Confirm an account with the code sent at sign-up (ConfirmSignUp), or send it again.
///
/// The code comes from --code, else a prompt at a terminal. With --resend, a new code is
/// sent (ResendConfirmationCode) and its answer printed as JSON on stdout
/// ({"CodeDeliveryDetails"}); otherwise stdout stays empty. Exit codes as for `sign-up`.
#[derive(Debug, Args)]
pub struct ConfirmSignUpArgs {
    #[command(flatten)]
    pub whom: Whom,
    /// The code from the sign-up e-mail or text message.
    #[arg(long, value_name = "CODE", conflicts_with = "resend")]
    pub code: Option<String>,
    /// Send the code again instead of confirming.
    #[arg(long)]
    pub resend: bool,
}

/// Send a code to choose a new password with (ForgotPassword).
///
/// Prints Cognito's answer as JSON on stdout ({"CodeDeliveryDetails"}) and where the code
/// went on stderr; then `confirm-forgot-password --code`. Exit codes as for `sign-up`.
#[derive(Debug, Args)]
pub struct ForgotPasswordArgs {
    #[command(flatten)]
    pub whom: Whom,
}

/// Choose a new password with the code `forgot-password` sent (ConfirmForgotPassword).
///
/// The code comes from --code, else a prompt at a terminal; the new password from
/// --password-stdin, else $COGNITO_NEW_PASSWORD, else a prompt typed twice at a terminal.
/// Nothing on stdout. Exit codes as for `sign-up`.
#[derive(Debug, Args)]
pub struct ConfirmForgotPasswordArgs {
    #[command(flatten)]
    pub whom: Whom,
    /// The code from the e-mail or text message.
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// Read the new password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
}

/// Change the signed-in user's password (ChangePassword).
///
/// The access token comes from --profile's signed-in tokens (as `token --profile` gets them),
/// or from the first line of standard input with --access-token-stdin. The current password
/// from --password-stdin (the next line), else $COGNITO_PASSWORD, else a prompt; the new one
/// from $COGNITO_NEW_PASSWORD, else a prompt typed twice. Nothing on stdout. Exit codes as
/// for `sign-up`.
#[derive(Debug, Args)]
pub struct ChangePasswordArgs {
    #[command(flatten)]
    pub whom: Whom,
    /// Read the access token from the first line of standard input instead of --profile's.
    #[arg(long)]
    pub access_token_stdin: bool,
    /// Read the current password from standard input (after the access token, if that is
    /// read too).
    #[arg(long)]
    pub password_stdin: bool,
}
