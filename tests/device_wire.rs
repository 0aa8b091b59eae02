//! Remembered devices on the wire (issue 19): the real HTTP client (CognitoClient) through the
//! whole conversation against tests/support/device_server, a small Cognito that checks the
//! verifier ConfirmDevice gave it and the proof at DEVICE_PASSWORD_VERIFIER as Cognito would
//! (no emulator implements devices, next-wave.md).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use cognito_login::cognito::srp::timestamp;
use cognito_login::cognito::{
    DeviceOperation, DevicePassword, DeviceRememberedStatus, DeviceSrp, DeviceVerifierChallenge,
    ForgetDeviceRequest, GetTokensFromRefreshTokenRequest, InitiateAuthRequest, ListDevicesRequest,
    Operation, Reply,
};
use secrecy::ExposeSecret;
use support::device_server::client::{
    access_token, auth, confirmed_device, device_call, refusal, respond, sign_in,
    sign_in_until_device_verifier,
};
use support::device_server::{CLIENT_ID, DeviceServer, PASSWORD, USERNAME, srp};

#[test]
fn a_remembered_device_signs_in_without_mfa() {
    let server = DeviceServer::start();
    let (device, _) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "laptop");
    let stored = server.device(device.key.as_str()).unwrap();
    assert!(stored.verifier.is_some() && stored.status.as_deref() == Some("remembered"));

    let (tokens, seen) = sign_in(&server, PASSWORD, Some(&device)).unwrap();
    assert_eq!(
        seen,
        [
            "PASSWORD_VERIFIER",
            "DEVICE_SRP_AUTH",
            "DEVICE_PASSWORD_VERIFIER"
        ]
    );
    let result = tokens.authentication_result.unwrap();
    assert!(result.access_token.is_some() && result.new_device_metadata.is_none());
    assert!(
        server
            .device(device.key.as_str())
            .unwrap()
            .last_authenticated
            .is_some()
    );

    let starts = server.bodies("InitiateAuth");
    assert_eq!(
        starts[0]["AuthParameters"].get("DEVICE_KEY"),
        None,
        "no device, no key"
    );
    assert_eq!(
        starts[1]["AuthParameters"]["DEVICE_KEY"],
        device.key.as_str()
    );
    let answers = server.bodies("RespondToAuthChallenge");
    let last = &answers.last().unwrap()["ChallengeResponses"];
    assert_eq!(last["DEVICE_KEY"], device.key.as_str());
    assert_eq!(last["USERNAME"], USERNAME);
    // The device password never leaves the computer: only its verifier went to Cognito.
    let secret = device.password.expose_secret();
    for (operation, body) in server.requests() {
        assert!(
            !body.to_string().contains(secret),
            "{operation} carried the device password"
        );
    }
}

#[test]
fn a_device_not_remembered_still_gets_mfa() {
    let server = DeviceServer::start();
    let (device, _) = confirmed_device(&server, DeviceRememberedStatus::NotRemembered, "kiosk");
    let (tokens, seen) = sign_in(&server, PASSWORD, Some(&device)).unwrap();
    assert_eq!(seen, ["PASSWORD_VERIFIER", "SMS_MFA"]);
    let result = tokens.authentication_result.unwrap();
    assert!(
        result.new_device_metadata.is_none(),
        "a tracked device is not new"
    );
}

#[test]
fn a_wrong_device_password_is_refused() {
    let server = DeviceServer::start();
    let (mut device, _) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "laptop");
    device.password = DevicePassword::new("not the password that made the verifier");
    let (code, message) = refusal(sign_in(&server, PASSWORD, Some(&device)));
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("NotAuthorizedException", "Incorrect username or password.")
    );
}

#[test]
fn a_forgotten_device_is_not_found_and_a_sign_in_without_it_goes_on() {
    let server = DeviceServer::start();
    let (device, tokens) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "old");
    let forget = || ForgetDeviceRequest {
        access_token: access_token(&tokens),
        device_key: device.key.clone(),
    };
    assert!(matches!(
        device_call(&server, DeviceOperation::Forget(forget())).unwrap(),
        Reply::Done
    ));
    let not_found = (
        "ResourceNotFoundException".to_owned(),
        "Device does not exist.".to_owned(),
    );
    assert_eq!(
        refusal(sign_in(&server, PASSWORD, Some(&device))),
        not_found
    );
    assert_eq!(
        refusal(device_call(&server, DeviceOperation::Forget(forget()))),
        not_found
    );
    let (again, seen) = sign_in(&server, PASSWORD, None).unwrap();
    assert_eq!(seen, ["PASSWORD_VERIFIER", "SMS_MFA"]);
    let new = again.authentication_result.unwrap().new_device().unwrap();
    assert_ne!(new.device_key, device.key);
}

#[test]
fn list_devices_shows_each_confirmed_device_with_its_name_and_status() {
    let server = DeviceServer::start();
    let (first, tokens) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "laptop");
    let (second, _) = confirmed_device(&server, DeviceRememberedStatus::NotRemembered, "kiosk");
    let list = |limit, pagination_token| {
        let request = ListDevicesRequest {
            access_token: access_token(&tokens),
            limit,
            pagination_token,
        };
        match device_call(&server, DeviceOperation::List(request)).unwrap() {
            Reply::Devices(page) => page,
            other => panic!("{other:?}"),
        }
    };
    let all = list(None, None);
    assert_eq!(all.pagination_token, None);
    let shown: Vec<_> = (all.devices.iter())
        .map(|d| {
            (
                d.key.clone(),
                d.name.clone().unwrap(),
                d.remembered.unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                first.key.clone(),
                "laptop".to_owned(),
                DeviceRememberedStatus::Remembered
            ),
            (
                second.key.clone(),
                "kiosk".to_owned(),
                DeviceRememberedStatus::NotRemembered
            ),
        ]
    );
    assert!(
        all.devices
            .iter()
            .all(|d| d.created.is_some() && d.last_authenticated.is_none())
    );
    let page = list(Some(1), None);
    assert_eq!(page.devices.len(), 1);
    let rest = list(Some(1), page.pagination_token.clone());
    assert_eq!(rest.devices[0].key, second.key);
    assert_eq!(server.bodies("ListDevices")[1]["Limit"], 1);
}

#[test]
fn a_tracked_device_s_refresh_carries_its_key() {
    let server = DeviceServer::start();
    let (device, tokens) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "laptop");
    let refresh_token = tokens
        .authentication_result
        .as_ref()
        .unwrap()
        .refresh_token
        .clone()
        .unwrap();
    let rotate = |device_key| {
        auth(
            &server,
            Operation::GetTokensFromRefreshToken(GetTokensFromRefreshTokenRequest {
                refresh_token: refresh_token.clone(),
                client_id: CLIENT_ID.into(),
                client_secret: None,
                device_key,
            }),
        )
    };
    let invalid = (
        "NotAuthorizedException".to_owned(),
        "Invalid Refresh Token".to_owned(),
    );
    assert_eq!(refusal(rotate(None)), invalid);
    assert!(
        rotate(Some(device.key.clone()))
            .unwrap()
            .authentication_result
            .unwrap()
            .access_token
            .is_some()
    );
    let bodies = server.bodies("GetTokensFromRefreshToken");
    assert_eq!(bodies[0].get("DeviceKey"), None, "no device, no member");
    assert_eq!(bodies[1]["DeviceKey"], device.key.as_str());

    let refresh_auth = |device_key| {
        let request = InitiateAuthRequest {
            auth_flow: "REFRESH_TOKEN_AUTH".into(),
            client_id: CLIENT_ID.into(),
            auth_parameters: vec![("REFRESH_TOKEN".into(), refresh_token.as_secret().clone())],
        };
        auth(
            &server,
            Operation::InitiateAuth(request.with_device_key(device_key)),
        )
    };
    assert_eq!(refusal(refresh_auth(None)), invalid);
    assert!(refresh_auth(Some(&device.key)).is_ok());
}

/// The server must be able to say no, or the tests above prove nothing.
#[test]
fn the_server_refuses_a_wrong_password_a_wrong_proof_and_a_spent_session() {
    let server = DeviceServer::start();
    let wrong_user = refusal(sign_in(&server, "Wr0ng-passw0rd", None));
    assert_eq!(wrong_user.0, "NotAuthorizedException");

    let (device, _) = confirmed_device(&server, DeviceRememberedStatus::Remembered, "laptop");
    // Walk to DEVICE_PASSWORD_VERIFIER by hand, then answer it with one signature bit off.
    let exchange = DeviceSrp::start().unwrap();
    let answer = sign_in_until_device_verifier(&server, &device, &exchange);
    let challenge = DeviceVerifierChallenge::from_parameters(&answer.challenge_parameters).unwrap();
    let mut responses = exchange
        .answer(&challenge, &device, &timestamp(chrono::Utc::now()))
        .unwrap();
    let good = responses.clone();
    for (name, value) in &mut responses {
        if name == "PASSWORD_CLAIM_SIGNATURE" {
            let mut bytes = value.expose_secret().to_owned().into_bytes();
            bytes[0] = if bytes[0] == b'A' { b'B' } else { b'A' };
            *value = String::from_utf8(bytes).unwrap().into();
        }
    }
    let (code, _) = refusal(respond(&server, &answer, responses));
    assert_eq!(code, "NotAuthorizedException");
    // The refused answer spent the session: even the right proof is too late now.
    let (code, _) = refusal(respond(&server, &answer, good));
    assert_eq!(code, "NotAuthorizedException");

    // A proof signed for another time is refused too, as Cognito refuses a stale TIMESTAMP.
    let exchange = DeviceSrp::start().unwrap();
    let answer = sign_in_until_device_verifier(&server, &device, &exchange);
    let challenge = DeviceVerifierChallenge::from_parameters(&answer.challenge_parameters).unwrap();
    let stale = exchange
        .answer(&challenge, &device, "Mon Feb 10 18:30:12 UTC 2025")
        .unwrap();
    let (code, _) = refusal(respond(&server, &answer, stale));
    assert_eq!(code, "NotAuthorizedException");
}

/// The server's SRP meets pycognito's: from each vector's verifier and b it sends the same
/// SRP_B, derives the same key from A, and accepts pycognito's signature.
#[test]
fn the_server_side_math_meets_pycognito() {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("data/device-srp-vectors.json")).unwrap();
    for v in vectors["challenges"].as_array().unwrap() {
        let s = |key: &str| v[key].as_str().unwrap().to_owned();
        let verifier = base64::Engine::decode(
            &base64::engine::general_purpose::STANDARD,
            s("PasswordVerifier"),
        )
        .unwrap();
        let exchange = srp::ServerExchange::new(
            num_bigint::BigUint::from_bytes_be(&verifier),
            srp::parse_hex(&s("b_hex")).unwrap(),
        );
        assert_eq!(srp::hex(&exchange.big_b), s("SRP_B"));
        let big_a = srp::parse_hex(&s("SRP_A")).unwrap();
        let key: String = exchange
            .key(&big_a)
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(key, s("server_key_hex"));
        let names = (s("DeviceGroupKey"), s("DeviceKey"));
        let signature = s("PASSWORD_CLAIM_SIGNATURE");
        assert!(exchange.proves(
            &big_a,
            (&names.0, &names.1),
            &s("SECRET_BLOCK"),
            &s("TIMESTAMP"),
            &signature
        ));
        assert!(!exchange.proves(
            &big_a,
            (&names.0, &names.1),
            &s("SECRET_BLOCK"),
            "Thu Jan 1 00:00:00 UTC 1970",
            &signature
        ));
    }
}
