//! What the headless commands print: which token, in which form. Their own file, so that each
//! command's flags (args.rs, token_args.rs) can name them without naming each other.

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenArg {
    Id,
    Access,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputKind {
    /// Cognito's AuthenticationResult object, as received.
    Json,
    IdToken,
    AccessToken,
    RefreshToken,
    /// A Postman environment (Environments > Import).
    PostmanEnv,
    /// ID_TOKEN=…, ACCESS_TOKEN=…, REFRESH_TOKEN=… lines.
    Env,
    /// `Bearer <token>` (the ID token unless --token access).
    Bearer,
    /// A curl command for --url with the Authorization header.
    Curl,
}
