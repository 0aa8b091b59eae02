//! Any bytes and headers as an error answer: a Cognito error or an "unexpected answer", with
//! a bounded excerpt, never a panic.
#![no_main]

use cognito_login::cognito::{CognitoError, decode_error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, Option<&str>, Option<&str>, &[u8])| {
    let (status, error_type, message, body) = input;
    if let CognitoError::UnexpectedResponse { detail, .. } =
        decode_error(status, error_type, message, None, body)
    {
        // The excerpt is short and holds no control characters, whatever came in.
        assert!(detail.chars().count() <= 240, "{detail}");
        assert!(!detail.chars().any(char::is_control), "{detail:?}");
    }
});
