//! Secrets never leave where they belong. A headless sign-in and refresh with marker values for
//! the password, the client secret and the returned tokens, logging at its most verbose, must
//! leave none of them in the log or in any file under the config, data and cache folders.
//! (The tokens on stdout are the output asked for, and are not searched.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod faults;
mod headless;
mod support;

use faults::{Fault, MARKED_TOKENS};

const PASSWORD: &str = "MARKER-PASSWORD-2b6f";
const CLIENT_SECRET: &str = "MARKER-CLIENT-SECRET-c41d";

fn markers() -> Vec<&'static str> {
    let mut all = vec![PASSWORD, CLIENT_SECRET];
    all.extend(MARKED_TOKENS);
    all
}

fn assert_clean(what: &str, haystack: &[u8]) {
    let text = String::from_utf8_lossy(haystack);
    for marker in markers() {
        assert!(!text.contains(marker), "{what} holds {marker}:\n{text}");
    }
}

#[test]
fn a_verbose_headless_sign_in_and_refresh_leave_no_secret_behind() {
    let home = tempfile::tempdir().unwrap();
    let (config, data, cache) = (
        home.path().join("config"),
        home.path().join("data"),
        home.path().join("cache"),
    );
    let home_dir = home.path().to_str().unwrap().to_owned();
    let env = [
        ("HOME", home_dir.as_str()),
        ("XDG_DATA_HOME", data.to_str().unwrap()),
        ("XDG_CACHE_HOME", cache.to_str().unwrap()),
        ("COGNITO_CLIENT_SECRET", CLIENT_SECRET),
    ];
    let endpoint = faults::start(Fault::Marked);
    let target = [
        "--endpoint",
        endpoint.as_str(),
        "--client-id",
        "abc",
        "--username",
        "alice",
        "-vv",
    ];
    let mut args = target.to_vec();
    args.extend(["--flow", "password", "--password-stdin"]);
    let signed_in = headless::cli_in(&config, "sign-in", &args, Some(PASSWORD), &env);
    assert_eq!(signed_in.code, 0, "{}", signed_in.stderr);
    assert!(
        signed_in.stdout.contains(MARKED_TOKENS[0]),
        "the tokens are the output"
    );
    // The log is there, so a leak would be seen.
    assert!(
        signed_in.stderr.contains("TRACE") && signed_in.stderr.contains("InitiateAuth"),
        "{}",
        signed_in.stderr
    );
    assert_clean("the sign-in's log", signed_in.stderr.as_bytes());

    let refreshed = headless::cli_in(&config, "refresh", &target, Some(MARKED_TOKENS[2]), &env);
    assert_eq!(refreshed.code, 0, "{}", refreshed.stderr);
    assert!(
        refreshed.stderr.contains("REFRESH_TOKEN_AUTH")
            || refreshed.stderr.contains("InitiateAuth")
    );
    assert_clean("the refresh's log", refreshed.stderr.as_bytes());

    for (path, bytes) in support::files_under(home.path()) {
        assert_clean(&path.display().to_string(), &bytes);
    }
}
