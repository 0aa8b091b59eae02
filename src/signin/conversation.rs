//! What one sign-in remembers between its calls, and the requests it builds. The rules for
//! USERNAME and SECRET_HASH live here (cognito-protocol.md §4): the typed name in
//! InitiateAuth, Cognito's internal name (USER_ID_FOR_SRP, ChallengeParameters.USERNAME) in
//! every later call.

use std::collections::BTreeMap;
use std::time::SystemTime;

use secrecy::SecretString;

use crate::cognito::oauth::Pkce;
use crate::cognito::secret_hash::secret_hash;
use crate::cognito::srp::{self, SrpError, SrpExchange, VerifierChallenge};
use crate::cognito::{
    AssociateSoftwareTokenRequest, AuthFlow, ChallengeChoice, ChallengeName,
    GetTokensFromRefreshTokenRequest, InitiateAuthRequest, Operation, PoolId, RefreshToken,
    RespondToAuthChallengeRequest, SessionToken, VerifySoftwareTokenRequest,
};
use crate::cognito::{DeviceSrp, RememberedDevice};

use super::challenge::value_text;
use super::explain::AttemptContext;
use super::form::SignInRequest;
use super::service::Call;

/// A request's parameters: secrets of every kind in one list, so a typed secret (a password, a
/// refresh token) becomes a plain SecretString as it is put on it, and not before.
type Params = Vec<(String, SecretString)>;

fn param(key: &str, value: impl Into<String>) -> (String, SecretString) {
    (key.to_owned(), SecretString::from(value.into()))
}

#[derive(Debug)]
pub(crate) struct Conversation {
    pub request: SignInRequest,
    /// Typed at first; replaced by the name Cognito uses as soon as it says it.
    pub username: String,
    pub srp: Option<SrpExchange>,
    /// Set once REFRESH_TOKEN_AUTH was refused: the client rotates refresh tokens.
    pub rotating_refresh: bool,
    /// Managed login's secrets for the browser's round trip (PKCE verifier, state, nonce).
    pub visit: Option<BrowserVisit>,
    /// The remembered device's SRP exchange, once Cognito asked for DEVICE_SRP_AUTH.
    pub device_srp: Option<DeviceSrp>,
    /// The device whose key goes with each call: the kept one, until Cognito says it no
    /// longer knows it (then the sign-in goes on without).
    pub device: Option<RememberedDevice>,
}

/// One trip through the browser: the PKCE verifier stays here, the challenge, state and nonce
/// go out in the address; the nonce comes back in the ID token.
#[derive(Debug)]
pub(crate) struct BrowserVisit {
    pub pkce: Pkce,
    pub state: String,
    pub nonce: String,
}

impl Conversation {
    pub fn new(request: SignInRequest) -> Self {
        let device = request.device.sent().cloned();
        Self {
            username: request.username.clone(),
            request,
            srp: None,
            rotating_refresh: false,
            visit: None,
            device_srp: None,
            device,
        }
    }

    pub fn context(&self) -> AttemptContext {
        AttemptContext {
            endpoint: self.request.endpoint.clone(),
            client_id: self.request.client_id.clone(),
            sent_secret: self.request.client_secret.is_some(),
            timeout_secs: self.request.timeout.as_secs(),
            username: self.username.clone(),
            pool_id_given: self.request.pool_id.is_some(),
            by_client_credentials: (self.request.oauth.as_ref())
                .is_some_and(|o| o.browser.is_none()),
        }
    }

    /// The call for `operation`: to the pool's domain for the OAuth 2.0 endpoints, else to
    /// the user-pools API.
    pub fn call(&self, operation: Operation) -> Call {
        let endpoint = match (&self.request.oauth, operation.is_oauth()) {
            (Some(oauth), true) => &oauth.domain,
            _ => &self.request.endpoint,
        };
        Call {
            endpoint: endpoint.clone(),
            timeout: self.request.timeout,
            operation,
        }
    }

    fn hash_for(&self, username: &str) -> Option<(String, SecretString)> {
        let secret = self.request.client_secret.as_ref()?;
        let hash = secret_hash(secret, username, &self.request.client_id);
        Some(param("SECRET_HASH", hash))
    }

    /// The password under the name Cognito reads it from: an AuthParameters key for
    /// USER_PASSWORD_AUTH and USER_AUTH, a ChallengeResponses key for SELECT_CHALLENGE. A
    /// parameter's name, not the PASSWORD choice, so it is text (like USERNAME and SRP_A).
    pub fn password_parameter(&self) -> (String, SecretString) {
        ("PASSWORD".to_owned(), self.request.password.clone().into())
    }

    /// InitiateAuth for `flow`, with the typed username. SRP flows take a fresh exchange.
    pub fn initiate(&mut self, flow: AuthFlow, srp: Option<SrpExchange>) -> Call {
        self.username = self.request.username.clone();
        let mut params = vec![param("USERNAME", self.request.username.as_str())];
        match flow {
            AuthFlow::UserPassword => params.push(self.password_parameter()),
            AuthFlow::UserAuth => {
                if let Some(preferred) = self.request.preferred() {
                    params.push(param("PREFERRED_CHALLENGE", preferred.as_str()));
                    if preferred == ChallengeChoice::Password {
                        params.push(self.password_parameter());
                    }
                }
            }
            _ => {}
        }
        if let Some(exchange) = &srp {
            params.push(param("SRP_A", exchange.srp_a()));
        }
        self.srp = srp;
        params.extend(self.hash_for(&self.request.username));
        let request = InitiateAuthRequest {
            auth_flow: flow,
            client_id: self.request.client_id.clone(),
            auth_parameters: params,
        };
        self.call(Operation::InitiateAuth(
            request.with_device_key(self.device_key()),
        ))
    }

    /// Takes the username Cognito uses from a challenge, when it names one.
    pub fn adopt_username(&mut self, parameters: &BTreeMap<String, serde_json::Value>) {
        let named = ["USERNAME", "USER_ID_FOR_SRP"]
            .iter()
            .find_map(|key| parameters.get(*key).map(value_text))
            .filter(|name| !name.is_empty());
        if let Some(name) = named {
            self.username = name;
        }
    }

    /// RespondToAuthChallenge with USERNAME and SECRET_HASH for the current username.
    pub fn respond(
        &self,
        name: &ChallengeName,
        session: Option<SessionToken>,
        extra: Params,
    ) -> Call {
        let mut responses = vec![param("USERNAME", self.username.as_str())];
        responses.extend(extra);
        responses.extend(self.hash_for(&self.username));
        let request = RespondToAuthChallengeRequest {
            challenge_name: name.clone(),
            client_id: self.request.client_id.clone(),
            session,
            challenge_responses: responses,
        };
        self.call(Operation::RespondToAuthChallenge(
            request.with_device_key(self.device_key()),
        ))
    }

    /// The PASSWORD_VERIFIER answer: the SRP proof signed at `now`, as USER_ID_FOR_SRP (the
    /// internal username, also for SECRET_HASH), never the alias that was typed.
    pub fn password_verifier(
        &mut self,
        parameters: &BTreeMap<String, serde_json::Value>,
        session: Option<SessionToken>,
        now: SystemTime,
    ) -> Result<Call, SrpError> {
        let exchange = self.srp.as_ref().ok_or(SrpError::BadChallenge("SRP_A"))?;
        let text = |key: &'static str| {
            parameters
                .get(key)
                .map(value_text)
                .ok_or(SrpError::BadChallenge(key))
        };
        let pool_name = (self.request.pool_id.as_ref())
            .and_then(PoolId::name)
            .ok_or(SrpError::BadChallenge("pool ID"))?;
        let secret_block = text("SECRET_BLOCK")?;
        if let Ok(user_id) = text("USER_ID_FOR_SRP") {
            self.username = user_id;
        }
        let challenge = VerifierChallenge {
            pool_name,
            user_id: &self.username,
            srp_b: &text("SRP_B")?,
            salt: &text("SALT")?,
            secret_block: &secret_block,
        };
        let timestamp = srp::timestamp(chrono::DateTime::<chrono::Utc>::from(now));
        let claim = exchange.password_claim(&challenge, &self.request.password, &timestamp)?;
        // PASSWORD_VERIFIER's ChallengeResponses keys, not challenge choices.
        let extra = vec![
            param("PASSWORD_CLAIM_SECRET_BLOCK", secret_block.as_str()),
            param("PASSWORD_CLAIM_SIGNATURE", claim.signature),
            param("TIMESTAMP", claim.timestamp),
        ];
        Ok(self.respond(&ChallengeName::PasswordVerifier, session, extra))
    }

    pub fn associate_software_token(&self, session: SessionToken) -> Call {
        self.call(Operation::AssociateSoftwareToken(
            AssociateSoftwareTokenRequest { session },
        ))
    }

    pub fn verify_software_token(&self, session: SessionToken, code: SecretString) -> Call {
        self.call(Operation::VerifySoftwareToken(VerifySoftwareTokenRequest {
            session,
            user_code: code,
            friendly_device_name: "Cognito Login".to_owned(),
        }))
    }

    /// REFRESH_TOKEN_AUTH; SECRET_HASH with the internal username (cognito-protocol.md §4).
    pub fn refresh(&self, refresh_token: &RefreshToken, internal_username: &str) -> Call {
        let mut params = vec![("REFRESH_TOKEN".to_owned(), refresh_token.clone().into())];
        params.extend(self.hash_for(internal_username));
        let request = InitiateAuthRequest {
            auth_flow: AuthFlow::RefreshToken,
            client_id: self.request.client_id.clone(),
            auth_parameters: params,
        };
        // A tracked device's refresh token is refused without its key ("Invalid Refresh
        // Token"; next-wave.md, Devices).
        self.call(Operation::InitiateAuth(
            request.with_device_key(self.device_key()),
        ))
    }

    /// GetTokensFromRefreshToken, for clients that rotate refresh tokens: the raw secret.
    pub fn refresh_rotating(&self, refresh_token: &RefreshToken) -> Call {
        self.call(Operation::GetTokensFromRefreshToken(
            GetTokensFromRefreshTokenRequest {
                refresh_token: refresh_token.clone(),
                client_id: self.request.client_id.clone(),
                client_secret: self.request.client_secret.clone(),
                device_key: self.device_key().cloned(),
            },
        ))
    }
}
