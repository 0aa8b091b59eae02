//! `--profile NAME` for the headless commands: the saved profile they start from, read from the
//! same settings file as the window's.

use crate::profiles::{Profile, ProfileName};
use crate::settings::ConfyStore;

/// The saved profile named `name`, when one was asked for.
pub fn saved_profile(name: Option<&ProfileName>) -> Result<Option<Profile>, String> {
    let Some(name) = name else {
        return Ok(None);
    };
    let (config, _) = ConfyStore::standard().load_config();
    config
        .profiles
        .into_iter()
        .find(|p| &p.name == name)
        .map(Some)
        .ok_or_else(|| {
            format!(
                "there is no profile named \"{name}\" (`cognito-login profiles list` shows them)"
            )
        })
}
