//! What the person typed, and the checks that turn it into a request that can be sent.

use std::fmt;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::secret_hash::secret_hash;
use crate::cognito::{Endpoint, EndpointError, InitiateAuthRequest};
use crate::settings::Settings;

pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
pub const MAX_TIMEOUT_SECS: u64 = 300;

/// The sign-in form as typed. Empty optional fields are empty strings.
#[derive(Debug, Clone)]
pub struct SignInForm {
    pub region: String,
    pub pool_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
    pub username: String,
    pub password: SecretString,
    pub endpoint: String,
    pub timeout_secs: u64,
}

impl Default for SignInForm {
    fn default() -> Self {
        Self {
            region: String::new(),
            pool_id: String::new(),
            client_id: String::new(),
            client_secret: SecretString::default(),
            username: String::new(),
            password: SecretString::default(),
            endpoint: String::new(),
            timeout_secs: DEFAULT_TIMEOUT_SECS,
        }
    }
}

/// The form's fields, so a problem can point at the one to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Region,
    PoolId,
    ClientId,
    ClientSecret,
    Username,
    Password,
    Endpoint,
    Timeout,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Endpoint(EndpointError),
    MissingClientId,
    BadClientId,
    BadClientSecret,
    MissingUsername,
    MissingPassword,
    BadTimeout(u64),
}

impl InputError {
    pub fn field(&self) -> Field {
        match self {
            Self::Endpoint(EndpointError::BadPoolId(_)) => Field::PoolId,
            Self::Endpoint(
                EndpointError::BadUrl(_)
                | EndpointError::PlainHttpNotLoopback(_)
                | EndpointError::UnsupportedScheme(_),
            ) => Field::Endpoint,
            Self::Endpoint(_) => Field::Region,
            Self::MissingClientId | Self::BadClientId => Field::ClientId,
            Self::BadClientSecret => Field::ClientSecret,
            Self::MissingUsername => Field::Username,
            Self::MissingPassword => Field::Password,
            Self::BadTimeout(_) => Field::Timeout,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Endpoint(e) => e.fmt(f),
            Self::MissingClientId => write!(f, "enter the app client ID"),
            Self::BadClientId => write!(
                f,
                "the app client ID may contain only letters, digits, _ and + (up to 128)"
            ),
            Self::BadClientSecret => write!(
                f,
                "the client secret must not contain spaces (and is at most 128 characters)"
            ),
            Self::MissingUsername => write!(f, "enter the username"),
            Self::MissingPassword => write!(f, "enter the password"),
            Self::BadTimeout(s) => {
                write!(
                    f,
                    "the timeout must be 1 to {MAX_TIMEOUT_SECS} seconds, not {s}"
                )
            }
        }
    }
}

/// A checked sign-in, ready for the wire.
#[derive(Debug, Clone)]
pub struct SignInRequest {
    pub endpoint: Endpoint,
    pub client_id: String,
    pub username: String,
    pub password: SecretString,
    pub client_secret: Option<SecretString>,
    pub timeout: Duration,
}

/// Cognito's ClientIdType and ClientSecretType: `^[\w+]+$`.
fn is_id_like(s: &str, max: usize) -> bool {
    !s.is_empty()
        && s.len() <= max
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '+')
}

impl SignInForm {
    pub fn validate(&self) -> Result<SignInRequest, InputError> {
        let endpoint = Endpoint::resolve(&self.region, &self.pool_id, &self.endpoint)
            .map_err(InputError::Endpoint)?;
        let client_id = self.client_id.trim();
        if client_id.is_empty() {
            return Err(InputError::MissingClientId);
        }
        if !is_id_like(client_id, 128) {
            return Err(InputError::BadClientId);
        }
        let secret = self.client_secret.expose_secret().trim();
        let client_secret = match secret {
            "" => None,
            // Cognito documents `[\w+]`, but emulators issue secrets with `/` and `=`; only
            // what can never be part of a secret is refused.
            s if s.len() <= 128 && !s.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                Some(SecretString::from(s))
            }
            _ => return Err(InputError::BadClientSecret),
        };
        // Usernames are sent as typed, apart from surrounding blanks a paste brings along.
        let username = self.username.trim();
        if username.is_empty() {
            return Err(InputError::MissingUsername);
        }
        if self.password.expose_secret().is_empty() {
            return Err(InputError::MissingPassword);
        }
        if !(1..=MAX_TIMEOUT_SECS).contains(&self.timeout_secs) {
            return Err(InputError::BadTimeout(self.timeout_secs));
        }
        Ok(SignInRequest {
            endpoint,
            client_id: client_id.to_owned(),
            username: username.to_owned(),
            password: self.password.clone(),
            client_secret,
            timeout: Duration::from_secs(self.timeout_secs),
        })
    }

    /// The non-secret part of the form, as saved between runs.
    pub fn settings(&self) -> Settings {
        Settings {
            region: self.region.trim().to_owned(),
            pool_id: self.pool_id.trim().to_owned(),
            client_id: self.client_id.trim().to_owned(),
            username: self.username.trim().to_owned(),
            endpoint: self.endpoint.trim().to_owned(),
            timeout_secs: self.timeout_secs,
        }
    }

    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            region: settings.region.clone(),
            pool_id: settings.pool_id.clone(),
            client_id: settings.client_id.clone(),
            username: settings.username.clone(),
            endpoint: settings.endpoint.clone(),
            timeout_secs: settings.timeout_secs,
            ..Self::default()
        }
    }
}

impl SignInRequest {
    /// `InitiateAuth` with USER_PASSWORD_AUTH. SECRET_HASH uses the typed username, the one
    /// sent as USERNAME in the same call (cognito-protocol.md §4).
    pub fn password_auth(&self) -> InitiateAuthRequest {
        let mut params = vec![
            (
                "USERNAME".to_owned(),
                SecretString::from(self.username.as_str()),
            ),
            ("PASSWORD".to_owned(), self.password.clone()),
        ];
        if let Some(secret) = &self.client_secret {
            let hash = secret_hash(secret, &self.username, &self.client_id);
            params.push(("SECRET_HASH".to_owned(), SecretString::from(hash)));
        }
        InitiateAuthRequest {
            auth_flow: "USER_PASSWORD_AUTH".to_owned(),
            client_id: self.client_id.clone(),
            auth_parameters: params,
        }
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
