//! The profile file's managed-login keys (issue 17): `kind`, `domain`, `callback_url`,
//! `scopes`, `identity_provider`, `lang` and `sign_out_url`. Optional additions to version 1:
//! a file without them reads as before, a password profile.

use toml::{Table, Value};

use crate::cognito::Endpoint;
use crate::messages::Message;
use crate::signin::{ManagedLogin, SignInKind, Target};

/// The keys this file adds to a `[[profile]]`.
pub const MANAGED_KEYS: [&str; 7] = [
    "kind",
    "domain",
    "callback_url",
    "scopes",
    "identity_provider",
    "lang",
    "sign_out_url",
];

/// `key` holds something other than a string.
pub(super) fn not_a_string(key: &str, value: &Value) -> Message {
    Message::new("profiles-problem-not-a-string")
        .with("key", key)
        .with("type", value.type_str())
}

/// Reads the managed-login keys of one `[[profile]]`; `problems` gets what is wrong with them.
pub fn read_managed(entry: &Table, problems: &mut Vec<Message>) -> (SignInKind, ManagedLogin) {
    let mut text = |key: &str| match entry.get(key) {
        None => String::new(),
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(other) => {
            problems.push(not_a_string(key, other));
            String::new()
        }
    };
    let kind_name = text("kind");
    let managed = ManagedLogin {
        domain: text("domain"),
        callback_url: text("callback_url"),
        scopes: Vec::new(),
        identity_provider: text("identity_provider"),
        lang: text("lang"),
        sign_out_url: text("sign_out_url"),
    };
    let kind = if kind_name.is_empty() {
        SignInKind::Password
    } else {
        SignInKind::from_file_name(&kind_name).unwrap_or_else(|| {
            problems.push(Message::new("profiles-problem-bad-kind").with("kind", &kind_name));
            SignInKind::Password
        })
    };
    let scopes = read_scopes(entry.get("scopes"), problems);
    (kind, ManagedLogin { scopes, ..managed })
}

/// `scopes = ["openid", "email"]`; a single string of blank-separated scopes is read too.
fn read_scopes(value: Option<&Value>, problems: &mut Vec<Message>) -> Vec<String> {
    let texts: Vec<&str> = match value {
        None => Vec::new(),
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => {
            let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if texts.len() != items.len() {
                problems.push(Message::new("profiles-problem-scopes-not-strings"));
            }
            texts
        }
        Some(other) => {
            problems.push(
                Message::new("profiles-problem-scopes-not-list").with("type", other.type_str()),
            );
            Vec::new()
        }
    };
    let scopes = crate::signin::kind::split_scopes(&texts.join(" "));
    if let Some(bad) = scopes.iter().find(|s| !crate::signin::kind::is_scope(s)) {
        problems.push(
            Message::new("profiles-problem-bad-scope")
                .with("scope", bad.escape_debug().to_string()),
        );
    }
    scopes
}

/// What must hold for a profile of each kind, wherever it comes from.
pub fn check_managed(target: &Target) -> Vec<Message> {
    let mut problems = Vec::new();
    let managed = &target.managed;
    if !target.kind.uses_domain() {
        return problems;
    }
    if managed.domain.is_empty() {
        problems.push(
            Message::new("profiles-problem-domain-required").with("kind", target.kind.file_name()),
        );
    } else if let Err(e) = Endpoint::custom(&managed.domain) {
        problems.push(Message::new("profiles-problem-domain-bad").with("error", e.to_string()));
    }
    if target.kind == SignInKind::ClientCredentials && managed.scopes.is_empty() {
        problems.push(Message::new("profiles-problem-scopes-required"));
    }
    for (key, text) in [
        ("identity_provider", &managed.identity_provider),
        ("lang", &managed.lang),
    ] {
        if text.chars().count() > 128 || text.chars().any(char::is_control) {
            problems.push(Message::new("profiles-problem-not-a-name").with("key", key));
        }
    }
    problems
}

/// The managed-login lines of an exported profile, in the documented order.
pub fn export_managed(target: &Target, out: &mut String) {
    let managed = &target.managed;
    let mut put = |key: &str, value: &str| {
        if !value.is_empty() {
            out.push_str(&format!("{key} = {}\n", Value::String(value.to_owned())));
        }
    };
    if !target.kind.is_default() {
        put("kind", target.kind.file_name());
    }
    put("domain", &managed.domain);
    put("callback_url", &managed.callback_url);
    put("identity_provider", &managed.identity_provider);
    put("lang", &managed.lang);
    put("sign_out_url", &managed.sign_out_url);
    if !managed.scopes.is_empty() {
        let list = Value::Array(managed.scopes.iter().cloned().map(Value::String).collect());
        out.push_str(&format!("scopes = {list}\n"));
    }
}

#[cfg(test)]
#[path = "file_managed_tests.rs"]
mod tests;
