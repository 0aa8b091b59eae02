//! AWS credentials from an identity pool, kept beside the tokens for `aws-credentials`: the
//! AWS CLI runs its `credential_process` for every command, and a round trip to Cognito each
//! time would make every `aws` call wait for it. Kept as the tokens are (owner-only, written
//! atomically, ignored when damaged, foreign or bound elsewhere), in the shape of Cognito's own
//! answer, so that a copy read back passes the very checks an answer does
//! (`AwsCredentials::from_kept`): one changed on disk never reaches the AWS CLI.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::cognito::{AwsCredentials, IdentityPoolId};
use crate::profiles::{Binding, ProfileName};

use super::{TokenCache, file_safe, private_json};

/// Kept credentials are well under 8 KiB; anything larger was not written here.
const MOST_READ: u64 = 64 * 1024;
const VERSION: u64 = 1;

/// The file: where the credentials may be used, and Cognito's answer that carried them.
#[derive(Serialize, Deserialize)]
struct Kept {
    version: u64,
    server: String,
    client_id: String,
    identity_pool_id: String,
    /// Whose they are: the ID token's `sub`. Another person signing in to the profile (the
    /// cached tokens are then theirs) must not be handed the last one's credentials.
    user: String,
    credentials: serde_json::Value,
}

impl TokenCache {
    /// The file `profile`'s AWS credentials are kept in.
    pub fn aws_file(&self, profile: &ProfileName) -> PathBuf {
        self.dir
            .join(format!("aws-credentials-{}.json", file_safe(profile)))
    }

    /// `at.profile`'s kept AWS credentials from identity pool `pool`, when there is a file to
    /// believe, written for `at`'s server and app client, that pool and `user` (the ID
    /// token's `sub`). Whether they are still valid is the caller's question.
    pub fn read_aws(
        &self,
        at: &Binding,
        pool: &IdentityPoolId,
        user: &str,
    ) -> Option<AwsCredentials> {
        let path = self.aws_file(&at.profile);
        let bytes = Zeroizing::new(private_json::read_checked(&path, MOST_READ)?);
        let Ok(kept) = serde_json::from_slice::<Kept>(&bytes) else {
            tracing::debug!(file = %path.display(), "ignored kept AWS credentials: not readable");
            return None;
        };
        let believed = kept.version == VERSION
            && kept.server == at.server
            && kept.client_id == at.client_id.as_str()
            && kept.identity_pool_id == pool.as_str()
            && !user.is_empty()
            && kept.user == user;
        if !believed {
            tracing::debug!(file = %path.display(), "ignored kept AWS credentials for another pool, client, server or user");
            return None;
        }
        AwsCredentials::from_kept(kept.credentials)
            .inspect_err(|e| tracing::debug!(file = %path.display(), why = %e, "ignored kept AWS credentials"))
            .ok()
    }

    /// Keeps `credentials` for `at.profile`, bound to `at`'s server, app client, `pool` and
    /// `user`.
    pub fn write_aws(
        &self,
        at: &Binding,
        pool: &IdentityPoolId,
        user: &str,
        credentials: &AwsCredentials,
    ) -> Result<(), String> {
        let kept = Kept {
            version: VERSION,
            server: at.server.clone(),
            client_id: at.client_id.as_str().to_owned(),
            identity_pool_id: pool.as_str().to_owned(),
            user: user.to_owned(),
            credentials: credentials.to_kept(),
        };
        let bytes = Zeroizing::new(serde_json::to_vec(&kept).map_err(|e| e.to_string())?);
        private_json::write_atomic(&self.aws_file(&at.profile), &bytes).map_err(|e| {
            format!(
                "the AWS credentials could not be kept in {}: {e}",
                self.dir.display()
            )
        })
    }
}

#[cfg(test)]
#[path = "aws_tests.rs"]
mod tests;
