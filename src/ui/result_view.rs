//! Below the form: a failure explained, with Cognito's exact words for the developer.

use egui::{RichText, Ui};

use crate::signin::{Failure, FailureCause};

use super::labels;
use super::request::{DeskAsk, Request};
use crate::signin::self_service::Screen;

pub fn failed(ui: &mut Ui, failure: &Failure, out: &mut impl FnMut(Request)) {
    explained(ui, failure, Heading::Failure);
    ui.add_space(6.0);
    if let FailureCause::PasswordNotAllowed { server } = &failure.cause
        && ui
            .button(labels::SEND_PASSWORD)
            .on_hover_text(format!(
                "Sign in again with USER_PASSWORD_AUTH, sending the password to {server}; this profile will not ask again for this server"
            ))
            .clicked()
    {
        out(Request::SendPasswordTo(server.clone()));
    }
    next_step(ui, failure, out);
    developer_detail(ui, failure);
}

/// A refusal that self-service answers gets the button to its screen (issue 19): an account
/// never confirmed, or a password an administrator reset.
fn next_step(ui: &mut Ui, failure: &Failure, out: &mut impl FnMut(Request)) {
    let FailureCause::Cognito(e) = &failure.cause else {
        return;
    };
    let (label, screen, hover) = match e.code.as_str() {
        "UserNotConfirmedException" => (
            labels::CONFIRM_ACCOUNT,
            Screen::ConfirmAccount,
            "Type the code sent at sign-up, or have it sent again",
        ),
        "PasswordResetRequiredException" => (
            labels::CHOOSE_NEW_PASSWORD,
            Screen::NewPassword,
            "Type the code Cognito sent for the reset, or have one sent, and choose a new password",
        ),
        _ => return,
    };
    if ui.button(label).on_hover_text(hover).clicked() {
        out(Request::Desk(DeskAsk::Open(screen)));
    }
}

/// Which failure is shown: the sign-in's own stands out; a refresh's or a "who am I"'s is a line
/// in the token panel, named by what failed.
#[derive(Clone, Copy)]
pub enum Heading {
    Failure,
    Refresh,
    WhoAmI,
    AwsCredentials,
    Device,
}

/// A failure's summary in the error colour and, but for "who am I" (one line in the panel),
/// its hints: the one way every failure in the window is put in words.
pub fn explained(ui: &mut Ui, failure: &Failure, heading: Heading) {
    let summary = &failure.explanation.summary;
    let text = match heading {
        Heading::Failure => RichText::new(summary).strong(),
        Heading::Refresh => RichText::new(format!("Refresh failed: {summary}")),
        Heading::WhoAmI => RichText::new(format!("Who am I failed: {summary}")),
        Heading::AwsCredentials => RichText::new(format!("No AWS credentials: {summary}")),
        Heading::Device => RichText::new(format!("This computer was not remembered: {summary}")),
    };
    ui.label(text.color(ui.visuals().error_fg_color));
    if !matches!(heading, Heading::WhoAmI) {
        for hint in &failure.explanation.hints {
            ui.label(format!("• {hint}"));
        }
    }
}

/// Cognito's exact code and message (or the network's words), selectable for a bug report.
pub fn developer_detail(ui: &mut Ui, failure: &Failure) {
    if let Some(detail) = failure_detail(failure) {
        ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
    }
}

/// The developer's line under a failure: Cognito's exact code and message.
fn failure_detail(failure: &Failure) -> Option<String> {
    match &failure.cause {
        FailureCause::InvalidInput(_)
        | FailureCause::InvalidAnswer(_)
        | FailureCause::PasswordNotAllowed { .. } => None,
        FailureCause::Cognito(e) => Some(match &e.request_id {
            Some(id) => format!("Cognito error {}: {}\nRequest ID {id}", e.code, e.message),
            None => format!("Cognito error {}: {}", e.code, e.message),
        }),
        FailureCause::Network(text) => Some(format!("Network error: {text}")),
        FailureCause::UnexpectedResponse(text) => Some(format!("Unexpected answer: {text}")),
        FailureCause::Srp(e) => Some(format!("SRP: {e}")),
        FailureCause::Browser(problem) => Some(format!("Browser: {problem}")),
        FailureCause::NonceMismatch => Some("ID token nonce does not match".to_owned()),
    }
}
