//! The sign-in session as a pure state machine: `apply(event) -> effects`. The window and the
//! command line both drive it; neither decides anything about sign-in on its own. Time comes
//! in with the events and randomness from the SRP source it was built with, so every step can
//! be replayed in a test.
//!
//! Editing ──Submit──▶ Submitting ──▶ SignedIn (──Refresh──▶ SignedIn)
//!                      │   ▲  │
//!                      │   │  └──▶ Challenge ──Answer──▶ Submitting
//!                      │   └────── (PASSWORD_VERIFIER, MFA setup: answered without asking)
//!                      └──▶ Failed ──Submit──▶ …        Cancel / StartOver ──▶ Editing

use std::collections::HashMap;
use std::time::SystemTime;

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::retry::Retry;
use crate::cognito::srp::{SrpError, SrpExchange};
use crate::cognito::{AuthResponse, CognitoError, GetUserResponse, Reply, ServiceError};
use crate::workbench::Verdict;

use super::challenge::{
    Answer, Challenge, ChallengeKind, TotpSetup, clean_code, names, otpauth_uri, value_text,
};
use super::conversation::Conversation;
use super::explain::{
    AttemptContext, Explanation, explain_answer, explain_cognito, explain_input, explain_srp,
    password_not_allowed, srp_fallback_note,
};
use super::flow::{Flow, auth_flow};
use super::form::{InputError, SignInForm};
use super::service::{Call, Outcome};
use crate::workbench::tokens::{TokenKind, Tokens};
use background::Background;

#[path = "machine_background.rs"]
mod background;

#[derive(Debug)]
pub enum Event {
    Submit(SignInForm),
    /// The person's answer to the challenge on screen.
    Answer(Answer),
    /// Leave a challenge or a failure and go back to the form.
    StartOver,
    /// New ID and access tokens from the refresh token.
    Refresh,
    /// Start from a refresh token alone (the command line's `refresh`): validates the form
    /// without a password, then refreshes.
    Resume {
        form: SignInForm,
        refresh_token: SecretString,
    },
    Cancel,
    Finished {
        attempt: u64,
        outcome: Outcome,
        received_at: SystemTime,
    },
    /// Forget the tokens here, after revoking the refresh token with Cognito.
    SignOut,
    /// Sign out on every device (GlobalSignOut), then forget the tokens here.
    SignOutEverywhere,
    /// Ask Cognito who the access token belongs to (GetUser).
    WhoAmI,
    /// The call `attempt` failed in a way worth another try, which is about to happen.
    Retrying {
        attempt: u64,
        retry: Retry,
    },
}

impl Event {
    /// What kind of event this is, for the log (its contents may hold secrets).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Submit(_) => "Submit",
            Self::Answer(_) => "Answer",
            Self::StartOver => "StartOver",
            Self::Refresh => "Refresh",
            Self::Resume { .. } => "Resume",
            Self::Cancel => "Cancel",
            Self::Finished { outcome, .. } if outcome.is_ok() => "Finished(answer)",
            Self::Finished { .. } => "Finished(error)",
            Self::SignOut => "SignOut",
            Self::SignOutEverywhere => "SignOutEverywhere",
            Self::WhoAmI => "WhoAmI",
            Self::Retrying { .. } => "Retrying",
        }
    }
}

#[derive(Debug)]
pub enum Effect {
    /// Remember the submitted form's non-secret fields (a sign-in is being attempted). The
    /// caller holds that form; how it is remembered is the settings' business, a layer up.
    SaveSettings,
    Send {
        attempt: u64,
        /// Boxed: a call (its request and secrets) is far larger than the other effects.
        call: Box<Call>,
    },
    Abort {
        attempt: u64,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureCause {
    InvalidInput(InputError),
    Cognito(ServiceError),
    Network(String),
    UnexpectedResponse(String),
    /// The server's SRP challenge could not be answered.
    Srp(SrpError),
    /// An answer that cannot be sent as it is (an empty code, an unsupported choice).
    InvalidAnswer(String),
    /// Auto would have sent the password itself to `server`, which is not Amazon Cognito,
    /// without the person's yes for it.
    PasswordNotAllowed {
        server: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub cause: FailureCause,
    pub explanation: Explanation,
}

/// What the spinner says while a call is out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    SigningIn,
    CheckingAnswer,
    SettingUpMfa,
    Refreshing,
}

impl Activity {
    pub fn label(self) -> &'static str {
        match self {
            Self::SigningIn => "Signing in…",
            Self::CheckingAnswer => "Checking…",
            Self::SettingUpMfa => "Setting up the authenticator…",
            Self::Refreshing => "Refreshing…",
        }
    }
}

#[derive(Debug, Clone)]
pub struct SignedIn {
    pub tokens: Tokens,
    /// The InitiateAuth flow that signed in (USER_SRP_AUTH, USER_PASSWORD_AUTH, USER_AUTH).
    pub flow: &'static str,
    /// Things worth knowing about how it went, such as a fall-back from SRP.
    pub notes: Vec<String>,
    /// When the tokens were last refreshed, and with which operation.
    pub refreshed: Option<(SystemTime, &'static str)>,
    pub refreshing: bool,
    pub refresh_problem: Option<Failure>,
    /// The signature and claim checks of the ID and access tokens; `None` while checking.
    pub checks: TokenChecks,
    /// GetUser's answer, once asked for.
    pub user: Option<Result<GetUserResponse, Failure>>,
    pub looking_up: bool,
}

impl SignedIn {
    /// Freshly signed in: nothing refreshed, checked or looked up yet.
    fn new(tokens: Tokens, flow: &'static str, notes: Vec<String>) -> Box<Self> {
        Box::new(Self {
            tokens,
            flow,
            notes,
            refreshed: None,
            refreshing: false,
            refresh_problem: None,
            checks: TokenChecks::default(),
            user: None,
            looking_up: false,
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct TokenChecks {
    pub id: Option<Verdict>,
    pub access: Option<Verdict>,
}

impl TokenChecks {
    pub fn get(&self, kind: TokenKind) -> Option<&Verdict> {
        match kind {
            TokenKind::Id => self.id.as_ref(),
            TokenKind::Access => self.access.as_ref(),
            TokenKind::Refresh => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub enum Phase {
    #[default]
    Editing,
    Submitting {
        attempt: u64,
        context: AttemptContext,
        activity: Activity,
        /// Set while the call is being sent again (throttling, a server fault).
        retrying: Option<Retry>,
    },
    SignedIn(Box<SignedIn>),
    Challenge(Challenge),
    Failed(Failure),
}

impl Phase {
    /// The phase's name, for the log.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Editing => "Editing",
            Self::Submitting { .. } => "Submitting",
            Self::SignedIn(_) => "SignedIn",
            Self::Challenge(_) => "Challenge",
            Self::Failed(_) => "Failed",
        }
    }
}

/// What the call in flight was for, so its answer can be read.
#[derive(Debug)]
enum Step {
    Initiate {
        flow: &'static str,
        may_fall_back: bool,
    },
    /// An answer the app gave by itself (PASSWORD_VERIFIER).
    Automatic,
    /// The person's answer to `challenge`; on a wrong code it is shown again.
    Answer(Challenge),
    Associate(Challenge),
    VerifyTotp(Challenge),
    FinishSetup(Challenge),
    Refresh {
        operation: &'static str,
    },
}

pub type SrpSource = fn() -> Result<SrpExchange, SrpError>;

const GET_TOKENS: &str = "GetTokensFromRefreshToken";

#[derive(Debug)]
pub struct SignInSession {
    phase: Phase,
    attempts: u64,
    in_flight: Option<(u64, Step)>,
    conversation: Option<Conversation>,
    flow: &'static str,
    notes: Vec<String>,
    srp_source: SrpSource,
    /// Calls that run beside the sign-in: key fetches, GetUser, revoking at sign-out.
    background: HashMap<u64, Background>,
    /// Each issuer's JWKS, fetched once per session.
    jwks: HashMap<String, serde_json::Value>,
    check_tokens: bool,
    notice: Option<String>,
}

impl Default for SignInSession {
    fn default() -> Self {
        Self::with_srp_source(SrpExchange::prepared_or_new)
    }
}

impl SignInSession {
    /// A session whose SRP secrets come from `source` (tests use a fixed one).
    pub fn with_srp_source(srp_source: SrpSource) -> Self {
        Self {
            phase: Phase::Editing,
            attempts: 0,
            in_flight: None,
            conversation: None,
            flow: auth_flow::PASSWORD,
            notes: Vec::new(),
            srp_source,
            background: HashMap::new(),
            jwks: HashMap::new(),
            check_tokens: true,
            notice: None,
        }
    }

    /// Whether signed-in tokens are checked against their issuer's keys (the window does;
    /// the command line prints tokens and has `decode` for checking).
    pub fn set_token_checks(&mut self, on: bool) {
        self.check_tokens = on;
    }

    /// A sentence for the person about something that finished in the background (sign-out).
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn is_submitting(&self) -> bool {
        matches!(self.phase, Phase::Submitting { .. })
    }

    /// Whether any call is out, including a refresh while the tokens stay on screen.
    pub fn is_busy(&self) -> bool {
        self.in_flight.is_some()
    }

    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        tracing::trace!(event = event.name(), "event");
        let effects = self.react(event);
        tracing::trace!(phase = self.phase.name(), effects = effects.len(), "now");
        effects
    }

    fn react(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Submit(form) => self.submit(&form),
            Event::Answer(answer) => self.answer(answer),
            Event::StartOver => {
                // Dropping the conversation and tokens zeroizes the secrets (SecretString).
                let effects = self.abort();
                self.conversation = None;
                self.phase = Phase::Editing;
                effects
            }
            Event::SignOut => self.sign_out(false),
            Event::SignOutEverywhere => self.sign_out(true),
            Event::WhoAmI => self.who_am_i(),
            Event::Refresh => self.refresh(),
            Event::Resume {
                form,
                refresh_token,
            } => self.resume(&form, refresh_token),
            Event::Cancel => {
                let effects = self.abort();
                match &mut self.phase {
                    Phase::SignedIn(signed) => signed.refreshing = false,
                    Phase::Submitting { .. } => self.phase = Phase::Editing,
                    _ => {}
                }
                effects
            }
            Event::Retrying { attempt, retry } => {
                if let Phase::Submitting {
                    attempt: shown,
                    retrying,
                    ..
                } = &mut self.phase
                    && *shown == attempt
                {
                    *retrying = Some(retry);
                }
                Vec::new()
            }
            Event::Finished {
                attempt,
                outcome,
                received_at,
            } => match self.in_flight.take() {
                Some((current, step)) if current == attempt => {
                    self.finished(step, outcome, received_at)
                }
                other if self.background.contains_key(&attempt) => {
                    self.in_flight = other;
                    self.background_finished(attempt, outcome, received_at)
                }
                // A cancelled or superseded request answering late changes nothing.
                other => {
                    self.in_flight = other;
                    Vec::new()
                }
            },
        }
    }

    fn abort(&mut self) -> Vec<Effect> {
        self.in_flight
            .take()
            .map(|(attempt, _)| Effect::Abort { attempt })
            .into_iter()
            .collect()
    }

    fn start(&mut self, call: Call, step: Step, activity: Activity) -> Vec<Effect> {
        self.attempts += 1;
        let attempt = self.attempts;
        self.in_flight = Some((attempt, step));
        if activity != Activity::Refreshing
            && let Some(context) = self.context()
        {
            self.phase = Phase::Submitting {
                attempt,
                context,
                activity,
                retrying: None,
            };
        }
        vec![Effect::Send {
            attempt,
            call: Box::new(call),
        }]
    }

    fn context(&self) -> Option<AttemptContext> {
        self.conversation.as_ref().map(Conversation::context)
    }

    fn fail(&mut self, error: CognitoError) -> Vec<Effect> {
        self.phase = Phase::Failed(failure(error, self.context().as_ref()));
        Vec::new()
    }

    fn submit(&mut self, form: &SignInForm) -> Vec<Effect> {
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
        self.conversation = Some(Conversation::new(request));
        let mut effects = vec![Effect::SaveSettings];
        effects.extend(match flow {
            Flow::Auto if has_pool => self.initiate(auth_flow::SRP, true),
            Flow::Auto => {
                self.fall_back("SRP needs the user pool ID, which was not given".to_owned())
            }
            Flow::Srp => self.initiate(auth_flow::SRP, false),
            Flow::Password => self.initiate(auth_flow::PASSWORD, false),
            Flow::Choice => self.initiate(auth_flow::CHOICE, false),
        });
        effects
    }

    /// InitiateAuth for `flow`; an SRP exchange goes with USER_SRP_AUTH, and with USER_AUTH
    /// when PASSWORD_SRP is the preferred challenge.
    fn initiate(&mut self, flow: &'static str, may_fall_back: bool) -> Vec<Effect> {
        let srp_preferred = self
            .conversation
            .as_ref()
            .is_some_and(|c| c.request.preferred_challenge.as_deref() == Some("PASSWORD_SRP"));
        let wants_srp = flow == auth_flow::SRP || (flow == auth_flow::CHOICE && srp_preferred);
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
        self.flow = flow;
        let call = conversation.initiate(flow, srp);
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
    fn fall_back(&mut self, why: String) -> Vec<Effect> {
        let Some(request) = self.conversation.as_ref().map(|c| &c.request) else {
            return Vec::new();
        };
        if !request.may_send_password {
            self.phase = Phase::Failed(password_not_allowed(&request.endpoint, &why));
            return Vec::new();
        }
        self.notes.push(format!("Used USER_PASSWORD_AUTH: {why}."));
        self.initiate(auth_flow::PASSWORD, false)
    }

    fn srp_failed(&mut self, error: SrpError) -> Vec<Effect> {
        self.phase = Phase::Failed(Failure {
            explanation: explain_srp(&error),
            cause: FailureCause::Srp(error),
        });
        Vec::new()
    }

    fn finished(&mut self, step: Step, outcome: Outcome, at: SystemTime) -> Vec<Effect> {
        match step {
            Step::Initiate {
                flow,
                may_fall_back,
            } => match outcome {
                Ok(Reply::Auth(response)) => self.advance(response, at, may_fall_back),
                Err(error) if may_fall_back && srp_refused(&error) => {
                    self.fall_back(srp_fallback_note(&error))
                }
                Err(error) => self.fail(error),
                Ok(_) => self.fail(wrong_shape(flow)),
            },
            Step::Automatic => match outcome {
                Ok(Reply::Auth(response)) => self.advance(response, at, false),
                Err(error) => self.fail(error),
                Ok(_) => self.fail(wrong_shape("RespondToAuthChallenge")),
            },
            Step::Answer(challenge) | Step::FinishSetup(challenge) => match outcome {
                Ok(Reply::Auth(response)) => self.advance(response, at, false),
                Err(error) => self.answer_refused(challenge, error),
                Ok(_) => self.fail(wrong_shape("RespondToAuthChallenge")),
            },
            Step::Associate(challenge) => match outcome {
                Ok(Reply::Associated(associated)) => self.show_totp_setup(challenge, associated),
                Err(error) => self.fail(error),
                Ok(_) => self.fail(wrong_shape("AssociateSoftwareToken")),
            },
            Step::VerifyTotp(challenge) => match outcome {
                Ok(Reply::Verified(verified)) => self.totp_verified(challenge, verified),
                Err(error) => self.answer_refused(challenge, error),
                Ok(_) => self.fail(wrong_shape("VerifySoftwareToken")),
            },
            Step::Refresh { operation } => self.refreshed(operation, outcome, at),
        }
    }

    /// Reads an InitiateAuth or RespondToAuthChallenge answer: tokens, a challenge the app
    /// answers itself, or one to show.
    fn advance(
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
            let tokens = Tokens::from_result(result, at);
            self.phase = Phase::SignedIn(SignedIn::new(tokens, self.flow, self.notes.clone()));
            return self.check_tokens(at);
        }
        let Some(name) = challenge_name else {
            return self.fail(CognitoError::UnexpectedResponse {
                status: 200,
                detail: "the answer had neither tokens nor a challenge".to_owned(),
            });
        };
        let Some(conversation) = self.conversation.as_mut() else {
            return Vec::new();
        };
        conversation.adopt_username(&challenge_parameters);
        if name == names::PASSWORD_VERIFIER
            && may_fall_back
            && looks_like_a_stub(&challenge_parameters)
        {
            // Nothing about the password has been sent yet, so falling back is safe.
            return self.fall_back(
                "the server's SRP challenge is not Cognito's (its SRP_B is far too short; moto only imitates SRP)"
                    .to_owned(),
            );
        }
        if name == names::PASSWORD_VERIFIER {
            return match conversation.password_verifier(&challenge_parameters, session, at) {
                Ok(call) => self.start(call, Step::Automatic, Activity::SigningIn),
                Err(error) if may_fall_back => self.fall_back(format!(
                    "the server's SRP challenge could not be used ({error})"
                )),
                Err(error) => self.srp_failed(error),
            };
        }
        let available = available_challenges.unwrap_or_default();
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

    fn show_totp_setup(
        &mut self,
        mut challenge: Challenge,
        associated: crate::cognito::AssociateSoftwareTokenResponse,
    ) -> Vec<Effect> {
        let Some(secret) = associated.secret_code else {
            return self.fail(wrong_shape("AssociateSoftwareToken"));
        };
        let (issuer, account) = match &self.conversation {
            Some(c) => (
                c.request
                    .pool_id
                    .clone()
                    .unwrap_or_else(|| "Cognito".to_owned()),
                c.request.username.clone(),
            ),
            None => ("Cognito".to_owned(), String::new()),
        };
        let uri = otpauth_uri(&issuer, &account, secret.expose_secret());
        if let ChallengeKind::MfaSetup { totp, .. } = &mut challenge.kind {
            *totp = Some(TotpSetup {
                secret,
                uri: SecretString::from(uri),
            });
        }
        if associated.session.is_some() {
            challenge.session = associated.session;
        }
        self.phase = Phase::Challenge(challenge);
        Vec::new()
    }

    fn totp_verified(
        &mut self,
        mut challenge: Challenge,
        verified: crate::cognito::VerifySoftwareTokenResponse,
    ) -> Vec<Effect> {
        if verified.status.as_deref() == Some("ERROR") {
            challenge.problem = Some(answer_problem(
                "The authenticator app's code was not accepted.",
            ));
            self.phase = Phase::Challenge(challenge);
            return Vec::new();
        }
        if verified.session.is_some() {
            challenge.session = verified.session;
        }
        let Some(conversation) = &self.conversation else {
            return Vec::new();
        };
        let call = conversation.respond(names::MFA_SETUP, challenge.session.clone(), Vec::new());
        self.start(call, Step::FinishSetup(challenge), Activity::SettingUpMfa)
    }

    /// A refused answer: a wrong code or a password the policy rejects is shown on the same
    /// challenge to try again; anything that ended the session ends the sign-in.
    fn answer_refused(&mut self, mut challenge: Challenge, error: CognitoError) -> Vec<Effect> {
        let context = self.context();
        let retry_on_same_challenge = match &error {
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
        };
        if retry_on_same_challenge {
            challenge.problem = Some(failure(error, context.as_ref()));
            self.phase = Phase::Challenge(challenge);
            Vec::new()
        } else {
            self.fail(error)
        }
    }

    fn answer(&mut self, answer: Answer) -> Vec<Effect> {
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

    fn build_answer(
        &mut self,
        challenge: &Challenge,
        answer: Answer,
    ) -> Result<(Call, Step), Box<Failure>> {
        let srp = match (&challenge.kind, &answer) {
            (ChallengeKind::SelectChallenge { .. }, Answer::Choose(choice))
                if choice == "PASSWORD_SRP" =>
            {
                Some((self.srp_source)().map_err(|e| {
                    Box::new(Failure {
                        explanation: explain_srp(&e),
                        cause: FailureCause::Srp(e),
                    })
                })?)
            }
            _ => None,
        };
        let conversation = self
            .conversation
            .as_mut()
            .ok_or_else(|| boxed_problem("The sign-in was closed; start over."))?;
        let session = challenge.session.clone();
        let name = challenge.name.as_str();
        let one = |key: &str, value: SecretString| vec![(key.to_owned(), value)];
        let respond = |conversation: &Conversation, extra| {
            Ok((
                conversation.respond(name, session.clone(), extra),
                Step::Answer(challenge.clone()),
            ))
        };
        match (&challenge.kind, answer) {
            (ChallengeKind::MfaSetup { totp: Some(_), .. }, Answer::Code(code)) => {
                let code = checked_code(&code)?;
                let session = session.clone().ok_or_else(|| {
                    boxed_problem(
                        "Cognito sent no session for setting up the authenticator; start over.",
                    )
                })?;
                Ok((
                    conversation.verify_software_token(session, code),
                    Step::VerifyTotp(challenge.clone()),
                ))
            }
            (ChallengeKind::Code(code_challenge), Answer::Code(code)) => {
                let code = checked_code(&code)?;
                respond(conversation, one(code_challenge.response_key, code))
            }
            (
                ChallengeKind::NewPassword { required, .. },
                Answer::NewPassword {
                    password,
                    attributes,
                },
            ) => {
                if password.expose_secret().is_empty() {
                    return Err(boxed_problem("Type the new password."));
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
                    return Err(boxed_problem(&format!(
                        "Fill in the required attributes: {}.",
                        missing.join(", ")
                    )));
                }
                let mut extra = one("NEW_PASSWORD", password);
                extra.extend(
                    attributes
                        .into_iter()
                        .filter(|(_, v)| !v.trim().is_empty())
                        .map(|(k, v)| (format!("userAttributes.{k}"), SecretString::from(v))),
                );
                respond(conversation, extra)
            }
            (ChallengeKind::SelectMfa { .. }, Answer::Choose(choice)) => {
                respond(conversation, one("ANSWER", SecretString::from(choice)))
            }
            (ChallengeKind::SelectChallenge { .. }, Answer::Choose(choice)) => {
                let mut extra = one("ANSWER", SecretString::from(choice.clone()));
                match choice.as_str() {
                    names::WEB_AUTHN => {
                        return Err(boxed_problem(
                            "Passkeys (WEB_AUTHN) are not supported in this app yet; choose another way to sign in.",
                        ));
                    }
                    "PASSWORD" | "PASSWORD_SRP"
                        if conversation.request.password.expose_secret().is_empty() =>
                    {
                        return Err(boxed_problem(
                            "This way needs the password: start over and type it in the form.",
                        ));
                    }
                    "PASSWORD" => {
                        extra.push(("PASSWORD".to_owned(), conversation.request.password.clone()))
                    }
                    "PASSWORD_SRP" => {
                        if conversation.request.pool_id.is_none() {
                            return Err(boxed_problem(
                                "SRP needs the user pool ID: start over and fill it in, or choose PASSWORD.",
                            ));
                        }
                        if let Some(exchange) = srp {
                            extra.push(("SRP_A".to_owned(), SecretString::from(exchange.srp_a())));
                            conversation.srp = Some(exchange);
                        }
                    }
                    _ => {}
                }
                respond(conversation, extra)
            }
            (ChallengeKind::Custom, Answer::Custom(text)) => {
                respond(conversation, one("ANSWER", text))
            }
            (ChallengeKind::Unsupported { reason }, _) => Err(boxed_problem(reason)),
            (_, Answer::Generic(pairs)) => {
                let pairs: Vec<_> = pairs
                    .into_iter()
                    .filter(|(k, _)| !k.trim().is_empty())
                    .map(|(k, v)| (k.trim().to_owned(), v))
                    .collect();
                if pairs.is_empty() {
                    return Err(boxed_problem(
                        "Add at least one response key and its value.",
                    ));
                }
                respond(conversation, pairs)
            }
            _ => Err(boxed_problem(
                "This answer does not fit the challenge on screen.",
            )),
        }
    }

    fn refresh(&mut self) -> Vec<Effect> {
        if self.in_flight.is_some() {
            return Vec::new();
        }
        let (Phase::SignedIn(signed), Some(conversation)) = (&mut self.phase, &self.conversation)
        else {
            return Vec::new();
        };
        let Some(refresh_token) = signed.tokens.refresh.clone() else {
            return Vec::new();
        };
        signed.refreshing = true;
        signed.refresh_problem = None;
        let (call, operation) = if conversation.rotating_refresh {
            (conversation.refresh_rotating(&refresh_token), GET_TOKENS)
        } else {
            let username = signed
                .tokens
                .internal_username()
                .unwrap_or_else(|| conversation.username.clone());
            (
                conversation.refresh(&refresh_token, &username),
                auth_flow::REFRESH,
            )
        };
        self.start(call, Step::Refresh { operation }, Activity::Refreshing)
    }

    fn resume(&mut self, form: &SignInForm, refresh_token: SecretString) -> Vec<Effect> {
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
        self.phase = Phase::SignedIn(SignedIn::new(tokens, auth_flow::REFRESH, Vec::new()));
        self.refresh()
    }

    fn refreshed(
        &mut self,
        operation: &'static str,
        outcome: Outcome,
        at: SystemTime,
    ) -> Vec<Effect> {
        let context = self.context();
        let refused_by_rotation =
            matches!(&outcome, Err(e) if operation == auth_flow::REFRESH && refresh_refused(e));
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
                signed.refreshed = Some((at, operation));
                signed.checks = TokenChecks::default();
                return self.check_tokens(at);
            }
            Ok(_) => {
                signed.refresh_problem = Some(failure(wrong_shape(operation), context.as_ref()))
            }
            Err(error) => signed.refresh_problem = Some(failure(error, context.as_ref())),
        }
        Vec::new()
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

/// Cognito's SRP_B is a 3072-bit number: about 768 hex digits. One under 1024 bits comes
/// from an imitation (moto sends a UUID's hex), which would reject a correct answer.
fn looks_like_a_stub(parameters: &std::collections::BTreeMap<String, serde_json::Value>) -> bool {
    parameters
        .get("SRP_B")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|b| b.trim_start_matches('0').len() < 256)
}

fn wrong_shape(operation: &str) -> CognitoError {
    CognitoError::UnexpectedResponse {
        status: 200,
        detail: format!("the answer to {operation} was not in the expected shape"),
    }
}

fn checked_code(code: &SecretString) -> Result<SecretString, Box<Failure>> {
    let cleaned = clean_code(code.expose_secret());
    if cleaned.is_empty() {
        return Err(boxed_problem("Type the code."));
    }
    Ok(SecretString::from(cleaned))
}

fn answer_problem(text: &str) -> Failure {
    Failure {
        cause: FailureCause::InvalidAnswer(text.to_owned()),
        explanation: explain_answer(text),
    }
}

fn boxed_problem(text: &str) -> Box<Failure> {
    Box::new(answer_problem(text))
}

fn input_failure(error: InputError) -> Failure {
    Failure {
        explanation: explain_input(&error),
        cause: FailureCause::InvalidInput(error),
    }
}

pub(super) fn failure(error: CognitoError, context: Option<&AttemptContext>) -> Failure {
    // Every call is made within a conversation, so the context is always there in practice.
    let explanation = match context {
        Some(context) => explain_cognito(&error, context),
        None => explain_answer(&error.to_string()),
    };
    let cause = match error {
        CognitoError::Service(e) => FailureCause::Cognito(e),
        CognitoError::Network { kind, detail } => {
            FailureCause::Network(format!("{}: {detail}", kind.describe()))
        }
        CognitoError::UnexpectedResponse { status, detail } => {
            FailureCause::UnexpectedResponse(format!("HTTP {status}: {detail}"))
        }
    };
    Failure { cause, explanation }
}

#[cfg(test)]
#[path = "machine_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "machine_fallback_tests.rs"]
mod fallback_tests;
