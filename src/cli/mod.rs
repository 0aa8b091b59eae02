//! The command line: flags that prefill the window, and the headless `sign-in`, `refresh`,
//! `token`, `sign-out` and `decode` for scripts.

mod answers;
mod args;
pub mod aws_credentials;
mod aws_credentials_args;
mod browser;
pub mod client_token;
pub mod decode;
mod device;
mod drive;
pub mod exit;
mod keep;
mod outcome;
mod output;
mod output_kinds;
mod password;
mod prefill;
pub mod profiles;
pub mod refresh;
mod report;
mod saved_profile;
pub mod self_service;
mod self_service_args;
mod self_service_input;
pub mod sign_in;
pub mod sign_out;
pub mod speech;
pub mod token;
mod token_args;
mod token_output;

pub use password::window_client_secret;

pub use args::{
    Cli, ClientTokenArgs, Command, DecodeArgs, Output, OutputKind, Prefill, ProfilesCommand,
    RefreshArgs, SignInArgs, SignOutArgs, TokenArgs,
};
pub use aws_credentials_args::AwsCredentialsArgs;
pub use self_service_args::{
    ChangePasswordArgs, ConfirmForgotPasswordArgs, ConfirmSignUpArgs, ForgotPasswordArgs,
    SignUpArgs, Whom,
};
