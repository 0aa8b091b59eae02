//! Signed in again from tokens kept elsewhere (the token cache): no call is made, the tokens
//! are shown as they were kept, and the session can refresh, sign out or be asked for AWS
//! credentials from them as after any sign-in. The refresh token comes with them when the
//! keychain kept one.

use crate::cognito::AuthFlow;
use crate::messages::Message;
use crate::signin::conversation::Conversation;
use crate::signin::failure::input_failure;
use crate::signin::form::SignInForm;
use crate::workbench::tokens::Tokens;

use super::{Effect, Phase, SignInSession, SignedIn};

/// How a restored sign-in says it signed in (`SignedIn::flow`).
pub const FROM_TOKEN_CACHE: &str = "the token cache";

impl SignInSession {
    /// The form is checked as for a refresh (no password); what it names is where a refresh or
    /// sign-out of these tokens goes.
    pub(super) fn restore(&mut self, form: &SignInForm, tokens: Tokens) -> Vec<Effect> {
        let mut effects = self.abort();
        let request = match form.validate_for_refresh() {
            Ok(request) => request,
            Err(error) => {
                self.phase = Phase::Failed(input_failure(error));
                return effects;
            }
        };
        self.conversation = Some(Conversation::new(request));
        self.flow = AuthFlow::Other(FROM_TOKEN_CACHE.to_owned());
        let at = tokens.received_at;
        let note = if tokens.refresh.is_some() {
            "note-from-token-cache"
        } else {
            "note-from-token-cache-no-refresh"
        };
        self.phase = Phase::SignedIn(SignedIn::new(
            tokens,
            self.flow.clone(),
            vec![Message::new(note)],
        ));
        effects.extend(self.check_tokens(at));
        effects
    }
}

#[cfg(test)]
#[path = "restore_tests.rs"]
mod tests;
