//! The exit codes every headless command shares, as the README documents them. A leaf: the
//! commands and the printing name them from here.

use std::process::ExitCode;

/// How a headless command ended, as its exit code tells a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    /// Signed in, but the token asked for with --output was not in Cognito's answer.
    NoToken = 1,
    InvalidInput = 2,
    /// Cognito said no (wrong password, flow not enabled, …).
    Refused = 3,
    /// Nothing (or not Cognito) answered.
    Network = 4,
    /// Cognito asks for a challenge this run could not answer.
    Challenge = 5,
}

impl Exit {
    /// The number the process exits with.
    pub const fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        Self::from(exit.code())
    }
}
