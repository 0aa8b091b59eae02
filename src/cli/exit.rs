//! The exit codes every headless command shares, as the README documents them. A leaf: the
//! commands and the printing name them from here.

pub const EXIT_OK: u8 = 0;
/// Signed in, but the token asked for with --output was not in Cognito's answer.
pub const EXIT_NO_TOKEN: u8 = 1;
pub const EXIT_INVALID_INPUT: u8 = 2;
/// Cognito said no (wrong password, flow not enabled, …).
pub const EXIT_REFUSED: u8 = 3;
/// Nothing (or not Cognito) answered.
pub const EXIT_NETWORK: u8 = 4;
/// Cognito asks for a challenge this run could not answer.
pub const EXIT_CHALLENGE: u8 = 5;
