//! The sign-in session, free of any window: the form and its checks, the pure state machine,
//! the words that explain each failure, and the background runner that carries out effects.

pub mod challenge;
mod conversation;
mod conversation_device;
mod conversation_oauth;
pub mod device_owner;
pub mod explain;
mod failure;
pub mod flow;
pub mod form;
pub mod kind;
mod oauth_form;
mod oauth_setup;
pub mod redirect;
pub mod runner;
pub mod self_service;
pub mod service;
pub mod session;
pub mod target;

pub use challenge::{Answer, Challenge, ChallengeKind, CodeChallenge, CodeSource, TotpSetup};
pub use device_owner::{DeviceOwner, DevicePolicy, DeviceUse};
pub use explain::Explanation;
pub use failure::{Failure, FailureCause};
pub use flow::Flow;
pub use form::{Field, InputError, SignInForm, SignInRequest};
pub use kind::{ManagedLogin, SignInKind};
pub use runner::BackgroundRunner;
pub use service::{Authenticator, Call, OnRetry, Outcome};
pub use session::{
    Activity, AwsCredentialsState, BrowserWait, DeviceState, Effect, Event, Notice, Phase,
    SignInSession, SignedIn,
};
pub use target::{Connection, Target};
// The tokens belong to the workbench, one layer down; named here too, as the session holds them.
pub use crate::workbench::tokens::{TokenKind, Tokens};
