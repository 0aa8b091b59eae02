//! Where a sign-in goes and who signs in (`Target`), and the machine's network (`Connection`):
//! one struct each, held by the form, the settings, the profile and the command line's
//! prefill, so that a value is never copied field by field from one to the other.

use serde::{Deserialize, Serialize};

use crate::cognito::{Endpoint, EndpointError};

use super::flow::Flow;
use super::kind::{ManagedLogin, SignInKind};

/// Seconds before a request is given up, unless the person chose otherwise.
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;

/// Where a sign-in goes and who signs in. Empty fields are empty strings, as typed.
///
/// The field order is the settings file's key order inside `[[profile]]`, where this struct
/// is flattened: keep it so that the file is written as before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Target {
    pub region: String,
    /// The user pool ID. The settings file has always called it `user_pool_id` in a profile;
    /// the first slice's flat settings called it `pool_id`, which is still read.
    #[serde(rename = "user_pool_id", alias = "pool_id")]
    pub pool_id: String,
    pub client_id: String,
    pub endpoint: String,
    pub username: String,
    pub flow: Flow,
    /// How the tokens are got: password (the default, not written), browser or client
    /// credentials (issue 17).
    #[serde(skip_serializing_if = "SignInKind::is_default")]
    pub kind: SignInKind,
    /// The identity pool that trades the ID token for AWS credentials (issue 18); empty when
    /// the profile has none, and then not written, so older files read and write as before.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub identity_pool_id: String,
    /// The pool's domain and the rest of managed login, flattened: `domain`, `callback_url`,
    /// `scopes`, … sit beside the other keys.
    #[serde(flatten)]
    pub managed: ManagedLogin,
}

impl Target {
    /// The texts a person types, in the form's order.
    pub fn texts(&self) -> [&str; 5] {
        [
            &self.region,
            &self.pool_id,
            &self.client_id,
            &self.username,
            &self.endpoint,
        ]
    }

    /// Nothing typed but blanks: not worth a profile of its own. The flow is a choice with a
    /// default, so it does not count.
    pub fn is_blank(&self) -> bool {
        self.texts().iter().all(|text| text.trim().is_empty())
            && self.managed.domain.trim().is_empty()
    }

    /// The same with the blanks a paste brings along taken off each end, as it is saved.
    pub fn trimmed(&self) -> Self {
        let trim = |text: &str| text.trim().to_owned();
        Self {
            region: trim(&self.region),
            pool_id: trim(&self.pool_id),
            client_id: trim(&self.client_id),
            endpoint: trim(&self.endpoint),
            username: trim(&self.username),
            flow: self.flow,
            kind: self.kind,
            identity_pool_id: trim(&self.identity_pool_id),
            managed: self.managed.trimmed(),
        }
    }

    /// Where the requests go (the proxy aside), once region, pool ID or endpoint make sense.
    pub fn resolve(&self) -> Result<Endpoint, EndpointError> {
        Endpoint::resolve(&self.region, &self.pool_id, &self.endpoint)
    }
}

/// How this machine reaches the network: the same for every profile, so a profile does not
/// carry it; the settings file keeps it once, beside the profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Connection {
    /// Seconds before a request is given up.
    pub timeout_secs: u64,
    /// The proxy for every request; empty for the system's settings (HTTPS_PROXY, NO_PROXY).
    pub proxy: String,
}

impl Default for Connection {
    fn default() -> Self {
        Self {
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            proxy: String::new(),
        }
    }
}

impl Connection {
    /// The same with the proxy's surrounding blanks taken off, as it is saved.
    pub fn trimmed(&self) -> Self {
        Self {
            timeout_secs: self.timeout_secs,
            proxy: self.proxy.trim().to_owned(),
        }
    }
}

#[cfg(test)]
#[path = "target_tests.rs"]
mod tests;
