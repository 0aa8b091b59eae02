//! The OAuth errors of managed login's endpoints (`/oauth2/token`, `/oauth2/userInfo`, the
//! authorize redirect's `error=`; cognito-protocol.md §7, next-wave.md §2): rows read after
//! Cognito's own, in MiniStack's and cognito-local's words where they say more than the code.

use super::super::explanation::{AttemptContext, Explanation};
use super::{Message, Row, Say, row};

pub(super) const ROWS: &[Row] = &[
    row(
        &["invalid_client"],
        Message::Has(&["confidential"]),
        CREDENTIALS_NEED_A_SECRET,
        &[CREDENTIALS_NEED_A_SECRET_HINT],
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
        "The sign-in code was refused: its PKCE code verifier does not match.",
        &["Sign in with the browser again, from the start."],
    ),
    row(
        &["invalid_grant"],
        Message::Has(&["refresh token"]),
        "The refresh token is no longer accepted.",
        &[
            "It was revoked (Sign out revokes it), has expired, or belongs to another app client: sign in again.",
        ],
    ),
    row(
        &["invalid_grant"],
        Message::Any,
        "The sign-in code or the scopes asked for were refused.",
        &[
            "A code works once, for a few minutes, with the app client and callback URL it was issued to: sign in with the browser again.",
            "For client credentials: allow every scope asked for on the app client (Login pages > Custom scopes).",
        ],
    ),
    row(
        &["invalid_scope"],
        Message::Any,
        "A scope asked for does not exist or is not allowed for this app client.",
        &[
            "Client credentials take only custom scopes (resource-server/scope) of a resource server of the pool, allowed on the app client.",
            "Browser sign-in takes openid, email, phone and profile (the last three only with openid) if the app client allows them.",
        ],
    ),
    row(
        &["unauthorized_client"],
        Message::Any,
        "This app client is not allowed this kind of sign-in.",
        &[
            "Client credentials: this app client is not allowed client credentials, or has no client secret: client credentials need one.",
            "Browser sign-in: allow the Authorization code grant on the app client (Login pages > OAuth grant types).",
        ],
    ),
    row(
        &["unsupported_grant_type"],
        Message::Any,
        "The server does not offer this way of getting tokens.",
        &[
            "Check that the domain is the user pool's domain (https://<prefix>.auth.<region>.amazoncognito.com, or its custom domain).",
            "cognito-local has no client credentials: use MiniStack or Cognito for them.",
        ],
    ),
    row(
        &["redirect_mismatch"],
        Message::Any,
        "The callback URL is not registered on this app client.",
        &[CALLBACK_HINT],
    ),
    row(
        &["invalid_request"],
        Message::Has(&["redirect_uri"]),
        "The callback URL is not registered on this app client.",
        &[CALLBACK_HINT],
    ),
    row(
        &["invalid_request"],
        Message::Any,
        "The managed login refused the request as incomplete or malformed.",
        &[
            "Its description below names what is wrong; check the domain, the callback URL and the scopes.",
        ],
    ),
    row(
        &["access_denied"],
        Message::Any,
        "The sign-in was cancelled or refused in the browser.",
        &[
            "Sign in with the browser again; if you did not cancel, the identity provider or a Lambda trigger refused the user.",
        ],
    ),
    row(
        &["invalid_token"],
        Message::Any,
        "The access token was refused.",
        &[
            "It expired or was revoked: refresh, or sign in again.",
            "userInfo takes only access tokens from the browser sign-in with the openid scope; one from a password sign-in is refused.",
        ],
    ),
];

const CREDENTIALS_NEED_A_SECRET: &str =
    "This app client has no client secret: client credentials need one.";
const CREDENTIALS_NEED_A_SECRET_HINT: &str = "Create an app client with a client secret (a confidential client) and allow it client credentials.";
const CALLBACK_HINT: &str = "Register the callback URL exactly as the profile has it (e.g. http://localhost:53682/callback: host, port and path) in the app client's Allowed callback URLs.";

/// `invalid_client` from the token endpoint: depends on whether a secret was sent.
fn oauth_client_secret(ctx: &AttemptContext) -> Explanation {
    if ctx.by_client_credentials {
        return Explanation::new(
            "The client secret is wrong, or this app client has no client secret: client credentials need one.",
            &[
                "Copy the client secret again from the app client's page in the Cognito console.",
                "Client credentials work only with an app client that has a secret (a machine-to-machine client) and the Client credentials grant.",
            ],
        );
    }
    if ctx.sent_secret {
        return Explanation::new(
            "The client secret is wrong, or this app client has none and one was sent.",
            &[
                "Copy the client secret again from the app client's page in the Cognito console, or leave it empty for a client without one.",
            ],
        );
    }
    Explanation::new(
        "This app client has a client secret and none was sent, or the app client ID is wrong.",
        &[
            "Enter the client secret (on the command line: set $COGNITO_CLIENT_SECRET), and check the app client ID.",
        ],
    )
}
