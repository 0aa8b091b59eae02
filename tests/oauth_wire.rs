//! Managed login's wire against the emulators that have it (next-wave.md §1): MiniStack is the
//! reference for code + PKCE, refresh, userInfo and client credentials; cognito-local is the
//! second opinion for code + PKCE. Neither has `/oauth2/revoke`, so revocation is checked
//! against what it must send, on a one-shot server. The test plays the browser
//! (support/browser.rs).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::time::Duration;

use cognito_login::cognito::{
    AuthResponse, AuthorizationCode, AuthorizeRequest, ClientId, ClientSecret, CodeVerifier,
    CognitoClient, CognitoError, Endpoint, GetUserResponse, Grant, InitiateAuthRequest,
    OAuthRevokeRequest, Operation, Pkce, RefreshToken, Reply, ServiceError, TokenRequest, Url,
    UserInfoRequest, logout_url, random_state,
};
use secrecy::{ExposeSecret, SecretString};
use support::browser::{redirect_of, sign_in_in_browser};
use support::{Client, Emulator, OAuth, claims, emulators, one_shot_server, runtime};

const TIMEOUT: Duration = Duration::from_secs(10);

fn oauth_of(emulator: &Emulator) -> OAuth {
    (emulator.oauth.clone()).expect("serve.py seeds OAuth on MiniStack and cognito-local")
}

fn perform(domain: &str, operation: Operation) -> Result<Reply, CognitoError> {
    let endpoint = Endpoint::custom(domain).unwrap();
    let client = CognitoClient::new().unwrap();
    runtime().block_on(client.perform(&endpoint, &operation, TIMEOUT))
}

fn tokens(reply: Result<Reply, CognitoError>) -> cognito_login::cognito::AuthenticationResult {
    match reply {
        Ok(Reply::Auth(AuthResponse {
            authentication_result: Some(result),
            ..
        })) => result,
        other => panic!("no tokens: {other:?}"),
    }
}

fn refused(reply: Result<Reply, CognitoError>) -> ServiceError {
    match reply {
        Err(CognitoError::Service(e)) => e,
        other => panic!("not refused by the server: {other:?}"),
    }
}

/// A code from the emulator's login, and what was sent for it.
struct Authorized {
    code: String,
    pkce: Pkce,
    nonce: String,
    redirect_uri: String,
}

fn authorize(oauth: &OAuth, client: &Client, scopes: &[&str]) -> Authorized {
    let domain = Endpoint::custom(&oauth.domain).unwrap();
    let client_id = ClientId::from(client.id.as_str());
    let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
    let (pkce, state, nonce) = (Pkce::new(), random_state(), random_state());
    let redirect_uri = oauth.callbacks[0].clone();
    let url = AuthorizeRequest {
        domain: &domain,
        client_id: &client_id,
        redirect_uri: &redirect_uri,
        scopes: &scopes,
        state: &state,
        nonce: &nonce,
        code_challenge: &pkce.challenge,
        identity_provider: None,
        lang: None,
    }
    .url();
    let location = sign_in_in_browser(url.as_str(), &oauth.user, &oauth.password).unwrap();
    let location = Url::parse(&location).unwrap();
    assert!(location.as_str().starts_with(&redirect_uri), "{location}");
    let query = |name: &str| {
        (location.query_pairs())
            .find_map(|(k, v)| (k == name).then(|| v.into_owned()))
            .unwrap_or_else(|| panic!("no {name} in {location}"))
    };
    assert_eq!(query("state"), state, "the state comes back as sent");
    Authorized {
        code: query("code"),
        pkce,
        nonce,
        redirect_uri,
    }
}

fn exchange(
    client: &Client,
    secret: Option<&str>,
    authorized: &Authorized,
    verifier: &str,
) -> Operation {
    Operation::OAuthToken(TokenRequest {
        client_id: ClientId::from(client.id.as_str()),
        client_secret: secret.map(ClientSecret::new),
        grant: Grant::AuthorizationCode {
            code: AuthorizationCode::new(authorized.code.as_str()),
            redirect_uri: authorized.redirect_uri.clone(),
            verifier: CodeVerifier::new(verifier),
        },
    })
}

const USER_SCOPES: &[&str] = &["openid", "email", "profile"];

#[test]
fn ministack_code_and_pkce_give_tokens_with_the_nonce_sent() {
    let oauth = oauth_of(&emulators().ministack);
    let authorized = authorize(&oauth, &oauth.browser_client, USER_SCOPES);
    let verifier = authorized.pkce.verifier.expose_secret().to_owned();
    let result = tokens(perform(
        &oauth.domain,
        exchange(&oauth.browser_client, None, &authorized, &verifier),
    ));
    let id = claims(result.id_token.as_ref().unwrap().expose_secret());
    assert_eq!(id["nonce"], authorized.nonce.as_str());
    assert_eq!(id["aud"], oauth.browser_client.id.as_str());
    let access = claims(result.access_token.as_ref().unwrap().expose_secret());
    assert!(
        access["scope"].as_str().unwrap().contains("openid"),
        "{access}"
    );
    assert!(result.refresh_token.is_some());
    assert_eq!(result.token_type.as_deref(), Some("Bearer"));
    assert!(result.expires_in.unwrap() > 0);
}

#[test]
fn ministack_refuses_a_wrong_verifier_and_a_code_used_once() {
    let oauth = oauth_of(&emulators().ministack);
    let authorized = authorize(&oauth, &oauth.browser_client, USER_SCOPES);
    let wrong = Pkce::new().verifier.expose_secret().to_owned();
    let e = refused(perform(
        &oauth.domain,
        exchange(&oauth.browser_client, None, &authorized, &wrong),
    ));
    assert_eq!((e.code.as_str(), e.status), ("invalid_grant", 400));
    // MiniStack, like Cognito, keeps the code after a wrong verifier (next-wave.md §1).
    let right = authorized.pkce.verifier.expose_secret().to_owned();
    let operation = || exchange(&oauth.browser_client, None, &authorized, &right);
    tokens(perform(&oauth.domain, operation()));
    let e = refused(perform(&oauth.domain, operation()));
    assert_eq!(e.code, "invalid_grant", "a code is single-use: {e:?}");
}

#[test]
fn ministack_secret_client_gets_its_tokens_with_basic_only() {
    let oauth = oauth_of(&emulators().ministack);
    let client = &oauth.browser_secret_client;
    let secret = client.secret.clone().unwrap();
    let authorized = authorize(&oauth, client, USER_SCOPES);
    let verifier = authorized.pkce.verifier.expose_secret().to_owned();
    let e = refused(perform(
        &oauth.domain,
        exchange(client, None, &authorized, &verifier),
    ));
    assert_eq!(e.code, "invalid_client", "no secret sent: {e:?}");
    let result = tokens(perform(
        &oauth.domain,
        exchange(client, Some(&secret), &authorized, &verifier),
    ));
    assert!(result.id_token.is_some() && result.refresh_token.is_some());
}

fn signed_in(oauth: &OAuth) -> cognito_login::cognito::AuthenticationResult {
    let authorized = authorize(oauth, &oauth.browser_client, USER_SCOPES);
    let verifier = authorized.pkce.verifier.expose_secret().to_owned();
    tokens(perform(
        &oauth.domain,
        exchange(&oauth.browser_client, None, &authorized, &verifier),
    ))
}

#[test]
fn ministack_refreshes_at_the_token_endpoint_without_a_new_refresh_token() {
    let oauth = oauth_of(&emulators().ministack);
    let first = signed_in(&oauth);
    let refresh = Operation::OAuthToken(TokenRequest {
        client_id: ClientId::from(oauth.browser_client.id.as_str()),
        client_secret: None,
        grant: Grant::RefreshToken(first.refresh_token.clone().unwrap()),
    });
    let again = tokens(perform(&oauth.domain, refresh));
    let (old, new) = (
        first.access_token.unwrap().expose_secret().to_owned(),
        again.access_token.unwrap().expose_secret().to_owned(),
    );
    assert_ne!(old, new, "a new access token");
    assert_eq!(claims(&new)["username"], "alice");
    assert!(again.id_token.is_some());
    // What MiniStack does, as Cognito without rotation (next-wave.md §2): the old refresh
    // token stays the one to keep.
    assert!(again.refresh_token.is_none());
}

fn who_am_i(domain: &str, access_token: SecretString) -> Result<GetUserResponse, CognitoError> {
    match perform(
        domain,
        Operation::UserInfo(UserInfoRequest { access_token }),
    )? {
        Reply::User(user) => Ok(user),
        other => panic!("not a user: {other:?}"),
    }
}

#[test]
fn ministack_user_info_takes_an_oauth_access_token_only() {
    let emulator = emulators().ministack;
    let oauth = oauth_of(&emulator);
    let result = signed_in(&oauth);
    let user = who_am_i(&oauth.domain, result.access_token.unwrap()).unwrap();
    assert_eq!(user.username, "alice");
    let email = user.user_attributes.iter().find(|a| a.name == "email");
    assert_eq!(email.map(|a| a.value.as_str()), Some("alice@example.com"));
    assert!(user.user_attributes.iter().any(|a| a.name == "sub"));

    let api = perform(
        &emulator.endpoint,
        Operation::InitiateAuth(InitiateAuthRequest {
            auth_flow: "USER_PASSWORD_AUTH".into(),
            client_id: emulator.clients.plain.id.as_str().into(),
            auth_parameters: vec![
                ("USERNAME".into(), SecretString::from("alice")),
                (
                    "PASSWORD".into(),
                    SecretString::from(emulator.password.clone()),
                ),
            ],
        }),
    );
    let api_access = tokens(api).access_token.unwrap();
    match who_am_i(&oauth.domain, api_access) {
        Err(CognitoError::Service(e)) => {
            assert_eq!((e.code.as_str(), e.status), ("invalid_token", 401));
            assert!(e.message.contains("openid"), "{e:?}");
        }
        other => panic!("an InitiateAuth access token was taken: {other:?}"),
    }
}

fn client_token(id: &str, secret: Option<&str>, scopes: &[&str]) -> Operation {
    Operation::OAuthToken(TokenRequest {
        client_id: ClientId::from(id),
        client_secret: secret.map(ClientSecret::new),
        grant: Grant::ClientCredentials {
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        },
    })
}

#[test]
fn ministack_client_credentials_give_an_access_token_with_the_scope() {
    let oauth = oauth_of(&emulators().ministack);
    let machine = oauth
        .machine_client
        .clone()
        .expect("MiniStack's machine client");
    let scopes: Vec<&str> = machine.scopes.iter().map(String::as_str).collect();
    let result = tokens(perform(
        &oauth.domain,
        client_token(&machine.id, Some(&machine.secret), &scopes),
    ));
    let access = claims(result.access_token.unwrap().expose_secret());
    assert_eq!(access["scope"], "cognito-login-tests/read");
    assert_eq!(access["client_id"], machine.id.as_str());
    assert!(result.id_token.is_none() && result.refresh_token.is_none());

    let e = refused(perform(
        &oauth.domain,
        client_token(
            &machine.id,
            Some(&machine.secret),
            &["cognito-login-tests/write"],
        ),
    ));
    assert_eq!((e.code.as_str(), e.status), ("invalid_scope", 400));

    let e = refused(perform(
        &oauth.domain,
        client_token(&machine.id, None, &scopes),
    ));
    assert_eq!(e.code, "invalid_client", "no secret: {e:?}");
}

#[test]
fn ministack_refuses_client_credentials_to_a_public_client() {
    let oauth = oauth_of(&emulators().ministack);
    let public = oauth
        .public_machine_client
        .clone()
        .expect("MiniStack's public machine client");
    let e = refused(perform(
        &oauth.domain,
        client_token(&public.id, None, &["cognito-login-tests/read"]),
    ));
    assert_eq!(e.code, "invalid_client", "{e:?}");
}

#[test]
fn ministack_logout_sends_the_browser_to_a_registered_sign_out_url_only() {
    let oauth = oauth_of(&emulators().ministack);
    let domain = Endpoint::custom(&oauth.domain).unwrap();
    let client = ClientId::from(oauth.browser_client.id.as_str());
    let url = logout_url(&domain, &client, &oauth.logout_url);
    assert_eq!(
        redirect_of(url.as_str()).unwrap(),
        Some(oauth.logout_url.clone())
    );
    let elsewhere = logout_url(&domain, &client, "http://localhost:1/elsewhere");
    assert_eq!(redirect_of(elsewhere.as_str()).unwrap(), None);
}

#[test]
fn cognito_local_code_and_pkce_give_tokens() {
    let oauth = oauth_of(&emulators().cognito_local);
    let result = signed_in(&oauth);
    let id = claims(result.id_token.as_ref().unwrap().expose_secret());
    assert_eq!(id["cognito:username"], "alice");
    assert!(result.access_token.is_some() && result.refresh_token.is_some());
}

/// The request a one-shot server read, split into its head and body.
fn request_read(server: std::thread::JoinHandle<String>) -> (String, String) {
    let request = server.join().unwrap();
    let (head, body) = request.split_once("\r\n\r\n").unwrap();
    (head.to_lowercase(), body.to_owned())
}

#[test]
fn token_and_revoke_send_basic_only_with_a_secret_and_the_client_id_always() {
    for secret in [None, Some("s3cret"), Some("")] {
        let (domain, server) = one_shot_server("200 OK", "application/json", "");
        let revoke = Operation::OAuthRevoke(OAuthRevokeRequest {
            client_id: ClientId::from("client"),
            client_secret: secret.map(ClientSecret::new),
            token: RefreshToken::new("the-refresh-token"),
        });
        assert!(matches!(perform(&domain, revoke), Ok(Reply::Done)));
        let (head, body) = request_read(server);
        assert!(head.starts_with("post /oauth2/revoke "), "{head}");
        assert!(
            head.contains("content-type: application/x-www-form-urlencoded"),
            "{head}"
        );
        assert_eq!(body, "token=the-refresh-token&client_id=client");
        // base64("client:s3cret"), lower-cased with the rest of the head.
        let basic = head.contains("\r\nauthorization: basic y2xpzw50onmzy3jlda==");
        assert_eq!(basic, secret == Some("s3cret"), "{secret:?}: {head}");
        assert_eq!(head.contains("authorization"), basic, "{head}");
    }
    let (domain, server) = one_shot_server(
        "400 Bad Request",
        "application/json",
        r#"{"error":"invalid_grant","error_description":"code the-code is bad"}"#,
    );
    let authorized = Authorized {
        code: "the-code".into(),
        pkce: Pkce::new(),
        nonce: String::new(),
        redirect_uri: "http://localhost:1/callback".into(),
    };
    let public = Client {
        id: "client".into(),
        secret: None,
    };
    let e = refused(perform(
        &domain,
        exchange(&public, None, &authorized, "v-v-v"),
    ));
    assert_eq!(e.code, "invalid_grant");
    assert!(
        !e.message.contains("the-code"),
        "a sent secret is not repeated: {e:?}"
    );
    let (head, body) = request_read(server);
    assert!(head.starts_with("post /oauth2/token "), "{head}");
    assert!(!head.contains("authorization"), "{head}");
    assert_eq!(
        body,
        "grant_type=authorization_code&client_id=client&code=the-code\
         &redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fcallback&code_verifier=v-v-v"
    );
}
