//! The calls that run beside a sign-in and never block it: fetching the issuer's keys to
//! check the tokens, GetUser, and revoking at sign-out. Part of the state machine: pure, time
//! from the events.

use std::time::SystemTime;

use crate::cognito::Url;
use crate::messages::Message;
use secrecy::ExposeSecret;

use crate::cognito::oauth::{OAuthRevokeRequest, UserInfoRequest};
use crate::cognito::{
    CognitoError, GetUserRequest, GlobalSignOutRequest, Operation, Reply, RevokeTokenRequest,
};
use crate::workbench::tokens::TokenKind;
use crate::workbench::verify::verify;
use crate::workbench::{Expected, Jwt, KeySource, Verdict};

use crate::signin::failure::failure;
use crate::signin::service::{Call, Outcome};

use super::step::Background;
use super::{Effect, Notice, Phase, SignInSession, wrong_shape};

impl SignInSession {
    /// A call beside the sign-in; only within a conversation, which knows where to send it.
    fn start_background(&mut self, operation: Operation, what: Background) -> Option<Effect> {
        let call = self.conversation.as_ref()?.call(operation);
        Some(self.send_beside(call, what))
    }

    /// Sends `call` beside the sign-in, its answer to be read as `what`.
    pub(super) fn send_beside(&mut self, call: Call, what: Background) -> Effect {
        self.attempts += 1;
        let attempt = self.attempts;
        self.background.insert(attempt, what);
        Effect::Send {
            attempt,
            call: Box::new(call),
        }
    }

    /// Checks the ID and access tokens with the keys at hand and fetches the keys not yet
    /// fetched; the checks finish when they arrive.
    pub(super) fn check_tokens(&mut self, at: SystemTime) -> Vec<Effect> {
        if !self.check_tokens {
            return Vec::new();
        }
        let mut fetch = Vec::new();
        for kind in [TokenKind::Id, TokenKind::Access] {
            match self.check_one(kind, at) {
                Err(url) if !fetch.contains(&url) => fetch.push(url),
                _ => {}
            }
        }
        let pending: Vec<Url> = self
            .background
            .values()
            .filter_map(|b| match b {
                Background::Jwks(url) => Some(url.clone()),
                _ => None,
            })
            .collect();
        fetch
            .into_iter()
            .filter(|url| !pending.contains(url))
            .filter_map(|url| {
                self.start_background(Operation::FetchJwks(url.clone()), Background::Jwks(url))
            })
            .collect()
    }

    /// Sets the verdict for one token when it can be given now; `Err(url)` when the keys at
    /// `url` are needed first.
    fn check_one(&mut self, kind: TokenKind, at: SystemTime) -> Result<(), Url> {
        let (Phase::SignedIn(signed), Some(conversation)) = (&mut self.phase, &self.conversation)
        else {
            return Ok(());
        };
        let slot = match kind {
            TokenKind::Id => &mut signed.checks.id,
            _ => &mut signed.checks.access,
        };
        if slot.is_some() {
            return Ok(());
        }
        let Some(token) = signed.tokens.get(kind) else {
            return Ok(());
        };
        let token = token.expose_secret();
        let verdict = match Jwt::parse(token) {
            Err(e) => Verdict::Invalid(
                Message::new("token-verdict-not-a-jwt").with("error", e.to_string()),
            ),
            Ok(jwt) => {
                let request = &conversation.request;
                match KeySource::for_endpoint(&jwt, &request.endpoint, request.pool_id.as_deref()) {
                    Err(reason) => Verdict::Unchecked(Message::said(reason)),
                    Ok(source) => {
                        let Some(keys) = self.jwks.get(source.jwks_url.as_str()) else {
                            return Err(source.jwks_url);
                        };
                        let expected = Expected {
                            client_id: Some(request.client_id.to_string()),
                            token_use: Some(if kind == TokenKind::Id {
                                "id"
                            } else {
                                "access"
                            }),
                        };
                        verify(token, keys, &source, &expected, at)
                    }
                }
            }
        };
        *slot = Some(verdict);
        Ok(())
    }

    pub(super) fn who_am_i(&mut self) -> Vec<Effect> {
        let Phase::SignedIn(signed) = &mut self.phase else {
            return Vec::new();
        };
        let Some(access) = signed.tokens.access.clone() else {
            return Vec::new();
        };
        if signed.looking_up {
            return Vec::new();
        }
        signed.looking_up = true;
        // Tokens from managed login have the openid scope userInfo wants; the API's GetUser
        // wants aws.cognito.signin.user.admin, which a browser sign-in may not have asked for.
        let by_domain = self.conversation.as_ref().is_some_and(|c| c.is_oauth());
        let operation = if by_domain {
            Operation::UserInfo(UserInfoRequest {
                access_token: access,
            })
        } else {
            Operation::GetUser(GetUserRequest {
                access_token: access,
            })
        };
        self.start_background(operation, Background::WhoAmI)
            .into_iter()
            .collect()
    }

    /// Forgets the tokens at once and tells Cognito in the background: RevokeToken for the
    /// refresh token, or GlobalSignOut for every device.
    pub(super) fn sign_out(&mut self, global: bool) -> Vec<Effect> {
        let mut effects = self.abort();
        let tokens = match &self.phase {
            Phase::SignedIn(signed) => Some(signed.tokens.clone()),
            _ => None,
        };
        let operation = tokens.and_then(|t| match (global, &self.conversation) {
            (true, _) => t.access.map(|access_token| {
                Operation::GlobalSignOut(GlobalSignOutRequest { access_token })
            }),
            (false, Some(c)) if c.is_oauth() => t.refresh.map(|token| {
                Operation::OAuthRevoke(OAuthRevokeRequest {
                    token,
                    client_id: c.request.client_id.clone(),
                    client_secret: c.request.client_secret.clone(),
                })
            }),
            (false, Some(c)) => t.refresh.map(|token| {
                Operation::RevokeToken(RevokeTokenRequest {
                    token,
                    client_id: c.request.client_id.clone(),
                    client_secret: c.request.client_secret.clone(),
                })
            }),
            (false, None) => None,
        });
        if let Some(operation) = operation {
            effects.extend(self.start_background(operation, Background::SignOut { global }));
        }
        // Managed login keeps a session cookie in the browser: /logout ends it, or the next
        // browser sign-in goes through without a password.
        let signed_in = matches!(self.phase, Phase::SignedIn(_));
        if let Some(address) = (self.conversation.as_ref())
            .filter(|_| signed_in)
            .and_then(|c| c.sign_out_address())
        {
            effects.push(Effect::OpenBrowser(address));
        }
        // Dropping the conversation and the tokens zeroizes them (SecretString).
        self.conversation = None;
        self.phase = Phase::Editing;
        effects
    }

    pub(super) fn background_finished(
        &mut self,
        attempt: u64,
        outcome: Outcome,
        at: SystemTime,
    ) -> Vec<Effect> {
        let Some(what) = self.background.remove(&attempt) else {
            return Vec::new();
        };
        match what {
            Background::Jwks(url) => {
                match outcome {
                    Ok(Reply::Jwks(keys)) => {
                        self.jwks.insert(url.to_string(), keys);
                        for kind in [TokenKind::Id, TokenKind::Access] {
                            let _ = self.check_one(kind, at);
                        }
                    }
                    other => {
                        let why = match other {
                            Err(e) => e.to_string(),
                            Ok(_) => "the answer was not a JWKS".to_owned(),
                        };
                        let reason = format!("could not fetch the issuer's keys from {url}: {why}");
                        if let Phase::SignedIn(signed) = &mut self.phase {
                            for slot in [&mut signed.checks.id, &mut signed.checks.access] {
                                if slot.is_none() {
                                    *slot = Some(Verdict::Unchecked(Message::said(reason.clone())));
                                }
                            }
                        }
                    }
                }
                Vec::new()
            }
            Background::WhoAmI => {
                let context = self.context();
                if let Phase::SignedIn(signed) = &mut self.phase {
                    signed.looking_up = false;
                    signed.user = Some(match outcome {
                        Ok(Reply::User(user)) => Ok(user),
                        Ok(_) => Err(failure(wrong_shape("GetUser"), context.as_ref())),
                        Err(e) => Err(failure(e, context.as_ref())),
                    });
                }
                Vec::new()
            }
            Background::SignOut { global } => {
                // A sign-in begun since is another matter: "Signed out" arriving in the middle
                // of it would be about the last session, not this one (issue 16). A failure
                // still says so: that refresh token may still work.
                let moved_on = !matches!(self.phase, Phase::Editing);
                self.notice = match (outcome, global) {
                    (Ok(_), _) if moved_on => None,
                    (Ok(_), false) => Some(Notice::Done(
                        "Signed out: Cognito revoked the refresh token.".to_owned(),
                    )),
                    (Ok(_), true) => Some(Notice::Done(
                        "Signed out everywhere: Cognito ended every session of this user."
                            .to_owned(),
                    )),
                    // moto (5.2) has no RevokeToken and answers HTTP 500 with an HTML page, so
                    // "Cognito did not confirm it" named neither who nor what: the token was
                    // not revoked, and it works until it expires.
                    (Err(e), false) => Some(Notice::Warning(format!(
                        "Signed out here, but the server did not revoke the refresh token, so it works until it expires ({}).",
                        short(&e)
                    ))),
                    (Err(e), true) => Some(Notice::Warning(format!(
                        "Signed out here, but the server did not end this user's other sessions: their tokens work until they expire ({}).",
                        short(&e)
                    ))),
                };
                Vec::new()
            }
            Background::Identity(call) => self.identity_answered(call, outcome),
            Background::Device(call) => self.device_answered(call, outcome),
        }
    }
}

fn short(error: &CognitoError) -> String {
    match error {
        CognitoError::Service(e) => format!("{}: {}", e.code, e.message),
        other => other.to_string(),
    }
}
