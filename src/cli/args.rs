use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::messages::Lang;
use crate::profiles::ProfileName;
use crate::signin::Flow;

use super::device::DeviceArg;
pub use super::output_kinds::{OutputKind, TokenArg};
pub use super::prefill::Prefill;
pub use super::token_args::{SignOutArgs, TokenArgs};

/// `--version` names the commit too (build.rs), so a bug report says exactly what was run.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("COGNITO_LOGIN_COMMIT"),
    ")"
);

/// Sign in to an Amazon Cognito user pool and get the tokens.
///
/// Without a command, opens the window; the flags below prefill its form.
#[derive(Debug, Parser)]
#[command(name = "cognito-login", version = VERSION, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub prefill: Prefill,
    /// Identity pool ID for the window's Get AWS credentials panel, e.g.
    /// ap-northeast-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789 (its region may differ from the
    /// user pool's).
    #[arg(long, value_name = "ID")]
    pub identity_pool_id: Option<String>,
    /// Open the window offering the profiles in FILE for import.
    #[arg(long, value_name = "FILE")]
    pub import: Option<std::path::PathBuf>,
    /// Log what happens to stderr: -v for each call and its answer, -vv for more. Never
    /// passwords, secrets or tokens. The window also reads COGNITO_LOGIN_LOG=debug|trace.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// The language of the window and of the messages: ja (日本語) or en. Without it, the
    /// Language chosen in the window's About, else the system's.
    #[arg(long, value_enum, value_name = "LANG", global = true)]
    pub lang: Option<LangArg>,
}

/// The languages `--lang` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Ja,
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in without a window and print the tokens.
    ///
    /// The password comes from --password-stdin, else $COGNITO_PASSWORD, else a prompt on the
    /// terminal; the client secret only from $COGNITO_CLIENT_SECRET. Exit codes: 0 signed in,
    /// 2 invalid input, 3 Cognito refused, 4 network failure or timeout, 5 a challenge needs
    /// an answer.
    SignIn(SignInArgs),
    /// New ID and access tokens from a refresh token read from standard input.
    ///
    /// Standard input holds the refresh token alone, or the JSON `sign-in` printed. When the
    /// app client has a secret (from $COGNITO_CLIENT_SECRET), the hash needs Cognito's internal
    /// username: read from the JSON's ID token, else give --username (`cognito:username` in
    /// the ID token). Prints what `sign-in` prints; the refresh token is kept when Cognito
    /// sends no new one. Exit codes as for `sign-in`.
    Refresh(RefreshArgs),
    /// List, export or import profiles (the file a developer hands to testers).
    #[command(subcommand)]
    Profiles(ProfilesCommand),
    /// Get an access token for the app client itself (client credentials, machine to machine).
    ///
    /// Posts grant_type=client_credentials to the domain's /oauth2/token with the client secret
    /// from $COGNITO_CLIENT_SECRET (never a flag). Prints what `sign-in` prints, for the access
    /// token (there is no ID or refresh token). Exit codes as for `sign-in`.
    ClientToken(ClientTokenArgs),
    /// Decode a token read from standard input and check its signature.
    ///
    /// Prints {"header", "claims", "verification": {"status": "valid|invalid|unchecked",
    /// "reason"}}. The keys come from the token's issuer when that is Amazon Cognito itself
    /// (any other issuer is invalid, and nothing is fetched), or from --endpoint's
    /// /<pool id>/.well-known/jwks.json. Exit codes: 0 valid (or unchecked with --no-verify),
    /// 2 not a JWT, 3 invalid (signature, issuer, token use, client or expiry), 4 the keys
    /// could not be fetched.
    Decode(DecodeArgs),
    /// Print a profile's ID (or access) token on one line, for scripts:
    /// `curl -H "Authorization: Bearer $(cognito-login token --profile staging)"`.
    ///
    /// A cached token still valid for --min-valid seconds is printed at once (no network);
    /// otherwise it is refreshed with the refresh token the keychain keeps (`sign-in
    /// --remember`); otherwise, at a terminal, you sign in as `sign-in` asks. Exit codes as for
    /// `sign-in`; 3 also when there is no way left to get a token without you.
    Token(TokenArgs),
    /// Revoke a profile's kept refresh token with Cognito, and forget it and the cached tokens.
    SignOut(SignOutArgs),
    /// Temporary AWS credentials of a profile's user from its identity pool, for the AWS CLI.
    ///
    /// In ~/.aws/config: `credential_process = /usr/bin/cognito-login aws-credentials
    /// --profile staging` (full paths only). Prints the credential_process JSON (or export
    /// lines with --output env); the ID token comes as `token` gets one, and the credentials
    /// are kept, owner-only, until --min-valid seconds before they expire. Exit codes as for
    /// `sign-in`.
    AwsCredentials(super::aws_credentials_args::AwsCredentialsArgs),
    // The self-service commands' help is their flags' struct's (self_service_args.rs).
    SignUp(super::self_service_args::SignUpArgs),
    ConfirmSignUp(super::self_service_args::ConfirmSignUpArgs),
    ForgotPassword(super::self_service_args::ForgotPasswordArgs),
    ConfirmForgotPassword(super::self_service_args::ConfirmForgotPasswordArgs),
    ChangePassword(super::self_service_args::ChangePasswordArgs),
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// Print the saved profiles' names, one a line.
    List,
    /// Write a profile as a profile file (to stdout without FILE). Never contains a secret.
    Export {
        name: ProfileName,
        file: Option<std::path::PathBuf>,
    },
    /// Add the profiles in FILE; a name that exists already fails unless --replace.
    Import {
        file: std::path::PathBuf,
        #[arg(long)]
        replace: bool,
    },
    /// Delete a profile, and its client secret and refresh token from the system keychain.
    Delete { name: ProfileName },
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// Fetch the keys from this endpoint (an emulator, any server but Amazon Cognito) instead of
    /// the token's issuer.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// The user pool ID, when the issuer does not end with it.
    #[arg(long, value_name = "ID")]
    pub pool_id: Option<String>,
    /// Also check that the token was issued to this app client (aud or client_id).
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Only decode; do not fetch keys or check anything.
    #[arg(long)]
    pub no_verify: bool,
    /// Request timeout in seconds for fetching the keys.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
}

#[derive(Debug, Args)]
pub struct SignInArgs {
    /// Start from a saved profile; the flags given as well override its values.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<ProfileName>,
    #[command(flatten)]
    pub target: Prefill,
    /// Request timeout in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub output: Output,
    /// How to start: SRP with a fall-back to the password flow (auto), SRP only, or
    /// USER_PASSWORD_AUTH only.
    #[arg(long, value_enum)]
    pub flow: Option<FlowArg>,
    /// `user-auth`: choice-based sign-in (USER_AUTH); overrides --flow.
    #[arg(long, value_enum, value_name = "KIND")]
    pub auth: Option<AuthArg>,
    /// With --auth user-auth: PASSWORD, PASSWORD_SRP, EMAIL_OTP or SMS_OTP.
    #[arg(long, value_name = "CHALLENGE")]
    pub preferred_challenge: Option<String>,
    /// The code for an MFA or one-time-code challenge (authenticator app, SMS, e-mail),
    /// for scripts; a terminal is asked instead. The new password of NEW_PASSWORD_REQUIRED
    /// comes from $COGNITO_NEW_PASSWORD.
    #[arg(long, value_name = "CODE")]
    pub mfa_code: Option<String>,
    /// Sign in with a profile from a file that sends the password to this server (neither
    /// Amazon Cognito nor this computer), which is otherwise refused.
    #[arg(long, value_name = "HOST")]
    pub trust_endpoint: Option<String>,
    /// With exit code 5: include Cognito's Session in the printed challenge (whoever holds it
    /// can answer the challenge in the next 3 minutes; left out unless asked for).
    #[arg(long)]
    pub print_session: bool,
    #[command(flatten)]
    pub browser: BrowserArgs,
    #[command(flatten)]
    pub domain: DomainArgs,
    /// With --profile: keep the refresh token in the system keychain and the ID and access
    /// tokens in the token cache, for `cognito-login token`.
    #[arg(long, requires = "profile")]
    pub remember: bool,
    /// This computer as a remembered device (Cognito's device tracking): `remember` uses the
    /// one kept in the keychain, so Cognito skips MFA, or confirms and remembers a new one;
    /// `forget` forgets it here and with Cognito; `ignore` (the default) does neither.
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = DeviceArg::Ignore)]
    pub device: DeviceArg,
}

/// Where managed login and client credentials go: the pool's domain and what to ask for.
#[derive(Debug, Default, Clone, Args)]
pub struct DomainArgs {
    /// The user pool's domain, e.g. https://myapp.auth.eu-west-1.amazoncognito.com (or an
    /// emulator's address).
    #[arg(long, value_name = "URL")]
    pub domain: Option<String>,
    /// A scope to ask for; repeat the flag, or separate scopes with spaces.
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
}

/// Managed login in the browser (`sign-in --browser`).
#[derive(Debug, Default, Clone, Args)]
pub struct BrowserArgs {
    /// Sign in through the pool's managed login in the system browser (authorization code
    /// with PKCE) instead of with a password.
    #[arg(long)]
    pub browser: bool,
    /// With --browser: do not open a browser; print the address to stderr and wait for the
    /// redirect (for a browser on another machine or profile).
    #[arg(long)]
    pub no_browser: bool,
    /// With --browser: the callback URL registered on the app client (default
    /// http://localhost:53682/callback).
    #[arg(long, value_name = "URL")]
    pub callback: Option<String>,
    /// With --browser: go straight to this identity provider (Google, a SAML or OIDC
    /// provider's name), skipping Cognito's own page.
    #[arg(long, value_name = "NAME")]
    pub identity_provider: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClientTokenArgs {
    /// Start from a saved profile (kind client-credentials); flags override its values.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<ProfileName>,
    /// Where to ask: `--username` has no part in client credentials and is not read.
    #[command(flatten)]
    pub target: Prefill,
    #[command(flatten)]
    pub domain: DomainArgs,
    /// Request timeout in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
    #[command(flatten)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct RefreshArgs {
    /// Start from a saved profile; the flags given as well override its values.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<ProfileName>,
    #[command(flatten)]
    pub target: Prefill,
    /// Request timeout in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
    #[command(flatten)]
    pub output: Output,
}

/// What `sign-in` and `refresh` print on success.
#[derive(Debug, Clone, Args)]
pub struct Output {
    /// The form to print the tokens in.
    #[arg(long = "output", value_enum, default_value_t = OutputKind::Json)]
    pub kind: OutputKind,
    /// The token for `bearer` and `curl`.
    #[arg(long, value_enum, default_value_t = TokenArg::Id)]
    pub token: TokenArg,
    /// The URL for `--output curl`.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// With `--output postman-env`: put the refresh token in too (left out otherwise: it signs
    /// in again for days).
    #[arg(long)]
    pub include_refresh_token: bool,
}

/// Output flags that cannot work together, and the flag that fixes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputProblem {
    pub problem: &'static str,
    pub fix: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FlowArg {
    Auto,
    Srp,
    Password,
}

impl From<FlowArg> for Flow {
    fn from(flow: FlowArg) -> Self {
        match flow {
            FlowArg::Auto => Self::Auto,
            FlowArg::Srp => Self::Srp,
            FlowArg::Password => Self::Password,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthArg {
    /// USER_AUTH, choice-based sign-in.
    UserAuth,
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;
