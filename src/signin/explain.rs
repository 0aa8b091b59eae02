//! Turns every failure into a sentence a tester understands and hints for what to do, keeping
//! Cognito's exact code and message for the developer. Cognito's codes are a table in
//! `codes.rs`, following ../shared/docs/landscape.md §3.

use crate::cognito::srp::SrpError;
use crate::cognito::{CognitoError, NetworkErrorKind};
use crate::messages::Message;

use super::form::{Field, InputError};
pub use browser::{explain_browser, explain_nonce};
use codes::explain_service;
pub use explanation::{AttemptContext, Explanation};
pub use identity::{IdentityAttempt, explain_identity_pool_id, explain_no_id_token};

mod browser;
mod codes;
mod explanation;
mod identity;
mod secret;

/// A problem with the person's answer to a challenge, found before anything was sent.
pub fn explain_answer(message: Message) -> Explanation {
    Explanation::of(message, &[])
}

pub fn explain_srp(error: &SrpError) -> Explanation {
    match error {
        SrpError::NoRandomness => {
            Explanation::keys("error-srp-randomness", &["error-srp-randomness-hint"])
        }
        SrpError::BadChallenge(_) | SrpError::Unsafe => Explanation::of(
            Message::new("error-srp-challenge").with("said", error.to_string()),
            &["error-srp-challenge-hint", "error-srp-challenge-hint-pool"],
        ),
    }
}

/// Why Auto fell back from SRP to USER_PASSWORD_AUTH, when the app client refused SRP.
pub fn srp_fallback_note(error: &CognitoError) -> Message {
    match error {
        CognitoError::Service(e) => Message::new("note-srp-not-allowed-said")
            .with("code", &e.code)
            .with("said", &e.message),
        _ => Message::new("note-srp-not-allowed"),
    }
}

/// Auto stopped before sending the password itself to `server`, which is not Amazon Cognito.
pub fn explain_password_not_allowed(server: &str, why: &Message) -> Explanation {
    Explanation::of(
        Message::new("error-password-not-sent").with("server", server),
        &[
            "error-password-not-sent-hint",
            "error-password-not-sent-hint-flow",
        ],
    )
    .hint_why(Message::new("error-password-not-sent-why").with("why", why.clone()))
}

/// A form's field that cannot work. The summary is the check's own sentence (its message once
/// `InputError::message` exists); the hint says where that field's value comes from.
pub fn explain_input(error: &InputError) -> Explanation {
    let where_to = match error.field() {
        Field::Region => "error-input-region",
        Field::PoolId => "error-input-pool-id",
        Field::ClientId => "error-input-client-id",
        Field::ClientSecret => "error-input-client-secret",
        Field::Username => "error-input-username",
        Field::Password => "error-input-password",
        Field::Endpoint => "error-input-endpoint",
        Field::Proxy => "error-input-proxy",
        Field::Timeout => "error-input-timeout",
        Field::Flow => "error-input-flow",
        Field::Domain => "error-input-domain",
        Field::CallbackUrl => "error-input-callback-url",
        Field::Scopes => "error-input-scopes",
    };
    let mut summary = error.to_string();
    if let Some(first) = summary.get(..1) {
        summary = first.to_uppercase() + &summary[1..];
    }
    Explanation::of(Message::said(summary + "."), &[where_to])
}

pub fn explain_cognito(error: &CognitoError, ctx: &AttemptContext) -> Explanation {
    match error {
        CognitoError::Service(e) => explain_service(e, ctx),
        CognitoError::Network { kind, .. } => explain_network(*kind, ctx),
        CognitoError::UnexpectedResponse { status, .. } => Explanation::of(
            Message::new("error-not-cognito").with("status", status.to_string()),
            &["error-not-cognito-hint", "error-not-cognito-hint-proxy"],
        ),
    }
}

/// A failed GetId or GetCredentialsForIdentity: the identity pool's own words where its codes
/// mean something else than the user pools' (`identity.rs`), else those of any call.
pub fn explain_identity(
    error: &CognitoError,
    ctx: &AttemptContext,
    asked: &IdentityAttempt,
) -> Explanation {
    match error {
        CognitoError::Service(e) => {
            identity::explain_refusal(e, asked).unwrap_or_else(|| explain_cognito(error, ctx))
        }
        _ => explain_cognito(error, ctx),
    }
}

fn explain_network(kind: NetworkErrorKind, ctx: &AttemptContext) -> Explanation {
    let host = ctx.endpoint.url().host_str().map(str::to_owned);
    let at = |key: &'static str| match &host {
        Some(host) => Message::new(key).with("host", host.as_str()),
        None => Message::new(key).with("host", Message::new("error-the-server")),
    };
    let custom = ctx.endpoint.is_custom();
    match kind {
        // With a chosen proxy, every connection is made to the proxy.
        NetworkErrorKind::Refused if ctx.endpoint.proxy().is_some() => Explanation::of(
            Message::new("error-proxy-refused").with(
                "proxy",
                ctx.endpoint.proxy().map(|p| p.as_str()).unwrap_or_default(),
            ),
            &["error-proxy-refused-hint"],
        ),
        NetworkErrorKind::Refused if custom => Explanation::of(
            Message::new("error-endpoint-refused").with("endpoint", ctx.endpoint.to_string()),
            &["error-endpoint-refused-hint"],
        ),
        NetworkErrorKind::Refused => Explanation::of(at("error-refused"), &["error-network-hint"]),
        NetworkErrorKind::Dns => {
            Explanation::of(at("error-dns"), &["error-dns-hint", "error-dns-hint-vpn"])
        }
        NetworkErrorKind::Tls => {
            Explanation::of(at("error-tls"), &["error-tls-hint", "error-tls-hint-clock"])
        }
        NetworkErrorKind::Timeout => Explanation::of(
            at("error-timeout").with("seconds", ctx.timeout_secs),
            &["error-timeout-hint"],
        ),
        NetworkErrorKind::Proxy => Explanation::of(
            at("error-proxy"),
            &["error-proxy-hint", "error-proxy-hint-sign-in"],
        ),
        NetworkErrorKind::Other => {
            Explanation::of(at("error-unreachable"), &["error-network-hint"])
        }
    }
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
#[cfg(test)]
#[path = "explain/translated_tests.rs"]
mod translated_tests;
