//! A profile: one environment to sign in to, where it came from, and where its password and
//! secrets may be sent.

use serde::{Deserialize, Serialize};

use crate::cognito::ClientId;
use crate::messages::{Message, Value};
use crate::signin::{SignInKind, Target};
use crate::workbench::Preset;

use super::binding::Binding;
use super::names::ProfileName;

/// One environment to sign in to. No secret has a field here, so none can be written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: ProfileName,
    /// Where it signs in and who. Flattened, so its keys stay at the top of `[[profile]]`,
    /// in the order they have always had (the pool as `user_pool_id`).
    #[serde(flatten)]
    pub target: Target,
    pub copy_preset: Preset,
    /// A short label shown beside the name ("prod"), which also picks its colour.
    pub tag: String,
    /// Where the profile came from; only the settings file keeps this, profile files do not.
    pub origin: Origin,
    /// The server (host and port) the person allowed Auto to send the password itself to
    /// when SRP does not work there, though it is not Amazon Cognito. Only the settings file
    /// keeps this: a profile file cannot say yes for the tester.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub password_flow_server: String,
    /// The window shows this profile in the tester view (only the username and password).
    /// Remembered per profile in the settings file (issue 16), on for a profile as it is
    /// imported; a profile file cannot set it, and only a handed-over profile has the view.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tester_view: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Made in this app.
    #[default]
    Own,
    /// From a profile file someone handed over.
    Imported,
    /// From the profiles.toml shipped beside the app.
    Bundled,
}

/// The server (host and port) a profile that came from a file sends the password to, when
/// that is neither Amazon Cognito nor this computer: one the person must accept first (the
/// window asks once per host, the command line wants --trust-endpoint).
pub fn untrusted_server(profile: &Profile, endpoint: &crate::cognito::Endpoint) -> Option<String> {
    (profile.handed_over() && endpoint.is_custom() && !endpoint.is_loopback())
        .then(|| endpoint.host_and_port())
}

/// The host of a handed-over profile's domain (managed login, client credentials), when that
/// is neither an Amazon Cognito domain nor this computer: the browser's password or the client
/// secret would go there, so the person must accept it first, as for an endpoint. A custom
/// domain is often the team's own; the warning lets the person say so.
pub fn untrusted_domain(profile: &Profile) -> Option<String> {
    if !profile.handed_over() || !profile.target.kind.uses_domain() {
        return None;
    }
    let domain = crate::cognito::Endpoint::custom(&profile.target.managed.domain).ok()?;
    let host = domain.url().host_str().unwrap_or_default();
    let cognito = domain.url().scheme() == "https" && host.ends_with(".amazoncognito.com");
    (!cognito && !domain.is_loopback()).then(|| domain.host_and_port())
}

/// The server and app client a profile's secrets are bound to (`Binding`): the
/// endpoint's host and port (the region's Cognito host without one) and the client ID. The
/// pool ID plays no part: it does not change where a secret is sent.
pub fn secret_binding(profile: &ProfileName, target: &Target) -> Binding {
    let place = crate::cognito::Endpoint::locate(&target.region, &target.pool_id, &target.endpoint);
    Binding {
        profile: profile.clone(),
        server: place.map(|e| e.host_and_port()).unwrap_or_default(),
        client_id: ClientId::from(target.client_id.trim()),
    }
}

impl Profile {
    /// Whether Auto may send the password itself to `endpoint` for this profile.
    pub fn allows_password_flow(&self, endpoint: &crate::cognito::Endpoint) -> bool {
        !self.password_flow_server.is_empty()
            && self.password_flow_server == endpoint.host_and_port()
    }

    /// Where this profile's client secret and refresh token may be sent.
    pub fn secret_binding(&self) -> Binding {
        secret_binding(&self.name, &self.target)
    }

    /// Where this profile sends the password (`Endpoint::destination_message`), or None while
    /// its region or endpoint is not usable yet.
    pub fn destination(&self) -> Option<Message> {
        self.target
            .resolve()
            .ok()
            .map(|endpoint| endpoint.destination_message())
    }

    /// What this profile sends where, for the person importing it: a profile file is the
    /// easiest way to send a tester's password (or client secret) somewhere unseen. In
    /// English, for the command line.
    pub fn sends(&self) -> String {
        self.sends_message().english()
    }

    /// What this profile sends where, for the window to put into words.
    pub fn sends_message(&self) -> Message {
        let nowhere = || Value::from(Message::new("profiles-nowhere-yet"));
        let domain = self.target.managed.domain.trim();
        let domain = if domain.is_empty() {
            nowhere()
        } else {
            Value::from(domain)
        };
        match self.target.kind {
            SignInKind::Password => Message::new("profiles-sends-password")
                .with("to", self.destination().map_or_else(nowhere, Value::from)),
            SignInKind::Browser => Message::new("profiles-opens-page").with("domain", domain),
            SignInKind::ClientCredentials => {
                Message::new("profiles-sends-secret").with("domain", domain)
            }
        }
    }

    /// Profiles handed over (imported or bundled) are the ones a tester view is for.
    pub fn handed_over(&self) -> bool {
        self.origin != Origin::Own
    }

    /// Whether the window opens this profile in the tester view.
    pub fn in_tester_view(&self) -> bool {
        self.tester_view && self.handed_over()
    }
}
