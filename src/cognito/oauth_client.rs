//! The HTTP of managed login's endpoints (oauth.rs has the requests and answers): forms posted
//! to `/oauth2/token` and `/oauth2/revoke`, a Bearer GET of `/oauth2/userInfo`. Each answer is
//! read as every other is (no redirect followed, at most MAX_ANSWER_BYTES), and an error
//! answer is read only after every value sent is blanked out of it.

use std::time::{Duration, Instant};

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, WWW_AUTHENTICATE};
use secrecy::{ExposeSecret, SecretString};

use super::answer::{read_capped, refuse_redirect};
use super::endpoint::Endpoint;
use super::error::{CognitoError, classify_transport};
use super::oauth::{
    OAuthRevokeRequest, TokenRequest, UserInfoRequest, basic_authorization, form, on_domain,
};
use super::oauth_answer::{decode_oauth_error, decode_token_answer, decode_user_info};
use super::scrub::scrub;
use super::secrets::ClientSecret;
use super::vocabulary::ClientId;
use super::wire::{AuthResponse, GetUserResponse};

const FORM: &str = "application/x-www-form-urlencoded";

/// `POST {domain}/oauth2/token`.
pub(super) async fn token(
    http: &reqwest::Client,
    domain: &Endpoint,
    request: &TokenRequest,
    timeout: Duration,
) -> Result<AuthResponse, CognitoError> {
    let client = (&request.client_id, request.client_secret.as_ref());
    let fields = request.fields();
    let answer = post_form(http, domain, "/oauth2/token", &fields, client, timeout).await?;
    decode_token_answer(answer.status, &answer.body)
}

/// `POST {domain}/oauth2/revoke`: an empty 200 when done.
pub(super) async fn revoke(
    http: &reqwest::Client,
    domain: &Endpoint,
    request: &OAuthRevokeRequest,
    timeout: Duration,
) -> Result<(), CognitoError> {
    let client = (&request.client_id, request.client_secret.as_ref());
    let fields = request.fields();
    post_form(http, domain, "/oauth2/revoke", &fields, client, timeout).await?;
    Ok(())
}

/// `GET {domain}/oauth2/userInfo` with the access token as a Bearer token.
pub(super) async fn user_info(
    http: &reqwest::Client,
    domain: &Endpoint,
    request: &UserInfoRequest,
    timeout: Duration,
) -> Result<GetUserResponse, CognitoError> {
    let url = on_domain(domain, "/oauth2/userInfo", &[]);
    let bearer = SecretString::from(format!("Bearer {}", request.access_token.expose_secret()));
    let started = Instant::now();
    let response = http
        .get(url)
        .header(AUTHORIZATION, sensitive(&bearer)?)
        .timeout(timeout)
        .send()
        .await
        .map_err(|e| classify_transport(&e))?;
    let answer = Answer::read(response, started).await?;
    answer.log("/oauth2/userInfo");
    if answer.status >= 300 {
        return Err(answer.error(&[request.access_token.expose_secret().to_owned()]));
    }
    decode_user_info(answer.status, &answer.body)
}

/// Posts `fields` as a form, the client named in it and, with a secret, in Basic too; a 2xx
/// answer, or the error it says.
async fn post_form(
    http: &reqwest::Client,
    domain: &Endpoint,
    path: &str,
    fields: &[(&'static str, SecretString)],
    (client_id, secret): (&ClientId, Option<&ClientSecret>),
    timeout: Duration,
) -> Result<Answer, CognitoError> {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (*name, value.expose_secret()))
        .collect();
    let mut builder = http
        .post(on_domain(domain, path, &[]))
        .header(CONTENT_TYPE, FORM)
        .body(form(&pairs))
        .timeout(timeout);
    if let Some(basic) = basic_authorization(client_id, secret) {
        builder = builder.header(AUTHORIZATION, sensitive(&basic)?);
    }
    tracing::debug!(
        path,
        fields = %fields.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(","),
        host = domain.url().host_str().unwrap_or_default(),
        "sending"
    );
    let started = Instant::now();
    let response = builder.send().await.map_err(|e| classify_transport(&e))?;
    let answer = Answer::read(response, started).await?;
    answer.log(path);
    if answer.status >= 300 {
        let mut sent = secrets_of(fields);
        sent.extend(secret.map(|s| s.expose_secret().to_owned()));
        return Err(answer.error(&sent));
    }
    Ok(answer)
}

/// A header value that holds a secret: marked so that nothing of the HTTP stack prints it.
fn sensitive(value: &SecretString) -> Result<HeaderValue, CognitoError> {
    let mut header = HeaderValue::from_str(value.expose_secret()).map_err(|_| {
        CognitoError::UnexpectedResponse {
            status: 0,
            detail: "the app client ID, secret or token holds a character no HTTP header may hold"
                .to_owned(),
        }
    })?;
    header.set_sensitive(true);
    Ok(header)
}

/// The values of a form that are secrets: everything but its names and public fields.
fn secrets_of(fields: &[(&'static str, SecretString)]) -> Vec<String> {
    const PUBLIC: &[&str] = &["grant_type", "client_id", "redirect_uri", "scope"];
    fields
        .iter()
        .filter(|(name, _)| !PUBLIC.contains(name))
        .map(|(_, value)| value.expose_secret().to_owned())
        .filter(|value| value.chars().count() >= 4)
        .collect()
}

struct Answer {
    status: u16,
    www_authenticate: Option<String>,
    body: Vec<u8>,
    started: Instant,
}

impl Answer {
    async fn read(response: reqwest::Response, started: Instant) -> Result<Self, CognitoError> {
        refuse_redirect(&response)?;
        let status = response.status().as_u16();
        let www_authenticate = response
            .headers()
            .get(WWW_AUTHENTICATE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_capped(response).await?;
        Ok(Self {
            status,
            www_authenticate,
            body,
            started,
        })
    }

    /// Status, size and timing: never a value.
    fn log(&self, operation: &str) {
        tracing::debug!(
            operation,
            status = self.status,
            bytes = self.body.len(),
            ms = self.started.elapsed().as_millis() as u64,
            "answered"
        );
    }

    fn error(&self, sent: &[String]) -> CognitoError {
        let mut sent = sent.to_vec();
        sent.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let body = scrub(self.body.clone(), &sent);
        decode_oauth_error(self.status, self.www_authenticate.as_deref(), &body)
    }
}
