//! Self-service calls for the tests (self_service_wire.rs): a fresh user signed up and
//! confirmed with the code the emulator sent, a sign-in, the code of Cognito's refusal.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use cognito_login::cognito::{
    AttributeType, AuthResponse, ClientId, ClientSecret, CognitoClient, CognitoError,
    ConfirmSignUpRequest, ConfirmationCode, Endpoint, InitiateAuthRequest, Operation, Password,
    Reply, ServiceError, SignUpRequest, self_service_hash,
};
use secrecy::SecretString;

use super::{Client, Emulator, runtime};

pub const TIMEOUT: Duration = Duration::from_secs(10);
pub const NEW_PASSWORD: &str = "N3w!Passw0rd";

pub fn perform(emulator: &Emulator, operation: Operation) -> Result<Reply, CognitoError> {
    let endpoint = Endpoint::custom(&emulator.endpoint).unwrap();
    let client = CognitoClient::new().unwrap();
    runtime().block_on(client.perform(&endpoint, &operation, TIMEOUT))
}

/// The code of a refusal Cognito explains ("CodeMismatchException"), or what else came.
pub fn refusal(result: Result<Reply, CognitoError>) -> String {
    match result {
        Err(CognitoError::Service(ServiceError { code, .. })) => code,
        other => panic!("expected Cognito to refuse, got {other:?}"),
    }
}

/// A user name no other test (nor an earlier run on the same emulators) has taken.
pub fn fresh_name(what: &str) -> String {
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{what}{}x{nanos}", COUNT.fetch_add(1, Ordering::Relaxed))
}

pub fn hash(client: &Client, username: &str) -> Option<SecretString> {
    let secret = client.secret.clone().map(ClientSecret::new);
    self_service_hash(
        secret.as_ref(),
        username,
        &ClientId::from(client.id.as_str()),
    )
}

pub fn sign_up_as(
    emulator: &Emulator,
    client: &Client,
    name: &str,
    password: &str,
) -> Result<Reply, CognitoError> {
    perform(
        emulator,
        Operation::SignUp(SignUpRequest {
            client_id: client.id.as_str().into(),
            secret_hash: hash(client, name),
            username: name.into(),
            password: Password::new(password),
            user_attributes: vec![AttributeType {
                name: "email".into(),
                value: format!("{name}@example.com"),
            }],
            client_metadata: None,
        }),
    )
}

pub fn confirm(
    emulator: &Emulator,
    client: &Client,
    name: &str,
    code: &str,
) -> Result<Reply, CognitoError> {
    perform(
        emulator,
        Operation::ConfirmSignUp(ConfirmSignUpRequest {
            client_id: client.id.as_str().into(),
            secret_hash: hash(client, name),
            username: name.into(),
            confirmation_code: ConfirmationCode::new(code),
        }),
    )
}

/// USER_PASSWORD_AUTH on `client`: the access token, or Cognito's refusal.
pub fn sign_in(
    emulator: &Emulator,
    client: &Client,
    name: &str,
    password: &str,
) -> Result<SecretString, CognitoError> {
    let mut parameters = vec![
        ("USERNAME".into(), SecretString::from(name.to_owned())),
        ("PASSWORD".into(), SecretString::from(password.to_owned())),
    ];
    if let Some(hash) = hash(client, name) {
        parameters.push(("SECRET_HASH".into(), hash));
    }
    let reply = perform(
        emulator,
        Operation::InitiateAuth(InitiateAuthRequest {
            auth_flow: "USER_PASSWORD_AUTH".into(),
            client_id: client.id.as_str().into(),
            auth_parameters: parameters,
        }),
    )?;
    match reply {
        Reply::Auth(AuthResponse {
            authentication_result: Some(result),
            ..
        }) => Ok(result.access_token.expect("an access token")),
        other => panic!("{name} did not sign in: {other:?}"),
    }
}

/// A new user, confirmed with the code the emulator sent, on the plain client.
pub fn confirmed_user(emulator: &Emulator) -> String {
    let name = fresh_name("selfserve");
    sign_up_as(emulator, &emulator.clients.plain, &name, &emulator.password).unwrap();
    let code = emulator
        .codes
        .as_ref()
        .map_or("000000", |c| c.sign_up.as_str());
    assert!(matches!(
        confirm(emulator, &emulator.clients.plain, &name, code),
        Ok(Reply::Done)
    ));
    name
}

/// The bodies of the messages MiniStack's mail log holds for `address` (its SES log: the
/// "sent" codes), oldest first.
pub fn mails_to(emulator: &Emulator, address: &str) -> Vec<String> {
    let codes = emulator
        .codes
        .as_ref()
        .expect("an emulator that sends codes");
    let url = format!(
        "{}{}",
        emulator.endpoint.trim_end_matches('/'),
        codes.mail_log.as_deref().expect("a mail log")
    );
    let log: serde_json::Value = runtime()
        .block_on(async { reqwest::get(&url).await.unwrap().bytes().await })
        .map(|bytes| serde_json::from_slice(&bytes).unwrap())
        .unwrap();
    (log["messages"].as_object().unwrap().values())
        .flat_map(|account| account.as_array().unwrap().iter())
        .filter(|m| m.to_string().contains(address))
        .map(|m| m["BodyText"].as_str().unwrap_or_default().to_owned())
        .collect()
}
