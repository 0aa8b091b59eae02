//! The command line: flags that prefill the window, and the headless `sign-in` for scripts.

mod args;
mod password;
pub mod sign_in;

pub use args::{Cli, Command, OutputKind, Prefill, SignInArgs};
