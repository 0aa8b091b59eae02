//! The HTTP side: one POST per operation to the endpoint's root, JSON 1.1 headers, no SigV4
//! (sign-in operations are unauthenticated, ../shared/docs/cognito-protocol.md §1.3).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::Url;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::answer::{AnswerHead, read_capped, refuse_redirect, shaped};
use super::endpoint::{Endpoint, is_loopback};
use super::error::{CognitoError, NetworkErrorKind, classify_transport, decode_response};
use super::http::{MadeWhenUsed, Proxying, build_http};
use super::identity::{self, CredentialsAnswer, GetIdAnswer};
use super::oauth_client;
use super::retry::{MAX_ATTEMPTS, Retry, backoff, worth_retrying};
use super::scrub::{scrub, sent_secrets};
use super::self_service_answer as answers;
use super::wire::{
    AuthResponse, InitiateAuthRequest, Operation, Reply, RespondToAuthChallengeRequest,
};

const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

#[derive(Clone)]
pub struct CognitoClient {
    /// Follows the system's proxy settings (HTTPS_PROXY, NO_PROXY, …).
    http: MadeWhenUsed,
    /// No proxy at all: for loopback endpoints, whatever HTTPS_PROXY, ALL_PROXY or the form
    /// say (a proxy must not see a password meant for this computer).
    direct: MadeWhenUsed,
    /// `direct` for plain `http://`, which only loopback endpoints may use: no TLS, so no CA
    /// certificates to read.
    plain: MadeWhenUsed,
    /// The client for the proxy chosen in the form, made when first needed and kept while
    /// the same proxy is used (a client per request would redo every TLS handshake).
    proxied: Arc<Mutex<Option<(Url, reqwest::Client)>>>,
}

impl CognitoClient {
    pub fn new() -> Result<Self, CognitoError> {
        // reqwest is built without a default crypto provider (ring instead of aws-lc-rs, see
        // Cargo.toml); installing twice is harmless, so the result is ignored.
        let _ = rustls::crypto::ring::default_provider().install_default();
        Ok(Self {
            http: MadeWhenUsed::default(),
            direct: MadeWhenUsed::default(),
            plain: MadeWhenUsed::default(),
            proxied: Arc::default(),
        })
    }

    /// The client with no proxy for a loopback `url`: without TLS for `http://`.
    fn direct_for(&self, url: &Url) -> Result<reqwest::Client, CognitoError> {
        if url.scheme() == "http" {
            self.plain.get(Proxying::Plain)
        } else {
            self.direct.get(Proxying::None)
        }
    }

    /// The HTTP client for `endpoint`: none for loopback, else the system's, or one through
    /// the chosen proxy.
    fn http_for(&self, endpoint: &Endpoint) -> Result<reqwest::Client, CognitoError> {
        if endpoint.is_loopback() {
            return self.direct_for(endpoint.url());
        }
        let Some(proxy) = endpoint.proxy() else {
            return self.http.get(Proxying::System);
        };
        let mut cached = self
            .proxied
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((url, client)) = cached.as_ref()
            && url == proxy
        {
            return Ok(client.clone());
        }
        let client = build_http(Proxying::Through(proxy))?;
        *cached = Some((proxy.clone(), client.clone()));
        Ok(client)
    }

    pub async fn initiate_auth(
        &self,
        endpoint: &Endpoint,
        request: &InitiateAuthRequest,
        timeout: Duration,
    ) -> Result<AuthResponse, CognitoError> {
        self.call_auth(endpoint, "InitiateAuth", request, timeout)
            .await
    }

    pub async fn respond_to_auth_challenge(
        &self,
        endpoint: &Endpoint,
        request: &RespondToAuthChallengeRequest,
        timeout: Duration,
    ) -> Result<AuthResponse, CognitoError> {
        self.call_auth(endpoint, "RespondToAuthChallenge", request, timeout)
            .await
    }

    /// Carries out one operation of the sign-in conversation.
    pub async fn perform(
        &self,
        endpoint: &Endpoint,
        operation: &Operation,
        timeout: Duration,
    ) -> Result<Reply, CognitoError> {
        let name = operation.name();
        match operation {
            Operation::InitiateAuth(body) => self.auth(endpoint, name, body, timeout).await,
            Operation::RespondToAuthChallenge(body) => {
                self.auth(endpoint, name, body, timeout).await
            }
            Operation::AssociateSoftwareToken(body) => self
                .call(endpoint, name, body, timeout)
                .await
                .map(Reply::Associated),
            Operation::VerifySoftwareToken(body) => self
                .call(endpoint, name, body, timeout)
                .await
                .map(Reply::Verified),
            Operation::GetTokensFromRefreshToken(body) => {
                self.auth(endpoint, name, body, timeout).await
            }
            Operation::GetUser(body) => {
                (self.call(endpoint, name, body, timeout).await).map(Reply::User)
            }
            Operation::RevokeToken(body) => self.done(endpoint, name, body, timeout).await,
            Operation::GlobalSignOut(body) => self.done(endpoint, name, body, timeout).await,
            Operation::FetchJwks(url) => self
                .fetch_jwks_with(&self.http_for(endpoint)?, url, timeout)
                .await
                .map(Reply::Jwks),
            Operation::OAuthToken(request) => {
                oauth_client::token(&self.http_for(endpoint)?, endpoint, request, timeout)
                    .await
                    .map(Reply::Auth)
            }
            Operation::UserInfo(request) => {
                oauth_client::user_info(&self.http_for(endpoint)?, endpoint, request, timeout)
                    .await
                    .map(Reply::User)
            }
            Operation::OAuthRevoke(request) => {
                oauth_client::revoke(&self.http_for(endpoint)?, endpoint, request, timeout)
                    .await
                    .map(|()| Reply::Done)
            }
            Operation::GetId(body) => (self.call::<_, GetIdAnswer>(endpoint, name, body, timeout))
                .await
                .and_then(identity::identity_id_from)
                .map(Reply::IdentityId),
            Operation::GetCredentialsForIdentity(body) => (self
                .call::<_, CredentialsAnswer>(endpoint, name, body, timeout))
            .await
            .and_then(identity::credentials_from)
            .map(Reply::AwsCredentials),
            Operation::SignUp(body) => (self.call(endpoint, name, body, timeout).await)
                .and_then(answers::sign_up_from)
                .map(Reply::SignedUp),
            Operation::ConfirmSignUp(body) => self.done(endpoint, name, body, timeout).await,
            Operation::ResendConfirmationCode(body) => {
                self.sent(endpoint, name, body, timeout).await
            }
            Operation::ForgotPassword(body) => self.sent(endpoint, name, body, timeout).await,
            Operation::ConfirmForgotPassword(body) => {
                self.done(endpoint, name, body, timeout).await
            }
            Operation::ChangePassword(body) => self.done(endpoint, name, body, timeout).await,
            Operation::UpdateUserAttributes(body) => {
                (self.call(endpoint, name, body, timeout).await)
                    .and_then(answers::attributes_updated_from)
                    .map(Reply::AttributesUpdated)
            }
            Operation::GetUserAttributeVerificationCode(body) => {
                self.sent(endpoint, name, body, timeout).await
            }
            Operation::VerifyUserAttribute(body) => self.done(endpoint, name, body, timeout).await,
            Operation::Device(device) => self.device(endpoint, device, timeout).await,
        }
    }

    /// An operation answered with tokens or a challenge.
    async fn auth<Req: Serialize>(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: &Req,
        timeout: Duration,
    ) -> Result<Reply, CognitoError> {
        (self.call_auth(endpoint, operation, body, timeout).await).map(Reply::Auth)
    }

    /// An operation whose answer on success says nothing (`{}`).
    pub(super) async fn done<Req: Serialize>(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: &Req,
        timeout: Duration,
    ) -> Result<Reply, CognitoError> {
        (self
            .call::<_, serde_json::Value>(endpoint, operation, body, timeout)
            .await)
            .map(|_| Reply::Done)
    }

    /// An operation that sends a code and says where it went.
    async fn sent<Req: Serialize>(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: &Req,
        timeout: Duration,
    ) -> Result<Reply, CognitoError> {
        (self.call(endpoint, operation, body, timeout).await)
            .and_then(answers::code_sent_from)
            .map(Reply::CodeSent)
    }

    /// `perform`, sent again after throttling, a server fault or a failed connection (see
    /// retry.rs), all within `timeout` in total: a retry that could not finish in the time
    /// left is not started. `on_retry` hears of each retry before its wait begins.
    pub async fn perform_with_retries(
        &self,
        endpoint: &Endpoint,
        operation: &Operation,
        timeout: Duration,
        on_retry: &(dyn Fn(Retry) + Send + Sync),
    ) -> Result<Reply, CognitoError> {
        let deadline = Instant::now() + timeout;
        let mut attempt = 1;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let error = match self.perform(endpoint, operation, left).await {
                Err(error) if attempt < MAX_ATTEMPTS && worth_retrying(operation, &error) => error,
                done => return done,
            };
            let wait = backoff(attempt + 1, jitter_ms());
            // Less than a second left after the wait is too little for another attempt.
            if Instant::now() + wait + Duration::from_secs(1) > deadline {
                return Err(error);
            }
            attempt += 1;
            tracing::debug!(
                operation = operation.name(),
                attempt,
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            on_retry(Retry {
                attempt,
                of: MAX_ATTEMPTS,
                reason: error.to_string(),
            });
            tokio::time::sleep(wait).await;
        }
    }

    /// A plain GET of the issuer's public keys (a JSON document), with the system's proxy.
    pub async fn fetch_jwks(
        &self,
        url: &reqwest::Url,
        timeout: Duration,
    ) -> Result<serde_json::Value, CognitoError> {
        let http = if is_loopback(url) {
            self.direct_for(url)?
        } else {
            self.http.get(Proxying::System)?
        };
        self.fetch_jwks_with(&http, url, timeout).await
    }

    async fn fetch_jwks_with(
        &self,
        http: &reqwest::Client,
        url: &reqwest::Url,
        timeout: Duration,
    ) -> Result<serde_json::Value, CognitoError> {
        let response = http
            .get(url.clone())
            .timeout(timeout)
            .send()
            .await
            .map_err(|e| classify_transport(&e))?;
        refuse_redirect(&response)?;
        let status = response.status().as_u16();
        let bytes = read_capped(response).await?;
        decode_response(status, None, None, None, &bytes)
    }

    /// `call` for an operation whose answer may carry tokens: used only when they are shaped
    /// like Cognito's.
    async fn call_auth<Req: Serialize>(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: &Req,
        timeout: Duration,
    ) -> Result<AuthResponse, CognitoError> {
        self.call(endpoint, operation, body, timeout)
            .await
            .and_then(shaped)
    }

    pub(super) async fn call<Req: Serialize, Resp: DeserializeOwned>(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: &Req,
        timeout: Duration,
    ) -> Result<Resp, CognitoError> {
        let encoding_failed = |e: serde_json::Error| CognitoError::UnexpectedResponse {
            status: 0,
            detail: format!("could not encode the request: {e}"),
        };
        // As a value once, for the log's field names and for the values an error answer may
        // not repeat; the bytes sent come from `body` itself, keeping its field order.
        let sent = serde_json::to_value(body).map_err(encoding_failed)?;
        if tracing::enabled!(tracing::Level::TRACE) {
            // Names only: the values are passwords, proofs, codes and sessions.
            let shape = crate::logging::field_names(&sent);
            tracing::trace!(operation, fields = %shape, "request");
        }
        let body = serde_json::to_vec(body).map_err(encoding_failed)?;
        let started = Instant::now();
        let response = self.post(endpoint, operation, body, timeout).await?;
        let (head, bytes) = AnswerHead::read(response, operation, started).await?;
        match head.decode(&bytes) {
            // Nothing the app sent may come back to the screen in an error, whatever the
            // server repeats: an error is read again from the answer with every sent value
            // blanked. (A good answer legitimately holds some: a session, a challenge's name.)
            Err(_) => head.decode(&scrub(bytes, &sent_secrets(&sent))),
            answer => answer,
        }
    }

    /// One POST of an operation's JSON to the endpoint's root, named in X-Amz-Target.
    async fn post(
        &self,
        endpoint: &Endpoint,
        operation: &str,
        body: Vec<u8>,
        timeout: Duration,
    ) -> Result<reqwest::Response, CognitoError> {
        tracing::debug!(
            operation,
            host = endpoint.url().host_str().unwrap_or_default(),
            proxy = endpoint.proxy().is_some(),
            "sending"
        );
        self.http_for(endpoint)?
            .post(endpoint.url().clone())
            .header("Content-Type", CONTENT_TYPE)
            .header(
                "X-Amz-Target",
                (identity::target(operation))
                    .unwrap_or_else(|| format!("{TARGET_PREFIX}{operation}")),
            )
            .body(body)
            .timeout(timeout)
            .send()
            .await
            .map_err(|e| {
                let error = classify_transport(&e);
                tracing::debug!(operation, kind = ?network_kind(&error), "no answer");
                error
            })
    }
}

/// 0–99 ms from the system's random source; 0 if it has none (the retry still happens).
fn jitter_ms() -> u64 {
    use ring::rand::SecureRandom;
    let mut byte = [0u8; 1];
    match ring::rand::SystemRandom::new().fill(&mut byte) {
        Ok(()) => u64::from(byte[0]) % 100,
        Err(_) => 0,
    }
}

/// For the log: how a transport failure failed, without its text (which quotes URLs).
fn network_kind(error: &CognitoError) -> Option<NetworkErrorKind> {
    match error {
        CognitoError::Network { kind, .. } => Some(*kind),
        _ => None,
    }
}
