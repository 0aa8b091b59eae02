//! The forms a token is handed over in: raw, `Bearer …`, an Authorization header, a curl
//! command, `.env` lines and a Postman environment. Exact to the byte: tests compare them.

use std::time::SystemTime;

use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use super::tokens::{TokenKind, Tokens};
use crate::messages::Message;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    #[default]
    Raw,
    Bearer,
    AuthorizationHeader,
    Curl,
    Env,
    PostmanEnv,
}

impl Preset {
    pub const ALL: [Self; 6] = [
        Self::Raw,
        Self::Bearer,
        Self::AuthorizationHeader,
        Self::Curl,
        Self::Env,
        Self::PostmanEnv,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Raw => "Token only",
            Self::Bearer => "Bearer <token>",
            Self::AuthorizationHeader => "Authorization: Bearer <token>",
            Self::Curl => "curl command",
            Self::Env => ".env lines (all tokens)",
            Self::PostmanEnv => "Postman environment",
        }
    }

    /// Its name in the person's language (`label` is the English, for the settings and logs).
    pub fn message(self) -> Message {
        Message::new(match self {
            Self::Raw => "token-preset-raw",
            Self::Bearer => "token-preset-bearer",
            Self::AuthorizationHeader => "token-preset-authorization",
            Self::Curl => "token-preset-curl",
            Self::Env => "token-preset-env",
            Self::PostmanEnv => "token-preset-postman",
        })
    }

    /// [`Self::copy_all_label`] in the person's language.
    pub fn copy_all_message(self) -> Option<Message> {
        match self {
            Self::Env => Some(Message::new("token-copy-all-env")),
            Self::PostmanEnv => Some(Message::new("token-copy-all-postman")),
            _ => None,
        }
    }

    /// Whether the preset holds every token rather than the one asked for.
    pub fn is_whole_set(self) -> bool {
        matches!(self, Self::Env | Self::PostmanEnv)
    }

    /// The one button a whole-set preset has, saying what it copies: "Copy all as .env".
    pub fn copy_all_label(self) -> Option<&'static str> {
        match self {
            Self::Env => Some("Copy all as .env"),
            Self::PostmanEnv => Some("Copy all as Postman environment"),
            _ => None,
        }
    }

    /// The preset as it applies to `kind`. A refresh token is never sent to an API (only to
    /// Cognito's token endpoint, in a request body: cognito-protocol.md), so `Bearer`, the
    /// Authorization header and curl hand it over as the token alone.
    pub fn for_token(self, kind: TokenKind) -> Self {
        match (self, kind) {
            (Self::Bearer | Self::AuthorizationHeader | Self::Curl, TokenKind::Refresh) => {
                Self::Raw
            }
            _ => self,
        }
    }
}

/// What a preset needs besides the tokens.
#[derive(Debug, Clone, Default)]
pub struct PresetContext {
    /// The URL for the curl command.
    pub url: String,
    /// The Postman environment's name.
    pub name: String,
    pub now: Option<SystemTime>,
    /// Put the refresh token in a Postman environment: it signs in again for as long as the
    /// app client allows (30 days by default), so only when the person asks for it.
    pub include_refresh: bool,
}

/// The text for `kind` in `preset` (as it applies to that token: `Preset::for_token`);
/// `None` when the token is missing, or a curl command has no URL to send it to.
pub fn render(
    preset: Preset,
    tokens: &Tokens,
    kind: TokenKind,
    context: &PresetContext,
) -> Option<String> {
    if preset.is_whole_set() {
        return Some(match preset {
            Preset::Env => env_lines(tokens),
            _ => serde_json::to_string_pretty(&postman_environment(tokens, context))
                .unwrap_or_default(),
        });
    }
    let token = tokens.get(kind)?.expose_secret();
    Some(match preset.for_token(kind) {
        Preset::Bearer => format!("Bearer {token}"),
        Preset::AuthorizationHeader => format!("Authorization: Bearer {token}"),
        Preset::Curl => curl(token, &context.url)?,
        _ => token.to_owned(),
    })
}

/// `ID_TOKEN=…` lines for the tokens present, in a fixed order, each ending in a newline.
pub fn env_lines(tokens: &Tokens) -> String {
    [
        ("ID_TOKEN", TokenKind::Id),
        ("ACCESS_TOKEN", TokenKind::Access),
        ("REFRESH_TOKEN", TokenKind::Refresh),
    ]
    .iter()
    .filter_map(|(name, kind)| Some(format!("{name}={}\n", tokens.get(*kind)?.expose_secret())))
    .collect()
}

/// A curl command sending the token; the URL is quoted for a POSIX shell. `None` without a
/// URL: an invented one (it was `https://api.example.com/`) sends the token nowhere useful.
pub fn curl(token: &str, url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    // Tokens are checked for Cognito's shape on arrival; quoted all the same.
    Some(format!(
        "curl -H {} {}",
        shell_quote(&format!("Authorization: Bearer {token}")),
        shell_quote(url)
    ))
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The environment file Postman imports (Environments > Import): `name`, `values` with
/// `key`/`value`/`type`/`enabled`, and `_postman_variable_scope: "environment"`.
pub fn postman_environment(tokens: &Tokens, context: &PresetContext) -> serde_json::Value {
    let mut values = Vec::new();
    let mut put = |key: &str, value: String, kind: &str| {
        values.push(serde_json::json!({"key": key, "value": value, "type": kind, "enabled": true}));
    };
    for (key, kind) in [
        ("id_token", TokenKind::Id),
        ("access_token", TokenKind::Access),
        ("refresh_token", TokenKind::Refresh),
    ] {
        if kind == TokenKind::Refresh && !context.include_refresh {
            continue;
        }
        if let Some(token) = tokens.get(kind) {
            put(key, token.expose_secret().to_owned(), "secret");
        }
    }
    if let Some(at) = (tokens.expires_at())
        .and_then(|expires| super::jwt::utc_rfc3339(expires, chrono::SecondsFormat::Secs))
    {
        put("token_expires_at", at, "default");
    }
    put(
        "token_type",
        tokens
            .token_type
            .clone()
            .unwrap_or_else(|| "Bearer".to_owned()),
        "default",
    );
    let mut env = serde_json::json!({
        "name": if context.name.is_empty() { "Cognito Login" } else { context.name.as_str() },
        "values": values,
        "_postman_variable_scope": "environment",
        "_postman_exported_using": concat!("Cognito Login/", env!("CARGO_PKG_VERSION")),
    });
    if let Some(now) = context.now
        && let Some(fields) = env.as_object_mut()
    {
        let at = super::jwt::utc_rfc3339(now, chrono::SecondsFormat::Millis);
        fields.insert("_postman_exported_at".into(), at.unwrap_or_default().into());
    }
    env
}

#[cfg(test)]
#[path = "presets_tests.rs"]
mod tests;
