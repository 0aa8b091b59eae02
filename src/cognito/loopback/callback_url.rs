//! The registered callback URL, checked: only what this app can listen on (protocol sheet §7).

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use reqwest::Url;

/// The callback URL a new profile offers; register it on the app client.
pub const DEFAULT_CALLBACK: &str = "http://localhost:53682/callback";

/// Cognito's limit on a callback URL (RedirectUrlType in the API model, protocol sheet §7).
const MAX_CALLBACK_LEN: usize = 1024;

/// Which loopback name the callback uses: `localhost` may resolve to either family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loopback {
    Localhost,
    V4,
    V6,
}

/// A registered callback URL this app can listen on: `http://localhost|127.0.0.1|[::1]:PORT/PATH`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallbackUrl {
    text: String,
    host: Loopback,
    port: u16,
    path: String,
}

impl CallbackUrl {
    /// Checks the URL the person typed (blanks around it trimmed). Only plain http on this
    /// computer: the app must answer the browser itself, and Cognito allows http for nothing else.
    pub fn parse(raw: &str) -> Result<Self, CallbackError> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(CallbackError::Empty);
        }
        if text.len() > MAX_CALLBACK_LEN {
            return Err(CallbackError::TooLong);
        }
        // The URL parser would silently drop a tab or line break, and the text is sent to
        // Cognito as typed: it must be the URL itself.
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CallbackError::NotAUrl);
        }
        let url = Url::parse(text).map_err(|_| CallbackError::NotAUrl)?;
        let host = match (url.scheme(), url.host_str()) {
            ("http", Some("localhost")) => Loopback::Localhost,
            ("http", Some("127.0.0.1")) => Loopback::V4,
            ("http", Some("[::1]")) => Loopback::V6,
            _ => return Err(CallbackError::NotLoopbackHttp),
        };
        if !url.username().is_empty() || url.password().is_some() {
            return Err(CallbackError::HasUserinfo);
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(CallbackError::HasQueryOrFragment);
        }
        // The parser forgets a port that is http's default: ":80" typed is still explicit.
        let port = match url.port() {
            Some(port) => port,
            None if authority(text).ends_with(":80") => 80,
            None => return Err(CallbackError::NoPort),
        };
        if port == 0 {
            return Err(CallbackError::NoPort);
        }
        Ok(Self {
            text: text.to_owned(),
            host,
            port,
            path: url.path().to_owned(),
        })
    }

    /// The URL exactly as registered: the `redirect_uri` sent to Cognito must match byte for byte.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The path the browser will ask for, as the URL parser writes it ("/" when none was typed).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The addresses to listen on: both families for `localhost`, as the browser picks one.
    pub(super) fn addresses(&self) -> Vec<IpAddr> {
        let v4 = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let v6 = IpAddr::V6(Ipv6Addr::LOCALHOST);
        match self.host {
            Loopback::Localhost => vec![v4, v6],
            Loopback::V4 => vec![v4],
            Loopback::V6 => vec![v6],
        }
    }
}

/// What lies between `scheme://` and the path, as typed.
fn authority(text: &str) -> &str {
    let rest = text.split_once("://").map_or(text, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

impl fmt::Display for CallbackUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Why a callback URL cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackError {
    Empty,
    NotAUrl,
    NotLoopbackHttp,
    NoPort,
    HasUserinfo,
    HasQueryOrFragment,
    TooLong,
}

impl fmt::Display for CallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => {
                "The callback URL is empty: put in the one registered on the app client, like http://localhost:53682/callback."
            }
            Self::NotAUrl => {
                "The callback URL is not a URL: write it as http://localhost:PORT/PATH, like http://localhost:53682/callback."
            }
            Self::NotLoopbackHttp => {
                "The callback URL must be http://localhost:PORT/PATH or http://127.0.0.1:PORT/PATH (or http://[::1]:PORT/PATH): Cognito allows plain http only for this computer, and Cognito Login must answer the browser there itself."
            }
            Self::NoPort => {
                "The callback URL needs a port from 1 to 65535, like http://localhost:53682/callback: Cognito matches the URL exactly, so Cognito Login must know which port to listen on."
            }
            Self::HasUserinfo => {
                "The callback URL must not hold a user name or password: write it as http://localhost:PORT/PATH."
            }
            Self::HasQueryOrFragment => {
                "The callback URL must not have a ?query or #fragment: Cognito adds the code and state to it itself."
            }
            Self::TooLong => "The callback URL is longer than the 1024 characters Cognito accepts.",
        })
    }
}

impl std::error::Error for CallbackError {}

#[cfg(test)]
#[path = "callback_url_tests.rs"]
mod tests;
