//! The form's rows for managed login and client credentials (issue 17): how the tokens are
//! got, the pool's domain, the callback URL, the scopes, an identity provider to go straight
//! to, and a sign-out URL. Each field's problem, if any, right under it.

use egui::{Response, Ui};

use crate::signin::kind::split_scopes;
use crate::signin::{Field, SignInKind};

use super::form_rows::{field_width, problem_row, text_row};
use super::form_view::FormFields;
use super::labels;

impl FormFields {
    /// How the tokens are got: with a password here, in the browser, or as the app client.
    pub(super) fn kind_row(&mut self, ui: &mut Ui) {
        let label = ui.label(labels::SIGN_IN_WITH);
        let before = self.values.target.kind;
        let kind = &mut self.values.target.kind;
        egui::ComboBox::from_id_salt("sign-in-kind")
            .width(field_width(ui))
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for choice in SignInKind::ALL {
                    ui.selectable_value(kind, choice, choice.label());
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
        fields.push(text_row(
            ui,
            labels::DOMAIN,
            &mut managed.domain,
            "e.g. https://myapp.auth.eu-west-1.amazoncognito.com",
        ));
        problem_row(ui, &self.problems, Field::Domain);
        let hint = match kind {
            SignInKind::ClientCredentials => "the resource server's, e.g. orders/read orders/write",
            _ => "empty = openid email profile",
        };
        fields.push(scopes_row(ui, &mut managed.scopes, hint));
        problem_row(ui, &self.problems, Field::Scopes);
        if kind != SignInKind::Browser {
            return;
        }
        fields.push(text_row(
            ui,
            labels::CALLBACK_URL,
            &mut managed.callback_url,
            "empty = http://localhost:53682/callback",
        ));
        problem_row(ui, &self.problems, Field::CallbackUrl);
        fields.push(text_row(
            ui,
            labels::IDENTITY_PROVIDER,
            &mut managed.identity_provider,
            "optional: Google, or a SAML/OIDC provider's name",
        ));
        fields.push(text_row(
            ui,
            labels::PAGE_LANGUAGE,
            &mut managed.lang,
            "optional: the sign-in page's language, e.g. ja",
        ));
        fields.push(text_row(
            ui,
            labels::SIGN_OUT_URL,
            &mut managed.sign_out_url,
            "optional: a sign-out URL of the app client",
        ));
    }
}

/// The scopes as one line of text, kept as typed (a trailing space included, so that the next
/// scope can be typed after it); split into scopes when the form is read.
fn scopes_row(ui: &mut Ui, scopes: &mut Vec<String>, hint: &str) -> Response {
    let mut text = scopes.join(" ");
    let response = text_row(ui, labels::SCOPES, &mut text, hint);
    if response.changed() {
        *scopes = if split_scopes(&text).is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
    }
    response
}
