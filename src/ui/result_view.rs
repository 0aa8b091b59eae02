//! Below the form: the tokens, the failure explained, or the step Cognito asks for.

use egui::{RichText, Ui};
use secrecy::ExposeSecret;

use crate::signin::tokens::shorten;
use crate::signin::{Answer, Failure, FailureCause, SignedIn, TokenKind, Tokens};

use super::app::{copied_recently, labels};

/// What the person asked for in this part of the screen.
pub enum Request {
    Copy(TokenKind),
    SignOut,
    StartOver,
    Answer(Answer),
    Refresh,
    AutoRefresh(bool),
}

pub fn signed_in(
    ui: &mut Ui,
    signed: &SignedIn,
    copied: Option<(TokenKind, f64)>,
    auto_refresh: bool,
    out: &mut dyn FnMut(Request),
) {
    let tokens = &signed.tokens;
    ui.label(
        RichText::new("Signed in")
            .strong()
            .color(ui.visuals().hyperlink_color),
    );
    ui.label(format!("Flow used: {}", signed.flow));
    for note in &signed.notes {
        ui.label(format!("• {note}"));
    }
    ui.add_space(4.0);
    let now = ui.input(|i| i.time);
    egui::Grid::new("tokens")
        .num_columns(3)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (n, kind) in TokenKind::ALL.into_iter().enumerate() {
                let Some(token) = tokens.get(kind) else {
                    continue;
                };
                ui.label(kind.label());
                ui.monospace(shorten(token.expose_secret()));
                ui.horizontal(|ui| {
                    let tip = format!("{} to the clipboard (Ctrl+{})", labels::copy(kind), n + 1);
                    if ui.button(labels::copy(kind)).on_hover_text(tip).clicked() {
                        out(Request::Copy(kind));
                    }
                    if copied_recently(copied, kind, now) {
                        ui.label(labels::COPIED);
                    }
                });
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    ui.label(expiry_text(tokens));
    if let Some((at, operation)) = signed.refreshed {
        let local: chrono::DateTime<chrono::Local> = at.into();
        ui.label(format!(
            "Refreshed at {} with {operation}.",
            local.format("%H:%M:%S")
        ));
    }
    if let Some(problem) = &signed.refresh_problem {
        ui.label(
            RichText::new(format!("Refresh failed: {}", problem.explanation.summary))
                .color(ui.visuals().error_fg_color),
        );
        for hint in &problem.explanation.hints {
            ui.label(format!("• {hint}"));
        }
        if let Some(detail) = failure_detail(problem) {
            ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if tokens.refresh.is_some() {
            if signed.refreshing {
                ui.add(egui::Spinner::new());
                ui.label("Refreshing…");
            } else if ui
                .button(labels::REFRESH)
                .on_hover_text("Get new ID and access tokens with the refresh token")
                .clicked()
            {
                out(Request::Refresh);
            }
        }
        if ui
            .button(labels::SIGN_OUT)
            .on_hover_text("Forget these tokens")
            .clicked()
        {
            out(Request::SignOut);
        }
    });
    if tokens.refresh.is_some() {
        let mut on = auto_refresh;
        if ui
            .checkbox(&mut on, labels::AUTO_REFRESH)
            .on_hover_text("While the window is open, refresh a minute before the tokens expire")
            .changed()
        {
            out(Request::AutoRefresh(on));
        }
    }
}

fn expiry_text(tokens: &Tokens) -> String {
    let Some(at) = tokens.expires_at() else {
        return "The server did not say when the tokens expire.".to_owned();
    };
    let local: chrono::DateTime<chrono::Local> = at.into();
    let minutes = tokens.expires_in.unwrap_or_default() / 60;
    format!(
        "The ID and access tokens expire at {} ({} min after sign-in).",
        local.format("%H:%M:%S"),
        minutes
    )
}

pub fn failed(ui: &mut Ui, failure: &Failure) {
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
    if let Some(detail) = failure_detail(failure) {
        ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
    }
}

/// The developer's line under a failure: Cognito's exact code and message.
pub fn failure_detail(failure: &Failure) -> Option<String> {
    match &failure.cause {
        FailureCause::InvalidInput(_) | FailureCause::InvalidAnswer(_) => None,
        FailureCause::Cognito(e) => Some(match &e.request_id {
            Some(id) => format!("Cognito error {}: {}\nRequest ID {id}", e.code, e.message),
            None => format!("Cognito error {}: {}", e.code, e.message),
        }),
        FailureCause::Network(text) => Some(format!("Network error: {text}")),
        FailureCause::UnexpectedResponse(text) => Some(format!("Unexpected answer: {text}")),
        FailureCause::Srp(e) => Some(format!("SRP: {e}")),
    }
}
