//! Stamps the build with the git commit it was made from, for the About window. Reads
//! .git directly (no git binary needed); a build from a source tarball says "unknown".

use std::path::Path;

fn main() {
    let commit = commit(Path::new(".git")).unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=COGNITO_LOGIN_COMMIT={commit}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs");
    println!("cargo:rerun-if-changed=.git/packed-refs");
    println!("cargo:rerun-if-env-changed=COGNITO_LOGIN_COMMIT");
}

fn commit(git: &Path) -> Option<String> {
    if let Ok(given) = std::env::var("COGNITO_LOGIN_COMMIT") {
        return Some(given);
    }
    let head = std::fs::read_to_string(git.join("HEAD")).ok()?;
    let head = head.trim();
    let Some(reference) = head.strip_prefix("ref: ") else {
        return Some(head.chars().take(12).collect());
    };
    let hash = std::fs::read_to_string(git.join(reference))
        .ok()
        .or_else(|| {
            let packed = std::fs::read_to_string(git.join("packed-refs")).ok()?;
            packed
                .lines()
                .find(|l| l.ends_with(reference))
                .and_then(|l| l.split_whitespace().next())
                .map(str::to_owned)
        })?;
    Some(hash.trim().chars().take(12).collect())
}
