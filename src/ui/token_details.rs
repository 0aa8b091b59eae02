//! One token opened up: the signature check and whose keys it used, the picked claims, the
//! times in local time with the expiry countdown, the header and every claim; and the panel's
//! one line on when the tokens expire.

use std::time::{Duration, SystemTime};

use egui::{Color32, RichText, Ui};

use crate::workbench::jwt::{TIMES, expiry_words, local_date, minutes_left};
use crate::workbench::{Jwt, TokenKind, Tokens, Verdict};

use super::labels;
use super::request::Request;

/// The signature check, and whose keys it used: "the user pool's" only where nobody but the
/// person chose the server (a token signed by a look-alike's own keys is not the pool's).
fn verdict_line(ui: &mut Ui, (verdict, keys_from): (Option<&Verdict>, Option<&str>)) {
    let (text, color) = match verdict {
        None => ("Signature: checking…".to_owned(), ui.visuals().weak_text_color()),
        Some(Verdict::Valid) => (
            match keys_from {
                None => "Signature: valid (checked with the user pool's keys; issuer, audience, use and expiry match)".to_owned(),
                Some(server) => format!("Signature: valid (checked with keys from {server}, which is not Amazon Cognito; issuer, audience, use and expiry match)"),
            },
            Color32::from_rgb(90, 180, 90),
        ),
        Some(Verdict::Invalid(reason)) => (format!("Signature: INVALID: {reason}"), ui.visuals().error_fg_color),
        Some(Verdict::Unchecked(reason)) => (format!("Signature: could not check: {reason}"), ui.visuals().warn_fg_color),
    };
    ui.label(RichText::new(text).color(color));
}

pub fn details(
    ui: &mut Ui,
    kind: TokenKind,
    token: &str,
    verdict: (Option<&Verdict>, Option<&str>),
    now: SystemTime,
    out: &mut dyn FnMut(Request),
) {
    egui::CollapsingHeader::new(labels::details(kind))
        .id_salt(("details", labels::details(kind)))
        .show(ui, |ui| {
            verdict_line(ui, verdict);
            let jwt = match Jwt::parse(token) {
                Ok(jwt) => jwt,
                Err(e) => {
                    ui.label(format!("Not a readable JWT: {e}."));
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
                        let mut text = local_date(at, "%Y-%m-%d %H:%M:%S");
                        if name == "exp" {
                            text = format!("{text} ({})", expiry_words(at, now));
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
            ui.label("Header");
            ui.add(
                egui::Label::new(RichText::new(jwt.pretty_header()).monospace()).selectable(true),
            );
            ui.horizontal(|ui| {
                ui.label("Claims");
                if ui.small_button(labels::copy_claims(kind)).clicked() {
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
        return "The server did not say when the tokens expire.".to_owned();
    };
    let when = local_date(at, "%H:%M:%S");
    // Client credentials give an access token alone.
    let (which, verb) = if tokens.id.is_some() {
        ("The ID and access tokens", "expire")
    } else {
        ("The access token", "expires")
    };
    if at <= now {
        return format!("{which} expired at {when}. Refresh or sign in again.");
    }
    let Some(left) = minutes_left(at, now) else {
        return format!("{which} {verb} in the {when}.");
    };
    if let Ok(until) = at.duration_since(now) {
        let into_minute = until.as_secs() % 60;
        ui.ctx()
            .request_repaint_after(Duration::from_secs(into_minute + 1));
    }
    format!("{which} {verb} at {when}, in {left}.")
}
