#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::*;

const POOL: &str = "eu-west-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789";

fn answer(credentials: serde_json::Value) -> Result<AwsCredentials, CognitoError> {
    let body = serde_json::json!({ "IdentityId": POOL, "Credentials": credentials });
    credentials_from(serde_json::from_value(body).unwrap())
}

fn good(expiration: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "AccessKeyId": "ASIAABCDEFGHIJKLMNOP",
        "SecretKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCY=",
        "SessionToken": "IQoJb3JpZ2luX2VjE+/abc==",
        "Expiration": expiration,
    })
}

#[test]
fn an_identity_pool_id_is_a_region_and_a_uuid() {
    let pool = IdentityPoolId::parse(&format!(" {POOL} ")).unwrap();
    assert_eq!(pool.as_str(), POOL);
    assert_eq!(pool.region(), Some("eu-west-1"));
    for bad in [
        "",
        "eu-west-1",
        "eu-west-1:",
        "Tokyo:0a1b",
        "eu-west-1:xyz",
        "eu-west-1_AbC123",
        "eu-west-1:0a\n1b",
        &format!("eu-west-1:{}", "a".repeat(60)),
    ] {
        assert!(IdentityPoolId::parse(bad).is_err(), "{bad:?}");
    }
    assert!(
        IdentityPoolId::parse("Tokyo:0a1b")
            .unwrap_err()
            .to_string()
            .contains("identity pool ID")
    );
}

#[test]
fn the_endpoint_is_the_identity_pools_own_region_or_the_custom_one() {
    let pool = IdentityPoolId::parse(POOL).unwrap();
    let endpoint = identity_endpoint(&pool, "").unwrap();
    assert_eq!(
        endpoint.url().as_str(),
        "https://cognito-identity.eu-west-1.amazonaws.com/"
    );
    let china = IdentityPoolId::parse("cn-north-1:0a1b").unwrap();
    assert_eq!(
        identity_endpoint(&china, "").unwrap().url().as_str(),
        "https://cognito-identity.cn-north-1.amazonaws.com.cn/"
    );
    let local = identity_endpoint(&pool, "http://127.0.0.1:4566/").unwrap();
    assert_eq!(local.url().as_str(), "http://127.0.0.1:4566/");
    assert!(identity_endpoint(&pool, "http://example.com/").is_err());
}

#[test]
fn the_logins_key_names_the_user_pool_by_its_issuer() {
    assert_eq!(
        logins_key("us-east-1_AbC123").unwrap(),
        "cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123"
    );
    assert!(logins_key("not a pool").is_err());
}

#[test]
fn requests_carry_the_logins_map_with_the_token_but_debug_hides_it() {
    let logins = BTreeMap::from([(
        logins_key("us-east-1_AbC123").unwrap(),
        SecretString::from("id.token.value"),
    )]);
    let request = GetIdRequest {
        identity_pool_id: IdentityPoolId::parse(POOL).unwrap(),
        logins,
    };
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        serde_json::json!({
            "IdentityPoolId": POOL,
            "Logins": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123": "id.token.value"},
        })
    );
    assert!(!format!("{request:?}").contains("id.token.value"));
}

#[test]
fn expiration_is_read_from_whole_or_fractional_epoch_seconds() {
    let whole = answer(good(serde_json::json!(1_796_205_600))).unwrap();
    assert_eq!(whole.expiration_iso8601(), "2026-12-02T10:00:00Z");
    let fractional = answer(good(serde_json::json!(1_796_205_600.75))).unwrap();
    assert_eq!(fractional.expiration_iso8601(), "2026-12-02T10:00:00Z");
    assert_eq!(
        fractional.expiration,
        UNIX_EPOCH + Duration::from_millis(1_796_205_600_750)
    );
    for bad in [
        serde_json::json!(-1),
        serde_json::json!(1e300),
        serde_json::json!(u64::MAX),
        serde_json::Value::Null,
    ] {
        assert!(answer(good(bad.clone())).is_err(), "{bad}");
    }
    // Not a number at all: the answer does not decode (an unexpected answer, in the client).
    let text = serde_json::json!({ "Credentials": good("1796205600".into()) });
    assert!(serde_json::from_value::<CredentialsAnswer>(text).is_err());
}

#[test]
fn credential_process_output_has_the_aws_cli_shape() {
    let credentials = answer(good(serde_json::json!(1_796_205_600))).unwrap();
    assert_eq!(credentials.identity_id, POOL);
    assert_eq!(
        credentials.credential_process_json(),
        serde_json::json!({
            "Version": 1,
            "AccessKeyId": "ASIAABCDEFGHIJKLMNOP",
            "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCY=",
            "SessionToken": "IQoJb3JpZ2luX2VjE+/abc==",
            "Expiration": "2026-12-02T10:00:00Z",
        })
    );
}

#[test]
fn debug_shows_no_secret() {
    let credentials = answer(good(serde_json::json!(1_796_205_600))).unwrap();
    let shown = format!("{credentials:?}");
    assert!(shown.contains("ASIAABCDEFGHIJKLMNOP"), "{shown}");
    assert!(!shown.contains("wJalrXUtnFEMI"), "{shown}");
    assert!(!shown.contains("IQoJb3JpZ2lu"), "{shown}");
    assert!(shown.contains("AwsSecretAccessKey([REDACTED])"), "{shown}");
}

#[test]
fn parts_not_shaped_like_aws_are_refused() {
    let with = |field: &str, value: &str| {
        let mut body = good(serde_json::json!(1_796_205_600));
        body[field] = value.into();
        answer(body)
    };
    for (field, value) in [
        ("AccessKeyId", "asiaabcdefghijklmnop"),
        ("AccessKeyId", "ASIA"),
        ("AccessKeyId", "ASIAABCDEFGHIJKL\"; rm"),
        ("SecretKey", "abc\"def"),
        ("SecretKey", "abc\ndef"),
        ("SecretKey", "abc def"),
        ("SecretKey", ""),
        ("SessionToken", "abc'def"),
        ("SessionToken", "$(reboot)"),
        ("SessionToken", "abc\u{e9}"),
    ] {
        let error = with(field, value).unwrap_err().to_string();
        assert!(
            error.contains("unexpected answer"),
            "{field} {value:?}: {error}"
        );
    }
    let missing = answer(serde_json::Value::Null).unwrap_err().to_string();
    assert!(missing.contains("no Credentials"), "{missing}");
}

#[test]
fn an_identity_id_must_look_like_one() {
    let id = |value: serde_json::Value| {
        identity_id_from(
            serde_json::from_value(serde_json::json!({ "IdentityId": value })).unwrap(),
        )
    };
    assert_eq!(id(POOL.into()).unwrap(), POOL);
    assert!(id("us-east-1:abc\"; echo".into()).is_err());
    assert!(id(serde_json::Value::Null).is_err());
}

#[test]
fn identity_operations_are_named_for_their_service() {
    assert_eq!(target("GetId").unwrap(), "AWSCognitoIdentityService.GetId");
    assert_eq!(
        target("GetCredentialsForIdentity").unwrap(),
        "AWSCognitoIdentityService.GetCredentialsForIdentity"
    );
    assert_eq!(target("InitiateAuth"), None);
}

#[test]
fn kept_credentials_read_back_whole_and_a_changed_copy_is_refused() {
    let body = serde_json::json!({
        "IdentityId": "us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789",
        "Credentials": {
            "AccessKeyId": "ASIAEXAMPLE12345678",
            "SecretKey": "abc/def+ghi",
            "SessionToken": "FwoGZXIvYXdz",
            "Expiration": 1_900_000_000,
        },
    });
    let credentials = credentials_from(serde_json::from_value(body).unwrap()).unwrap();
    let again = AwsCredentials::from_kept(credentials.to_kept()).unwrap();
    assert_eq!(
        again.credential_process_json(),
        credentials.credential_process_json()
    );
    assert_eq!(again.identity_id, credentials.identity_id);

    let mut changed = credentials.to_kept();
    changed["Credentials"]["SecretKey"] = "x\"; rm -rf ~".into();
    assert!(AwsCredentials::from_kept(changed).is_err());
    assert!(AwsCredentials::from_kept(serde_json::json!([1, 2])).is_err());
}
