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

/// What a row tells the person: catalogue keys (errors.ftl), or words made for the attempt.
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

const WRONG_PASSWORD: &str = "error-wrong-password";
const WRONG_PASSWORD_HINTS: &[&str] = &[
    "error-wrong-password-hint",
    "error-wrong-password-hint-hidden",
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
        "error-disabled",
        &["error-disabled-hint"],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["attempts exceeded"]),
        "error-locked",
        &["error-locked-hint"],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["session"]),
        "error-session-expired",
        &["error-session-expired-hint"],
    ),
    row(
        NOT_AUTHORIZED,
        Message::Has(&["refresh token"]),
        "error-refresh-refused",
        &[
            "error-refresh-refused-hint",
            "error-refresh-refused-hint-again",
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
        "error-no-user",
        &["error-no-user-hint"],
    ),
    row(
        &["UserNotConfirmedException"],
        Message::Any,
        "error-not-confirmed",
        &["error-not-confirmed-hint"],
    ),
    row(
        &["PasswordResetRequiredException"],
        Message::Any,
        "error-reset-required",
        &["error-reset-required-hint"],
    ),
    row(
        &["UsernameExistsException", "AliasExistsException"],
        Message::Any,
        "error-exists",
        &["error-exists-hint", "error-exists-hint-fresh"],
    ),
    row(
        &["CodeDeliveryFailureException"],
        Message::Any,
        "error-not-delivered",
        &["error-not-delivered-hint", "error-not-delivered-hint-admin"],
    ),
    // MiniStack's words (AUTH=true): "App client X is not configured for secret but secret
    // hash was received".
    row(
        INVALID_PARAMETER,
        Message::Has(&["not configured", "secret"]),
        "error-secret-not-expected",
        &[
            "error-secret-not-expected-hint",
            "error-secret-not-expected-hint-client",
        ],
    ),
    row(
        INVALID_PARAMETER,
        Message::Has(&["not enabled", "user_srp_auth"]),
        "error-srp-not-allowed",
        &["error-srp-not-allowed-hint"],
    ),
    row(
        INVALID_PARAMETER,
        Message::Has(&["not enabled", "user_auth"]),
        "error-choice-not-allowed",
        &["error-choice-not-allowed-hint"],
    ),
    Row {
        codes: INVALID_PARAMETER,
        message: Message::Has(&["flow not enabled"]),
        say: Say::ByAttempt(password_flow_not_enabled),
    },
    row(
        INVALID_PARAMETER,
        Message::Any,
        "error-invalid-value",
        &["error-invalid-value-hint"],
    ),
    row(
        &["ResourceNotFoundException"],
        Message::Any,
        "error-unknown-client",
        &[
            "error-unknown-client-hint",
            "error-unknown-client-hint-region",
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
        "error-pool-not-set-up",
        &["error-pool-not-set-up-hint"],
    ),
    row(
        &["CodeMismatchException"],
        Message::Any,
        "error-wrong-code",
        &["error-wrong-code-hint"],
    ),
    row(
        &["ExpiredCodeException"],
        Message::Any,
        "error-code-expired",
        &["error-code-expired-hint"],
    ),
    row(
        &[
            "InvalidPasswordException",
            "PasswordHistoryPolicyViolationException",
        ],
        Message::Any,
        "error-weak-password",
        &["error-weak-password-hint"],
    ),
    row(
        &[
            "TooManyRequestsException",
            "LimitExceededException",
            "TooManyFailedAttemptsException",
        ],
        Message::Any,
        "error-too-many",
        &["error-too-many-hint"],
    ),
    row(
        &[
            "UserLambdaValidationException",
            "UnexpectedLambdaException",
            "InvalidLambdaResponseException",
        ],
        Message::Any,
        "error-lambda",
        &["error-lambda-hint"],
    ),
    row(
        &[
            "MFAMethodNotFoundException",
            "SoftwareTokenMFANotFoundException",
        ],
        Message::Any,
        "error-mfa-not-set-up",
        &["error-mfa-not-set-up-hint"],
    ),
    row(
        &["RefreshTokenReuseException"],
        Message::Any,
        "error-refresh-reused",
        &["error-sign-in-again"],
    ),
    row(
        &["ForbiddenException"],
        Message::Any,
        "error-waf",
        &["error-waf-hint"],
    ),
    row(
        &["InternalErrorException"],
        Message::Any,
        "error-internal",
        &["error-internal-hint"],
    ),
];

/// For a code no row knows ("the request": self-service calls fall here too, not only sign-ins).
const UNKNOWN: Say = Say::Words {
    summary: "error-unknown",
    hints: &["error-unknown-hint"],
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
        Say::Words { summary, hints } => Explanation::keys(summary, hints),
        Say::ByAttempt(explain) => explain(ctx),
    }
}

/// Every catalogue key the table's rows say, for the catalogue tests.
#[cfg(test)]
pub(super) fn table_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    for say in ROWS
        .iter()
        .chain(oauth::ROWS)
        .map(|row| &row.say)
        .chain([&UNKNOWN])
    {
        if let Say::Words { summary, hints } = say {
            keys.push(*summary);
            keys.extend(hints.iter());
        }
    }
    keys.extend(oauth::ATTEMPT_KEYS);
    keys
}
