//! The rows of the sign-in form, in the order a person fills them in: where the pool is, the
//! app client, who signs in, the flow; the proxy and the timeout folded under Advanced. Each
//! field's problem, if any, is right under it.

use egui::{Response, Ui};

use crate::cognito::ChallengeChoice;
use crate::signin::form::{MAX_TIMEOUT_SECS, PREFERRED_CHALLENGES};
use crate::signin::{Field, Flow, SignInKind};

use super::speech::{say, words};
use crate::messages::{Lang, tr};

use super::form_rows::{
    CLIENT_ID_KEY, CLIENT_SECRET_KEY, PASSWORD_KEY, USERNAME_KEY, empty_cell, field_width,
    form_rows, keyed_secret_row, keyed_text_row, problem_row,
};
use super::form_view::FormFields;
use super::labels;

impl FormFields {
    /// Every row, for a developer.
    pub(super) fn grid(&mut self, ui: &mut Ui, fields: &mut Vec<Response>, lang: Lang) {
        self.kind_row(ui);
        let target = &mut self.values.target;
        let kind = target.kind;
        self.place.show(ui, target, &self.problems, fields);
        fields.push(keyed_text_row(
            ui,
            CLIENT_ID_KEY,
            &tr(lang, "form-client-id"),
            &mut target.client_id,
            &tr(lang, "form-client-id-hint"),
        ));
        problem_row(ui, &self.problems, Field::ClientId);
        let secret_hint = match kind {
            SignInKind::ClientCredentials => tr(lang, "form-client-secret-required"),
            _ => tr(lang, "form-client-secret-optional"),
        };
        fields.push(keyed_secret_row(
            ui,
            CLIENT_SECRET_KEY,
            &tr(lang, "form-client-secret"),
            &mut self.client_secret,
            &secret_hint,
            true,
        ));
        problem_row(ui, &self.problems, Field::ClientSecret);
        if kind.uses_domain() {
            self.domain_rows(ui, fields);
            return;
        }
        self.user_rows(ui, fields, lang);
        self.flow_rows(ui);
        problem_row(ui, &self.problems, Field::Flow);
    }

    /// The username and the password: all a tester fills in.
    pub(super) fn user_rows(&mut self, ui: &mut Ui, fields: &mut Vec<Response>, lang: Lang) {
        fields.push(keyed_text_row(
            ui,
            USERNAME_KEY,
            &tr(lang, "form-username"),
            &mut self.values.target.username,
            &tr(lang, "form-username-hint"),
        ));
        problem_row(ui, &self.problems, Field::Username);
        let hidden = !self.show_password;
        fields.push(keyed_secret_row(
            ui,
            PASSWORD_KEY,
            &tr(lang, "form-password"),
            &mut self.password,
            "",
            hidden,
        ));
        problem_row(ui, &self.problems, Field::Password);
        empty_cell(ui);
        ui.checkbox(&mut self.show_password, tr(lang, "form-show-password"));
        ui.end_row();
    }

    /// The proxy and the timeout: the same for every pool, and rarely changed, so folded away
    /// unless one is set or a problem with one needs the person there.
    pub(super) fn advanced(&mut self, ui: &mut Ui, fields: &mut Vec<Response>, open: bool) {
        let set = !self.values.connection.proxy.is_empty();
        egui::CollapsingHeader::new(say(ui.ctx(), "form-advanced"))
            .id_salt("sign-in-advanced")
            .default_open(set)
            .open(open.then_some(true))
            .show(ui, |ui| {
                form_rows(ui, "advanced-form", |ui| {
                    let proxy = keyed_text_row(
                        ui,
                        labels::PROXY,
                        &say(ui.ctx(), "form-proxy"),
                        &mut self.values.connection.proxy,
                        &say(ui.ctx(), "form-proxy-hint"),
                    );
                    fields.push(proxy);
                    problem_row(ui, &self.problems, Field::Proxy);
                    let label = ui.label(say(ui.ctx(), "form-timeout"));
                    ui.add(
                        egui::DragValue::new(&mut self.values.connection.timeout_secs)
                            .range(1..=MAX_TIMEOUT_SECS),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    problem_row(ui, &self.problems, Field::Timeout);
                });
            });
    }

    fn flow_rows(&mut self, ui: &mut Ui) {
        let label = ui.label(say(ui.ctx(), "form-flow"));
        egui::ComboBox::from_id_salt("sign-in-flow")
            .width(field_width(ui))
            .selected_text(words(ui.ctx(), &self.values.target.flow.message()))
            .show_ui(ui, |ui| {
                for flow in Flow::ALL {
                    let name = words(ui.ctx(), &flow.message());
                    ui.selectable_value(&mut self.values.target.flow, flow, name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        if self.values.target.flow != Flow::Choice {
            return;
        }
        let label = ui.label(say(ui.ctx(), "form-preferred-challenge"));
        let let_cognito_ask = say(ui.ctx(), "form-let-cognito-ask");
        let current = match self.values.preferred_challenge.as_str() {
            "" => let_cognito_ask.clone(),
            other => other.to_owned(),
        };
        egui::ComboBox::from_id_salt("preferred-challenge")
            .width(field_width(ui))
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut self.values.preferred_challenge,
                    String::new(),
                    let_cognito_ask,
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
}
