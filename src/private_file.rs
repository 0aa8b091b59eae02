//! Files the app writes for the person: the settings, exported profiles and Postman
//! environments. None holds a secret by design, but each names hosts, pools, users and (a
//! Postman file) tokens, so each is readable and writable by its owner alone (0600 on Unix),
//! including a file that existed before with wider permissions. std has no portable way to
//! say this; elsewhere the user's own folders already keep other users out.

use std::fs::File;
use std::io::Write as _;
use std::path::Path;

/// Creates (or truncates) `path` for writing, owner-only.
pub fn create(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        options.mode(0o600);
        let file = options.open(path)?;
        // `mode` applies only to a file this call creates.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Writes `bytes` to `path`, owner-only.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    create(path)?.write_all(bytes)
}

#[cfg(all(test, unix))]
#[path = "private_file_tests.rs"]
mod tests;
