use std::collections::BTreeMap;

use secrecy::ExposeSecret as _;

use super::super::tests::{finish, form, sent, service_error, submitted_with, tokens_response};
use super::*;
use crate::cognito::{
    AuthResponse, AuthenticationResult, DeviceGroupKey, DeviceKey, DevicePassword, RememberedDevice,
};
use crate::signin::device_owner::DeviceUse;
use crate::signin::form::SignInForm;
use crate::signin::session::DeviceState;
use crate::signin::session::{Event, SignInSession};

const KEY: &str = "us-east-1_0a1b2c3d-4e5f-6789-abcd-ef0123456789";

fn kept() -> RememberedDevice {
    RememberedDevice {
        key: DeviceKey::parse(KEY).unwrap(),
        group_key: DeviceGroupKey::parse("-abcdEFGH").unwrap(),
        password: DevicePassword::new("device-password".to_owned()),
    }
}

fn with_device(policy: DevicePolicy, kept_device: Option<RememberedDevice>) -> SignInForm {
    SignInForm {
        device: DeviceUse {
            policy,
            kept: kept_device,
        },
        ..form()
    }
}

fn challenge(name: &str, parameters: &[(&str, &str)]) -> Outcome {
    let parameters: BTreeMap<String, serde_json::Value> = (parameters.iter())
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::from(*v)))
        .collect();
    Ok(Reply::Auth(AuthResponse {
        challenge_name: Some(name.to_owned()),
        session: Some("session".into()),
        challenge_parameters: parameters,
        ..Default::default()
    }))
}

/// Tokens with NewDeviceMetadata, as a sign-in on a pool that tracks devices answers.
fn tokens_with_new_device() -> Outcome {
    let Ok(Reply::Auth(mut response)) = tokens_response() else {
        unreachable!()
    };
    let result: &mut AuthenticationResult = response.authentication_result.as_mut().unwrap();
    result.new_device_metadata = Some(serde_json::json!({
        "DeviceKey": KEY, "DeviceGroupKey": "-abcdEFGH"
    }));
    Ok(Reply::Auth(response))
}

fn device_state(s: &SignInSession) -> Option<DeviceState> {
    match s.phase() {
        Phase::SignedIn(signed) => signed.device.clone(),
        other => panic!("not signed in: {other:?}"),
    }
}

fn kept_effect(effects: &[Effect]) -> Option<&RememberedDevice> {
    effects.iter().find_map(|e| match e {
        Effect::KeepDevice { device, .. } => Some(device),
        _ => None,
    })
}

#[test]
fn a_remembered_device_is_proven_with_device_srp_instead_of_mfa() {
    let (mut s, attempt, body) = submitted_with(with_device(DevicePolicy::Ask, Some(kept())));
    assert_eq!(body["AuthParameters"]["DEVICE_KEY"], KEY);
    let effects = finish(
        &mut s,
        attempt,
        challenge("DEVICE_SRP_AUTH", &[("USERNAME", "internal-1")]),
    );
    let (attempt, op, body) = sent(&effects);
    assert_eq!(op, "RespondToAuthChallenge");
    assert_eq!(body["ChallengeName"], "DEVICE_SRP_AUTH");
    let responses = &body["ChallengeResponses"];
    assert_eq!(responses["USERNAME"], "internal-1");
    assert_eq!(responses["DEVICE_KEY"], KEY);
    assert!(responses["SRP_A"].as_str().is_some_and(|a| a.len() > 500));
    let verifier = challenge(
        "DEVICE_PASSWORD_VERIFIER",
        &[
            ("USERNAME", "internal-1"),
            ("SRP_B", "36ef01c6dde9fe503da333b1acc758ba"),
            ("SALT", "36ef01c6dde9fe503da333b1acc758ba"),
            ("SECRET_BLOCK", "c2VjcmV0"),
        ],
    );
    let effects = finish(&mut s, attempt, verifier);
    let (attempt, _, body) = sent(&effects);
    assert_eq!(body["ChallengeName"], "DEVICE_PASSWORD_VERIFIER");
    let responses = &body["ChallengeResponses"];
    assert_eq!(responses["DEVICE_KEY"], KEY);
    assert_eq!(responses["PASSWORD_CLAIM_SECRET_BLOCK"], "c2VjcmV0");
    assert!(responses["PASSWORD_CLAIM_SIGNATURE"].as_str().is_some());
    assert!(
        responses["TIMESTAMP"]
            .as_str()
            .is_some_and(|t| t.contains(" UTC "))
    );
    finish(&mut s, attempt, tokens_response());
    assert!(matches!(device_state(&s), Some(DeviceState::Proven)));
}

#[test]
fn a_new_device_is_confirmed_kept_and_remembered_when_the_person_says_so() {
    let (mut s, attempt, _) = submitted_with(with_device(DevicePolicy::Ask, None));
    let effects = finish(&mut s, attempt, tokens_with_new_device());
    let (confirm, op, body) = sent(&effects);
    assert_eq!(op, "ConfirmDevice");
    assert_eq!(body["AccessToken"], "access");
    assert_eq!(body["DeviceKey"], KEY);
    let config = &body["DeviceSecretVerifierConfig"];
    assert!(config["PasswordVerifier"].as_str().is_some() && config["Salt"].as_str().is_some());
    assert!(matches!(device_state(&s), Some(DeviceState::Confirming)));
    let confirmed = Ok(Reply::DeviceConfirmed {
        user_confirmation_necessary: true,
    });
    let effects = finish(&mut s, confirm, confirmed);
    let device = kept_effect(&effects).expect("the device is kept");
    assert_eq!(device.key.as_str(), KEY);
    // The password kept is the one whose verifier went: never sent itself.
    assert!(!body.to_string().contains(device.password.expose_secret()));
    assert!(matches!(device_state(&s), Some(DeviceState::Asking(_))));
    let effects = s.apply(Event::RememberDevice(true));
    let (update, op, body) = sent(&effects);
    assert_eq!(op, "UpdateDeviceStatus");
    assert_eq!(body["DeviceRememberedStatus"], "remembered");
    finish(&mut s, update, Ok(Reply::Done));
    assert!(matches!(device_state(&s), Some(DeviceState::Remembered)));
    // From now on a refresh carries the device's key: Cognito refuses one without it.
    let (_, op, body) = sent(&s.apply(Event::Refresh));
    assert_eq!(op, "InitiateAuth");
    assert_eq!(body["AuthParameters"]["DEVICE_KEY"], KEY);
}

#[test]
fn remember_confirms_and_remembers_without_asking() {
    let (mut s, attempt, _) = submitted_with(with_device(DevicePolicy::Remember, None));
    let (confirm, _, _) = sent(&finish(&mut s, attempt, tokens_with_new_device()));
    let confirmed = Ok(Reply::DeviceConfirmed {
        user_confirmation_necessary: true,
    });
    let effects = finish(&mut s, confirm, confirmed);
    assert!(kept_effect(&effects).is_some());
    let (_, op, body) = sent(&effects);
    assert_eq!(op, "UpdateDeviceStatus");
    assert_eq!(body["DeviceRememberedStatus"], "remembered");
}

#[test]
fn ignore_sends_no_device_key_and_confirms_nothing() {
    let (mut s, attempt, body) = submitted_with(with_device(DevicePolicy::Ignore, Some(kept())));
    assert!(body["AuthParameters"].get("DEVICE_KEY").is_none(), "{body}");
    let effects = finish(&mut s, attempt, tokens_with_new_device());
    assert!(
        effects.iter().all(|e| !matches!(e, Effect::Send { .. })),
        "{effects:?}"
    );
    assert!(device_state(&s).is_none());
}

#[test]
fn a_device_cognito_no_longer_knows_is_forgotten_and_the_sign_in_goes_on_without_it() {
    let (mut s, attempt, _) = submitted_with(with_device(DevicePolicy::Ask, Some(kept())));
    let refused = Err(service_error(
        "ResourceNotFoundException",
        "Device does not exist.",
    ));
    let effects = finish(&mut s, attempt, refused);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::ForgetDevice { owner } if owner.username == "alice"))
    );
    let (again, op, body) = sent(&effects);
    assert_eq!(op, "InitiateAuth");
    assert!(body["AuthParameters"].get("DEVICE_KEY").is_none(), "{body}");
    // A second such refusal is the user's own: it is not retried.
    let refused = Err(service_error(
        "ResourceNotFoundException",
        "User pool does not exist.",
    ));
    finish(&mut s, again, refused);
    assert!(matches!(s.phase(), Phase::Failed(_)));
}

#[test]
fn forget_forgets_the_kept_device_here_and_with_cognito() {
    let (mut s, attempt, body) = submitted_with(with_device(DevicePolicy::Forget, Some(kept())));
    assert!(body["AuthParameters"].get("DEVICE_KEY").is_none());
    let effects = finish(&mut s, attempt, tokens_response());
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::ForgetDevice { .. }))
    );
    let (forget, op, body) = sent(&effects);
    assert_eq!(op, "ForgetDevice");
    assert_eq!(body["DeviceKey"], KEY);
    finish(&mut s, forget, Ok(Reply::Done));
    assert!(matches!(device_state(&s), Some(DeviceState::Forgotten)));
}
