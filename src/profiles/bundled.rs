//! The profiles.toml a team ships with the app, offered on first start.

/// Where a profiles.toml shipped with the app may be: beside the executable, in the package's
/// data folder (`/usr/share/cognito-login` for `/usr/bin`), or in a macOS bundle's Resources.
pub fn bundled_candidates(exe: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Some(dir) = exe.parent() else {
        return Vec::new();
    };
    let mut candidates = vec![dir.join("profiles.toml")];
    if let Some(prefix) = dir.parent() {
        candidates.push(
            prefix
                .join("share")
                .join("cognito-login")
                .join("profiles.toml"),
        );
        candidates.push(prefix.join("Resources").join("profiles.toml"));
    }
    candidates
}

/// The profiles.toml shipped with the running app, if there is one.
pub fn bundled_file() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    bundled_candidates(&exe).into_iter().find(|p| p.is_file())
}

#[cfg(test)]
#[path = "bundled_tests.rs"]
mod tests;
