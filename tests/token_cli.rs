//! `cognito-login token`, `sign-in --remember` and `sign-out` as scripts run them: the built
//! binary against the emulators, with a private settings folder ($XDG_CONFIG_HOME), a private
//! cache folder ($XDG_CACHE_HOME) and the real Secret Service that
//! tests/keychain/with-secret-service.sh starts, so the refresh token really crosses from one
//! process to the next. MiniStack for the most part: it checks refresh tokens and revokes them;
//! moto where a server that cannot revoke is the point.
//!
//! Without the Secret Service (COGNITO_LOGIN_TEST_SECRET_SERVICE unset) these tests say why
//! and pass; under CI they fail instead, as tests/keychain_secret_service.rs does.
//! Unix only: the Secret Service, file modes and `script` for a terminal are Linux's.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cognito_login::keychain::{Keychain, SecretKind};
use cognito_login::profiles::{ProfileName, secret_binding};
use cognito_login::signin::Target;
use cognito_login::token_cache::file_safe;
use headless::{Run, cli_in};
use secrecy::SecretString;
use support::{claims, emulators};

/// One person's computer: a settings folder with one profile on MiniStack, a cache folder.
struct Home {
    config: tempfile::TempDir,
    cache: tempfile::TempDir,
    profile: String,
}

impl Home {
    /// A profile name of this run's own: parallel tests and earlier runs share the keychain.
    fn new(name: &str) -> Self {
        Self::on(&emulators().ministack, name, "")
    }

    /// A home whose profile signs in at `emu`, with `more` lines in its `[[profile]]`.
    fn on(emu: &support::Emulator, name: &str, more: &str) -> Self {
        Self::at_client(emu, &emu.clients.plain.id, name, more)
    }

    /// `on`, for the app client `client_id`.
    fn at_client(emu: &support::Emulator, client_id: &str, name: &str, more: &str) -> Self {
        let home = Self {
            config: tempfile::tempdir().unwrap(),
            cache: tempfile::tempdir().unwrap(),
            profile: format!("tc-{}-{name}", std::process::id()),
        };
        let file = home.config.path().join("profile.toml");
        std::fs::write(
            &file,
            format!(
                "version = 1\n\n[[profile]]\nname = \"{}\"\nuser_pool_id = \"{}\"\nclient_id = \"{}\"\nendpoint = \"{}\"\nusername = \"alice\"\n{more}",
                home.profile, emu.pool_id, client_id, emu.endpoint
            ),
        )
        .unwrap();
        let run = home.run("profiles", &["import", file.to_str().unwrap()], None);
        assert_eq!(run.code, 0, "{}", run.stderr);
        home
    }

    fn run(&self, command: &str, args: &[&str], stdin: Option<&str>) -> Run {
        let cache = self.cache.path().to_str().unwrap();
        cli_in(
            self.config.path(),
            command,
            args,
            stdin,
            &[("XDG_CACHE_HOME", cache)],
        )
    }

    fn token(&self, extra: &[&str]) -> Run {
        let mut args = vec!["--profile", self.profile.as_str()];
        args.extend(extra);
        self.run("token", &args, None)
    }

    /// `sign-in --profile NAME --remember`; the ID token it printed.
    fn remember(&self) -> String {
        self.remember_at(&emulators().ministack)
    }

    fn remember_at(&self, emu: &support::Emulator) -> String {
        let args = ["--profile", &self.profile, "--remember", "--password-stdin"];
        let run = self.run("sign-in", &args, Some(&emu.password));
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr
                .contains("kept the refresh token in the system keychain")
        );
        assert!(run.stderr.contains("cached the ID and access tokens"));
        let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        printed["IdToken"].as_str().unwrap().to_owned()
    }

    fn cache_file(&self) -> PathBuf {
        let name = file_safe(&ProfileName::from(self.profile.as_str()));
        (self.cache.path().join("cognito-login/tokens")).join(format!("tokens-{name}.json"))
    }

    fn keychain_entry(&self) -> cognito_login::keychain::Binding {
        self.keychain_entry_at(&emulators().ministack)
    }

    fn keychain_entry_at(&self, emu: &support::Emulator) -> cognito_login::keychain::Binding {
        let target = Target {
            endpoint: emu.endpoint.clone(),
            pool_id: emu.pool_id.clone(),
            client_id: emu.clients.plain.id.clone(),
            ..Target::default()
        };
        secret_binding(&ProfileName::from(self.profile.as_str()), &target)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        Keychain::system().forget_profile(&ProfileName::from(self.profile.as_str()));
    }
}

/// The file's identity: every write is a new file renamed into place.
fn inode(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().ino()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn assert_needs_sign_in(run: &Run, profile: &str) {
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    let hint = format!("hint: run `cognito-login sign-in --profile {profile} --remember` once");
    assert!(run.stderr.contains(&hint), "{}", run.stderr);
}

#[test]
fn remembered_sign_in_then_token_comes_from_the_cache() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("cached");
    let id = home.remember();
    let file = home.cache_file();
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        !text.contains("Refresh") && !text.contains("refresh"),
        "{text}"
    );
    let before = inode(&file);
    let run = home.token(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("{id}\n"));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(inode(&file), before, "the cache was written again");
    let access = home.token(&["--token", "access"]);
    assert_eq!(claims(access.stdout.trim())["token_use"], "access");
    let json = home.token(&["--output", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["IdToken"], id.as_str());
    assert!(json.get("RefreshToken").is_none(), "{json}");
    let expires = json["expires_at"].as_str().unwrap();
    assert!(expires.ends_with('Z') && expires.contains('T'), "{expires}");
    let bearer = home.token(&["--output", "bearer"]);
    assert_eq!(bearer.stdout, format!("Bearer {id}\n"));
    assert_eq!(inode(&file), before);
}

#[test]
fn a_token_not_valid_long_enough_is_refreshed_and_cached_again() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("refresh");
    home.remember();
    let before = inode(&home.cache_file());
    // Cognito's tokens last an hour: no cached token is valid for two.
    let run = home.token(&["--min-valid", "7200"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(claims(run.stdout.trim())["token_use"], "id");
    // A script's stderr stays quiet when all went well.
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_ne!(
        inode(&home.cache_file()),
        before,
        "the cache was not rewritten"
    );
    assert_eq!(mode(&home.cache_file()), 0o600);
}

#[test]
fn a_damaged_or_readable_cache_is_not_believed() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("damaged");
    let id = home.remember();
    let file = home.cache_file();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    let damaged = inode(&file);
    let run = home.token(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_ne!(inode(&file), damaged, "the damaged file was not replaced");
    let parsed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(parsed["id_token"].is_string());
    // Whole, but others may read it: refreshed instead, and the new file is owner-only.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = inode(&file);
    let run = home.token(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_ne!(inode(&file), before, "the readable file was believed");
    assert_eq!(mode(&file), 0o600);
    let _ = id;
}

#[test]
fn a_refused_refresh_token_without_a_terminal_exits_3_with_the_way_on() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("refused");
    home.remember();
    let garbage = SecretString::from("not-a-refresh-token");
    Keychain::system()
        .set(&home.keychain_entry(), SecretKind::RefreshToken, &garbage)
        .unwrap();
    let run = home.token(&["--min-valid", "7200"]);
    assert_needs_sign_in(&run, &home.profile);
    assert!(
        run.stderr.contains("refused the kept refresh token"),
        "{}",
        run.stderr
    );
    // A cached token still valid long enough does not need the refresh token.
    let run = home.token(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn two_runs_at_once_both_print_and_leave_a_whole_file() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("together");
    home.remember();
    let cache = home.cache.path().to_str().unwrap();
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_cognito-login"))
            .args(["token", "--profile", &home.profile, "--min-valid", "7200"])
            .env("XDG_CONFIG_HOME", home.config.path())
            .env("XDG_CACHE_HOME", cache)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (start(), start());
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        let printed = String::from_utf8(out.stdout).unwrap();
        assert_eq!(claims(printed.trim())["token_use"], "id");
    }
    let parsed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.cache_file()).unwrap()).unwrap();
    assert!(parsed["id_token"].is_string() && parsed["access_token"].is_string());
}

#[test]
fn clear_forgets_the_cached_tokens_but_not_the_refresh_token() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("clear");
    home.remember();
    let run = home.token(&["--clear"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!home.cache_file().exists());
    // The keychain's refresh token gets new ones.
    let run = home.token(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(home.cache_file().exists());
    let run = home.run("token", &["--clear"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!home.cache_file().exists());
}

#[test]
fn sign_out_revokes_and_forgets_the_refresh_token_and_the_cache() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let home = Home::new("signout");
    home.remember();
    let run = home.run("sign-out", &["--profile", &home.profile], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("Cognito revoked the refresh token"),
        "{}",
        run.stderr
    );
    assert!(!home.cache_file().exists());
    let kept = Keychain::system().get(&home.keychain_entry(), SecretKind::RefreshToken);
    assert!(kept.is_none());
    assert_needs_sign_in(&home.token(&[]), &home.profile);
    // Signed out already: nothing to revoke, still fine.
    let again = home.run("sign-out", &["--profile", &home.profile], None);
    assert_eq!(again.code, 0, "{}", again.stderr);
}

#[test]
fn remember_needs_a_profile_and_token_needs_a_known_one() {
    let emu = emulators().ministack;
    let run = headless::cli(
        "sign-in",
        &[
            "--endpoint",
            &emu.endpoint,
            "--client-id",
            "c",
            "--username",
            "u",
            "--remember",
        ],
        None,
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--profile"), "{}", run.stderr);
    let cache = tempfile::tempdir().unwrap();
    let cache = cache.path().to_str().unwrap();
    let run = headless::cli(
        "token",
        &["--profile", "nobody"],
        None,
        &[("XDG_CACHE_HOME", cache)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no profile named"), "{}", run.stderr);
    let run = headless::cli(
        "token",
        &["--profile", "nobody", "--output", "refresh-token"],
        None,
        &[("XDG_CACHE_HOME", cache)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("never prints the refresh token"),
        "{}",
        run.stderr
    );
}

/// moto has no RevokeToken: the copies here are gone all the same (exit 0), and the warning
/// says the refresh token still works until it expires.
#[test]
fn sign_out_where_the_server_cannot_revoke_warns_and_still_forgets() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let emu = emulators().moto;
    let home = Home::on(&emu, "moto", "flow = \"password\"\n");
    home.remember_at(&emu);
    let run = home.run("sign-out", &["--profile", &home.profile], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("works until it expires"),
        "{}",
        run.stderr
    );
    assert!(!home.cache_file().exists());
    let kept = Keychain::system().get(&home.keychain_entry_at(&emu), SecretKind::RefreshToken);
    assert!(kept.is_none());
}

/// `cognito-login token` in a terminal (`script` makes one) with the password typed there.
fn token_in_terminal(home: &Home, typed: &str) -> (bool, String) {
    use std::io::{Read as _, Write as _};
    let command = format!(
        "{} token --profile {}",
        env!("CARGO_BIN_EXE_cognito-login"),
        home.profile
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("XDG_CONFIG_HOME", home.config.path())
        .env("XDG_CACHE_HOME", home.cache.path())
        .env_remove("COGNITO_PASSWORD")
        .env_remove("COGNITO_CLIENT_SECRET")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut keyboard = child.stdin.take().unwrap();
    writeln!(keyboard, "{typed}").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "no exit within 20 s");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    drop(keyboard);
    let mut screen = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut screen)
        .unwrap();
    (status.success(), screen)
}

#[test]
fn at_a_terminal_token_signs_in_and_keeps_what_it_got() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let emu = emulators().ministack;
    let home = Home::new("terminal");
    let (ok, screen) = token_in_terminal(&home, &emu.password);
    assert!(ok, "{screen}");
    assert!(screen.contains("Password for alice"), "{screen}");
    assert!(screen.contains("kept the refresh token"), "{screen}");
    let cached = home.token(&[]);
    assert_eq!(cached.code, 0, "{}", cached.stderr);
    assert!(screen.contains(cached.stdout.trim()), "{screen}");
    let kept = Keychain::system().get(&home.keychain_entry(), SecretKind::RefreshToken);
    assert!(kept.is_some());
}

/// No keychain (no Secret Service on the bus): `--remember` says the refresh token could not
/// be kept, and still fills the cache, which `token` then answers from. Linux: elsewhere the
/// keychain is not on D-Bus.
#[cfg(target_os = "linux")]
#[test]
fn without_a_keychain_remember_still_fills_the_cache() {
    let emu = emulators().ministack;
    let home = Home::new("no-keychain");
    let cache = home.cache.path().to_str().unwrap().to_owned();
    let nowhere = home.cache.path().join("no-bus");
    let bus = format!("unix:path={}", nowhere.display());
    let env = [
        ("XDG_CACHE_HOME", cache.as_str()),
        ("DBUS_SESSION_BUS_ADDRESS", bus.as_str()),
    ];
    let args = ["--profile", &home.profile, "--remember", "--password-stdin"];
    let run = cli_in(
        home.config.path(),
        "sign-in",
        &args,
        Some(&emu.password),
        &env,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: the refresh token could not be kept"),
        "{}",
        run.stderr
    );
    assert!(home.cache_file().exists());
    let token = cli_in(
        home.config.path(),
        "token",
        &["--profile", &home.profile],
        None,
        &env,
    );
    assert_eq!(token.code, 0, "{}", token.stderr);
    assert_eq!(claims(token.stdout.trim())["token_use"], "id");
}

#[test]
fn a_refresh_refused_for_the_client_secret_says_so_instead_of_asking_to_sign_in_again() {
    if support::secret_service("token_cli").is_none() {
        return;
    }
    let emu = emulators().ministack;
    let secret = emu.clients.secret.secret.clone().unwrap();
    let home = Home::at_client(
        &emu,
        &emu.clients.secret.id,
        "secret",
        "flow = \"password\"\n",
    );
    let args = ["--profile", &home.profile, "--remember", "--password-stdin"];
    let cache = home.cache.path().to_str().unwrap().to_owned();
    let env = [
        ("XDG_CACHE_HOME", cache.as_str()),
        ("COGNITO_CLIENT_SECRET", secret.as_str()),
    ];
    let run = cli_in(
        home.config.path(),
        "sign-in",
        &args,
        Some(&emu.password),
        &env,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The same refresh without the client secret: MiniStack wants the SECRET_HASH. Signing in
    // again would not help, so the hint is about the secret, not `sign-in --remember`.
    let run = home.token(&["--min-valid", "7200"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("NotAuthorizedException"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("COGNITO_CLIENT_SECRET"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--remember` once"), "{}", run.stderr);

    // With it, the kept refresh token works.
    let run = cli_in(
        home.config.path(),
        "token",
        &["--profile", &home.profile, "--min-valid", "7200"],
        None,
        &env,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(claims(run.stdout.trim())["token_use"], "id");
}
