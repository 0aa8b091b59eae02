//! The flags of `aws-credentials`.

use clap::{Args, ValueEnum};

use crate::profiles::ProfileName;

#[derive(Debug, Args)]
pub struct AwsCredentialsArgs {
    /// The saved profile whose user the credentials are for.
    #[arg(long, value_name = "NAME")]
    pub profile: ProfileName,
    /// The identity pool, e.g. ap-northeast-1:0a1b2c3d-…; default: the profile's
    /// identity_pool_id.
    #[arg(long, value_name = "ID")]
    pub identity_pool_id: Option<String>,
    /// `credential-process`: the AWS CLI's JSON; `env`: shell export lines.
    #[arg(long = "output", value_enum, default_value_t = AwsOutput::CredentialProcess)]
    pub output: AwsOutput,
    /// Kept credentials are used only while they stay valid this many seconds more.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub min_valid: u64,
    /// Request timeout in seconds, when Cognito must be asked.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::signin::target::DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AwsOutput {
    /// {"Version":1,"AccessKeyId",…,"Expiration"} for `credential_process` in ~/.aws/config.
    CredentialProcess,
    /// `export AWS_ACCESS_KEY_ID=…` lines, for `eval "$(…)"`.
    Env,
}
