//! Below the form: a failure explained, with Cognito's exact words for the developer.

use egui::{RichText, Ui};

use crate::messages::{Lang, Message};
use crate::signin::{Failure, FailureCause};

use super::request::{DeskAsk, Request};
use super::speech::{language, say, words};
use crate::signin::self_service::Screen;

pub fn failed(ui: &mut Ui, failure: &Failure, out: &mut impl FnMut(Request)) {
    explained(ui, failure, Heading::Failure);
    ui.add_space(6.0);
    if let FailureCause::PasswordNotAllowed { server } = &failure.cause
        && ui
            .button(say(ui.ctx(), "error-send-password"))
            .on_hover_text(words(
                ui.ctx(),
                &Message::new("error-send-password-hover").with("server", server),
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
            "error-confirm-account",
            Screen::ConfirmAccount,
            "error-confirm-account-hover",
        ),
        "PasswordResetRequiredException" => (
            "error-choose-new-password",
            Screen::NewPassword,
            "error-choose-new-password-hover",
        ),
        _ => return,
    };
    let ctx = ui.ctx().clone();
    if ui
        .button(say(&ctx, label))
        .on_hover_text(say(&ctx, hover))
        .clicked()
    {
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
/// In the frame's language; Cognito's own code and message stay as it said them, in
/// `developer_detail`.
pub fn explained(ui: &mut Ui, failure: &Failure, heading: Heading) {
    let lang = language(ui.ctx());
    let summary = failure.explanation.summary.clone();
    let headed = |key: &'static str| Message::new(key).with("summary", summary.clone());
    let text = match heading {
        Heading::Failure => RichText::new(summary.words(lang)).strong(),
        Heading::Refresh => RichText::new(headed("error-heading-refresh").words(lang)),
        Heading::WhoAmI => RichText::new(headed("error-heading-who-am-i").words(lang)),
        Heading::AwsCredentials => RichText::new(headed("error-heading-aws").words(lang)),
        Heading::Device => RichText::new(headed("error-heading-device").words(lang)),
    };
    ui.label(text.color(ui.visuals().error_fg_color));
    if !matches!(heading, Heading::WhoAmI) {
        for hint in &failure.explanation.hints {
            ui.label(bullet(lang, hint));
        }
    }
}

/// A hint as one line of the list under a failure.
fn bullet(lang: Lang, hint: &Message) -> String {
    format!("• {}", hint.words(lang))
}

/// Cognito's exact code and message (or the network's words), selectable for a bug report.
pub fn developer_detail(ui: &mut Ui, failure: &Failure) {
    if let Some(detail) = failure_detail(failure) {
        let detail = words(ui.ctx(), &detail);
        ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
    }
}

/// The developer's line under a failure: Cognito's exact code and message, unchanged, in a
/// frame of the shown language.
fn failure_detail(failure: &Failure) -> Option<Message> {
    let said = |key: &'static str, text: String| Message::new(key).with("said", text);
    match &failure.cause {
        FailureCause::InvalidInput(_)
        | FailureCause::InvalidAnswer(_)
        | FailureCause::PasswordNotAllowed { .. } => None,
        FailureCause::Cognito(e) => {
            let detail = Message::new("error-detail-cognito")
                .with("code", &e.code)
                .with("said", &e.message);
            Some(match &e.request_id {
                Some(id) => Message::new("error-detail-request")
                    .with("detail", detail)
                    .with("id", id),
                None => detail,
            })
        }
        FailureCause::Network(text) => Some(said("error-detail-network", text.clone())),
        FailureCause::UnexpectedResponse(text) => {
            Some(said("error-detail-unexpected", text.clone()))
        }
        FailureCause::Srp(e) => Some(said("error-detail-srp", e.to_string())),
        FailureCause::Browser(problem) => Some(said("error-detail-browser", problem.to_string())),
        FailureCause::NonceMismatch => Some(Message::new("error-detail-nonce")),
    }
}
