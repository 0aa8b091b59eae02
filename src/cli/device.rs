//! `sign-in --device remember|forget|ignore` (issue 19): this computer as one of the user's
//! remembered devices. The kept device comes from the keychain (per server, pool and user, as
//! the window keeps it); what Cognito confirms is kept there, what it no longer knows is
//! forgotten; a line on stderr says how it stands.

use std::io::Write;

use clap::ValueEnum;

use crate::keychain::Keychain;

use crate::signin::{
    DeviceOwner, DevicePolicy, DeviceState, DeviceUse, Effect, FailureCause, Phase, Target,
};

/// What a sign-in does about this computer as a remembered device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum DeviceArg {
    /// Use the device kept in the keychain (Cognito then skips MFA when it remembers it), or
    /// confirm and remember the new one Cognito starts tracking.
    Remember,
    /// Forget the kept device, here and with Cognito.
    Forget,
    /// Neither send nor keep a device: the sign-in as without device tracking.
    #[default]
    Ignore,
}

impl DeviceArg {
    fn policy(self) -> DevicePolicy {
        match self {
            Self::Remember => DevicePolicy::Remember,
            Self::Forget => DevicePolicy::Forget,
            Self::Ignore => DevicePolicy::Ignore,
        }
    }
}

/// The policy, with the device kept for the form's owner (the keychain is only asked when
/// the policy has a use for it).
pub fn device_use(arg: DeviceArg, target: &Target, keychain: &Keychain) -> DeviceUse {
    let policy = arg.policy();
    let kept = (policy != DevicePolicy::Ignore)
        .then(|| DeviceOwner::of(target))
        .flatten()
        .and_then(|owner| keychain.device(&owner));
    DeviceUse { policy, kept }
}

/// A refresh sends the kept device's key, as the window does: a tracked device's refresh
/// token is refused without it.
pub fn for_refresh(target: &Target, keychain: &Keychain) -> DeviceUse {
    let kept = DeviceOwner::of(target).and_then(|owner| keychain.device(&owner));
    DeviceUse {
        policy: DevicePolicy::Remember,
        kept,
    }
}

/// Keeps or forgets the device as the sign-in said; a keychain that refused is said.
pub fn keep_or_forget(effects: Vec<Effect>, keychain: &Keychain, err: &mut dyn Write) {
    for effect in effects {
        match effect {
            Effect::KeepDevice { owner, device } => {
                if let Err(refused) = keychain.keep_device(&owner, &device) {
                    let _ = writeln!(err, "warning: {refused}");
                }
            }
            Effect::ForgetDevice { owner } => keychain.forget_device(&owner),
            _ => {}
        }
    }
}

/// How this computer stands as a device, a line on stderr, after a sign-in that met one.
pub fn say(phase: &Phase, err: &mut dyn Write) {
    let Phase::SignedIn(signed) = phase else {
        return;
    };
    let line = match &signed.device {
        None | Some(DeviceState::Sent) => return,
        Some(DeviceState::Proven) => {
            "device: this computer is remembered; Cognito skipped MFA".to_owned()
        }
        Some(DeviceState::Remembered) => {
            "device: this computer is remembered now; later `--device remember` sign-ins skip MFA"
                .to_owned()
        }
        Some(DeviceState::NotRemembered | DeviceState::Asking(_)) => {
            "device: this computer is tracked but not remembered; MFA is still asked".to_owned()
        }
        Some(DeviceState::Forgotten) => "device: this computer was forgotten".to_owned(),
        Some(DeviceState::Confirming | DeviceState::Saving | DeviceState::Forgetting) => {
            "warning: device: Cognito did not answer the device call".to_owned()
        }
        Some(DeviceState::Failed(failure)) => match &failure.cause {
            FailureCause::Cognito(e) => format!(
                "warning: device: {} ({}: {})",
                failure.explanation.summary.english(),
                e.code,
                e.message
            ),
            _ => format!("warning: device: {}", failure.explanation.summary.english()),
        },
    };
    let _ = writeln!(err, "{line}");
}
