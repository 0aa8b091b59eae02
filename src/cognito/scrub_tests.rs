use super::*;

#[test]
fn an_echoed_request_loses_every_secret_but_keeps_the_names() {
    let request = serde_json::json!({
        "AuthFlow": "USER_PASSWORD_AUTH",
        "ClientId": "client123",
        "AuthParameters": {"USERNAME": "alice", "PASSWORD": "pa\"ss word", "SECRET_HASH": "abcd+/="},
        "Session": "session-token-value",
    });
    let secrets = sent_secrets(&request);
    let echoed = format!("upstream said: {request} and pa\"ss word");
    let scrubbed = String::from_utf8(scrub(echoed.into_bytes(), &secrets)).unwrap_or_default();
    for gone in [
        "pa\\\"ss word",
        "pa\"ss word",
        "abcd+/=",
        "session-token-value",
    ] {
        assert!(!scrubbed.contains(gone), "{gone} in {scrubbed}");
    }
    for kept in ["USER_PASSWORD_AUTH", "client123", "alice"] {
        assert!(scrubbed.contains(kept), "{kept} not in {scrubbed}");
    }
}
