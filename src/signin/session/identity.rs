//! AWS credentials for the signed-in person from an identity pool (issue 18, the enhanced
//! flow of cognito-protocol.md §8): GetId, then GetCredentialsForIdentity, each with
//! `Logins = { "cognito-idp.<region>.amazonaws.com/<user pool>": ID token }`. Both run beside
//! the tokens, which stay on screen; a refresh that brings a new ID token keeps credentials
//! already got (they are good until their own expiry), and signing out drops them.

use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::{
    Endpoint, GetCredentialsRequest, GetIdRequest, IdentityPoolId, Operation, Reply,
    identity_endpoint, logins_key,
};
use crate::messages::Message;
use crate::signin::explain::IdentityAttempt;
use crate::signin::failure::{
    Failure, boxed_problem, identity_failure, identity_pool_id_failure, no_id_token_failure,
};
use crate::signin::service::{Call, Outcome};
use crate::workbench::Jwt;

use super::phase::AwsCredentialsState;
use super::step::{Background, IdentityCall, IdentityStep};
use super::{Effect, Phase, SignInSession, wrong_shape};

impl SignInSession {
    /// Starts GetId for `identity_pool_id` with the ID token; nothing while a fetch is out.
    pub(super) fn get_aws_credentials(&mut self, identity_pool_id: &str) -> Vec<Effect> {
        let Phase::SignedIn(signed) = &self.phase else {
            return Vec::new();
        };
        if matches!(signed.aws, Some(AwsCredentialsState::Fetching)) {
            return Vec::new();
        }
        let planned = self.plan_identity_call(identity_pool_id);
        let Phase::SignedIn(signed) = &mut self.phase else {
            return Vec::new();
        };
        match planned {
            Err(problem) => {
                signed.aws = Some(AwsCredentialsState::Failed(*problem));
                Vec::new()
            }
            Ok((call, token)) => {
                signed.aws = Some(AwsCredentialsState::Fetching);
                let operation = Operation::GetId(GetIdRequest {
                    identity_pool_id: call.pool.clone(),
                    logins: BTreeMap::from([(call.provider.clone(), token)]),
                });
                self.send_identity(operation, call)
            }
        }
    }

    /// Where the calls go and with which key, from the signed-in tokens and the conversation.
    fn plan_identity_call(&self, raw: &str) -> Result<(IdentityCall, SecretString), Box<Failure>> {
        let pool =
            IdentityPoolId::parse(raw).map_err(|bad| Box::new(identity_pool_id_failure(&bad)))?;
        let (Phase::SignedIn(signed), Some(conversation)) = (&self.phase, &self.conversation)
        else {
            return Err(Box::new(no_id_token_failure()));
        };
        let token = signed
            .tokens
            .id
            .clone()
            .ok_or_else(|| Box::new(no_id_token_failure()))?;
        let claims = Jwt::parse(token.expose_secret()).ok();
        let claim = |name: &str| {
            (claims.as_ref())
                .and_then(|jwt| jwt.str_claim(name))
                .unwrap_or_default()
                .to_owned()
        };
        // The request's pool ID when given, else the issuer's last path segment.
        let user_pool_id = match &conversation.request.pool_id {
            Some(pool_id) => pool_id.to_string(),
            None => claim("iss")
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned(),
        };
        let asked = IdentityAttempt {
            identity_pool_id: pool.to_string(),
            user_pool_id: user_pool_id.clone(),
            client_id: Some(claim("aud"))
                .filter(|aud| !aud.is_empty())
                .unwrap_or_else(|| conversation.request.client_id.to_string()),
        };
        let provider = logins_key(&user_pool_id).map_err(|e| {
            boxed_problem(
                Message::new("error-identity-user-pool-unknown").with("why", e.to_string()),
            )
        })?;
        let sign_in = &conversation.request.endpoint;
        let domain = conversation.request.oauth.as_ref().map(|o| &o.domain);
        let custom = custom_identity_endpoint(sign_in, domain);
        let proxy = sign_in.proxy().map(|p| p.as_str()).unwrap_or_default();
        // Both were checked already (the pool's region, the sign-in's endpoint and proxy).
        let endpoint = identity_endpoint(&pool, custom)
            .and_then(|e| e.with_proxy(proxy))
            .map_err(|e| boxed_problem(Message::said(e.to_string())))?;
        let call = IdentityCall {
            step: IdentityStep::GetId,
            pool,
            endpoint,
            provider,
            asked,
        };
        Ok((call, token))
    }

    fn send_identity(&mut self, operation: Operation, what: IdentityCall) -> Vec<Effect> {
        let Some(conversation) = &self.conversation else {
            return Vec::new();
        };
        let call = Call {
            endpoint: what.endpoint.clone(),
            timeout: conversation.request.timeout,
            operation,
        };
        self.attempts += 1;
        let attempt = self.attempts;
        self.background
            .insert(attempt, Background::Identity(Box::new(what)));
        vec![Effect::Send {
            attempt,
            call: Box::new(call),
        }]
    }

    /// GetId's answer starts GetCredentialsForIdentity; that one's gives the credentials.
    /// An answer for a session signed out (or not fetching) since changes nothing.
    pub(super) fn identity_answered(
        &mut self,
        call: Box<IdentityCall>,
        outcome: Outcome,
    ) -> Vec<Effect> {
        let (Some(mut context), Phase::SignedIn(signed)) = (self.context(), &mut self.phase) else {
            return Vec::new();
        };
        if !matches!(signed.aws, Some(AwsCredentialsState::Fetching)) {
            return Vec::new();
        }
        // A network failure names the host that was asked: the identity pool's.
        context.endpoint = call.endpoint.clone();
        let refused =
            |error| AwsCredentialsState::Failed(identity_failure(error, &context, &call.asked));
        let next = match (call.step, outcome) {
            (IdentityStep::GetId, Ok(Reply::IdentityId(identity_id))) => {
                match signed.tokens.id.clone() {
                    Some(token) => Some((identity_id, token)),
                    None => {
                        signed.aws = Some(AwsCredentialsState::Failed(no_id_token_failure()));
                        return Vec::new();
                    }
                }
            }
            (IdentityStep::GetCredentials, Ok(Reply::AwsCredentials(credentials))) => {
                signed.aws = Some(AwsCredentialsState::Got(Box::new(credentials)));
                None
            }
            (IdentityStep::GetId, Ok(_)) => {
                signed.aws = Some(refused(wrong_shape("GetId")));
                None
            }
            (IdentityStep::GetCredentials, Ok(_)) => {
                signed.aws = Some(refused(wrong_shape("GetCredentialsForIdentity")));
                None
            }
            (_, Err(error)) => {
                signed.aws = Some(refused(error));
                None
            }
        };
        let Some((identity_id, token)) = next else {
            return Vec::new();
        };
        let operation = Operation::GetCredentialsForIdentity(GetCredentialsRequest {
            identity_id,
            logins: BTreeMap::from([(call.provider.clone(), token)]),
        });
        let call = IdentityCall {
            step: IdentityStep::GetCredentials,
            ..*call
        };
        self.send_identity(operation, call)
    }
}

/// Where the identity pool is asked when not at its own region's address: emulators serve
/// both services on one port, so a custom endpoint serves the identity pool too. Not a
/// managed-login domain standing in for the endpoint (a custom domain such as
/// auth.example.com serves no API), unless it is on this computer (an emulator's). Empty: the
/// identity pool's own region, which may differ from the user pool's.
fn custom_identity_endpoint<'a>(sign_in: &'a Endpoint, domain: Option<&Endpoint>) -> &'a str {
    let only_the_domain = domain.is_some_and(|d| d.url() == sign_in.url());
    if sign_in.is_custom() && (!only_the_domain || sign_in.is_loopback()) {
        sign_in.url().as_str()
    } else {
        ""
    }
}

#[cfg(test)]
#[path = "identity_tests.rs"]
mod tests;
