//! Below the form: a failure explained, with Cognito's exact words for the developer.

use egui::{RichText, Ui};

use crate::signin::{Failure, FailureCause};

use super::labels;
use super::request::Request;

pub fn failed(ui: &mut Ui, failure: &Failure, out: &mut impl FnMut(Request)) {
    let error_color = ui.visuals().error_fg_color;
    ui.label(
        RichText::new(&failure.explanation.summary)
            .strong()
            .color(error_color),
    );
    for hint in &failure.explanation.hints {
        ui.label(format!("• {hint}"));
    }
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
    if let Some(detail) = failure_detail(failure) {
        ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
    }
}

/// The developer's line under a failure: Cognito's exact code and message.
pub fn failure_detail(failure: &Failure) -> Option<String> {
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
    }
}
