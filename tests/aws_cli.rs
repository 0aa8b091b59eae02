//! `cognito-login aws-credentials` as the AWS CLI runs it (issue 18): a profile with an
//! identity pool signs in once with `--remember`, then the real `aws` (from the emulators'
//! venv) with `credential_process` pointing at the built binary calls STS on MiniStack, which
//! checks the request's SigV4 signature against the credentials it handed out: a wrong secret
//! key is `SignatureDoesNotMatch`, so a caller identity back means the credentials are whole.
//! The refresh token lives in a real Secret Service (tests/keychain/with-secret-service.sh).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use headless::{Run, cli_in};
use support::{Emulator, emulators};

/// A run's own folders: settings, cache and the AWS CLI's config.
struct Home {
    dir: tempfile::TempDir,
    profile: String,
}

impl Home {
    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn cache(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    fn env(&self) -> Vec<(String, String)> {
        vec![(
            "XDG_CACHE_HOME".to_owned(),
            self.cache().display().to_string(),
        )]
    }

    fn run(&self, command: &str, args: &[&str], stdin: Option<&str>) -> Run {
        let env = self.env();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        cli_in(&self.config(), command, args, stdin, &env)
    }
}

/// A profile for MiniStack's pool and its identity pool (`identity_pool_id` as given),
/// imported into a fresh home.
fn home_with_profile(emu: &Emulator, name: &str, identity_pool_id: &str) -> Home {
    let home = Home {
        dir: tempfile::tempdir().unwrap(),
        profile: format!("aws-{}-{name}", std::process::id()),
    };
    let file = home.dir.path().join("profile.toml");
    std::fs::write(
        &file,
        format!(
            "version = 1\n[[profile]]\nname = \"{}\"\nuser_pool_id = \"{}\"\nclient_id = \"{}\"\n\
             endpoint = \"{}\"\nusername = \"alice\"\nflow = \"password\"\nidentity_pool_id = \"{identity_pool_id}\"\n",
            home.profile, emu.pool_id, emu.clients.plain.id, emu.endpoint
        ),
    )
    .unwrap();
    let import = home.run("profiles", &["import", file.to_str().unwrap()], None);
    assert_eq!(import.code, 0, "{}", import.stderr);
    home
}

fn signed_in_home(emu: &Emulator, name: &str, identity_pool_id: &str) -> Home {
    let home = home_with_profile(emu, name, identity_pool_id);
    let run = home.run(
        "sign-in",
        &["--profile", &home.profile, "--remember", "--password-stdin"],
        Some(&emu.password),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    home
}

fn aws_cli() -> PathBuf {
    let aws = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/venv/bin/aws");
    assert!(
        aws.exists(),
        "no AWS CLI at {}: run `bash tests/emulators/install.sh`",
        aws.display()
    );
    aws
}

/// `aws sts get-caller-identity` as the AWS CLI profile `staging`, whose credentials come from
/// `credential_process = <this build> aws-credentials --profile <profile>`.
fn caller_identity(home: &Home, emu: &Emulator) -> std::process::Output {
    let config = home.dir.path().join("aws-config");
    std::fs::write(
        &config,
        format!(
            "[profile staging]\ncredential_process = \"{}\" aws-credentials --profile {}\nregion = {}\n",
            env!("CARGO_BIN_EXE_cognito-login"),
            home.profile,
            emu.region
        ),
    )
    .unwrap();
    let mut aws = Command::new(aws_cli());
    aws.args(["sts", "get-caller-identity", "--profile", "staging"])
        .args(["--endpoint-url", &emu.endpoint, "--output", "json"])
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_SHARED_CREDENTIALS_FILE", home.dir.path().join("none"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("XDG_CONFIG_HOME", home.config())
        .env("XDG_CACHE_HOME", home.cache());
    for name in [
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        aws.env_remove(name);
    }
    aws.output().unwrap()
}

#[test]
fn the_aws_cli_runs_as_the_cognito_user_through_credential_process() {
    if support::secret_service("aws_cli").is_none() {
        return;
    }
    let emu = emulators().ministack;
    let identity = emu
        .identity
        .clone()
        .expect("MiniStack has an identity pool");
    let home = signed_in_home(&emu, "cli", &identity.pool_id);
    let kept = home
        .cache()
        .join("cognito-login/tokens")
        .join(format!("aws-credentials-{}.json", home.profile));
    let mut first = None;
    for round in ["fetched", "cached"] {
        let out = caller_identity(&home, &emu);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{round}: {stdout}\n{stderr}");
        let answer: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let arn = answer["Arn"].as_str().unwrap();
        assert!(
            arn.contains(":assumed-role/") && arn.ends_with("/CognitoIdentityCredentials"),
            "{round}: {arn}"
        );
        // The second `aws` run is answered from the kept copy: not fetched and written again.
        let written = std::fs::read(&kept).unwrap();
        assert_eq!(
            *first.get_or_insert_with(|| written.clone()),
            written,
            "{round}"
        );
    }
}

#[test]
fn credential_process_output_is_the_aws_cli_format_and_env_lines_export_the_same_keys() {
    if support::secret_service("aws_cli").is_none() {
        return;
    }
    let emu = emulators().ministack;
    let identity = emu.identity.clone().unwrap();
    let home = signed_in_home(&emu, "format", &identity.pool_id);
    let run = home.run("aws-credentials", &["--profile", &home.profile], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["Version"], 1);
    let key = printed["AccessKeyId"].as_str().unwrap();
    let secret = printed["SecretAccessKey"].as_str().unwrap();
    assert!(
        printed["SessionToken"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
    let expiration = printed["Expiration"].as_str().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(expiration).is_ok(),
        "{expiration}"
    );
    assert!(!run.stderr.contains(secret), "a secret went to stderr");

    let env = home.run(
        "aws-credentials",
        &["--profile", &home.profile, "--output", "env"],
        None,
    );
    assert_eq!(env.code, 0, "{}", env.stderr);
    assert!(
        env.stdout.contains(&format!("AWS_ACCESS_KEY_ID={key}"))
            || env.stdout.contains(&format!("AWS_ACCESS_KEY_ID='{key}'")),
        "{}",
        env.stdout
    );
    assert!(
        env.stdout.contains("export AWS_SESSION_TOKEN="),
        "{}",
        env.stdout
    );

    // Kept for the next run, readable by the owner alone.
    let kept = files_under(&home.cache());
    assert!(!kept.is_empty(), "nothing cached");
    #[cfg(unix)]
    for file in &kept {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{} is {mode:o}", file.display());
    }
}

#[test]
fn an_unknown_identity_pool_is_refused_with_its_code_and_a_missing_one_is_invalid_input() {
    if support::secret_service("aws_cli").is_none() {
        return;
    }
    let emu = emulators().ministack;
    let home = signed_in_home(
        &emu,
        "unknown",
        "us-east-1:00000000-0000-0000-0000-000000000000",
    );
    let run = home.run("aws-credentials", &["--profile", &home.profile], None);
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("ResourceNotFoundException"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    let none = home_with_profile(&emu, "none", "");
    let run = none.run("aws-credentials", &["--profile", &none.profile], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("identity pool"), "{}", run.stderr);
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}
