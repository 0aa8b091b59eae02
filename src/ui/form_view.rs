//! The sign-in form: what is typed, how it is laid out, which key does what.

use egui::{Key, Response, TextEdit, Ui};

use crate::cognito::endpoint::{pool_elsewhere, pool_region};
use crate::cognito::{ChallengeChoice, ClientSecret};
use crate::settings::Settings;
use crate::signin::form::{MAX_TIMEOUT_SECS, PREFERRED_CHALLENGES};
use crate::signin::{Event, Field, Flow, SignInForm};

use super::form_rows::{FIELD_WIDTH, field_id, secret_row, text_row};
use super::labels;
use super::region_picker;
use super::secret_input::SecretInput;

const LET_COGNITO_ASK: &str = "(let Cognito offer the choice)";

/// Whether the form can be edited: not while a call is out, nor while a challenge or the
/// tokens of the sign-in it started are on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Editable,
    /// A call is out (the status line says what for).
    Busy,
    Locked,
}

/// The form as edited: the non-secret fields are exactly the remembered settings.
#[derive(Debug, Default)]
pub struct FormFields {
    values: Settings,
    client_secret: SecretInput,
    password: SecretInput,
    show_password: bool,
    /// Only the username and password: the rest comes from a handed-over profile.
    pub tester: bool,
}

impl FormFields {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            values: settings.clone(),
            tester: settings.tester_view,
            ..Self::default()
        }
    }

    /// Another profile's values (or the same profile's, renamed or reloaded), its client
    /// secret field emptied for the keychain's: the password being typed stays, as a profile
    /// change never wipes it (issue 16).
    pub fn load_settings(&mut self, settings: &Settings) {
        self.values = settings.clone();
        self.tester = settings.tester_view;
        self.client_secret.wipe();
    }

    pub fn flow(&self) -> Flow {
        self.values.target.flow
    }

    pub fn to_form(&self) -> SignInForm {
        SignInForm {
            client_secret: self.client_secret.to_secret(),
            password: self.password.to_secret(),
            ..SignInForm::from_settings(&self.values)
        }
    }

    /// Focus goes to the first required field still empty, so with everything prefilled the
    /// person only types the password.
    pub fn first_empty_required(&self) -> Field {
        let typed = &self.values.target;
        let region_needed = typed.region.trim().is_empty()
            && typed.pool_id.trim().is_empty()
            && typed.endpoint.trim().is_empty();
        if region_needed {
            Field::Region
        } else if typed.client_id.trim().is_empty() {
            Field::ClientId
        } else if typed.username.trim().is_empty() {
            Field::Username
        } else {
            Field::Password
        }
    }

    pub fn focus(ctx: &egui::Context, field: Field) {
        let label = match field {
            Field::Region => labels::REGION,
            Field::PoolId => labels::POOL_ID,
            Field::ClientId => labels::CLIENT_ID,
            Field::ClientSecret => labels::CLIENT_SECRET,
            Field::Username => labels::USERNAME,
            Field::Password => labels::PASSWORD,
            Field::Endpoint => labels::ENDPOINT,
            Field::Proxy => labels::PROXY,
            // The drag value clamps to the valid range and the flow is a list, so neither is
            // a field to type a fix into.
            Field::Timeout | Field::Flow => return,
        };
        ctx.memory_mut(|m| m.request_focus(field_id(label)));
    }

    /// Puts a secret from the keychain in the Client secret field.
    pub fn set_client_secret(&mut self, secret: &ClientSecret) {
        use secrecy::ExposeSecret as _;
        let buffer = self.client_secret.buffer();
        buffer.clear();
        buffer.push_str(secret.expose_secret());
    }

    /// Empties the password field (signed out, or the temporary password was replaced).
    pub fn clear_password(&mut self) {
        self.password.wipe();
    }

    pub fn remember_refresh_token(&self) -> bool {
        self.values.remember_refresh_token
    }

    pub fn set_remember_refresh_token(&mut self, on: bool) {
        self.values.remember_refresh_token = on;
    }

    pub fn auto_refresh(&self) -> bool {
        self.values.auto_refresh
    }

    /// Remembered with the form the next time it is saved.
    pub fn set_auto_refresh(&mut self, on: bool) {
        self.values.auto_refresh = on;
    }

    /// Draws the form; returns the event a key or button asked for. Locked, it shrinks to
    /// one line saying who signs in where, so the challenge or the tokens below fit.
    pub fn show(&mut self, ui: &mut Ui, mode: FormMode, open_advanced: bool) -> Option<Event> {
        if mode == FormMode::Locked {
            ui.label(self.summary());
            return None;
        }
        let mut fields = Vec::new();
        ui.add_enabled_ui(mode == FormMode::Editable, |ui| {
            egui::Grid::new("sign-in-form")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    if self.tester {
                        self.user_rows(ui, &mut fields);
                    } else {
                        self.grid(ui, &mut fields);
                    }
                });
            if self.tester {
                // Advanced is hidden here, so the one thing it would show a tester is said.
                if let Some(to) = self.destination() {
                    ui.label(format!("The password goes to {to}."));
                }
                return;
            }
            self.advanced(ui, &mut fields, open_advanced);
        });
        ui.add_space(8.0);

        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        let enter_in_form = enter && (nothing_focused || fields.iter().any(Response::lost_focus));

        self.buttons(ui, mode, enter_in_form)
    }

    /// The endpoint, the proxy and the timeout, folded away unless one is set or a problem
    /// with one needs the person there.
    fn advanced(&mut self, ui: &mut Ui, fields: &mut Vec<Response>, open_advanced: bool) {
        let open =
            !self.values.target.endpoint.is_empty() || !self.values.connection.proxy.is_empty();
        egui::CollapsingHeader::new(labels::ADVANCED)
            .default_open(open)
            .open(open_advanced.then_some(true))
            .show(ui, |ui| {
                egui::Grid::new("advanced-form")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        let endpoint = text_row(
                            ui,
                            labels::ENDPOINT,
                            &mut self.values.target.endpoint,
                            "empty = Cognito in the region; e.g. http://127.0.0.1:9229",
                        );
                        fields.push(endpoint);
                        let proxy = text_row(
                            ui,
                            labels::PROXY,
                            &mut self.values.connection.proxy,
                            "empty = the system's (HTTPS_PROXY); e.g. http://proxy.example.com:3128",
                        );
                        fields.push(proxy);
                        let label = ui.label(labels::TIMEOUT);
                        ui.add(
                            egui::DragValue::new(&mut self.values.connection.timeout_secs)
                                .range(1..=MAX_TIMEOUT_SECS),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                    });
            });
    }

    /// Sign in (or Enter in the form), or while a call is out, what for and Cancel.
    fn buttons(&self, ui: &mut Ui, mode: FormMode, enter_in_form: bool) -> Option<Event> {
        ui.horizontal(|ui| match mode {
            FormMode::Busy => {
                if ui
                    .button(labels::CANCEL)
                    .on_hover_text("Stop waiting for Cognito (Esc)")
                    .clicked()
                {
                    return Some(Event::Cancel);
                }
                None
            }
            FormMode::Editable => {
                let clicked = ui
                    .button(labels::SIGN_IN)
                    .on_hover_text("Sign in (Enter)")
                    .clicked();
                (clicked || enter_in_form).then(|| Event::Submit(self.to_form()))
            }
            FormMode::Locked => None,
        })
        .inner
    }

    /// Where the form sends its requests (the proxy aside), once it can tell; read from the
    /// fields as they are, without copying the secrets `to_form` carries.
    pub fn endpoint(&self) -> Option<crate::cognito::Endpoint> {
        self.values.target.resolve().ok()
    }

    /// Where the form would send the password (`Endpoint::destination`), once it can tell.
    fn destination(&self) -> Option<String> {
        self.endpoint().map(|endpoint| endpoint.destination())
    }

    fn summary(&self) -> String {
        let v = &self.values.target;
        let place = labels::place(v).unwrap_or_default();
        let to = (self.destination())
            .map(|to| format!("\nThe password goes to {to}."))
            .unwrap_or_default();
        format!(
            "{} at {place}, app client {}{to}",
            v.username.trim(),
            v.client_id.trim()
        )
    }

    fn flow_rows(&mut self, ui: &mut Ui) {
        let label = ui.label(labels::FLOW);
        egui::ComboBox::from_id_salt("sign-in-flow")
            .width(FIELD_WIDTH)
            .selected_text(self.values.target.flow.label())
            .show_ui(ui, |ui| {
                for flow in Flow::ALL {
                    ui.selectable_value(&mut self.values.target.flow, flow, flow.label());
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        if self.values.target.flow != Flow::Choice {
            return;
        }
        let label = ui.label(labels::PREFERRED_CHALLENGE);
        let current = match self.values.preferred_challenge.as_str() {
            "" => LET_COGNITO_ASK,
            other => other,
        }
        .to_owned();
        egui::ComboBox::from_id_salt("preferred-challenge")
            .width(FIELD_WIDTH)
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut self.values.preferred_challenge,
                    String::new(),
                    LET_COGNITO_ASK,
                );
                // Passkeys are not supported yet, so the window does not offer them.
                for choice in
                    (PREFERRED_CHALLENGES.iter()).filter(|c| **c != ChallengeChoice::WebAuthn)
                {
                    ui.selectable_value(
                        &mut self.values.preferred_challenge,
                        choice.to_string(),
                        choice.as_str(),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
    }

    fn grid(&mut self, ui: &mut Ui, fields: &mut Vec<Response>) {
        let label = ui.label(labels::REGION);
        ui.horizontal(|ui| {
            let region = ui
                .add(
                    TextEdit::singleline(&mut self.values.target.region)
                        .id(field_id(labels::REGION))
                        .hint_text("e.g. eu-west-1")
                        .desired_width(FIELD_WIDTH - 110.0),
                )
                .labelled_by(label.id);
            fields.push(region);
            region_picker::show(ui, &mut self.values.target.region);
        });
        ui.end_row();

        let before = self.values.target.pool_id.clone();
        let pool = text_row(
            ui,
            labels::POOL_ID,
            &mut self.values.target.pool_id,
            "optional, e.g. eu-west-1_AbC123",
        );
        if pool.changed()
            && let Ok(region) = pool_region(self.values.target.pool_id.trim())
            && pool_region(before.trim()).ok() != Some(region)
        {
            // The pool ID names its region; taking it from there avoids the classic
            // "client does not exist" caused by a wrong region.
            self.values.target.region = region.to_owned();
        }
        fields.push(pool);
        if let Some(pool_region) =
            pool_elsewhere(&self.values.target.region, &self.values.target.pool_id)
        {
            ui.label("");
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "This pool is in {pool_region}, not {}.",
                    self.values.target.region.trim()
                ),
            );
            ui.end_row();
        }

        fields.push(text_row(
            ui,
            labels::CLIENT_ID,
            &mut self.values.target.client_id,
            "e.g. 1h2j3k4l5m6n7o8p9q0r1s2t3u",
        ));
        fields.push(secret_row(
            ui,
            labels::CLIENT_SECRET,
            &mut self.client_secret,
            "only if the app client has one",
            true,
        ));
        self.user_rows(ui, fields);
        self.flow_rows(ui);
    }

    fn user_rows(&mut self, ui: &mut Ui, fields: &mut Vec<Response>) {
        fields.push(text_row(
            ui,
            labels::USERNAME,
            &mut self.values.target.username,
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
