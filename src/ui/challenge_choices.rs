//! The choices a challenge offers (SELECT_MFA_TYPE's methods, USER_AUTH's ways to sign in):
//! a button each with a friendly name, Cognito's own name in its tooltip.

use egui::Ui;

use crate::cognito::ChallengeChoice;
use crate::signin::Answer;

use super::speech;

/// A friendly name for an MFA method or USER_AUTH choice, in the frame's language; the code
/// stays in the tooltip.
fn choice_label(ui: &Ui, choice: &ChallengeChoice) -> String {
    let key = match choice {
        ChallengeChoice::SoftwareTokenMfa => "challenge-choice-authenticator",
        ChallengeChoice::SmsMfa | ChallengeChoice::SmsOtp => "challenge-choice-sms",
        ChallengeChoice::EmailOtp => "challenge-choice-email",
        // Not a choice Cognito documents (its e-mail factor is EMAIL_OTP); labelled all the
        // same, as it always was, should a pool or an emulator offer it.
        ChallengeChoice::Other(name) if name == "EMAIL_MFA" => "challenge-choice-email",
        ChallengeChoice::Password => "challenge-choice-password",
        ChallengeChoice::PasswordSrp => "challenge-choice-password-srp",
        ChallengeChoice::WebAuthn => "challenge-choice-passkey",
        ChallengeChoice::Other(name) => return name.clone(),
    };
    speech::say(ui.ctx(), key)
}

/// Choices as Cognito spells them, for the person who wants the exact names.
pub fn names_of(choices: &[ChallengeChoice]) -> String {
    let names: Vec<&str> = choices.iter().map(ChallengeChoice::as_str).collect();
    names.join(", ")
}

/// A button per choice: the one clicked is the answer.
pub fn choice_buttons(ui: &mut Ui, choices: &[ChallengeChoice]) -> Option<Answer> {
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        for choice in choices {
            if ui
                .button(choice_label(ui, choice))
                .on_hover_text(choice.as_str())
                .clicked()
            {
                picked = Some(Answer::Choose(choice.clone()));
            }
        }
    });
    if choices.is_empty() {
        ui.label(speech::say(ui.ctx(), "challenge-no-choices"));
    }
    picked
}
