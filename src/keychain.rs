//! Where a profile's client secret (and, if asked, its refresh token) is kept: the operating
//! system's keychain, never the settings file. Without one (Linux without a Secret Service),
//! secrets live for this session only, and the person is told so.
//!
//! Each secret is kept bound to the server and app client it was saved for (`Binding`): a
//! profile whose endpoint or client ID changed since (an edit, a replace-import of a file that
//! points elsewhere) finds its old secret gone, never sent to the new place.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use keyring_core::{CredentialStore, Entry, Error};
use secrecy::SecretString;
use zeroize::Zeroizing;

// A profile makes its binding; the keychain writes it ahead of each secret and checks it on
// every read. Re-exported so that the keychain's callers find it beside `Keychain`.
pub use crate::profiles::Binding;
use crate::profiles::ProfileName;

const SERVICE: &str = "cognito-login";
/// The Windows Credential Manager's largest secret, in bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE).
/// Its password form is UTF-16, two bytes a character, which caps a refresh token at 1,280
/// characters; Cognito's are around 1,800, so values are stored as UTF-8 bytes instead.
pub const WINDOWS_LIMIT: usize = 2560;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    ClientSecret,
    RefreshToken,
}

impl SecretKind {
    pub const ALL: [Self; 2] = [Self::ClientSecret, Self::RefreshToken];

    fn key(self) -> &'static str {
        match self {
            Self::ClientSecret => "client-secret",
            Self::RefreshToken => "refresh-token",
        }
    }

    /// Its name in a sentence.
    pub fn words(self) -> &'static str {
        match self {
            Self::ClientSecret => "client secret",
            Self::RefreshToken => "refresh token",
        }
    }
}

pub struct Keychain {
    /// How to reach the keychain; asked once, at the first secret read or written.
    open: fn() -> Backend,
    backend: OnceLock<Backend>,
    /// Session-only secrets, when there is no keychain: stored as the keychain would.
    session: Mutex<HashMap<String, Zeroizing<Vec<u8>>>>,
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

    fn user(profile: &ProfileName, kind: SecretKind) -> String {
        format!("{profile}/{}", kind.key())
    }

    fn read(&self, profile: &ProfileName, kind: SecretKind) -> Option<Zeroizing<Vec<u8>>> {
        self.read_entry(&Self::user(profile, kind))
    }

    /// The bytes stored under `user`: the system keychain's, else this session's.
    fn read_entry(&self, user: &str) -> Option<Zeroizing<Vec<u8>>> {
        let store = self.store();
        tracing::debug!(entry = %user, system = store.is_some(), "keychain read");
        let stored = store.and_then(|store| {
            Entry::new_in_store(store, SERVICE, user)
                .and_then(|e| e.get_secret())
                .ok()
                .map(Zeroizing::new)
        });
        // A secret the keychain refused is kept here for the session (`set`).
        stored.or_else(|| self.session.lock().ok()?.get(user).cloned())
    }

    /// The profile's secret of `kind`, when it was saved for `at`'s server and client. One
    /// saved for another server or client (or by a version that did not bind secrets) is
    /// deleted instead: it is never handed out, so never sent anywhere it was not meant for.
    pub fn get(&self, at: &Binding, kind: SecretKind) -> Option<SecretString> {
        let stored = self.read(&at.profile, kind)?;
        match at.open(&stored) {
            Ok(secret) => Some(secret),
            Err(elsewhere) => {
                tracing::info!(profile = %at.profile, kind = kind.key(), bound_to = ?elsewhere, "removed a secret saved for another server or client");
                self.delete(&at.profile, kind);
                None
            }
        }
    }

    pub fn set(&self, at: &Binding, kind: SecretKind, value: &SecretString) -> Result<(), String> {
        let user = Self::user(&at.profile, kind);
        self.write_entry(user, at.seal(value), kind.words())
    }

    /// Stores `sealed` under `user`; refused by the system keychain, it is kept for this
    /// session and the person is told so (`what` names it in that sentence).
    fn write_entry(
        &self,
        user: String,
        sealed: Zeroizing<Vec<u8>>,
        what: &str,
    ) -> Result<(), String> {
        let store = self.store();
        tracing::debug!(entry = %user, system = store.is_some(), "keychain write");
        let refused = match store {
            Some(store) => {
                match Entry::new_in_store(store, SERVICE, &user).and_then(|e| e.set_secret(&sealed))
                {
                    Ok(()) => return Ok(()),
                    // The library's words (a D-Bus error) are for developers: the log has them,
                    // the person gets what it means for them (issue 16).
                    Err(e) => {
                        tracing::warn!(entry = %user, error = %e, "the keychain refused a secret");
                        true
                    }
                }
            }
            None => false,
        };
        if let Ok(mut session) = self.session.lock() {
            session.insert(user, sealed);
        }
        if refused {
            return Err(format!(
                "The keychain did not keep the {what} (it may be locked); it is kept until you close the app."
            ));
        }
        Ok(())
    }

    /// Deletes the profile's secrets that are not bound to `at` (its server or client ID
    /// changed), and says which went.
    pub fn forget_unless_bound(&self, at: &Binding) -> Vec<SecretKind> {
        SecretKind::ALL
            .into_iter()
            .filter(|&kind| {
                let stale = self
                    .read(&at.profile, kind)
                    .is_some_and(|stored| at.open(&stored).is_err());
                if stale {
                    self.delete(&at.profile, kind);
                }
                stale
            })
            .collect()
    }

    /// A renamed profile's secrets, moved to the new name: each is written under the new name
    /// before the old entry is deleted, so a keychain that refuses the write loses nothing.
    /// Secrets not bound to `to` are deleted rather than moved.
    pub fn move_profile(&self, from: &ProfileName, to: &Binding) -> Result<(), String> {
        let old = Binding {
            profile: from.clone(),
            ..to.clone()
        };
        for kind in SecretKind::ALL {
            if let Some(secret) = self.get(&old, kind) {
                self.set(to, kind, &secret)?;
                self.delete(from, kind);
            }
        }
        Ok(())
    }

    /// Every secret kept for `profile`: no secret outlives its profile.
    pub fn forget_profile(&self, profile: &ProfileName) {
        for kind in SecretKind::ALL {
            self.delete(profile, kind);
        }
    }

    pub fn delete(&self, profile: &ProfileName, kind: SecretKind) {
        self.delete_entry(&Self::user(profile, kind));
    }

    fn delete_entry(&self, user: &str) {
        if let Some(store) = self.store() {
            // Nothing stored is as good as deleted.
            let _ = Entry::new_in_store(store, SERVICE, user).and_then(|e| e.delete_credential());
        }
        if let Ok(mut session) = self.session.lock() {
            session.remove(user);
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

/// The keychain service the person's system would have, by the name it shows them.
#[cfg(target_os = "macos")]
const KEYCHAIN_SERVICE: &str = "Keychain";
#[cfg(target_os = "windows")]
const KEYCHAIN_SERVICE: &str = "Credential Manager";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const KEYCHAIN_SERVICE: &str = "Secret Service";

fn unavailable(why: &str) -> Backend {
    // The library's words (a zbus error naming D-Bus interfaces) go to the log for
    // developers; a tester sees what it means for them (issue 16).
    tracing::warn!(why, "no system keychain");
    Backend::Unavailable(format!(
        "This computer has no keychain service ({KEYCHAIN_SERVICE}); client secrets, refresh tokens and remembered devices are kept until you close the app."
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

// Remembered devices (issue 19): kept per server, pool and user, beside the profiles' secrets.
mod devices;

#[cfg(test)]
#[path = "keychain_tests.rs"]
mod tests;
