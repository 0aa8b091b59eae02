//! The form and the settings, one into the other: here, one layer above the sign-in, so that
//! the session never needs to know how its values are remembered.

use crate::signin::SignInForm;

use super::Settings;

impl SignInForm {
    /// The non-secret part of the form, as saved between runs.
    pub fn settings(&self) -> Settings {
        Settings {
            target: self.target.trimmed(),
            connection: self.connection.trimmed(),
            preferred_challenge: self.preferred_challenge.trim().to_owned(),
            auto_refresh: self.auto_refresh,
            ..Settings::default()
        }
    }

    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            target: settings.target.clone(),
            connection: settings.connection.clone(),
            preferred_challenge: settings.preferred_challenge.clone(),
            auto_refresh: settings.auto_refresh,
            ..Self::default()
        }
    }
}

#[cfg(test)]
#[path = "form_values_tests.rs"]
mod tests;
