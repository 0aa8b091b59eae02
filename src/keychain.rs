//! Where a profile's client secret (and, if asked, its refresh token) is kept: the operating
//! system's keychain, never the settings file. Without one (Linux without a Secret Service),
//! secrets live for this session only, and the person is told so.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

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
    /// How to reach the keychain; asked once, at the first secret read or written.
    open: fn() -> Backend,
    backend: OnceLock<Backend>,
    /// Session-only secrets, when there is no keychain.
    session: Mutex<HashMap<String, SecretString>>,
}

enum Backend {
    Store(Arc<CredentialStore>),
    /// Why there is no keychain.
    Unavailable(String),
}

impl Keychain {
    /// The platform's keychain; session-only when it cannot be reached. Nothing is asked until
    /// a secret is needed: on Linux that is a D-Bus connection and a call, which a window with
    /// no saved profile need not wait for at start.
    pub fn system() -> Self {
        Self::opened_by(open_system)
    }

    /// A keychain kept in memory: for tests (keyring-core's mock store).
    pub fn mock() -> Self {
        Self::opened_by(|| match keyring_core::mock::Store::new() {
            Ok(store) => Backend::Store(store),
            Err(e) => unavailable(&e.to_string()),
        })
    }

    pub fn session_only(why: &str) -> Self {
        Self {
            // Never called: the backend is already decided.
            open: || unavailable("no keychain was asked for"),
            backend: OnceLock::from(unavailable(why)),
            session: Mutex::new(HashMap::new()),
        }
    }

    fn opened_by(open: fn() -> Backend) -> Self {
        Self {
            open,
            backend: OnceLock::new(),
            session: Mutex::new(HashMap::new()),
        }
    }

    fn store(&self) -> Option<&Arc<CredentialStore>> {
        match self.backend.get_or_init(self.open) {
            Backend::Store(store) => Some(store),
            Backend::Unavailable(_) => None,
        }
    }

    /// The sentence to show when secrets cannot be kept beyond this session.
    pub fn unavailable(&self) -> Option<&str> {
        match self.backend.get_or_init(self.open) {
            Backend::Store(_) => None,
            Backend::Unavailable(why) => Some(why),
        }
    }

    fn user(profile: &str, kind: SecretKind) -> String {
        format!("{profile}/{}", kind.key())
    }

    pub fn get(&self, profile: &str, kind: SecretKind) -> Option<SecretString> {
        let user = Self::user(profile, kind);
        let store = self.store();
        tracing::debug!(entry = %user, system = store.is_some(), "keychain read");
        match store {
            Some(store) => Entry::new_in_store(store, SERVICE, &user)
                .and_then(|e| e.get_password())
                .ok()
                .map(SecretString::from),
            None => self.session.lock().ok()?.get(&user).cloned(),
        }
    }

    pub fn set(&self, profile: &str, kind: SecretKind, value: &SecretString) -> Result<(), String> {
        let user = Self::user(profile, kind);
        let store = self.store();
        tracing::debug!(entry = %user, system = store.is_some(), "keychain write");
        match store {
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

    /// Every secret kept for `profile`: no secret outlives its profile.
    pub fn forget_profile(&self, profile: &str) {
        for kind in [SecretKind::ClientSecret, SecretKind::RefreshToken] {
            self.delete(profile, kind);
        }
    }

    pub fn delete(&self, profile: &str, kind: SecretKind) {
        let user = Self::user(profile, kind);
        match self.store() {
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

fn open_system() -> Backend {
    match platform_store() {
        Ok(store) => {
            // Creating a store does not talk to it; a lookup that may find nothing does.
            let probe =
                Entry::new_in_store(&store, SERVICE, "probe").and_then(|e| e.get_password());
            match probe {
                Ok(_) | Err(Error::NoEntry) => Backend::Store(store),
                Err(e) => unavailable(&e.to_string()),
            }
        }
        Err(e) => unavailable(&e.to_string()),
    }
}

fn unavailable(why: &str) -> Backend {
    Backend::Unavailable(format!(
        "No system keychain is available ({why}); client secrets and refresh tokens are kept for this session only."
    ))
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
    fn the_keychain_is_not_asked_until_a_secret_is_needed() {
        use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
        static OPENED: AtomicUsize = AtomicUsize::new(0);
        let keychain = Keychain::opened_by(|| {
            OPENED.fetch_add(1, SeqCst);
            unavailable("no bus")
        });
        assert_eq!(OPENED.load(SeqCst), 0);
        assert!(keychain.get("dev", SecretKind::ClientSecret).is_none());
        assert!(
            keychain
                .unavailable()
                .is_some_and(|why| why.contains("no bus"))
        );
        keychain.delete("dev", SecretKind::ClientSecret);
        assert_eq!(OPENED.load(SeqCst), 1, "asked once, then remembered");
    }

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
