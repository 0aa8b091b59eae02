//! Whose remembered device a sign-in may use: Cognito tracks devices per user pool and user,
//! so the app keeps one per server, pool and username (issue 19), whatever profile signs in.

use crate::cognito::Endpoint;

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
