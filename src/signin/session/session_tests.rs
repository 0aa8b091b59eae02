use std::collections::BTreeMap;
use std::time::Duration;

use num_bigint::BigUint;
use secrecy::{ExposeSecret, SecretString};

use super::*;
use crate::cognito::retry::Retry;
use crate::cognito::{
    AssociateSoftwareTokenResponse, AuthResponse, AuthenticationResult, NetworkErrorKind,
    ServiceError, VerifySoftwareTokenResponse,
};
use crate::cognito::{ChallengeName, ClientSecret, Password, SessionToken};
use crate::signin::challenge::{Answer, Challenge, ChallengeKind, TotpSetup};
use crate::signin::failure::{Failure, FailureCause};
use crate::signin::flow::Flow;
use crate::signin::form::{Field, SignInForm};
use crate::signin::target::Target;
use crate::workbench::Verdict;
use crate::workbench::tokens::Tokens;

pub(super) fn form() -> SignInForm {
    SignInForm {
        target: Target {
            region: "us-east-1".into(),
            client_id: "client1".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        password: Password::from("pw"),
        ..SignInForm::default()
    }
}

/// `a` = 1234567890, the secret of the first vector in tests/data/srp-vectors.json.
pub(super) fn vector_srp() -> Result<SrpExchange, SrpError> {
    SrpExchange::with_secret(BigUint::from(1_234_567_890u32)).ok_or(SrpError::Unsafe)
}

/// The operation and body of the one call in `effects`.
pub(super) fn sent(effects: &[Effect]) -> (u64, &'static str, serde_json::Value) {
    let calls: Vec<_> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Send { attempt, call } => Some((*attempt, call)),
            _ => None,
        })
        .collect();
    let [(attempt, call)] = calls.as_slice() else {
        panic!("expected one call: {effects:?}")
    };
    let body = call.operation.wire_body();
    (*attempt, call.operation.name(), body)
}

pub(super) fn submitted_with(form: SignInForm) -> (SignInSession, u64, serde_json::Value) {
    let mut s = SignInSession::with_srp_source(vector_srp);
    let effects = s.apply(Event::Submit(form));
    assert!(matches!(effects.first(), Some(Effect::SaveSettings)));
    let (attempt, op, body) = sent(&effects);
    assert_eq!(op, "InitiateAuth");
    (s, attempt, body)
}

fn submitted() -> (SignInSession, u64) {
    let (s, attempt, body) = submitted_with(form());
    assert_eq!(
        body,
        serde_json::json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "client1",
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": "pw"}})
    );
    (s, attempt)
}

fn finish_at(s: &mut SignInSession, attempt: u64, outcome: Outcome, at: SystemTime) -> Vec<Effect> {
    s.apply(Event::Finished {
        attempt,
        outcome,
        received_at: at,
    })
}

pub(super) fn finish(s: &mut SignInSession, attempt: u64, outcome: Outcome) -> Vec<Effect> {
    finish_at(s, attempt, outcome, SystemTime::UNIX_EPOCH)
}

pub(super) fn service_error(code: &str, message: &str) -> CognitoError {
    CognitoError::Service(ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    })
}

pub(super) fn tokens_response() -> Outcome {
    Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            // {"cognito:username":"internal-1"}
            id_token: Some("h.eyJjb2duaXRvOnVzZXJuYW1lIjoiaW50ZXJuYWwtMSJ9.s".into()),
            access_token: Some("access".into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

pub(super) fn challenge(
    name: &str,
    params: &[(&str, serde_json::Value)],
    session: Option<&str>,
) -> Outcome {
    Ok(Reply::Auth(AuthResponse {
        challenge_name: Some(name.into()),
        session: session.map(SessionToken::from),
        challenge_parameters: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
        ..Default::default()
    }))
}

pub(super) fn signed_in(s: &SignInSession) -> &SignedIn {
    match s.phase() {
        Phase::SignedIn(signed) => signed,
        other => panic!("{other:?}"),
    }
}

fn shown(s: &SignInSession) -> &Challenge {
    match s.phase() {
        Phase::Challenge(c) => c,
        other => panic!("{other:?}"),
    }
}

#[test]
fn submit_then_tokens() {
    let (mut s, attempt) = submitted();
    assert!(s.is_submitting());
    assert!(finish(&mut s, attempt, tokens_response()).is_empty());
    let signed = signed_in(&s);
    assert_eq!(
        signed.tokens.access.as_ref().unwrap().expose_secret(),
        "access"
    );
    assert_eq!(signed.flow, "USER_PASSWORD_AUTH");
    s.apply(Event::SignOut);
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn a_retry_is_shown_on_the_attempt_it_belongs_to() {
    let (mut s, attempt) = submitted();
    let retry = |n| Retry {
        attempt: n,
        of: 3,
        reason: "HTTP 503".into(),
    };
    // A retry of an older, abandoned call changes nothing.
    assert!(
        s.apply(Event::Retrying {
            attempt: attempt + 7,
            retry: retry(2),
        })
        .is_empty()
    );
    assert!(matches!(
        s.phase(),
        Phase::Submitting { retrying: None, .. }
    ));
    assert!(
        s.apply(Event::Retrying {
            attempt,
            retry: retry(2),
        })
        .is_empty()
    );
    let Phase::Submitting { retrying, .. } = s.phase() else {
        panic!("{:?}", s.phase())
    };
    assert_eq!(retrying.as_ref(), Some(&retry(2)));
    // The answer of the retried call is the call's answer.
    finish(&mut s, attempt, tokens_response());
    assert!(matches!(s.phase(), Phase::SignedIn(_)));
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
    finish(&mut s, attempt, tokens_response());
    assert!(matches!(s.phase(), Phase::Editing));
    assert!(s.apply(Event::Cancel).is_empty());
}

#[test]
fn a_new_attempt_ignores_the_old_one() {
    let (mut s, first) = submitted();
    s.apply(Event::Cancel);
    let (second, _, _) = sent(&s.apply(Event::Submit(form())));
    assert_ne!(first, second);
    finish(&mut s, first, tokens_response());
    assert!(s.is_submitting());
}

#[test]
fn invalid_form_fails_without_sending() {
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Submit(SignInForm {
        password: Password::default(),
        ..form()
    }));
    assert!(effects.is_empty());
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::InvalidInput(e),
            explanation,
        }) => {
            assert_eq!(e.field(), Field::Password);
            assert_eq!(explanation.summary.english(), "Enter the password.");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn cognito_error_keeps_code_and_gets_hint() {
    let (mut s, attempt) = submitted();
    let err = service_error("UserNotFoundException", "User does not exist.");
    finish(&mut s, attempt, Err(err));
    match s.phase() {
        Phase::Failed(Failure {
            cause: FailureCause::Cognito(e),
            explanation,
        }) => {
            assert_eq!(e.code, "UserNotFoundException");
            assert!(explanation.summary.english().contains("no user"));
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
    assert!(matches!(
        s.phase(),
        Phase::Failed(Failure { cause: FailureCause::Network(text), .. }) if text.starts_with("timed out")
    ));
}

#[test]
fn empty_answer_is_unexpected() {
    let (mut s, attempt) = submitted();
    finish(&mut s, attempt, Ok(Reply::Auth(AuthResponse::default())));
    assert!(matches!(
        s.phase(),
        Phase::Failed(Failure {
            cause: FailureCause::UnexpectedResponse(_),
            ..
        })
    ));
}

pub(super) fn srp_form() -> SignInForm {
    SignInForm {
        target: Target {
            region: String::new(),
            pool_id: "eu-west-1_myPool".into(),
            username: "test".into(),
            flow: Flow::Auto,
            ..form().target
        },
        password: Password::from("test"),
        ..form()
    }
}

/// The PASSWORD_VERIFIER challenge of the first vector, as Cognito would send it.
fn vector_verifier(session: Option<&str>) -> Outcome {
    challenge(
        ChallengeName::PasswordVerifier.as_str(),
        &[
            ("SRP_B", serde_json::json!("499602d2")),
            ("SALT", serde_json::json!("499602d2")),
            (
                "SECRET_BLOCK",
                serde_json::json!("c2VjcmV0c3NlY3Jlc3Rzc2VjcmV0cw=="),
            ),
            ("USER_ID_FOR_SRP", serde_json::json!("test")),
            ("USERNAME", serde_json::json!("test")),
        ],
        session,
    )
}

/// "Tue Jul 10 11:01:00 UTC 2018", the vector's TIMESTAMP.
fn vector_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_531_220_460)
}

#[test]
fn srp_signs_in_and_answers_the_verifier_itself() {
    let (mut s, attempt, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Srp,
            ..srp_form().target
        },
        ..srp_form()
    });
    assert_eq!(body["AuthFlow"], "USER_SRP_AUTH");
    assert_eq!(body["AuthParameters"]["USERNAME"], "test");
    assert!(
        body["AuthParameters"]["SRP_A"]
            .as_str()
            .unwrap()
            .starts_with("58b1e37b")
    );
    assert!(body["AuthParameters"].get("PASSWORD").is_none());

    let effects = finish_at(&mut s, attempt, vector_verifier(None), vector_time());
    let (attempt, op, body) = sent(&effects);
    assert_eq!(op, "RespondToAuthChallenge");
    assert_eq!(
        body,
        serde_json::json!({
            "ChallengeName": "PASSWORD_VERIFIER",
            "ClientId": "client1",
            "ChallengeResponses": {
                "USERNAME": "test",
                "PASSWORD_CLAIM_SECRET_BLOCK": "c2VjcmV0c3NlY3Jlc3Rzc2VjcmV0cw==",
                "PASSWORD_CLAIM_SIGNATURE": "tdvQu/Li/qWl8Nni0aFPs+MwY4rvKZm0kSMrGIMSUHk=",
                "TIMESTAMP": "Tue Jul 10 11:01:00 UTC 2018"
            }
        }),
        "no Session is sent when none came"
    );
    finish(&mut s, attempt, tokens_response());
    let signed = signed_in(&s);
    assert_eq!(signed.flow, "USER_SRP_AUTH");
    assert!(signed.notes.is_empty());
}

#[test]
fn secret_hash_uses_the_typed_name_then_cognitos_own() {
    let (mut s, attempt, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Srp,
            username: "Test@Example.com".into(),
            client_id: "123abd".into(),
            ..srp_form().target
        },
        client_secret: ClientSecret::from("clientSecret"),
        ..srp_form()
    });
    let hash = |name: &str| {
        crate::cognito::secret_hash::secret_hash(&"clientSecret".into(), name, &"123abd".into())
    };
    assert_eq!(
        body["AuthParameters"]["SECRET_HASH"],
        hash("Test@Example.com")
    );
    let effects = finish_at(&mut s, attempt, vector_verifier(Some("s1")), vector_time());
    let (_, _, body) = sent(&effects);
    assert_eq!(body["ChallengeResponses"]["USERNAME"], "test");
    assert_eq!(body["ChallengeResponses"]["SECRET_HASH"], hash("test"));
    assert_eq!(body["Session"], "s1");
}

#[test]
fn auto_falls_back_to_the_password_flow_when_srp_is_not_enabled() {
    let (mut s, attempt, _) = submitted_with(srp_form());
    let refused = service_error(
        "InvalidParameterException",
        "USER_SRP_AUTH is not enabled for the client.",
    );
    let (attempt, _, body) = sent(&finish(&mut s, attempt, Err(refused)));
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
    assert_eq!(body["AuthParameters"]["PASSWORD"], "test");
    finish(&mut s, attempt, tokens_response());
    let signed = signed_in(&s);
    assert_eq!(signed.flow, "USER_PASSWORD_AUTH");
    assert!(
        signed.notes[0].english().contains("ALLOW_USER_SRP_AUTH"),
        "{:?}",
        signed.notes
    );
}

#[test]
fn srp_never_retries_after_a_wrong_password() {
    let (mut s, attempt, _) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Srp,
            ..srp_form().target
        },
        ..srp_form()
    });
    let (attempt, _, _) = sent(&finish_at(
        &mut s,
        attempt,
        vector_verifier(None),
        vector_time(),
    ));
    let wrong = service_error("NotAuthorizedException", "Incorrect username or password.");
    assert!(finish(&mut s, attempt, Err(wrong.clone())).is_empty());
    assert!(matches!(s.phase(), Phase::Failed(_)));

    // Nor Auto, at any step.
    let (mut s, attempt, _) = submitted_with(srp_form());
    assert!(finish(&mut s, attempt, Err(wrong)).is_empty());
    assert!(matches!(s.phase(), Phase::Failed(_)));
}

#[test]
fn srp_only_does_not_fall_back() {
    let (mut s, attempt, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Srp,
            ..srp_form().target
        },
        ..srp_form()
    });
    assert_eq!(body["AuthFlow"], "USER_SRP_AUTH");
    let refused = service_error(
        "InvalidParameterException",
        "USER_SRP_AUTH is not enabled for the client.",
    );
    assert!(finish(&mut s, attempt, Err(refused)).is_empty());
    match s.phase() {
        Phase::Failed(f) => assert!(f.explanation.summary.english().contains("SRP"), "{f:?}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn auto_without_a_pool_id_uses_the_password_flow_and_says_why() {
    let (mut s, attempt, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Auto,
            ..form().target
        },
        ..form()
    });
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
    finish(&mut s, attempt, tokens_response());
    assert!(signed_in(&s).notes[0].english().contains("pool ID"));
}

#[test]
fn a_stub_srp_challenge_falls_back_in_auto_and_fails_in_srp() {
    // moto's stub: a UUID's hex as SRP_B, the session as SECRET_BLOCK.
    let fake = || {
        challenge(
            ChallengeName::PasswordVerifier.as_str(),
            &[
                (
                    "SRP_B",
                    serde_json::json!("1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"),
                ),
                ("SALT", serde_json::json!("1234")),
                ("SECRET_BLOCK", serde_json::json!("not base64!")),
                ("USER_ID_FOR_SRP", serde_json::json!("test")),
            ],
            Some("s"),
        )
    };
    let (mut s, attempt, _) = submitted_with(srp_form());
    let (attempt, _, body) = sent(&finish(&mut s, attempt, fake()));
    assert_eq!(body["AuthFlow"], "USER_PASSWORD_AUTH");
    finish(&mut s, attempt, tokens_response());
    assert!(signed_in(&s).notes[0].english().contains("not Cognito's"));

    let (mut s, attempt, _) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Srp,
            ..srp_form().target
        },
        ..srp_form()
    });
    assert!(finish(&mut s, attempt, fake()).is_empty());
    assert!(matches!(
        s.phase(),
        Phase::Failed(Failure {
            cause: FailureCause::Srp(_),
            ..
        })
    ));
}

fn new_password_challenge() -> Outcome {
    challenge(
        ChallengeName::NewPasswordRequired.as_str(),
        &[
            ("USER_ID_FOR_SRP", serde_json::json!("internal-1")),
            (
                "requiredAttributes",
                serde_json::json!("[\"userAttributes.name\"]"),
            ),
            (
                "userAttributes",
                serde_json::json!("{\"email\":\"a@example.com\"}"),
            ),
        ],
        Some("s1"),
    )
}

#[test]
fn new_password_asks_for_required_attributes_and_retries_on_policy() {
    let (mut s, attempt) = submitted();
    finish(&mut s, attempt, new_password_challenge());
    let answer = |attributes: Vec<(String, String)>| {
        Event::Answer(Answer::NewPassword {
            password: Password::from("N3w!Password"),
            attributes,
        })
    };
    assert!(s.apply(answer(Vec::new())).is_empty());
    let problem = shown(&s).problem.clone().unwrap();
    assert!(
        problem.explanation.summary.english().contains("name"),
        "{problem:?}"
    );

    let (attempt, op, body) = sent(&s.apply(answer(vec![("name".into(), "Alice".into())])));
    assert_eq!(op, "RespondToAuthChallenge");
    assert_eq!(
        body,
        serde_json::json!({
            "ChallengeName": "NEW_PASSWORD_REQUIRED", "ClientId": "client1", "Session": "s1",
            "ChallengeResponses": {"USERNAME": "internal-1", "NEW_PASSWORD": "N3w!Password",
                "userAttributes.name": "Alice"}
        })
    );
    let policy = service_error(
        "InvalidPasswordException",
        "Password does not conform to policy: Password not long enough",
    );
    assert!(finish(&mut s, attempt, Err(policy)).is_empty());
    let back = shown(&s);
    assert_eq!(back.name, ChallengeName::NewPasswordRequired);
    match &back.problem.as_ref().unwrap().cause {
        FailureCause::Cognito(e) => assert!(e.message.contains("not long enough")),
        other => panic!("{other:?}"),
    }
}

/// The temporary password is stale once Cognito takes the new one, and only then: a new
/// password the policy refuses leaves the temporary one in use (issue 16).
#[test]
fn an_accepted_new_password_marks_the_typed_password_replaced() {
    let (mut s, attempt) = submitted();
    finish(&mut s, attempt, new_password_challenge());
    let answer = || {
        Event::Answer(Answer::NewPassword {
            password: Password::from("N3w!Password"),
            attributes: vec![("name".into(), "Alice".into())],
        })
    };
    let (attempt, _, _) = sent(&s.apply(answer()));
    let policy = service_error("InvalidPasswordException", "Password not long enough");
    finish(&mut s, attempt, Err(policy));
    assert!(
        !s.take_password_replaced(),
        "refused: still the old password"
    );
    let (attempt, _, _) = sent(&s.apply(answer()));
    finish(&mut s, attempt, tokens_response());
    assert!(s.take_password_replaced());
    assert!(!s.take_password_replaced(), "said once");
}

#[test]
fn wrong_code_stays_on_the_challenge_then_the_right_one_signs_in() {
    let (mut s, attempt) = submitted();
    finish(
        &mut s,
        attempt,
        challenge(
            ChallengeName::SoftwareTokenMfa.as_str(),
            &[("USER_ID_FOR_SRP", serde_json::json!("internal-1"))],
            Some("s1"),
        ),
    );
    assert!(s.apply(Event::Answer(Answer::Code(" ".into()))).is_empty());
    assert!(shown(&s).problem.is_some());

    let (attempt, _, body) = sent(&s.apply(Event::Answer(Answer::Code("123 456".into()))));
    assert_eq!(
        body["ChallengeResponses"]["SOFTWARE_TOKEN_MFA_CODE"],
        "123456"
    );
    assert_eq!(body["ChallengeResponses"]["USERNAME"], "internal-1");
    let mismatch = service_error("CodeMismatchException", "Invalid code received for user");
    finish(&mut s, attempt, Err(mismatch));
    assert!(
        shown(&s)
            .problem
            .as_ref()
            .unwrap()
            .explanation
            .summary
            .english()
            .contains("code is wrong")
    );

    let (attempt, _, _) = sent(&s.apply(Event::Answer(Answer::Code("654321".into()))));
    finish(&mut s, attempt, tokens_response());
    signed_in(&s);
}

#[test]
fn an_expired_session_ends_the_sign_in() {
    let (mut s, attempt) = submitted();
    finish(
        &mut s,
        attempt,
        challenge(ChallengeName::SmsMfa.as_str(), &[], Some("s1")),
    );
    let (attempt, _, _) = sent(&s.apply(Event::Answer(Answer::Code("1".into()))));
    let expired = service_error(
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
    );
    finish(&mut s, attempt, Err(expired));
    assert!(matches!(s.phase(), Phase::Failed(_)));
}

#[test]
fn select_mfa_type_answers_the_choice() {
    let (mut s, attempt) = submitted();
    finish(
        &mut s,
        attempt,
        challenge(
            ChallengeName::SelectMfaType.as_str(),
            &[(
                "MFAS_CAN_CHOOSE",
                serde_json::json!("[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"),
            )],
            Some("s1"),
        ),
    );
    let (_, _, body) = sent(&s.apply(Event::Answer(Answer::Choose("SOFTWARE_TOKEN_MFA".into()))));
    assert_eq!(body["ChallengeResponses"]["ANSWER"], "SOFTWARE_TOKEN_MFA");
}

#[test]
fn mfa_setup_associates_verifies_and_answers() {
    let (mut s, attempt) = submitted();
    let setup = challenge(
        ChallengeName::MfaSetup.as_str(),
        &[("MFAS_CAN_SETUP", serde_json::json!(["SOFTWARE_TOKEN_MFA"]))],
        Some("s1"),
    );
    let (attempt, op, body) = sent(&finish(&mut s, attempt, setup));
    assert_eq!(op, "AssociateSoftwareToken");
    assert_eq!(body, serde_json::json!({"Session": "s1"}));
    let associated = AssociateSoftwareTokenResponse {
        secret_code: Some("JBSWY3DPEHPK3PXP".into()),
        session: Some("s2".into()),
    };
    finish(&mut s, attempt, Ok(Reply::Associated(associated)));
    match &shown(&s).kind {
        ChallengeKind::MfaSetup {
            totp: Some(totp), ..
        } => {
            assert!(totp.uri.expose_secret().starts_with("otpauth://totp/"));
            assert!(totp.uri.expose_secret().contains("secret=JBSWY3DPEHPK3PXP"));
        }
        other => panic!("{other:?}"),
    }

    let (attempt, op, body) = sent(&s.apply(Event::Answer(Answer::Code("111111".into()))));
    assert_eq!(op, "VerifySoftwareToken");
    assert_eq!(body["Session"], "s2");
    assert_eq!(body["UserCode"], "111111");
    let refused = VerifySoftwareTokenResponse {
        status: Some("ERROR".into()),
        session: None,
    };
    finish(&mut s, attempt, Ok(Reply::Verified(refused)));
    assert!(shown(&s).problem.is_some());

    let (attempt, _, _) = sent(&s.apply(Event::Answer(Answer::Code("222222".into()))));
    let verified = VerifySoftwareTokenResponse {
        status: Some("SUCCESS".into()),
        session: Some("s3".into()),
    };
    let (attempt, op, body) = sent(&finish(&mut s, attempt, Ok(Reply::Verified(verified))));
    assert_eq!(op, "RespondToAuthChallenge");
    assert_eq!(body["ChallengeName"], "MFA_SETUP");
    assert_eq!(body["Session"], "s3");
    finish(&mut s, attempt, tokens_response());
    signed_in(&s);
}

#[test]
fn user_auth_offers_choices_and_refuses_passkeys_politely() {
    let (mut s, attempt, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Choice,
            ..form().target
        },
        password: Password::default(),
        ..form()
    });
    assert_eq!(
        body,
        serde_json::json!({"AuthFlow": "USER_AUTH", "ClientId": "client1",
            "AuthParameters": {"USERNAME": "alice"}})
    );
    let select = Ok(Reply::Auth(AuthResponse {
        challenge_name: Some(ChallengeName::SelectChallenge.as_str().into()),
        session: Some("s1".into()),
        available_challenges: Some(vec![
            "PASSWORD".into(),
            "EMAIL_OTP".into(),
            "WEB_AUTHN".into(),
        ]),
        ..Default::default()
    }));
    finish(&mut s, attempt, select);
    assert!(
        s.apply(Event::Answer(Answer::Choose("WEB_AUTHN".into())))
            .is_empty()
    );
    let problem = shown(&s).problem.clone().unwrap();
    assert!(
        problem
            .explanation
            .summary
            .english()
            .contains("not supported in this app yet")
    );
    assert!(
        s.apply(Event::Answer(Answer::Choose("PASSWORD".into())))
            .is_empty()
    );

    let (attempt, _, body) = sent(&s.apply(Event::Answer(Answer::Choose("EMAIL_OTP".into()))));
    assert_eq!(body["ChallengeResponses"]["ANSWER"], "EMAIL_OTP");
    let email = challenge(
        ChallengeName::EmailOtp.as_str(),
        &[("CODE_DELIVERY_DESTINATION", serde_json::json!("a***@e***"))],
        Some("s2"),
    );
    finish(&mut s, attempt, email);
    match &shown(&s).kind {
        ChallengeKind::Code(code) => assert_eq!(code.destination.as_deref(), Some("a***@e***")),
        other => panic!("{other:?}"),
    }
    let (_, _, body) = sent(&s.apply(Event::Answer(Answer::Code("12345678".into()))));
    assert_eq!(body["ChallengeResponses"]["EMAIL_OTP_CODE"], "12345678");
    assert_eq!(signed_flow_after(&mut s), "USER_AUTH");
}

fn signed_flow_after(s: &mut SignInSession) -> &AuthFlow {
    let Some((attempt, _)) = s.in_flight.as_ref().map(|(a, _)| (*a, ())) else {
        panic!("nothing in flight")
    };
    finish(s, attempt, tokens_response());
    &signed_in(s).flow
}

#[test]
fn user_auth_with_a_preferred_password_sends_it() {
    let (_, _, body) = submitted_with(SignInForm {
        target: Target {
            flow: Flow::Choice,
            ..form().target
        },
        preferred_challenge: "PASSWORD".into(),
        ..form()
    });
    assert_eq!(
        body["AuthParameters"],
        serde_json::json!({"USERNAME": "alice", "PREFERRED_CHALLENGE": "PASSWORD", "PASSWORD": "pw"})
    );
}

#[test]
fn custom_and_unknown_challenges_send_what_was_typed() {
    let (mut s, attempt) = submitted();
    finish(
        &mut s,
        attempt,
        challenge(
            ChallengeName::CustomChallenge.as_str(),
            &[("question", serde_json::json!("2+2?"))],
            Some("s1"),
        ),
    );
    let (attempt, _, body) = sent(&s.apply(Event::Answer(Answer::Custom("4".into()))));
    assert_eq!(body["ChallengeResponses"]["ANSWER"], "4");

    finish(
        &mut s,
        attempt,
        challenge("FUTURE_CHALLENGE", &[], Some("s2")),
    );
    assert_eq!(shown(&s).kind, ChallengeKind::Other);
    let pairs = vec![
        (" KEY ".to_owned(), SecretString::from("v")),
        (String::new(), SecretString::from("x")),
    ];
    let (_, _, body) = sent(&s.apply(Event::Answer(Answer::Generic(pairs))));
    assert_eq!(
        body["ChallengeResponses"],
        serde_json::json!({"USERNAME": "alice", "KEY": "v"})
    );
}

#[test]
fn start_over_leaves_the_challenge_and_aborts_what_is_out() {
    let (mut s, attempt) = submitted();
    finish(
        &mut s,
        attempt,
        challenge(ChallengeName::SmsMfa.as_str(), &[], Some("s1")),
    );
    let (attempt, _, _) = sent(&s.apply(Event::Answer(Answer::Code("1".into()))));
    match s.apply(Event::StartOver).as_slice() {
        [Effect::Abort { attempt: a }] => assert_eq!(*a, attempt),
        other => panic!("{other:?}"),
    }
    assert!(matches!(s.phase(), Phase::Editing));
}

fn secret_signed_in() -> SignInSession {
    let (mut s, attempt, _) = submitted_with(SignInForm {
        client_secret: ClientSecret::from("sec"),
        target: Target {
            username: "alias@example.com".into(),
            ..form().target
        },
        ..form()
    });
    finish(&mut s, attempt, tokens_response());
    s
}

#[test]
fn refresh_hashes_the_internal_username_and_keeps_the_refresh_token() {
    let mut s = secret_signed_in();
    let (attempt, op, body) = sent(&s.apply(Event::Refresh));
    assert_eq!(op, "InitiateAuth");
    assert_eq!(body["AuthFlow"], "REFRESH_TOKEN_AUTH");
    assert_eq!(body["AuthParameters"]["REFRESH_TOKEN"], "refresh");
    let expected =
        crate::cognito::secret_hash::secret_hash(&"sec".into(), "internal-1", &"client1".into());
    assert_eq!(body["AuthParameters"]["SECRET_HASH"], expected);
    assert!(
        signed_in(&s).refreshing,
        "tokens stay on screen while refreshing"
    );
    assert!(s.apply(Event::Refresh).is_empty(), "one refresh at a time");

    let answer = Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            access_token: Some("access2".into()),
            ..Default::default()
        }),
        ..Default::default()
    }));
    let later = SystemTime::UNIX_EPOCH + Duration::from_secs(60);
    finish_at(&mut s, attempt, answer, later);
    let signed = signed_in(&s);
    assert_eq!(
        signed.tokens.access.as_ref().unwrap().expose_secret(),
        "access2"
    );
    assert_eq!(
        signed.tokens.refresh.as_ref().unwrap().expose_secret(),
        "refresh"
    );
    assert_eq!(signed.refreshed, Some((later, "REFRESH_TOKEN_AUTH")));
    assert!(!signed.refreshing);
}

#[test]
fn a_rotating_client_refreshes_with_get_tokens_from_refresh_token() {
    let mut s = secret_signed_in();
    let (attempt, _, _) = sent(&s.apply(Event::Refresh));
    let refused = service_error(
        "InvalidParameterException",
        "REFRESH_TOKEN_AUTH can't be used when refresh token rotation is enabled",
    );
    let (attempt, op, body) = sent(&finish(&mut s, attempt, Err(refused)));
    assert_eq!(op, "GetTokensFromRefreshToken");
    assert_eq!(
        body,
        serde_json::json!({"RefreshToken": "refresh", "ClientId": "client1", "ClientSecret": "sec"})
    );
    let rotated = Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            refresh_token: Some("refresh2".into()),
            ..Default::default()
        }),
        ..Default::default()
    }));
    finish(&mut s, attempt, rotated);
    assert_eq!(
        signed_in(&s)
            .tokens
            .refresh
            .as_ref()
            .unwrap()
            .expose_secret(),
        "refresh2"
    );
    let (_, op, body) = sent(&s.apply(Event::Refresh));
    assert_eq!(op, "GetTokensFromRefreshToken");
    assert_eq!(body["RefreshToken"], "refresh2");
}

#[test]
fn a_failed_refresh_keeps_the_tokens_and_says_why() {
    let mut s = secret_signed_in();
    let (attempt, _, _) = sent(&s.apply(Event::Refresh));
    let expired = service_error("NotAuthorizedException", "Refresh Token has expired");
    assert!(finish(&mut s, attempt, Err(expired)).is_empty());
    let signed = signed_in(&s);
    assert!(signed.tokens.access.is_some());
    assert!(signed.refresh_problem.is_some());
}

#[test]
fn resume_refreshes_from_a_refresh_token_alone() {
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Resume {
        form: SignInForm {
            target: Target {
                username: String::new(),
                ..form().target
            },
            password: Password::default(),
            ..form()
        },
        refresh_token: "rt".into(),
    });
    let (_, op, body) = sent(&effects);
    assert_eq!(op, "InitiateAuth");
    assert_eq!(
        body["AuthParameters"],
        serde_json::json!({"REFRESH_TOKEN": "rt"})
    );
}

/// A token signed with the test key in tests/data, for the pool in `checked_form`.
fn signed_token(claims: serde_json::Value) -> String {
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some("test-key".into());
    let key = jsonwebtoken::EncodingKey::from_rsa_der(include_bytes!(
        "../../../tests/data/test-rsa-key.der"
    ));
    jsonwebtoken::encode(&header, &claims, &key).unwrap()
}

const TEST_ISS: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";

fn checked_form() -> SignInForm {
    SignInForm {
        target: Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_Test123".into(),
            ..form().target
        },
        ..form()
    }
}

fn signed_tokens(exp: u64) -> Outcome {
    let id = signed_token(
        serde_json::json!({"iss": TEST_ISS, "aud": "client1", "token_use": "id",
        "cognito:username": "alice", "exp": exp}),
    );
    let access = signed_token(serde_json::json!({"iss": TEST_ISS, "client_id": "client1",
        "token_use": "access", "username": "alice", "exp": exp}));
    Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some(id.into()),
            access_token: Some(access.into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

#[test]
fn tokens_are_checked_against_the_pools_keys_fetched_once() {
    let (mut s, attempt, _) = submitted_with(checked_form());
    let (fetch, op, url) = sent(&finish(&mut s, attempt, signed_tokens(4_000_000_000)));
    assert_eq!(op, "FetchJwks");
    assert_eq!(url, format!("{TEST_ISS}/.well-known/jwks.json"));
    assert!(signed_in(&s).checks.id.is_none(), "checking");
    assert!(!s.is_busy(), "a key fetch never blocks the form");
    let jwks: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/data/test-jwks.json")).unwrap();
    finish(&mut s, fetch, Ok(Reply::Jwks(jwks)));
    let checks = &signed_in(&s).checks;
    assert_eq!(checks.id, Some(Verdict::Valid));
    assert_eq!(checks.access, Some(Verdict::Valid));

    // After a refresh the new tokens are checked with the cached keys: no second fetch.
    let (attempt, _, _) = sent(&s.apply(Event::Refresh));
    assert!(finish(&mut s, attempt, signed_tokens(4_000_000_000)).is_empty());
    assert_eq!(signed_in(&s).checks.id, Some(Verdict::Valid));
}

#[test]
fn unreachable_keys_leave_the_tokens_unchecked_with_the_reason() {
    let (mut s, attempt, _) = submitted_with(checked_form());
    let (fetch, _, _) = sent(&finish(&mut s, attempt, signed_tokens(4_000_000_000)));
    let offline = CognitoError::Network {
        kind: NetworkErrorKind::Refused,
        detail: "refused".into(),
    };
    finish(&mut s, fetch, Err(offline));
    match &signed_in(&s).checks.access {
        Some(Verdict::Unchecked(reason)) => {
            let reason = reason.english();
            assert!(reason.contains("could not fetch"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn who_am_i_and_sign_out_run_beside_the_form() {
    let (mut s, attempt, _) = submitted_with(checked_form());
    finish(&mut s, attempt, signed_tokens(4_000_000_000));
    let (who, op, body) = sent(&s.apply(Event::WhoAmI));
    assert_eq!(op, "GetUser");
    assert!(body["AccessToken"].is_string());
    let user = crate::cognito::GetUserResponse {
        username: "alice".into(),
        ..Default::default()
    };
    finish(&mut s, who, Ok(Reply::User(user)));
    assert_eq!(
        signed_in(&s)
            .user
            .as_ref()
            .unwrap()
            .as_ref()
            .unwrap()
            .username,
        "alice"
    );

    let (revoke, op, body) = sent(&s.apply(Event::SignOut));
    assert_eq!(op, "RevokeToken");
    assert_eq!(
        body,
        serde_json::json!({"Token": "refresh", "ClientId": "client1"})
    );
    assert!(
        matches!(s.phase(), Phase::Editing),
        "the tokens are gone at once"
    );
    finish(&mut s, revoke, Ok(Reply::Done));
    assert!(matches!(s.take_notice(), Some(Notice::Done(t)) if t.contains("revoked")));

    let (mut s, attempt, _) = submitted_with(checked_form());
    finish(&mut s, attempt, signed_tokens(4_000_000_000));
    let (_, op, _) = sent(&s.apply(Event::SignOutEverywhere));
    assert_eq!(op, "GlobalSignOut");
}

#[test]
fn debug_output_of_every_secret_holder_is_redacted() {
    let marker = "MARKER-7c1e";
    let form = SignInForm {
        password: Password::from(format!("pw-{marker}")),
        client_secret: ClientSecret::from(format!("cs-{marker}")),
        ..form()
    };
    let request = form.validate().unwrap();
    let tokens = Tokens {
        id: Some(format!("id-{marker}").into()),
        access: Some(format!("ac-{marker}").into()),
        refresh: Some(format!("rt-{marker}").into()),
        ..Tokens::empty(SystemTime::UNIX_EPOCH)
    };
    let answer = Answer::Code(format!("code-{marker}").into());
    let setup = TotpSetup {
        secret: format!("totp-{marker}").into(),
        uri: format!("otpauth://{marker}").into(),
    };
    let srp = vector_srp().unwrap();
    // A whole session holding a conversation, an SRP exchange and the form's secrets.
    let mut session = SignInSession::with_srp_source(vector_srp);
    session.apply(Event::Submit(SignInForm {
        target: Target {
            flow: Flow::Srp,
            pool_id: "us-east-1_Pool1".into(),
            ..form.target.clone()
        },
        ..form.clone()
    }));
    for text in [
        format!("{form:?}"),
        format!("{request:?}"),
        format!("{tokens:?}"),
        format!("{answer:?}"),
        format!("{setup:?}"),
        format!("{srp:?}"),
        format!("{session:?}"),
    ] {
        assert!(!text.contains(marker), "{text}");
        // The vector's SRP secret a, in decimal and in hex.
        assert!(
            !text.contains("1234567890") && !text.contains("499602d2"),
            "{text}"
        );
    }
}

/// A revoke answered after the next sign-in began says nothing about it; a revoke the server
/// refused (moto has no RevokeToken and answers HTTP 500) says what that means (issue 16).
#[test]
fn sign_out_notices_belong_to_the_session_signed_out() {
    let (mut s, attempt, _) = submitted_with(checked_form());
    finish(&mut s, attempt, signed_tokens(4_000_000_000));
    let (revoke, _, _) = sent(&s.apply(Event::SignOut));
    s.apply(Event::Submit(checked_form()));
    finish(&mut s, revoke, Ok(Reply::Done));
    assert_eq!(s.take_notice(), None);

    let (mut s, attempt, _) = submitted_with(checked_form());
    finish(&mut s, attempt, signed_tokens(4_000_000_000));
    let (revoke, _, _) = sent(&s.apply(Event::SignOut));
    let refused = CognitoError::UnexpectedResponse {
        status: 500,
        detail: "an HTML page titled: 500 Internal Server Error".into(),
    };
    finish(&mut s, revoke, Err(refused));
    match s.take_notice() {
        Some(Notice::Warning(t)) => assert!(
            t.contains("did not revoke the refresh token, so it works until it expires")
                && t.contains("500"),
            "{t}"
        ),
        other => panic!("{other:?}"),
    }
}
