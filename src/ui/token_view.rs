//! The token workbench: each token shortened with Copy in the chosen preset, its details
//! opened up (token_details.rs), the expiry, and what to do next.

use std::time::SystemTime;

use egui::{RichText, Ui};
use secrecy::ExposeSecret;

use crate::messages::Message;
use crate::signin::SignedIn;
use crate::workbench::tokens::shorten_to;
use crate::workbench::{Preset, TokenKind, Tokens};

use super::copied::copied_recently;
use super::panel_choices::PanelChoices;
use super::request::Request;
use super::result_view::{Heading, developer_detail, explained};
use super::speech::{say, words};
use super::token_details::{details, expiry_text};

pub struct View<'a> {
    pub signed: &'a SignedIn,
    pub choices: &'a mut PanelChoices,
    pub copied: Option<(TokenKind, f64)>,
    pub auto_refresh: bool,
    pub now: SystemTime,
    /// Only the tokens' Copy buttons and Sign out.
    pub tester: bool,
    pub remember_refresh: bool,
    /// Where the keys came from when nobody vouches for it as the user pool's: a profile from
    /// a file whose server is not Amazon Cognito (`Endpoint::destination`). None: Cognito's
    /// own host, or an endpoint the person typed.
    pub keys_from: Option<String>,
}

pub fn show(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    let View {
        signed,
        choices,
        copied,
        auto_refresh,
        now,
        tester,
        remember_refresh,
        keys_from,
    } = view;
    let tokens = &signed.tokens;
    heading(ui, signed);
    let before = choices.clone();
    if !tester {
        preset_row(ui, choices);
    }
    if choices.preset == Preset::Curl {
        // In the tester view too: without a URL the curl preset copies nothing.
        choices.curl_url_row(ui);
    }
    token_grid(ui, tokens, choices, copied, out);
    ui.add_space(4.0);
    ui.label(expiry_text(ui, &signed.tokens, now));
    if tester {
        ui.add_space(8.0);
        if ui.button(say(ui.ctx(), "token-sign-out")).clicked() {
            out(Request::SignOut);
        }
        if *choices != before {
            out(Request::ChoicesChanged);
        }
        return;
    }
    // Body size: `.small()` drew it at 9 px, too small to read.
    if !signed.by_client_credentials() {
        // Which token an API usually wants (landscape.md §2).
        ui.label(say(ui.ctx(), "token-which"));
    }
    refresh_news(ui, signed);
    for kind in [TokenKind::Id, TokenKind::Access] {
        if let Some(token) = tokens.get(kind) {
            let verdict = (signed.checks.get(kind), keys_from.as_deref());
            details(ui, kind, token.expose_secret(), verdict, now, out);
        }
    }
    ui.add_space(8.0);
    actions_row(ui, signed, choices, out);
    if signed.can_refresh() {
        let rememberable = tokens.refresh.is_some();
        keep_row(
            ui,
            auto_refresh,
            rememberable.then_some(remember_refresh),
            out,
        );
    }
    choices.clear_row(ui);
    who_am_i(ui, signed);
    ui.add_space(8.0);
    sign_out_row(ui, signed, out);
    if *choices != before {
        out(Request::ChoicesChanged);
    }
}

fn heading(ui: &mut Ui, signed: &SignedIn) {
    let said = if signed.by_client_credentials() {
        "token-got-access-token"
    } else {
        "token-signed-in"
    };
    ui.label(
        RichText::new(say(ui.ctx(), said))
            .strong()
            .color(ui.visuals().hyperlink_color),
    );
    let flow = Message::new("token-flow-used").with("flow", signed.flow.to_string());
    ui.label(words(ui.ctx(), &flow));
    if let Some(scopes) = signed.scopes() {
        let scopes = Message::new("token-scopes").with("scopes", scopes.to_string());
        ui.label(words(ui.ctx(), &scopes));
    }
    for note in &signed.notes {
        ui.label(format!("• {}", words(ui.ctx(), note)));
    }
    ui.add_space(4.0);
}

/// Room kept right of each token for its Copy button and the "Copied" note.
const BUTTON_ROOM: f32 = 190.0;
/// Room kept for the token's name.
const NAME_ROOM: f32 = 110.0;

/// Each token as wide as the window allows (never whole), with its Copy button (Ctrl+1, 2,
/// 3); a whole-set preset (.env, Postman) has one button instead, saying so.
fn token_grid(
    ui: &mut Ui,
    tokens: &Tokens,
    choices: &PanelChoices,
    copied: Option<(TokenKind, f64)>,
    out: &mut dyn FnMut(Request),
) {
    let time = ui.input(|i| i.time);
    let preset = choices.preset;
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let char_width = ui.ctx().fonts_mut(|f| f.glyph_width(&font, '0')).max(1.0);
    let room = (ui.available_width() - NAME_ROOM - BUTTON_ROOM).max(0.0);
    let fits = (room / char_width) as usize;
    let no_url = preset == Preset::Curl && choices.curl_url.trim().is_empty();
    for (n, kind) in TokenKind::ALL.into_iter().enumerate() {
        let Some(token) = tokens.get(kind) else {
            continue;
        };
        // Wrapped: at 200 % zoom the Copy button goes under the token (tests/ui_zoom.rs).
        ui.horizontal_wrapped(|ui| {
            let name = egui::vec2(NAME_ROOM - 8.0, 18.0);
            ui.allocate_ui_with_layout(
                name,
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_width(name.x);
                    ui.label(words(ui.ctx(), &kind.name()));
                },
            );
            ui.monospace(shorten_to(token.expose_secret(), fits));
            if preset.is_whole_set() {
                return;
            }
            let applied = preset.for_token(kind);
            let copy = words(ui.ctx(), &kind.copy_button());
            let tip = Message::new("token-copy-tip")
                .with("copy", copy.as_str())
                .with("preset", applied.message())
                .with("n", n as i64 + 1);
            let tip = words(ui.ctx(), &tip);
            let ready = !(no_url && applied == Preset::Curl);
            let button = ui.add_enabled(ready, egui::Button::new(copy));
            if button.on_hover_text(tip).clicked() {
                out(Request::Copy(kind));
            }
            if copied_recently(copied, kind, time) {
                ui.label(say(ui.ctx(), "token-copied"));
            }
        });
    }
    if let Some(label) = preset.copy_all_message() {
        ui.horizontal(|ui| {
            let (label, tip) = (words(ui.ctx(), &label), say(ui.ctx(), "token-copy-all-tip"));
            if ui.button(label).on_hover_text(tip).clicked() {
                out(Request::Copy(TokenKind::Id));
            }
            if TokenKind::ALL
                .into_iter()
                .any(|kind| copied_recently(copied, kind, time))
            {
                ui.label(say(ui.ctx(), "token-copied"));
            }
        });
    }
}

/// Why the last refresh failed (that it worked is told on the status line: a line added
/// here moved the buttons below under the pointer).
fn refresh_news(ui: &mut Ui, signed: &SignedIn) {
    if let Some(problem) = &signed.refresh_problem {
        explained(ui, problem, Heading::Refresh);
        developer_detail(ui, problem);
    }
}

/// Refresh, Who am I, the Postman file and whether it carries the refresh token.
fn actions_row(
    ui: &mut Ui,
    signed: &SignedIn,
    choices: &mut PanelChoices,
    out: &mut dyn FnMut(Request),
) {
    let tokens = &signed.tokens;
    ui.horizontal_wrapped(|ui| {
        let machine = signed.by_client_credentials();
        if signed.can_refresh() {
            let says = say(
                ui.ctx(),
                if machine {
                    "token-refresh-hint-client"
                } else {
                    "token-refresh-hint"
                },
            );
            if signed.refreshing {
                ui.add(egui::Spinner::new());
                ui.label(say(ui.ctx(), "token-refreshing"));
            } else if (ui
                .button(say(ui.ctx(), "token-refresh"))
                .on_hover_text(says))
            .clicked()
            {
                out(Request::Refresh);
            }
        }
        // Client credentials have no user to ask about.
        if tokens.access.is_some()
            && !machine
            && ui
                .button(say(ui.ctx(), "token-who-am-i"))
                .on_hover_text(say(ui.ctx(), "token-who-am-i-hint"))
                .clicked()
        {
            out(Request::WhoAmI);
        }
        if ui
            .button(say(ui.ctx(), "token-save-postman"))
            .on_hover_text(say(ui.ctx(), "token-save-postman-hint"))
            .clicked()
        {
            out(Request::SavePostman);
        }
        if tokens.refresh.is_some() {
            let include = say(ui.ctx(), "token-include-refresh");
            ui.checkbox(&mut choices.include_refresh, include)
                .on_hover_text(say(ui.ctx(), "token-include-refresh-hint"));
        }
    });
}

/// What to do with the refresh token: refresh on its own, keep it in the keychain
/// (`remember_refresh` is `None` when there is no refresh token to keep: client credentials).
fn keep_row(
    ui: &mut Ui,
    auto_refresh: bool,
    remember_refresh: Option<bool>,
    out: &mut dyn FnMut(Request),
) {
    let mut on = auto_refresh;
    if ui
        .checkbox(&mut on, say(ui.ctx(), "token-auto-refresh"))
        .on_hover_text(say(ui.ctx(), "token-auto-refresh-hint"))
        .changed()
    {
        out(Request::AutoRefresh(on));
    }
    let Some(mut keep) = remember_refresh else {
        return;
    };
    if ui
        .checkbox(&mut keep, say(ui.ctx(), "token-remember-refresh"))
        .on_hover_text(say(ui.ctx(), "token-remember-refresh-hint"))
        .changed()
    {
        out(Request::RememberRefresh(keep));
    }
}

/// Sign out, and Sign out everywhere behind a question: it ends the user's sessions on other
/// devices too, which a click meant for Sign out must not do.
fn sign_out_row(ui: &mut Ui, signed: &SignedIn, out: &mut dyn FnMut(Request)) {
    // Asked about these tokens: a question left open is not carried to the next sign-in.
    let asking_id = egui::Id::unique("asking-to-sign-out-everywhere");
    let asked_for = ui.data(|d| d.get_temp::<SystemTime>(asking_id));
    if asked_for == Some(signed.tokens.received_at) {
        let everywhere = say(ui.ctx(), "token-sign-out-everywhere");
        ui.group(|ui| {
            ui.label(RichText::new(&everywhere).strong());
            ui.label(say(ui.ctx(), "token-sign-out-everywhere-says"));
            ui.horizontal(|ui| {
                if ui.button(&everywhere).clicked() {
                    ui.data_mut(|d| d.remove::<SystemTime>(asking_id));
                    out(Request::SignOutEverywhere);
                }
                if ui.button(say(ui.ctx(), "token-cancel")).clicked() {
                    ui.data_mut(|d| d.remove::<SystemTime>(asking_id));
                }
            });
        });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(say(ui.ctx(), "token-sign-out"))
            .on_hover_text(say(ui.ctx(), "token-sign-out-hint"))
            .clicked()
        {
            out(Request::SignOut);
        }
        if signed.can_sign_out_everywhere()
            && ui
                .button(say(ui.ctx(), "token-sign-out-everywhere"))
                .on_hover_text(say(ui.ctx(), "token-sign-out-everywhere-hint"))
                .clicked()
        {
            let asked = signed.tokens.received_at;
            ui.data_mut(|d| d.insert_temp(asking_id, asked));
        }
    });
}

fn preset_row(ui: &mut Ui, choices: &mut PanelChoices) {
    ui.horizontal(|ui| {
        let label = ui.label(say(ui.ctx(), "token-copy-as"));
        egui::ComboBox::from_id_salt("copy-preset")
            .width(ui.available_width().min(260.0))
            .selected_text(words(ui.ctx(), &choices.preset.message()))
            .show_ui(ui, |ui| {
                for preset in Preset::ALL {
                    let name = words(ui.ctx(), &preset.message());
                    ui.selectable_value(&mut choices.preset, preset, name);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Who am I's answer (or why there is none), scrolled into view when it arrives: the button
/// sits above the fold in a short window, and the answer came in unseen below it.
fn who_am_i(ui: &mut Ui, signed: &SignedIn) {
    let waiting_id = egui::Id::unique("who-am-i-waiting");
    let waiting = signed.looking_up || signed.user.is_none();
    let was_waiting = ui.data(|d| d.get_temp::<bool>(waiting_id)).unwrap_or(true);
    ui.data_mut(|d| d.insert_temp(waiting_id, waiting));
    let shown = ui.scope(|ui| who_am_i_answer(ui, signed)).response;
    if was_waiting && !waiting {
        shown.scroll_to_me(None);
    }
}

fn who_am_i_answer(ui: &mut Ui, signed: &SignedIn) {
    if signed.looking_up {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(say(ui.ctx(), "token-asking-who"));
        });
    }
    match &signed.user {
        None => {}
        Some(Err(problem)) => {
            explained(ui, problem, Heading::WhoAmI);
            developer_detail(ui, problem);
        }
        Some(Ok(user)) => {
            let who = Message::new("token-user").with("username", user.username.as_str());
            ui.label(RichText::new(words(ui.ctx(), &who)).strong());
            egui::Grid::new("user-attributes")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for attribute in &user.user_attributes {
                        ui.monospace(&attribute.name);
                        ui.add(egui::Label::new(&attribute.value).selectable(true));
                        ui.end_row();
                    }
                    if !user.user_mfa_setting_list.is_empty() {
                        ui.monospace("MFA");
                        ui.label(user.user_mfa_setting_list.join(", "));
                        ui.end_row();
                    }
                });
        }
    }
}
