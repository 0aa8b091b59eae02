//! Every explanation is in both catalogues: each key it says exists in English and in Japanese,
//! the Japanese is not the English fallen back to, and the values (a server, a port, Cognito's
//! own words) reach both languages unchanged.

use std::time::Duration;

use super::codes::table_keys;
use super::*;
use crate::cognito::identity::BadIdentityPoolId;
use crate::cognito::loopback::{ListenError, RedirectError};
use crate::cognito::{Endpoint, ServiceError};
use crate::messages::{Lang, Message};
use crate::signin::redirect::BrowserProblem;

fn ctx() -> AttemptContext {
    AttemptContext {
        endpoint: Endpoint::for_region("eu-west-1").unwrap(),
        client_id: "client1".into(),
        sent_secret: false,
        timeout_secs: 7,
        username: "alice@example.com".into(),
        pool_id_given: false,
        by_client_credentials: false,
    }
}

fn service(code: &str, message: &str) -> ServiceError {
    ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    }
}

/// The message is in both catalogues and reads differently in Japanese, with no placeholder
/// left unfilled (a missing value makes Fluent fall back to English, then to the key).
fn translated(message: &Message) {
    let english = message.words(Lang::En);
    let japanese = message.words(Lang::Ja);
    assert_ne!(
        english,
        message.key(),
        "{} is not in en/errors.ftl",
        message.key()
    );
    assert_ne!(
        japanese,
        english,
        "{} is not in ja/errors.ftl",
        message.key()
    );
    assert!(
        japanese
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "{}: {japanese}",
        message.key()
    );
}

fn all_translated(explanation: &Explanation) {
    translated(&explanation.summary);
    explanation.hints.iter().for_each(translated);
    explanation.why.iter().for_each(translated);
}

#[test]
fn every_key_of_the_table_of_codes_is_in_both_languages() {
    let keys = table_keys();
    assert!(keys.len() > 80, "{}", keys.len());
    for key in keys {
        translated(&Message::new(key));
    }
}

/// The explanations made for the attempt (secret, flow, identity pool, browser, network, SRP):
/// each with its values filled.
#[test]
fn every_explanation_made_for_the_attempt_is_in_both_languages() {
    let contexts = [
        ctx(),
        AttemptContext {
            sent_secret: true,
            pool_id_given: true,
            ..ctx()
        },
        AttemptContext {
            sent_secret: true,
            by_client_credentials: true,
            ..ctx()
        },
    ];
    for context in &contexts {
        for (code, message) in [
            (
                "NotAuthorizedException",
                "Unable to verify secret hash for client",
            ),
            (
                "InvalidParameterException",
                "USER_PASSWORD_AUTH flow not enabled for this client",
            ),
            ("invalid_client", "invalid_client"),
        ] {
            let error = CognitoError::Service(service(code, message));
            all_translated(&explain_cognito(&error, context));
        }
    }
    for kind in [
        NetworkErrorKind::Refused,
        NetworkErrorKind::Dns,
        NetworkErrorKind::Tls,
        NetworkErrorKind::Timeout,
        NetworkErrorKind::Proxy,
        NetworkErrorKind::Other,
    ] {
        let error = CognitoError::Network {
            kind,
            detail: String::new(),
        };
        all_translated(&explain_cognito(&error, &ctx()));
    }
    let unexpected = CognitoError::UnexpectedResponse {
        status: 502,
        detail: String::new(),
    };
    all_translated(&explain_cognito(&unexpected, &ctx()));
    for error in [SrpError::NoRandomness, SrpError::Unsafe] {
        all_translated(&explain_srp(&error));
    }
    let why = Message::new("note-srp-needs-pool-id");
    all_translated(&explain_password_not_allowed("127.0.0.1:9229", &why));
    all_translated(&explain_nonce());
    all_translated(&explain_no_id_token());
    all_translated(&explain_identity_pool_id(&BadIdentityPoolId("pool".into())));
}

#[test]
fn every_browser_problem_and_identity_refusal_is_in_both_languages() {
    let denied = |error: &str| RedirectError::Denied {
        error: error.into(),
        description: "no".into(),
    };
    let problems = [
        BrowserProblem::Listen(ListenError::PortInUse { port: 53682 }),
        BrowserProblem::Listen(ListenError::Other("denied".into())),
        BrowserProblem::Redirect(RedirectError::TimedOut {
            after: Duration::from_secs(1),
        }),
        BrowserProblem::Redirect(denied("access_denied")),
        BrowserProblem::Redirect(denied("invalid_scope")),
        BrowserProblem::Redirect(denied("unauthorized_client")),
        BrowserProblem::Redirect(denied("server_error")),
        BrowserProblem::Redirect(RedirectError::WrongState),
        BrowserProblem::Redirect(RedirectError::MissingCode),
        BrowserProblem::Redirect(RedirectError::Io("reset".into())),
    ];
    for problem in &problems {
        all_translated(&explain_browser(problem, "http://localhost:53682/callback"));
    }
    let asked = IdentityAttempt {
        identity_pool_id: "eu-west-2:0a1b".into(),
        user_pool_id: "us-east-1_AbC123".into(),
        client_id: "client1".into(),
    };
    for (code, message) in [
        (
            "NotAuthorizedException",
            "Unauthenticated access is not supported",
        ),
        ("NotAuthorizedException", "Token is expired"),
        (
            "NotAuthorizedException",
            "Invalid login token. Couldn't verify signed token.",
        ),
        ("NotAuthorizedException", "Invalid login token."),
        ("ResourceNotFoundException", "IdentityPool not found"),
        ("InvalidIdentityPoolConfigurationException", "role"),
    ] {
        let error = CognitoError::Service(service(code, message));
        all_translated(&explain_identity(&error, &ctx(), &asked));
    }
}

/// Values are filled in, in the catalogue's word order, not glued: the same server, port and
/// alias reach the Japanese sentence.
#[test]
fn values_reach_the_japanese_words() {
    let port = explain_browser(
        &BrowserProblem::Listen(ListenError::PortInUse { port: 53682 }),
        "http://localhost:53682/callback",
    );
    assert!(
        port.summary_in(Lang::Ja)
            .starts_with("このコンピューターのポート 53682 は")
    );
    let why = Message::new("note-srp-needs-pool-id");
    let kept = explain_password_not_allowed("127.0.0.1:9229", &why);
    let japanese = kept.summary_in(Lang::Ja);
    assert_eq!(japanese.matches("127.0.0.1:9229").count(), 2, "{japanese}");
    // The why is the note in the same language, not the English one.
    let why = kept.why.as_ref().unwrap().words(Lang::Ja);
    assert!(why.contains("ユーザープール ID が必要"), "{why}");
    let error = CognitoError::Service(service("NotAuthorizedException", "secret hash mismatch"));
    let sent = AttemptContext {
        sent_secret: true,
        ..ctx()
    };
    let hints = explain_cognito(&error, &sent).hints_in(Lang::Ja).join(" ");
    assert!(
        hints.contains("「alice@example.com」はメールアドレスです"),
        "{hints}"
    );
    assert!(hints.contains("client1"), "{hints}");
}

/// A wrong password, the commonest failure, reads as a Japanese tester expects.
#[test]
fn a_wrong_password_in_japanese() {
    let error = CognitoError::Service(service(
        "NotAuthorizedException",
        "Incorrect username or password.",
    ));
    let e = explain_cognito(&error, &ctx());
    assert_eq!(
        e.summary_in(Lang::Ja),
        "ユーザー名またはパスワードが正しくありません。"
    );
    assert_eq!(e.summary.english(), "The username or password is wrong.");
    assert!(e.hints_in(Lang::Ja)[0].contains("Caps Lock"));
}
