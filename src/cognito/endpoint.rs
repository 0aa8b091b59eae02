//! Where requests go: the regional Cognito endpoint, or a custom one (emulators, LocalStack).
//! Rules from ../shared/docs/cognito-protocol.md §1.1–1.2 (the botocore endpoint ruleset).

use std::fmt;
use std::net::IpAddr;

use reqwest::Url;

use crate::messages::Message;

/// Regions that have Cognito user pools, offered in the form's picker. The field stays
/// editable: a region AWS opens later must not need a new release of the app.
pub const COGNITO_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "af-south-1",
    "ap-east-1",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "mx-central-1",
    "sa-east-1",
    "us-gov-east-1",
    "us-gov-west-1",
    "cn-north-1",
    "cn-northwest-1",
];

/// Partition prefixes and their DNS suffixes, from the partition regexes in the AWS SDKs.
const PARTITIONS: &[(&str, &str)] = &[
    ("us-gov", "amazonaws.com"),
    ("us-iso", "c2s.ic.gov"),
    ("us-isob", "sc2s.sgov.gov"),
    ("us-isof", "csp.hci.ic.gov"),
    ("eu-isoe", "cloud.adc-e.uk"),
    ("eusc-de", "amazonaws.eu"),
    ("cn", "amazonaws.com.cn"),
    ("us", "amazonaws.com"),
    ("eu", "amazonaws.com"),
    ("ap", "amazonaws.com"),
    ("sa", "amazonaws.com"),
    ("ca", "amazonaws.com"),
    ("me", "amazonaws.com"),
    ("af", "amazonaws.com"),
    ("il", "amazonaws.com"),
    ("mx", "amazonaws.com"),
];

/// Why a region, pool ID or endpoint URL cannot be used. Each says what to type instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndpointError {
    MissingRegion,
    BadRegion(String),
    BadPoolId(String),
    RegionMismatch {
        region: String,
        pool_region: String,
    },
    BadUrl(String),
    PlainHttpNotLoopback(String),
    UnsupportedScheme(String),
    /// `user:password@` in the URL: it would be sent with every request and shown on screen.
    CredentialsInUrl,
    /// `?…` or `#…`: Cognito's endpoint takes neither, and a query could carry anything.
    QueryInUrl(String),
    /// The proxy field does not hold an http:// or https:// proxy URL.
    BadProxy(String),
    /// Proxy credentials would be saved with the settings (or seen on a command line).
    ProxyCredentials,
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingRegion => write!(f, "choose a region (or give a custom endpoint URL)"),
            Self::BadRegion(r) => write!(
                f,
                "\"{r}\" is not an AWS region name (expected something like us-east-1)"
            ),
            Self::BadPoolId(p) => write!(
                f,
                "\"{p}\" is not a user pool ID (expected <region>_<id>, e.g. eu-west-1_AbCdEf123)"
            ),
            Self::RegionMismatch {
                region,
                pool_region,
            } => write!(
                f,
                "the user pool ID belongs to {pool_region}, but the region is {region}; a pool is only reachable in its own region"
            ),
            Self::BadUrl(u) => write!(f, "\"{u}\" is not a valid URL"),
            Self::PlainHttpNotLoopback(u) => write!(
                f,
                "{u} uses plain http:// on a non-local host; use https://, plain http is allowed only for 127.0.0.1, ::1 or localhost"
            ),
            Self::UnsupportedScheme(u) => {
                write!(
                    f,
                    "{u} must start with https:// (or http:// for a local emulator)"
                )
            }
            Self::CredentialsInUrl => write!(
                f,
                "the endpoint URL must not contain a user name or password (user:password@)"
            ),
            Self::BadProxy(p) => write!(
                f,
                "\"{p}\" is not a proxy URL (expected http://host:port or https://host:port)"
            ),
            Self::ProxyCredentials => write!(
                f,
                "the proxy URL must not contain a user name or password; a proxy that needs them can be given in the HTTPS_PROXY environment variable"
            ),
            Self::QueryInUrl(u) => write!(
                f,
                "{u} must not have a query (?…) or fragment (#…): give only scheme, host, port and path"
            ),
        }
    }
}

impl std::error::Error for EndpointError {}

/// A checked endpoint URL, ready to POST to, and the proxy to reach it through when one was
/// chosen (otherwise the system's: HTTPS_PROXY, NO_PROXY, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    url: Url,
    proxy: Option<Url>,
}

impl Endpoint {
    /// The regional endpoint `https://cognito-idp.<region>.<dnsSuffix>/`.
    pub fn for_region(region: &str) -> Result<Self, EndpointError> {
        let suffix = dns_suffix(region)?;
        let url = Url::parse(&format!("https://cognito-idp.{region}.{suffix}/"))
            .map_err(|_| EndpointError::BadRegion(region.to_owned()))?;
        Ok(Self { url, proxy: None })
    }

    /// A custom endpoint typed by the user. `http://` only reaches this machine, so a token or
    /// password never crosses a network in clear text.
    pub fn custom(raw: &str) -> Result<Self, EndpointError> {
        let raw = raw.trim();
        let url = Url::parse(raw).map_err(|_| EndpointError::BadUrl(raw.to_owned()))?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => return Err(EndpointError::PlainHttpNotLoopback(raw.to_owned())),
            _ => return Err(EndpointError::UnsupportedScheme(raw.to_owned())),
        }
        if url.host().is_none() {
            return Err(EndpointError::BadUrl(raw.to_owned()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            // Not echoed: the text holds a password.
            return Err(EndpointError::CredentialsInUrl);
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(EndpointError::QueryInUrl(raw.to_owned()));
        }
        Ok(Self { url, proxy: None })
    }

    /// The endpoint a sign-in uses: the custom one when given, else the pool's region.
    /// A pool ID, when given, must agree with the region: Cognito answers
    /// ResourceNotFoundException for a pool asked in the wrong region, which users misread.
    pub fn resolve(region: &str, pool_id: &str, custom: &str) -> Result<Self, EndpointError> {
        let region = region.trim();
        let pool_id = pool_id.trim();
        let custom_given = !custom.trim().is_empty();
        if custom_given && !region.is_empty() {
            // A region typed beside a custom endpoint is not where requests go, but it is
            // saved and read again without one: "Tokyo" must not pass as a region there either.
            dns_suffix(region)?;
        }
        if pool_id.is_empty() {
            if region.is_empty() && !custom_given {
                return Err(EndpointError::MissingRegion);
            }
        } else if custom_given {
            // Emulators name pools their own way (cognito-local: `local_…`): only the shape
            // is checked, the region part is theirs.
            check_pool_shape(pool_id)?;
        } else {
            pool_region(pool_id)?;
            if let Some(pool_region) = pool_elsewhere(region, pool_id) {
                return Err(EndpointError::RegionMismatch {
                    region: region.to_owned(),
                    pool_region: pool_region.to_owned(),
                });
            }
        }
        Self::locate(region, pool_id, custom)
    }

    /// Where requests go, the first that is given deciding: the custom endpoint, else the
    /// region, else the pool ID's region. Unlike `resolve`, a pool ID that disagrees with the
    /// region is not an error: for naming the server a secret belongs to, not for signing in.
    pub fn locate(region: &str, pool_id: &str, custom: &str) -> Result<Self, EndpointError> {
        if !custom.trim().is_empty() {
            Self::custom(custom)
        } else if !region.trim().is_empty() {
            Self::for_region(region.trim())
        } else {
            pool_region(pool_id.trim()).and_then(Self::for_region)
        }
    }

    /// The same endpoint reached through `raw`, a proxy URL typed by the person (empty: the
    /// system's proxy settings apply).
    pub fn with_proxy(self, raw: &str) -> Result<Self, EndpointError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(self);
        }
        let bad = || EndpointError::BadProxy(raw.to_owned());
        let proxy = Url::parse(raw).map_err(|_| bad())?;
        if !matches!(proxy.scheme(), "http" | "https") || proxy.host().is_none() {
            return Err(bad());
        }
        if !proxy.username().is_empty() || proxy.password().is_some() {
            return Err(EndpointError::ProxyCredentials);
        }
        Ok(Self {
            proxy: Some(proxy),
            ..self
        })
    }

    pub fn proxy(&self) -> Option<&Url> {
        self.proxy.as_ref()
    }

    /// 127.0.0.1, ::1 or localhost: an emulator on this computer, never reached through a
    /// proxy (a proxy would see the password, and could not reach it anyway).
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.url)
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Where a password goes, in a person's words: "Amazon Cognito, eu-west-1" for Cognito's
    /// own host, "this computer (127.0.0.1:9229)" for loopback, else the scheme and the full
    /// host ("https://cognito-idp.eu-west-1.amazonaws.com.evil.example"), so a look-alike
    /// reads as what it is.
    pub fn destination(&self) -> String {
        self.destination_message().english()
    }

    /// The same, as a catalogue message for the window to put into words.
    pub fn destination_message(&self) -> Message {
        if let Some(region) = (!self.is_custom())
            .then(|| self.url.host_str().and_then(cognito_region))
            .flatten()
        {
            return Message::new("form-destination-cognito").with("region", region);
        }
        if self.is_loopback() {
            return Message::new("form-destination-this-computer")
                .with("host", self.host_and_port());
        }
        let address = format!("{}://{}", self.url.scheme(), self.host_and_port());
        Message::new("form-destination-address").with("address", address)
    }

    /// Where requests go, as a person reads it: the host, and the port when there is one
    /// (`cognito-idp.eu-west-1.amazonaws.com`, `127.0.0.1:9229`).
    pub fn host_and_port(&self) -> String {
        host_and_port(&self.url)
    }

    /// Anything but Amazon Cognito's own https address for a region (a look-alike host such
    /// as `cognito-idp.eu-west-1.amazonaws.com.evil.example` is custom).
    pub fn is_custom(&self) -> bool {
        self.url.scheme() != "https"
            || self.url.port().is_some()
            || self.url.host_str().and_then(cognito_region).is_none()
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.url.fmt(f)
    }
}

/// A URL's host, and its port when it names one: what a person needs to recognise a server.
pub fn host_and_port(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

/// The region of an Amazon Cognito user-pools host: `cognito-idp.<region>.<suffix>` or
/// `cognito-idp-fips.<region>.<suffix>`, where the suffix is the region's partition's own
/// (`amazonaws.com`, `amazonaws.com.cn`, …; cognito-protocol.md §1.1). Exact: a look-alike
/// prefix or suffix is not Cognito.
pub fn cognito_region(host: &str) -> Option<&str> {
    let rest = host
        .strip_prefix("cognito-idp.")
        .or_else(|| host.strip_prefix("cognito-idp-fips."))?;
    let (region, suffix) = rest.split_once('.')?;
    (dns_suffix(region).ok()? == suffix).then_some(region)
}

/// The region a user pool lives in: the part of its ID before the first `_`.
pub fn pool_region(pool_id: &str) -> Result<&str, EndpointError> {
    let region = check_pool_shape(pool_id)?;
    dns_suffix(region).map_err(|_| EndpointError::BadPoolId(pool_id.to_owned()))?;
    Ok(region)
}

/// The pool's own region when a region is given too and it is another: a sign-in there finds
/// no such app client (the classic "client does not exist"). The form warns of it as it is
/// typed; `Endpoint::resolve` refuses it.
pub fn pool_elsewhere<'a>(region: &str, pool_id: &'a str) -> Option<&'a str> {
    let pool_region = pool_region(pool_id.trim()).ok()?;
    let region = region.trim();
    (!region.is_empty() && region != pool_region).then_some(pool_region)
}

/// Cognito's UserPoolIdType, `^[\w-]+_[0-9a-zA-Z]+$` (1..55); returns the part before `_`.
fn check_pool_shape(pool_id: &str) -> Result<&str, EndpointError> {
    let bad = || EndpointError::BadPoolId(pool_id.to_owned());
    let (prefix, id) = pool_id.split_once('_').ok_or_else(bad)?;
    let prefix_ok = !prefix.is_empty()
        && prefix
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    let id_ok = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric());
    if !prefix_ok || !id_ok || pool_id.len() > 55 {
        return Err(bad());
    }
    Ok(prefix)
}

/// Checks a region name against the partition patterns and returns its DNS suffix.
pub fn dns_suffix(region: &str) -> Result<&'static str, EndpointError> {
    let bad = || EndpointError::BadRegion(region.to_owned());
    let (rest, number) = region.rsplit_once('-').ok_or_else(bad)?;
    let (prefix, name) = rest.rsplit_once('-').ok_or_else(bad)?;
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) || !word(name) {
        return Err(bad());
    }
    PARTITIONS
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, suffix)| *suffix)
        .ok_or_else(bad)
}

pub(super) fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

#[path = "endpoint_words.rs"]
mod words;

#[cfg(test)]
#[path = "endpoint_tests.rs"]
mod tests;
