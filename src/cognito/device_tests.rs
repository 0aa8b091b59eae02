use secrecy::SecretString;
use serde_json::json;

use super::*;
use crate::cognito::wire::Operation;

const KEY: &str = "eu-west-1_2f1d9a3c-8b4e-4c1a-9f7e-5d6c7b8a9e0f";

fn key() -> DeviceKey {
    DeviceKey::parse(KEY).unwrap()
}

#[test]
fn device_keys_are_shaped_as_the_model_says() {
    for good in [KEY, "us-east-1_0", "a_b", "x__f", "eu_west_1_abc-123"] {
        assert_eq!(DeviceKey::parse(good).unwrap().as_str(), good);
    }
    let long = format!("us-east-1_{}", "a".repeat(46));
    for bad in [
        "",
        "_abc",
        "abc_",
        "abc",
        "eu-west-1_ABC",
        "eu-west-1_abg",
        "eu west-1_abc",
        "eu-west-1_abc\n",
        "eu-west-1_\u{1b}[31m",
        "é_abc",
        long.as_str(),
    ] {
        assert!(DeviceKey::parse(bad).is_err(), "{bad:?}");
    }
    assert!(
        DeviceKey::parse(&long[1..]).is_ok(),
        "55 characters are allowed"
    );
}

#[test]
fn device_group_keys_refuse_only_what_would_do_harm() {
    for good in ["-Xyz12AbC", "a", "group key with spaces", &"k".repeat(55)] {
        assert!(DeviceGroupKey::parse(good).is_ok(), "{good:?}");
    }
    for bad in ["", "a\nb", "tab\t", "\u{1b}[2J", &"k".repeat(56)] {
        assert!(DeviceGroupKey::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn new_device_metadata_is_read_only_when_shaped_like_cognito_s() {
    let good = json!({"DeviceKey": KEY, "DeviceGroupKey": "-Xyz12AbC"});
    let metadata = NewDeviceMetadata::from_answer(&good).unwrap();
    assert_eq!(metadata.device_key, key());
    assert_eq!(metadata.device_group_key.as_str(), "-Xyz12AbC");
    for bad in [
        json!({"DeviceKey": KEY}),
        json!({"DeviceKey": "no-underscore", "DeviceGroupKey": "g"}),
        json!({"DeviceKey": KEY, "DeviceGroupKey": "g\u{7}"}),
        json!({"DeviceKey": 7, "DeviceGroupKey": "g"}),
        json!("text"),
    ] {
        assert!(NewDeviceMetadata::from_answer(&bad).is_err(), "{bad}");
    }
}

#[test]
fn each_device_call_goes_out_with_the_model_s_member_names() {
    let token = || SecretString::from("access.token.value");
    let confirm = DeviceOperation::Confirm(ConfirmDeviceRequest {
        access_token: token(),
        device_key: key(),
        device_secret_verifier_config: DeviceSecretVerifierConfig {
            password_verifier: "dmVyaWZpZXI=".into(),
            salt: "c2FsdA==".into(),
        },
        device_name: Some("tester's laptop".into()),
    });
    assert_eq!(confirm.name(), "ConfirmDevice");
    assert_eq!(
        Operation::Device(confirm).wire_body(),
        json!({
            "AccessToken": "access.token.value",
            "DeviceKey": KEY,
            "DeviceSecretVerifierConfig": {"PasswordVerifier": "dmVyaWZpZXI=", "Salt": "c2FsdA=="},
            "DeviceName": "tester's laptop",
        })
    );
    let update = |status| {
        Operation::Device(DeviceOperation::UpdateStatus(UpdateDeviceStatusRequest {
            access_token: token(),
            device_key: key(),
            device_remembered_status: status,
        }))
    };
    assert_eq!(
        update(DeviceRememberedStatus::NotRemembered).wire_body(),
        json!({"AccessToken": "access.token.value", "DeviceKey": KEY,
               "DeviceRememberedStatus": "not_remembered"})
    );
    assert_eq!(
        update(DeviceRememberedStatus::Remembered).wire_body()["DeviceRememberedStatus"],
        "remembered"
    );
    let forget = Operation::Device(DeviceOperation::Forget(ForgetDeviceRequest {
        access_token: token(),
        device_key: key(),
    }));
    assert_eq!(forget.name(), "ForgetDevice");
    assert_eq!(
        forget.wire_body(),
        json!({"AccessToken": "access.token.value", "DeviceKey": KEY})
    );
}

#[test]
fn list_devices_asks_for_at_most_a_page_of_sixty() {
    let list = |limit, pagination_token| {
        Operation::Device(DeviceOperation::List(ListDevicesRequest {
            access_token: SecretString::from("t0ken"),
            limit,
            pagination_token,
        }))
        .wire_body()
    };
    assert_eq!(list(None, None), json!({"AccessToken": "t0ken"}));
    assert_eq!(list(Some(500), None)["Limit"], 60);
    assert_eq!(list(Some(0), None)["Limit"], 1);
    assert_eq!(
        list(Some(20), Some("next".into())),
        json!({"AccessToken": "t0ken", "Limit": 20, "PaginationToken": "next"})
    );
}

#[test]
fn a_server_fault_retries_a_listing_but_never_a_confirm_or_a_forget() {
    use crate::cognito::retry::worth_retrying;
    use crate::cognito::{CognitoError, ServiceError};
    let fault = CognitoError::Service(ServiceError {
        code: "InternalErrorException".into(),
        message: String::new(),
        status: 500,
        request_id: None,
    });
    let token = || SecretString::from("t");
    let forget = Operation::Device(DeviceOperation::Forget(ForgetDeviceRequest {
        access_token: token(),
        device_key: key(),
    }));
    let list = Operation::Device(DeviceOperation::List(ListDevicesRequest {
        access_token: token(),
        limit: None,
        pagination_token: None,
    }));
    assert!(!worth_retrying(&forget, &fault));
    assert!(worth_retrying(&list, &fault));
}

#[test]
fn an_error_may_name_the_device_but_never_repeat_the_verifier_or_token() {
    use crate::cognito::scrub::sent_secrets;
    let confirm = Operation::Device(DeviceOperation::Confirm(ConfirmDeviceRequest {
        access_token: SecretString::from("access.token.value"),
        device_key: key(),
        device_secret_verifier_config: DeviceSecretVerifierConfig {
            password_verifier: "dmVyaWZpZXI=".into(),
            salt: "c2FsdA==".into(),
        },
        device_name: Some("tester's laptop".into()),
    }));
    let secrets = sent_secrets(&confirm.wire_body());
    for blanked in ["access.token.value", "dmVyaWZpZXI=", "c2FsdA=="] {
        assert!(secrets.iter().any(|s| s == blanked), "{blanked}");
    }
    assert!(!secrets.iter().any(|s| s == KEY || s == "tester's laptop"));
}

#[test]
fn only_confirm_and_forget_are_kept_from_a_second_try() {
    let token = || SecretString::from("t");
    assert!(
        DeviceOperation::Confirm(ConfirmDeviceRequest {
            access_token: token(),
            device_key: key(),
            device_secret_verifier_config: DeviceSecretVerifierConfig {
                password_verifier: String::new(),
                salt: String::new(),
            },
            device_name: None,
        })
        .changes_the_account()
    );
    let forget = ForgetDeviceRequest {
        access_token: token(),
        device_key: key(),
    };
    assert!(DeviceOperation::Forget(forget).changes_the_account());
    let list = ListDevicesRequest {
        access_token: token(),
        limit: None,
        pagination_token: None,
    };
    assert!(!DeviceOperation::List(list).changes_the_account());
}

#[test]
fn remembered_status_reads_and_writes_cognito_s_words() {
    for status in [
        DeviceRememberedStatus::Remembered,
        DeviceRememberedStatus::NotRemembered,
    ] {
        assert_eq!(DeviceRememberedStatus::parse(status.as_str()), Some(status));
    }
    assert_eq!(DeviceRememberedStatus::parse("REMEMBERED"), None);
}

#[test]
fn device_key_is_sent_only_when_there_is_a_device() {
    use crate::cognito::wire::{
        GetTokensFromRefreshTokenRequest, InitiateAuthRequest, RespondToAuthChallengeRequest,
    };
    use crate::cognito::{AuthFlow, ChallengeName, RefreshToken};
    let start = || InitiateAuthRequest {
        auth_flow: AuthFlow::UserSrp,
        client_id: "client1".into(),
        auth_parameters: vec![("USERNAME".into(), "bob".into())],
    };
    let plain = Operation::InitiateAuth(start()).wire_body();
    assert_eq!(
        Operation::InitiateAuth(start().with_device_key(None)).wire_body(),
        plain
    );
    let with = Operation::InitiateAuth(start().with_device_key(Some(&key()))).wire_body();
    assert_eq!(with["AuthParameters"]["DEVICE_KEY"], KEY);
    assert_eq!(with["AuthParameters"]["USERNAME"], "bob");

    let answer = RespondToAuthChallengeRequest {
        challenge_name: ChallengeName::SmsMfa,
        client_id: "client1".into(),
        session: None,
        challenge_responses: vec![],
    }
    .with_device_key(Some(&key()));
    assert_eq!(
        Operation::RespondToAuthChallenge(answer).wire_body()["ChallengeResponses"],
        json!({"DEVICE_KEY": KEY})
    );

    let refresh = |device_key| {
        Operation::GetTokensFromRefreshToken(GetTokensFromRefreshTokenRequest {
            refresh_token: RefreshToken::new("refresh"),
            client_id: "client1".into(),
            client_secret: None,
            device_key,
        })
        .wire_body()
    };
    assert_eq!(
        refresh(None),
        json!({"RefreshToken": "refresh", "ClientId": "client1"})
    );
    assert_eq!(refresh(Some(key()))["DeviceKey"], KEY);
}

#[test]
fn a_bad_new_device_metadata_is_dropped_and_the_tokens_kept() {
    use crate::cognito::answer::shaped;
    use crate::cognito::wire::AuthResponse;
    let read = |metadata: serde_json::Value| {
        let answer: AuthResponse = serde_json::from_value(json!({
            "AuthenticationResult": {"ExpiresIn": 3600, "NewDeviceMetadata": metadata}
        }))
        .unwrap();
        shaped(answer).unwrap().authentication_result.unwrap()
    };
    let good = read(json!({"DeviceKey": KEY, "DeviceGroupKey": "-Xyz12AbC"}));
    assert_eq!(good.new_device().unwrap().device_key, key());
    assert!(good.new_device_metadata.is_some());
    let bad = read(json!({"DeviceKey": "x\ny", "DeviceGroupKey": "-Xyz12AbC"}));
    assert_eq!(bad.new_device(), None);
    assert!(
        bad.new_device_metadata.is_none(),
        "dropped before anyone shows it"
    );
    assert_eq!(bad.expires_in, Some(3600));
}
