//! Auto's fall-back from SRP to sending the password itself (USER_PASSWORD_AUTH): silent
//! against Amazon Cognito, and elsewhere only with the person's yes.

use super::*;
use crate::cognito::ChallengeName;
use crate::signin::failure::{Failure, FailureCause};
use crate::signin::session::Event;
use crate::signin::session::tests::{
    challenge, finish, form, sent, service_error, signed_in, srp_form, submitted_with,
    tokens_response,
};
use crate::signin::target::Target;

/// `srp_form` pointed at a server on this computer, as an emulator is.
fn emulator_form(allowed: bool) -> SignInForm {
    SignInForm {
        target: Target {
            endpoint: "http://127.0.0.1:9229".into(),
            ..srp_form().target
        },
        password_flow_allowed: allowed,
        ..srp_form()
    }
}

fn refused() -> Outcome {
    Err(service_error(
        "InvalidParameterException",
        "USER_SRP_AUTH is not enabled for the client.",
    ))
}

fn stub_verifier() -> Outcome {
    challenge(
        ChallengeName::PasswordVerifier.as_str(),
        &[
            ("SRP_B", serde_json::json!("1a2b3c4d")),
            ("SALT", serde_json::json!("1234")),
            ("SECRET_BLOCK", serde_json::json!("x")),
            ("USER_ID_FOR_SRP", serde_json::json!("test")),
        ],
        Some("s"),
    )
}

fn assert_held_for(s: &SignInSession, server: &str) {
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::PasswordNotAllowed { server: named },
            explanation,
        }) => {
            assert_eq!(named, server);
            assert!(
                explanation.summary.english().contains("was not sent to"),
                "{explanation:?}"
            );
            assert!(
                explanation
                    .hints_english()
                    .iter()
                    .any(|h| h.starts_with("Why SRP"))
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn elsewhere_auto_never_sends_the_password_without_a_yes() {
    for answer in [refused(), stub_verifier()] {
        let (mut s, attempt, body) = submitted_with(emulator_form(false));
        assert_eq!(body["AuthFlow"], "USER_SRP_AUTH");
        assert!(
            finish(&mut s, attempt, answer).is_empty(),
            "nothing more is sent"
        );
        assert_held_for(&s, "127.0.0.1:9229");
    }
    // Without a pool ID SRP cannot start, and the password is not sent either.
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Submit(SignInForm {
        target: Target {
            pool_id: String::new(),
            ..emulator_form(false).target
        },
        ..emulator_form(false)
    }));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Send { .. })));
    assert_held_for(&s, "127.0.0.1:9229");
}

#[test]
fn elsewhere_with_a_yes_auto_falls_back_and_says_so() {
    let (mut s, attempt, _) = submitted_with(emulator_form(true));
    let (attempt, _, body) = sent(&finish(&mut s, attempt, refused()));
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
    finish(&mut s, attempt, tokens_response());
    assert!(
        signed_in(&s).notes[0]
            .english()
            .starts_with("Used USER_PASSWORD_AUTH: the app client")
    );
}

#[test]
fn against_cognito_auto_falls_back_as_before() {
    let (mut s, attempt, _) = submitted_with(srp_form());
    let (_, _, body) = sent(&finish(&mut s, attempt, refused()));
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
    // A look-alike host is not Cognito.
    let (mut s, attempt, _) = submitted_with(SignInForm {
        target: Target {
            endpoint: "https://cognito-idp.eu-west-1.amazonaws.com.evil.example".into(),
            ..srp_form().target
        },
        ..srp_form()
    });
    assert!(finish(&mut s, attempt, refused()).is_empty());
    assert_held_for(&s, "cognito-idp.eu-west-1.amazonaws.com.evil.example");
    // The Password flow chosen outright is the person's choice, anywhere.
    let (_, _, body) = submitted_with(SignInForm {
        target: Target {
            endpoint: "http://127.0.0.1:9229".into(),
            flow: Flow::Password,
            ..form().target
        },
        ..form()
    });
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
}
