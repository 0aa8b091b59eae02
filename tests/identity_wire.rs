//! Identity pools on the wire (cognito-protocol.md §8, next-wave.md §2): the app's own client
//! signs alice in, then trades her ID token for an identity and temporary AWS credentials.
//! MiniStack is the reference (it checks the provider key, issuer, signature, audience and
//! expiry, and refuses access tokens); moto answers the happy path (it ignores `Logins`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use cognito_login::cognito::{
    AuthResponse, AwsCredentials, CognitoClient, CognitoError, Endpoint, GetCredentialsRequest,
    GetIdRequest, IdentityPoolId, InitiateAuthRequest, Operation, Reply, ServiceError,
    identity_endpoint, logins_key,
};
use secrecy::{ExposeSecret, SecretString};
use support::{Emulator, emulators, runtime};

const TIMEOUT: Duration = Duration::from_secs(10);

fn perform(endpoint: &Endpoint, operation: Operation) -> Result<Reply, CognitoError> {
    let client = CognitoClient::new().unwrap();
    runtime().block_on(client.perform(endpoint, &operation, TIMEOUT))
}

struct Tokens {
    id: SecretString,
    access: SecretString,
}

/// alice signed in with USER_PASSWORD_AUTH on `client_id` of the emulator's endpoint.
fn sign_in(emulator: &Emulator, client_id: &str) -> Tokens {
    let endpoint = Endpoint::custom(&emulator.endpoint).unwrap();
    let reply = perform(
        &endpoint,
        Operation::InitiateAuth(InitiateAuthRequest {
            auth_flow: "USER_PASSWORD_AUTH".into(),
            client_id: client_id.into(),
            auth_parameters: vec![
                ("USERNAME".into(), SecretString::from("alice")),
                ("PASSWORD".into(), emulator.password.clone().into()),
            ],
        }),
    );
    match reply {
        Ok(Reply::Auth(AuthResponse {
            authentication_result: Some(result),
            ..
        })) => Tokens {
            id: result.id_token.expect("an ID token"),
            access: result.access_token.expect("an access token"),
        },
        other => panic!("alice did not sign in: {other:?}"),
    }
}

fn logins(provider: &str, token: &SecretString) -> BTreeMap<String, SecretString> {
    BTreeMap::from([(provider.to_owned(), token.clone())])
}

fn get_id(emulator: &Emulator, pool: &str, token: &SecretString) -> Result<Reply, CognitoError> {
    let pool = IdentityPoolId::parse(pool).unwrap();
    let endpoint = identity_endpoint(&pool, &emulator.endpoint).unwrap();
    let provider = logins_key(&emulator.pool_id).unwrap();
    perform(
        &endpoint,
        Operation::GetId(GetIdRequest {
            identity_pool_id: pool,
            logins: logins(&provider, token),
        }),
    )
}

/// GetId then GetCredentialsForIdentity with alice's ID token, as the app will.
fn credentials_of(emulator: &Emulator) -> AwsCredentials {
    let seeded = emulator
        .identity
        .clone()
        .expect("serve.py seeds an identity pool");
    // The key the app computes is the one the pool was seeded to trust.
    assert_eq!(logins_key(&emulator.pool_id).unwrap(), seeded.provider);
    let tokens = sign_in(emulator, &emulator.clients.plain.id);
    let identity_id = match get_id(emulator, &seeded.pool_id, &tokens.id) {
        Ok(Reply::IdentityId(id)) => id,
        other => panic!("no identity: {other:?}"),
    };
    assert!(identity_id.starts_with("us-east-1:"), "{identity_id}");
    let endpoint = Endpoint::custom(&emulator.endpoint).unwrap();
    let reply = perform(
        &endpoint,
        Operation::GetCredentialsForIdentity(GetCredentialsRequest {
            identity_id: identity_id.clone(),
            logins: logins(&seeded.provider, &tokens.id),
        }),
    );
    match reply {
        Ok(Reply::AwsCredentials(credentials)) => {
            assert_eq!(credentials.identity_id, identity_id);
            credentials
        }
        other => panic!("no credentials: {other:?}"),
    }
}

fn refused(reply: Result<Reply, CognitoError>) -> ServiceError {
    match reply {
        Err(CognitoError::Service(e)) => e,
        other => panic!("not refused by the server: {other:?}"),
    }
}

fn assert_about_an_hour_ahead(credentials: &AwsCredentials) {
    let ahead = (credentials.expiration.duration_since(SystemTime::now())).unwrap();
    assert!(
        (Duration::from_secs(50 * 60)..=Duration::from_secs(61 * 60)).contains(&ahead),
        "expires in {ahead:?}"
    );
}

#[test]
fn ministack_gives_alice_credentials_for_her_id_token() {
    let credentials = credentials_of(&emulators().ministack);
    assert!(
        credentials.access_key_id.starts_with("ASIA"),
        "{credentials:?}"
    );
    assert_about_an_hour_ahead(&credentials);
    let json = credentials.credential_process_json();
    assert_eq!(json["Version"], 1);
    assert_eq!(
        json["SessionToken"],
        credentials.session_token.expose_secret()
    );
    assert!(
        json["Expiration"].as_str().unwrap().ends_with('Z'),
        "{json}"
    );
}

#[test]
fn moto_gives_credentials_too() {
    let credentials = credentials_of(&emulators().moto);
    assert!(!credentials.access_key_id.is_empty());
    assert!(credentials.expiration > SystemTime::now());
}

#[test]
fn ministack_refuses_an_access_token() {
    let emulator = emulators().ministack;
    let pool = emulator.identity.clone().unwrap().pool_id;
    let tokens = sign_in(&emulator, &emulator.clients.plain.id);
    let error = refused(get_id(&emulator, &pool, &tokens.access));
    assert_eq!(error.code, "NotAuthorizedException", "{error:?}");
}

#[test]
fn ministack_refuses_an_id_token_of_another_user_pool() {
    let emulator = emulators().ministack;
    let pool = emulator.identity.clone().unwrap().pool_id;
    let other = sign_in(&emulator, &emulator.other_pool.client_id);
    // Under the trusted pool's key: the issuer does not match it.
    let error = refused(get_id(&emulator, &pool, &other.id));
    assert_eq!(error.code, "NotAuthorizedException", "{error:?}");
    // Under its own key: a provider the identity pool does not trust.
    let own = IdentityPoolId::parse(&pool).unwrap();
    let reply = perform(
        &identity_endpoint(&own, &emulator.endpoint).unwrap(),
        Operation::GetId(GetIdRequest {
            identity_pool_id: own,
            logins: logins(
                &logins_key(&emulator.other_pool.pool_id).unwrap(),
                &other.id,
            ),
        }),
    );
    assert_eq!(refused(reply).code, "NotAuthorizedException");
}

#[test]
fn ministack_does_not_know_a_wrong_identity_pool() {
    let emulator = emulators().ministack;
    let tokens = sign_in(&emulator, &emulator.clients.plain.id);
    let unknown = "us-east-1:00000000-0000-0000-0000-000000000000";
    let error = refused(get_id(&emulator, unknown, &tokens.id));
    assert_eq!(error.code, "ResourceNotFoundException", "{error:?}");
    // The pool ID is not a secret: the explanation may say which pool it did not find.
    assert!(error.message.contains(unknown), "{error:?}");
}

/// What a server answers is checked before it is believed: credentials that could break out of
/// a quoted shell line, or an identity ID that is not one, are an unexpected answer.
#[test]
fn answers_not_shaped_like_aws_are_refused_by_the_client() {
    let pool = IdentityPoolId::parse("us-east-1:0a1b2c3d-0000-0000-0000-000000000000").unwrap();
    let token = SecretString::from("a.b.c");
    let logins = logins(&logins_key("us-east-1_AbC123").unwrap(), &token);
    let quoted = support::json_server(
        r#"{"IdentityId":"us-east-1:0a1b","Credentials":{"AccessKeyId":"ASIAABCDEFGHIJKLMNOP",
            "SecretKey":"abc\"; rm -rf ~; echo \"","SessionToken":"IQo=","Expiration":1796205600}}"#,
    );
    let reply = perform(
        &identity_endpoint(&pool, &quoted).unwrap(),
        Operation::GetCredentialsForIdentity(GetCredentialsRequest {
            identity_id: "us-east-1:0a1b".into(),
            logins: logins.clone(),
        }),
    );
    assert!(
        matches!(reply, Err(CognitoError::UnexpectedResponse { .. })),
        "{reply:?}"
    );
    let not_an_id = support::json_server(r#"{"IdentityId":"$(reboot)"}"#);
    let reply = perform(
        &identity_endpoint(&pool, &not_an_id).unwrap(),
        Operation::GetId(GetIdRequest {
            identity_pool_id: pool,
            logins,
        }),
    );
    assert!(
        matches!(reply, Err(CognitoError::UnexpectedResponse { .. })),
        "{reply:?}"
    );
}
