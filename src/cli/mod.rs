//! The command line: flags that prefill the window, the headless `sign-in` and `refresh` for
//! scripts.

mod answers;
mod args;
mod drive;
mod password;
pub mod refresh;
pub mod sign_in;

pub use args::{Cli, Command, OutputKind, Prefill, RefreshArgs, SignInArgs};
