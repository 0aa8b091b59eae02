//! `cargo bench`: the app's own work in a sign-in, without the network. What a sign-in costs on
//! the wire is measured side by side with other clients by tests/bench/compare.sh.
//!
//! SRP is timed in its two steps as they happen: A when the sign-in starts (random `a`, then
//! g^a mod N), and the PASSWORD_VERIFIER answer when Cognito's challenge arrives (x, u, S, HKDF,
//! HMAC). The challenge is shaped like Cognito's: a 3072-bit B, a 128-bit salt, a long block.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cognito_login::cognito::srp::{SrpExchange, VerifierChallenge};
use cognito_login::cognito::{
    AuthResponse, ClientId, ClientSecret, Password, decode_response, secret_hash::secret_hash,
};
use cognito_login::workbench::Jwt;
use cognito_login::workbench::verify::{Expected, KeySource, Verdict, verify};
use divan::black_box;

#[path = "../support/mod.rs"]
mod support;

fn main() {
    divan::main();
}

const ISSUER: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Bench123";

#[divan::bench]
fn srp_a() -> String {
    let Ok(exchange) = SrpExchange::new() else {
        panic!("no randomness")
    };
    exchange.srp_a()
}

#[divan::bench]
fn srp_password_verifier(bencher: divan::Bencher) {
    let (Ok(ours), Ok(server)) = (SrpExchange::new(), SrpExchange::new()) else {
        panic!("no randomness")
    };
    // Any group element serves as B; another exchange's A is one.
    let srp_b = server.srp_a();
    let block = "A".repeat(1_000) + "==";
    let challenge = VerifierChallenge {
        pool_name: "Bench123",
        user_id: "0b4c1d2e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
        srp_b: &srp_b,
        salt: "9f2d5c6e7a8b0c1d2e3f405162738495",
        secret_block: &block,
    };
    let password = Password::from("Correct-Horse-Battery-1");
    let claim = || {
        ours.password_claim(
            black_box(&challenge),
            &password,
            "Fri Nov 27 03:27:21 UTC 2026",
        )
    };
    assert!(claim().is_ok_and(|c| c.signature.len() == 44));
    bencher.bench_local(claim);
}

#[divan::bench]
fn secret_hash_of_username(bencher: divan::Bencher) {
    let secret = ClientSecret::from("1example23456789secretvalue0abcdefghijklmnopqrstuvw");
    // Made once, outside the loop, as the sign-in does: only the hash is measured.
    let client_id = ClientId::from("3n4b5urk1ft4fl3mg5e62d9ado");
    bencher.bench_local(|| secret_hash(&secret, black_box("tester@example.com"), &client_id));
}

/// Cognito's answer to a password sign-in: three JWTs of realistic length.
fn tokens_answer() -> Vec<u8> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let token = |token_use: &str| signed(token_use, now + 3600);
    serde_json::to_vec(&serde_json::json!({
        "AuthenticationResult": {
            "AccessToken": token("access"),
            "ExpiresIn": 3600,
            "IdToken": token("id"),
            "RefreshToken": "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.".repeat(25),
            "TokenType": "Bearer"
        },
        "ChallengeParameters": {}
    }))
    .unwrap_or_default()
}

/// An RS256 token like Cognito's, signed with the test key (tests/support).
fn signed(token_use: &str, exp: u64) -> String {
    support::test_signed_token(serde_json::json!({
        "sub": "0b4c1d2e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "iss": ISSUER, "token_use": token_use,
        "aud": "3n4b5urk1ft4fl3mg5e62d9ado", "client_id": "3n4b5urk1ft4fl3mg5e62d9ado",
        "cognito:username": "tester", "email": "tester@example.com", "email_verified": true,
        "auth_time": exp - 3600, "iat": exp - 3600, "exp": exp, "jti": "5d4e3f2a-1b0c",
        "origin_jti": "6e5f4a3b-2c1d", "event_id": "7f6a5b4c-3d2e", "scope": "aws.cognito.signin.user.admin",
    }))
}

#[divan::bench]
fn decode_tokens_answer(bencher: divan::Bencher) {
    let body = tokens_answer();
    // Timing a failure would flatter the figure: the answer must be full-sized and decode.
    let decoded = decode_response::<AuthResponse>(200, None, None, None, &body);
    assert!(
        body.len() > 3_000,
        "the answer is only {} bytes",
        body.len()
    );
    assert!(decoded.is_ok_and(|a| a.authentication_result.is_some()));
    bencher
        .bench_local(|| decode_response::<AuthResponse>(200, None, None, None, black_box(&body)));
}

#[divan::bench]
fn decode_and_verify_id_token(bencher: divan::Bencher) {
    let token = signed("id", 4_102_444_800);
    let Ok(jwks) = serde_json::from_str::<serde_json::Value>(support::TEST_JWKS) else {
        panic!("tests/data/test-jwks.json is not JSON")
    };
    let expected = Expected {
        client_id: Some("3n4b5urk1ft4fl3mg5e62d9ado".into()),
        token_use: Some("id"),
    };
    let now = UNIX_EPOCH + Duration::from_secs(4_102_444_000);
    let check = || {
        let Ok(jwt) = Jwt::parse(black_box(&token)) else {
            panic!("the token does not parse")
        };
        let Ok(source) = KeySource::from_issuer(&jwt) else {
            panic!("no key source")
        };
        verify(&token, &jwks, &source, &expected, now)
    };
    assert_eq!(
        check(),
        Verdict::Valid,
        "the benchmark must time a token that passes"
    );
    bencher.bench_local(check);
}
