//! The tokens of a signed-in session. They are credentials: kept as secrets, wiped on drop.

use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret, SecretString};

use super::jwt::unverified_claims;
use crate::cognito::{AuthenticationResult, RefreshToken};
use crate::messages::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Id,
    Access,
    Refresh,
}

impl TokenKind {
    pub const ALL: [Self; 3] = [Self::Id, Self::Access, Self::Refresh];

    pub fn label(self) -> &'static str {
        match self {
            Self::Id => "ID token",
            Self::Access => "Access token",
            Self::Refresh => "Refresh token",
        }
    }

    /// Its name in the person's language ("ID token", "ID トークン").
    pub fn name(self) -> Message {
        self.pick("token-name-id", "token-name-access", "token-name-refresh")
    }

    /// Its Copy button ("Copy ID token", "ID トークンをコピー").
    pub fn copy_button(self) -> Message {
        self.pick("token-copy-id", "token-copy-access", "token-copy-refresh")
    }

    /// The heading of its details ("ID token details").
    pub fn details_heading(self) -> Message {
        self.pick(
            "token-details-id",
            "token-details-access",
            "token-details-refresh",
        )
    }

    /// The button copying its claims ("Copy ID token claims").
    pub fn copy_claims_button(self) -> Message {
        self.pick(
            "token-copy-claims-id",
            "token-copy-claims-access",
            "token-copy-claims-refresh",
        )
    }

    fn pick(self, id: &'static str, access: &'static str, refresh: &'static str) -> Message {
        Message::new(match self {
            Self::Id => id,
            Self::Access => access,
            Self::Refresh => refresh,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Tokens {
    pub id: Option<SecretString>,
    pub access: Option<SecretString>,
    pub refresh: Option<RefreshToken>,
    pub expires_in: Option<i64>,
    pub token_type: Option<String>,
    pub received_at: SystemTime,
    pub new_device_metadata: Option<serde_json::Value>,
}

impl Tokens {
    /// No tokens yet (a refresh token alone is filled in by the caller).
    pub fn empty(received_at: SystemTime) -> Self {
        Self::from_result(AuthenticationResult::default(), received_at)
    }

    pub fn from_result(result: AuthenticationResult, received_at: SystemTime) -> Self {
        Self {
            id: result.id_token,
            access: result.access_token,
            refresh: result.refresh_token,
            expires_in: result.expires_in,
            token_type: result.token_type,
            received_at,
            new_device_metadata: result.new_device_metadata,
        }
    }

    /// The tokens from a refresh. REFRESH_TOKEN_AUTH answers without a refresh token (and
    /// rotation may hand out a new one): the old one is kept unless a new one came.
    pub fn refreshed(&self, result: AuthenticationResult, received_at: SystemTime) -> Self {
        let mut tokens = Self::from_result(result, received_at);
        if tokens.refresh.is_none() {
            tokens.refresh.clone_from(&self.refresh);
        }
        tokens
    }

    /// Cognito's internal username (`cognito:username` in the ID token, `username` in the
    /// access token): the name a refresh's SECRET_HASH needs, whatever alias was typed.
    pub fn internal_username(&self) -> Option<String> {
        let from = |token: &Option<SecretString>, claim: &str| {
            let claims = unverified_claims(token.as_ref()?.expose_secret())?;
            claims.get(claim)?.as_str().map(str::to_owned)
        };
        from(&self.id, "cognito:username").or_else(|| from(&self.access, "username"))
    }

    /// A token by its kind, as a plain secret: for what treats the three alike (showing,
    /// copying, handing over).
    pub fn get(&self, kind: TokenKind) -> Option<&SecretString> {
        match kind {
            TokenKind::Id => self.id.as_ref(),
            TokenKind::Access => self.access.as_ref(),
            TokenKind::Refresh => self.refresh.as_ref().map(RefreshToken::as_secret),
        }
    }

    /// When the ID and access tokens expire: `ExpiresIn` after they arrived (immune to a
    /// wrong local clock), else the access or ID token's own `exp` (cognito-local sends no
    /// `ExpiresIn`); `None` when neither says.
    pub fn expires_at(&self) -> Option<SystemTime> {
        let relative = self
            .expires_in
            .and_then(|secs| u64::try_from(secs).ok())
            .and_then(|secs| self.received_at.checked_add(Duration::from_secs(secs)));
        relative.or_else(|| {
            [&self.access, &self.id].into_iter().find_map(|token| {
                let claims = unverified_claims(token.as_ref()?.expose_secret())?;
                let exp = claims.get("exp")?.as_u64()?;
                SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(exp))
            })
        })
    }

    /// Cognito's `AuthenticationResult` object with the members it had, in the order the AWS
    /// CLI prints them. This exposes the tokens: only for output the user asked for.
    pub fn to_authentication_result_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        let mut put = |key: &str, value: Option<serde_json::Value>| {
            if let Some(v) = value {
                map.insert(key.to_owned(), v);
            }
        };
        let secret = |kind| self.get(kind).map(|s| s.expose_secret().into());
        put("AccessToken", secret(TokenKind::Access));
        put("ExpiresIn", self.expires_in.map(Into::into));
        put("TokenType", self.token_type.clone().map(Into::into));
        put("RefreshToken", secret(TokenKind::Refresh));
        put("IdToken", secret(TokenKind::Id));
        put("NewDeviceMetadata", self.new_device_metadata.clone());
        serde_json::Value::Object(map)
    }
}

/// A token shortened for display: enough to tell two apart, never enough to use.
pub fn shorten(token: &str) -> String {
    shorten_to(token, 0)
}

/// A token shortened to at most `fits` characters (at least 12 + … + 6, so two can be told
/// apart), and never more than a quarter of it shown: what fits a wide window (a Cognito token
/// is about 1,000 characters), never enough to use.
pub fn shorten_to(token: &str, fits: usize) -> String {
    const HEAD: usize = 12;
    const TAIL: usize = 6;
    let chars: Vec<char> = token.chars().collect();
    if chars.len() <= HEAD + TAIL + 1 {
        return "•".repeat(chars.len().min(8));
    }
    let head = fits
        .saturating_sub(TAIL + 1)
        .min((chars.len() / 4).saturating_sub(TAIL))
        .max(HEAD);
    let head: String = chars.iter().take(head).collect();
    let tail: String = chars.iter().skip(chars.len() - TAIL).collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
