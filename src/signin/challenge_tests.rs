use std::collections::BTreeMap;

use super::*;
use crate::cognito::{ChallengeChoice, ChallengeName};

fn params(pairs: &[(&str, serde_json::Value)]) -> BTreeMap<String, serde_json::Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

#[test]
fn new_password_lists_required_attributes_without_prefix() {
    let p = params(&[
        (
            "requiredAttributes",
            serde_json::json!("[\"userAttributes.name\",\"userAttributes.family_name\"]"),
        ),
        (
            "userAttributes",
            serde_json::json!("{\"email\":\"a@example.com\",\"email_verified\":true}"),
        ),
    ]);
    match ChallengeKind::from_parameters(&ChallengeName::NewPasswordRequired, &p, &[]) {
        ChallengeKind::NewPassword {
            required,
            attributes,
        } => {
            assert_eq!(required, ["name", "family_name"]);
            assert_eq!(attributes["email"], "a@example.com");
            assert_eq!(attributes["email_verified"], "true");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn lists_come_as_json_strings_or_arrays() {
    let as_string = params(&[(
        "MFAS_CAN_CHOOSE",
        serde_json::json!("[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"),
    )]);
    assert_eq!(
        ChallengeKind::from_parameters(&ChallengeName::SelectMfaType, &as_string, &[]),
        ChallengeKind::SelectMfa {
            choices: vec!["SMS_MFA".into(), "SOFTWARE_TOKEN_MFA".into()]
        }
    );
    let as_array = params(&[("MFAS_CAN_SETUP", serde_json::json!(["SOFTWARE_TOKEN_MFA"]))]);
    let setup = ChallengeKind::from_parameters(&ChallengeName::MfaSetup, &as_array, &[]);
    assert!(setup.can_set_up_totp());
    // moto sends Python's text of a list.
    let python = params(&[(
        "MFAS_CAN_SETUP",
        serde_json::json!("['SOFTWARE_TOKEN_MFA', 'SMS_MFA']"),
    )]);
    assert_eq!(
        ChallengeKind::from_parameters(&ChallengeName::MfaSetup, &python, &[]),
        ChallengeKind::MfaSetup {
            can_setup: vec!["SOFTWARE_TOKEN_MFA".into(), "SMS_MFA".into()],
            totp: None
        }
    );
    let sms_only = params(&[("MFAS_CAN_SETUP", serde_json::json!("[\"SMS_MFA\"]"))]);
    assert!(
        !ChallengeKind::from_parameters(&ChallengeName::MfaSetup, &sms_only, &[]).can_set_up_totp()
    );
}

#[test]
fn codes_name_their_response_key_and_destination() {
    let p = params(&[
        (
            "CODE_DELIVERY_DESTINATION",
            serde_json::json!("+*******0100"),
        ),
        ("CODE_DELIVERY_DELIVERY_MEDIUM", serde_json::json!("SMS")),
    ]);
    let cases = [
        (ChallengeName::SmsMfa, "SMS_MFA_CODE"),
        (ChallengeName::SoftwareTokenMfa, "SOFTWARE_TOKEN_MFA_CODE"),
        (ChallengeName::EmailOtp, "EMAIL_OTP_CODE"),
        (ChallengeName::SmsOtp, "SMS_OTP_CODE"),
    ];
    for (name, key) in cases {
        match ChallengeKind::from_parameters(&name, &p, &[]) {
            ChallengeKind::Code(code) => {
                assert_eq!(code.response_key, key);
                assert_eq!(code.destination.as_deref(), Some("+*******0100"));
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn passkeys_and_unknown_steps_are_named_not_failed() {
    let none = BTreeMap::new();
    assert!(matches!(
        ChallengeKind::from_parameters(&ChallengeName::WebAuthn, &none, &[]),
        ChallengeKind::Unsupported { reason } if reason.contains("not supported in this app yet")
    ));
    assert_eq!(
        ChallengeKind::from_parameters(&ChallengeName::parse("FUTURE_CHALLENGE"), &none, &[]),
        ChallengeKind::Other
    );
    let offered = vec![
        ChallengeChoice::from("PASSWORD"),
        ChallengeChoice::from("EMAIL_OTP"),
    ];
    assert_eq!(
        ChallengeKind::from_parameters(&ChallengeName::SelectChallenge, &none, &offered),
        ChallengeKind::SelectChallenge { choices: offered }
    );
}

#[test]
fn pasted_codes_lose_spaces_and_dashes_only() {
    assert_eq!(clean_code(" 123 456\n"), "123456");
    assert_eq!(clean_code("123-456"), "123456");
    assert_eq!(clean_code("abc"), "abc");
}

#[test]
fn otpauth_uri_is_percent_encoded() {
    assert_eq!(
        otpauth_uri("eu-west-1_Ab", "jo doe@example.com", "JBSWY3DPEHPK3PXP"),
        "otpauth://totp/eu-west-1_Ab:jo%20doe%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=eu-west-1_Ab"
    );
}

#[test]
fn session_time_left_counts_down_to_zero() {
    let at = SystemTime::UNIX_EPOCH;
    let challenge = Challenge {
        name: "SMS_MFA".into(),
        kind: ChallengeKind::Other,
        parameters: BTreeMap::new(),
        session: None,
        available: Vec::new(),
        received_at: at,
        problem: None,
    };
    assert_eq!(challenge.seconds_left(at), 180);
    assert_eq!(challenge.seconds_left(at + Duration::from_secs(179)), 1);
    assert_eq!(challenge.seconds_left(at + Duration::from_secs(600)), 0);
}

/// The entry the authenticator app shows is read back exactly, whatever the username holds.
#[test]
fn the_authenticator_entry_is_read_back_from_the_uri() {
    let setup = |uri: String| TotpSetup {
        secret: "JBSWY3DPEHPK3PXP".into(),
        uri: uri.into(),
    };
    let uri = otpauth_uri(
        AUTHENTICATOR_ISSUER,
        "jo doe@example.com",
        "JBSWY3DPEHPK3PXP",
    );
    assert_eq!(
        setup(uri).entry(),
        Some(("Cognito Login".to_owned(), "jo doe@example.com".to_owned()))
    );
    let uri = otpauth_uri(AUTHENTICATOR_ISSUER, "ユーザー:1", "K");
    assert_eq!(setup(uri).entry().unwrap().1, "ユーザー:1");
    for broken in [
        "otpauth://totp/a:b%2",
        "otpauth://totp/a:%FF",
        "https://x/a:b",
        "otpauth://totp/ab",
    ] {
        assert_eq!(setup(broken.to_owned()).entry(), None, "{broken}");
    }
}
