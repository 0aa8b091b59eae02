//! Starting a sign-in: the form checked, InitiateAuth for the chosen flow, Auto's fall-back
//! from SRP to USER_PASSWORD_AUTH, and reading Cognito's answer (tokens, the SRP step the app
//! answers itself, or a challenge to show).

use std::collections::BTreeMap;
use std::time::SystemTime;

use crate::cognito::srp::SrpError;
use crate::cognito::{
    AuthFlow, AuthResponse, AuthenticationResult, ChallengeChoice, ChallengeName, CognitoError,
    Reply,
};
use crate::messages::Message;
use crate::signin::challenge::{Challenge, ChallengeKind, value_text};
use crate::signin::conversation::Conversation;
use crate::signin::explain::srp_fallback_note;
use crate::signin::failure::{input_failure, password_not_allowed, srp_failure};
use crate::signin::flow::Flow;
use crate::signin::form::SignInForm;
use crate::signin::service::Outcome;
use crate::workbench::tokens::Tokens;

use super::{Activity, Effect, Phase, SignInSession, SignedIn, Step, wrong_shape};

impl SignInSession {
    pub(super) fn submit(&mut self, form: &SignInForm) -> Vec<Effect> {
        if self.in_flight.is_some() {
            return Vec::new();
        }
        let request = match form.validate() {
            Ok(request) => request,
            Err(error) => {
                self.phase = Phase::Failed(input_failure(error));
                return Vec::new();
            }
        };
        self.notes.clear();
        let flow = request.flow;
        let has_pool = request.pool_id.is_some();
        let by_domain = request.oauth.is_some();
        self.conversation = Some(Conversation::new(request));
        let mut effects = vec![Effect::SaveSettings];
        if by_domain {
            effects.extend(self.start_oauth());
            return effects;
        }
        effects.extend(match flow {
            Flow::Auto if has_pool => self.initiate(AuthFlow::UserSrp, true),
            Flow::Auto => self.fall_back(Message::new("note-srp-needs-pool-id")),
            Flow::Srp => self.initiate(AuthFlow::UserSrp, false),
            Flow::Password => self.initiate(AuthFlow::UserPassword, false),
            Flow::Choice => self.initiate(AuthFlow::UserAuth, false),
        });
        effects
    }

    /// InitiateAuth for `flow`; an SRP exchange goes with USER_SRP_AUTH, and with USER_AUTH
    /// when PASSWORD_SRP is the preferred challenge.
    pub(super) fn initiate(&mut self, flow: AuthFlow, may_fall_back: bool) -> Vec<Effect> {
        let srp_preferred = self
            .conversation
            .as_ref()
            .is_some_and(|c| c.request.preferred() == Some(ChallengeChoice::PasswordSrp));
        let wants_srp = flow == AuthFlow::UserSrp || (flow == AuthFlow::UserAuth && srp_preferred);
        let srp = if wants_srp {
            match (self.srp_source)() {
                Ok(exchange) => Some(exchange),
                Err(e) => return self.srp_failed(e),
            }
        } else {
            None
        };
        let Some(conversation) = self.conversation.as_mut() else {
            return Vec::new();
        };
        self.flow = flow.clone();
        let call = conversation.initiate(flow.clone(), srp);
        self.start(
            call,
            Step::Initiate {
                flow,
                may_fall_back,
            },
            Activity::SigningIn,
        )
    }

    /// Auto's step from SRP to USER_PASSWORD_AUTH, which sends the password itself: taken at
    /// once against Amazon Cognito, elsewhere only with the person's yes for that server
    /// (asked by the window once per profile; `--flow password` on the command line).
    fn fall_back(&mut self, why: Message) -> Vec<Effect> {
        let Some(request) = self.conversation.as_ref().map(|c| &c.request) else {
            return Vec::new();
        };
        if !request.may_send_password {
            self.phase = Phase::Failed(password_not_allowed(&request.endpoint, &why));
            return Vec::new();
        }
        self.notes
            .push(Message::new("note-used-password-auth").with("why", why));
        self.initiate(AuthFlow::UserPassword, false)
    }

    fn srp_failed(&mut self, error: SrpError) -> Vec<Effect> {
        self.phase = Phase::Failed(srp_failure(error));
        Vec::new()
    }

    /// InitiateAuth's answer; a refusal of SRP itself falls back when Auto may.
    pub(super) fn initiated(
        &mut self,
        flow: AuthFlow,
        may_fall_back: bool,
        outcome: Outcome,
        at: SystemTime,
    ) -> Vec<Effect> {
        if let Err(error) = &outcome
            && let Some(effects) = self.without_unknown_device(error, flow.clone(), may_fall_back)
        {
            return effects;
        }
        match outcome {
            Ok(Reply::Auth(response)) => self.advance(response, at, may_fall_back),
            Err(error) if may_fall_back && srp_refused(&error) => {
                self.fall_back(srp_fallback_note(&error))
            }
            Err(error) => self.fail(error),
            Ok(_) => self.fail(wrong_shape(flow.as_str())),
        }
    }

    /// Reads an InitiateAuth or RespondToAuthChallenge answer: tokens, a challenge the app
    /// answers itself, or one to show.
    pub(super) fn advance(
        &mut self,
        response: AuthResponse,
        at: SystemTime,
        may_fall_back: bool,
    ) -> Vec<Effect> {
        let AuthResponse {
            challenge_name,
            session,
            challenge_parameters,
            authentication_result,
            available_challenges,
        } = response;
        if let Some(result) = authentication_result {
            return self.signed_in_with(result, at);
        }
        let Some(name) = challenge_name.as_deref().map(ChallengeName::parse) else {
            return self.fail(CognitoError::UnexpectedResponse {
                status: 200,
                detail: "the answer had neither tokens nor a challenge".to_owned(),
            });
        };
        let Some(conversation) = self.conversation.as_mut() else {
            return Vec::new();
        };
        conversation.adopt_username(&challenge_parameters);
        if let Some(effects) =
            self.device_challenge(&name, &challenge_parameters, session.clone(), at)
        {
            return effects;
        }
        let Some(conversation) = self.conversation.as_mut() else {
            return Vec::new();
        };
        if name == ChallengeName::PasswordVerifier
            && may_fall_back
            && looks_like_a_stub(&challenge_parameters)
        {
            // Nothing about the password has been sent yet, so falling back is safe.
            return self.fall_back(Message::new("note-srp-challenge-is-a-stub"));
        }
        if name == ChallengeName::PasswordVerifier {
            return match conversation.password_verifier(&challenge_parameters, session, at) {
                Ok(call) => self.start(call, Step::Automatic, Activity::SigningIn),
                Err(error) if may_fall_back => self.fall_back(
                    Message::new("note-srp-challenge-unusable").with("error", error.to_string()),
                ),
                Err(error) => self.srp_failed(error),
            };
        }
        let available: Vec<ChallengeChoice> = (available_challenges.unwrap_or_default().iter())
            .map(|c| ChallengeChoice::parse(c))
            .collect();
        let challenge = Challenge {
            kind: ChallengeKind::from_parameters(&name, &challenge_parameters, &available),
            name,
            parameters: challenge_parameters
                .iter()
                .map(|(k, v)| (k.clone(), value_text(v)))
                .collect(),
            session,
            available,
            received_at: at,
            problem: None,
        };
        if challenge.kind.can_set_up_totp()
            && let Some(session) = challenge.session.clone()
        {
            let call = conversation.associate_software_token(session);
            return self.start(call, Step::Associate(challenge), Activity::SettingUpMfa);
        }
        self.phase = Phase::Challenge(challenge);
        Vec::new()
    }
}

impl SignInSession {
    /// Tokens: signed in, their checks started, and a device Cognito started tracking seen to.
    fn signed_in_with(&mut self, result: AuthenticationResult, at: SystemTime) -> Vec<Effect> {
        let new_device = result.new_device();
        let tokens = Tokens::from_result(result, at);
        self.phase = Phase::SignedIn(SignedIn::new(tokens, self.flow.clone(), self.notes.clone()));
        let mut effects = self.check_tokens(at);
        effects.extend(self.device_after_sign_in(new_device));
        effects
    }
}

/// Auto falls back to USER_PASSWORD_AUTH only when the client or server refuses SRP itself:
/// never after a wrong password (a second try would extend Cognito's lockout).
fn srp_refused(error: &CognitoError) -> bool {
    let CognitoError::Service(e) = error else {
        return false;
    };
    let message = e.message.to_ascii_lowercase();
    let refused_flow = e.code == "InvalidParameterException"
        && (message.contains("not enabled")
            || message.contains("not allowed")
            || message.contains("unsupported"));
    // cognito-local answers `CognitoLocal#Unsupported` to USER_SRP_AUTH.
    refused_flow || e.code == "Unsupported" || e.code == "UnsupportedError"
}

/// Cognito's SRP_B is a 3072-bit number: about 768 hex digits. One under 1024 bits comes
/// from an imitation (moto sends a UUID's hex), which would reject a correct answer.
fn looks_like_a_stub(parameters: &BTreeMap<String, serde_json::Value>) -> bool {
    parameters
        .get("SRP_B")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|b| b.trim_start_matches('0').len() < 256)
}

#[cfg(test)]
#[path = "start_tests.rs"]
mod tests;
