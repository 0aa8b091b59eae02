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
    Explanation::new(
        format!(
            "Your password was not sent to {server}: SRP, which keeps the password on this computer, did not work there, and {server} is not Amazon Cognito."
        ),
        &[
            "If your team runs this server (or it is an emulator on this computer), choose \"Send the password to this server\" below: asked once for this profile.",
            "Or choose the Password flow (on the command line: --flow password).",
        ],
    )
    .hint_why(format!("Why SRP did not work: {}.", why.english()))
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
        Field::Domain => {
            "Copy the domain from the Cognito console (User pools > the pool > Branding > Domain); for a local emulator, its address."
        }
        Field::CallbackUrl => {
            "Use a callback URL registered on the app client, such as http://localhost:53682/callback (App clients > the client > Login pages)."
        }
        Field::Scopes => {
            "Type the scopes separated by spaces, as the app client allows them (for client credentials, the resource server's, e.g. orders/read)."
        }
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

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
