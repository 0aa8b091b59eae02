//! The window's side of remembered devices (issue 19): each sign-in, refresh or restore goes
//! with the device kept for its server, pool and user, and asks "Remember this computer?";
//! what Cognito confirms is kept in the keychain, what it no longer knows is forgotten.

use crate::signin::{DeviceOwner, DevicePolicy, DeviceUse, Effect, Event, SignInForm};

use super::app::CognitoLoginApp;

impl CognitoLoginApp {
    /// The kept device, read from the keychain once per sign-in, on the form that starts it.
    pub(super) fn with_device(&self, event: &mut Event) {
        let form: &mut SignInForm = match event {
            Event::Submit(form) | Event::Resume { form, .. } | Event::Restore { form, .. } => form,
            _ => return,
        };
        let kept = DeviceOwner::of(&form.target).and_then(|owner| self.secrets.device(&owner));
        form.device = DeviceUse {
            policy: DevicePolicy::Ask,
            kept,
        };
    }

    /// Keeps or forgets a device as the session says; a keychain that did not keep it is said.
    pub(super) fn device_effect(&mut self, effect: Effect) {
        match effect {
            Effect::KeepDevice { owner, device } => {
                if let Some(said) = self.secrets.keep_device(&owner, &device) {
                    self.status.warn(said);
                }
            }
            Effect::ForgetDevice { owner } => self.secrets.forget_device(&owner),
            _ => {}
        }
    }
}
