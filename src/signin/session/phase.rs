//! Where a sign-in stands, as the window shows it: the phase, what the spinner says, and
//! what is known once signed in.

use crate::messages::Message;
use std::time::{Duration, SystemTime};

use crate::cognito::retry::Retry;
use crate::cognito::{AuthFlow, AwsCredentials, GetUserResponse, Url};
use crate::signin::challenge::Challenge;
use crate::signin::explain::AttemptContext;
use crate::signin::failure::Failure;
use crate::workbench::Verdict;
use crate::workbench::tokens::{TokenKind, Tokens};

/// What the spinner says while a call is out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    SigningIn,
    CheckingAnswer,
    SettingUpMfa,
    Refreshing,
}

impl Activity {
    /// The status line's words for it: a key of status.ftl.
    pub fn key(self) -> &'static str {
        match self {
            Self::SigningIn => "activity-signing-in",
            Self::CheckingAnswer => "activity-checking",
            Self::SettingUpMfa => "activity-setting-up-mfa",
            Self::Refreshing => "activity-refreshing",
        }
    }

    /// What the spinner says, in the person's language.
    pub fn message(self) -> Message {
        Message::new(self.key())
    }
}

#[derive(Debug, Clone)]
pub struct SignedIn {
    pub tokens: Tokens,
    /// The InitiateAuth flow that signed in (USER_SRP_AUTH, USER_PASSWORD_AUTH, USER_AUTH).
    pub flow: AuthFlow,
    /// Things worth knowing about how it went, such as a fall-back from SRP.
    pub notes: Vec<Message>,
    /// When the tokens were last refreshed, and with which operation.
    pub refreshed: Option<(SystemTime, &'static str)>,
    pub refreshing: bool,
    pub refresh_problem: Option<Failure>,
    /// The signature and claim checks of the ID and access tokens; `None` while checking.
    pub checks: TokenChecks,
    /// GetUser's answer, once asked for.
    pub user: Option<Result<GetUserResponse, Failure>>,
    pub looking_up: bool,
    /// AWS credentials from an identity pool, once asked for; dropped (and zeroized) with the
    /// sign-in.
    pub aws: Option<AwsCredentialsState>,
    /// This computer's remembered device, when the sign-in used or met one (issue 19).
    pub device: Option<super::device_state::DeviceState>,
}

impl SignedIn {
    /// Freshly signed in: nothing refreshed, checked or looked up yet.
    pub(super) fn new(tokens: Tokens, flow: AuthFlow, notes: Vec<Message>) -> Box<Self> {
        Box::new(Self {
            tokens,
            flow,
            notes,
            refreshed: None,
            refreshing: false,
            refresh_problem: None,
            checks: TokenChecks::default(),
            user: None,
            looking_up: false,
            aws: None,
            device: None,
        })
    }
}

/// Where getting AWS credentials stands, on [`SignedIn::aws`].
#[derive(Debug, Clone)]
pub enum AwsCredentialsState {
    Fetching,
    /// Boxed: credentials hold two secrets and are far larger than the other states.
    Got(Box<AwsCredentials>),
    Failed(Failure),
}

#[derive(Debug, Clone, Default)]
pub struct TokenChecks {
    pub id: Option<Verdict>,
    pub access: Option<Verdict>,
}

impl TokenChecks {
    pub fn get(&self, kind: TokenKind) -> Option<&Verdict> {
        match kind {
            TokenKind::Id => self.id.as_ref(),
            TokenKind::Access => self.access.as_ref(),
            TokenKind::Refresh => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub enum Phase {
    #[default]
    Editing,
    Submitting {
        attempt: u64,
        context: AttemptContext,
        activity: Activity,
        /// Set while the call is being sent again (throttling, a server fault).
        retrying: Option<Retry>,
    },
    /// Managed login: the browser is on the pool's page; the app waits at the callback.
    WaitingForBrowser(BrowserWait),
    SignedIn(Box<SignedIn>),
    Challenge(Challenge),
    Failed(Failure),
}

/// What the window shows while the browser has the sign-in.
#[derive(Debug, Clone)]
pub struct BrowserWait {
    pub attempt: u64,
    /// The managed-login page the browser was sent to, for a browser elsewhere.
    pub address: Url,
    /// Where the app listens (the registered callback URL).
    pub callback: String,
    /// How long the app waits before giving up.
    pub timeout: Duration,
}

impl Phase {
    /// The phase's name, for the log.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Editing => "Editing",
            Self::Submitting { .. } => "Submitting",
            Self::WaitingForBrowser(_) => "WaitingForBrowser",
            Self::SignedIn(_) => "SignedIn",
            Self::Challenge(_) => "Challenge",
            Self::Failed(_) => "Failed",
        }
    }
}
