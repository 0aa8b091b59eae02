//! The requests of managed login and client credentials (cognito-protocol.md §7), built from
//! the conversation's checked form: the authorize address with PKCE, state and nonce; the
//! token endpoint's three grants; userInfo; revoking; the domain's /logout.

use crate::cognito::oauth::{
    AuthorizeRequest, Grant, Pkce, TokenRequest, logout_url, random_state,
};
use crate::cognito::{AuthorizationCode, Operation, RefreshToken, Url};

use super::conversation::{BrowserVisit, Conversation};
use super::redirect::{BROWSER_WAIT, RedirectWait};
use super::service::Call;

impl Conversation {
    /// A fresh visit (new verifier, state and nonce) and what the runner waits for; `None`
    /// unless this is a managed-login conversation.
    pub fn visit_browser(&mut self) -> Option<RedirectWait> {
        let oauth = self.request.oauth.as_ref()?;
        let browser = oauth.browser.as_ref()?;
        let visit = BrowserVisit {
            pkce: Pkce::new(),
            state: random_state(),
            nonce: random_state(),
        };
        let address = AuthorizeRequest {
            domain: &oauth.domain,
            client_id: &self.request.client_id,
            redirect_uri: browser.callback.as_str(),
            scopes: &oauth.scopes,
            state: &visit.state,
            nonce: &visit.nonce,
            code_challenge: &visit.pkce.challenge,
            identity_provider: browser.identity_provider.as_deref(),
            lang: browser.lang.as_deref(),
        }
        .url();
        let wait = RedirectWait {
            callback: browser.callback.clone(),
            state: visit.state.clone(),
            timeout: BROWSER_WAIT,
            address,
        };
        self.visit = Some(visit);
        Some(wait)
    }

    fn token_call(&self, grant: Grant) -> Call {
        self.call(Operation::OAuthToken(TokenRequest {
            client_id: self.request.client_id.clone(),
            client_secret: self.request.client_secret.clone(),
            grant,
        }))
    }

    /// The code the browser brought back, with the verifier only this app knows.
    pub fn exchange(&self, code: AuthorizationCode) -> Option<Call> {
        let oauth = self.request.oauth.as_ref()?;
        let browser = oauth.browser.as_ref()?;
        let visit = self.visit.as_ref()?;
        Some(self.token_call(Grant::AuthorizationCode {
            code,
            redirect_uri: browser.callback.as_str().to_owned(),
            verifier: visit.pkce.verifier.clone(),
        }))
    }

    /// Client credentials: the app client's own access token, for its scopes.
    pub fn machine_token(&self) -> Option<Call> {
        let oauth = self.request.oauth.as_ref()?;
        Some(self.token_call(Grant::ClientCredentials {
            scopes: oauth.scopes.clone(),
        }))
    }

    pub fn token_refresh(&self, token: &RefreshToken) -> Call {
        self.token_call(Grant::RefreshToken(token.clone()))
    }

    /// The domain's /logout for a registered sign-out URL, which ends the browser's session.
    pub fn sign_out_address(&self) -> Option<Url> {
        let oauth = self.request.oauth.as_ref()?;
        let sign_out = oauth.browser.as_ref()?.sign_out_url.as_deref()?;
        Some(logout_url(&oauth.domain, &self.request.client_id, sign_out))
    }

    /// The nonce the ID token must carry, when the tokens came through the browser.
    pub fn nonce(&self) -> Option<&str> {
        self.visit.as_ref().map(|v| v.nonce.as_str())
    }

    pub fn is_oauth(&self) -> bool {
        self.request.oauth.is_some()
    }

    pub fn is_machine(&self) -> bool {
        self.request
            .oauth
            .as_ref()
            .is_some_and(|o| o.browser.is_none())
    }
}
