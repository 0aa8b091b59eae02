//! The keychain against a real Secret Service: gnome-keyring-daemon on a private D-Bus session
//! bus, started by tests/keychain/with-secret-service.sh (tests/run-all.sh runs `cargo test`
//! inside it). What the app stores must really be in the daemon (as `secret-tool`, of
//! libsecret-tools, and `dbus-send` see it: neither shares code with ours), in its default
//! (login) collection, whole, gone once deleted, and never in a file in plaintext.
//!
//! Without the script (COGNITO_LOGIN_TEST_SECRET_SERVICE unset) these tests say why and pass;
//! under CI they fail instead: there, an unreachable Secret Service is a broken test setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use cognito_login::cognito::{DeviceGroupKey, DeviceKey, DevicePassword, RememberedDevice};
use cognito_login::keychain::{Binding, Keychain, SecretKind};
use cognito_login::signin::DeviceOwner;
use secrecy::{ExposeSecret, SecretString};

// ---- The keychain API, in one place: adapt these when it changes. ----

/// The server and app client every secret here is bound to.
fn binding(profile: &str) -> Binding {
    Binding {
        profile: profile.into(),
        server: "cognito-idp.eu-west-1.amazonaws.com:443".to_owned(),
        client_id: "1example23456789abcdefghij".into(),
    }
}

fn put(keychain: &Keychain, profile: &str, kind: SecretKind, value: &str) {
    keychain
        .set(&binding(profile), kind, &SecretString::from(value))
        .unwrap();
}

fn take(keychain: &Keychain, profile: &str, kind: SecretKind) -> Option<String> {
    keychain
        .get(&binding(profile), kind)
        .map(|secret| secret.expose_secret().to_owned())
}

fn erase(keychain: &Keychain, profile: &str, kind: SecretKind) {
    keychain.delete(&profile.into(), kind);
}

fn forget(keychain: &Keychain, profile: &str) {
    keychain.forget_profile(&profile.into());
}

/// The Secret Service attributes of a profile's entry, as src/keychain.rs names it (keyring-core's
/// zbus store searches on `service` and `username`).
fn attributes(profile: &str, kind: SecretKind) -> [String; 4] {
    let key = match kind {
        SecretKind::ClientSecret => "client-secret",
        SecretKind::RefreshToken => "refresh-token",
    };
    [
        "service".to_owned(),
        "cognito-login".to_owned(),
        "username".to_owned(),
        format!("{profile}/{key}"),
    ]
}

// ---- The setup, and what the daemon holds (seen by dbus-send and secret-tool). ----

/// A profile name of this run's own, so that parallel tests and earlier runs never meet.
fn profile(name: &str) -> String {
    format!("kss-{}-{name}", std::process::id())
}

/// A call to the Secret Service through `dbus-send`: the object paths in its answer.
fn secrets_call(object: &str, method: &str, arg: &str) -> Vec<String> {
    let run = Command::new("dbus-send")
        .args(["--session", "--print-reply=literal"])
        .args(["--dest=org.freedesktop.secrets", object])
        .args([&format!("org.freedesktop.Secret.Service.{method}"), arg])
        .output()
        .expect("dbus-send (Debian: dbus-bin) must be installed");
    assert!(run.status.success(), "{run:?}");
    let answer = String::from_utf8(run.stdout).unwrap();
    let paths = answer.split_whitespace().filter(|w| w.starts_with('/'));
    paths.map(str::to_owned).collect()
}

/// The items the daemon finds for the entry (unlocked ones first), and its default collection.
fn items_and_default_collection(profile: &str, kind: SecretKind) -> (Vec<String>, String) {
    let service = "/org/freedesktop/secrets";
    let attrs = attributes(profile, kind).join(",");
    let items = secrets_call(
        service,
        "SearchItems",
        &format!("dict:string:string:{attrs}"),
    );
    let default = secrets_call(service, "ReadAlias", "string:default");
    (items, default.concat())
}

/// The value the daemon holds for the entry, as `secret-tool lookup` reads it; `None` when it
/// has none.
fn in_daemon(profile: &str, kind: SecretKind) -> Option<String> {
    lookup(&attributes(profile, kind)[3])
}

/// The value the daemon holds under the app's entry `username`, read by `secret-tool`.
fn lookup(username: &str) -> Option<String> {
    let run = Command::new("secret-tool")
        .args(["lookup", "service", "cognito-login", "username", username])
        .output()
        .expect("secret-tool (Debian: libsecret-tools) must be installed");
    run.status
        .success()
        .then(|| String::from_utf8(run.stdout).unwrap())
}

/// A refresh token shaped like Cognito's: a JWE of five base64url parts (header, encrypted key,
/// IV, ciphertext, tag), `len` characters.
fn long_token(len: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut token = String::from("eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ");
    let key = token.len() + 1 + 342;
    let dots = [token.len(), key, key + 1 + 22, len - 23];
    let mut state = seed;
    while token.len() < len {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        token.push(if dots.contains(&token.len()) {
            '.'
        } else {
            char::from(ALPHABET[(state >> 58) as usize])
        });
    }
    token
}

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

// ---- The tests. ----

#[test]
fn the_system_keychain_is_the_secret_service() {
    let Some(_) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let keychain = Keychain::system();
    assert_eq!(keychain.unavailable(), None);
}

/// Both kinds for two profiles, each read back as written, by a second `Keychain` (as the
/// app's next start would): they live in the daemon, in its login collection, not in this
/// process.
#[test]
fn secrets_round_trip_per_profile_through_the_daemon() {
    let Some(_) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let (dev, prod) = (profile("dev"), profile("prod"));
    let writer = Keychain::system();
    for name in [&dev, &prod] {
        put(
            &writer,
            name,
            SecretKind::ClientSecret,
            &format!("{name}-secret"),
        );
        put(
            &writer,
            name,
            SecretKind::RefreshToken,
            &format!("{name}-refresh"),
        );
    }
    put(&writer, &dev, SecretKind::ClientSecret, "dev-secret-2");
    let reader = Keychain::system();
    assert_eq!(
        take(&reader, &dev, SecretKind::ClientSecret).as_deref(),
        Some("dev-secret-2"),
        "a second write replaces the first"
    );
    for (name, kind, value) in [
        (&dev, SecretKind::RefreshToken, format!("{dev}-refresh")),
        (&prod, SecretKind::ClientSecret, format!("{prod}-secret")),
        (&prod, SecretKind::RefreshToken, format!("{prod}-refresh")),
    ] {
        assert_eq!(take(&reader, name, kind).as_deref(), Some(value.as_str()));
        let held = in_daemon(name, kind).expect("the daemon holds the entry");
        assert!(held.ends_with(&value), "secret-tool reads {held:?}");
    }
    let (items, default) = items_and_default_collection(&dev, SecretKind::ClientSecret);
    assert_eq!(default, "/org/freedesktop/secrets/collection/login");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].starts_with(&format!("{default}/")), "{items:?}");
    forget(&reader, &dev);
    forget(&reader, &prod);
}

/// A refresh token as long as a real Cognito one comes back whole.
#[test]
fn a_long_refresh_token_is_kept_whole() {
    let Some(_) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let name = profile("long");
    let token = long_token(2_000, 7);
    assert_eq!((token.len(), token.split('.').count()), (2_000, 5));
    put(&Keychain::system(), &name, SecretKind::RefreshToken, &token);
    let read = take(&Keychain::system(), &name, SecretKind::RefreshToken).unwrap();
    assert_eq!(read.len(), token.len());
    assert!(read == token, "the token came back changed");
    let held = in_daemon(&name, SecretKind::RefreshToken).unwrap();
    assert!(
        held.ends_with(&token),
        "the daemon holds {} bytes",
        held.len()
    );
    forget(&Keychain::system(), &name);
}

/// `delete` removes one entry from the daemon, `forget_profile` every entry of the profile,
/// and nothing of another profile.
#[test]
fn delete_and_forget_profile_remove_the_entries_from_the_daemon() {
    let Some(_) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let (gone, kept) = (profile("gone"), profile("kept"));
    let keychain = Keychain::system();
    for name in [&gone, &kept] {
        put(&keychain, name, SecretKind::ClientSecret, "secret");
        put(&keychain, name, SecretKind::RefreshToken, "refresh");
    }
    erase(&keychain, &gone, SecretKind::ClientSecret);
    assert_eq!(in_daemon(&gone, SecretKind::ClientSecret), None);
    assert_eq!(take(&keychain, &gone, SecretKind::ClientSecret), None);
    assert!(in_daemon(&gone, SecretKind::RefreshToken).is_some());
    erase(&keychain, &gone, SecretKind::ClientSecret); // nothing there: no harm

    forget(&keychain, &gone);
    for kind in [SecretKind::ClientSecret, SecretKind::RefreshToken] {
        assert_eq!(
            in_daemon(&gone, kind),
            None,
            "{kind:?} outlived its profile"
        );
        assert_eq!(take(&Keychain::system(), &gone, kind), None);
        assert!(
            in_daemon(&kept, kind).is_some(),
            "another profile's {kind:?} went"
        );
    }
    forget(&keychain, &kept);
    assert_eq!(in_daemon(&kept, SecretKind::RefreshToken), None);
}

/// gnome-keyring encrypts the login keyring: a stored value is in no file of the daemon's
/// home, while the keyring file it went to is there.
#[test]
fn a_stored_secret_is_in_no_file_in_plaintext() {
    let Some(home) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let name = profile("disk");
    let marker = format!("MARKER-{}-0f3a9c", std::process::id());
    let token = format!("{marker}-{}", long_token(1_800, 11));
    let keychain = Keychain::system();
    put(&keychain, &name, SecretKind::ClientSecret, &marker);
    put(&keychain, &name, SecretKind::RefreshToken, &token);
    assert!(in_daemon(&name, SecretKind::RefreshToken).is_some());
    let mut files = Vec::new();
    files_under(&home, &mut files);
    let keyring = home.join(".local/share/keyrings/login.keyring");
    assert!(files.contains(&keyring), "no login keyring in {files:?}");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(&marker),
            "{} holds the secret",
            file.display()
        );
        assert!(!text.contains(&token[token.len() - 64..]));
    }
    forget(&keychain, &name);
}

/// `cognito-login profiles …` with its own settings folder, as a person runs it.
fn profiles_cli(config: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cognito-login"))
        .arg("profiles")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .output()
        .unwrap()
}

/// A replace-import that points a profile at another server takes its saved secrets away
/// (from the real keychain, in the command line as in the window); `profiles delete` too.
#[test]
fn the_command_line_removes_secrets_a_profile_no_longer_fits() {
    let Some(_home) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let name = profile("cli");
    let file = |endpoint: &str| {
        let path = config.path().join("team.toml");
        let text = format!(
            "version = 1\n\n[[profile]]\nname = \"{name}\"\nregion = \"eu-west-1\"\nclient_id = \"teamclient\"\n{endpoint}"
        );
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    assert!(
        profiles_cli(config.path(), &["import", &file("")])
            .status
            .success()
    );
    let keychain = Keychain::system();
    let cognito = Binding {
        profile: name.clone().into(),
        server: "cognito-idp.eu-west-1.amazonaws.com".to_owned(),
        client_id: "teamclient".into(),
    };
    for kind in SecretKind::ALL {
        keychain
            .set(&cognito, kind, &SecretString::from("kept"))
            .unwrap();
    }
    // The same server and client again: the secrets fit, and stay.
    let same = file("");
    assert!(
        profiles_cli(config.path(), &["import", "--replace", &same])
            .status
            .success()
    );
    for kind in SecretKind::ALL {
        assert!(in_daemon(&name, kind).is_some(), "{kind:?}");
    }
    let elsewhere = file("endpoint = \"https://cognito.example.org/\"\n");
    let run = profiles_cli(config.path(), &["import", "--replace", &elsewhere]);
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{said}");
    assert!(
        said.contains(&format!(
            "removed the saved client secret and refresh token of \"{name}\""
        )),
        "{said}"
    );
    for kind in SecretKind::ALL {
        assert_eq!(in_daemon(&name, kind), None, "{kind:?}");
    }

    keychain
        .set(
            &cognito,
            SecretKind::ClientSecret,
            &SecretString::from("again"),
        )
        .unwrap();
    let run = profiles_cli(config.path(), &["delete", &name]);
    assert!(run.status.success());
    assert_eq!(in_daemon(&name, SecretKind::ClientSecret), None);
}

/// A remembered device (issue 19) is kept in the daemon under its owner, whole, for a second
/// `Keychain` to read, and gone once forgotten.
#[test]
fn a_remembered_device_is_kept_in_the_daemon_per_owner() {
    let Some(_) = support::secret_service("keychain_secret_service") else {
        return;
    };
    let (server, pool) = ("cognito-idp.eu-west-1.amazonaws.com", "eu-west-1_AbCdEf123");
    let username = profile("device");
    let owner = DeviceOwner {
        server: server.into(),
        pool_id: pool.into(),
        username,
    };
    let key = "eu-west-1_2f1d9a3c-0000-4000-8000-00000000abcd";
    let device = RememberedDevice {
        key: DeviceKey::parse(key).unwrap(),
        group_key: DeviceGroupKey::parse("-Grp12AbC").unwrap(),
        password: DevicePassword::new("cGFzc3dvcmQ="),
    };
    Keychain::system().keep_device(&owner, &device).unwrap();
    let read = Keychain::system().device(&owner).unwrap();
    assert_eq!(
        (read.key.as_str(), read.password.expose_secret()),
        (key, "cGFzc3dvcmQ=")
    );
    let entry = format!(
        "remembered-device [\"{server}\",\"{pool}\",\"{}\"]",
        owner.username
    );
    let held = lookup(&entry).unwrap_or_default();
    let format = "cognito-login remembered device 1\n{";
    assert!(held.starts_with(format) && held.contains(key), "{held}");
    Keychain::system().forget_device(&owner);
    assert_eq!(lookup(&entry), None);
    assert!(Keychain::system().device(&owner).is_none());
}
