//! The sign-in form: what is typed, how it is laid out, which key does what.

use egui::{Id, Key, Response, TextEdit, Ui};

use crate::cognito::endpoint::{COGNITO_REGIONS, pool_region};
use crate::settings::Settings;
use crate::signin::{Event, SignInForm};

use super::app::labels;
use super::secret_input::SecretInput;

const FIELD_WIDTH: f32 = 320.0;

#[derive(Debug, Default)]
pub struct FormFields {
    region: String,
    pool_id: String,
    client_id: String,
    client_secret: SecretInput,
    username: String,
    password: SecretInput,
    show_password: bool,
    endpoint: String,
    timeout_secs: u64,
}

/// The ids of the text fields, in form order, for the first-focus rule.
fn field_id(name: &str) -> Id {
    Id::unique(("sign-in-field", name))
}

impl FormFields {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            region: settings.region.clone(),
            pool_id: settings.pool_id.clone(),
            client_id: settings.client_id.clone(),
            username: settings.username.clone(),
            endpoint: settings.endpoint.clone(),
            timeout_secs: settings.timeout_secs,
            ..Self::default()
        }
    }

    pub fn to_form(&self) -> SignInForm {
        SignInForm {
            region: self.region.clone(),
            pool_id: self.pool_id.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.to_secret(),
            username: self.username.clone(),
            password: self.password.to_secret(),
            endpoint: self.endpoint.clone(),
            timeout_secs: self.timeout_secs,
        }
    }

    /// Focus goes to the first required field still empty, so with everything prefilled the
    /// person only types the password.
    pub fn focus_first_empty(&self, ctx: &egui::Context) {
        let region_needed = self.region.trim().is_empty()
            && self.pool_id.trim().is_empty()
            && self.endpoint.trim().is_empty();
        let target = if region_needed {
            labels::REGION
        } else if self.client_id.trim().is_empty() {
            labels::CLIENT_ID
        } else if self.username.trim().is_empty() {
            labels::USERNAME
        } else {
            labels::PASSWORD
        };
        ctx.memory_mut(|m| m.request_focus(field_id(target)));
    }

    /// Draws the form; returns the event a key or button asked for.
    pub fn show(&mut self, ui: &mut Ui, submitting: bool) -> Option<Event> {
        let mut fields = Vec::new();
        ui.add_enabled_ui(!submitting, |ui| {
            egui::Grid::new("sign-in-form")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| self.grid(ui, &mut fields));
            let open = !self.endpoint.is_empty();
            egui::CollapsingHeader::new(labels::ADVANCED)
                .default_open(open)
                .show(ui, |ui| {
                    egui::Grid::new("advanced-form")
                        .num_columns(2)
                        .spacing([12.0, 8.0])
                        .show(ui, |ui| {
                            let endpoint = text_row(
                                ui,
                                labels::ENDPOINT,
                                &mut self.endpoint,
                                "empty = Cognito in the region; e.g. http://127.0.0.1:9229",
                            );
                            fields.push(endpoint);
                            let label = ui.label(labels::TIMEOUT);
                            ui.add(egui::DragValue::new(&mut self.timeout_secs).range(1..=300))
                                .labelled_by(label.id);
                            ui.end_row();
                        });
                });
        });
        ui.add_space(8.0);

        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        let enter_in_form = enter && (nothing_focused || fields.iter().any(Response::lost_focus));

        ui.horizontal(|ui| {
            if submitting {
                ui.add(egui::Spinner::new());
                ui.label("Signing in…");
                if ui
                    .button(labels::CANCEL)
                    .on_hover_text("Stop waiting for Cognito (Esc)")
                    .clicked()
                {
                    return Some(Event::Cancel);
                }
                None
            } else {
                let clicked = ui
                    .button(labels::SIGN_IN)
                    .on_hover_text("Sign in (Enter)")
                    .clicked();
                (clicked || enter_in_form).then(|| Event::Submit(self.to_form()))
            }
        })
        .inner
    }

    fn grid(&mut self, ui: &mut Ui, fields: &mut Vec<Response>) {
        let label = ui.label(labels::REGION);
        ui.horizontal(|ui| {
            let region = ui
                .add(
                    TextEdit::singleline(&mut self.region)
                        .id(field_id(labels::REGION))
                        .hint_text("e.g. eu-west-1")
                        .desired_width(FIELD_WIDTH - 110.0),
                )
                .labelled_by(label.id);
            fields.push(region);
            ui.menu_button(labels::PICK_REGION, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for region in COGNITO_REGIONS {
                            if ui.button(*region).clicked() {
                                self.region = (*region).to_owned();
                                ui.close();
                            }
                        }
                    });
            });
        });
        ui.end_row();

        let before = self.pool_id.clone();
        let pool = text_row(
            ui,
            labels::POOL_ID,
            &mut self.pool_id,
            "optional, e.g. eu-west-1_AbC123",
        );
        if pool.changed()
            && let Ok(region) = pool_region(self.pool_id.trim())
            && pool_region(before.trim()).ok() != Some(region)
        {
            // The pool ID names its region; taking it from there avoids the classic
            // "client does not exist" caused by a wrong region.
            self.region = region.to_owned();
        }
        fields.push(pool);
        if let Ok(pool_region) = pool_region(self.pool_id.trim())
            && !self.region.trim().is_empty()
            && self.region.trim() != pool_region
        {
            ui.label("");
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("This pool is in {pool_region}, not {}.", self.region.trim()),
            );
            ui.end_row();
        }

        fields.push(text_row(
            ui,
            labels::CLIENT_ID,
            &mut self.client_id,
            "e.g. 1h2j3k4l5m6n7o8p9q0r1s2t3u",
        ));
        fields.push(secret_row(
            ui,
            labels::CLIENT_SECRET,
            &mut self.client_secret,
            "only if the app client has one",
            true,
        ));
        fields.push(text_row(
            ui,
            labels::USERNAME,
            &mut self.username,
            "username or e-mail",
        ));
        let hidden = !self.show_password;
        fields.push(secret_row(
            ui,
            labels::PASSWORD,
            &mut self.password,
            "",
            hidden,
        ));
        ui.label("");
        ui.checkbox(&mut self.show_password, labels::SHOW_PASSWORD);
        ui.end_row();
    }
}

fn text_row(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> Response {
    let id = field_id(label);
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value)
                .id(id)
                .hint_text(hint)
                .desired_width(FIELD_WIDTH),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

fn secret_row(
    ui: &mut Ui,
    label: &str,
    value: &mut SecretInput,
    hint: &str,
    masked: bool,
) -> Response {
    let label_response = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value.buffer())
                .id(field_id(label))
                .password(masked)
                .hint_text(hint)
                .desired_width(FIELD_WIDTH),
        )
        .labelled_by(label_response.id);
    ui.end_row();
    response
}
