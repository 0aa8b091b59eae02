//! The form's checks for managed login and client credentials (issue 17): the pool's domain,
//! the callback URL this app listens on, and the scopes. What comes out is ready for the
//! OAuth 2.0 endpoints (cognito-protocol.md §7).

use crate::cognito::loopback::CallbackUrl;
use crate::cognito::{ClientSecret, Endpoint, EndpointError};

use super::form::{InputError, Problems, SignInForm};
use super::kind::{SignInKind, is_scope};
use super::oauth_setup::{BrowserSetup, OAuthSetup, region_of_domain};

impl SignInForm {
    /// Where the form sends its requests (the proxy aside), once region, pool ID or endpoint
    /// make sense.
    pub fn endpoint(&self) -> Result<Endpoint, EndpointError> {
        match self.target.resolve() {
            // A prefix domain's region; else the domain (calls go there anyway).
            Err(EndpointError::MissingRegion) if self.target.kind.uses_domain() => {
                let domain = &self.target.managed.domain;
                match region_of_domain(domain) {
                    Some(region) => Endpoint::for_region(region),
                    None => Endpoint::custom(domain).map_err(|_| EndpointError::MissingRegion),
                }
            }
            resolved => resolved,
        }
    }

    /// The managed-login half of the form's checks; `None` when something is wrong (in
    /// `problems`).
    pub(super) fn checked_oauth(
        &self,
        secret: Option<&Option<ClientSecret>>,
        problems: &mut Problems,
    ) -> Option<OAuthSetup> {
        let target = &self.target;
        let managed = &target.managed;
        let domain = match managed.domain.trim() {
            "" => problems.keep::<Endpoint>(Err(InputError::MissingDomain)),
            typed => problems.keep(
                Endpoint::custom(typed)
                    .and_then(|domain| domain.with_proxy(&self.connection.proxy))
                    .map_err(InputError::Domain),
            ),
        };
        let scopes = managed.scopes_for(target.kind);
        if let Some(bad) = scopes.iter().find(|s| !is_scope(s)) {
            problems.keep::<()>(Err(InputError::BadScope(bad.clone())));
        }
        let browser = match target.kind {
            SignInKind::ClientCredentials => {
                if scopes.is_empty() {
                    problems.keep::<()>(Err(InputError::MissingScopes));
                }
                if matches!(secret, Some(None)) {
                    problems.keep::<()>(Err(InputError::SecretNeededForMachine));
                }
                None
            }
            _ => Some(problems.keep(checked_browser(self))?),
        };
        Some(OAuthSetup {
            domain: domain?,
            scopes,
            browser,
        })
    }
}

fn checked_browser(form: &SignInForm) -> Result<BrowserSetup, InputError> {
    let managed = &form.target.managed;
    let callback = CallbackUrl::parse(managed.callback_or_default())
        .map_err(|e| InputError::Callback(e.to_string()))?;
    let given = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
    Ok(BrowserSetup {
        callback,
        identity_provider: given(&managed.identity_provider),
        lang: given(&managed.lang),
        sign_out_url: given(&managed.sign_out_url),
    })
}

#[cfg(test)]
#[path = "oauth_form_tests.rs"]
mod tests;
