//! Where a profile's client secret (and, if asked, its refresh token) is kept: the operating
//! system's keychain, never the settings file. Without one (Linux without a Secret Service),
//! secrets live for this session only, and the person is told so.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry, Error};
use secrecy::{ExposeSecret, SecretString};

const SERVICE: &str = "cognito-login";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    ClientSecret,
    RefreshToken,
}

impl SecretKind {
    fn key(self) -> &'static str {
        match self {
            Self::ClientSecret => "client-secret",
            Self::RefreshToken => "refresh-token",
        }
    }
}

pub struct Keychain {
    store: Option<Arc<CredentialStore>>,
    /// Why there is no keychain, when there is none.
    unavailable: Option<String>,
    /// Session-only secrets, when there is no keychain.
    session: Mutex<HashMap<String, SecretString>>,
}

impl Keychain {
    /// The platform's keychain, checked once; session-only when it cannot be reached.
    pub fn system() -> Self {
        match platform_store() {
            Ok(store) => {
                // Creating a store does not talk to it; a lookup that may find nothing does.
                let probe =
                    Entry::new_in_store(&store, SERVICE, "probe").and_then(|e| e.get_password());
                match probe {
                    Ok(_) | Err(Error::NoEntry) => Self::with_store(store),
                    Err(e) => Self::session_only(&e.to_string()),
                }
            }
            Err(e) => Self::session_only(&e.to_string()),
        }
    }

    /// A keychain kept in memory: for tests (keyring-core's mock store).
    pub fn mock() -> Self {
        match keyring_core::mock::Store::new() {
            Ok(store) => Self::with_store(store),
            Err(e) => Self::session_only(&e.to_string()),
        }
    }

    pub fn session_only(why: &str) -> Self {
        Self {
            store: None,
            unavailable: Some(format!(
                "No system keychain is available ({why}); client secrets and refresh tokens are kept for this session only."
            )),
            session: Mutex::new(HashMap::new()),
        }
    }

    fn with_store(store: Arc<CredentialStore>) -> Self {
        Self {
            store: Some(store),
            unavailable: None,
            session: Mutex::new(HashMap::new()),
        }
    }

    /// The sentence to show when secrets cannot be kept beyond this session.
    pub fn unavailable(&self) -> Option<&str> {
        self.unavailable.as_deref()
    }

    fn user(profile: &str, kind: SecretKind) -> String {
        format!("{profile}/{}", kind.key())
    }

    pub fn get(&self, profile: &str, kind: SecretKind) -> Option<SecretString> {
        let user = Self::user(profile, kind);
        tracing::debug!(entry = %user, system = self.store.is_some(), "keychain read");
        match &self.store {
            Some(store) => Entry::new_in_store(store, SERVICE, &user)
                .and_then(|e| e.get_password())
                .ok()
                .map(SecretString::from),
            None => self.session.lock().ok()?.get(&user).cloned(),
        }
    }

    pub fn set(&self, profile: &str, kind: SecretKind, value: &SecretString) -> Result<(), String> {
        let user = Self::user(profile, kind);
        tracing::debug!(entry = %user, system = self.store.is_some(), "keychain write");
        match &self.store {
            Some(store) => Entry::new_in_store(store, SERVICE, &user)
                .and_then(|e| e.set_password(value.expose_secret()))
                .map_err(|e| {
                    format!(
                        "the keychain refused to keep the {}: {e}",
                        kind.key().replace('-', " ")
                    )
                }),
            None => {
                if let Ok(mut session) = self.session.lock() {
                    session.insert(user, value.clone());
                }
                Ok(())
            }
        }
    }

    pub fn delete(&self, profile: &str, kind: SecretKind) {
        let user = Self::user(profile, kind);
        match &self.store {
            Some(store) => {
                // Nothing stored is as good as deleted.
                let _ =
                    Entry::new_in_store(store, SERVICE, &user).and_then(|e| e.delete_credential());
            }
            None => {
                if let Ok(mut session) = self.session.lock() {
                    session.remove(&user);
                }
            }
        }
    }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(unix, target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(Error::NoDefaultStore)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_per_profile_and_kind() {
        for keychain in [Keychain::mock(), Keychain::session_only("test")] {
            let secret = SecretString::from("s3cr3t");
            keychain
                .set("dev", SecretKind::ClientSecret, &secret)
                .unwrap();
            assert_eq!(
                keychain
                    .get("dev", SecretKind::ClientSecret)
                    .unwrap()
                    .expose_secret(),
                "s3cr3t"
            );
            assert!(keychain.get("dev", SecretKind::RefreshToken).is_none());
            assert!(keychain.get("prod", SecretKind::ClientSecret).is_none());
            keychain.delete("dev", SecretKind::ClientSecret);
            assert!(keychain.get("dev", SecretKind::ClientSecret).is_none());
        }
        assert!(Keychain::mock().unavailable().is_none());
        assert!(
            Keychain::session_only("no bus")
                .unavailable()
                .unwrap()
                .contains("session only")
        );
    }
}
