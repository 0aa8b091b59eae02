//! What to say when Cognito refuses the client secret or the flow, where the right words
//! depend on the attempt: whether a secret was sent, which username its hash was made with,
//! whether the user pool ID was given. The rows of `codes.rs` point here.

use crate::messages::Message;

use super::explanation::{AttemptContext, Explanation};

/// A secret hash Cognito could not check: the secret is missing or wrong, depending on
/// whether one was sent.
pub(super) fn client_secret(ctx: &AttemptContext) -> Explanation {
    let how = Message::new("error-secret-hash-how").with("client", ctx.client_id.to_string());
    if !ctx.sent_secret {
        return Explanation::keys("error-secret-missing", &["error-secret-missing-hint"]).hint(how);
    }
    let mut explanation = Explanation::keys("error-secret-wrong", &["error-secret-wrong-hint"]);
    // A refresh (and every step after the first) hashes Cognito's internal username, never
    // the alias typed at sign-in (cognito-protocol.md §4): an alias here is the likelier cause.
    if let Some(kind) = alias_kind(&ctx.username) {
        // Shown on screen and in a terminal: no control character gets there.
        let name: String = ctx.username.chars().filter(|c| !c.is_control()).collect();
        explanation = explanation.hint(
            Message::new("error-secret-alias")
                .with("name", name)
                .with("kind", kind),
        );
    }
    explanation.hint(how)
}

/// USER_PASSWORD_AUTH refused by the app client. Without the user pool ID SRP could not be
/// tried, and an app client that allows only SRP is the usual reason.
pub(super) fn password_flow_not_enabled(ctx: &AttemptContext) -> Explanation {
    let mut hints = Vec::new();
    if !ctx.pool_id_given {
        hints.push("error-password-flow-hint-pool-id");
    }
    hints.extend([
        "error-password-flow-hint",
        "error-password-flow-hint-client",
    ]);
    Explanation::keys("error-password-flow", &hints)
}

/// "email" or "phone" (the catalogue's selector for "an e-mail address", "a phone number")
/// when `username` has that shape: an alias Cognito signs in with, but not the internal
/// username a later SECRET_HASH needs.
fn alias_kind(username: &str) -> Option<&'static str> {
    let name = username.trim();
    if let Some((local, domain)) = name.split_once('@')
        && !local.is_empty()
        && !domain.is_empty()
    {
        return Some("email");
    }
    // Cognito keeps phone numbers in E.164: a plus and up to 15 digits.
    let digits = name.strip_prefix('+')?;
    (digits.len() >= 7 && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some("phone")
}
