//! A text buffer for a password or client secret: wiped when dropped or cleared, and never
//! printed by `Debug`. egui edits it in place, so no second copy is kept by the app.

use secrecy::SecretString;
use zeroize::Zeroizing;

#[derive(Default)]
pub struct SecretInput(Zeroizing<String>);

impl SecretInput {
    /// What was typed, as the kind of secret the field is for (a password, a client secret,
    /// a code).
    pub fn to_secret<Kind: From<SecretString>>(&self) -> Kind {
        Kind::from(SecretString::from(self.0.as_str()))
    }

    /// Wipes what was typed (`String::clear` alone would leave the bytes in the buffer).
    pub fn wipe(&mut self) {
        zeroize::Zeroize::zeroize(&mut *self.0);
    }

    pub fn buffer(&mut self) -> &mut String {
        &mut self.0
    }
}

impl std::fmt::Debug for SecretInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretInput([REDACTED])")
    }
}
