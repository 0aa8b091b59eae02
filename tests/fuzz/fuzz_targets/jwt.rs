//! Any text as a token to decode: parsed or refused, never a panic.
#![no_main]

use cognito_login::workbench::{Jwt, jwt::unverified_claims};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|token: &str| {
    let _ = Jwt::parse(token);
    let _ = unverified_claims(token);
});
