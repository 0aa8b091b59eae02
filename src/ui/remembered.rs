//! What the app keeps between runs, as the person works: the form's values and the token
//! panel's choices in the settings file, and each profile's client secret and refresh token
//! in the keychain, bound to where they were used (and held back when the form now points
//! elsewhere).

use crate::cognito::{ClientSecret, RefreshToken};
use crate::messages::Message;
use crate::profiles::{Profile, ProfileName};
use crate::settings::{Config, Settings};
use crate::signin::{Event, Field, Phase};

use super::app::CognitoLoginApp;
use super::saved_secrets::Held;

impl CognitoLoginApp {
    /// The form's values with the token panel's choices: what goes into the current profile.
    pub(super) fn form_settings(&self) -> Settings {
        self.with_choices(self.fields.to_form().settings())
    }

    /// `settings` with the choices the form does not carry: the token panel's and the
    /// keychain opt-in.
    fn with_choices(&self, mut settings: Settings) -> Settings {
        let choices = &self.handover.choices;
        settings.copy_preset = choices.preset;
        settings.curl_url.clone_from(&choices.curl_url);
        settings.clear_clipboard_secs = choices.clear_clipboard_secs;
        settings.remember_refresh_token = self.fields.remember_refresh_token();
        settings
    }

    /// Saves the form's settings with the token panel's choices.
    pub(super) fn save_settings(&mut self, settings: Settings) {
        let settings = self.with_choices(settings);
        if let Err(problem) = self.store.save(&settings) {
            self.status.error(not_saved(&problem));
        }
    }

    /// Shows `config`'s current profile in the form and remembers it.
    pub(super) fn use_config(&mut self, config: &Config) {
        if let Err(problem) = self.store.save_config(config) {
            self.status.error(not_saved(&problem));
        }
        let settings = config.settings();
        self.fields.load_settings(&settings);
        if let Some(secret) = self.secrets.load(config.current_profile()) {
            self.fields.set_client_secret(&secret);
        }
        self.handover.choices.preset = settings.copy_preset;
        self.focus_pending = Some(self.fields.first_empty_required());
        self.restore_cached_tokens();
    }

    /// A sign-in from a form that now points at another server or app client than the saved
    /// secrets were for: they are removed, and a sign-in that would carry one of them is held
    /// (the client secret field emptied, for the person to type this client's).
    pub(super) fn hold_misbound(&mut self, event: Event) -> Option<Event> {
        let (form, resuming) = match &event {
            Event::Submit(form) => (form, false),
            Event::Resume { form, .. } => (form, true),
            _ => return Some(event),
        };
        let name = self.current_profile_name().unwrap_or_default();
        let to = crate::profiles::secret_binding(&name, &form.target);
        match self.secrets.check_destination(&to, &form.client_secret) {
            Held::No => Some(event),
            Held::Told(said) => {
                self.status.warn(said);
                (!resuming).then_some(event)
            }
            Held::ClientSecret(said) => {
                self.fields.set_client_secret(&ClientSecret::default());
                self.status.warn(said);
                self.focus_pending = Some(Field::ClientSecret);
                None
            }
        }
    }

    fn current_profile_name(&self) -> Option<ProfileName> {
        self.store
            .config()
            .current_profile()
            .map(|p| p.name.clone())
    }

    /// After each event: the client secret typed for a sign-in, and (when asked) the refresh
    /// token, go to the keychain under the current profile, bound to where it signs in.
    pub(super) fn remember_secrets(&mut self, submitted: Option<&ClientSecret>) {
        let Some(at) = self
            .store
            .config()
            .current_profile()
            .map(Profile::secret_binding)
        else {
            return;
        };
        if matches!(self.session.phase(), Phase::SignedIn(_)) {
            self.secrets.signed_in(&at);
        }
        let refresh = match self.session.phase() {
            Phase::SignedIn(signed) if self.fields.remember_refresh_token() => {
                signed.tokens.refresh.clone()
            }
            _ => None,
        };
        if let Some(said) = self.secrets.remember(&at, submitted, refresh) {
            self.status.warn(said);
        }
        if self.secrets.take_refresh_not_in_keychain() && self.fields.remember_refresh_token() {
            // The tick box says the system keychain keeps the refresh token: it does not, so
            // the box shows what really happened (issue 16).
            self.fields.set_remember_refresh_token(false);
            self.save_settings(self.fields.to_form().settings());
        }
    }

    pub(super) fn saved_refresh_token(&self) -> Option<RefreshToken> {
        self.secrets.refresh_token()
    }

    /// Forgets the current profile's refresh token, in the keychain and here.
    pub(super) fn forget_refresh_token(&mut self) {
        let profile = self.current_profile_name();
        self.secrets.forget_refresh_token(profile.as_ref());
        self.forget_cached_tokens();
    }
}

/// The status line's words when the settings could not be written (`problem` is the file
/// system's own words).
fn not_saved(problem: &impl std::fmt::Display) -> Message {
    Message::new("status-settings-not-saved").with("problem", problem.to_string())
}
