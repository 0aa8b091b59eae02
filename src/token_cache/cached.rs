//! One profile's cached tokens as they are kept on disk: the ID and access tokens (never the
//! refresh token or a password: a leaked file is worth an hour at most), the server and app
//! client they came from, and when they arrived. How long each is good for is read from the
//! token's own `exp`, never from a number beside it that a damaged file could get wrong.

use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret as _, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::profiles::Binding;
use crate::workbench::jwt::unverified_claims;
use crate::workbench::{TokenKind, Tokens};

/// What a cache file says, first line of defence against a file from another version.
const FORMAT: u32 = 1;

/// The ID and access tokens read back from the cache, for the server and client asked about.
#[derive(Debug, Clone)]
pub struct CachedTokens {
    pub id: Option<SecretString>,
    pub access: Option<SecretString>,
}

impl CachedTokens {
    /// How much longer the token of `kind` is good for at `at`, by its own `exp` claim; `None`
    /// when it is missing, has no `exp`, or has expired. The refresh token is never cached.
    pub fn valid_for(&self, kind: TokenKind, at: SystemTime) -> Option<Duration> {
        let token = match kind {
            TokenKind::Id => self.id.as_ref()?,
            TokenKind::Access => self.access.as_ref()?,
            TokenKind::Refresh => return None,
        };
        let exp = unverified_claims(token.expose_secret())?
            .get("exp")?
            .as_u64()?;
        let expires = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(exp))?;
        expires
            .duration_since(at)
            .ok()
            .filter(|left| !left.is_zero())
    }

    /// The tokens as a sign-in holds them, without a refresh token (the keychain has that).
    /// With no `ExpiresIn`, their expiry is read from the tokens' `exp` (`Tokens::expires_at`).
    pub fn to_tokens(&self, received_at: SystemTime) -> Tokens {
        Tokens {
            id: self.id.clone(),
            access: self.access.clone(),
            token_type: Some("Bearer".to_owned()),
            ..Tokens::empty(received_at)
        }
    }
}

/// The file as written: borrowed from the tokens, so no extra copy of them is left behind.
#[derive(Serialize)]
struct Written<'a> {
    format: u32,
    server: &'a str,
    client_id: &'a str,
    /// Seconds since 1970; for a person looking at the file, never for deciding validity.
    received_at: u64,
    id_token: Option<&'a str>,
    access_token: Option<&'a str>,
}

/// The file as read: anything in it is untrusted until the binding matches.
#[derive(Deserialize)]
struct Read {
    format: u32,
    server: String,
    client_id: String,
    id_token: Option<SecretString>,
    access_token: Option<SecretString>,
}

/// The bytes of a cache file holding `tokens`' ID and access tokens, bound to `at`. `None`
/// when there is neither to keep.
pub fn encode(at: &Binding, tokens: &Tokens) -> Option<Zeroizing<Vec<u8>>> {
    if tokens.id.is_none() && tokens.access.is_none() {
        return None;
    }
    let written = Written {
        format: FORMAT,
        server: &at.server,
        client_id: at.client_id.as_str(),
        received_at: (tokens.received_at)
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        id_token: tokens.id.as_ref().map(|t| t.expose_secret()),
        access_token: tokens.access.as_ref().map(|t| t.expose_secret()),
    };
    // Room for all of it up front: a growing buffer would leave copies of the tokens behind.
    let room = written.id_token.map_or(0, str::len) + written.access_token.map_or(0, str::len);
    let mut bytes = Zeroizing::new(Vec::with_capacity(room + 1024));
    serde_json::to_writer_pretty(&mut *bytes, &written).ok()?;
    Some(bytes)
}

/// The tokens in `bytes`, when they were cached for `at`'s server and app client; otherwise
/// why not (for the debug log: never a token).
pub fn decode(at: &Binding, bytes: &[u8]) -> Result<CachedTokens, String> {
    // serde's message could quote a token: only where it stopped is said.
    let read: Read = serde_json::from_slice(bytes).map_err(|e| {
        format!(
            "not a cache file (line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    if read.format != FORMAT {
        return Err(format!("format {} is not {FORMAT}", read.format));
    }
    if read.server != at.server || read.client_id != at.client_id.as_str() {
        return Err(format!(
            "cached for {} client {}, not {} client {}",
            read.server, read.client_id, at.server, at.client_id
        ));
    }
    let blank = |t: &Option<SecretString>| t.as_ref().is_some_and(|t| t.expose_secret().is_empty());
    let none = read.id_token.is_none() && read.access_token.is_none();
    if none || blank(&read.id_token) || blank(&read.access_token) {
        return Err("holds no token".to_owned());
    }
    let cached = CachedTokens {
        id: read.id_token,
        access: read.access_token,
    };
    Ok(cached)
}
