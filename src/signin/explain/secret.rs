//! What to say when Cognito refuses the client secret or the flow, where the right words
//! depend on the attempt: whether a secret was sent, which username its hash was made with,
//! whether the user pool ID was given. The rows of `codes.rs` point here.

use super::explanation::{AttemptContext, Explanation};

/// A secret hash Cognito could not check: the secret is missing or wrong, depending on
/// whether one was sent.
pub(super) fn client_secret(ctx: &AttemptContext) -> Explanation {
    let client = &ctx.client_id;
    let how = format!(
        "The app sends SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client ID {client}))."
    );
    if !ctx.sent_secret {
        return Explanation::new(
            "This app client has a client secret, and none was sent: enter it to sign in.",
            &[],
        )
        .hint("Copy the client secret from the Cognito console (App integration > App clients) into Client secret (on the command line: set $COGNITO_CLIENT_SECRET).")
        .hint(how);
    }
    let mut explanation = Explanation::new(
        "The client secret does not match this app client.",
        &["Copy the client secret again from the app client's page in the Cognito console."],
    );
    // A refresh (and every step after the first) hashes Cognito's internal username, never
    // the alias typed at sign-in (cognito-protocol.md §4): an alias here is the likelier cause.
    if let Some(kind) = alias_kind(&ctx.username) {
        // Shown on screen and in a terminal: no control character gets there.
        let name: String = ctx.username.chars().filter(|c| !c.is_control()).collect();
        explanation = explanation.hint(format!(
            "The username \"{name}\" is {kind}: a refresh's SECRET_HASH is made with Cognito's internal username (cognito:username in the ID token), not an e-mail or phone alias. Use that username (on the command line: --username, or pipe the JSON `sign-in` printed to `refresh`, which reads it from the ID token)."
        ));
    }
    explanation.hint(how)
}

/// USER_PASSWORD_AUTH refused by the app client. Without the user pool ID SRP could not be
/// tried, and an app client that allows only SRP is the usual reason.
pub(super) fn password_flow_not_enabled(ctx: &AttemptContext) -> Explanation {
    let mut explanation = Explanation::new(
        "This app client does not allow signing in with a username and password (USER_PASSWORD_AUTH).",
        &[],
    );
    if !ctx.pool_id_given {
        explanation = explanation.hint(
            "SRP, which the app client may allow instead (ALLOW_USER_SRP_AUTH), needs the user pool ID, which was not given: enter the user pool ID (on the command line: --pool-id) and sign in with the Auto or SRP flow.",
        );
    }
    explanation
        .hint("In the Cognito console, open the app client and enable ALLOW_USER_PASSWORD_AUTH under Authentication flows, or sign in with SRP.")
        .hint("Check that the app client ID is the one you meant.")
}

/// "an e-mail address" or "a phone number" when `username` has that shape: an alias
/// Cognito signs in with, but not the internal username a later SECRET_HASH needs.
fn alias_kind(username: &str) -> Option<&'static str> {
    let name = username.trim();
    if let Some((local, domain)) = name.split_once('@')
        && !local.is_empty()
        && !domain.is_empty()
    {
        return Some("an e-mail address");
    }
    // Cognito keeps phone numbers in E.164: a plus and up to 15 digits.
    let digits = name.strip_prefix('+')?;
    (digits.len() >= 7 && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some("a phone number")
}
