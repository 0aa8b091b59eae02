use secrecy::ExposeSecret;

use super::*;
use crate::cognito::error::ServiceError;
use crate::cognito::oauth_answer::{decode_oauth_error, decode_token_answer, decode_user_info};
use crate::cognito::{CognitoError, RefreshToken};
use crate::cognito::{Operation, retry::worth_retrying};

#[test]
fn the_pkce_challenge_is_rfc_7636_s256() {
    // RFC 7636 Appendix B (its challenge, recomputed with Python's hashlib too).
    let pkce = Pkce::from_verifier(CodeVerifier::new(
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    ));
    assert_eq!(
        pkce.challenge,
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    );
}

#[test]
fn each_verifier_and_state_is_new_and_long_enough() {
    let (a, b) = (Pkce::new(), Pkce::new());
    assert_ne!(a.verifier.expose_secret(), b.verifier.expose_secret());
    assert_eq!(
        a.verifier.expose_secret().len(),
        43,
        "RFC 7636 §4.1: 43–128"
    );
    assert_eq!(
        a.challenge,
        Pkce::from_verifier(a.verifier.clone()).challenge
    );
    let state = random_state();
    assert!(state.len() >= 22, "{state}");
    assert_ne!(state, random_state());
    assert!(
        state
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
    );
}

fn domain() -> Endpoint {
    Endpoint::custom("https://myapp.auth.eu-west-1.amazoncognito.com").unwrap()
}

#[test]
fn the_authorize_url_carries_every_parameter_encoded() {
    let domain = domain();
    let client_id = ClientId::from("abc123");
    let scopes = [
        "openid".to_owned(),
        "email".to_owned(),
        "api/read".to_owned(),
    ];
    let request = AuthorizeRequest {
        domain: &domain,
        client_id: &client_id,
        redirect_uri: "http://localhost:53682/callback",
        scopes: &scopes,
        state: "st-1",
        nonce: "n_2",
        code_challenge: "E9Melhoa2OwvFrEMTJguCHEzwQt4p5s2Q7Hq2ASwYl0",
        identity_provider: Some("Google"),
        lang: None,
    };
    assert_eq!(
        request.url().as_str(),
        "https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/authorize?response_type=code\
         &client_id=abc123&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback\
         &scope=openid%20email%20api%2Fread&state=st-1&nonce=n_2&code_challenge_method=S256\
         &code_challenge=E9Melhoa2OwvFrEMTJguCHEzwQt4p5s2Q7Hq2ASwYl0&identity_provider=Google"
    );
    let read: Vec<(String, String)> = request.url().query_pairs().into_owned().collect();
    assert!(read.contains(&("scope".into(), "openid email api/read".into())));
    let with_lang = AuthorizeRequest {
        identity_provider: None,
        lang: Some("fr"),
        ..request
    };
    let url = with_lang.url();
    assert!(url.as_str().ends_with("&lang=fr"), "{url}");
    assert!(!url.as_str().contains("identity_provider"), "{url}");
}

#[test]
fn the_logout_url_names_the_client_and_where_to_go() {
    let url = logout_url(
        &domain(),
        &ClientId::from("abc"),
        "http://localhost:53682/signed-out",
    );
    assert_eq!(
        url.as_str(),
        "https://myapp.auth.eu-west-1.amazoncognito.com/logout?client_id=abc\
         &logout_uri=http%3A%2F%2Flocalhost%3A53682%2Fsigned-out"
    );
}

#[test]
fn basic_authorization_only_with_a_secret() {
    let id = ClientId::from("client");
    assert!(basic_authorization(&id, None).is_none());
    assert!(basic_authorization(&id, Some(&ClientSecret::new(""))).is_none());
    assert!(basic_authorization(&id, Some(&ClientSecret::new("  "))).is_none());
    let basic = basic_authorization(&id, Some(&ClientSecret::new("s3cret"))).unwrap();
    // base64("client:s3cret")
    assert_eq!(basic.expose_secret(), "Basic Y2xpZW50OnMzY3JldA==");
}

fn code_request(secret: Option<&str>) -> TokenRequest {
    TokenRequest {
        client_id: "client".into(),
        client_secret: secret.map(ClientSecret::new),
        grant: Grant::AuthorizationCode {
            code: AuthorizationCode::new("the-code"),
            redirect_uri: "http://localhost:1/cb".into(),
            verifier: CodeVerifier::new("the-verifier"),
        },
    }
}

#[test]
fn every_token_form_names_the_client_in_its_body() {
    let body = Operation::OAuthToken(code_request(Some("s3cret"))).wire_body();
    assert_eq!(
        body,
        serde_json::json!({
            "grant_type": "authorization_code", "client_id": "client", "code": "the-code",
            "redirect_uri": "http://localhost:1/cb", "code_verifier": "the-verifier",
        })
    );
    let machine = TokenRequest {
        client_id: "m".into(),
        client_secret: Some(ClientSecret::new("x")),
        grant: Grant::ClientCredentials {
            scopes: vec!["api/read".into(), "api/write".into()],
        },
    };
    let body = Operation::OAuthToken(machine).wire_body();
    assert_eq!(body["grant_type"], "client_credentials");
    assert_eq!(body["client_id"], "m");
    assert_eq!(body["scope"], "api/read api/write");
    assert!(
        body.get("client_secret").is_none(),
        "the secret goes in Basic"
    );
    let refresh = TokenRequest {
        client_id: "c".into(),
        client_secret: None,
        grant: Grant::RefreshToken(RefreshToken::new("rt")),
    };
    let body = Operation::OAuthToken(refresh).wire_body();
    assert_eq!(body["grant_type"], "refresh_token");
    assert_eq!(body["refresh_token"], "rt");
    let fields = [("a b", "x+y&z=1 é")];
    assert_eq!(form(&fields), "a%20b=x%2By%26z%3D1%20%C3%A9");
}

#[test]
fn a_code_is_never_sent_twice() {
    let throttled = CognitoError::Network {
        kind: crate::cognito::NetworkErrorKind::Refused,
        detail: String::new(),
    };
    assert!(!worth_retrying(
        &Operation::OAuthToken(code_request(None)),
        &throttled
    ));
    let refresh = TokenRequest {
        client_id: "c".into(),
        client_secret: None,
        grant: Grant::RefreshToken(RefreshToken::new("rt")),
    };
    assert!(worth_retrying(&Operation::OAuthToken(refresh), &throttled));
}

fn service(error: CognitoError) -> ServiceError {
    match error {
        CognitoError::Service(e) => e,
        other => panic!("not a service error: {other:?}"),
    }
}

#[test]
fn oauth_errors_decode_to_their_code_and_description() {
    let e = service(decode_oauth_error(
        400,
        None,
        br#"{"error":"invalid_grant","error_description":"PKCE verification\nfailed."}"#,
    ));
    assert_eq!(
        (e.code.as_str(), e.message.as_str(), e.status),
        ("invalid_grant", "PKCE verification failed.", 400)
    );
    let e = service(decode_oauth_error(
        400,
        None,
        br#"{"error":"invalid_client"}"#,
    ));
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("invalid_client", "")
    );
    let header = r#"Bearer error="invalid_token", error_description="Access token is expired""#;
    let e = service(decode_oauth_error(401, Some(header), b""));
    assert_eq!((e.code.as_str(), e.status), ("invalid_token", 401));
    let e = service(decode_oauth_error(
        401,
        Some("Bearer error=invalid_token"),
        b"",
    ));
    assert_eq!(e.code, "invalid_token");
    assert!(matches!(
        decode_oauth_error(502, None, b"<html><title>Bad gateway</title></html>"),
        CognitoError::UnexpectedResponse { status: 502, .. }
    ));
    assert!(matches!(
        decode_oauth_error(400, None, b""),
        CognitoError::UnexpectedResponse { .. }
    ));
}

const JWT: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

#[test]
fn a_token_answer_reads_as_initiate_auth_does() {
    let body = format!(
        r#"{{"access_token":"{JWT}","id_token":"{JWT}","refresh_token":"eyJj.abc-_=","expires_in":3600,"token_type":"Bearer"}}"#
    );
    let answer = decode_token_answer(200, body.as_bytes()).unwrap();
    let result = answer.authentication_result.unwrap();
    assert_eq!(result.access_token.unwrap().expose_secret(), JWT);
    assert_eq!(result.id_token.unwrap().expose_secret(), JWT);
    assert_eq!(result.refresh_token.unwrap().expose_secret(), "eyJj.abc-_=");
    assert_eq!(result.expires_in, Some(3600));
    assert_eq!(result.token_type.as_deref(), Some("Bearer"));
    let machine = format!(r#"{{"access_token":"{JWT}","expires_in":3600,"token_type":"Bearer"}}"#);
    let result = decode_token_answer(200, machine.as_bytes()).unwrap();
    assert!(
        result
            .authentication_result
            .unwrap()
            .refresh_token
            .is_none()
    );
}

#[test]
fn a_token_with_a_quote_or_newline_is_refused() {
    for token in [r#"ab\"c.def.ghi"#, r"abc.def.ghi\nrm -rf", "abc.$(id).ghi"] {
        let body = format!(r#"{{"access_token":"{token}","expires_in":3600}}"#);
        let refused = decode_token_answer(200, body.as_bytes());
        assert!(
            matches!(refused, Err(CognitoError::UnexpectedResponse { .. })),
            "{token}: {refused:?}"
        );
    }
    let body = format!(r#"{{"access_token":"{JWT}","refresh_token":"a\"b"}}"#);
    assert!(decode_token_answer(200, body.as_bytes()).is_err());
    assert!(decode_token_answer(200, br#"{"token_type":"Bearer"}"#).is_err());
    assert!(decode_token_answer(200, b"<html></html>").is_err());
}

#[test]
fn user_info_reads_as_get_user() {
    let body = br#"{"sub":"1234","username":"alice","email":"a@example.com","email_verified":true,"updated_at":5,"address":{"x":1}}"#;
    let user = decode_user_info(200, body).unwrap();
    assert_eq!(user.username, "alice");
    let attributes: Vec<(&str, &str)> = (user.user_attributes.iter())
        .map(|a| (a.name.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(
        attributes,
        [
            ("email", "a@example.com"),
            ("email_verified", "true"),
            ("sub", "1234"),
            ("updated_at", "5")
        ]
    );
    let user = decode_user_info(200, br#"{"sub":"1234","email":"e"}"#).unwrap();
    assert_eq!(user.username, "1234");
    assert_eq!(user.user_attributes.len(), 1);
    assert!(decode_user_info(200, b"[1]").is_err());
}
