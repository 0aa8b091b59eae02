use std::time::{Duration, SystemTime};

use jsonwebtoken::{EncodingKey, Header};

use super::*;

/// A throwaway RSA key made for these tests (tests/data), and its JWKS.
const KEY_DER: &[u8] = include_bytes!("../../tests/data/test-rsa-key.der");
const JWKS: &str = include_str!("../../tests/data/test-jwks.json");

const POOL: &str = "eu-west-1_Test123";
const ISS: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";
const NOW: u64 = 1_800_000_000;

fn now() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(NOW)
}

fn sign(claims: serde_json::Value, kid: &str) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_der(KEY_DER)).unwrap()
}

fn id_claims() -> serde_json::Value {
    serde_json::json!({"sub": "u-1", "iss": ISS, "aud": "client1", "token_use": "id",
        "cognito:username": "alice", "exp": NOW + 3600, "iat": NOW})
}

fn source() -> KeySource {
    let endpoint = Endpoint::for_region("eu-west-1").unwrap();
    let jwt = Jwt::parse(&sign(id_claims(), "test-key")).unwrap();
    KeySource::for_endpoint(&jwt, &endpoint, Some(POOL)).unwrap()
}

fn check(token: &str, expected: &Expected) -> Verdict {
    let jwks: serde_json::Value = serde_json::from_str(JWKS).unwrap();
    verify(token, &jwks, &source(), expected, now())
}

fn for_client() -> Expected {
    Expected {
        client_id: Some("client1".into()),
        token_use: Some("id"),
    }
}

#[test]
fn a_good_token_is_valid_and_its_keys_come_from_the_pool() {
    assert_eq!(
        check(&sign(id_claims(), "test-key"), &for_client()),
        Verdict::Valid
    );
    assert_eq!(
        source().jwks_url.as_str(),
        "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123/.well-known/jwks.json"
    );
}

#[test]
fn each_fault_has_its_own_reason() {
    let with = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut claims = id_claims();
        change(&mut claims);
        check(&sign(claims, "test-key"), &for_client())
    };
    let reason = |v: Verdict| match v {
        Verdict::Invalid(r) => r.english(),
        other => panic!("{other:?}"),
    };
    assert!(reason(with(&|c| c["exp"] = (NOW - 5).into())).starts_with("expired at"));
    assert!(
        reason(with(&|c| c["iss"] =
            "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other"
                .into()))
        .contains("not by this user pool")
    );
    assert!(reason(with(&|c| c["aud"] = "client2".into())).contains("aud is \"client2\""));
    assert!(
        reason(with(&|c| c["token_use"] = "access".into()))
            .contains("where an id token was expected")
    );

    let good = sign(id_claims(), "test-key");
    let mut bytes = good.clone().into_bytes();
    let middle = good.find('.').unwrap() + 5;
    bytes[middle] = if bytes[middle] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(bytes).unwrap();
    assert!(reason(check(&changed, &for_client())).contains("signature does not match"));
    assert!(
        reason(check(&sign(id_claims(), "other-key"), &for_client()))
            .contains("no key \"other-key\"")
    );
}

#[test]
fn an_access_token_is_matched_by_client_id() {
    let claims = serde_json::json!({"sub": "u-1", "iss": ISS, "client_id": "client1",
        "token_use": "access", "scope": "aws.cognito.signin.user.admin", "exp": NOW + 60});
    let expected = Expected {
        client_id: Some("client1".into()),
        token_use: Some("access"),
    };
    assert_eq!(check(&sign(claims, "test-key"), &expected), Verdict::Valid);
}

#[test]
fn emulators_name_their_own_issuer_but_not_another_pool() {
    let endpoint = Endpoint::custom("http://127.0.0.1:9229").unwrap();
    let claims = serde_json::json!({"iss": "http://127.0.0.1:9229/local_abc", "token_use": "id", "exp": NOW + 60});
    let jwt = Jwt::parse(&sign(claims, "test-key")).unwrap();
    let source = KeySource::for_endpoint(&jwt, &endpoint, None).unwrap();
    assert_eq!(
        source.jwks_url.as_str(),
        "http://127.0.0.1:9229/local_abc/.well-known/jwks.json"
    );
    assert!(source.accepts("http://127.0.0.1:9229/local_abc"));
    assert!(!source.accepts("http://127.0.0.1:9229/local_other"));
}

#[test]
fn a_token_alone_is_checked_only_against_amazon_cognitos_own_issuer() {
    let jwt = Jwt::parse(&sign(id_claims(), "test-key")).unwrap();
    let source = KeySource::from_issuer(&jwt).unwrap();
    assert_eq!(
        source.jwks_url.as_str(),
        format!("{ISS}/.well-known/jwks.json")
    );
    // Only Amazon Cognito's own issuer: look-alikes, emulators and anything else are refused
    // (and so never fetched from).
    for forged in [
        "http://evil.example/p_1",
        "http://127.0.0.1:9229/eu-west-1_Test123",
        "https://cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_Test123",
        "https://evil-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123",
        "http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123",
        "https://cognito-idp.eu-west-1.amazonaws.com:8443/eu-west-1_Test123",
        "https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_Test123",
        "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123/../x",
        "https://cognito-idp.eu-west-1.amazonaws.com.cn/eu-west-1_Test123",
    ] {
        let token = Jwt::parse(&sign(serde_json::json!({"iss": forged}), "k")).unwrap();
        let refused = KeySource::from_issuer(&token).unwrap_err();
        assert!(
            refused.contains("is not Amazon Cognito"),
            "{forged}: {refused}"
        );
    }
    for real in [
        "https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Test123",
        "https://cognito-idp-fips.us-east-1.amazonaws.com/us-east-1_Test123",
        "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123",
    ] {
        let token = Jwt::parse(&sign(serde_json::json!({"iss": real}), "k")).unwrap();
        assert!(KeySource::from_issuer(&token).is_ok(), "{real}");
    }
    let none = Jwt::parse(&sign(serde_json::json!({}), "k")).unwrap();
    assert!(KeySource::from_issuer(&none).is_err());
}

#[test]
fn verdicts_print_as_json() {
    assert_eq!(
        Verdict::Unchecked(Message::said("offline")).to_json(),
        serde_json::json!({"status": "unchecked", "reason": "offline"})
    );
}

#[test]
fn a_verdict_reads_in_the_window_s_language_and_stays_english_for_scripts() {
    let mut claims = id_claims();
    claims["exp"] = (NOW - 5).into();
    let verdict = check(&sign(claims, "test-key"), &for_client());
    let japanese = verdict.message().words(crate::messages::Lang::Ja);
    assert!(japanese.contains("有効期限が切れています"), "{japanese}");
    assert!(
        verdict.reason().starts_with("expired at"),
        "{}",
        verdict.reason()
    );
    assert_eq!(verdict.to_json()["reason"], verdict.reason());
}
