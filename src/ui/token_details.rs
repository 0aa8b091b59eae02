//! One token opened up: the signature check and whose keys it used, the picked claims, the
//! times in local time with the expiry countdown, the header and every claim; and the panel's
//! one line on when the tokens expire.

use std::time::{Duration, SystemTime};

use egui::{Color32, RichText, Ui};

use crate::messages::Message;
use crate::workbench::jwt::{TIMES, expiry_message, far_future, local_date, time_left};
use crate::workbench::{Jwt, TokenKind, Tokens, Verdict};

use super::labels;
use super::request::Request;
use super::speech::{say, words};

/// The signature check, and whose keys it used: "the user pool's" only where nobody but the
/// person chose the server (a token signed by a look-alike's own keys is not the pool's).
fn verdict_line(ui: &mut Ui, (verdict, keys_from): (Option<&Verdict>, Option<&str>)) {
    let visuals = ui.visuals();
    // The reasons stay as the check words them (the command line's JSON carries them too).
    let (said, color) = match verdict {
        None => (
            Message::new("token-signature-checking"),
            visuals.weak_text_color(),
        ),
        Some(Verdict::Valid) => (
            match keys_from {
                None => Message::new("token-signature-valid"),
                Some(server) => Message::new("token-signature-valid-from").with("server", server),
            },
            Color32::from_rgb(90, 180, 90),
        ),
        Some(Verdict::Invalid(reason)) => (
            Message::new("token-signature-invalid").with("reason", reason.clone()),
            visuals.error_fg_color,
        ),
        Some(Verdict::Unchecked(reason)) => (
            Message::new("token-signature-unchecked").with("reason", reason.clone()),
            visuals.warn_fg_color,
        ),
    };
    ui.label(RichText::new(words(ui.ctx(), &said)).color(color));
}

pub fn details(
    ui: &mut Ui,
    kind: TokenKind,
    token: &str,
    verdict: (Option<&Verdict>, Option<&str>),
    now: SystemTime,
    out: &mut dyn FnMut(Request),
) {
    // The ID from the English name: the same whichever language is on screen.
    egui::CollapsingHeader::new(words(ui.ctx(), &kind.details_heading()))
        .id_salt(("details", labels::details(kind)))
        .show(ui, |ui| {
            verdict_line(ui, verdict);
            let jwt = match Jwt::parse(token) {
                Ok(jwt) => jwt,
                Err(e) => {
                    let why = Message::new("token-not-a-jwt").with("error", e.to_string());
                    ui.label(words(ui.ctx(), &why));
                    return;
                }
            };
            egui::Grid::new(("claims", labels::details(kind)))
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for (name, value) in jwt.picked() {
                        ui.monospace(name);
                        ui.add(egui::Label::new(value).selectable(true).wrap());
                        ui.end_row();
                    }
                    for name in TIMES {
                        let Some(at) = jwt.time_claim(name) else {
                            continue;
                        };
                        ui.monospace(name);
                        let mut text = date(ui, at, "%Y-%m-%d %H:%M:%S");
                        if name == "exp" {
                            let countdown = words(ui.ctx(), &expiry_message(at, now));
                            text = format!("{text} ({countdown})");
                        }
                        let response = ui.label(text);
                        if name == "exp" && at > now && ui.is_rect_visible(response.rect) {
                            // The countdown ticks once a second, and only while it is seen.
                            ui.ctx().request_repaint_after(Duration::from_secs(1));
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(4.0);
            ui.label(say(ui.ctx(), "token-header"));
            ui.add(
                egui::Label::new(RichText::new(jwt.pretty_header()).monospace()).selectable(true),
            );
            ui.horizontal(|ui| {
                ui.label(say(ui.ctx(), "token-claims"));
                let copy = words(ui.ctx(), &kind.copy_claims_button());
                if ui.small_button(copy).clicked() {
                    out(Request::CopyClaims(kind));
                }
            });
            ui.add(
                egui::Label::new(RichText::new(jwt.pretty_claims()).monospace()).selectable(true),
            );
        });
}

/// When the ID and access tokens expire, from `ExpiresIn` or else the tokens' own `exp`
/// (cognito-local sends no `ExpiresIn`: the line said "0 min after they were issued" while
/// the details said 23 h 59 min). Redrawn when the minute changes, not every second.
pub fn expiry_text(ui: &Ui, tokens: &Tokens, now: SystemTime) -> String {
    let Some(at) = tokens.expires_at() else {
        return say(ui.ctx(), "token-expiry-unknown");
    };
    // Client credentials give an access token alone.
    let which = if tokens.id.is_some() {
        "both"
    } else {
        "access"
    };
    let when = local_date(at, "%H:%M:%S");
    if at <= now {
        let said = Message::new("token-expired-at")
            .with("tokens", which)
            .with("when", when);
        return words(ui.ctx(), &said);
    }
    let Some(left) = time_left(at, now) else {
        let said = Message::new("token-expires-far").with("tokens", which);
        return words(ui.ctx(), &said);
    };
    if let Ok(until) = at.duration_since(now) {
        let into_minute = until.as_secs() % 60;
        ui.ctx()
            .request_repaint_after(Duration::from_secs(into_minute + 1));
    }
    let said = Message::new("token-expires-at")
        .with("tokens", which)
        .with("when", when)
        .with("left", left);
    words(ui.ctx(), &said)
}

/// `at` in local time, or "far future" in the frame's language past the year 9999.
fn date(ui: &Ui, at: SystemTime, format: &str) -> String {
    if far_future(at) {
        return say(ui.ctx(), "token-far-future");
    }
    local_date(at, format)
}
