//! Any bytes as a 2xx answer to InitiateAuth: decoded or refused, never a panic.
#![no_main]

use cognito_login::cognito::{AuthResponse, decode_response};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = decode_response::<AuthResponse>(200, None, None, None, body);
});
