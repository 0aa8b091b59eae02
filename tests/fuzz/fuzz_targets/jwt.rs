//! Any text as a token to decode: parsed or refused, never a panic; and whatever times it
//! names (exp = 1e300, iat = -5, …) are shown as the window and the presets show them.
#![no_main]

use std::time::{Duration, SystemTime};

use cognito_login::workbench::jwt::{TIMES, expiry_words, local_date, unverified_claims, utc_rfc3339};
use cognito_login::workbench::Jwt;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|token: &str| {
    let _ = unverified_claims(token);
    let Ok(jwt) = Jwt::parse(token) else {
        return;
    };
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    for name in TIMES {
        if let Some(at) = jwt.time_claim(name) {
            let _ = local_date(at, "%Y-%m-%d %H:%M:%S");
            let _ = expiry_words(at, now);
            let _ = utc_rfc3339(at, chrono::SecondsFormat::Secs);
        }
    }
});
