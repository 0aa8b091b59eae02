use std::time::{Duration, SystemTime};

use super::*;
use crate::cognito::AuthenticationResult;

fn tokens() -> Tokens {
    Tokens::from_result(
        AuthenticationResult {
            id_token: Some("id.tok.en".into()),
            access_token: Some("acc.tok.en".into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            token_type: Some("Bearer".into()),
            ..Default::default()
        },
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000),
    )
}

fn one(preset: Preset, kind: TokenKind, url: &str) -> String {
    let context = PresetContext {
        url: url.into(),
        ..PresetContext::default()
    };
    render(preset, &tokens(), kind, &context).unwrap()
}

#[test]
fn each_preset_is_exact() {
    assert_eq!(one(Preset::Raw, TokenKind::Id, ""), "id.tok.en");
    assert_eq!(
        one(Preset::Bearer, TokenKind::Access, ""),
        "Bearer acc.tok.en"
    );
    assert_eq!(
        one(Preset::AuthorizationHeader, TokenKind::Id, ""),
        "Authorization: Bearer id.tok.en"
    );
    assert_eq!(
        one(
            Preset::Curl,
            TokenKind::Access,
            "https://api.example.com/it's"
        ),
        r"curl -H 'Authorization: Bearer acc.tok.en' 'https://api.example.com/it'\''s'"
    );
    assert_eq!(
        one(Preset::Env, TokenKind::Id, ""),
        "ID_TOKEN=id.tok.en\nACCESS_TOKEN=acc.tok.en\nREFRESH_TOKEN=refresh\n"
    );
}

#[test]
fn a_missing_token_has_no_preset_but_env_lists_what_is_there() {
    let mut partial = tokens();
    partial.refresh = None;
    let context = PresetContext::default();
    assert_eq!(
        render(Preset::Raw, &partial, TokenKind::Refresh, &context),
        None
    );
    assert_eq!(
        env_lines(&partial),
        "ID_TOKEN=id.tok.en\nACCESS_TOKEN=acc.tok.en\n"
    );
}

#[test]
fn postman_environment_has_the_keys_postman_imports() {
    let context = PresetContext {
        name: "staging".into(),
        now: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_100)),
        ..PresetContext::default()
    };
    let without = postman_environment(&tokens(), &context);
    let keys_of = |env: &serde_json::Value| -> Vec<String> {
        (env["values"].as_array().unwrap().iter())
            .map(|v| v["key"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!keys_of(&without).contains(&"refresh_token".to_owned()));
    let context = PresetContext {
        include_refresh: true,
        ..context
    };
    let env = postman_environment(&tokens(), &context);
    assert_eq!(env["name"], "staging");
    assert_eq!(env["_postman_variable_scope"], "environment");
    assert_eq!(env["_postman_exported_at"], "2027-01-15T08:01:40.000Z");
    let values = env["values"].as_array().unwrap();
    let keys: Vec<&str> = values.iter().map(|v| v["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "id_token",
            "access_token",
            "refresh_token",
            "token_expires_at",
            "token_type"
        ]
    );
    for value in values {
        let fields: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(fields, ["enabled", "key", "type", "value"]);
        assert_eq!(value["enabled"], true);
    }
    assert_eq!(values[0]["type"], "secret");
    assert_eq!(values[3]["value"], "2027-01-15T09:00:00Z");
}

/// The refresh token is no bearer credential: today's `Bearer` preset copied
/// `Bearer <refresh>`, and curl sent it to an API.
#[test]
fn the_refresh_token_is_never_a_bearer_token() {
    for preset in [Preset::Bearer, Preset::AuthorizationHeader, Preset::Curl] {
        assert_eq!(
            one(preset, TokenKind::Refresh, "https://api.example.com/me"),
            "refresh",
            "{preset:?}"
        );
        assert_eq!(preset.for_token(TokenKind::Access), preset);
    }
}

/// A curl command with no URL is not made up: today's pointed at https://api.example.com/.
#[test]
fn curl_without_a_url_is_not_invented() {
    let context = PresetContext::default();
    assert_eq!(
        render(Preset::Curl, &tokens(), TokenKind::Id, &context),
        None
    );
    assert_eq!(curl("id.tok.en", "  "), None);
}

#[test]
fn whole_set_presets_say_they_copy_all() {
    assert_eq!(Preset::Env.copy_all_label(), Some("Copy all as .env"));
    assert_eq!(
        Preset::PostmanEnv.copy_all_label(),
        Some("Copy all as Postman environment")
    );
    assert_eq!(Preset::Bearer.copy_all_label(), None);
}
