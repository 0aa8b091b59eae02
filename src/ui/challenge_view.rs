//! One form per challenge Cognito can ask for, and a generic one for any other. The inputs
//! live here between frames and are wiped when the challenge changes.

use std::collections::BTreeMap;
use std::time::SystemTime;

use egui::{RichText, TextEdit, Ui};
use secrecy::ExposeSecret;
use zeroize::Zeroizing;

use crate::cognito::{ChallengeName, Password};
use crate::messages::Message;
use crate::signin::{Answer, Challenge, ChallengeKind, CodeChallenge, TotpSetup};

use super::challenge_choices::{choice_buttons, names_of};
use super::copied::COPIED_FEEDBACK_SECS;
use super::form_rows::primary_button;
use super::request::Request;
use super::result_view::failed;
use super::secret_input::SecretInput;
use super::speech;

const FIELD_WIDTH: f32 = 260.0;
const QR_SIDE: f32 = 200.0;

#[derive(Debug, Default)]
pub struct ChallengeInputs {
    /// The challenge these inputs were typed for: its name and arrival time.
    owner: Option<(ChallengeName, SystemTime)>,
    code: SecretInput,
    new_password: SecretInput,
    confirm: SecretInput,
    attributes: BTreeMap<String, String>,
    answer: SecretInput,
    generic: Vec<(String, SecretInput)>,
    mismatch: bool,
    /// Put the cursor in the form's first field once, when the challenge appears.
    focus_first: bool,
    /// When the authenticator key was copied (egui's clock), for the "Copied" note.
    key_copied_at: Option<f64>,
}

/// What is asked, the time left to answer, and why the last answer was refused.
fn heading(ui: &mut Ui, challenge: &Challenge, now: SystemTime) {
    ui.label(RichText::new(words(ui, &challenge.title())).strong());
    let left = challenge.seconds_left(now);
    if left == 0 {
        ui.colored_label(ui.visuals().warn_fg_color, say(ui, "challenge-time-up"));
    } else {
        let left = format!("{}:{:02}", left / 60, left % 60);
        ui.label(words(
            ui,
            &Message::new("challenge-time-left").with("left", left),
        ));
    }
    if let Some(problem) = &challenge.problem {
        failed(ui, problem, &mut |_| {});
    }
    ui.add_space(6.0);
}

impl ChallengeInputs {
    pub fn show(
        &mut self,
        ui: &mut Ui,
        challenge: &Challenge,
        now: SystemTime,
        out: &mut dyn FnMut(Request),
    ) {
        let owner = (challenge.name.clone(), challenge.received_at);
        if self.owner.as_ref() != Some(&owner) {
            // Dropping the old inputs zeroizes what was typed for the previous challenge.
            *self = Self {
                owner: Some(owner),
                focus_first: true,
                ..Self::default()
            };
        }
        heading(ui, challenge, now);
        if let Some(answer) = self.answer_form(ui, challenge, out) {
            out(Request::Answer(answer));
        }
        ui.add_space(8.0);
        if ui
            .button(say(ui, "challenge-start-over"))
            .on_hover_text(say(ui, "challenge-start-over-hint"))
            .clicked()
        {
            out(Request::StartOver);
        }
    }

    /// The form for this kind of challenge; the answer once the person gives it.
    fn answer_form(
        &mut self,
        ui: &mut Ui,
        challenge: &Challenge,
        out: &mut dyn FnMut(Request),
    ) -> Option<Answer> {
        match &challenge.kind {
            ChallengeKind::NewPassword {
                required,
                attributes,
            } => self.new_password_form(ui, required, attributes),
            ChallengeKind::Code(code) => self.code_form(ui, code),
            ChallengeKind::SelectMfa { choices } => {
                ui.label(say(ui, "challenge-choose-mfa"));
                choice_buttons(ui, choices)
            }
            ChallengeKind::SelectChallenge { choices } => {
                ui.label(say(ui, "challenge-choose-sign-in"));
                choice_buttons(ui, choices)
            }
            ChallengeKind::MfaSetup {
                totp: Some(setup), ..
            } => self.totp_setup_form(ui, setup, out),
            ChallengeKind::MfaSetup {
                can_setup,
                totp: None,
            } => {
                let methods = names_of(can_setup);
                let why = Message::new("challenge-mfa-setup-elsewhere").with("methods", methods);
                ui.label(words(ui, &why));
                None
            }
            ChallengeKind::Custom => {
                parameter_grid(ui, challenge);
                self.custom_form(ui)
            }
            ChallengeKind::Unsupported { reason } => {
                match challenge.unsupported_why() {
                    Some(why) => ui.label(words(ui, &why)),
                    None => ui.label(*reason),
                };
                None
            }
            ChallengeKind::Other => {
                ui.label(say(ui, "challenge-unknown-step"));
                parameter_grid(ui, challenge);
                self.generic_form(ui)
            }
        }
    }

    fn code_form(&mut self, ui: &mut Ui, code: &CodeChallenge) -> Option<Answer> {
        ui.label(words(ui, &code.prompt()));
        let entered = code_row(ui, &mut self.code, &mut self.focus_first);
        let clicked = primary_button(ui, &say(ui, "challenge-continue")).clicked();
        (clicked || entered).then(|| Answer::Code(self.code.to_secret()))
    }

    fn totp_setup_form(
        &mut self,
        ui: &mut Ui,
        setup: &TotpSetup,
        out: &mut dyn FnMut(Request),
    ) -> Option<Answer> {
        ui.label(say(ui, "challenge-totp-intro"));
        ui.add_space(4.0);
        let qr_name = say(ui, "challenge-qr-code");
        super::qr_view::show(ui, setup.uri.expose_secret(), QR_SIDE, &qr_name);
        if let Some((issuer, account)) = setup.entry() {
            let entry = Message::new("challenge-totp-entry")
                .with("issuer", issuer)
                .with("account", account);
            ui.label(words(ui, &entry));
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(say(ui, "challenge-key"));
            ui.add(
                egui::Label::new(RichText::new(setup.secret.expose_secret()).monospace())
                    .selectable(true),
            );
            if ui.button(say(ui, "challenge-copy-key")).clicked() {
                let key = Zeroizing::new(setup.secret.expose_secret().to_owned());
                out(Request::CopyText(key));
                self.key_copied_at = Some(ui.input(|i| i.time));
            }
            let now = ui.input(|i| i.time);
            if self
                .key_copied_at
                .is_some_and(|at| now - at < COPIED_FEEDBACK_SECS)
            {
                ui.label(say(ui, "challenge-copied"));
                ui.ctx()
                    .request_repaint_after_secs(COPIED_FEEDBACK_SECS as f32);
            }
        });
        ui.label(say(ui, "challenge-totp-then"));
        let entered = code_row(ui, &mut self.code, &mut self.focus_first);
        let clicked = primary_button(ui, &say(ui, "challenge-continue")).clicked();
        (clicked || entered).then(|| Answer::Code(self.code.to_secret()))
    }

    fn new_password_form(
        &mut self,
        ui: &mut Ui,
        required: &[String],
        current: &BTreeMap<String, String>,
    ) -> Option<Answer> {
        ui.label(say(ui, "challenge-new-password-intro"));
        let (first, again) = (
            say(ui, "challenge-new-password"),
            say(ui, "challenge-new-password-again"),
        );
        let mut entered = false;
        egui::Grid::new("new-password")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let focus = std::mem::take(&mut self.focus_first);
                entered |= secret_row(ui, &first, &mut self.new_password, focus);
                entered |= secret_row(ui, &again, &mut self.confirm, false);
                for name in required {
                    let value = self
                        .attributes
                        .entry(name.clone())
                        .or_insert_with(|| current.get(name).cloned().unwrap_or_default());
                    let label = ui.label(name.as_str());
                    let response = ui
                        .add(TextEdit::singleline(value).desired_width(FIELD_WIDTH))
                        .labelled_by(label.id);
                    entered |= submitted(ui, &response);
                    ui.end_row();
                }
            });
        if !required.is_empty() {
            ui.label(say(ui, "challenge-required-attributes"));
        }
        if self.mismatch {
            let differ = say(ui, "challenge-passwords-differ");
            ui.colored_label(ui.visuals().error_fg_color, differ);
        }
        let clicked = primary_button(ui, &say(ui, "challenge-continue")).clicked();
        if !(clicked || entered) {
            return None;
        }
        let password: Password = self.new_password.to_secret();
        let confirm: Password = self.confirm.to_secret();
        self.mismatch = password.expose_secret() != confirm.expose_secret();
        if self.mismatch {
            return None;
        }
        Some(Answer::NewPassword {
            password,
            attributes: required
                .iter()
                .map(|name| {
                    (
                        name.clone(),
                        self.attributes.get(name).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        })
    }

    fn custom_form(&mut self, ui: &mut Ui) -> Option<Answer> {
        let mut entered = false;
        egui::Grid::new("custom-answer")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(say(ui, "challenge-answer"));
                let response = ui
                    .add(TextEdit::singleline(self.answer.buffer()).desired_width(FIELD_WIDTH))
                    .labelled_by(label.id);
                if std::mem::take(&mut self.focus_first) {
                    response.request_focus();
                }
                entered = submitted(ui, &response);
                ui.end_row();
            });
        let clicked = primary_button(ui, &say(ui, "challenge-continue")).clicked();
        (clicked || entered).then(|| Answer::Custom(self.answer.to_secret()))
    }

    fn generic_form(&mut self, ui: &mut Ui) -> Option<Answer> {
        ui.label(say(ui, "challenge-generic-intro"));
        if self.generic.is_empty() {
            self.generic.push((String::new(), SecretInput::default()));
        }
        egui::Grid::new("generic-answer")
            .num_columns(4)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for (n, (key, value)) in self.generic.iter_mut().enumerate() {
                    let row = n as i64 + 1;
                    let name = Message::new("challenge-response-key").with("n", row);
                    let label = ui.label(words(ui, &name));
                    ui.add(TextEdit::singleline(key).desired_width(180.0))
                        .labelled_by(label.id);
                    let name = Message::new("challenge-response-value").with("n", row);
                    let label = ui.label(words(ui, &name));
                    ui.add(TextEdit::singleline(value.buffer()).desired_width(FIELD_WIDTH))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
        if ui.button(say(ui, "challenge-add-response-key")).clicked() {
            self.generic.push((String::new(), SecretInput::default()));
        }
        let continued = primary_button(ui, &say(ui, "challenge-continue")).clicked();
        continued.then(|| {
            Answer::Generic(
                self.generic
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_secret()))
                    .collect(),
            )
        })
    }
}

fn parameter_grid(ui: &mut Ui, challenge: &Challenge) {
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
            if !challenge.available.is_empty() {
                ui.monospace("AvailableChallenges");
                ui.monospace(names_of(&challenge.available));
                ui.end_row();
            }
        });
}

/// A code field: numeric keyboards are not a thing here, but pasting "123 456" works because
/// the state machine drops the spaces.
fn code_row(ui: &mut Ui, value: &mut SecretInput, focus: &mut bool) -> bool {
    let mut entered = false;
    ui.horizontal(|ui| {
        let label = ui.label(say(ui, "challenge-code"));
        let response = ui
            .add(
                TextEdit::singleline(value.buffer())
                    .hint_text(say(ui, "challenge-code-hint"))
                    .desired_width(120.0)
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(label.id);
        if std::mem::take(focus) {
            response.request_focus();
        }
        entered = submitted(ui, &response);
    });
    entered
}

fn secret_row(ui: &mut Ui, label: &str, value: &mut SecretInput, focus: bool) -> bool {
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value.buffer())
                .password(true)
                .desired_width(FIELD_WIDTH),
        )
        .labelled_by(label.id);
    if focus {
        response.request_focus();
    }
    ui.end_row();
    submitted(ui, &response)
}

fn say(ui: &Ui, key: &str) -> String {
    speech::say(ui.ctx(), key)
}

fn words(ui: &Ui, message: &Message) -> String {
    speech::words(ui.ctx(), message)
}

fn submitted(ui: &Ui, response: &egui::Response) -> bool {
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}
