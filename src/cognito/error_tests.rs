//! Error answers in every shape seen from Cognito and the three emulators
//! (../shared/docs/cognito-emulators.md, "Who does what").

use super::*;
use crate::cognito::AuthResponse;

fn answer(status: u16, body: &[u8]) -> Result<AuthResponse, CognitoError> {
    decode_response(status, None, None, None, body)
}

fn service(e: CognitoError) -> ServiceError {
    match e {
        CognitoError::Service(s) => s,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn cleans_namespace_and_suffix() {
    assert_eq!(
        clean_error_code("NotAuthorizedException:"),
        "NotAuthorizedException"
    );
    assert_eq!(
        clean_error_code("com.amazonaws.cognito#UserNotFoundException:http://internal.amazon.com/"),
        "UserNotFoundException"
    );
    assert_eq!(clean_error_code("CognitoLocal#Unsupported"), "Unsupported");
    assert_eq!(
        clean_error_code("ResourceNotFoundException"),
        "ResourceNotFoundException"
    );
}

#[test]
fn real_cognito_shape() {
    let body =
        br#"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#;
    let e = service(decode_error(
        400,
        Some("NotAuthorizedException:"),
        None,
        Some("rid-1".into()),
        body,
    ));
    assert_eq!(e.code, "NotAuthorizedException");
    assert_eq!(e.message, "Incorrect username or password.");
    assert_eq!(e.status, 400);
    assert_eq!(e.request_id.as_deref(), Some("rid-1"));
}

#[test]
fn capitalised_message_and_code_field() {
    let e = service(decode_error(
        400,
        None,
        None,
        None,
        br#"{"code":"InvalidParameterException","Message":"x"}"#,
    ));
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        ("InvalidParameterException", "x")
    );
}

#[test]
fn header_is_the_fallback() {
    let e = service(decode_error(
        400,
        Some("UserNotFoundException:"),
        Some("User does not exist."),
        None,
        b"",
    ));
    assert_eq!(e.code, "UserNotFoundException");
    assert_eq!(e.message, "User does not exist.");
    // The body wins over the header when both name a code.
    let e = service(decode_error(
        400,
        Some("Other"),
        None,
        None,
        br#"{"__type":"a.b#CodeMismatchException"}"#,
    ));
    assert_eq!(e.code, "CodeMismatchException");
    assert_eq!(e.message, "");
}

#[test]
fn cognito_local_unsupported() {
    let e = service(decode_error(
        500,
        None,
        None,
        None,
        br#"{"__type":"CognitoLocal#Unsupported","message":"USER_SRP_AUTH"}"#,
    ));
    assert_eq!(e.code, "Unsupported");
}

#[test]
fn html_stack_trace_is_unexpected_not_a_panic() {
    let html =
        b"<!DOCTYPE html>\n<html><body><pre>SyntaxError: Unexpected token</pre></body></html>";
    match decode_error(500, None, None, None, html) {
        CognitoError::UnexpectedResponse { status, detail } => {
            assert_eq!(status, 500);
            assert_eq!(detail, "an HTML page: SyntaxError: Unexpected token");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn empty_json_and_empty_body() {
    assert!(matches!(
        decode_error(500, None, None, None, b"{}"),
        CognitoError::UnexpectedResponse { .. }
    ));
    match decode_error(502, None, None, None, b"") {
        CognitoError::UnexpectedResponse { detail, .. } => assert_eq!(detail, "empty body"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_html_page_is_named_by_its_title_without_its_scripts() {
    let page = b"<!DOCTYPE html><html><head><title> Sign in to\nthe Wi-Fi </title>\
        <style>p { color: red }</style></head><body><script>var secret = 1;</script>\
        <p>Accept the terms</p></body></html>";
    assert_eq!(
        body_excerpt(page),
        "an HTML page titled: Sign in to the Wi-Fi"
    );
    let untitled =
        b"<html><body><script>var secret = 1;</script><h1>Bad Gateway</h1></body></html>";
    assert_eq!(body_excerpt(untitled), "an HTML page: Bad Gateway");
    assert_eq!(
        body_excerpt(b"<html><body></body></html>"),
        "an HTML page with no text"
    );
    // A tag that never closes ends the text rather than the program.
    assert_eq!(body_excerpt(b"<html>Proxy<a href="), "an HTML page: Proxy");
}

#[test]
fn control_characters_cannot_reach_the_terminal() {
    let ex = body_excerpt(b"oops\x1b[2J\x07\r\nrewritten line\x00end");
    assert!(!ex.chars().any(char::is_control), "{ex:?}");
    assert!(ex.starts_with("oops"), "{ex:?}");
}

#[test]
fn excerpt_is_bounded_and_utf8_safe() {
    let long = "日本語".repeat(200);
    let ex = body_excerpt(long.as_bytes());
    assert!(ex.ends_with('…'));
    assert_eq!(ex.chars().count(), 201);
}

#[test]
fn success_shapes_of_every_emulator_decode() {
    // moto / MiniStack: ExpiresIn and TokenType present.
    let full = br#"{"ChallengeParameters":{},"AuthenticationResult":{"AccessToken":"a","ExpiresIn":3600,"TokenType":"Bearer","RefreshToken":"r","IdToken":"i"}}"#;
    let r = answer(200, full).unwrap().authentication_result.unwrap();
    assert_eq!(
        (r.expires_in, r.token_type.as_deref()),
        (Some(3600), Some("Bearer"))
    );
    // cognito-local: neither, plus an empty ChallengeParameters.
    let bare = br#"{"ChallengeParameters":{},"AuthenticationResult":{"AccessToken":"a","RefreshToken":"r","IdToken":"i"}}"#;
    let r = answer(200, bare).unwrap().authentication_result.unwrap();
    assert_eq!((r.expires_in, r.token_type), (None, None));
    // A challenge without ChallengeParameters or Session.
    let c = answer(200, br#"{"ChallengeName":"PASSWORD_VERIFIER"}"#).unwrap();
    assert_eq!(c.challenge_name.as_deref(), Some("PASSWORD_VERIFIER"));
    assert!(c.session.is_none() && c.challenge_parameters.is_empty());
}

#[test]
fn non_json_success_is_unexpected() {
    let xml = b"<?xml version=\"1.0\"?><ListAllMyBucketsResult></ListAllMyBucketsResult>";
    match answer(200, xml) {
        Err(CognitoError::UnexpectedResponse {
            status: 200,
            detail,
        }) => assert!(detail.starts_with("<?xml")),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        answer(200, b"[1,2]"),
        Err(CognitoError::UnexpectedResponse { .. })
    ));
}

#[test]
fn error_status_goes_to_error_decoding() {
    // MiniStack's answer to a malformed body, and moto's wrong-content-type 500 HTML.
    let e = answer(
        400,
        br#"{"__type":"SerializationException","message":"bad json"}"#,
    )
    .unwrap_err();
    assert!(
        matches!(e, CognitoError::Service(ServiceError { ref code, .. }) if code == "SerializationException")
    );
    assert!(matches!(
        answer(500, b"<html>Internal Server Error</html>"),
        Err(CognitoError::UnexpectedResponse { status: 500, .. })
    ));
}
