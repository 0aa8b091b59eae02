//! The form's rows for managed login and client credentials (issue 17): how the tokens are
//! got, the pool's domain, the callback URL, the scopes, an identity provider to go straight
//! to, and a sign-out URL. Each field's problem, if any, right under it.

use egui::{Response, Ui};

use crate::signin::kind::split_scopes;
use crate::signin::{Field, SignInKind};

use super::form_rows::{field_width, keyed_text_row, problem_row};
use super::form_view::FormFields;
use super::labels;
use super::speech::{say, words};

impl FormFields {
    /// How the tokens are got: with a password here, in the browser, or as the app client.
    pub(super) fn kind_row(&mut self, ui: &mut Ui) {
        let label = ui.label(say(ui.ctx(), "form-sign-in-with"));
        let before = self.values.target.kind;
        let kind = &mut self.values.target.kind;
        egui::ComboBox::from_id_salt("sign-in-kind")
            .width(field_width(ui))
            .selected_text(words(ui.ctx(), &kind.message()))
            .show_ui(ui, |ui| {
                for choice in SignInKind::ALL {
                    let name = words(ui.ctx(), &choice.message());
                    ui.selectable_value(kind, choice, name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        // What was said about the last way in (a failure, the problems under the fields)
        // is not about this one.
        if self.values.target.kind != before {
            self.kind_changed = true;
            self.problems.clear();
        }
    }

    /// The domain and what to ask it for; the browser's rows only for managed login.
    pub(super) fn domain_rows(&mut self, ui: &mut Ui, fields: &mut Vec<Response>) {
        let kind = self.values.target.kind;
        let managed = &mut self.values.target.managed;
        fields.push(row(ui, labels::DOMAIN, "form-domain", &mut managed.domain));
        problem_row(ui, &self.problems, Field::Domain);
        let hint = say(
            ui.ctx(),
            match kind {
                SignInKind::ClientCredentials => "form-scopes-hint-machine",
                _ => "form-scopes-hint-browser",
            },
        );
        fields.push(scopes_row(ui, &mut managed.scopes, &hint));
        problem_row(ui, &self.problems, Field::Scopes);
        if kind != SignInKind::Browser {
            return;
        }
        let callback = &mut managed.callback_url;
        fields.push(row(ui, labels::CALLBACK_URL, "form-callback-url", callback));
        problem_row(ui, &self.problems, Field::CallbackUrl);
        let provider = &mut managed.identity_provider;
        fields.push(row(
            ui,
            labels::IDENTITY_PROVIDER,
            "form-identity-provider",
            provider,
        ));
        fields.push(row(
            ui,
            labels::PAGE_LANGUAGE,
            "form-page-language",
            &mut managed.lang,
        ));
        let sign_out = &mut managed.sign_out_url;
        fields.push(row(ui, labels::SIGN_OUT_URL, "form-sign-out-url", sign_out));
    }
}

/// A row whose label is the catalogue's `name` and hint `name`-hint, its id from the fixed
/// `key` (the English name) whatever the language.
fn row(ui: &mut Ui, key: &str, name: &str, value: &mut String) -> Response {
    let label = say(ui.ctx(), name);
    let hint = say(ui.ctx(), &format!("{name}-hint"));
    keyed_text_row(ui, key, &label, value, &hint)
}

/// The scopes as one line of text, kept as typed (a trailing space included, so that the next
/// scope can be typed after it); split into scopes when the form is read.
fn scopes_row(ui: &mut Ui, scopes: &mut Vec<String>, hint: &str) -> Response {
    let mut text = scopes.join(" ");
    let label = say(ui.ctx(), "form-scopes");
    let response = keyed_text_row(ui, labels::SCOPES, &label, &mut text, hint);
    if response.changed() {
        *scopes = if split_scopes(&text).is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
    }
    response
}
