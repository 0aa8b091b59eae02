//! The token cache: each profile's latest ID and access tokens in the user's cache folder
//! (`$XDG_CACHE_HOME/cognito-login/tokens/` on Linux), so that `cognito-login token` answers
//! without the network and the window and the command line share one sign-in. One file per
//! profile, owner-only, written atomically, and ignored (never trusted) when it is damaged,
//! someone else's, readable by others, or bound to another server or app client. It never
//! holds a refresh token or a password: those stay in the keychain, or nowhere.

mod aws;
mod cached;
pub mod private_json;

use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::profiles::{Binding, ProfileName};
use crate::workbench::Tokens;

pub use cached::CachedTokens;

/// A cache file with two tokens is a few KiB; anything larger was not written here.
const MOST_READ: u64 = 64 * 1024;

/// The folder the cached tokens live in, and how each profile's file is named there.
#[derive(Debug, Clone)]
pub struct TokenCache {
    dir: PathBuf,
}

impl TokenCache {
    /// The user's own cache folder (`etcetera`: $XDG_CACHE_HOME, else ~/.cache, on Linux and
    /// macOS; the local AppData folder on Windows) + `cognito-login/tokens`. `None` when the
    /// system names no home folder.
    pub fn standard() -> Option<Self> {
        use etcetera::BaseStrategy as _;
        let base = etcetera::choose_base_strategy().ok()?;
        Some(Self::at(
            base.cache_dir().join("cognito-login").join("tokens"),
        ))
    }

    /// A cache in `dir` (tests, and a window given a folder of its own).
    pub fn at(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file `profile`'s tokens are kept in.
    pub fn file(&self, profile: &ProfileName) -> PathBuf {
        self.dir.join(format!("tokens-{}.json", file_safe(profile)))
    }

    /// `at.profile`'s cached tokens, when there is a file to believe and it was written for
    /// `at`'s server and app client. Whether they are still valid is the caller's question
    /// (`CachedTokens::valid_for`).
    pub fn read(&self, at: &Binding) -> Option<CachedTokens> {
        let path = self.file(&at.profile);
        let bytes = zeroize::Zeroizing::new(private_json::read_checked(&path, MOST_READ)?);
        match cached::decode(at, &bytes) {
            Ok(cached) => Some(cached),
            Err(why) => {
                tracing::debug!(file = %path.display(), why = %why, "ignored a cache file");
                None
            }
        }
    }

    /// Keeps `tokens`' ID and access tokens for `at.profile`, bound to `at`'s server and app
    /// client. Tokens with neither forget what was cached instead.
    pub fn write(&self, at: &Binding, tokens: &Tokens) -> Result<(), String> {
        let path = self.file(&at.profile);
        let Some(bytes) = cached::encode(at, tokens) else {
            self.forget(&at.profile);
            return Ok(());
        };
        tracing::debug!(file = %path.display(), "token cache write");
        private_json::write_atomic(&path, &bytes).map_err(|e| {
            format!(
                "the tokens could not be cached in {}: {e}",
                self.dir.display()
            )
        })
    }

    /// Forgets `profile`'s cached tokens; none cached is as good as forgotten.
    /// AWS credentials fetched with them (`aws-credentials`) go too: they are the same
    /// person's.
    pub fn forget(&self, profile: &ProfileName) {
        let _ = std::fs::remove_file(self.file(profile));
        let _ = std::fs::remove_file(self.aws_file(profile));
    }

    /// A renamed profile's cached tokens go with it (the file names the profile; what is in
    /// it names only the server and client, which a rename does not change).
    pub fn rename(&self, from: &ProfileName, to: &ProfileName) {
        let (old, new) = (self.file(from), self.file(to));
        if old != new && std::fs::rename(&old, &new).is_err() {
            // Not there (nothing cached), or not movable: nothing must stay under the old name.
            self.forget(from);
        }
        // Kept AWS credentials are an hour's worth at most: fetched anew, not moved.
        let _ = std::fs::remove_file(self.aws_file(from));
    }

    /// Forgets every profile's cached tokens: every file in the cache folder, which holds
    /// nothing else (a temporary file a crashed writer left included).
    pub fn forget_all(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            if entry
                .file_type()
                .is_ok_and(|t| t.is_file() || t.is_symlink())
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// A file name for any profile name (any printable Unicode, 64 characters): lowercase ASCII
/// letters, digits, `-` and `_` as they are, every other byte as `%XX`, so that no two names
/// share a file even where file names ignore case ("Prod" is `%50rod`). A name too long for a
/// file name once encoded becomes `#` and its SHA-256 (`#` is never left bare by the encoding,
/// so the two forms cannot meet). The `tokens-` before it keeps Windows' reserved names
/// (`con`, `nul`) out.
pub fn file_safe(profile: &ProfileName) -> String {
    const LONGEST: usize = 160;
    let mut safe = String::new();
    for byte in profile.as_str().bytes() {
        if byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-' || byte == b'_' {
            safe.push(char::from(byte));
        } else {
            safe.push_str(&format!("%{byte:02X}"));
        }
    }
    if safe.len() <= LONGEST {
        return safe;
    }
    let digest = Sha256::digest(profile.as_str().as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("#{hex}")
}

#[cfg(test)]
#[path = "token_cache_tests.rs"]
mod tests;
