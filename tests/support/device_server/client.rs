//! How the device tests talk to the device server: through the real HTTP client
//! (CognitoClient), a whole USER_SRP_AUTH sign-in with the app's SRP and device SRP, and a
//! device confirmed as the app will confirm it.

use std::time::Duration;

use cognito_login::cognito::srp::{SrpExchange, VerifierChallenge, timestamp};
use cognito_login::cognito::{
    AuthResponse, CognitoClient, CognitoError, ConfirmDeviceRequest, DeviceOperation,
    DeviceRememberedStatus, DeviceSrp, DeviceVerifierChallenge, Endpoint, InitiateAuthRequest,
    Operation, RememberedDevice, Reply, RespondToAuthChallengeRequest, ServiceError,
    UpdateDeviceStatusRequest, new_device_verifier,
};
use secrecy::SecretString;

use super::{CLIENT_ID, DeviceServer, MFA_CODE, PASSWORD, POOL_NAME, USERNAME};

pub const TIMEOUT: Duration = Duration::from_secs(10);

pub fn call(server: &DeviceServer, operation: Operation) -> Result<Reply, CognitoError> {
    let endpoint = Endpoint::custom(&server.endpoint).unwrap();
    let client = CognitoClient::new().unwrap();
    super::super::runtime().block_on(client.perform(&endpoint, &operation, TIMEOUT))
}

pub fn auth(server: &DeviceServer, operation: Operation) -> Result<AuthResponse, CognitoError> {
    match call(server, operation)? {
        Reply::Auth(answer) => Ok(answer),
        other => panic!("not an auth answer: {other:?}"),
    }
}

pub fn refusal<T: std::fmt::Debug>(result: Result<T, CognitoError>) -> (String, String) {
    match result {
        Err(CognitoError::Service(ServiceError { code, message, .. })) => (code, message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

pub fn param(answer: &AuthResponse, name: &str) -> String {
    answer.challenge_parameters[name]
        .as_str()
        .unwrap()
        .to_owned()
}

pub fn respond(
    server: &DeviceServer,
    previous: &AuthResponse,
    responses: Vec<(String, SecretString)>,
) -> Result<AuthResponse, CognitoError> {
    auth(
        server,
        Operation::RespondToAuthChallenge(RespondToAuthChallengeRequest {
            challenge_name: previous.challenge_name.as_deref().unwrap().into(),
            client_id: CLIENT_ID.into(),
            session: previous.session.clone(),
            challenge_responses: responses,
        }),
    )
}

pub fn pairs(list: &[(&str, String)]) -> Vec<(String, SecretString)> {
    (list.iter())
        .map(|(k, v)| ((*k).to_owned(), v.as_str().into()))
        .collect()
}

/// A whole USER_SRP_AUTH sign-in with `password`, sending the device's key when there is one:
/// the tokens and the challenges on the way.
pub fn sign_in(
    server: &DeviceServer,
    password: &str,
    device: Option<&RememberedDevice>,
) -> Result<(AuthResponse, Vec<String>), CognitoError> {
    let exchange = SrpExchange::new().unwrap();
    let start = InitiateAuthRequest {
        auth_flow: "USER_SRP_AUTH".into(),
        client_id: CLIENT_ID.into(),
        auth_parameters: pairs(&[("USERNAME", USERNAME.into()), ("SRP_A", exchange.srp_a())]),
    }
    .with_device_key(device.map(|d| &d.key));
    let mut answer = auth(server, Operation::InitiateAuth(start))?;
    let mut seen = Vec::new();
    let device_srp = DeviceSrp::start().unwrap();
    while let Some(name) = answer.challenge_name.clone() {
        seen.push(name.clone());
        let responses = match name.as_str() {
            "PASSWORD_VERIFIER" => {
                let (b, salt, block) = (
                    param(&answer, "SRP_B"),
                    param(&answer, "SALT"),
                    param(&answer, "SECRET_BLOCK"),
                );
                let challenge = VerifierChallenge {
                    pool_name: POOL_NAME,
                    user_id: &param(&answer, "USER_ID_FOR_SRP"),
                    srp_b: &b,
                    salt: &salt,
                    secret_block: &block,
                };
                let stamp = timestamp(chrono::Utc::now());
                let claim =
                    (exchange.password_claim(&challenge, &SecretString::from(password), &stamp))
                        .unwrap();
                pairs(&[
                    ("USERNAME", param(&answer, "USER_ID_FOR_SRP")),
                    ("PASSWORD_CLAIM_SECRET_BLOCK", block.clone()),
                    ("TIMESTAMP", claim.timestamp),
                    ("PASSWORD_CLAIM_SIGNATURE", claim.signature),
                ])
            }
            "SMS_MFA" => pairs(&[
                ("USERNAME", param(&answer, "USERNAME")),
                ("SMS_MFA_CODE", MFA_CODE.into()),
            ]),
            "DEVICE_SRP_AUTH" => {
                device_srp.start_responses(&param(&answer, "USERNAME"), &device.unwrap().key)
            }
            "DEVICE_PASSWORD_VERIFIER" => {
                let challenge =
                    DeviceVerifierChallenge::from_parameters(&answer.challenge_parameters).unwrap();
                (device_srp.answer(&challenge, device.unwrap(), &timestamp(chrono::Utc::now())))
                    .unwrap()
            }
            other => panic!("unexpected challenge {other}"),
        };
        answer = respond(server, &answer, responses)?;
    }
    Ok((answer, seen))
}

pub fn access_token(answer: &AuthResponse) -> SecretString {
    let result = answer.authentication_result.as_ref().unwrap();
    result.access_token.clone().unwrap()
}

pub fn device_call(
    server: &DeviceServer,
    operation: DeviceOperation,
) -> Result<Reply, CognitoError> {
    call(server, Operation::Device(operation))
}

/// A first sign-in (with MFA), its NewDeviceMetadata confirmed with a fresh verifier, and the
/// person's answer to "Remember this computer?".
pub fn confirmed_device(
    server: &DeviceServer,
    remember: DeviceRememberedStatus,
    name: &str,
) -> (RememberedDevice, AuthResponse) {
    let (tokens, seen) = sign_in(server, PASSWORD, None).unwrap();
    assert_eq!(seen, ["PASSWORD_VERIFIER", "SMS_MFA"]);
    let metadata = tokens
        .authentication_result
        .as_ref()
        .unwrap()
        .new_device()
        .unwrap();
    let (password, config) =
        new_device_verifier(&metadata.device_group_key, &metadata.device_key).unwrap();
    let confirm = ConfirmDeviceRequest {
        access_token: access_token(&tokens),
        device_key: metadata.device_key.clone(),
        device_secret_verifier_config: config,
        device_name: Some(name.into()),
    };
    assert!(matches!(
        device_call(server, DeviceOperation::Confirm(confirm)).unwrap(),
        Reply::DeviceConfirmed {
            user_confirmation_necessary: true
        }
    ));
    let update = UpdateDeviceStatusRequest {
        access_token: access_token(&tokens),
        device_key: metadata.device_key.clone(),
        device_remembered_status: remember,
    };
    assert!(matches!(
        device_call(server, DeviceOperation::UpdateStatus(update)).unwrap(),
        Reply::Done
    ));
    let device = RememberedDevice {
        key: metadata.device_key,
        group_key: metadata.device_group_key,
        password,
    };
    (device, tokens)
}

/// InitiateAuth and PASSWORD_VERIFIER and DEVICE_SRP_AUTH, stopping at DEVICE_PASSWORD_VERIFIER.
pub fn sign_in_until_device_verifier(
    server: &DeviceServer,
    device: &RememberedDevice,
    device_srp: &DeviceSrp,
) -> AuthResponse {
    let exchange = SrpExchange::new().unwrap();
    let start = InitiateAuthRequest {
        auth_flow: "USER_SRP_AUTH".into(),
        client_id: CLIENT_ID.into(),
        auth_parameters: pairs(&[("USERNAME", USERNAME.into()), ("SRP_A", exchange.srp_a())]),
    }
    .with_device_key(Some(&device.key));
    let answer = auth(server, Operation::InitiateAuth(start)).unwrap();
    let (b, salt, block) = (
        param(&answer, "SRP_B"),
        param(&answer, "SALT"),
        param(&answer, "SECRET_BLOCK"),
    );
    let challenge = VerifierChallenge {
        pool_name: POOL_NAME,
        user_id: USERNAME,
        srp_b: &b,
        salt: &salt,
        secret_block: &block,
    };
    let claim = exchange
        .password_claim(
            &challenge,
            &SecretString::from(PASSWORD),
            &timestamp(chrono::Utc::now()),
        )
        .unwrap();
    let answer = respond(
        server,
        &answer,
        pairs(&[
            ("USERNAME", USERNAME.into()),
            ("PASSWORD_CLAIM_SECRET_BLOCK", block.clone()),
            ("TIMESTAMP", claim.timestamp),
            ("PASSWORD_CLAIM_SIGNATURE", claim.signature),
        ]),
    )
    .unwrap();
    assert_eq!(answer.challenge_name.as_deref(), Some("DEVICE_SRP_AUTH"));
    let answer = respond(
        server,
        &answer,
        device_srp.start_responses(USERNAME, &device.key),
    )
    .unwrap();
    assert_eq!(
        answer.challenge_name.as_deref(),
        Some("DEVICE_PASSWORD_VERIFIER")
    );
    answer
}
