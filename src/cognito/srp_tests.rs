//! Every vector of tests/data/srp-vectors.json (a copy of ../shared/data/srp-vectors.json,
//! checked against public implementations), including the intermediate values.

use super::*;
use crate::cognito::{Password, PoolId};

fn vectors() -> serde_json::Value {
    serde_json::from_str(include_str!("../../tests/data/srp-vectors.json")).unwrap()
}

fn s<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("vector has no {key}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn group_constants() {
    let d = vectors();
    assert_eq!(N.to_str_radix(16), s(&d, "N_hex").to_lowercase());
    assert_eq!(K.to_str_radix(16), s(&d, "k_hex"));
    assert_eq!(K.to_string(), s(&d, "k_dec"));
    assert_eq!(N.bits(), 3072);
}

#[test]
fn every_vector_signs_as_published() {
    let d = vectors();
    let all = d["vectors"].as_array().unwrap();
    assert_eq!(all.len(), 4);
    for v in all {
        let source = s(v, "source");
        // The device vector uses the same math with the device's names (protocol §5.3).
        let (pool, user, password) = match v.get("DeviceKey") {
            Some(_) => (
                s(v, "DeviceGroupKey"),
                s(v, "DeviceKey"),
                s(v, "device_password"),
            ),
            None => (s(v, "poolName"), s(v, "USER_ID_FOR_SRP"), s(v, "password")),
        };
        if let Some(pool_id) = v.get("pool_id").and_then(|p| p.as_str()) {
            assert_eq!(PoolId::from(pool_id).name(), Some(pool), "{source}");
        }
        let a = BigUint::parse_bytes(s(v, "a_hex").as_bytes(), 16).unwrap();
        let exchange = SrpExchange::with_secret(a).unwrap();
        assert_eq!(exchange.srp_a(), s(v, "SRP_A"), "{source}: SRP_A");

        let password = Password::from(password);
        let challenge = VerifierChallenge {
            pool_name: pool,
            user_id: user,
            srp_b: s(v, "SRP_B"),
            salt: s(v, "SALT"),
            secret_block: s(v, "SECRET_BLOCK"),
        };
        let key = exchange.authentication_key(&challenge, &password).unwrap();
        assert_eq!(hex(&key), s(v, "hkdf_key_hex"), "{source}: key");

        let claim = exchange
            .password_claim(&challenge, &password, s(v, "TIMESTAMP"))
            .unwrap();
        assert_eq!(
            claim.signature,
            s(v, "PASSWORD_CLAIM_SIGNATURE"),
            "{source}: signature"
        );
        assert_eq!(claim.timestamp, s(v, "TIMESTAMP"));

        // The intermediates, so a failure says which step broke.
        let b = parse_hex(s(v, "SRP_B")).unwrap();
        let u = hash_to_int(&[&padded(&exchange.big_a), &padded(&b)]);
        assert_eq!(hex(&padded(&u)), s(v, "pad_u"), "{source}: u");
        let inner = Sha256::digest(format!("{pool}{user}:{}", password.expose_secret()));
        assert_eq!(hex(&inner), s(v, "inner_hash_hex"), "{source}: inner hash");
        let salt = parse_hex(s(v, "SALT")).unwrap();
        let x = hash_to_int(&[&padded(&salt), inner.as_slice()]);
        assert_eq!(
            x.to_str_radix(16),
            s(v, "x_hex").trim_start_matches('0'),
            "{source}: x"
        );
    }
}

#[test]
fn calculate_u_vector() {
    let d = vectors();
    let v = &d["calculateU_vector"];
    let a = parse_hex(s(v, "A_hex")).unwrap();
    let b = parse_hex(s(v, "B_hex")).unwrap();
    assert_eq!(
        hash_to_int(&[&padded(&a), &padded(&b)]).to_string(),
        s(v, "u_dec")
    );
}

#[test]
fn timestamps() {
    let d = vectors();
    for v in d["timestamp_vectors"].as_array().unwrap() {
        let utc = s(v, "utc").split_whitespace().next().unwrap();
        let at: chrono::DateTime<chrono::Utc> = utc.parse().unwrap();
        assert_eq!(timestamp(at), s(v, "TIMESTAMP"), "{utc}");
    }
}

#[test]
fn padding_is_java_biginteger_bytes() {
    for (n, expected) in [
        (20u64, "14"),
        (236, "00ec"),
        (200, "00c8"),
        (0x123abcd, "0123abcd"),
        (0x8123abcd, "008123abcd"),
    ] {
        assert_eq!(hex(&padded(&BigUint::from(n))), expected);
    }
}

#[test]
fn malformed_challenges_are_errors_not_panics() {
    let exchange = SrpExchange::new().unwrap();
    let pw = Password::from("pw");
    let claim = |srp_b: &str, salt: &str, secret_block: &str| {
        let challenge = VerifierChallenge {
            pool_name: "p",
            user_id: "u",
            srp_b,
            salt,
            secret_block,
        };
        exchange.password_claim(&challenge, &pw, "t")
    };
    assert_eq!(
        claim("xyz", "ab", "AAAA"),
        Err(SrpError::BadChallenge("SRP_B"))
    );
    assert_eq!(claim("ab", "", "AAAA"), Err(SrpError::BadChallenge("SALT")));
    assert_eq!(
        claim("ab", "ab", "!!!"),
        Err(SrpError::BadChallenge("SECRET_BLOCK"))
    );
    assert_eq!(
        claim(&N.to_str_radix(16), "ab", "AAAA"),
        Err(SrpError::Unsafe)
    );
    assert_eq!(claim("0", "ab", "AAAA"), Err(SrpError::Unsafe));
}

#[test]
fn fresh_exchanges_differ_and_never_print_the_secret() {
    let one = SrpExchange::new().unwrap();
    let two = SrpExchange::new().unwrap();
    assert_ne!(one.srp_a(), two.srp_a());
    assert!(!format!("{one:?}").contains(&one.a.to_str_radix(16)));
}

#[test]
fn a_prepared_exchange_is_used_once() {
    prepare();
    prepare(); // one is already under way: nothing more is started
    let first = SrpExchange::prepared_or_new().unwrap();
    let second = SrpExchange::prepared_or_new().unwrap();
    assert_ne!(first.srp_a(), second.srp_a());
    for exchange in [first, second] {
        assert!(exchange.big_a > BigUint::ZERO && exchange.big_a < *N);
        assert_eq!(exchange.big_a, G.modpow(&exchange.a, &N));
    }
}
