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

#[test]
fn a_self_service_error_may_name_the_user_and_attribute_but_not_repeat_codes_or_values() {
    let request = serde_json::json!({
        "ClientId": "client123",
        "Username": "bobby",
        "Password": "Passw0rd!",
        "ConfirmationCode": "918273",
        "AttributeName": "email",
        "UserAttributes": [{"Name": "phone_number", "Value": "+15555550100"}],
    });
    let secrets = sent_secrets(&request);
    let echoed = format!("rejected: {request}");
    let scrubbed = String::from_utf8(scrub(echoed.into_bytes(), &secrets)).unwrap_or_default();
    for gone in ["Passw0rd!", "918273", "+15555550100"] {
        assert!(!scrubbed.contains(gone), "{gone} in {scrubbed}");
    }
    for kept in ["bobby", "email", "phone_number"] {
        assert!(scrubbed.contains(kept), "{kept} not in {scrubbed}");
    }
}
