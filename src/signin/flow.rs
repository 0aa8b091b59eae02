//! Which InitiateAuth flow a sign-in starts with. Auto is SRP first, because a password never
//! leaves the machine with it, and USER_PASSWORD_AUTH only when the app client refuses SRP.

use serde::{Deserialize, Serialize};

use crate::messages::Message;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flow {
    #[default]
    Auto,
    Srp,
    Password,
    /// USER_AUTH: the pool offers a choice (password, SRP, e-mail or SMS code, passkey).
    Choice,
}

impl Flow {
    pub const ALL: [Self; 4] = [Self::Auto, Self::Srp, Self::Password, Self::Choice];

    /// The name in the window's flow picker, in English (what en/form.ftl says; the English
    /// tests find the picker's entries by it).
    pub fn label(self) -> &'static str {
        match self {
            Self::Auto => "Auto (SRP, else password)",
            Self::Srp => "SRP (USER_SRP_AUTH)",
            Self::Password => "Password (USER_PASSWORD_AUTH)",
            Self::Choice => "Choice-based (USER_AUTH)",
        }
    }

    /// The name in the window's flow picker, in the person's language.
    pub fn message(self) -> Message {
        Message::new(match self {
            Self::Auto => "form-flow-auto",
            Self::Srp => "form-flow-srp",
            Self::Password => "form-flow-password",
            Self::Choice => "form-flow-choice",
        })
    }

    /// Whether the form needs a password before anything is sent.
    pub fn needs_password(self) -> bool {
        self != Self::Choice
    }

    /// Starts making SRP's secret and A on another thread when a sign-in with this flow may
    /// use SRP, so the sign-in does not wait for it (`srp::prepare`; cheap when one is ready).
    /// The window's form: the pool ID may still be typed, so it prepares whatever it holds.
    pub fn prepare(self) {
        if self != Self::Password {
            crate::cognito::srp::prepare();
        }
    }

    /// `prepare` for a sign-in whose pool ID is known now (`pool_id` as given, maybe blank),
    /// as on the command line: without a pool ID no flow can use SRP (Auto falls back to the
    /// password at once), and making A anyway took a core from the request (~5–8 ms of
    /// CPU; BENCHMARKS.md, "Headless sign-in on a busy machine").
    pub fn prepare_for(self, pool_id: &str) {
        if self.may_use_srp(pool_id) {
            crate::cognito::srp::prepare();
        }
    }

    /// Whether a sign-in with this flow and this pool ID can get as far as SRP's exchange.
    pub fn may_use_srp(self, pool_id: &str) -> bool {
        self != Self::Password && !pool_id.trim().is_empty()
    }
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
