//! SECRET_HASH = Base64(HMAC-SHA256(key = client secret, message = username + client ID)).
//! ../shared/docs/cognito-protocol.md §4. The username must be the one sent in the same request.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use sha2::Sha256;

use super::secrets::ClientSecret;
use super::vocabulary::ClientId;

pub fn secret_hash(client_secret: &ClientSecret, username: &str, client_id: &ClientId) -> String {
    let mac = hmac_sha256(
        client_secret.expose_secret().as_bytes(),
        &[username.as_bytes(), client_id.as_bytes()],
    );
    base64::engine::general_purpose::STANDARD.encode(mac)
}

/// HMAC-SHA256 over the concatenated parts.
pub(crate) fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC hashes over-long keys and pads short ones: no key length is an error.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        unreachable!("HMAC takes any key length")
    };
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
#[path = "secret_hash_tests.rs"]
mod tests;
