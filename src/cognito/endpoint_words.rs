//! What an `EndpointError` says to a person, in their language (errors under the form's
//! fields): the catalogue's `form-error-…` messages. `Display` keeps the English for the
//! command line and the logs, and says the same as en/form.ftl.

use crate::messages::Message;

use super::EndpointError;

impl EndpointError {
    /// What is wrong and what to type instead, as a catalogue message.
    pub fn message(&self) -> Message {
        match self {
            Self::MissingRegion => Message::new("form-error-missing-region"),
            Self::BadRegion(region) => {
                Message::new("form-error-bad-region").with("region", region.as_str())
            }
            Self::BadPoolId(pool) => {
                Message::new("form-error-bad-pool-id").with("pool-id", pool.as_str())
            }
            Self::RegionMismatch {
                region,
                pool_region,
            } => Message::new("form-error-region-mismatch")
                .with("region", region.as_str())
                .with("pool-region", pool_region.as_str()),
            Self::BadUrl(url) => Message::new("form-error-bad-url").with("url", url.as_str()),
            Self::PlainHttpNotLoopback(url) => {
                Message::new("form-error-plain-http").with("url", url.as_str())
            }
            Self::UnsupportedScheme(url) => {
                Message::new("form-error-unsupported-scheme").with("url", url.as_str())
            }
            Self::CredentialsInUrl => Message::new("form-error-credentials-in-url"),
            Self::BadProxy(proxy) => {
                Message::new("form-error-bad-proxy").with("proxy", proxy.as_str())
            }
            Self::ProxyCredentials => Message::new("form-error-proxy-credentials"),
            Self::QueryInUrl(url) => {
                Message::new("form-error-query-in-url").with("url", url.as_str())
            }
        }
    }
}
