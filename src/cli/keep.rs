//! Keeping a sign-in for later runs (`sign-in --remember`, `token`): the refresh token in the
//! system keychain, bound to the profile's server and app client as the window binds it, and
//! the ID and access tokens in the token cache. Each says on stderr where it went: the person
//! should know what this computer now holds for them.

use std::io::Write;

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::ClientSecret;
use crate::keychain::{Binding, Keychain, SecretKind};
use crate::signin::Tokens;
use crate::token_cache::TokenCache;

use super::password::read_client_secret;

/// Whether `keep` says where things went, or only what went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    /// A sign-in the person asked to keep: they learn what this computer now holds.
    WhereItWent,
    /// A refresh inside `token`: a script's stderr stays quiet unless something failed.
    ProblemsOnly,
}

/// Keeps `tokens` for `at.profile`: the refresh token (when there is one, and it is not the
/// one already kept) in `keychain`, the ID and access tokens in the standard token cache.
pub fn keep(
    at: &Binding,
    tokens: &Tokens,
    keychain: &Keychain,
    kept: Option<&SecretString>,
    say: Say,
    err: &mut dyn Write,
) {
    keep_refresh_token(at, tokens, keychain, kept, say, err);
    match TokenCache::standard() {
        Some(cache) => match cache.write(at, tokens) {
            Ok(()) if say == Say::ProblemsOnly => {}
            Ok(()) => {
                let _ = writeln!(
                    err,
                    "cached the ID and access tokens in {}",
                    cache.file(&at.profile).display()
                );
            }
            Err(problem) => {
                let _ = writeln!(err, "warning: {problem}");
            }
        },
        None => {
            let _ = writeln!(
                err,
                "warning: this system names no cache folder: the tokens were not cached"
            );
        }
    }
}

fn keep_refresh_token(
    at: &Binding,
    tokens: &Tokens,
    keychain: &Keychain,
    kept: Option<&SecretString>,
    say: Say,
    err: &mut dyn Write,
) {
    let Some(refresh) = &tokens.refresh else {
        return;
    };
    let refresh = refresh.as_secret();
    if kept.is_some_and(|k| k.expose_secret() == refresh.expose_secret()) {
        return; // Not rotated: the keychain has it already.
    }
    // Without a keychain, `set` keeps the token in this process only: gone when it exits.
    if let Some(why) = keychain.unavailable() {
        let _ = writeln!(
            err,
            "warning: the refresh token could not be kept: {why} `cognito-login token` will need you to sign in again when the cached tokens expire."
        );
        return;
    }
    match keychain.set(at, SecretKind::RefreshToken, refresh) {
        Ok(()) if say == Say::ProblemsOnly => {}
        Ok(()) => {
            let _ = writeln!(err, "kept the refresh token in the system keychain");
        }
        Err(problem) => {
            let _ = writeln!(err, "warning: {problem}");
        }
    }
}

/// The client secret a call for `at` needs: $COGNITO_CLIENT_SECRET, else the one the keychain
/// keeps for the profile (saved by the window), else none.
pub fn client_secret(keychain: &Keychain, at: &Binding) -> Result<ClientSecret, String> {
    let given = read_client_secret()?;
    if !given.expose_secret().is_empty() {
        return Ok(given);
    }
    Ok(keychain
        .get(at, SecretKind::ClientSecret)
        .map(ClientSecret::from)
        .unwrap_or_default())
}
