//! What the form's checks make of managed login and client credentials (issue 17): the
//! pool's domain as an endpoint, the scopes, and for the browser where it comes back to.

use crate::cognito::Endpoint;
use crate::cognito::loopback::CallbackUrl;

/// Where the OAuth 2.0 endpoints are and what to ask them for.
#[derive(Debug, Clone)]
pub struct OAuthSetup {
    /// The pool's domain, with the form's proxy, as the calls' endpoint.
    pub domain: Endpoint,
    pub scopes: Vec<String>,
    /// Only for managed login in the browser; `None` for client credentials.
    pub browser: Option<BrowserSetup>,
}

#[derive(Debug, Clone)]
pub struct BrowserSetup {
    pub callback: CallbackUrl,
    pub identity_provider: Option<String>,
    pub lang: Option<String>,
    /// A registered sign-out URL: Sign out then ends the browser's session too.
    pub sign_out_url: Option<String>,
}

/// The region of a Cognito prefix domain (`https://<prefix>.auth.<region>.amazoncognito.com`):
/// the user pool's region, so its tokens can be checked without asking for it again.
pub(super) fn region_of_domain(domain: &str) -> Option<&str> {
    let rest = domain.trim().strip_prefix("https://")?;
    let host = rest.split(['/', ':']).next()?;
    let region = host
        .strip_suffix(".amazoncognito.com")?
        .rsplit_once(".auth.")?
        .1;
    (!region.is_empty() && !region.contains('.')).then_some(region)
}
