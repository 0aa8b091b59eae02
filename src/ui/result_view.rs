//! Below the form: the tokens, the failure explained, or the step Cognito asks for.

use egui::{RichText, Ui};
use secrecy::ExposeSecret;

use crate::signin::tokens::shorten;
use crate::signin::{ChallengePrompt, Failure, FailureCause, Phase, TokenKind, Tokens};

use super::app::{copied_recently, labels};

/// What the person asked for in this part of the screen.
pub enum Request {
    Copy(TokenKind),
    SignOut,
}

pub fn show(
    ui: &mut Ui,
    phase: &Phase,
    copied: Option<(TokenKind, f64)>,
    out: &mut dyn FnMut(Request),
) {
    match phase {
        Phase::Editing | Phase::Submitting { .. } => {}
        Phase::SignedIn(tokens) => signed_in(ui, tokens, copied, out),
        Phase::Failed(failure) => failed(ui, failure),
        Phase::Challenge(challenge) => challenge_view(ui, challenge, out),
    }
}

fn signed_in(
    ui: &mut Ui,
    tokens: &Tokens,
    copied: Option<(TokenKind, f64)>,
    out: &mut dyn FnMut(Request),
) {
    ui.label(
        RichText::new("Signed in")
            .strong()
            .color(ui.visuals().hyperlink_color),
    );
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
    ui.add_space(8.0);
    if ui
        .button(labels::SIGN_OUT)
        .on_hover_text("Forget these tokens")
        .clicked()
    {
        out(Request::SignOut);
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

fn failed(ui: &mut Ui, failure: &Failure) {
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
    let detail = match &failure.cause {
        FailureCause::InvalidInput(_) => None,
        FailureCause::Cognito(e) => Some(match &e.request_id {
            Some(id) => format!("Cognito error {}: {}\nRequest ID {id}", e.code, e.message),
            None => format!("Cognito error {}: {}", e.code, e.message),
        }),
        FailureCause::Network(text) => Some(format!("Network error: {text}")),
        FailureCause::UnexpectedResponse(text) => Some(format!("Unexpected answer: {text}")),
    };
    if let Some(detail) = detail {
        ui.add(egui::Label::new(RichText::new(detail).monospace()).selectable(true));
    }
}

fn challenge_view(ui: &mut Ui, challenge: &ChallengePrompt, out: &mut dyn FnMut(Request)) {
    ui.label(
        RichText::new(format!(
            "Cognito asks for one more step: {}",
            challenge.name
        ))
        .strong(),
    );
    ui.label("This version of Cognito Login cannot answer this step yet. What Cognito sent:");
    egui::Grid::new("challenge-parameters")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (key, value) in &challenge.parameters {
                ui.monospace(key);
                ui.add(
                    egui::Label::new(RichText::new(value).monospace())
                        .selectable(true)
                        .wrap(),
                );
                ui.end_row();
            }
            if !challenge.available_challenges.is_empty() {
                ui.monospace("AvailableChallenges");
                ui.monospace(challenge.available_challenges.join(", "));
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    if ui.button(labels::START_OVER).clicked() {
        out(Request::SignOut);
    }
}
