//! Profiles from the command line: import, list, export, `--profile`, and every malformed
//! file refused with nothing changed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod faults;
mod headless;
mod support;

use std::path::{Path, PathBuf};

use headless::*;
use support::emulators;

/// 0600 on Unix; elsewhere the user's folders keep others out.
fn assert_owner_only(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
    }
    let _ = path;
}

fn settings_file(config: &Path) -> PathBuf {
    config.join("cognito-login").join("default-config.toml")
}

fn write(dir: &Path, name: &str, text: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn profile_file(emu: &support::Emulator, name: &str) -> String {
    format!(
        "version = 1\n\n[[profile]]\nname = \"{name}\"\nuser_pool_id = \"{}\"\nclient_id = \"{}\"\nendpoint = \"{}\"\nusername = \"alice\"\nflow = \"password\"\ntag = \"dev\"\n",
        emu.pool_id, emu.clients.plain.id, emu.endpoint
    )
}

#[test]
fn import_list_export_round_trip_and_sign_in_with_a_profile() {
    let emu = emulators().moto;
    let config = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let first = write(
        files.path(),
        "team.toml",
        profile_file(&emu, "moto dev").as_bytes(),
    );
    let run = cli_in(config.path(), "profiles", &["import", &first], None, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("imported: moto dev"));
    let host = emu
        .endpoint
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert!(
        run.stderr.contains(&format!(
            "moto dev sends the password to this computer ({host})"
        )),
        "{}",
        run.stderr
    );
    let run = cli_in(config.path(), "profiles", &["list"], None, &[]);
    assert_eq!(run.stdout, "moto dev\n");
    // The settings and an exported file are the owner's alone, even over an older, wider file.
    let to_file = files.path().join("exported.toml");
    write(files.path(), "exported.toml", b"older");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&to_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let exported_to = to_file.to_str().unwrap();
    let run = cli_in(
        config.path(),
        "profiles",
        &["export", "moto dev", exported_to],
        None,
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_owner_only(&to_file);
    assert_owner_only(&settings_file(config.path()));

    // Export, import into another app's settings, export again: the same file.
    let run = cli_in(
        config.path(),
        "profiles",
        &["export", "moto dev"],
        None,
        &[],
    );
    assert_eq!(run.code, 0);
    let exported = run.stdout;
    let other = tempfile::tempdir().unwrap();
    let again = write(files.path(), "again.toml", exported.as_bytes());
    assert_eq!(
        cli_in(other.path(), "profiles", &["import", &again], None, &[]).code,
        0
    );
    let run = cli_in(other.path(), "profiles", &["export", "moto dev"], None, &[]);
    assert_eq!(run.stdout, exported);

    // A second import of the same name is refused, then allowed with --replace.
    let run = cli_in(config.path(), "profiles", &["import", &first], None, &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("exists already"), "{}", run.stderr);
    let run = cli_in(
        config.path(),
        "profiles",
        &["import", &first, "--replace"],
        None,
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The profile fills the flags; flags given as well win.
    let args = [
        "--profile",
        "moto dev",
        "--password-stdin",
        "--output",
        "id-token",
    ];
    let run = cli_in(config.path(), "sign-in", &args, Some(&emu.password), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        support::claims(run.stdout.trim())["cognito:username"],
        "alice"
    );
    assert!(
        run.stderr.contains("USER_PASSWORD_AUTH"),
        "the profile's flow is used"
    );
    let overridden = [
        "--profile",
        "moto dev",
        "--username",
        "nobody",
        "--password-stdin",
    ];
    let run = cli_in(
        config.path(),
        "sign-in",
        &overridden,
        Some(&emu.password),
        &[],
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("UserNotFoundException"),
        "{}",
        run.stderr
    );

    let run = cli_in(
        config.path(),
        "sign-in",
        &["--profile", "nope", "--password-stdin"],
        Some("x"),
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no profile named \"nope\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_malformed_file_changes_nothing() {
    let emu = emulators().moto;
    let config = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let good = write(
        files.path(),
        "good.toml",
        profile_file(&emu, "kept").as_bytes(),
    );
    assert_eq!(
        cli_in(config.path(), "profiles", &["import", &good], None, &[]).code,
        0
    );
    let before = std::fs::read(settings_file(config.path())).unwrap();

    let mut huge = b"version = 1\n".to_vec();
    huge.extend(std::iter::repeat_n(b'#', 300 * 1024));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("types.toml", b"version = 1\n[[profile]]\nname = 1\nclient_id = \"c\"\nregion = \"eu-west-1\"\n".to_vec(), "must be a string"),
        ("unknown.toml", b"version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\nshade = \"x\"\n".to_vec(), "unknown key `shade`"),
        ("missing.toml", b"version = 1\n[[profile]]\nname = \"a\"\n".to_vec(), "`client_id` is required"),
        ("huge.toml", huge, "at most 256 KiB"),
        ("binary.toml", vec![0xff, 0x00, 0xfe], "not UTF-8"),
        // Today's code took the first profile of an empty list and aborted.
        ("empty.toml", b"version = 1\nprofile = []\n".to_vec(), "the file has no [[profile]]"),
        ("secret.toml", b"version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\nclient_secret = \"s3cr3t\"\n".to_vec(), "secrets never go in profile files"),
    ];
    for (name, bytes, expected) in cases {
        let path = write(files.path(), name, &bytes);
        let run = cli_in(config.path(), "profiles", &["import", &path], None, &[]);
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains("nothing was imported"),
            "{name}: {}",
            run.stderr
        );
        assert_eq!(
            std::fs::read(settings_file(config.path())).unwrap(),
            before,
            "{name} changed the settings"
        );
    }
}

/// A profile from a file that sends the password to a server that is neither Amazon Cognito
/// nor this computer: `sign-in` refuses it (exit 2, nothing sent) until --trust-endpoint names
/// that server. Today's sign-in sent the password there.
#[test]
fn a_handed_over_profile_pointing_elsewhere_needs_trust_endpoint() {
    let config = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let host = "cognito-idp.eu-west-1.amazonaws.com.evil.example";
    let file = write(
        files.path(),
        "prod.toml",
        format!("version = 1\n[[profile]]\nname = \"prod\"\nuser_pool_id = \"eu-west-1_AbC123\"\nclient_id = \"c1\"\nusername = \"alice\"\nendpoint = \"https://{host}/\"\n").as_bytes(),
    );
    let run = cli_in(config.path(), "profiles", &["import", &file], None, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sign_in = |extra: &[&str]| {
        let mut args = vec!["--profile", "prod", "--password-stdin", "--timeout", "3"];
        args.extend_from_slice(extra);
        cli_in(config.path(), "sign-in", &args, Some("hunter2"), &[])
    };
    let run = sign_in(&[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("--trust-endpoint {host}")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not Amazon Cognito"), "{}", run.stderr);
    assert!(sign_in(&["--trust-endpoint", "other.example"]).code == 2);
    // Trusted, it is sent. Through the tests' proxy (which refuses every tunnel), so nothing
    // leaves this computer: the proxy is asked for that host.
    let (proxy, seen) = faults::start_proxy();
    let run = sign_in(&["--trust-endpoint", host, "--proxy", &proxy]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert_eq!(
        *seen.lock().unwrap(),
        [format!("CONNECT {host}:443 HTTP/1.1")]
    );
}

/// `profiles delete NAME` removes the profile (and, where a keychain is reachable, its
/// secrets); the current profile moves on; a name that is not there is an error.
#[test]
fn profiles_delete_removes_a_profile() {
    let emu = emulators().moto;
    let config = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    for name in ["one", "two"] {
        let file = write(
            files.path(),
            &format!("{name}.toml"),
            profile_file(&emu, name).as_bytes(),
        );
        let run = cli_in(config.path(), "profiles", &["import", &file], None, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let run = cli_in(config.path(), "profiles", &["delete", "one"], None, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("deleted \"one\""), "{}", run.stderr);
    let run = cli_in(config.path(), "profiles", &["list"], None, &[]);
    assert_eq!(run.stdout, "two\n");
    let saved = std::fs::read_to_string(settings_file(config.path())).unwrap();
    assert!(saved.contains("current = \"two\""), "{saved}");
    let run = cli_in(config.path(), "profiles", &["delete", "one"], None, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
