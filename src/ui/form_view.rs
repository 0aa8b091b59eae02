//! The sign-in form: what is typed, how it is laid out, which key does what.

use egui::{Key, Response, Ui};

use crate::cognito::ClientSecret;
use crate::messages::{Arg, Lang, text, tr};
use crate::settings::Settings;
use crate::signin::{Event, Field, Flow, InputError, SignInForm, SignInKind};

use super::form_rows::{
    CLIENT_ID_KEY, CLIENT_SECRET_KEY, PASSWORD_KEY, USERNAME_KEY, field_id, form_rows,
    primary_button,
};
use super::labels;
use super::place_rows::PlaceRows;
use super::secret_input::SecretInput;

/// Whether the form can be edited: not while a call is out, nor while a challenge or the
/// tokens of the sign-in it started are on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Editable,
    /// A call is out (the status line says what for).
    Busy,
    Locked,
}

/// What the form asks of the app.
#[derive(Debug)]
pub enum FormAction {
    Send(Box<Event>),
    /// Sign in was pressed with problems in the form; the first is in `field`.
    Fix {
        field: Field,
    },
}

/// What the app knows about the keyboard before the form is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormKeys {
    /// Nothing had the keyboard focus as the frame began, so Enter is the form's.
    pub enter_is_ours: bool,
    /// A problem with the proxy or the timeout needs the person there.
    pub open_advanced: bool,
}

/// The form as edited: the non-secret fields are exactly the remembered settings.
#[derive(Debug, Default)]
pub struct FormFields {
    pub(super) values: Settings,
    pub(super) client_secret: SecretInput,
    pub(super) password: SecretInput,
    pub(super) show_password: bool,
    pub(super) place: PlaceRows,
    /// What is wrong with the fields, shown beside each once Sign in was pressed, and checked
    /// again as the person types so that each message goes when its field is fixed.
    pub(super) problems: Vec<InputError>,
    checking: bool,
    /// Only the username and password: the rest comes from a handed-over profile.
    pub tester: bool,
    /// "Sign in with" was changed in this frame: the failure shown is about the other way.
    pub(super) kind_changed: bool,
}

impl FormFields {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            values: settings.clone(),
            place: PlaceRows::new(&settings.target),
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
        // Where the pool is, and what was wrong, belonged to the profile before.
        self.place = PlaceRows::new(&settings.target);
        self.problems.clear();
        self.checking = false;
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
        let by_domain = typed.kind.uses_domain();
        if by_domain && typed.managed.domain.trim().is_empty() {
            Field::Domain
        } else if region_needed && !by_domain {
            Field::Region
        } else if typed.client_id.trim().is_empty() {
            Field::ClientId
        } else if by_domain {
            Field::ClientSecret
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
            Field::ClientId => CLIENT_ID_KEY,
            Field::ClientSecret => CLIENT_SECRET_KEY,
            Field::Username => USERNAME_KEY,
            Field::Password => PASSWORD_KEY,
            Field::Endpoint => labels::ENDPOINT,
            Field::Proxy => labels::PROXY,
            Field::Domain => labels::DOMAIN,
            Field::CallbackUrl => labels::CALLBACK_URL,
            Field::Scopes => labels::SCOPES,
            // The drag value clamps to the valid range and the flow is a list, so neither is
            // a field to type a fix into.
            Field::Timeout | Field::Flow => return,
        };
        ctx.memory_mut(|m| m.request_focus(field_id(label)));
    }

    /// Shows the endpoint field, for a problem there.
    pub fn show_endpoint(&mut self) {
        self.place.open_endpoint();
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

    /// The password of an account just created or reset, to sign in with straight after.
    pub fn set_password(&mut self, password: &crate::cognito::Password) {
        use secrecy::ExposeSecret as _;
        self.password.wipe();
        self.password.buffer().push_str(password.expose_secret());
    }

    pub fn has_password(&mut self) -> bool {
        !self.password.buffer().is_empty()
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

    /// Draws the form; returns what a key or button asked for. Locked, it shrinks to one
    /// line saying who signs in where, so the challenge or the tokens below fit.
    /// `keys`: whether Enter is the form's (nothing else had the keyboard as the frame began:
    /// Enter in the Rename box or a dialog's field is theirs, not Sign in), and whether a
    /// problem needs Advanced open.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        mode: FormMode,
        keys: FormKeys,
        lang: Lang,
    ) -> Option<FormAction> {
        if mode == FormMode::Locked {
            ui.label(self.summary(lang));
            return None;
        }
        if self.checking && mode == FormMode::Editable {
            self.problems = self.to_form().problems();
        }
        let mut fields = Vec::new();
        ui.add_enabled_ui(mode == FormMode::Editable, |ui| {
            form_rows(ui, "sign-in-form", |ui| {
                if self.tester && !self.values.target.kind.uses_domain() {
                    self.user_rows(ui, &mut fields, lang);
                } else if self.tester {
                    // The browser asks for the password; nothing to type here.
                } else {
                    self.grid(ui, &mut fields, lang);
                }
            });
            if self.tester {
                // Advanced is hidden here, so the one thing it would show a tester is said.
                if let Some(to) = self.destination(lang) {
                    ui.label(to);
                }
                return;
            }
            self.advanced(ui, &mut fields, keys.open_advanced);
        });
        ui.add_space(8.0);

        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        let enter_in_form =
            enter && (keys.enter_is_ours || fields.iter().any(Response::lost_focus));
        let action = self.buttons(ui, mode, enter_in_form, lang);
        if std::mem::take(&mut self.kind_changed) && action.is_none() {
            self.checking = false;
            return Some(FormAction::Send(Box::new(Event::StartOver)));
        }
        action
    }

    /// Sign in (or Enter in the form), or while a call is out, Cancel.
    fn buttons(
        &mut self,
        ui: &mut Ui,
        mode: FormMode,
        enter_in_form: bool,
        lang: Lang,
    ) -> Option<FormAction> {
        let go = self.go_label(lang);
        match mode {
            FormMode::Busy => {
                ui.horizontal(|ui| {
                    // Sign in stays where it was, greyed: a double click on it must not land
                    // on Cancel and stop the sign-in it just started.
                    ui.add_enabled_ui(false, |ui| primary_button(ui, &go));
                    let cancel = ui.button(tr(lang, "cancel"));
                    (cancel
                        .on_hover_text(tr(lang, "form-stop-waiting"))
                        .clicked())
                    .then(|| FormAction::Send(Box::new(Event::Cancel)))
                })
                .inner
            }
            FormMode::Editable => {
                let sign_in = primary_button(ui, &go);
                let hover = text(lang, "form-button-hover", &[("button", Arg::Text(&go))]);
                let clicked = sign_in.on_hover_text(hover).clicked();
                (clicked || enter_in_form).then(|| self.submit())
            }
            FormMode::Locked => None,
        }
    }

    /// Sign in pressed: the sign-in, or every problem beside its field and the first to fix.
    fn submit(&mut self) -> FormAction {
        let form = self.to_form();
        self.problems = form.problems();
        self.checking = !self.problems.is_empty();
        match self.problems.first() {
            None => FormAction::Send(Box::new(Event::Submit(form))),
            Some(first) => {
                let by_domain = self.values.target.kind.uses_domain();
                let field = self.place.field_for(first, by_domain);
                if field == Field::Endpoint {
                    self.place.open_endpoint();
                }
                FormAction::Fix { field }
            }
        }
    }

    /// Where the form sends its requests (the proxy aside), once it can tell; read from the
    /// fields as they are, without copying the secrets `to_form` carries.
    pub fn endpoint(&self) -> Option<crate::cognito::Endpoint> {
        self.values.target.resolve().ok()
    }

    /// The button that starts it all: Sign in, Sign in with browser, or Get token.
    fn go_label(&self, lang: Lang) -> String {
        tr(
            lang,
            match self.values.target.kind {
                SignInKind::Password => "form-sign-in",
                SignInKind::Browser => "form-sign-in-with-browser",
                SignInKind::ClientCredentials => "form-get-token",
            },
        )
    }

    /// Where the form would send the password (`Endpoint::destination`) or, for managed login
    /// and client credentials, what goes to the domain, once it can tell.
    fn destination(&self, lang: Lang) -> Option<String> {
        let target = &self.values.target;
        let domain = target.managed.domain.trim();
        match target.kind {
            SignInKind::Password => self.endpoint().map(|endpoint| {
                let destination = endpoint.destination_message().words(lang);
                let to = Arg::Text(&destination);
                text(lang, "form-password-goes-to", &[("destination", to)])
            }),
            _ if domain.is_empty() => None,
            SignInKind::Browser => Some(text(
                lang,
                "form-browser-goes-to",
                &[("domain", Arg::Text(domain))],
            )),
            SignInKind::ClientCredentials => Some(text(
                lang,
                "form-secret-goes-to",
                &[("domain", Arg::Text(domain))],
            )),
        }
    }

    fn summary(&self, lang: Lang) -> String {
        let v = &self.values.target;
        let Some(place) = labels::place(v) else {
            // A self-service screen opened from an empty form: the way to fill it in.
            return tr(lang, "form-no-place");
        };
        let to = (self.destination(lang))
            .map(|to| format!("\n{to}"))
            .unwrap_or_default();
        let who = match v.kind {
            SignInKind::Password => v.username.trim().to_owned(),
            kind => kind.message().words(lang),
        };
        let args = [
            ("who", Arg::Text(&who)),
            ("place", Arg::Text(place)),
            ("client", Arg::Text(v.client_id.trim())),
        ];
        format!("{}{to}", text(lang, "form-summary", &args))
    }
}
