//! The non-secret settings, remembered between runs with confy under the app name
//! `cognito-login` (on Linux `$XDG_CONFIG_HOME/cognito-login/default-config.toml`).
//! Passwords, client secrets and tokens have no field here, so they cannot be written.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::signin::flow::Flow;
use crate::signin::form::DEFAULT_TIMEOUT_SECS;
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            region: String::new(),
            pool_id: String::new(),
            client_id: String::new(),
            username: String::new(),
            endpoint: String::new(),
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            flow: Flow::default(),
            preferred_challenge: String::new(),
            auto_refresh: false,
            copy_preset: Preset::default(),
            curl_url: String::new(),
            clear_clipboard_secs: 0,
        }
    }
}

pub trait SettingsStore {
    /// The saved settings, or the defaults and a sentence saying why they could not be read.
    fn load(&self) -> (Settings, Option<String>);
    fn save(&self, settings: &Settings) -> Result<(), String>;
}

/// The settings file on disk.
pub struct ConfyStore {
    path: Option<PathBuf>,
}

impl ConfyStore {
    /// The platform's config folder for this app.
    pub fn standard() -> Self {
        Self {
            path: confy::get_configuration_file_path(APP_NAME, None).ok(),
        }
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path: Some(path) }
    }
}

impl SettingsStore for ConfyStore {
    fn load(&self) -> (Settings, Option<String>) {
        let Some(path) = &self.path else {
            return (
                Settings::default(),
                Some("No settings folder was found; settings will not be remembered.".to_owned()),
            );
        };
        if !path.exists() {
            return (Settings::default(), None);
        }
        match confy::load_path(path) {
            Ok(settings) => (settings, None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "The saved settings in {} could not be read ({e}); starting with empty fields.",
                    path.display()
                )),
            ),
        }
    }

    fn save(&self, settings: &Settings) -> Result<(), String> {
        let path = self
            .path
            .as_ref()
            .ok_or_else(|| "no settings folder was found".to_owned())?;
        confy::store_path(path, settings).map_err(|e| format!("could not save settings: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_old_files_load() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfyStore::at(dir.path().join("cognito-login").join("default-config.toml"));
        assert_eq!(store.load(), (Settings::default(), None));
        let settings = Settings {
            client_id: "c1".into(),
            timeout_secs: 9,
            ..Settings::default()
        };
        store.save(&settings).unwrap();
        assert_eq!(store.load(), (settings, None));

        // A file from before a field existed still loads: the field takes its default.
        let path = dir.path().join("old.toml");
        std::fs::write(&path, "client_id = \"old\"\n").unwrap();
        let (old, warning) = ConfyStore::at(path).load();
        assert_eq!(
            (old.client_id.as_str(), old.timeout_secs, warning),
            ("old", DEFAULT_TIMEOUT_SECS, None)
        );
    }

    #[test]
    fn corrupt_file_gives_defaults_and_a_message() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, "this is = = not toml").unwrap();
        let (settings, warning) = ConfyStore::at(path).load();
        assert_eq!(settings, Settings::default());
        assert!(warning.unwrap().contains("could not be read"));
    }
}
