//! The non-secret settings, remembered between runs under the app name `cognito-login` (on
//! Linux `$XDG_CONFIG_HOME/cognito-login/default-config.toml`, the path confy gives).
//! Passwords, client secrets and tokens have no field here, so they cannot be written.
//!
//! `Settings` is what the form shows: the current profile and the app-wide choices. The file
//! holds every profile (store.rs).

use serde::{Deserialize, Serialize};

use crate::messages::{Lang, Message};
use crate::signin::{Connection, Target};
use crate::workbench::Preset;

pub const APP_NAME: &str = "cognito-login";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The current profile's where and who. Flattened: the first slice's flat file had these
    /// keys at the top, and is still read through this struct (store.rs).
    #[serde(flatten)]
    pub target: Target,
    /// The timeout and the proxy, app-wide; flattened for the same reason.
    #[serde(flatten)]
    pub connection: Connection,
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
    /// The current profile opens in the tester view. The profile keeps it (`Profile::
    /// tester_view`); it is here for the form to open with, never written from here.
    #[serde(skip)]
    pub tester_view: bool,
    /// `--lang`: the language for this run, over the saved choice (`Config::language`);
    /// never saved.
    #[serde(skip)]
    pub language_flag: Option<Lang>,
}

pub trait SettingsStore {
    /// The saved settings, or the defaults and a sentence saying why they could not be read.
    fn load(&self) -> (Settings, Option<Message>);
    /// Saves the form's values into the current profile.
    fn save(&self, settings: &Settings) -> Result<(), String>;
    /// Every profile and choice, as last loaded or saved.
    fn config(&self) -> Config;
    fn save_config(&self, config: &Config) -> Result<(), String>;
}

mod form_values;
mod language;
mod profile_edits;
mod store;

pub use language::LanguageChoice;
pub use profile_edits::{
    AfterImport, Deleted, ImportRules, Imported, NEW_PROFILE_NAME, NameProblem, Renamed, SameName,
};
pub use store::{Config, ConfyStore, SCHEMA_VERSION};
