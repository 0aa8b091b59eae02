use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};

use super::*;
use crate::cognito::{AuthenticationResult, NetworkErrorKind};
use crate::signin::form::Field;

fn form() -> SignInForm {
    SignInForm {
        region: "us-east-1".into(),
        client_id: "client1".into(),
        username: "alice".into(),
        password: SecretString::from("pw"),
        ..SignInForm::default()
    }
}

fn submitted() -> (SignInSession, u64) {
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Submit(form()));
    let attempt = match effects.as_slice() {
        [
            Effect::SaveSettings(settings),
            Effect::Send { attempt, request },
        ] => {
            assert_eq!(settings.client_id, "client1");
            assert_eq!(request.username, "alice");
            *attempt
        }
        other => panic!("{other:?}"),
    };
    (s, attempt)
}

fn finish(s: &mut SignInSession, attempt: u64, outcome: Outcome) -> Vec<Effect> {
    s.apply(Event::Finished {
        attempt,
        outcome,
        received_at: SystemTime::UNIX_EPOCH,
    })
}

fn tokens_response() -> AuthResponse {
    AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some("id".into()),
            access_token: Some("access".into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[test]
fn submit_then_tokens() {
    let (mut s, attempt) = submitted();
    assert!(s.is_submitting());
    assert!(finish(&mut s, attempt, Ok(tokens_response())).is_empty());
    match s.phase() {
        Phase::SignedIn(t) => {
            assert_eq!(t.id.as_ref().unwrap().expose_secret(), "id");
            assert_eq!(t.expires_in, Some(3600));
        }
        other => panic!("{other:?}"),
    }
    s.apply(Event::SignOut);
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn second_submit_sends_nothing() {
    let (mut s, _) = submitted();
    assert!(s.apply(Event::Submit(form())).is_empty());
    assert!(s.is_submitting());
}

#[test]
fn cancel_aborts_and_late_answer_is_ignored() {
    let (mut s, attempt) = submitted();
    match s.apply(Event::Cancel).as_slice() {
        [Effect::Abort { attempt: a }] => assert_eq!(*a, attempt),
        other => panic!("{other:?}"),
    }
    assert!(matches!(s.phase(), Phase::Editing));
    finish(&mut s, attempt, Ok(tokens_response()));
    assert!(matches!(s.phase(), Phase::Editing));
    assert!(s.apply(Event::Cancel).is_empty());
}

#[test]
fn a_new_attempt_ignores_the_old_one() {
    let (mut s, first) = submitted();
    s.apply(Event::Cancel);
    let effects = s.apply(Event::Submit(form()));
    let Some(Effect::Send {
        attempt: second, ..
    }) = effects.last()
    else {
        panic!("{effects:?}")
    };
    assert_ne!(first, *second);
    finish(&mut s, first, Ok(tokens_response()));
    assert!(s.is_submitting());
}

#[test]
fn invalid_form_fails_without_sending() {
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Submit(SignInForm {
        password: SecretString::default(),
        ..form()
    }));
    assert!(effects.is_empty());
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::InvalidInput(e),
            explanation,
        }) => {
            assert_eq!(e.field(), Field::Password);
            assert_eq!(explanation.summary, "Enter the password.");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn cognito_error_keeps_code_and_gets_hint() {
    let (mut s, attempt) = submitted();
    let err = CognitoError::Service(ServiceError {
        code: "UserNotFoundException".into(),
        message: "User does not exist.".into(),
        status: 400,
        request_id: None,
    });
    finish(&mut s, attempt, Err(err));
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::Cognito(e),
            explanation,
        }) => {
            assert_eq!(e.code, "UserNotFoundException");
            assert!(explanation.summary.contains("no user"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn network_error_is_named() {
    let (mut s, attempt) = submitted();
    let err = CognitoError::Network {
        kind: NetworkErrorKind::Timeout,
        detail: "operation timed out".into(),
    };
    finish(&mut s, attempt, Err(err));
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::Network(text),
            ..
        }) => {
            assert!(text.starts_with("timed out"), "{text}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn challenge_is_shown_not_failed() {
    let (mut s, attempt) = submitted();
    let mut params = BTreeMap::new();
    params.insert("USER_ID_FOR_SRP".to_owned(), serde_json::json!("alice"));
    params.insert("requiredAttributes".to_owned(), serde_json::json!("[]"));
    params.insert("odd".to_owned(), serde_json::json!(3));
    let response = AuthResponse {
        challenge_name: Some("NEW_PASSWORD_REQUIRED".into()),
        session: Some("s".repeat(20).into()),
        challenge_parameters: params,
        ..Default::default()
    };
    finish(&mut s, attempt, Ok(response));
    match s.phase() {
        Phase::Challenge(c) => {
            assert_eq!(c.name, "NEW_PASSWORD_REQUIRED");
            assert_eq!(c.parameters["USER_ID_FOR_SRP"], "alice");
            assert_eq!(c.parameters["odd"], "3");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn empty_answer_is_unexpected() {
    let (mut s, attempt) = submitted();
    finish(&mut s, attempt, Ok(AuthResponse::default()));
    assert!(matches!(
        s.phase(),
        Phase::Failed(Failure {
            cause: FailureCause::UnexpectedResponse(_),
            ..
        })
    ));
}
