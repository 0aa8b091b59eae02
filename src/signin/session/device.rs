//! Remembered devices in the sign-in (issue 19; next-wave.md "Devices"; cognito-protocol.md
//! §5.3): DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER answered by the app, so a remembered
//! device skips MFA; after the tokens, a device Cognito starts tracking is confirmed (its
//! password kept by the face, only the verifier sent) and "Remember this computer?" answered;
//! a device Cognito no longer knows is forgotten and the sign-in goes on without it. Pure, as
//! the rest of the session: the faces keep and forget devices on `Effect::KeepDevice` and
//! `Effect::ForgetDevice`.

use crate::messages::Message;
use std::collections::BTreeMap;
use std::time::SystemTime;

use crate::cognito::{
    AuthFlow, ChallengeName, CognitoError, NewDeviceMetadata, Reply, SessionToken,
};
use crate::signin::device_owner::DevicePolicy;
use crate::signin::failure::{failure, srp_failure};
use crate::signin::service::Outcome;

use super::device_state::DeviceState;
use super::step::{Background, DeviceCall};
use super::{Activity, Effect, Phase, SignInSession, Step, wrong_shape};

impl SignInSession {
    /// DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, answered without asking; None for any
    /// other challenge.
    pub(super) fn device_challenge(
        &mut self,
        name: &ChallengeName,
        parameters: &BTreeMap<String, serde_json::Value>,
        session: Option<SessionToken>,
        at: SystemTime,
    ) -> Option<Vec<Effect>> {
        let conversation = self.conversation.as_mut()?;
        let call = match name {
            ChallengeName::DeviceSrpAuth => conversation.device_srp_auth(session),
            ChallengeName::DevicePasswordVerifier => {
                conversation.device_password_verifier(parameters, session, at)
            }
            _ => return None,
        };
        Some(match call {
            Ok(call) => self.start(call, Step::Automatic, Activity::SigningIn),
            Err(error) => {
                self.phase = Phase::Failed(srp_failure(error));
                Vec::new()
            }
        })
    }

    /// Just signed in: forget the kept device (`--device forget`), or confirm the one Cognito
    /// started tracking, or note that the kept one was used.
    pub(super) fn device_after_sign_in(&mut self, new: Option<NewDeviceMetadata>) -> Vec<Effect> {
        let (Phase::SignedIn(signed), Some(conversation)) = (&self.phase, &self.conversation)
        else {
            return Vec::new();
        };
        let access = signed.tokens.access.clone();
        let device_use = &conversation.request.device;
        let owner = conversation.request.device_owner.clone();
        let mut effects = Vec::new();
        let (state, call) = match (device_use.policy, &device_use.kept, owner) {
            (DevicePolicy::Forget, Some(kept), Some(owner)) => {
                effects.push(Effect::ForgetDevice { owner });
                match access {
                    Some(access) => {
                        let call = conversation.forget_device(access, kept.key.clone());
                        (
                            Some(DeviceState::Forgetting),
                            Some((call, DeviceCall::Forget)),
                        )
                    }
                    None => (Some(DeviceState::Forgotten), None),
                }
            }
            (_, _, Some(_)) if new.is_some() && access.is_some() && device_use.confirms_new() => {
                let (Some(new), Some(access)) = (new, access) else {
                    return effects;
                };
                match conversation.confirm_device(access, &new) {
                    Ok((call, device)) => (
                        Some(DeviceState::Confirming),
                        Some((call, DeviceCall::Confirm(device))),
                    ),
                    Err(error) => (Some(DeviceState::Failed(srp_failure(error))), None),
                }
            }
            _ if conversation.device_srp.is_some() => (Some(DeviceState::Proven), None),
            _ if conversation.device.is_some() => (Some(DeviceState::Sent), None),
            _ => (None, None),
        };
        self.set_device_state(state);
        if let Some((call, what)) = call {
            effects.push(self.send_beside(call, Background::Device(what)));
        }
        effects
    }

    /// The person's answer to "Remember this computer?".
    pub(super) fn remember_device(&mut self, remember: bool) -> Vec<Effect> {
        let (Phase::SignedIn(signed), Some(conversation)) = (&self.phase, &self.conversation)
        else {
            return Vec::new();
        };
        let (Some(DeviceState::Asking(key)), Some(access)) =
            (&signed.device, &signed.tokens.access)
        else {
            return Vec::new();
        };
        let call = conversation.update_device_status(access.clone(), key.clone(), remember);
        self.set_device_state(Some(DeviceState::Saving));
        vec![self.send_beside(
            call,
            Background::Device(DeviceCall::UpdateStatus { remember }),
        )]
    }

    fn set_device_state(&mut self, state: Option<DeviceState>) {
        if let Phase::SignedIn(signed) = &mut self.phase {
            signed.device = state;
        }
    }

    pub(super) fn device_answered(&mut self, call: DeviceCall, outcome: Outcome) -> Vec<Effect> {
        let context = self.context();
        let owner = (self.conversation.as_ref()).and_then(|c| c.request.device_owner.clone());
        let policy = (self.conversation.as_ref()).map(|c| c.request.device.policy);
        let failed = |e| DeviceState::Failed(failure(e, context.as_ref()));
        let mut effects = Vec::new();
        let state = match (call, outcome) {
            (
                DeviceCall::Confirm(device),
                Ok(Reply::DeviceConfirmed {
                    user_confirmation_necessary,
                }),
            ) => {
                let key = device.key.clone();
                if let Some(conversation) = self.conversation.as_mut() {
                    // Refreshes now carry its key: a tracked device's refresh needs it.
                    conversation.device = Some(device.clone());
                }
                if let Some(owner) = owner {
                    effects.push(Effect::KeepDevice { owner, device });
                }
                match (user_confirmation_necessary, policy) {
                    (false, _) => DeviceState::Remembered,
                    (true, Some(DevicePolicy::Remember)) => {
                        // `--device remember`: the yes the window would ask for, given at once.
                        self.set_device_state(Some(DeviceState::Asking(key)));
                        effects.extend(self.remember_device(true));
                        DeviceState::Saving
                    }
                    (true, _) => DeviceState::Asking(key),
                }
            }
            (DeviceCall::UpdateStatus { remember: true }, Ok(Reply::Done)) => {
                DeviceState::Remembered
            }
            (DeviceCall::UpdateStatus { remember: false }, Ok(Reply::Done)) => {
                DeviceState::NotRemembered
            }
            (DeviceCall::Forget, Ok(Reply::Done)) => DeviceState::Forgotten,
            (call, Ok(_)) => failed(wrong_shape(call.operation())),
            (_, Err(error)) => failed(error),
        };
        self.set_device_state(Some(state));
        effects
    }

    /// A refusal because Cognito no longer knows the kept device ("Device does not exist.",
    /// ResourceNotFoundException): it is forgotten here and the sign-in starts again without
    /// it. None when the refusal is about something else.
    pub(super) fn without_unknown_device(
        &mut self,
        error: &CognitoError,
        flow: AuthFlow,
        may_fall_back: bool,
    ) -> Option<Vec<Effect>> {
        let CognitoError::Service(e) = error else {
            return None;
        };
        let conversation = self.conversation.as_mut()?;
        if e.code != "ResourceNotFoundException" || conversation.device.take().is_none() {
            return None;
        }
        conversation.device_srp = None;
        self.notes
            .push(Message::new("note-device-forgotten-by-cognito"));
        let mut effects: Vec<Effect> = (conversation.request.device_owner.clone())
            .map(|owner| Effect::ForgetDevice { owner })
            .into_iter()
            .collect();
        effects.extend(self.initiate(flow, may_fall_back));
        Some(effects)
    }
}

#[cfg(test)]
#[path = "device_tests.rs"]
mod tests;
