//! Stamps the build with what the About window shows: the git commit it was made from and the
//! project's address. Reads .git directly (no git binary needed); a build from a source tarball
//! says "unknown". On Windows targets it also embeds the icon and the version resource that
//! Explorer, the taskbar and the installer show.

use std::path::Path;

fn main() {
    let git = Path::new(".git");
    let commit = commit(git).unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=COGNITO_LOGIN_COMMIT={commit}");
    println!(
        "cargo:rustc-env=COGNITO_LOGIN_PROJECT_URL={}",
        project_url(git).unwrap_or_default()
    );
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs");
    println!("cargo:rerun-if-changed=.git/packed-refs");
    println!("cargo:rerun-if-changed=.git/config");
    for variable in [
        "COGNITO_LOGIN_COMMIT",
        "COGNITO_LOGIN_PROJECT_URL",
        "GITHUB_SERVER_URL",
        "GITHUB_REPOSITORY",
    ] {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
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

/// Where this code lives, so the About window links somewhere real rather than to a guess:
/// given outright, else the repository a GitHub Actions build runs in, else the clone's
/// `origin` remote (as a web address), else the Cargo.toml homepage or repository.
fn project_url(git: &Path) -> Option<String> {
    if let Ok(given) = std::env::var("COGNITO_LOGIN_PROJECT_URL") {
        return Some(given);
    }
    if let (Ok(server), Ok(repository)) = (
        std::env::var("GITHUB_SERVER_URL"),
        std::env::var("GITHUB_REPOSITORY"),
    ) {
        return Some(format!("{server}/{repository}"));
    }
    let from_remote = std::fs::read_to_string(git.join("config"))
        .ok()
        .and_then(|config| origin_url(&config))
        .and_then(|url| web_address(&url));
    from_remote.or_else(|| {
        ["CARGO_PKG_HOMEPAGE", "CARGO_PKG_REPOSITORY"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|url| !url.is_empty())
    })
}

fn origin_url(config: &str) -> Option<String> {
    let mut in_origin = false;
    for line in config.lines().map(str::trim) {
        if line.starts_with('[') {
            in_origin = line == "[remote \"origin\"]";
        } else if in_origin
            && let Some((key, value)) = line.split_once('=')
            && key.trim() == "url"
        {
            return Some(value.trim().to_owned());
        }
    }
    None
}

/// `git@host:owner/name.git` and `https://host/owner/name.git` become `https://host/owner/name`;
/// anything else (a local path, ssh:// with a port) is not a page a person can open.
fn web_address(remote: &str) -> Option<String> {
    let path = if let Some(rest) = remote.strip_prefix("git@") {
        let (host, path) = rest.split_once(':')?;
        format!("https://{host}/{path}")
    } else if remote.starts_with("https://") {
        remote.to_owned()
    } else {
        return None;
    };
    let path = path.trim_end_matches('/');
    Some(path.strip_suffix(".git").unwrap_or(path).to_owned())
}

/// The icon and version information Windows shows for the .exe (winresource runs rc.exe on
/// Windows, or mingw's windres when cross-compiling).
fn windows_resources() {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon.ico")
        .set("ProductName", "Cognito Login")
        .set("FileDescription", "Cognito Login")
        .set(
            "LegalCopyright",
            "Cognito Login developers, MIT OR Apache-2.0",
        );
    if let Err(problem) = resource.compile() {
        println!("cargo:warning=the Windows icon and version resource: {problem}");
        std::process::exit(1);
    }
}
