//! New ID and access tokens from the refresh token: after a sign-in, or from a refresh token
//! alone (the command line's `refresh`). REFRESH_TOKEN_AUTH first; GetTokensFromRefreshToken
//! once the app client turns out to rotate refresh tokens.

use std::time::SystemTime;

use crate::cognito::{AuthFlow, AuthResponse, CognitoError, RefreshToken, Reply};
use crate::signin::conversation::Conversation;
use crate::signin::failure::{failure, input_failure};
use crate::signin::form::SignInForm;
use crate::signin::service::Outcome;
use crate::workbench::tokens::Tokens;

use super::step::RefreshBy;
use super::{Activity, Effect, Phase, SignInSession, SignedIn, Step, TokenChecks, wrong_shape};

impl SignInSession {
    pub(super) fn refresh(&mut self) -> Vec<Effect> {
        if self.in_flight.is_some() {
            return Vec::new();
        }
        let (Phase::SignedIn(signed), Some(conversation)) = (&mut self.phase, &self.conversation)
        else {
            return Vec::new();
        };
        if conversation.is_machine() {
            // Client credentials have no refresh token: the app client simply asks again.
            let Some(call) = conversation.machine_token() else {
                return Vec::new();
            };
            signed.refreshing = true;
            signed.refresh_problem = None;
            let by = RefreshBy::AskingAgain;
            return self.start(call, Step::Refresh { by }, Activity::Refreshing);
        }
        let Some(refresh_token) = signed.tokens.refresh.clone() else {
            return Vec::new();
        };
        signed.refreshing = true;
        signed.refresh_problem = None;
        let (call, by) = if conversation.is_oauth() {
            (
                conversation.token_refresh(&refresh_token),
                RefreshBy::TokenEndpoint,
            )
        } else if conversation.rotating_refresh {
            (
                conversation.refresh_rotating(&refresh_token),
                RefreshBy::Rotation,
            )
        } else {
            let username = signed
                .tokens
                .internal_username()
                .unwrap_or_else(|| conversation.username.clone());
            (
                conversation.refresh(&refresh_token, &username),
                RefreshBy::Flow,
            )
        };
        self.start(call, Step::Refresh { by }, Activity::Refreshing)
    }

    pub(super) fn resume(&mut self, form: &SignInForm, refresh_token: RefreshToken) -> Vec<Effect> {
        if self.in_flight.is_some() {
            return Vec::new();
        }
        let request = match form.validate_for_refresh() {
            Ok(request) => request,
            Err(error) => {
                self.phase = Phase::Failed(input_failure(error));
                return Vec::new();
            }
        };
        self.conversation = Some(Conversation::new(request));
        let tokens = Tokens {
            refresh: Some(refresh_token),
            ..Tokens::empty(SystemTime::UNIX_EPOCH)
        };
        self.phase = Phase::SignedIn(SignedIn::new(tokens, AuthFlow::RefreshToken, Vec::new()));
        self.refresh()
    }

    pub(super) fn refreshed(
        &mut self,
        by: RefreshBy,
        outcome: Outcome,
        at: SystemTime,
    ) -> Vec<Effect> {
        let context = self.context();
        let refused_by_rotation =
            matches!(&outcome, Err(e) if by == RefreshBy::Flow && refresh_refused(e));
        if refused_by_rotation {
            if let Some(conversation) = self.conversation.as_mut() {
                conversation.rotating_refresh = true;
            }
            if let Phase::SignedIn(signed) = &mut self.phase {
                signed.refreshing = false;
            }
            return self.refresh();
        }
        let Phase::SignedIn(signed) = &mut self.phase else {
            return Vec::new();
        };
        signed.refreshing = false;
        match outcome {
            Ok(Reply::Auth(AuthResponse {
                authentication_result: Some(result),
                ..
            })) => {
                signed.tokens = signed.tokens.refreshed(result, at);
                signed.refreshed = Some((at, by.name()));
                signed.checks = TokenChecks::default();
                return self.check_tokens(at);
            }
            Ok(_) => {
                signed.refresh_problem = Some(failure(wrong_shape(by.name()), context.as_ref()))
            }
            Err(error) => signed.refresh_problem = Some(failure(error, context.as_ref())),
        }
        Vec::new()
    }
}

/// REFRESH_TOKEN_AUTH refused because the client rotates refresh tokens: the documented
/// answer is "can't be used", so any refusal of the flow itself (not of the token) counts.
fn refresh_refused(error: &CognitoError) -> bool {
    let CognitoError::Service(e) = error else {
        return false;
    };
    let message = e.message.to_ascii_lowercase();
    message.contains("rotation")
        || (e.code == "InvalidParameterException" && !message.contains("refresh token"))
}
