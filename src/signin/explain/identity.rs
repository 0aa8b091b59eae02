//! What to say when an identity pool refuses to trade the ID token for AWS credentials
//! (GetId, GetCredentialsForIdentity; cognito-protocol.md §8). Its own words because the
//! same codes mean other things there: NotAuthorizedException is not a wrong password but a
//! token the pool does not trust, ResourceNotFoundException names the identity pool.

use crate::cognito::ServiceError;
use crate::cognito::identity::BadIdentityPoolId;

use super::explanation::Explanation;

/// Which identity pool was asked, for whom: named in the explanations (none is a secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityAttempt {
    pub identity_pool_id: String,
    /// The user pool the ID token is from.
    pub user_pool_id: String,
    /// The app client the ID token was issued to (its `aud`).
    pub client_id: String,
}

const ADD_THE_CLIENT: &str = "In the identity pool (Cognito console > Identity pools > the pool > User access), add the user pool and this app client as an identity provider, or use the identity pool made for this app client.";

/// The identity pool's own words for a refusal; `None` for one any Cognito call may get
/// (throttling, an internal error), said the usual way.
pub(super) fn explain_refusal(e: &ServiceError, asked: &IdentityAttempt) -> Option<Explanation> {
    let pool = shown(&asked.identity_pool_id);
    let lower = e.message.to_lowercase();
    Some(match e.code.as_str() {
        "NotAuthorizedException" if lower.contains("unauthenticated") => Explanation::new(
            format!(
                "Identity pool {pool} refused: it does not allow unauthenticated access, and it did not accept this sign-in as an authenticated one."
            ),
            &[ADD_THE_CLIENT],
        ),
        "NotAuthorizedException" if lower.contains("expired") => Explanation::new(
            "The identity pool refused the ID token: it has expired.",
            &["Refresh the tokens, then get AWS credentials again."],
        ),
        "NotAuthorizedException" if lower.contains("signature") => Explanation::new(
            "The identity pool could not verify the ID token's signature.",
            &[
                "The token was not issued by the user pool the identity pool trusts: sign in again with that pool.",
            ],
        ),
        "NotAuthorizedException" => Explanation::new(
            format!(
                "Identity pool {pool} does not trust app client {} of user pool {}.",
                shown(&asked.client_id),
                shown(&asked.user_pool_id)
            ),
            &[ADD_THE_CLIENT],
        ),
        "ResourceNotFoundException" => Explanation::new(
            format!("There is no identity pool {pool}."),
            &[
                "Check the identity pool ID (Cognito console > Identity pools): it starts with the pool's region, which may differ from the user pool's.",
            ],
        ),
        "InvalidIdentityPoolConfigurationException" => Explanation::new(
            "The identity pool's role for signed-in users cannot be assumed with this identity.",
            &[
                "Check the role's trust policy: it must allow sts:AssumeRoleWithWebIdentity for cognito-identity.amazonaws.com, with aud = the identity pool ID and amr = authenticated.",
            ],
        ),
        _ => return None,
    })
}

/// An identity pool ID that is not one, found before anything was sent.
pub fn explain_identity_pool_id(bad: &BadIdentityPoolId) -> Explanation {
    Explanation::new(
        format!("\"{}\" is not an identity pool ID.", shown(&bad.0)),
        &[
            "Copy it from the Cognito console (Identity pools > the pool): it looks like us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789.",
        ],
    )
}

/// Client credentials sign the app client in, not a person: there is no ID token to trade.
pub fn explain_no_id_token() -> Explanation {
    Explanation::new(
        "This sign-in has no ID token, which an identity pool needs.",
        &["Sign in as a user (password or browser): client credentials give an access token only."],
    )
}

/// A name from a token or the person, made safe to show on one line.
fn shown(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_control()).take(128).collect();
    if text.is_empty() {
        "(unknown)".to_owned()
    } else {
        text
    }
}

#[cfg(test)]
#[path = "identity_tests.rs"]
mod tests;
