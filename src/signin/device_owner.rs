//! Remembered devices as a sign-in sees them (issue 19): whose device it is (Cognito tracks
//! devices per user pool and user, so the app keeps one per server, pool and username,
//! whatever profile signs in), and what the sign-in does with it.

use crate::cognito::{Endpoint, RememberedDevice};

use super::target::Target;

/// The server (host and port), the user pool ID (empty when an emulator's endpoint is used
/// without one) and the username as typed (trimmed) a remembered device belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DeviceOwner {
    pub server: String,
    pub pool_id: String,
    pub username: String,
}

impl DeviceOwner {
    /// The owner for what the form says, once it names a place and a user.
    pub fn of(target: &Target) -> Option<Self> {
        let place = Endpoint::locate(&target.region, &target.pool_id, &target.endpoint).ok()?;
        let username = target.username.trim();
        (!username.is_empty()).then(|| Self {
            server: place.host_and_port(),
            pool_id: target.pool_id.trim().to_owned(),
            username: username.to_owned(),
        })
    }
}

/// What a sign-in does about remembered devices (issue 19).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DevicePolicy {
    /// Neither sends nor keeps a device: a sign-in as before device tracking (the command
    /// line's default, so a script's sign-in never changes what Cognito tracks).
    #[default]
    Ignore,
    /// Uses the kept device; a new one is confirmed, and when the pool leaves it to the user,
    /// the person is asked "Remember this computer?" (the window).
    Ask,
    /// Uses the kept device; a new one is confirmed and remembered without asking
    /// (`sign-in --device remember`).
    Remember,
    /// Forgets the kept device, with Cognito once signed in and here (`--device forget`).
    Forget,
}

/// The policy, and the device kept for this owner (the face reads it from the keychain).
#[derive(Debug, Clone, Default)]
pub struct DeviceUse {
    pub policy: DevicePolicy,
    pub kept: Option<RememberedDevice>,
}

impl DeviceUse {
    /// The device whose key goes with this sign-in's calls, if the policy uses one.
    pub fn sent(&self) -> Option<&RememberedDevice> {
        match self.policy {
            DevicePolicy::Ask | DevicePolicy::Remember => self.kept.as_ref(),
            DevicePolicy::Ignore | DevicePolicy::Forget => None,
        }
    }

    /// Whether a device Cognito starts tracking is confirmed (and so kept).
    pub fn confirms_new(&self) -> bool {
        matches!(self.policy, DevicePolicy::Ask | DevicePolicy::Remember)
    }
}
