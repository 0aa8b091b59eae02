//! The form and the settings, one into the other: here, one layer above the sign-in, so that
//! the session never needs to know how its values are remembered.

use crate::signin::SignInForm;

use super::Settings;

impl SignInForm {
    /// The non-secret part of the form, as saved between runs.
    pub fn settings(&self) -> Settings {
        Settings {
            region: self.region.trim().to_owned(),
            pool_id: self.pool_id.trim().to_owned(),
            client_id: self.client_id.trim().to_owned(),
            username: self.username.trim().to_owned(),
            endpoint: self.endpoint.trim().to_owned(),
            proxy: self.proxy.trim().to_owned(),
            timeout_secs: self.timeout_secs,
            flow: self.flow,
            preferred_challenge: self.preferred_challenge.trim().to_owned(),
            auto_refresh: self.auto_refresh,
            ..Settings::default()
        }
    }

    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            region: settings.region.clone(),
            pool_id: settings.pool_id.clone(),
            client_id: settings.client_id.clone(),
            username: settings.username.clone(),
            endpoint: settings.endpoint.clone(),
            proxy: settings.proxy.clone(),
            timeout_secs: settings.timeout_secs,
            flow: settings.flow,
            preferred_challenge: settings.preferred_challenge.clone(),
            auto_refresh: settings.auto_refresh,
            ..Self::default()
        }
    }
}

#[cfg(test)]
#[path = "form_values_tests.rs"]
mod tests;
