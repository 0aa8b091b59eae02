use std::time::{Duration, SystemTime};

use base64::Engine as _;
use secrecy::ExposeSecret;

use super::super::tests::{finish, form, sent, service_error, signed_in, submitted_with};
use super::*;
use crate::cognito::{AuthResponse, AuthenticationResult, AwsCredentials};
use crate::signin::Event;
use crate::signin::failure::FailureCause;
use crate::signin::form::SignInForm;
use crate::signin::target::Target;

const POOL: &str = "eu-west-2:0a1b2c3d-4e5f-6789-abcd-ef0123456789";
const PROVIDER: &str = "cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123";

/// An unsigned ID token with these claims: the session reads `iss` and `aud`, never checks.
fn id_token(claims: serde_json::Value) -> String {
    let part = |v: &serde_json::Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    format!(
        "{}.{}.sig",
        part(&serde_json::json!({"alg": "none"})),
        part(&claims)
    )
}

fn tokens(id: Option<String>) -> Outcome {
    Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: id.map(Into::into),
            access_token: Some("access".into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

fn alice_id() -> String {
    id_token(serde_json::json!({"iss": format!("https://{PROVIDER}"), "aud": "client1"}))
}

fn signed_in_with(target: Target, id: Option<String>) -> SignInSession {
    let form = SignInForm { target, ..form() };
    let (mut s, attempt, _) = submitted_with(form);
    s.set_token_checks(false);
    finish(&mut s, attempt, tokens(id));
    assert!(matches!(s.phase(), Phase::SignedIn(_)));
    s
}

fn alice() -> SignInSession {
    let target = Target {
        pool_id: "us-east-1_AbC123".into(),
        ..form().target
    };
    signed_in_with(target, Some(alice_id()))
}

fn ask(s: &mut SignInSession, pool: &str) -> Vec<Effect> {
    s.apply(Event::GetAwsCredentials {
        identity_pool_id: pool.into(),
    })
}

fn aws(s: &SignInSession) -> &AwsCredentialsState {
    signed_in(s).aws.as_ref().expect("asked for credentials")
}

fn failed(s: &SignInSession) -> &Failure {
    match aws(s) {
        AwsCredentialsState::Failed(failure) => failure,
        other => panic!("{other:?}"),
    }
}

fn endpoint_of(effects: &[Effect]) -> String {
    match effects {
        [Effect::Send { call, .. }] => call.endpoint.to_string(),
        other => panic!("{other:?}"),
    }
}

fn credentials() -> AwsCredentials {
    AwsCredentials {
        identity_id: "eu-west-2:1111".into(),
        access_key_id: "ASIAEXAMPLEEXAMPLE12".into(),
        secret_access_key: "secret/key+1".into(),
        session_token: "IQoJb3JpZ2luX2Vj".into(),
        expiration: SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_205_600),
    }
}

/// alice's credentials got: GetId, then GetCredentialsForIdentity.
fn got() -> SignInSession {
    let mut s = alice();
    let (id_call, _, _) = sent(&ask(&mut s, POOL));
    let effects = finish(
        &mut s,
        id_call,
        Ok(Reply::IdentityId("eu-west-2:1111".into())),
    );
    let (creds_call, _, _) = sent(&effects);
    finish(&mut s, creds_call, Ok(Reply::AwsCredentials(credentials())));
    s
}

#[test]
fn get_id_then_credentials_with_the_id_token_under_the_user_pools_key() {
    let mut s = alice();
    let effects = ask(&mut s, POOL);
    // Real Cognito: the identity pool's own region, not the user pool's.
    assert_eq!(
        endpoint_of(&effects),
        "https://cognito-identity.eu-west-2.amazonaws.com/"
    );
    let (id_call, op, body) = sent(&effects);
    assert_eq!(op, "GetId");
    assert_eq!(
        body,
        serde_json::json!({"IdentityPoolId": POOL, "Logins": {PROVIDER: alice_id()}})
    );
    assert!(matches!(aws(&s), AwsCredentialsState::Fetching));
    assert!(ask(&mut s, POOL).is_empty(), "one fetch at a time");

    let effects = finish(
        &mut s,
        id_call,
        Ok(Reply::IdentityId("eu-west-2:1111".into())),
    );
    let (creds_call, op, body) = sent(&effects);
    assert_eq!(op, "GetCredentialsForIdentity");
    assert_eq!(
        body,
        serde_json::json!({"IdentityId": "eu-west-2:1111", "Logins": {PROVIDER: alice_id()}})
    );
    finish(&mut s, creds_call, Ok(Reply::AwsCredentials(credentials())));
    match aws(&s) {
        AwsCredentialsState::Got(got) => {
            assert_eq!(got.access_key_id, "ASIAEXAMPLEEXAMPLE12");
            assert_eq!(got.secret_access_key.expose_secret(), "secret/key+1");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_emulator_serves_the_identity_pool_at_its_own_address() {
    let target = Target {
        endpoint: "http://127.0.0.1:4566".into(),
        pool_id: "us-east-1_AbC123".into(),
        ..form().target
    };
    let mut s = signed_in_with(target, Some(alice_id()));
    assert_eq!(endpoint_of(&ask(&mut s, POOL)), "http://127.0.0.1:4566/");
}

#[test]
fn without_a_user_pool_id_the_id_tokens_issuer_names_it() {
    let mut s = signed_in_with(form().target, Some(alice_id()));
    let (_, _, body) = sent(&ask(&mut s, POOL));
    assert!(body["Logins"][PROVIDER].is_string(), "{body}");
}

#[test]
fn a_bad_identity_pool_id_is_explained_before_anything_is_sent() {
    let mut s = alice();
    assert!(ask(&mut s, "my-pool").is_empty());
    let failure = failed(&s);
    assert!(matches!(failure.cause, FailureCause::InvalidAnswer(_)));
    assert!(
        failure
            .explanation
            .summary
            .english()
            .contains("\"my-pool\" is not an identity pool ID")
    );
}

#[test]
fn no_id_token_no_credentials() {
    let target = Target {
        pool_id: "us-east-1_AbC123".into(),
        ..form().target
    };
    let mut s = signed_in_with(target, None);
    assert!(ask(&mut s, POOL).is_empty());
    assert!(
        failed(&s)
            .explanation
            .summary
            .english()
            .contains("no ID token")
    );
}

#[test]
fn a_client_the_pool_does_not_trust_is_named() {
    let mut s = alice();
    let (id_call, _, _) = sent(&ask(&mut s, POOL));
    let refusal = service_error(
        "NotAuthorizedException",
        "Token is not from a supported provider of this identity pool.",
    );
    assert!(finish(&mut s, id_call, Err(refusal)).is_empty());
    let failure = failed(&s);
    assert!(
        matches!(&failure.cause, FailureCause::Cognito(e) if e.code == "NotAuthorizedException")
    );
    assert_eq!(
        failure.explanation.summary.english(),
        format!(
            "Identity pool {POOL} does not trust app client client1 of user pool us-east-1_AbC123."
        )
    );
    // Asked again after a failure: a new fetch.
    assert_eq!(sent(&ask(&mut s, POOL)).1, "GetId");
}

#[test]
fn a_refresh_keeps_the_credentials_and_sign_out_drops_them() {
    let mut s = got();
    let (refresh, op, _) = sent(&s.apply(Event::Refresh));
    assert_eq!(op, "InitiateAuth");
    finish(&mut s, refresh, tokens(Some(alice_id())));
    assert!(signed_in(&s).refreshed.is_some());
    assert!(matches!(aws(&s), AwsCredentialsState::Got(_)));

    s.apply(Event::SignOut);
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn an_answer_after_sign_out_changes_nothing() {
    let mut s = alice();
    let (id_call, _, _) = sent(&ask(&mut s, POOL));
    s.apply(Event::SignOut);
    let effects = finish(
        &mut s,
        id_call,
        Ok(Reply::IdentityId("eu-west-2:1111".into())),
    );
    assert!(effects.is_empty(), "{effects:?}");
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn only_an_endpoint_that_serves_the_api_is_asked_for_the_identity_pool() {
    let at = |raw: &str| Endpoint::custom(raw).unwrap();
    let emulator = at("http://127.0.0.1:4566");
    assert_eq!(
        custom_identity_endpoint(&emulator, None),
        "http://127.0.0.1:4566/"
    );
    // Managed login at an emulator: its domain is its address too.
    assert_eq!(
        custom_identity_endpoint(&emulator, Some(&emulator)),
        "http://127.0.0.1:4566/"
    );
    // A custom domain standing in for the endpoint serves no API: the pool's own region.
    let domain = at("https://auth.example.com");
    assert_eq!(custom_identity_endpoint(&domain, Some(&domain)), "");
    let cognito = Endpoint::for_region("eu-west-1").unwrap();
    assert_eq!(custom_identity_endpoint(&cognito, Some(&domain)), "");
}
