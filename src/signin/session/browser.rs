//! Managed login and client credentials in the session (issue 17): the wait for the browser,
//! the code for tokens at the token endpoint (and the ID token's nonce checked), the app
//! client's own token. The tokens then land in the same SignedIn as any other sign-in.

use crate::messages::Message;
use std::time::SystemTime;

use secrecy::ExposeSecret;

use crate::cognito::{AuthFlow, AuthResponse, AuthorizationCode, Reply};
use crate::signin::failure::{browser_failure, nonce_failure};
use crate::signin::redirect::BrowserProblem;
use crate::signin::service::Outcome;
use crate::workbench::jwt::unverified_claims;

use super::phase::BrowserWait;
use super::{Activity, Effect, Phase, SignInSession, Step, wrong_shape};

/// How the tokens were got, for "Flow used" and the command line's "signed in with".
pub const BY_BROWSER: &str = "managed login (authorization code + PKCE)";
pub const BY_CLIENT_CREDENTIALS: &str = "client credentials";

impl SignInSession {
    /// A checked managed-login or client-credentials form: off to the browser, or straight
    /// to the token endpoint.
    pub(super) fn start_oauth(&mut self) -> Vec<Effect> {
        let Some(conversation) = self.conversation.as_mut() else {
            return Vec::new();
        };
        if conversation.is_machine() {
            self.flow = AuthFlow::Other(BY_CLIENT_CREDENTIALS.to_owned());
            let Some(call) = conversation.machine_token() else {
                return Vec::new();
            };
            return self.start(call, Step::Token, Activity::SigningIn);
        }
        self.flow = AuthFlow::Other(BY_BROWSER.to_owned());
        let Some(wait) = conversation.visit_browser() else {
            return Vec::new();
        };
        self.attempts += 1;
        let attempt = self.attempts;
        self.in_flight = Some((attempt, Step::Browser));
        self.phase = Phase::WaitingForBrowser(BrowserWait {
            attempt,
            address: wait.address.clone(),
            callback: wait.callback.as_str().to_owned(),
            timeout: wait.timeout,
        });
        vec![Effect::AwaitRedirect {
            attempt,
            wait: Box::new(wait),
        }]
    }

    /// The browser came back (or did not): the code goes to the token endpoint.
    pub(super) fn redirected(
        &mut self,
        attempt: u64,
        result: Result<AuthorizationCode, BrowserProblem>,
    ) -> Vec<Effect> {
        match &self.in_flight {
            Some((current, Step::Browser)) if *current == attempt => self.in_flight = None,
            // A wait that was cancelled or superseded changes nothing.
            _ => return Vec::new(),
        }
        let callback = match &self.phase {
            Phase::WaitingForBrowser(wait) => wait.callback.clone(),
            _ => String::new(),
        };
        let code = match result {
            Ok(code) => code,
            Err(problem) => {
                self.phase = Phase::Failed(browser_failure(problem, &callback));
                return Vec::new();
            }
        };
        let Some(call) = self.conversation.as_ref().and_then(|c| c.exchange(code)) else {
            return Vec::new();
        };
        self.start(call, Step::Token, Activity::SigningIn)
    }

    /// The token endpoint's answer: tokens (their nonce checked when a browser was involved).
    pub(super) fn token_received(&mut self, outcome: Outcome, at: SystemTime) -> Vec<Effect> {
        match outcome {
            Ok(Reply::Auth(response)) => {
                if !self.nonce_matches(&response) {
                    self.phase = Phase::Failed(nonce_failure());
                    return Vec::new();
                }
                let has_id_token =
                    (response.authentication_result.as_ref()).is_some_and(|r| r.id_token.is_some());
                if has_id_token && self.conversation.as_ref().and_then(|c| c.nonce()).is_some() {
                    // Shown with the tokens, beside the signature check.
                    self.notes.push(Message::new("note-nonce-checked"));
                }
                self.advance(response, at, false)
            }
            Err(error) => self.fail(error),
            Ok(_) => self.fail(wrong_shape("the token endpoint")),
        }
    }

    /// Whether the ID token carries this sign-in's nonce (OpenID Connect Core §3.1.3.7): a
    /// token made for another sign-in must not pass as this one's. Without an ID token (no
    /// `openid` scope, client credentials) there is nothing to compare.
    fn nonce_matches(&self, response: &AuthResponse) -> bool {
        let Some(expected) = self.conversation.as_ref().and_then(|c| c.nonce()) else {
            return true;
        };
        let Some(id) = response
            .authentication_result
            .as_ref()
            .and_then(|r| r.id_token.as_ref())
        else {
            return true;
        };
        unverified_claims(id.expose_secret())
            .and_then(|claims| claims.get("nonce")?.as_str().map(str::to_owned))
            .is_some_and(|nonce| nonce == expected)
    }
}

impl super::SignedIn {
    /// Signed in as the app client itself: an access token, no user and no refresh token.
    pub fn by_client_credentials(&self) -> bool {
        self.flow.as_str() == BY_CLIENT_CREDENTIALS
    }

    /// Whether new tokens can be asked for: with the refresh token, or client credentials again.
    pub fn can_refresh(&self) -> bool {
        self.tokens.refresh.is_some() || self.by_client_credentials()
    }

    /// Whether GlobalSignOut can work: it needs a user, and an access token with the
    /// `aws.cognito.signin.user.admin` scope, which InitiateAuth's always have and managed
    /// login's only when asked for (cognito-protocol.md §7).
    pub fn can_sign_out_everywhere(&self) -> bool {
        match self.flow.as_str() {
            BY_CLIENT_CREDENTIALS => false,
            BY_BROWSER => self
                .scopes()
                .is_some_and(|s| s.split(' ').any(|s| s == "aws.cognito.signin.user.admin")),
            _ => true,
        }
    }

    /// The access token's scopes (its `scope` claim), as the token endpoint granted them.
    pub fn scopes(&self) -> Option<String> {
        let access = self.tokens.access.as_ref()?;
        let claims = unverified_claims(access.expose_secret())?;
        claims.get("scope")?.as_str().map(str::to_owned)
    }
}

#[cfg(test)]
#[path = "browser_tests.rs"]
mod tests;
