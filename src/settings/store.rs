//! The settings file: a schema version, the app-wide choices and every profile. Written
//! atomically (a temporary file, then a rename), so a crash never leaves half a file. A file
//! that cannot be used — corrupt, unreadable, or from a newer version — is kept beside it as
//! `<name>.bak-<timestamp>` and the app starts with defaults, saying what happened.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::messages::Message;
use crate::profiles::{Profile, ProfileName};
use crate::signin::Connection;

use super::{APP_NAME, LanguageChoice, Settings, SettingsStore};

/// 1 was the first slice's flat file (no `version` key); 2 added profiles.
pub const SCHEMA_VERSION: u32 = 2;

/// The name the first slice's settings get when they become a profile.
const MIGRATED_PROFILE: &str = "Default";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    pub version: u32,
    /// The profile in use.
    pub current: ProfileName,
    /// The timeout and the proxy are the machine's network, not the environment's: one for
    /// all profiles. Flattened, so the file keeps `timeout_secs` and `proxy` at the top.
    #[serde(flatten)]
    pub connection: Connection,
    pub preferred_challenge: String,
    pub auto_refresh: bool,
    pub curl_url: String,
    pub clear_clipboard_secs: u64,
    pub remember_refresh_token: bool,
    /// Servers (host and port) that are neither Amazon Cognito nor this computer, which the
    /// person chose to sign in to with a profile that came from a file.
    pub trusted_hosts: Vec<String>,
    /// The window's language (the About window's Language).
    pub language: LanguageChoice,
    #[serde(rename = "profile")]
    pub profiles: Vec<Profile>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            version: SCHEMA_VERSION,
            current: ProfileName::default(),
            connection: Connection::default(),
            preferred_challenge: String::new(),
            auto_refresh: false,
            curl_url: String::new(),
            clear_clipboard_secs: 0,
            remember_refresh_token: false,
            trusted_hosts: Vec::new(),
            language: LanguageChoice::System,
            profiles: Vec::new(),
        }
    }
}

impl Config {
    /// Removes the profile named `name`; the current one moves to the first left when it was
    /// that one. False when there was none of that name.
    pub fn remove_profile(&mut self, name: &ProfileName) -> bool {
        let before = self.profiles.len();
        self.profiles.retain(|p| &p.name != name);
        if &self.current == name {
            self.current = (self.profiles.first())
                .map(|p| p.name.clone())
                .unwrap_or_default();
        }
        self.profiles.len() < before
    }

    pub fn current_profile(&self) -> Option<&Profile> {
        self.profiles
            .iter()
            .find(|p| p.name == self.current)
            .or_else(|| self.profiles.first())
    }

    /// What the form shows: the current profile with the app-wide choices.
    pub fn settings(&self) -> Settings {
        let profile = self.current_profile().cloned().unwrap_or_default();
        let tester_view = profile.in_tester_view();
        Settings {
            target: profile.target,
            copy_preset: profile.copy_preset,
            connection: self.connection.clone(),
            preferred_challenge: self.preferred_challenge.clone(),
            auto_refresh: self.auto_refresh,
            curl_url: self.curl_url.clone(),
            clear_clipboard_secs: self.clear_clipboard_secs,
            remember_refresh_token: self.remember_refresh_token,
            tester_view,
            language_flag: None,
        }
    }

    /// Takes the form's values into the current profile (made when there is none).
    pub fn apply(&mut self, s: &Settings) {
        self.connection.clone_from(&s.connection);
        self.preferred_challenge.clone_from(&s.preferred_challenge);
        self.auto_refresh = s.auto_refresh;
        self.curl_url.clone_from(&s.curl_url);
        self.clear_clipboard_secs = s.clear_clipboard_secs;
        self.remember_refresh_token = s.remember_refresh_token;
        if self.profiles.is_empty() {
            self.profiles.push(Profile {
                name: MIGRATED_PROFILE.into(),
                ..Profile::default()
            });
        }
        let index = self
            .profiles
            .iter()
            .position(|p| p.name == self.current)
            .unwrap_or(0);
        // Never empty: a profile was made above when there was none.
        let Some(profile) = self.profiles.get_mut(index) else {
            return;
        };
        self.current.clone_from(&profile.name);
        profile.target.clone_from(&s.target);
        profile.copy_preset = s.copy_preset;
    }

    /// The first slice's flat settings, as a first profile: nothing the user had is lost.
    fn from_v1(old: &Settings) -> Self {
        let mut config = Self::default();
        // Anything at all, even blanks: the first slice kept whatever was typed.
        if old.target.texts().iter().any(|text| !text.is_empty()) {
            config.apply(old);
        } else {
            config.connection.timeout_secs = old.connection.timeout_secs;
        }
        config
    }
}

/// The settings file on disk.
pub struct ConfyStore {
    path: Option<PathBuf>,
    /// What was loaded, so a save keeps the profiles the form does not show.
    config: Mutex<Config>,
}

impl ConfyStore {
    /// The platform's config folder for this app (confy's choice of path).
    pub fn standard() -> Self {
        Self::with_path(confy::get_configuration_file_path(APP_NAME, None).ok())
    }

    pub fn at(path: PathBuf) -> Self {
        Self::with_path(Some(path))
    }

    fn with_path(path: Option<PathBuf>) -> Self {
        Self {
            path,
            config: Mutex::new(Config::default()),
        }
    }

    /// Reads the file; the config, and a sentence for the person (in English) when something
    /// was wrong.
    pub fn load_config(&self) -> (Config, Option<String>) {
        let (config, notice) = self.load_config_said();
        (config, notice.map(|said| said.english()))
    }

    /// Reads the file; the config, and a message for the person when something was wrong, for
    /// the window to put into words in its language.
    pub fn load_config_said(&self) -> (Config, Option<Message>) {
        let (config, notice) = match &self.path {
            None => (
                Config::default(),
                Some(Message::new("profiles-settings-no-folder")),
            ),
            Some(path) => read(path),
        };
        if let Ok(mut kept) = self.config.lock() {
            kept.clone_from(&config);
        }
        (config, notice)
    }

    fn write_config(&self, config: &Config) -> Result<(), String> {
        let path = self
            .path
            .as_ref()
            .ok_or_else(|| "no settings folder was found".to_owned())?;
        let text =
            toml::to_string_pretty(config).map_err(|e| format!("could not save settings: {e}"))?;
        write_atomically(path, text.as_bytes())
            .map_err(|e| format!("could not save settings to {}: {e}", path.display()))?;
        tracing::debug!(path = %path.display(), profiles = config.profiles.len(), "settings saved");
        if let Ok(mut kept) = self.config.lock() {
            kept.clone_from(config);
        }
        Ok(())
    }
}

impl SettingsStore for ConfyStore {
    fn load(&self) -> (Settings, Option<Message>) {
        let (config, notice) = self.load_config_said();
        (config.settings(), notice)
    }

    fn save(&self, settings: &Settings) -> Result<(), String> {
        let mut config = self.config();
        config.apply(settings);
        self.write_config(&config)
    }

    fn config(&self) -> Config {
        self.config.lock().map(|c| c.clone()).unwrap_or_default()
    }

    fn save_config(&self, config: &Config) -> Result<(), String> {
        self.write_config(config)
    }
}

fn read(path: &Path) -> (Config, Option<Message>) {
    let shown = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => {
            let kept = match backup(path) {
                Ok(backup) => kept_as(&backup),
                Err(_) => Message::new("profiles-settings-left-where-it-is"),
            };
            let said = Message::new("profiles-settings-unreadable")
                .with("path", shown)
                .with("error", e.to_string())
                .with("kept", kept);
            return (Config::default(), Some(said));
        }
    };

    match decode(&bytes) {
        Ok(config) => (config, None),
        Err(why) => {
            let kept = match backup(path) {
                Ok(backup) => kept_as(&backup),
                Err(e) => Message::new("profiles-settings-not-kept").with("error", e.to_string()),
            };
            let said = why.with("path", shown).with("kept", kept);
            (Config::default(), Some(said))
        }
    }
}

/// The unusable settings file was kept aside as `backup`.
fn kept_as(backup: &Path) -> Message {
    Message::new("profiles-settings-kept-as").with("backup", backup.display().to_string())
}

/// The file is damaged: the TOML reader's own words.
fn damaged(e: &toml::de::Error) -> Message {
    Message::new("profiles-settings-damaged").with("error", e.message())
}

/// The config in `bytes`, migrating the first slice's flat file; `Err` says why not (the
/// message still needs `path` and `kept`).
fn decode(bytes: &[u8]) -> Result<Config, Message> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| Message::new("profiles-settings-not-text"))?;
    let table: toml::Table = toml::from_str(text).map_err(|e| damaged(&e))?;
    match table.get("version") {
        None => {
            let old: Settings = toml::from_str(text).map_err(|e| damaged(&e))?;
            Ok(Config::from_v1(&old))
        }
        Some(toml::Value::Integer(v)) if *v > i64::from(SCHEMA_VERSION) => {
            Err(Message::new("profiles-settings-newer")
                .with("version", *v)
                .with("reads", i64::from(SCHEMA_VERSION)))
        }
        Some(_) => toml::from_str(text).map_err(|e| damaged(&e)),
    }
}

/// Renames the unusable file to `<name>.bak-<timestamp>`, keeping its bytes as they were.
fn backup(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = path.with_file_name(format!("{name}.bak-{stamp}"));
    std::fs::rename(path, &target)?;
    Ok(target)
}

/// Writes a sibling temporary file, flushes it, then renames it over `path`.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = crate::private_file::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
