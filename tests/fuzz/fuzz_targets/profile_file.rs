//! Any bytes as a profile file to import: profiles or a list of problems, never a panic; and
//! what it accepts survives an export and a second import unchanged.
#![no_main]

use cognito_login::profiles::file::{export, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(profiles) = parse(bytes) {
        let again = parse(export(&profiles).as_bytes()).expect("an export reads back");
        assert_eq!(again, profiles);
    }
});
