//! The window's side of the keychain: the current profile's client secret and refresh token,
//! read when the profile changes, kept after a sign-in, moved on a rename, and held back when
//! the form now points at another server or app client than the one they were saved for.

use std::sync::Arc;

use secrecy::ExposeSecret;

use crate::cognito::{ClientSecret, RefreshToken, RememberedDevice};
use crate::keychain::{Binding, Keychain, SecretKind};
use crate::messages::Message;
use crate::profiles::{Profile, ProfileName};
use crate::signin::DeviceOwner;

pub struct SavedSecrets {
    keychain: Arc<Keychain>,
    /// The keychain's "session only" sentence has been shown.
    told_no_keychain: bool,
    /// The client secret given at start ($COGNITO_CLIENT_SECRET): used, never written to the
    /// keychain, as the headless `sign-in` never writes it either.
    given: Option<ClientSecret>,
    /// Where the current profile's secrets were bound when they were read.
    loaded_for: Option<Binding>,
    /// The client secret read from the keychain, to tell it from one the person typed.
    loaded_secret: Option<ClientSecret>,
    /// The current profile's refresh token in the keychain, read when the profile changes
    /// rather than on every frame (a keychain lookup is a D-Bus call on Linux).
    refresh: Option<RefreshToken>,
    /// The last sign-in was sent with the client secret field emptied over a saved (or given)
    /// one: once it succeeds, the saved one goes, or the next profile change would bring it
    /// back to fail the sign-in after (issue 16).
    cleared: bool,
    /// The last refresh token kept did not reach the system keychain (there is none, or it
    /// refused): the tick box that asked for it must not stay ticked (issue 16).
    refresh_not_in_keychain: bool,
}

/// A secret being kept, of one of the two kinds the keychain holds for a profile.
enum Kept {
    ClientSecret(ClientSecret),
    RefreshToken(RefreshToken),
}

impl SavedSecrets {
    pub fn new(keychain: Arc<Keychain>, given: Option<ClientSecret>) -> Self {
        Self {
            keychain,
            told_no_keychain: false,
            given,
            loaded_for: None,
            loaded_secret: None,
            refresh: None,
            cleared: false,
            refresh_not_in_keychain: false,
        }
    }

    /// Reads `profile`'s secrets (those bound elsewhere are deleted by the keychain), and
    /// gives the client secret to show in the form: the one given at start over the saved one.
    pub fn load(&mut self, profile: Option<&Profile>) -> Option<ClientSecret> {
        let binding = profile.map(Profile::secret_binding);
        // The keychain holds bytes of any kind; each is typed as it is read.
        let read = |kind| binding.as_ref().and_then(|at| self.keychain.get(at, kind));
        self.loaded_secret = read(SecretKind::ClientSecret).map(ClientSecret::from);
        self.refresh = read(SecretKind::RefreshToken).map(RefreshToken::from);
        self.loaded_for = binding;
        self.cleared = false;
        self.given.clone().or_else(|| self.loaded_secret.clone())
    }

    pub fn refresh_token(&self) -> Option<RefreshToken> {
        self.refresh.clone()
    }

    /// Before a sign-in from a form that now points at `to` (an edited endpoint, region or
    /// client ID): the saved secrets are for where they were saved, so they are deleted, and
    /// the sign-in is held when it would have carried one of them. Says what happened.
    pub fn check_destination(&mut self, to: &Binding, secret: &ClientSecret) -> Held {
        let Some(from) = self.loaded_for.clone() else {
            return Held::No;
        };
        if to.server.is_empty() || (from.server == to.server && from.client_id == to.client_id) {
            return Held::No;
        }
        let carried = self
            .loaded_secret
            .as_ref()
            .is_some_and(|s| s.expose_secret() == secret.expose_secret())
            && self.given.is_none();
        let removed = self.keychain.forget_unless_bound(to);
        self.loaded_for = Some(to.clone());
        self.loaded_secret = None;
        self.refresh = None;
        let said = Message::new("status-secrets-not-sent")
            .with("what", what(&removed))
            .with("profile", from.profile.to_string())
            .with("from-client", from.client_id.as_str())
            .with("from-server", from.server.as_str())
            .with("to-client", to.client_id.as_str())
            .with("to-server", to.server.as_str());
        match (carried, removed.is_empty()) {
            (true, _) => Held::ClientSecret(
                Message::new("status-type-client-secret-again").with("said", said),
            ),
            (false, true) => Held::No,
            (false, false) => Held::Told(said),
        }
    }

    /// Keeps a secret in the keychain (or, without one, for this session, saying so once).
    fn keep(&mut self, at: &Binding, secret: Kept) -> Option<String> {
        // The keychain stores bytes of any kind: the kind goes with them as its SecretKind.
        let (kind, bytes) = match &secret {
            Kept::ClientSecret(s) => (SecretKind::ClientSecret, s.as_secret()),
            Kept::RefreshToken(t) => (SecretKind::RefreshToken, t.as_secret()),
        };
        // Refused by the keychain, the secret is still kept for the session (`Keychain::set`).
        let refused = self.keychain.set(at, kind, bytes).err();
        let refresh = matches!(secret, Kept::RefreshToken(_));
        match secret {
            Kept::ClientSecret(s) => self.loaded_secret = Some(s),
            Kept::RefreshToken(t) => self.refresh = Some(t),
        }
        self.loaded_for = Some(at.clone());
        let unavailable = self.keychain.unavailable();
        if refresh {
            self.refresh_not_in_keychain = refused.is_some() || unavailable.is_some();
        }
        if refused.is_some() {
            return refused;
        }
        match unavailable {
            // Said once, but again whenever the refresh token's tick box is taken back.
            Some(why) if !self.told_no_keychain || refresh => {
                self.told_no_keychain = true;
                Some(why.to_owned())
            }
            _ => None,
        }
    }

    /// Whether the refresh token last kept went only to this session's memory, since this
    /// was last asked.
    pub fn take_refresh_not_in_keychain(&mut self) -> bool {
        std::mem::take(&mut self.refresh_not_in_keychain)
    }

    /// After a sign-in: the client secret typed for it (not one given at start), and the
    /// refresh token when the person asked for it to be kept.
    pub fn remember(
        &mut self,
        at: &Binding,
        submitted: Option<&ClientSecret>,
        refresh: Option<RefreshToken>,
    ) -> Option<String> {
        let mut said = None;
        let given = self.given.as_ref().map(|s| s.expose_secret());
        if let Some(secret) = submitted {
            let empty = secret.expose_secret().trim().is_empty();
            self.cleared = empty && (self.loaded_secret.is_some() || self.given.is_some());
            if !empty && given != Some(secret.expose_secret()) {
                said = self.keep(at, Kept::ClientSecret(secret.clone()));
            }
        }
        if let Some(refresh) = refresh
            && self.refresh.as_ref().map(|s| s.expose_secret()) != Some(refresh.expose_secret())
        {
            said = self.keep(at, Kept::RefreshToken(refresh)).or(said);
        }
        said
    }

    /// Signed in: a client secret the person cleared for this sign-in is forgotten, in the
    /// keychain and here (one given at start too), as the sign-in showed the client needs none.
    pub fn signed_in(&mut self, at: &Binding) {
        if std::mem::take(&mut self.cleared) {
            self.keychain.delete(&at.profile, SecretKind::ClientSecret);
            self.loaded_secret = None;
            self.given = None;
        }
    }

    /// Forgets the current profile's refresh token, in the keychain and here.
    pub fn forget_refresh_token(&mut self, profile: Option<&ProfileName>) {
        if let Some(profile) = profile {
            self.keychain.delete(profile, SecretKind::RefreshToken);
        }
        self.refresh = None;
    }

    /// A renamed profile's secrets go with it (written anew before the old entry goes).
    pub fn rename(&mut self, from: &ProfileName, to: &Binding) -> Option<Message> {
        self.keychain.move_profile(from, to).err().map(|problem| {
            Message::new("status-keychain-kept-old-name")
                .with("problem", problem.to_string())
                .with("old-name", from.to_string())
        })
    }

    /// A profile whose server or client changed (an edit, a replace-import) loses the secrets
    /// saved for the old one; says so when there were any.
    pub fn rebind(&mut self, profile: &Profile) -> Option<Message> {
        let removed = self.keychain.forget_unless_bound(&profile.secret_binding());
        (!removed.is_empty()).then(|| {
            Message::new("status-secrets-removed")
                .with("what", what(&removed))
                .with("profile", profile.name.to_string())
        })
    }

    pub fn forget_profile(&mut self, profile: &ProfileName) {
        self.keychain.forget_profile(profile);
    }

    /// The device remembered for `owner` (issue 19), read from the keychain each time: a
    /// sign-in or "This user's devices" asks once, not every frame.
    pub fn device(&self, owner: &DeviceOwner) -> Option<RememberedDevice> {
        self.keychain.device(owner)
    }

    /// Keeps `owner`'s device; the sentence to show when it is kept for this session only
    /// (the keychain refused it, or there is none: said once, as for the other secrets).
    pub fn keep_device(
        &mut self,
        owner: &DeviceOwner,
        device: &RememberedDevice,
    ) -> Option<String> {
        if let Err(refused) = self.keychain.keep_device(owner, device) {
            return Some(refused);
        }
        match self.keychain.unavailable() {
            Some(why) if !self.told_no_keychain => {
                self.told_no_keychain = true;
                Some(why.to_owned())
            }
            _ => None,
        }
    }

    /// Forgets `owner`'s device on this computer; Cognito still lists it until it is
    /// forgotten there.
    pub fn forget_device(&mut self, owner: &DeviceOwner) {
        self.keychain.forget_device(owner);
    }
}

/// Whether a sign-in goes ahead after `check_destination`.
#[derive(Debug, PartialEq, Eq)]
pub enum Held {
    No,
    /// It goes ahead, and the person is told the saved secrets were removed.
    Told(Message),
    /// It carried the saved client secret to another place: held, the field cleared.
    ClientSecret(Message),
}

/// Which secrets were removed, as the catalogue's `$what` chooses its words by.
fn what(removed: &[SecretKind]) -> &'static str {
    match removed {
        [SecretKind::ClientSecret] => "client-secret",
        [SecretKind::RefreshToken] => "refresh-token",
        _ => "both",
    }
}

#[cfg(test)]
#[path = "saved_secrets_tests.rs"]
mod tests;
