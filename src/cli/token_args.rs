//! The flags of `token` and `sign-out`: the commands that work from what is kept between runs
//! (the token cache and the keychain's refresh token) instead of a password each time.

use clap::Args;

use crate::profiles::ProfileName;

use super::output_kinds::{OutputKind, TokenArg};

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The saved profile whose token to print (required unless --clear).
    #[arg(long, value_name = "NAME", required_unless_present = "clear")]
    pub profile: Option<ProfileName>,
    /// Which token to print.
    #[arg(long, value_enum, default_value_t = TokenArg::Id)]
    pub token: TokenArg,
    /// A cached token is used only while it stays valid this many seconds more; otherwise it
    /// is refreshed.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub min_valid: u64,
    /// Print it as a preset instead of bare (`json` adds `expires_at`).
    #[arg(long = "output", value_enum)]
    pub output: Option<OutputKind>,
    /// The URL for `--output curl`.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Forget the cached tokens (of --profile, else of every profile) instead of printing.
    #[arg(long)]
    pub clear: bool,
    /// Request timeout in seconds, when a refresh or sign-in is needed.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
}

#[derive(Debug, Args)]
pub struct SignOutArgs {
    /// The saved profile to sign out of.
    #[arg(long, value_name = "NAME")]
    pub profile: ProfileName,
    /// Request timeout in seconds for revoking the refresh token.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
}
