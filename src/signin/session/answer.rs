//! The person's answer to the challenge on screen, checked and turned into the call that
//! carries it: one function per kind of challenge. A refused answer is shown on the same
//! challenge when another try can help.

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::srp::SrpExchange;
use crate::cognito::{ChallengeChoice, CognitoError, Password};
use crate::messages::Message;
use crate::signin::challenge::{Answer, Challenge, ChallengeKind, CodeChallenge, clean_code};
use crate::signin::conversation::Conversation;
use crate::signin::failure::{Failure, boxed_problem, failure, srp_failure};
use crate::signin::service::Call;

use super::{Activity, Effect, Phase, SignInSession, Step};

/// What an answer turns into: the call to send and what it is for, or why it cannot be sent.
type Built = Result<(Call, Step), Box<Failure>>;

/// ChallengeResponses besides USERNAME and SECRET_HASH, which the conversation adds.
type Responses = Vec<(String, SecretString)>;

impl SignInSession {
    pub(super) fn answer(&mut self, answer: Answer) -> Vec<Effect> {
        if self.in_flight.is_some() {
            return Vec::new();
        }
        let Phase::Challenge(challenge) = &self.phase else {
            return Vec::new();
        };
        let mut challenge = challenge.clone();
        challenge.problem = None;
        match self.build_answer(&challenge, answer) {
            Ok((call, step)) => {
                let activity = match step {
                    Step::VerifyTotp(_) => Activity::SettingUpMfa,
                    _ => Activity::CheckingAnswer,
                };
                self.start(call, step, activity)
            }
            Err(problem) => {
                challenge.problem = Some(*problem);
                self.phase = Phase::Challenge(challenge);
                Vec::new()
            }
        }
    }

    /// A refused answer: a wrong code or a password the policy rejects is shown on the same
    /// challenge to try again; anything that ended the session ends the sign-in.
    pub(super) fn answer_refused(
        &mut self,
        mut challenge: Challenge,
        error: CognitoError,
    ) -> Vec<Effect> {
        if worth_another_answer(&error) {
            challenge.problem = Some(failure(error, self.context().as_ref()));
            self.phase = Phase::Challenge(challenge);
            Vec::new()
        } else {
            self.fail(error)
        }
    }

    /// The call for `answer` to `challenge`, by the kind of challenge.
    fn build_answer(&mut self, challenge: &Challenge, answer: Answer) -> Built {
        // PASSWORD_SRP's exchange comes from the session's source, so it is made before the
        // conversation is borrowed below; a failure to make it is shown on the challenge.
        let srp = match (&challenge.kind, &answer) {
            (
                ChallengeKind::SelectChallenge { .. },
                Answer::Choose(ChallengeChoice::PasswordSrp),
            ) => Some((self.srp_source)().map_err(|e| Box::new(srp_failure(e)))?),
            _ => None,
        };
        let conversation = self
            .conversation
            .as_mut()
            .ok_or_else(|| boxed_problem(Message::new("challenge-problem-closed")))?;
        match (&challenge.kind, answer) {
            (ChallengeKind::MfaSetup { totp: Some(_), .. }, Answer::Code(code)) => {
                first_authenticator_code(conversation, challenge, &code)
            }
            (ChallengeKind::Code(kind), Answer::Code(code)) => {
                code_answer(conversation, challenge, kind, &code)
            }
            (
                ChallengeKind::NewPassword { required, .. },
                Answer::NewPassword {
                    password,
                    attributes,
                },
            ) => new_password(conversation, challenge, required, password, attributes),
            (ChallengeKind::SelectMfa { .. }, Answer::Choose(choice)) => {
                mfa_choice(conversation, challenge, choice)
            }
            (ChallengeKind::SelectChallenge { .. }, Answer::Choose(choice)) => {
                sign_in_choice(conversation, challenge, choice, srp)
            }
            (ChallengeKind::Custom, Answer::Custom(text)) => {
                custom_answer(conversation, challenge, text)
            }
            (ChallengeKind::Unsupported { reason }, _) => {
                Err(boxed_problem(Message::said(*reason)))
            }
            (_, Answer::Generic(pairs)) => hand_written(conversation, challenge, pairs),
            _ => Err(boxed_problem(Message::new(
                "challenge-problem-does-not-fit",
            ))),
        }
    }
}

/// Errors after which the same challenge can be answered again.
fn worth_another_answer(error: &CognitoError) -> bool {
    match error {
        CognitoError::Service(e) => matches!(
            e.code.as_str(),
            "CodeMismatchException"
                | "ExpiredCodeException"
                | "EnableSoftwareTokenMFAException"
                | "InvalidPasswordException"
                | "PasswordHistoryPolicyViolationException"
                | "InvalidParameterException"
                | "TooManyRequestsException"
        ),
        CognitoError::Network { .. } | CognitoError::UnexpectedResponse { .. } => true,
    }
}

/// RespondToAuthChallenge for `challenge` with `responses`.
fn respond(conversation: &Conversation, challenge: &Challenge, responses: Responses) -> Built {
    Ok((
        conversation.respond(&challenge.name, challenge.session.clone(), responses),
        Step::Answer(challenge.clone()),
    ))
}

fn one(key: &str, value: SecretString) -> Responses {
    vec![(key.to_owned(), value)]
}

/// MFA_SETUP: the first code of the authenticator app being set up goes to
/// VerifySoftwareToken, not to the challenge.
fn first_authenticator_code(
    conversation: &Conversation,
    challenge: &Challenge,
    code: &SecretString,
) -> Built {
    let code = checked_code(code)?;
    let session = challenge
        .session
        .clone()
        .ok_or_else(|| boxed_problem(Message::new("challenge-problem-no-setup-session")))?;
    Ok((
        conversation.verify_software_token(session, code),
        Step::VerifyTotp(challenge.clone()),
    ))
}

/// SOFTWARE_TOKEN_MFA, SMS_MFA, SMS_OTP, EMAIL_OTP: the code under its own response key.
fn code_answer(
    conversation: &Conversation,
    challenge: &Challenge,
    kind: &CodeChallenge,
    code: &SecretString,
) -> Built {
    let code = checked_code(code)?;
    respond(conversation, challenge, one(kind.response_key, code))
}

/// NEW_PASSWORD_REQUIRED: the new password and the attributes the pool requires.
fn new_password(
    conversation: &Conversation,
    challenge: &Challenge,
    required: &[String],
    password: Password,
    attributes: Vec<(String, String)>,
) -> Built {
    if password.expose_secret().is_empty() {
        return Err(boxed_problem(Message::new(
            "challenge-problem-type-new-password",
        )));
    }
    let missing: Vec<&str> = required
        .iter()
        .filter(|name| {
            !attributes
                .iter()
                .any(|(k, v)| k == *name && !v.trim().is_empty())
        })
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        return Err(boxed_problem(
            Message::new("challenge-problem-required-attributes").with("names", missing.join(", ")),
        ));
    }
    let mut responses = one("NEW_PASSWORD", password.into());
    responses.extend(
        attributes
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (format!("userAttributes.{k}"), SecretString::from(v))),
    );
    respond(conversation, challenge, responses)
}

/// SELECT_MFA_TYPE: the chosen method.
fn mfa_choice(
    conversation: &Conversation,
    challenge: &Challenge,
    choice: ChallengeChoice,
) -> Built {
    respond(
        conversation,
        challenge,
        one("ANSWER", SecretString::from(choice.to_string())),
    )
}

/// SELECT_CHALLENGE (USER_AUTH): the chosen way to sign in, with what it needs at once: the
/// password for PASSWORD, SRP_A (from `srp`) for PASSWORD_SRP.
fn sign_in_choice(
    conversation: &mut Conversation,
    challenge: &Challenge,
    choice: ChallengeChoice,
    srp: Option<SrpExchange>,
) -> Built {
    let mut responses = one("ANSWER", SecretString::from(choice.to_string()));
    match choice {
        ChallengeChoice::WebAuthn => {
            return Err(boxed_problem(Message::new("challenge-problem-passkey")));
        }
        _ if choice.is_a_password() && conversation.request.password.expose_secret().is_empty() => {
            return Err(boxed_problem(Message::new(
                "challenge-problem-needs-password",
            )));
        }
        ChallengeChoice::Password => responses.push(conversation.password_parameter()),
        ChallengeChoice::PasswordSrp => {
            if conversation.request.pool_id.is_none() {
                return Err(boxed_problem(Message::new(
                    "challenge-problem-srp-needs-pool",
                )));
            }
            if let Some(exchange) = srp {
                responses.push(("SRP_A".to_owned(), SecretString::from(exchange.srp_a())));
                conversation.srp = Some(exchange);
            }
        }
        _ => {}
    }
    respond(conversation, challenge, responses)
}

/// CUSTOM_CHALLENGE: the answer as typed.
fn custom_answer(conversation: &Conversation, challenge: &Challenge, text: SecretString) -> Built {
    respond(conversation, challenge, one("ANSWER", text))
}

/// A challenge this app does not know: the response keys typed by hand, blank keys dropped.
fn hand_written(
    conversation: &Conversation,
    challenge: &Challenge,
    pairs: Vec<(String, SecretString)>,
) -> Built {
    let pairs: Responses = pairs
        .into_iter()
        .filter(|(k, _)| !k.trim().is_empty())
        .map(|(k, v)| (k.trim().to_owned(), v))
        .collect();
    if pairs.is_empty() {
        return Err(boxed_problem(Message::new(
            "challenge-problem-no-response-key",
        )));
    }
    respond(conversation, challenge, pairs)
}

fn checked_code(code: &SecretString) -> Result<SecretString, Box<Failure>> {
    let cleaned = clean_code(code.expose_secret());
    if cleaned.is_empty() {
        return Err(boxed_problem(Message::new("challenge-problem-type-code")));
    }
    Ok(SecretString::from(cleaned))
}
