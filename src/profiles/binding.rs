//! Whose secret, and where it may be sent: the binding every kept client secret and refresh
//! token carries, so that a profile whose server or app client changed never sends an old
//! secret to the new place. A profile makes it (`Profile::secret_binding`); the keychain writes
//! it ahead of each secret and checks it on every read.

use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::cognito::ClientId;

use super::names::ProfileName;

/// The first line of every stored value; what came before it (a bare secret) is unbound.
const FORMAT: &str = "cognito-login secret 1";

/// A profile's name, the server (host and port) its requests go to, and its app client ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub profile: ProfileName,
    pub server: String,
    pub client_id: ClientId,
}

impl Binding {
    /// The server and client a secret is for, as stored ahead of it.
    fn header(&self) -> String {
        format!("{FORMAT}\n{}\n{}\n", self.server, self.client_id)
    }

    /// `secret` bound here, as the bytes the keychain keeps.
    pub fn seal(&self, secret: &SecretString) -> Zeroizing<Vec<u8>> {
        let mut bytes = Zeroizing::new(self.header().into_bytes());
        bytes.extend_from_slice(secret.expose_secret().as_bytes());
        bytes
    }

    /// The secret in `stored`, when it was bound to this server and client; otherwise where it
    /// was bound (`None` for a value without a binding, as older versions stored).
    pub fn open(&self, stored: &[u8]) -> Result<SecretString, Option<(String, String)>> {
        let text = std::str::from_utf8(stored).map_err(|_| None)?;
        let mut lines = text.splitn(4, '\n');
        let (Some(FORMAT), Some(server), Some(client_id), Some(secret)) =
            (lines.next(), lines.next(), lines.next(), lines.next())
        else {
            return Err(None);
        };
        if server == self.server && client_id == self.client_id.as_str() {
            Ok(SecretString::from(secret))
        } else {
            Err(Some((server.to_owned(), client_id.to_owned())))
        }
    }
}
