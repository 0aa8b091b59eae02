//! Stamps the build with what the About window and `--version` show: the git commit it was made
//! from and the project's address. Reads .git directly (no git binary needed); a build with no
//! .git (a source archive) takes the commit from $COGNITO_LOGIN_COMMIT, or says "unknown". On
//! Windows targets it also embeds the icon and the version resource that Explorer, the taskbar
//! and the installer show.
//!
//! Cargo reruns a build script, and so rebuilds and relinks the app, whenever a file it was told
//! to watch has changed *or does not exist* (its fingerprint says `stale: missing "<path>"`). So
//! only files that exist are watched: HEAD, the one ref it points to (or packed-refs when the ref
//! lives there), and config. An unchanged checkout is then `Fresh`, whatever git layout it has.

use std::path::{Path, PathBuf};

fn main() {
    // Always watched: with no rerun-if-changed line at all, cargo would rerun the script when any
    // file of the package changes.
    println!("cargo:rerun-if-changed=build.rs");
    // Paths relative to the package folder, where cargo runs build scripts.
    let git = GitDirs::find(Path::new(""));
    let head = git.as_ref().and_then(GitDirs::head);
    if let Some(git) = &git {
        for watched in git.watched(head.as_ref()) {
            println!("cargo:rerun-if-changed={}", watched.display());
        }
    }
    let from_git = || git.as_ref()?.commit(head.as_ref()?);
    let commit = std::env::var("COGNITO_LOGIN_COMMIT")
        .ok()
        .filter(|given| !given.trim().is_empty())
        .or_else(|| from_git().map(|hash| hash.chars().take(12).collect()))
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=COGNITO_LOGIN_COMMIT={commit}");
    let config = git.as_ref().map(|git| git.common.join("config"));
    println!(
        "cargo:rustc-env=COGNITO_LOGIN_PROJECT_URL={}",
        project_url(config.as_deref()).unwrap_or_default()
    );
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

/// What HEAD says: a branch (`ref: refs/heads/main`) or a detached commit.
enum Head {
    Branch(String),
    Detached(String),
}

/// Where git keeps this checkout's state. In a plain clone both are `.git`; in a linked worktree
/// or a submodule `.git` is a file naming `dir` (which holds HEAD), and `dir/commondir` names
/// `common` (which holds the refs and config). See gitrepository-layout(5).
struct GitDirs {
    /// `.git` when it is a file (`gitdir: …`): watched, so moving the worktree is seen.
    link: Option<PathBuf>,
    dir: PathBuf,
    common: PathBuf,
}

impl GitDirs {
    fn find(root: &Path) -> Option<Self> {
        let dot_git = root.join(".git");
        let (link, dir) = if dot_git.is_dir() {
            (None, dot_git)
        } else {
            let text = std::fs::read_to_string(&dot_git).ok()?;
            let target = text.trim().strip_prefix("gitdir:")?.trim();
            (Some(dot_git), root.join(target))
        };
        if !dir.join("HEAD").is_file() {
            return None;
        }
        let common = std::fs::read_to_string(dir.join("commondir"))
            .map(|relative| dir.join(relative.trim()))
            .unwrap_or_else(|_| dir.clone());
        Some(Self { link, dir, common })
    }

    fn head(&self) -> Option<Head> {
        let text = std::fs::read_to_string(self.dir.join("HEAD")).ok()?;
        let text = text.trim();
        Some(match text.strip_prefix("ref:") {
            Some(reference) => Head::Branch(reference.trim().to_owned()),
            None => Head::Detached(text.to_owned()),
        })
    }

    /// The commit HEAD names: itself when detached, else the branch's loose ref file, else its
    /// line in packed-refs (`<hash> <refname>`; `^<hash>` lines are peeled tags).
    fn commit(&self, head: &Head) -> Option<String> {
        let reference = match head {
            Head::Detached(hash) => return is_hash(hash).then(|| hash.clone()),
            Head::Branch(reference) => reference,
        };
        let loose = std::fs::read_to_string(self.ref_file(reference)).ok();
        let hash = loose.or_else(|| {
            let packed = std::fs::read_to_string(self.common.join("packed-refs")).ok()?;
            packed.lines().find_map(|line| {
                let (hash, name) = line.split_once(' ')?;
                (name.trim() == reference).then(|| hash.to_owned())
            })
        })?;
        let hash = hash.trim();
        is_hash(hash).then(|| hash.to_owned())
    }

    /// Branches live under the common folder; per-worktree refs (`HEAD` aside) are not branches.
    fn ref_file(&self, reference: &str) -> PathBuf {
        self.common.join(reference)
    }

    /// The files and folders whose change can change the stamp, each one present now.
    fn watched(&self, head: Option<&Head>) -> Vec<PathBuf> {
        let mut watched: Vec<PathBuf> = self.link.iter().cloned().collect();
        watched.push(self.dir.join("HEAD"));
        if let Some(Head::Branch(reference)) = head {
            let loose = self.ref_file(reference);
            if loose.is_file() {
                watched.push(loose);
            } else if let Some(folder) = loose.ancestors().skip(1).find(|f| f.is_dir()) {
                // The branch is only in packed-refs: its next commit writes the loose file
                // here, which changes this folder.
                watched.push(folder.to_owned());
            }
        }
        // packed-refs holds the branch (read above) when there is no loose file; reftable
        // (git 2.45's other ref format) keeps every ref under reftable/, whose commit is not
        // read here ("unknown"), but watching it keeps the build fresh there too.
        for name in ["packed-refs", "reftable", "config"] {
            let path = self.common.join(name);
            if path.exists() {
                watched.push(path);
            }
        }
        watched
    }
}

fn is_hash(text: &str) -> bool {
    text.len() >= 40 && text.chars().all(|c| c.is_ascii_hexdigit())
}

/// Where this code lives, so the About window links somewhere real rather than to a guess:
/// given outright, else the Cargo.toml homepage, else the repository a GitHub Actions build
/// runs in, else the clone's `origin` remote (as a web address), else the Cargo.toml
/// repository. Only an https:// address counts (the window shows it as a link to open); none
/// at all leaves it empty, and the About window says nothing about it.
fn project_url(config: Option<&Path>) -> Option<String> {
    let variable = |name: &str| {
        std::env::var(name)
            .ok()
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let from_ci = || {
        let server = variable("GITHUB_SERVER_URL")?;
        Some(format!("{server}/{}", variable("GITHUB_REPOSITORY")?))
    };
    let from_remote = || {
        let config = std::fs::read_to_string(config?).ok()?;
        web_address(&origin_url(&config)?)
    };
    variable("COGNITO_LOGIN_PROJECT_URL")
        .or_else(|| variable("CARGO_PKG_HOMEPAGE"))
        .or_else(from_ci)
        .or_else(from_remote)
        .or_else(|| variable("CARGO_PKG_REPOSITORY"))
        .filter(|url| url.starts_with("https://"))
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
