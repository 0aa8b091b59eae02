use base64::Engine as _;

use super::*;

/// A JWT with these claims (unsigned: only the username is read from it).
fn jwt(claims: &str) -> String {
    let part = |text: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text);
    format!("{}.{}.sig", part(r#"{"alg":"RS256"}"#), part(claims))
}

fn read(input: &str) -> (String, Option<String>) {
    let piped = piped(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    (
        piped.refresh_token.expose_secret().to_owned(),
        piped.internal_username,
    )
}

#[test]
fn a_bare_token_is_its_first_line() {
    assert_eq!(read("  abc.def-ghi \n"), ("abc.def-ghi".to_owned(), None));
    assert_eq!(read("abc\nsomething else\n").0, "abc");
}

#[test]
fn sign_in_json_gives_the_token_and_the_internal_username() {
    let id = jwt(r#"{"cognito:username":"7c1e-internal","email":"alice@example.com"}"#);
    let printed = format!(
        "{{\n  \"IdToken\": \"{id}\",\n  \"RefreshToken\": \"r-123\",\n  \"ExpiresIn\": 3600\n}}\n"
    );
    assert_eq!(
        read(&printed),
        ("r-123".to_owned(), Some("7c1e-internal".to_owned()))
    );
    // Cognito's whole answer, as the AWS CLI prints it, reads the same.
    let answer =
        format!(r#"{{"AuthenticationResult": {{"IdToken": "{id}", "RefreshToken": "r-123"}}}}"#);
    assert_eq!(read(&answer).1.as_deref(), Some("7c1e-internal"));
    // Without an ID token, the access token's `username`.
    let access = jwt(r#"{"username":"from-access"}"#);
    let printed = format!(r#"{{"AccessToken": "{access}", "RefreshToken": "r"}}"#);
    assert_eq!(read(&printed).1.as_deref(), Some("from-access"));
    // No token to read a name from: the refresh token alone.
    assert_eq!(read(r#"{"RefreshToken": "r"}"#), ("r".to_owned(), None));
}

#[test]
fn json_without_a_refresh_token_or_broken_json_is_refused_without_quoting_it() {
    let problem = piped(r#"{"IdToken": "secret.part.here"}"#).err().unwrap();
    assert!(problem.contains("no RefreshToken"), "{problem}");
    for broken in [
        r#"{"RefreshToken": ["secret-value"]}"#,
        r#"{"AuthenticationResult": "secret-value"}"#,
        r#"{"RefreshToken": "secret-value""#,
    ] {
        let problem = piped(broken).err().unwrap();
        assert!(!problem.contains("secret-value"), "{problem}");
        assert!(problem.contains("line 1"), "{problem}");
    }
    assert!(piped(" \n").err().unwrap().contains("no refresh token"));
}
