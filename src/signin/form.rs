//! What the person typed, and the checks that turn it into a request that can be sent.

use std::fmt;
use std::time::Duration;

use secrecy::ExposeSecret;

use crate::cognito::{
    ChallengeChoice, ClientId, ClientSecret, Endpoint, EndpointError, Password, PoolId,
};

use super::device_owner::{DeviceOwner, DeviceUse};
use super::flow::Flow;
pub use super::oauth_setup::{BrowserSetup, OAuthSetup};
use super::target::{Connection, Target};

pub const MAX_TIMEOUT_SECS: u64 = 300;
/// Cognito's UsernameType and PasswordType limits, in characters.
pub const MAX_USERNAME_CHARS: usize = 128;
pub const MAX_PASSWORD_CHARS: usize = 256;

/// The sign-in form as typed. Empty optional fields are empty strings.
#[derive(Debug, Clone, Default)]
pub struct SignInForm {
    /// Where the sign-in goes and who signs in.
    pub target: Target,
    pub client_secret: ClientSecret,
    pub password: Password,
    /// The timeout, and the proxy (empty for the system's proxy settings).
    pub connection: Connection,
    pub preferred_challenge: String,
    /// Not part of a sign-in; carried so that saving the form keeps it.
    pub auto_refresh: bool,
    /// The person said Auto may send the password itself (USER_PASSWORD_AUTH) to this
    /// endpoint when SRP does not work there, though it is not Amazon Cognito. Against
    /// Cognito's own host Auto needs no such yes.
    pub password_flow_allowed: bool,
    /// Remembered devices: what to do, and the one kept for this pool and user.
    pub device: DeviceUse,
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
    Proxy,
    Timeout,
    Flow,
    /// The pool's domain (managed login, client credentials).
    Domain,
    CallbackUrl,
    Scopes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Endpoint(EndpointError),
    MissingClientId,
    BadClientId,
    BadClientSecret,
    MissingUsername,
    /// Longer than Cognito's UsernameType allows (128 characters).
    LongUsername,
    MissingPassword,
    /// Longer than Cognito's PasswordType allows (256 characters).
    LongPassword,
    BadTimeout(u64),
    BadPreferredChallenge,
    /// SRP signs with the pool's name, so it cannot start without the pool ID.
    PoolIdNeededForSrp,
    MissingDomain,
    Domain(EndpointError),
    /// The callback URL, and why this app cannot listen on it.
    Callback(String),
    /// Client credentials ask for the resource server's scopes, which only the person knows.
    MissingScopes,
    BadScope(String),
    /// Client credentials are the app client's own sign-in: without its secret there is none.
    SecretNeededForMachine,
}

impl InputError {
    pub fn field(&self) -> Field {
        match self {
            Self::Endpoint(EndpointError::BadPoolId(_)) | Self::PoolIdNeededForSrp => Field::PoolId,
            Self::Endpoint(
                EndpointError::BadUrl(_)
                | EndpointError::PlainHttpNotLoopback(_)
                | EndpointError::UnsupportedScheme(_)
                | EndpointError::CredentialsInUrl
                | EndpointError::QueryInUrl(_),
            ) => Field::Endpoint,
            Self::Endpoint(EndpointError::BadProxy(_) | EndpointError::ProxyCredentials) => {
                Field::Proxy
            }
            Self::Endpoint(_) => Field::Region,
            Self::MissingClientId | Self::BadClientId => Field::ClientId,
            Self::BadClientSecret => Field::ClientSecret,
            Self::MissingUsername | Self::LongUsername => Field::Username,
            Self::MissingPassword | Self::LongPassword => Field::Password,
            Self::BadTimeout(_) => Field::Timeout,
            Self::BadPreferredChallenge => Field::Flow,
            Self::MissingDomain | Self::Domain(_) => Field::Domain,
            Self::Callback(_) => Field::CallbackUrl,
            Self::MissingScopes | Self::BadScope(_) => Field::Scopes,
            Self::SecretNeededForMachine => Field::ClientSecret,
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
            Self::LongUsername => write!(
                f,
                "the username is longer than Cognito allows ({MAX_USERNAME_CHARS} characters)"
            ),
            Self::LongPassword => write!(
                f,
                "the password is longer than Cognito allows ({MAX_PASSWORD_CHARS} characters)"
            ),
            Self::PoolIdNeededForSrp => write!(
                f,
                "SRP sign-in needs the user pool ID (choose the Password flow to sign in without it)"
            ),
            Self::BadPreferredChallenge => write!(
                f,
                "the preferred challenge must be one of {}",
                PREFERRED_CHALLENGES
                    .iter()
                    .map(ChallengeChoice::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Self::MissingDomain => write!(
                f,
                "enter the user pool's domain (e.g. https://myapp.auth.eu-west-1.amazoncognito.com)"
            ),
            Self::Domain(e) => write!(f, "the domain: {e}"),
            Self::Callback(why) => f.write_str(why),
            Self::MissingScopes => write!(
                f,
                "enter the scopes to ask for (the resource server's, e.g. orders/read)"
            ),
            Self::BadScope(scope) => write!(
                f,
                "\"{}\" is not a scope: no spaces, quotes or backslashes",
                scope.escape_debug()
            ),
            Self::SecretNeededForMachine => write!(
                f,
                "enter the client secret: client credentials are the app client's own sign-in"
            ),
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
    pub client_id: ClientId,
    pub username: String,
    pub password: Password,
    pub client_secret: Option<ClientSecret>,
    pub timeout: Duration,
    pub flow: Flow,
    /// USER_AUTH's PREFERRED_CHALLENGE, when one was chosen.
    pub preferred_challenge: Option<String>,
    /// The user pool ID when known: SRP signs with the part after `_`.
    pub pool_id: Option<PoolId>,
    /// Managed login or client credentials: the domain and the rest (issue 17).
    pub oauth: Option<OAuthSetup>,
    /// Whether Auto may fall back from SRP to sending the password itself: always against
    /// Amazon Cognito, elsewhere only with the person's yes (`password_flow_allowed`).
    pub may_send_password: bool,
    pub device: DeviceUse,
    /// Whose device a new one is kept as (None when the form names no place or user).
    pub device_owner: Option<DeviceOwner>,
}

/// What USER_AUTH accepts as PREFERRED_CHALLENGE (cognito-protocol.md §2.1).
pub const PREFERRED_CHALLENGES: &[ChallengeChoice] = &[
    ChallengeChoice::Password,
    ChallengeChoice::PasswordSrp,
    ChallengeChoice::EmailOtp,
    ChallengeChoice::SmsOtp,
    ChallengeChoice::WebAuthn,
];

impl SignInRequest {
    /// USER_AUTH's PREFERRED_CHALLENGE as the choice it names (checked to be one of
    /// [`PREFERRED_CHALLENGES`]); kept as text in the request, as it goes on the wire.
    pub fn preferred(&self) -> Option<ChallengeChoice> {
        self.preferred_challenge
            .as_deref()
            .map(ChallengeChoice::parse)
    }
}

/// Cognito's ClientIdType and ClientSecretType: `^[\w+]+$`.
pub(crate) fn is_id_like(s: &str, max: usize) -> bool {
    !s.is_empty()
        && s.len() <= max
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '+')
}

impl SignInForm {
    /// The request to send, or the first problem in the form's order.
    pub fn validate(&self) -> Result<SignInRequest, InputError> {
        self.checked(false).map_err(first)
    }

    /// Every problem in the form at once, in the form's order, so that three empty fields
    /// are three messages beside three fields rather than three tries.
    pub fn problems(&self) -> Vec<InputError> {
        self.checked(false).err().unwrap_or_default()
    }

    /// The checks for refreshing with a refresh token: no password, and a username only when
    /// the client has a secret (its SECRET_HASH needs the internal username).
    pub fn validate_for_refresh(&self) -> Result<SignInRequest, InputError> {
        self.checked(true).map_err(first)
    }

    fn checked(&self, for_refresh: bool) -> Result<SignInRequest, Vec<InputError>> {
        let mut problems = Problems::default();
        let (target, connection) = (&self.target, &self.connection);
        let endpoint = problems.keep(
            (self.endpoint())
                .and_then(|endpoint| endpoint.with_proxy(&connection.proxy))
                .map_err(InputError::Endpoint),
        );
        let client_id = problems.keep(checked_client_id(&target.client_id));
        let client_secret =
            problems.keep(checked_client_secret(self.client_secret.expose_secret()));
        // Usernames are sent as typed, apart from surrounding blanks a paste brings along.
        let username = target.username.trim();
        let by_domain = target.kind.uses_domain();
        let username_needed = !(by_domain || (for_refresh && matches!(client_secret, Some(None))));
        problems.keep(checked_username(username, username_needed));
        let preferred = problems.keep(checked_preferred(&self.preferred_challenge));
        let preferred_choice = preferred
            .clone()
            .flatten()
            .map(|p| ChallengeChoice::parse(&p));
        let pool_id = Some(PoolId::from(target.pool_id.trim())).filter(|p| !p.is_blank());
        let srp_chosen = target.flow == Flow::Srp
            || (target.flow == Flow::Choice
                && preferred_choice == Some(ChallengeChoice::PasswordSrp));
        if pool_id.is_none() && srp_chosen && !for_refresh && !by_domain {
            problems.keep::<()>(Err(InputError::PoolIdNeededForSrp));
        }
        let password_needed = !for_refresh
            && !by_domain
            && (target.flow.needs_password()
                || (preferred_choice.as_ref()).is_some_and(ChallengeChoice::is_a_password));
        problems.keep(checked_password(&self.password, password_needed));
        if !(1..=MAX_TIMEOUT_SECS).contains(&connection.timeout_secs) {
            problems.keep::<()>(Err(InputError::BadTimeout(connection.timeout_secs)));
        }
        let oauth = by_domain
            .then(|| self.checked_oauth(client_secret.as_ref(), &mut problems))
            .flatten();
        let (Some(endpoint), Some(client_id), Some(client_secret), Some(preferred), true) = (
            endpoint,
            client_id,
            client_secret,
            preferred,
            problems.0.is_empty(),
        ) else {
            return Err(problems.0);
        };
        Ok(SignInRequest {
            device: self.device.clone(),
            device_owner: DeviceOwner::of(target),
            may_send_password: !endpoint.is_custom() || self.password_flow_allowed,
            endpoint,
            client_id,
            username: username.to_owned(),
            password: self.password.clone(),
            client_secret,
            timeout: Duration::from_secs(connection.timeout_secs),
            flow: target.flow,
            preferred_challenge: preferred.filter(|_| target.flow == Flow::Choice),
            pool_id,
            oauth,
        })
    }
}

/// The problems found so far, each check going on after one fails.
#[derive(Default)]
pub(super) struct Problems(Vec<InputError>);

impl Problems {
    pub(super) fn keep<T>(&mut self, checked: Result<T, InputError>) -> Option<T> {
        checked.map_err(|problem| self.0.push(problem)).ok()
    }
}

/// The first of the problems found (there is at least one when the checks fail).
fn first(problems: Vec<InputError>) -> InputError {
    problems
        .into_iter()
        .next()
        .unwrap_or(InputError::MissingClientId)
}

fn checked_client_id(typed: &str) -> Result<ClientId, InputError> {
    match typed.trim() {
        "" => Err(InputError::MissingClientId),
        id if is_id_like(id, 128) => Ok(ClientId::from(id)),
        _ => Err(InputError::BadClientId),
    }
}

fn checked_client_secret(typed: &str) -> Result<Option<ClientSecret>, InputError> {
    match typed.trim() {
        "" => Ok(None),
        // Cognito documents `[\w+]`, but emulators issue secrets with `/` and `=`; only
        // what can never be part of a secret is refused.
        s if s.len() <= 128 && !s.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Ok(Some(ClientSecret::from(s)))
        }
        _ => Err(InputError::BadClientSecret),
    }
}

fn checked_username(username: &str, needed: bool) -> Result<(), InputError> {
    if username.is_empty() && needed {
        Err(InputError::MissingUsername)
    } else if username.chars().count() > MAX_USERNAME_CHARS {
        Err(InputError::LongUsername)
    } else {
        Ok(())
    }
}

/// The password is never trimmed: a space can be part of it.
fn checked_password(password: &Password, needed: bool) -> Result<(), InputError> {
    let typed = password.expose_secret();
    if typed.chars().count() > MAX_PASSWORD_CHARS {
        Err(InputError::LongPassword)
    } else if needed && typed.is_empty() {
        Err(InputError::MissingPassword)
    } else {
        Ok(())
    }
}

/// USER_AUTH's PREFERRED_CHALLENGE as sent (upper case), when one is chosen.
fn checked_preferred(typed: &str) -> Result<Option<String>, InputError> {
    let preferred = typed.trim().to_ascii_uppercase();
    if preferred.is_empty() {
        Ok(None)
    } else if PREFERRED_CHALLENGES.contains(&ChallengeChoice::parse(&preferred)) {
        Ok(Some(preferred))
    } else {
        Err(InputError::BadPreferredChallenge)
    }
}

#[path = "form_words.rs"]
mod words;

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
