//! The warning before a profile that came from a file first sends a password (or a saved
//! refresh token) to a server that is neither Amazon Cognito nor this computer: a profile file
//! is the easiest way to take a tester's password somewhere unseen. Accepted once per host.

use egui::Ui;

use crate::profiles::{untrusted_domain, untrusted_server};
use crate::settings::Config;
use crate::signin::{Event, SignInForm, SignInKind};

use crate::messages::Message;

use super::speech::{say, words};

#[derive(Default)]
pub struct TrustPrompt {
    /// The server asked about, and the sign-in waiting for the answer.
    waiting: Option<(String, Event)>,
    /// What goes there: password, browser (the person signs in there) or secret (the
    /// catalogue's choice of words).
    what: &'static str,
}

impl TrustPrompt {
    /// `event` if it may go now; None while it waits for the person (a warning is shown).
    pub fn hold(&mut self, event: Event, config: &Config) -> Option<Event> {
        let form = match &event {
            Event::Submit(form) | Event::Resume { form, .. } => form,
            _ => return Some(event),
        };
        self.what = match form.target.kind {
            SignInKind::Password => "password",
            SignInKind::Browser => "browser",
            SignInKind::ClientCredentials => "secret",
        };
        match host_to_ask_about(form, config) {
            Some(host) => {
                self.waiting = Some((host, event));
                None
            }
            None => Some(event),
        }
    }

    /// Draws the warning while a sign-in waits. Once the person goes on: the host to remember
    /// and the sign-in to send; "Don't sign in" drops the sign-in.
    pub fn show(&mut self, ui: &mut Ui) -> Option<(String, Event)> {
        let (host, _) = self.waiting.as_ref()?;
        let warning = Message::new("desk-trust-warning")
            .with("sends", self.what)
            .with("host", host);
        ui.colored_label(ui.visuals().warn_fg_color, words(ui.ctx(), &warning));
        let (go_on, cancel) = ui
            .horizontal(|ui| {
                (
                    ui.button(say(ui.ctx(), "desk-trust-go-on")).clicked(),
                    ui.button(say(ui.ctx(), "desk-trust-dont")).clicked(),
                )
            })
            .inner;
        if cancel {
            self.waiting = None;
        }
        if go_on { self.waiting.take() } else { None }
    }
}

/// The host to warn about: the current profile came from a file, and the form sends to a
/// server that is neither Amazon Cognito nor loopback, not yet accepted.
fn host_to_ask_about(form: &SignInForm, config: &Config) -> Option<String> {
    let profile = config.current_profile()?;
    let host = if form.target.kind.uses_domain() {
        untrusted_domain(profile)?
    } else {
        untrusted_server(profile, &form.endpoint().ok()?)?
    };
    (!config.trusted_hosts.contains(&host)).then_some(host)
}
