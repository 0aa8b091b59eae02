//! The HTTP clients the calls go through, each made when first needed: with the system's
//! proxy, none (loopback), none and no TLS (`http://` to loopback), or a chosen proxy.

use std::sync::{Arc, Mutex, PoisonError};

use reqwest::Url;

use super::error::{CognitoError, NetworkErrorKind};

pub(super) enum Proxying<'a> {
    /// HTTPS_PROXY, ALL_PROXY, NO_PROXY and the like, as reqwest reads them.
    System,
    /// This proxy, in place of the system's.
    Through(&'a Url),
    None,
    /// No proxy and no CA certificates: for `http://` only.
    Plain,
}

/// A client made at its first use, then kept. Making one with TLS reads and parses every CA
/// certificate of the system (on Debian a bundle of ~144, then each again from its own file),
/// which a command signing in to a local emulator over `http://` never needs: done for two
/// clients at every start, it was most of the headless sign-in's CPU time (BENCHMARKS.md,
/// "Headless sign-in on a busy machine").
#[derive(Clone, Default)]
pub(super) struct MadeWhenUsed(Arc<Mutex<Option<reqwest::Client>>>);

impl MadeWhenUsed {
    pub(super) fn get(&self, proxying: Proxying) -> Result<reqwest::Client, CognitoError> {
        let mut made = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(client) = made.as_ref() {
            return Ok(client.clone());
        }
        let client = build_http(proxying)?;
        *made = Some(client.clone());
        Ok(client)
    }
}

/// An HTTP client with our user agent that never follows a redirect, with the proxy asked for.
pub(super) fn build_http(proxying: Proxying) -> Result<reqwest::Client, CognitoError> {
    let setup_failed = |e: reqwest::Error| CognitoError::Network {
        kind: NetworkErrorKind::Other,
        detail: format!("could not set up the HTTP client: {e}"),
    };
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("cognito-login/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::none());
    builder = match proxying {
        Proxying::System => builder,
        Proxying::Through(proxy) => {
            builder.proxy(reqwest::Proxy::all(proxy.clone()).map_err(setup_failed)?)
        }
        Proxying::None => builder.no_proxy(),
        Proxying::Plain => builder.no_proxy().tls_certs_only([]),
    };
    builder.build().map_err(setup_failed)
}
