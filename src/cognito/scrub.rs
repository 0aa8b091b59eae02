//! What a server's answer may not repeat back to a person: the values the app sent. A gateway
//! or proxy that echoes the request in its error page would otherwise put the password (or a
//! session, a code, a refresh token) on the screen, in a terminal's scroll-back or a CI log.

use serde_json::Value;

/// Request fields that are not secret: they name the flow, the app client and the user, and
/// an explanation may quote them.
const PUBLIC: &[&str] = &[
    "AuthFlow",
    "ClientId",
    "USERNAME",
    "ChallengeName",
    "PREFERRED_CHALLENGE",
    "FriendlyDeviceName",
    // Identity pools (identity.rs): "Identity pool <id> not found." must say which.
    "IdentityPoolId",
    "IdentityId",
    // Self-service (self_service.rs): "User <name> already exists", an attribute named in
    // InvalidParameterException. Attribute values, codes and passwords stay blanked.
    "Username",
    "AttributeName",
    "Name",
    // Remembered devices (device.rs): "Device does not exist." may name the device; its
    // status words are not secrets. The verifier, salt and access token stay blanked.
    "DeviceKey",
    "DeviceName",
    "DeviceRememberedStatus",
];

/// Shorter values are left alone: they cannot be told apart from ordinary words.
const SHORTEST: usize = 4;

/// Every secret string in a request body, as sent and as JSON would escape it.
pub fn sent_secrets(request: &Value) -> Vec<String> {
    let mut found = Vec::new();
    collect(request, None, &mut found);
    found.sort_by_key(|s| std::cmp::Reverse(s.len()));
    found.dedup();
    found
}

fn collect(value: &Value, key: Option<&str>, found: &mut Vec<String>) {
    match value {
        Value::String(text)
            if !key.is_some_and(|k| PUBLIC.contains(&k)) && text.chars().count() >= SHORTEST =>
        {
            found.push(text.clone());
            let escaped = Value::String(text.clone()).to_string();
            if let Some(inner) = escaped.get(1..escaped.len() - 1)
                && inner != text
            {
                found.push(inner.to_owned());
            }
        }
        Value::Object(fields) => {
            for (name, inner) in fields {
                collect(inner, Some(name), found);
            }
        }
        Value::Array(items) => {
            for inner in items {
                collect(inner, key, found);
            }
        }
        _ => {}
    }
}

/// The answer with every sent secret replaced by `***`, before anything reads it.
pub fn scrub(answer: Vec<u8>, secrets: &[String]) -> Vec<u8> {
    if secrets.is_empty() {
        return answer;
    }
    let mut text = String::from_utf8_lossy(&answer).into_owned();
    let mut changed = false;
    for secret in secrets {
        if text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), "***");
            changed = true;
        }
    }
    if changed { text.into_bytes() } else { answer }
}

#[cfg(test)]
#[path = "scrub_tests.rs"]
mod tests;
