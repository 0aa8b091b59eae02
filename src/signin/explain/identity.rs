//! What to say when an identity pool refuses to trade the ID token for AWS credentials
//! (GetId, GetCredentialsForIdentity; cognito-protocol.md §8). Its own words because the
//! same codes mean other things there: NotAuthorizedException is not a wrong password but a
//! token the pool does not trust, ResourceNotFoundException names the identity pool.

use crate::cognito::ServiceError;
use crate::cognito::identity::BadIdentityPoolId;

use crate::messages::Message;

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

const ADD_THE_CLIENT: &str = "error-identity-add-client-hint";

/// The identity pool's own words for a refusal; `None` for one any Cognito call may get
/// (throttling, an internal error), said the usual way.
pub(super) fn explain_refusal(e: &ServiceError, asked: &IdentityAttempt) -> Option<Explanation> {
    let pool = shown(&asked.identity_pool_id);
    let lower = e.message.to_lowercase();
    Some(match e.code.as_str() {
        "NotAuthorizedException" if lower.contains("unauthenticated") => Explanation::of(
            Message::new("error-identity-unauthenticated").with("pool", pool),
            &[ADD_THE_CLIENT],
        ),
        "NotAuthorizedException" if lower.contains("expired") => {
            Explanation::keys("error-identity-expired", &["error-identity-expired-hint"])
        }
        "NotAuthorizedException" if lower.contains("signature") => Explanation::keys(
            "error-identity-signature",
            &["error-identity-signature-hint"],
        ),
        "NotAuthorizedException" => Explanation::of(
            Message::new("error-identity-untrusted")
                .with("pool", pool)
                .with("client", shown(&asked.client_id))
                .with("user-pool", shown(&asked.user_pool_id)),
            &[ADD_THE_CLIENT],
        ),
        "ResourceNotFoundException" => Explanation::of(
            Message::new("error-identity-no-pool").with("pool", pool),
            &["error-identity-no-pool-hint"],
        ),
        "InvalidIdentityPoolConfigurationException" => {
            Explanation::keys("error-identity-role", &["error-identity-role-hint"])
        }
        _ => return None,
    })
}

/// An identity pool ID that is not one, found before anything was sent.
pub fn explain_identity_pool_id(bad: &BadIdentityPoolId) -> Explanation {
    Explanation::of(
        Message::new("error-identity-bad-id").with("id", shown(&bad.0)),
        &["error-identity-bad-id-hint"],
    )
}

/// Client credentials sign the app client in, not a person: there is no ID token to trade.
pub fn explain_no_id_token() -> Explanation {
    Explanation::keys(
        "error-identity-no-id-token",
        &["error-identity-no-id-token-hint"],
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
