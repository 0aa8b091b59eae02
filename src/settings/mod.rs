//! The non-secret settings, remembered between runs under the app name `cognito-login` (on
//! Linux `$XDG_CONFIG_HOME/cognito-login/default-config.toml`, the path confy gives).
//! Passwords, client secrets and tokens have no field here, so they cannot be written.
//!
//! `Settings` is what the form shows: the current profile and the app-wide choices. The file
//! holds every profile (store.rs).

use serde::{Deserialize, Serialize};

use crate::signin::flow::Flow;
use crate::signin::target::DEFAULT_TIMEOUT_SECS;
use crate::workbench::Preset;

pub const APP_NAME: &str = "cognito-login";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub region: String,
    pub pool_id: String,
    pub client_id: String,
    pub username: String,
    pub endpoint: String,
    /// The proxy for every request; empty for the system's settings (HTTPS_PROXY, NO_PROXY).
    pub proxy: String,
    pub timeout_secs: u64,
    pub flow: Flow,
    /// USER_AUTH's PREFERRED_CHALLENGE; empty lets Cognito offer the choice.
    pub preferred_challenge: String,
    /// Refresh the tokens shortly before they expire, while the window is open.
    pub auto_refresh: bool,
    /// The form Copy puts a token in, as last chosen.
    pub copy_preset: Preset,
    /// The URL of the curl preset.
    pub curl_url: String,
    /// Clear the clipboard this many seconds after copying a token (0: never).
    pub clear_clipboard_secs: u64,
    /// Keep each profile's refresh token in the system keychain, to sign in again without
    /// the password.
    pub remember_refresh_token: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            region: String::new(),
            pool_id: String::new(),
            client_id: String::new(),
            username: String::new(),
            endpoint: String::new(),
            proxy: String::new(),
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            flow: Flow::default(),
            preferred_challenge: String::new(),
            auto_refresh: false,
            copy_preset: Preset::default(),
            curl_url: String::new(),
            clear_clipboard_secs: 0,
            remember_refresh_token: false,
        }
    }
}

pub trait SettingsStore {
    /// The saved settings, or the defaults and a sentence saying why they could not be read.
    fn load(&self) -> (Settings, Option<String>);
    /// Saves the form's values into the current profile.
    fn save(&self, settings: &Settings) -> Result<(), String>;
    /// Every profile and choice, as last loaded or saved.
    fn config(&self) -> Config;
    fn save_config(&self, config: &Config) -> Result<(), String>;
}

mod form_values;
mod profile_edits;
mod store;

pub use profile_edits::{
    AfterImport, Deleted, ImportRules, Imported, NEW_PROFILE_NAME, NameProblem, Renamed, SameName,
};
pub use store::{Config, ConfyStore, SCHEMA_VERSION};
