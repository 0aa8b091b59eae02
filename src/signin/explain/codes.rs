//! Cognito's error codes as a table (../shared/docs/landscape.md §3): each row names codes,
//! which of their messages it is for, and what to tell the person. Rows are read top to
//! bottom and the first that fits wins, so a row for some messages of a code comes before
//! the row for all of them.

use crate::cognito::ServiceError;

use super::explanation::{AttemptContext, Explanation};
use super::secret::{client_secret, password_flow_not_enabled};

#[path = "oauth_codes.rs"]
mod oauth;

/// Which of a code's messages a row is for.
enum Message {
    Any,
    /// The message, in lower case, contains each of these.
    Has(&'static [&'static str]),
    /// The message is exactly this, but for ASCII case.
    Is(&'static str),
}

/// What a row tells the person.
enum Say {
    Words {
        summary: &'static str,
        hints: &'static [&'static str],
    },
    /// Words that depend on the attempt.
    ByAttempt(fn(&AttemptContext) -> Explanation),
}

struct Row {
    codes: &'static [&'static str],
    message: Message,
    say: Say,
}

const fn row(
    codes: &'static [&'static str],
    message: Message,
    summary: &'static str,
    hints: &'static [&'static str],
) -> Row {
    Row {
        codes,
        message,
        say: Say::Words { summary, hints },
    }
}

const NOT_AUTHORIZED: &[&str] = &["NotAuthorizedException"];
const INVALID_PARAMETER: &[&str] = &["InvalidParameterException"];

const WRONG_PASSWORD: &str = "The username or password is wrong.";
const WRONG_PASSWORD_HINTS: &[&str] = &[
    "Check the password, and that Caps Lock is off.",
    "If the pool hides whether users exist, Cognito also says this for a user that does not exist.",
];

const ROWS: &[Row] = &[
    Row {
        codes: NOT_AUTHORIZED,
        message: Message::Has(&["secret"]),
        say: Say::ByAttempt(client_secret),
    },
    row(
        NOT_AUTHORIZED,
        Message::Has(&["disabled"]),
        "This account is disabled.",
        &["An administrator disabled it; ask them to enable it again."],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["attempts exceeded"]),
        "Too many wrong passwords: the account is locked for a while.",
        &[
            "Wait up to 15 minutes before the next try: every new wrong password makes the lock longer.",
        ],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["session"]),
        "The sign-in took too long and its session expired.",
        &[
            "Sign in again. Each step must be answered within the app client's session time (3 minutes by default).",
        ],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["refresh token"]),
        "The refresh token is no longer accepted.",
        &[
            "It must be used with the same app client that issued it; with device tracking on, it also needs the device key.",
            "Otherwise sign in again.",
        ],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Any,
        WRONG_PASSWORD,
        WRONG_PASSWORD_HINTS,
    ),
    // cognito-local answers a wrong password this way; Cognito's InvalidPasswordException
    // otherwise means a new password broke the policy (a row further down).
    row(
        &["InvalidPasswordException"],
        Message::Is("invalid password"),
        WRONG_PASSWORD,
        WRONG_PASSWORD_HINTS,
    ),
    row(
        &["UserNotFoundException"],
        Message::Any,
        "There is no user with this name in the user pool.",
        &[
            "Check the username (or the e-mail or phone alias), and that the app client belongs to the right pool and region.",
        ],
    ),
    row(
        &["UserNotConfirmedException"],
        Message::Any,
        "This account has not been confirmed yet.",
        &[
            "Enter the code from the sign-up e-mail or text message, or ask an administrator to confirm the user.",
        ],
    ),
    row(
        &["PasswordResetRequiredException"],
        Message::Any,
        "The password must be reset before you can sign in.",
        &[
            "Choose a new password with the code Cognito sent for the reset (the window's Choose a new password; confirm-forgot-password on the command line), or ask an administrator.",
        ],
    ),
    row(
        &["UsernameExistsException", "AliasExistsException"],
        Message::Any,
        "An account with this username (or e-mail or phone number) already exists.",
        &[
            "Sign in with it instead; if you forgot its password, use Forgot password.",
            "For a fresh test account, choose another username (e.g. add a number).",
        ],
    ),
    row(
        &["CodeDeliveryFailureException"],
        Message::Any,
        "Cognito could not send the code.",
        &[
            "Check the e-mail address or phone number the code goes to.",
            "The user pool's e-mail or SMS sending may not be set up (or has hit its daily limit): show this message to whoever administers the pool.",
        ],
    ),
    // MiniStack's words (AUTH=true): "App client X is not configured for secret but secret
    // hash was received".
    row(
        INVALID_PARAMETER,
        Message::Has(&["not configured", "secret"]),
        "This app client has no client secret, but one was sent.",
        &[
            "Leave Client secret empty for this app client (on the command line: unset $COGNITO_CLIENT_SECRET).",
            "If the app client should have a secret, check that the app client ID is the one you meant.",
        ],
    ),
    row(
        INVALID_PARAMETER,
        Message::Has(&["not enabled", "user_srp_auth"]),
        "This app client does not allow SRP sign-in (USER_SRP_AUTH).",
        &["Enable ALLOW_USER_SRP_AUTH on the app client, or choose the Auto or Password flow."],
    ),
    row(
        INVALID_PARAMETER,
        Message::Has(&["not enabled", "user_auth"]),
        "This app client does not allow choice-based sign-in (USER_AUTH).",
        &[
            "Enable ALLOW_USER_AUTH on the app client (it needs the Essentials tier), or choose another flow.",
        ],
    ),
    Row {
        codes: INVALID_PARAMETER,
        message: Message::Has(&["flow not enabled"]),
        say: Say::ByAttempt(password_flow_not_enabled),
    },
    row(
        INVALID_PARAMETER,
        Message::Any,
        "Cognito refused one of the values sent.",
        &["Cognito's message below names the value; check that field."],
    ),
    row(
        &["ResourceNotFoundException"],
        Message::Any,
        "Cognito does not know this app client.",
        &[
            "Check the app client ID.",
            "The region must be the user pool's region: the part of the pool ID before \"_\".",
        ],
    ),
    row(
        &[
            "InvalidUserPoolConfigurationException",
            "UnsupportedOperationException",
            "OperationNotEnabledException",
            "FeatureUnavailableInTierException",
        ],
        Message::Any,
        "The user pool is not set up for this kind of sign-in.",
        &["Show this message to whoever administers the user pool."],
    ),
    row(
        &["CodeMismatchException"],
        Message::Any,
        "The code is wrong.",
        &["Check the code; for an authenticator app, check that the phone's clock is right."],
    ),
    row(
        &["ExpiredCodeException"],
        Message::Any,
        "The code has expired.",
        &["Start over to have a new code sent (codes last a few minutes)."],
    ),
    row(
        &[
            "InvalidPasswordException",
            "PasswordHistoryPolicyViolationException",
        ],
        Message::Any,
        "The password does not meet the user pool's rules.",
        &[
            "Cognito's message below states the rule; a new password also cannot repeat a recent one.",
        ],
    ),
    row(
        &[
            "TooManyRequestsException",
            "LimitExceededException",
            "TooManyFailedAttemptsException",
        ],
        Message::Any,
        "Too many attempts in a short time.",
        &["Wait a few minutes, then try again."],
    ),
    row(
        &[
            "UserLambdaValidationException",
            "UnexpectedLambdaException",
            "InvalidLambdaResponseException",
        ],
        Message::Any,
        "A custom check in the user pool (a Lambda trigger) stopped the sign-in.",
        &["Its message is below; ask the pool's developers about it."],
    ),
    row(
        &[
            "MFAMethodNotFoundException",
            "SoftwareTokenMFANotFoundException",
        ],
        Message::Any,
        "This MFA method is not set up for the user.",
        &["Choose another method, or ask an administrator to set it up."],
    ),
    row(
        &["RefreshTokenReuseException"],
        Message::Any,
        "This refresh token was already used and replaced by a newer one.",
        &["Sign in again."],
    ),
    row(
        &["ForbiddenException"],
        Message::Any,
        "AWS WAF blocked the request.",
        &[
            "Your network address may be blocked (VPN, office network); ask the pool's administrator.",
        ],
    ),
    row(
        &["InternalErrorException"],
        Message::Any,
        "Cognito had an internal error.",
        &["Try again in a moment."],
    ),
];

/// For a code no row knows ("the request": self-service calls fall here too, not only sign-ins).
const UNKNOWN: Say = Say::Words {
    summary: "Cognito refused the request.",
    hints: &[
        "The code and message below are Cognito's own words; search for them or show them to a developer.",
    ],
};

pub(super) fn explain_service(e: &ServiceError, ctx: &AttemptContext) -> Explanation {
    let lower = e.message.to_lowercase();
    let fits = |message: &Message| match message {
        Message::Any => true,
        Message::Has(words) => words.iter().all(|word| lower.contains(word)),
        Message::Is(text) => e.message.eq_ignore_ascii_case(text),
    };
    let say = ROWS
        .iter()
        .chain(oauth::ROWS)
        .find(|row| row.codes.contains(&e.code.as_str()) && fits(&row.message))
        .map_or(&UNKNOWN, |row| &row.say);
    match say {
        Say::Words { summary, hints } => Explanation::new(*summary, hints),
        Say::ByAttempt(explain) => explain(ctx),
    }
}
