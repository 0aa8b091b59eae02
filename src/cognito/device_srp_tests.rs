//! Every vector of tests/data/device-srp-vectors.json: pycognito's verifiers and device
//! challenges (random inputs pinned by tests/data/make-device-vectors.py) and protocol §5.5
//! Vector 3.

use super::*;
use crate::cognito::srp::timestamp;

fn vectors() -> serde_json::Value {
    serde_json::from_str(include_str!("../../tests/data/device-srp-vectors.json")).unwrap()
}

fn s<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("vector has no {key}"))
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// The device of a vector. Vector 3's keys are mock names, not Cognito-shaped DeviceKeys, so
/// its key is made without the shape check.
fn device(v: &serde_json::Value) -> RememberedDevice {
    RememberedDevice {
        key: DeviceKey::parse(s(v, "DeviceKey"))
            .unwrap_or_else(|_| DeviceKey::unchecked(s(v, "DeviceKey"))),
        group_key: DeviceGroupKey::parse(s(v, "DeviceGroupKey")).unwrap(),
        password: DevicePassword::new(s(v, "device_password")),
    }
}

fn answer_of(v: &serde_json::Value, username: &str) -> BTreeMap<String, String> {
    let exchange =
        DeviceSrp::with_secret(BigUint::parse_bytes(s(v, "a_hex").as_bytes(), 16).unwrap())
            .unwrap();
    if let Some(a) = v.get("SRP_A") {
        assert_eq!(exchange.srp_a(), a.as_str().unwrap());
    }
    let challenge = DeviceVerifierChallenge {
        username,
        srp_b: s(v, "SRP_B"),
        salt: s(v, "SALT"),
        secret_block: s(v, "SECRET_BLOCK"),
    };
    (exchange
        .answer(&challenge, &device(v), s(v, "TIMESTAMP"))
        .unwrap())
    .into_iter()
    .map(|(k, v)| (k, v.expose_secret().to_owned()))
    .collect()
}

#[test]
fn protocol_vector_3_signs_as_published() {
    let v = &vectors()["protocol_vector_3"];
    let answer = answer_of(v, "whoever");
    assert_eq!(
        answer["PASSWORD_CLAIM_SIGNATURE"],
        s(v, "PASSWORD_CLAIM_SIGNATURE")
    );
    assert_eq!(
        s(v, "PASSWORD_CLAIM_SIGNATURE"),
        "O9uSej4H1B4or3Zc7Q4+KxuSvOaEfuq2a7Ye4d16fmo="
    );
}

#[test]
fn every_pycognito_verifier_is_made_alike() {
    let d = vectors();
    let all = d["verifiers"].as_array().unwrap();
    assert_eq!(all.len(), 3);
    for v in all {
        let device = device(v);
        let password_bytes = unhex(s(v, "password_bytes_hex"));
        assert_eq!(
            STANDARD.encode(&password_bytes),
            s(v, "device_password"),
            "the password is base64 of its bytes"
        );
        let config = device_verifier(
            &device.group_key,
            &device.key,
            &device.password,
            &unhex(s(v, "salt_bytes_hex")),
        );
        assert_eq!(config.salt, s(v, "Salt"), "{}", s(v, "DeviceKey"));
        assert_eq!(
            config.password_verifier,
            s(v, "PasswordVerifier"),
            "{}",
            s(v, "DeviceKey")
        );
    }
}

#[test]
fn every_pycognito_device_challenge_is_answered_alike() {
    let d = vectors();
    let all = d["challenges"].as_array().unwrap();
    assert_eq!(all.len(), 2);
    for v in all {
        let answer = answer_of(v, s(v, "USERNAME"));
        let expected = BTreeMap::from(
            [
                "USERNAME",
                "TIMESTAMP",
                "PASSWORD_CLAIM_SECRET_BLOCK",
                "PASSWORD_CLAIM_SIGNATURE",
                "DEVICE_KEY",
            ]
            .map(|key| (key.to_owned(), s(v, key).to_owned())),
        );
        assert_eq!(answer, expected);
    }
}

#[test]
fn the_timestamp_is_cognito_s_format_as_pycognito_writes_it() {
    let d = vectors();
    let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(9, 5, 7)
        .unwrap()
        .and_utc();
    assert_eq!(timestamp(at), s(&d["challenges"][0], "TIMESTAMP"));
}

#[test]
fn a_new_device_verifier_is_random_and_matches_its_password() {
    let group = DeviceGroupKey::parse("-Xyz12AbC").unwrap();
    let key = DeviceKey::parse("eu-west-1_2f1d9a3c-8b4e-4c1a-9f7e-5d6c7b8a9e0f").unwrap();
    let (password, config) = new_device_verifier(&group, &key).unwrap();
    let (other, other_config) = new_device_verifier(&group, &key).unwrap();
    assert_ne!(password.expose_secret(), other.expose_secret());
    assert_ne!(config, other_config);
    assert_eq!(STANDARD.decode(password.expose_secret()).unwrap().len(), 40);
    assert!((16..=17).contains(&STANDARD.decode(&config.salt).unwrap().len()));
    assert_eq!(format!("{password:?}"), "DevicePassword([REDACTED])");
    let device = RememberedDevice {
        key: key.clone(),
        group_key: group.clone(),
        password: password.clone(),
    };
    assert!(!format!("{device:?}").contains(password.expose_secret()));
    // The verifier is the one its own salt and password make.
    let salt = STANDARD.decode(&config.salt).unwrap();
    assert_eq!(device_verifier(&group, &key, &password, &salt), config);
}

#[test]
fn the_first_step_names_the_device_and_sends_a() {
    let key = DeviceKey::parse("eu-west-1_2f1d9a3c").unwrap();
    let exchange = DeviceSrp::start().unwrap();
    let responses: Vec<(String, String)> = (exchange.start_responses("internal-id", &key))
        .into_iter()
        .map(|(k, v)| (k, v.expose_secret().to_owned()))
        .collect();
    assert_eq!(
        responses,
        [
            ("USERNAME".into(), "internal-id".into()),
            ("DEVICE_KEY".into(), "eu-west-1_2f1d9a3c".into()),
            ("SRP_A".into(), exchange.srp_a()),
        ]
    );
    assert_ne!(DeviceSrp::start().unwrap().srp_a(), exchange.srp_a());
}

#[test]
fn a_challenge_missing_a_parameter_is_named() {
    let mut parameters: BTreeMap<String, serde_json::Value> = [
        ("USERNAME", "u"),
        ("SRP_B", "ab"),
        ("SALT", "cd"),
        ("SECRET_BLOCK", "AAAA"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into()))
    .collect();
    let read = DeviceVerifierChallenge::from_parameters(&parameters).unwrap();
    assert_eq!((read.username, read.srp_b, read.salt), ("u", "ab", "cd"));
    parameters.insert("SALT".into(), serde_json::json!(12));
    assert_eq!(
        DeviceVerifierChallenge::from_parameters(&parameters).unwrap_err(),
        SrpError::BadChallenge("SALT")
    );
    parameters.remove("SRP_B");
    assert_eq!(
        DeviceVerifierChallenge::from_parameters(&parameters).unwrap_err(),
        SrpError::BadChallenge("SRP_B")
    );
}
