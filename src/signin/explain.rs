//! Turns every failure into a sentence a tester understands and hints for what to do, keeping
//! Cognito's exact code and message for the developer. The table follows
//! ../shared/docs/landscape.md §3.

use crate::cognito::srp::SrpError;
use crate::cognito::{CognitoError, Endpoint, NetworkErrorKind, ServiceError};

use super::form::{Field, InputError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// One plain sentence: what happened.
    pub summary: String,
    /// What to do about it, one step each.
    pub hints: Vec<String>,
}

impl Explanation {
    fn new(summary: impl Into<String>, hints: &[&str]) -> Self {
        Self {
            summary: summary.into(),
            hints: hints.iter().map(|h| (*h).to_owned()).collect(),
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// What the explanation may mention about the attempt (never a secret).
#[derive(Debug, Clone)]
pub struct AttemptContext {
    pub endpoint: Endpoint,
    pub client_id: String,
    pub sent_secret: bool,
    pub timeout_secs: u64,
}

/// A problem with the person's answer to a challenge, found before anything was sent.
pub fn explain_answer(text: &str) -> Explanation {
    Explanation::new(text, &[])
}

pub fn explain_srp(error: &SrpError) -> Explanation {
    match error {
        SrpError::NoRandomness => Explanation::new(
            "The system's random number generator failed, so SRP could not start.",
            &["Choose the Password flow, or restart the computer."],
        ),
        SrpError::BadChallenge(_) | SrpError::Unsafe => Explanation::new(
            format!("The server's SRP challenge could not be answered: {error}."),
            &[
                "The server does not speak Cognito's SRP. Some emulators (moto) only imitate it: choose the Password flow for them.",
                "If the user pool ID is wrong, SRP fails too: check it.",
            ],
        ),
    }
}

/// Why Auto fell back from SRP to USER_PASSWORD_AUTH, when the app client refused SRP.
pub fn srp_fallback_note(error: &CognitoError) -> String {
    let said = match error {
        CognitoError::Service(e) => format!(" (Cognito said: {}: {})", e.code, e.message),
        _ => String::new(),
    };
    format!(
        "the app client does not allow SRP{said}. To use SRP, enable ALLOW_USER_SRP_AUTH on the app client"
    )
}

/// Auto stopped before sending the password itself to `server`, which is not Amazon Cognito.
pub fn explain_password_not_allowed(server: &str, why: &str) -> Explanation {
    Explanation::new(
        format!(
            "Your password was not sent to {server}: SRP, which keeps the password on this computer, did not work there, and {server} is not Amazon Cognito."
        ),
        &[
            "If your team runs this server (or it is an emulator on this computer), choose \"Send the password to this server\" below: asked once for this profile.",
            "Or choose the Password flow (on the command line: --flow password).",
        ],
    )
    .hint(format!("Why SRP did not work: {why}."))
}

pub fn explain_input(error: &InputError) -> Explanation {
    let where_to = match error.field() {
        Field::Region => {
            "Pick the region from the list, or copy it from the start of the user pool ID."
        }
        Field::PoolId => {
            "Copy the user pool ID from the Cognito console (User pools > the pool > Overview)."
        }
        Field::ClientId => {
            "Copy the app client ID from the Cognito console (App integration > App clients)."
        }
        Field::ClientSecret => {
            "Copy the client secret from the app client's page, or leave it empty if the client has none."
        }
        Field::Username => {
            "Type the username (or the e-mail or phone number, if the pool allows signing in with them)."
        }
        Field::Password => "Type the password.",
        Field::Endpoint => {
            "Leave the endpoint empty for real Cognito; for a local emulator use e.g. http://127.0.0.1:9229."
        }
        Field::Proxy => {
            "Leave the proxy empty to use the system's (HTTPS_PROXY), or type e.g. http://proxy.example.com:3128 under Advanced."
        }
        Field::Timeout => "Set the timeout under Advanced.",
        Field::Flow => "Pick the sign-in flow and preferred challenge from their lists.",
    };
    let mut summary = error.to_string();
    if let Some(first) = summary.get(..1) {
        summary = first.to_uppercase() + &summary[1..];
    }
    Explanation::new(summary + ".", &[where_to])
}

pub fn explain_cognito(error: &CognitoError, ctx: &AttemptContext) -> Explanation {
    match error {
        CognitoError::Service(e) => explain_service(e, ctx),
        CognitoError::Network { kind, .. } => explain_network(*kind, ctx),
        CognitoError::UnexpectedResponse { status, .. } => Explanation::new(
            format!("The server answered, but not like Cognito does (HTTP {status})."),
            &[
                "Check the endpoint URL: it must point at Cognito or a Cognito emulator, not a web page.",
                "A proxy or captive portal can also answer in Cognito's place.",
            ],
        ),
    }
}

fn explain_network(kind: NetworkErrorKind, ctx: &AttemptContext) -> Explanation {
    let host = ctx
        .endpoint
        .url()
        .host_str()
        .unwrap_or("the server")
        .to_owned();
    let custom = ctx.endpoint.is_custom();
    match kind {
        // With a chosen proxy, every connection is made to the proxy.
        NetworkErrorKind::Refused if ctx.endpoint.proxy().is_some() => Explanation::new(
            format!(
                "Nothing answered at the proxy {}.",
                ctx.endpoint.proxy().map(|p| p.as_str()).unwrap_or_default()
            ),
            &["Check the proxy under Advanced (its host and port), or leave it empty."],
        ),
        NetworkErrorKind::Refused if custom => Explanation::new(
            format!("Nothing answered at {}.", ctx.endpoint),
            &["Is the emulator or server running? Check the endpoint URL and its port."],
        ),
        NetworkErrorKind::Refused => Explanation::new(
            format!("{host} refused the connection."),
            &["Check your network connection and proxy settings."],
        ),
        NetworkErrorKind::Dns => Explanation::new(
            format!("The server name {host} could not be found."),
            &[
                "Check the region (or the endpoint URL) for typos.",
                "Check your internet connection and DNS; a VPN may be needed.",
            ],
        ),
        NetworkErrorKind::Tls => Explanation::new(
            format!("A secure connection to {host} could not be made."),
            &[
                "A proxy or company TLS inspection may be in the way: its certificate must be trusted by the system.",
                "Check the computer's date and time.",
            ],
        ),
        NetworkErrorKind::Timeout => Explanation::new(
            format!("{host} did not answer within {} seconds.", ctx.timeout_secs),
            &["Check your connection, then try again, or raise the timeout under Advanced."],
        ),
        NetworkErrorKind::Proxy => Explanation::new(
            format!("The proxy would not connect to {host}."),
            &[
                "Check the proxy under Advanced, or the HTTPS_PROXY and NO_PROXY environment variables.",
                "The proxy may need a sign-in of its own, or may block this host.",
            ],
        ),
        NetworkErrorKind::Other => Explanation::new(
            format!("Could not reach {host}."),
            &["Check your network connection and proxy settings."],
        ),
    }
}

fn explain_service(e: &ServiceError, ctx: &AttemptContext) -> Explanation {
    let msg = e.message.to_lowercase();
    let client = &ctx.client_id;
    match e.code.as_str() {
        "NotAuthorizedException" if msg.contains("secret") => {
            let base = if ctx.sent_secret {
                Explanation::new(
                    "The client secret does not match this app client.",
                    &[
                        "Copy the client secret again from the app client's page in the Cognito console.",
                    ],
                )
            } else {
                Explanation::new(
                    "This app client has a client secret: enter it to sign in.",
                    &[
                        "Copy the client secret from the Cognito console (App integration > App clients) into Client secret.",
                    ],
                )
            };
            base.hint(format!(
                "The app sends SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client ID {client}))."
            ))
        }
        "NotAuthorizedException" if msg.contains("disabled") => Explanation::new(
            "This account is disabled.",
            &["An administrator disabled it; ask them to enable it again."],
        ),
        "NotAuthorizedException" if msg.contains("attempts exceeded") => Explanation::new(
            "Too many wrong passwords: the account is locked for a while.",
            &[
                "Wait up to 15 minutes before the next try: every new wrong password makes the lock longer.",
            ],
        ),
        "NotAuthorizedException" if msg.contains("session") => Explanation::new(
            "The sign-in took too long and its session expired.",
            &[
                "Sign in again. Each step must be answered within the app client's session time (3 minutes by default).",
            ],
        ),
        "NotAuthorizedException" if msg.contains("refresh token") => Explanation::new(
            "The refresh token is no longer accepted.",
            &[
                "It must be used with the same app client that issued it; with device tracking on, it also needs the device key.",
                "Otherwise sign in again.",
            ],
        ),
        // cognito-local answers a wrong password this way; Cognito's InvalidPasswordException
        // otherwise means a new password broke the policy.
        "NotAuthorizedException" | "InvalidPasswordException" if code_means_wrong_password(e) => {
            Explanation::new(
                "The username or password is wrong.",
                &[
                    "Check the password, and that Caps Lock is off.",
                    "If the pool hides whether users exist, Cognito also says this for a user that does not exist.",
                ],
            )
        }
        "UserNotFoundException" => Explanation::new(
            "There is no user with this name in the user pool.",
            &[
                "Check the username (or the e-mail or phone alias), and that the app client belongs to the right pool and region.",
            ],
        ),
        "UserNotConfirmedException" => Explanation::new(
            "This account has not been confirmed yet.",
            &[
                "Enter the code from the sign-up e-mail or text message, or ask an administrator to confirm the user.",
            ],
        ),
        "PasswordResetRequiredException" => Explanation::new(
            "The password must be reset before you can sign in.",
            &[
                "Use the application's \"forgot password\" link, or ask an administrator to reset it.",
            ],
        ),
        "InvalidParameterException"
            if msg.contains("not enabled") && msg.contains("user_srp_auth") =>
        {
            Explanation::new(
                "This app client does not allow SRP sign-in (USER_SRP_AUTH).",
                &[
                    "Enable ALLOW_USER_SRP_AUTH on the app client, or choose the Auto or Password flow.",
                ],
            )
        }
        "InvalidParameterException" if msg.contains("not enabled") && msg.contains("user_auth") => {
            Explanation::new(
                "This app client does not allow choice-based sign-in (USER_AUTH).",
                &[
                    "Enable ALLOW_USER_AUTH on the app client (it needs the Essentials tier), or choose another flow.",
                ],
            )
        }
        "InvalidParameterException" if msg.contains("flow not enabled") => Explanation::new(
            "This app client does not allow signing in with a username and password (USER_PASSWORD_AUTH).",
            &[
                "In the Cognito console, open the app client and enable ALLOW_USER_PASSWORD_AUTH under Authentication flows, or sign in with SRP.",
                "Check that the app client ID is the one you meant.",
            ],
        ),
        "InvalidParameterException" => Explanation::new(
            "Cognito refused one of the values sent.",
            &["Cognito's message below names the value; check that field."],
        ),
        "ResourceNotFoundException" => Explanation::new(
            "Cognito does not know this app client.",
            &[
                "Check the app client ID.",
                "The region must be the user pool's region: the part of the pool ID before \"_\".",
            ],
        ),
        "InvalidUserPoolConfigurationException"
        | "UnsupportedOperationException"
        | "OperationNotEnabledException"
        | "FeatureUnavailableInTierException" => Explanation::new(
            "The user pool is not set up for this kind of sign-in.",
            &["Show this message to whoever administers the user pool."],
        ),
        "CodeMismatchException" => Explanation::new(
            "The code is wrong.",
            &["Check the code; for an authenticator app, check that the phone's clock is right."],
        ),
        "ExpiredCodeException" => Explanation::new(
            "The code has expired.",
            &["Start over to have a new code sent (codes last a few minutes)."],
        ),
        "InvalidPasswordException" | "PasswordHistoryPolicyViolationException" => Explanation::new(
            "The password does not meet the user pool's rules.",
            &[
                "Cognito's message below states the rule; a new password also cannot repeat a recent one.",
            ],
        ),
        "TooManyRequestsException"
        | "LimitExceededException"
        | "TooManyFailedAttemptsException" => Explanation::new(
            "Too many attempts in a short time.",
            &["Wait a few minutes, then try again."],
        ),
        "UserLambdaValidationException"
        | "UnexpectedLambdaException"
        | "InvalidLambdaResponseException" => Explanation::new(
            "A custom check in the user pool (a Lambda trigger) stopped the sign-in.",
            &["Its message is below; ask the pool's developers about it."],
        ),
        "MFAMethodNotFoundException" | "SoftwareTokenMFANotFoundException" => Explanation::new(
            "This MFA method is not set up for the user.",
            &["Choose another method, or ask an administrator to set it up."],
        ),
        "RefreshTokenReuseException" => Explanation::new(
            "This refresh token was already used and replaced by a newer one.",
            &["Sign in again."],
        ),
        "ForbiddenException" => Explanation::new(
            "AWS WAF blocked the request.",
            &[
                "Your network address may be blocked (VPN, office network); ask the pool's administrator.",
            ],
        ),
        "InternalErrorException" => Explanation::new(
            "Cognito had an internal error.",
            &["Try again in a moment."],
        ),
        _ => Explanation::new(
            "Cognito refused the sign-in.",
            &[
                "The code and message below are Cognito's own words; search for them or show them to a developer.",
            ],
        ),
    }
}

fn code_means_wrong_password(e: &ServiceError) -> bool {
    e.code == "NotAuthorizedException" || e.message.eq_ignore_ascii_case("invalid password")
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
