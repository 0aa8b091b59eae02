//! What an `InputError` says to a person, in their language (under the field it is about):
//! the catalogue's `form-error-…` messages. `Display` keeps the English for the command line
//! and the logs, and says the same as en/form.ftl.

use crate::cognito::ChallengeChoice;
use crate::messages::Message;

use super::{
    InputError, MAX_PASSWORD_CHARS, MAX_TIMEOUT_SECS, MAX_USERNAME_CHARS, PREFERRED_CHALLENGES,
};

impl InputError {
    /// What is wrong with the field and what to do, as a catalogue message.
    pub fn message(&self) -> Message {
        match self {
            Self::Endpoint(e) => e.message(),
            Self::MissingClientId => Message::new("form-error-missing-client-id"),
            Self::BadClientId => Message::new("form-error-bad-client-id"),
            Self::BadClientSecret => Message::new("form-error-bad-client-secret"),
            Self::MissingUsername => Message::new("form-error-missing-username"),
            Self::MissingPassword => Message::new("form-error-missing-password"),
            Self::LongUsername => {
                Message::new("form-error-long-username").with("max", MAX_USERNAME_CHARS)
            }
            Self::LongPassword => {
                Message::new("form-error-long-password").with("max", MAX_PASSWORD_CHARS)
            }
            Self::PoolIdNeededForSrp => Message::new("form-error-pool-id-needed-for-srp"),
            Self::BadPreferredChallenge => {
                let choices = (PREFERRED_CHALLENGES.iter())
                    .map(ChallengeChoice::as_str)
                    .collect::<Vec<_>>()
                    .join(", ");
                Message::new("form-error-bad-preferred-challenge").with("choices", choices)
            }
            Self::MissingDomain => Message::new("form-error-missing-domain"),
            Self::Domain(e) => Message::new("form-error-domain").with("problem", e.message()),
            // Why the app cannot listen there: the listener's own words.
            Self::Callback(why) => Message::new("form-error-callback").with("why", why.as_str()),
            Self::MissingScopes => Message::new("form-error-missing-scopes"),
            Self::BadScope(scope) => {
                Message::new("form-error-bad-scope").with("scope", scope.escape_debug().to_string())
            }
            Self::SecretNeededForMachine => Message::new("form-error-secret-needed-for-machine"),
            Self::BadTimeout(given) => Message::new("form-error-bad-timeout")
                .with("max", MAX_TIMEOUT_SECS)
                .with("given", *given),
        }
    }
}
