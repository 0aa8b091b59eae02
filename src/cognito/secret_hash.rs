//! SECRET_HASH = Base64(HMAC-SHA256(key = client secret, message = username + client ID)).
//! ../shared/docs/cognito-protocol.md §4. The username must be the one sent in the same request.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

pub fn secret_hash(client_secret: &SecretString, username: &str, client_id: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(client_secret.expose_secret().as_bytes())
    else {
        unreachable!("HMAC takes any key length")
    };
    mac.update(username.as_bytes());
    mac.update(client_id.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_vector() {
        // From the Go implementation's test, recomputed in the protocol notes.
        let secret = SecretString::from("clientSecret");
        assert_eq!(
            secret_hash(&secret, "test", "123abd"),
            "LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg="
        );
    }

    #[test]
    fn depends_on_the_username() {
        let secret = SecretString::from("s");
        assert_ne!(
            secret_hash(&secret, "alice", "c"),
            secret_hash(&secret, "bob", "c")
        );
    }
}
