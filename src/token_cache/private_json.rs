//! Private files in the cache folder that more than one process may write at once: each is
//! written whole or not at all (a temporary file in the same folder, renamed over the old
//! one), readable by its owner alone, and read back only when it still looks like ours. The
//! token cache uses it; anything else kept beside the tokens (AWS credentials) can too.

use std::fs::File;
use std::io::{self, Read as _, Write as _};
use std::path::Path;

/// Creates `dir` (and its parents) if needed; the folder itself is owner-only (0700 on Unix),
/// so that no one else can list which profiles have tokens, or swap a file in.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        builder.mode(0o700);
        builder.create(dir)?;
        // `mode` applies only to folders this call creates.
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically: a reader (another process included) finds the old
/// file or the new one, never half of either. The temporary file is created owner-only
/// (tempfile makes it 0600 with a name no other writer picks) in `path`'s own folder, so the
/// rename never crosses file systems.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no folder"))?;
    private_dir(dir)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".writing-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temporary.write_all(bytes)?;
    // On disk before the rename: a crash leaves the old file, not an empty new one.
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The contents of `path`, when it is safe to believe: a regular file (not a link, a pipe
/// or a device), owned by this user, neither readable nor writable by anyone else, and no
/// larger than `max` bytes. Anything else counts as no file at all; why is logged at debug
/// level (the person asked with -vv), never the contents.
pub fn read_checked(path: &Path, max: u64) -> Option<Vec<u8>> {
    match read_checked_or_why(path, max) {
        Ok(bytes) => bytes,
        Err(why) => {
            tracing::debug!(file = %path.display(), why = %why, "ignored a cache file");
            None
        }
    }
}

/// `Ok(None)`: there is no file, nothing to say. `Err`: there is one, not to be trusted.
fn read_checked_or_why(path: &Path, max: u64) -> Result<Option<Vec<u8>>, String> {
    // Looked at before it is opened: opening a pipe would wait for a writer.
    let seen = match std::fs::symlink_metadata(path) {
        Ok(seen) => seen,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot be looked at: {e}")),
    };
    if !seen.file_type().is_file() {
        return Err("not a regular file".to_owned());
    }
    let file = open_no_follow(path).map_err(|e| format!("cannot be opened: {e}"))?;
    // Checked again on what was opened: the name may have been swapped in between.
    let metadata = file
        .metadata()
        .map_err(|e| format!("cannot be looked at: {e}"))?;
    if !metadata.is_file() {
        return Err("not a regular file".to_owned());
    }
    check_owner_only(&metadata)?;
    if metadata.len() > max {
        return Err(format!("larger than {max} bytes"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or_default());
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(Some(bytes))
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits().cast_signed())
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Owned by the user running this process, and no permission for group or others: a file
/// anyone else could have written (or read) is not one this app wrote for this person.
#[cfg(unix)]
fn check_owner_only(metadata: &std::fs::Metadata) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt as _;
    if metadata.uid() != rustix::process::getuid().as_raw() {
        return Err(format!("owned by another user (uid {})", metadata.uid()));
    }
    let mode = metadata.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(format!("others may read or write it (mode {mode:o})"));
    }
    Ok(())
}

/// Elsewhere the user's own profile folder keeps other users out (as for the settings).
#[cfg(not(unix))]
fn check_owner_only(_: &std::fs::Metadata) -> Result<(), String> {
    Ok(())
}
