//! MFA_SETUP with an authenticator app: AssociateSoftwareToken's secret shown as a QR code,
//! then, once VerifySoftwareToken accepted the first code, the challenge answered without
//! asking (cognito-protocol.md §3).

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::{AssociateSoftwareTokenResponse, ChallengeName, VerifySoftwareTokenResponse};
use crate::messages::Message;
use crate::signin::challenge::{
    AUTHENTICATOR_ISSUER, Challenge, ChallengeKind, TotpSetup, otpauth_uri,
};
use crate::signin::failure::answer_problem;

use super::{Activity, Effect, Phase, SignInSession, Step, wrong_shape};

impl SignInSession {
    pub(super) fn show_totp_setup(
        &mut self,
        mut challenge: Challenge,
        associated: AssociateSoftwareTokenResponse,
    ) -> Vec<Effect> {
        let Some(secret) = associated.secret_code else {
            return self.fail(wrong_shape("AssociateSoftwareToken"));
        };
        // Labelled with the app's name and the user, not the raw pool ID: the entry must be
        // found again among the person's other accounts in the authenticator app.
        let account = (self.conversation.as_ref())
            .map(|c| c.request.username.clone())
            .unwrap_or_default();
        let uri = otpauth_uri(AUTHENTICATOR_ISSUER, &account, secret.expose_secret());
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

    pub(super) fn totp_verified(
        &mut self,
        mut challenge: Challenge,
        verified: VerifySoftwareTokenResponse,
    ) -> Vec<Effect> {
        if verified.status.as_deref() == Some("ERROR") {
            challenge.problem = Some(answer_problem(Message::new(
                "challenge-problem-code-not-accepted",
            )));
            self.phase = Phase::Challenge(challenge);
            return Vec::new();
        }
        if verified.session.is_some() {
            challenge.session = verified.session;
        }
        let Some(conversation) = &self.conversation else {
            return Vec::new();
        };
        let call = conversation.respond(
            &ChallengeName::MfaSetup,
            challenge.session.clone(),
            Vec::new(),
        );
        self.start(call, Step::FinishSetup(challenge), Activity::SettingUpMfa)
    }
}
