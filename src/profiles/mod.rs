//! Named profiles (a region, pool, app client, flow, …) and the profile file a developer
//! hands to testers: TOML, versioned, strictly checked, never a secret in it.

pub mod file;

use serde::{Deserialize, Serialize};

use crate::signin::Flow;
use crate::workbench::Preset;

/// One environment to sign in to. No secret has a field here, so none can be written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub region: String,
    pub user_pool_id: String,
    pub client_id: String,
    pub endpoint: String,
    pub username: String,
    pub flow: Flow,
    pub copy_preset: Preset,
    /// A short label shown beside the name ("prod"), which also picks its colour.
    pub tag: String,
}
