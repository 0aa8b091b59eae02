//! The window's side of the token cache, which `cognito-login token` reads and writes too: a
//! sign-in or refresh with "Keep the refresh token" ticked leaves its ID and access tokens
//! there for scripts; tokens a script (or an earlier window) left there open the window
//! signed in; forgetting the refresh token or signing out forgets them.

use std::time::{Duration, SystemTime};

use crate::profiles::Profile;
use crate::signin::{Event, Phase, TokenKind};

use super::app::CognitoLoginApp;

/// Cached tokens about to expire are not worth showing: the person would sign in at once.
const WORTH_RESTORING: Duration = Duration::from_secs(60);

impl CognitoLoginApp {
    /// Signed in (a call just ended, or the person ticked "Keep the refresh token"), with the
    /// refresh token to be kept: the tokens go to the cache for the current profile, bound as
    /// its keychain secrets are.
    pub(super) fn share_tokens(&mut self) {
        if self.session.is_busy() || !self.fields.remember_refresh_token() {
            return;
        }
        let (Some(cache), Phase::SignedIn(signed)) = (&self.token_cache, self.session.phase())
        else {
            return;
        };
        let config = self.store.config();
        let Some(at) = config.current_profile().map(Profile::secret_binding) else {
            return;
        };
        if signed.refresh_problem.is_none()
            && let Err(problem) = cache.write(&at, &signed.tokens)
        {
            self.status.warn(problem);
        }
    }

    /// The current profile's cached tokens are forgotten with its refresh token.
    pub(super) fn forget_cached_tokens(&mut self) {
        let config = self.store.config();
        if let (Some(cache), Some(profile)) = (&self.token_cache, config.current_profile()) {
            cache.forget(&profile.name);
        }
    }

    /// With nothing on screen, the current profile's cached tokens (valid a minute more) are
    /// shown signed in, with the keychain's refresh token to renew them if there is one.
    pub(super) fn restore_cached_tokens(&mut self) {
        if !matches!(self.session.phase(), Phase::Editing | Phase::Failed(_)) {
            return;
        }
        let config = self.store.config();
        let (Some(cache), Some(profile)) = (&self.token_cache, config.current_profile()) else {
            return;
        };
        let Some(cached) = cache.read(&profile.secret_binding()) else {
            return;
        };
        let now = SystemTime::now();
        let lasts = |kind| cached.valid_for(kind, now) >= Some(WORTH_RESTORING);
        if !(lasts(TokenKind::Id) || lasts(TokenKind::Access)) {
            return;
        }
        let mut tokens = cached.to_tokens(now);
        tokens.refresh = self.saved_refresh_token();
        let mut form = self.fields.to_form();
        form.password = crate::cognito::Password::default();
        self.dispatch(Event::Restore { form, tokens });
    }
}
