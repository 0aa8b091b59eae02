//! The SRP math against the one emulator that checks it for real: MiniStack runs the 3072-bit
//! exchange and rejects a wrong password or a bad signature (moto fakes SRP, cognito-local has
//! none; ../shared/docs/cognito-emulators.md).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::time::Duration;

use cognito_login::cognito::srp::{SrpExchange, VerifierChallenge, timestamp};
use cognito_login::cognito::{
    AuthResponse, CognitoClient, CognitoError, Endpoint, InitiateAuthRequest, Password, PoolId,
    RespondToAuthChallengeRequest,
};
use secrecy::{ExposeSecret, SecretString};
use support::{claims, emulators, runtime};

const TIMEOUT: Duration = Duration::from_secs(10);

fn param(response: &AuthResponse, key: &str) -> String {
    response.challenge_parameters[key]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn srp_sign_in(password: &str) -> Result<AuthResponse, CognitoError> {
    let emu = emulators().ministack;
    let endpoint = Endpoint::custom(&emu.endpoint).unwrap();
    let client = CognitoClient::new().unwrap();
    let exchange = SrpExchange::new().unwrap();
    let start = InitiateAuthRequest {
        auth_flow: "USER_SRP_AUTH".into(),
        client_id: emu.clients.plain.id.clone().into(),
        auth_parameters: vec![
            ("USERNAME".into(), SecretString::from("alice")),
            ("SRP_A".into(), SecretString::from(exchange.srp_a())),
        ],
    };
    let challenge = client.initiate_auth(&endpoint, &start, TIMEOUT).await?;
    assert_eq!(
        challenge.challenge_name.as_deref(),
        Some("PASSWORD_VERIFIER")
    );
    let user_id = param(&challenge, "USER_ID_FOR_SRP");
    let secret_block = param(&challenge, "SECRET_BLOCK");
    let srp_b = param(&challenge, "SRP_B");
    let salt = param(&challenge, "SALT");
    let pool_id = PoolId::from(emu.pool_id.as_str());
    let verifier = VerifierChallenge {
        pool_name: pool_id.name().unwrap(),
        user_id: &user_id,
        srp_b: &srp_b,
        salt: &salt,
        secret_block: &secret_block,
    };
    let claim = exchange
        .password_claim(
            &verifier,
            &Password::from(password),
            &timestamp(chrono::Utc::now()),
        )
        .unwrap();
    let answer = RespondToAuthChallengeRequest {
        challenge_name: "PASSWORD_VERIFIER".into(),
        client_id: emu.clients.plain.id.clone().into(),
        session: challenge.session,
        challenge_responses: vec![
            ("USERNAME".into(), SecretString::from(user_id)),
            (
                "PASSWORD_CLAIM_SECRET_BLOCK".into(),
                SecretString::from(secret_block),
            ),
            ("TIMESTAMP".into(), SecretString::from(claim.timestamp)),
            (
                "PASSWORD_CLAIM_SIGNATURE".into(),
                SecretString::from(claim.signature),
            ),
        ],
    };
    client
        .respond_to_auth_challenge(&endpoint, &answer, TIMEOUT)
        .await
}

#[test]
fn right_password_gets_tokens() {
    let password = emulators().ministack.password;
    let response = runtime().block_on(srp_sign_in(&password)).unwrap();
    let tokens = response.authentication_result.expect("tokens");
    let id = claims(tokens.id_token.unwrap().expose_secret());
    assert_eq!(id["cognito:username"], "alice");
}

#[test]
fn wrong_password_is_refused() {
    match runtime().block_on(srp_sign_in("Wrong!Passw0rd")) {
        Err(CognitoError::Service(e)) => assert_eq!(e.code, "NotAuthorizedException"),
        other => panic!("{other:?}"),
    }
}
