//! The OAuth errors of managed login's endpoints (`/oauth2/token`, `/oauth2/userInfo`, the
//! authorize redirect's `error=`; cognito-protocol.md §7, next-wave.md §2): rows read after
//! Cognito's own, in MiniStack's and cognito-local's words where they say more than the code.

use super::super::explanation::{AttemptContext, Explanation};
use super::{Message, Row, Say, row};

pub(super) const ROWS: &[Row] = &[
    row(
        &["invalid_client"],
        Message::Has(&["confidential"]),
        "error-oauth-needs-secret",
        &["error-oauth-needs-secret-hint"],
    ),
    Row {
        codes: &["invalid_client"],
        message: Message::Any,
        say: Say::ByAttempt(oauth_client_secret),
    },
    // MiniStack: "PKCE verification failed."; cognito-local: "code_verifier does not match".
    row(
        &["invalid_grant"],
        Message::Has(&["verif"]),
        "error-oauth-pkce",
        &["error-oauth-browser-again"],
    ),
    row(
        &["invalid_grant"],
        Message::Has(&["refresh token"]),
        "error-refresh-refused",
        &["error-oauth-refresh-hint"],
    ),
    row(
        &["invalid_grant"],
        Message::Any,
        "error-oauth-grant",
        &["error-oauth-grant-hint", "error-oauth-grant-hint-scopes"],
    ),
    row(
        &["invalid_scope"],
        Message::Any,
        "error-oauth-scope",
        &["error-oauth-scope-hint", "error-oauth-scope-hint-browser"],
    ),
    row(
        &["unauthorized_client"],
        Message::Any,
        "error-oauth-unauthorized",
        &[
            "error-oauth-unauthorized-hint",
            "error-oauth-unauthorized-hint-browser",
        ],
    ),
    row(
        &["unsupported_grant_type"],
        Message::Any,
        "error-oauth-grant-type",
        &[
            "error-oauth-grant-type-hint",
            "error-oauth-grant-type-hint-local",
        ],
    ),
    row(
        &["redirect_mismatch"],
        Message::Any,
        "error-oauth-callback",
        &["error-oauth-callback-hint"],
    ),
    row(
        &["invalid_request"],
        Message::Has(&["redirect_uri"]),
        "error-oauth-callback",
        &["error-oauth-callback-hint"],
    ),
    row(
        &["invalid_request"],
        Message::Any,
        "error-oauth-request",
        &["error-oauth-request-hint"],
    ),
    row(
        &["access_denied"],
        Message::Any,
        "error-oauth-denied",
        &["error-oauth-denied-hint"],
    ),
    row(
        &["invalid_token"],
        Message::Any,
        "error-oauth-token",
        &["error-oauth-token-hint", "error-oauth-token-hint-userinfo"],
    ),
];

/// `invalid_client` from the token endpoint: depends on whether a secret was sent.
fn oauth_client_secret(ctx: &AttemptContext) -> Explanation {
    if ctx.by_client_credentials {
        return Explanation::keys(
            "error-oauth-client-credentials",
            &[
                "error-oauth-client-credentials-hint",
                "error-oauth-client-credentials-hint-m2m",
            ],
        );
    }
    if ctx.sent_secret {
        return Explanation::keys(
            "error-oauth-secret-wrong",
            &["error-oauth-secret-wrong-hint"],
        );
    }
    Explanation::keys(
        "error-oauth-secret-missing",
        &["error-oauth-secret-missing-hint"],
    )
}

/// The keys `oauth_client_secret` may say, for the catalogue tests.
#[cfg(test)]
pub(super) const ATTEMPT_KEYS: &[&str] = &[
    "error-oauth-client-credentials",
    "error-oauth-client-credentials-hint",
    "error-oauth-client-credentials-hint-m2m",
    "error-oauth-secret-wrong",
    "error-oauth-secret-wrong-hint",
    "error-oauth-secret-missing",
    "error-oauth-secret-missing-hint",
];
