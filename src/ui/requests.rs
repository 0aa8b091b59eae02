//! What the app does with what the person asks for about the sign-in and the tokens: events
//! to the session (and what follows each: settings saved, secrets kept, focus moved), copying,
//! the Postman file, the clipboard clearing, the automatic refresh and the trust prompt.

use std::time::{Duration, SystemTime};

use egui::{Key, KeyboardShortcut, Modifiers};
use secrecy::ExposeSecret;
use zeroize::Zeroizing;

use crate::messages::Message;
use crate::settings::Config;
use crate::signin::{Effect, Event, Failure, FailureCause, Notice, Phase};
use crate::workbench::{Jwt, TokenKind};

use super::app::CognitoLoginApp;
use super::copied::COPIED_FEEDBACK_SECS;
use super::handover::{SaveAnswer, Tick};
use super::labels;
use super::profile_bar::FilePrompt;
use super::request::Request;

/// How long before expiry the automatic refresh runs.
const AUTO_REFRESH_LEAD: Duration = Duration::from_secs(60);

impl CognitoLoginApp {
    pub(super) fn handle(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::Copy(kind) => self.copy(kind, ctx),
            Request::CopyClaims(kind) => self.copy_claims(kind, ctx),
            Request::CopyText(text) => {
                if let Err(problem) = self.handover.copy_text(text, ctx.input(|i| i.time)) {
                    self.status.warn(problem);
                }
            }
            Request::SavePostman => {
                // A dialog asks again: an earlier file's path prompt is done with.
                self.profile_bar.file_prompt = None;
                super::handover::set_dialog_language(super::speech::language(ctx));
                if let Phase::SignedIn(signed) = self.session.phase() {
                    let waker = ctx.clone();
                    let name = self.environment_name();
                    self.handover
                        .save_postman(&signed.tokens, &name, move || waker.request_repaint());
                }
            }
            Request::OpenBrowser(address) => self.open_in_browser(&address),
            Request::Cancel => self.dispatch(Event::Cancel),
            Request::GetAwsCredentials => {
                // Saved with the profile, as a sign-in saves the form's fields.
                let form = self.fields.to_form();
                self.save_settings(form.settings());
                let identity_pool_id = form.target.identity_pool_id;
                self.dispatch(Event::GetAwsCredentials { identity_pool_id });
            }
            Request::CopyAws(form) => self.copy_aws(form, ctx),
            Request::Desk(ask) => self.desk_ask(ask),
            Request::RememberDevice(remember) => self.dispatch(Event::RememberDevice(remember)),
            Request::SignOut => self.dispatch(Event::SignOut),
            Request::SignOutEverywhere => self.dispatch(Event::SignOutEverywhere),
            Request::WhoAmI => self.dispatch(Event::WhoAmI),
            Request::ChoicesChanged => self.save_settings(self.fields.to_form().settings()),
            Request::StartOver => self.dispatch(Event::StartOver),
            Request::Answer(answer) => self.dispatch(Event::Answer(answer)),
            Request::Refresh => self.dispatch(Event::Refresh),
            Request::RememberRefresh(on) => {
                self.fields.set_remember_refresh_token(on);
                self.save_settings(self.fields.to_form().settings());
                if on {
                    self.remember_secrets(None);
                    self.share_tokens();
                } else {
                    self.forget_refresh_token();
                }
            }
            Request::SendPasswordTo(server) => self.send_password_to(server),
            Request::AutoRefresh(on) => {
                self.fields.set_auto_refresh(on);
                self.save_settings(self.fields.to_form().settings());
            }
        }
    }

    /// A sign-in from the form (or with the saved refresh token): held while it would carry
    /// a saved secret elsewhere, or while the person is asked about the server; else sent.
    pub(super) fn sign_in(&mut self, event: Event, config: &Config) {
        if let Some(event) = self
            .hold_misbound(event)
            .and_then(|e| self.trust_prompt.hold(e, config))
        {
            self.dispatch(event);
        }
    }

    pub(super) fn handle_shortcuts(&mut self, ui: &egui::Ui) {
        let shortcuts = [
            (Key::Num1, TokenKind::Id),
            (Key::Num2, TokenKind::Access),
            (Key::Num3, TokenKind::Refresh),
        ];
        for (key, kind) in shortcuts {
            let shortcut = KeyboardShortcut::new(Modifiers::COMMAND, key);
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.copy(kind, ui.ctx());
            }
        }
        if self.session.is_busy() && ui.input(|i| i.key_pressed(Key::Escape)) {
            self.dispatch(Event::Cancel);
        }
    }

    /// After drawing: the automatic refresh, the clipboard clearing, a file saved.
    pub(super) fn keep_time(&mut self, ctx: &egui::Context, now: SystemTime) {
        self.auto_refresh(ctx, now);
        self.clear_clipboard(ctx);
        match self.handover.poll_save() {
            Some(SaveAnswer::Saved(saved)) => self.status.success(saved),
            Some(SaveAnswer::Failed(problem)) => self.status.error(problem),
            Some(SaveAnswer::NoPlace(name)) => {
                self.profile_bar.file_prompt = Some(FilePrompt::save(&name));
            }
            None => {}
        }
    }

    /// With auto-refresh on, refreshes a minute before expiry and otherwise sleeps until then:
    /// one wake-up, not a repaint loop. A failed refresh is not retried on its own.
    fn auto_refresh(&mut self, ctx: &egui::Context, now: SystemTime) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        if !self.fields.auto_refresh()
            || signed.refreshing
            || signed.refresh_problem.is_some()
            || !signed.can_refresh()
        {
            return;
        }
        let Some(expires) = signed.tokens.expires_at() else {
            return;
        };
        let due = expires.checked_sub(AUTO_REFRESH_LEAD).unwrap_or(expires);
        match due.duration_since(now) {
            // At most a day: an expiry can be any distance off (`ExpiresIn` of 9e15 s), and
            // a wake-up that far would overflow the event loop's clock.
            Ok(wait) if !wait.is_zero() => {
                ctx.request_repaint_after(wait.min(Duration::from_secs(24 * 3600)));
            }
            _ => self.dispatch(Event::Refresh),
        }
    }

    /// The Postman environment's name: who, where.
    fn environment_name(&self) -> String {
        let form = self.fields.to_form();
        let place = labels::place(&form.target).unwrap_or("Cognito");
        // Who the tokens are for: the name typed, else the one in the tokens (managed login
        // has nobody type it), else the app client itself (client credentials).
        let signed_in = match self.session.phase() {
            Phase::SignedIn(signed) => signed.tokens.internal_username(),
            _ => None,
        };
        let who = Some(form.target.username.trim().to_owned())
            .filter(|name| !name.is_empty())
            .or(signed_in)
            .unwrap_or_else(|| form.target.client_id.trim().to_owned());
        format!("Cognito Login: {who} @ {place}")
    }

    fn clear_clipboard(&mut self, ctx: &egui::Context) {
        match self.handover.tick(ctx.input(|i| i.time)) {
            Tick::Idle => {}
            Tick::Wait(secs) => ctx.request_repaint_after(Duration::from_secs_f64(secs)),
            Tick::Cleared => self
                .status
                .success(Message::new("handoff-cleared-clipboard")),
            Tick::Problem(problem) => self.status.warn(problem),
        }
    }

    /// The person's answer to the warning about a server that is not Amazon Cognito: a host
    /// accepted is remembered in the settings, and the sign-in goes ahead.
    pub(super) fn answer_trust_prompt(&mut self, ui: &mut egui::Ui) {
        let Some((host, event)) = self.trust_prompt.show(ui) else {
            return;
        };
        let mut config = self.store.config();
        if !config.trusted_hosts.contains(&host) {
            config.trusted_hosts.push(host);
        }
        if let Err(problem) = self.store.save_config(&config) {
            self.status.error(settings_not_saved(problem));
        }
        self.dispatch(event);
    }

    /// The person's yes to Auto sending the password itself to `server` (not Amazon
    /// Cognito), kept in the current profile; then the sign-in runs again.
    fn send_password_to(&mut self, server: String) {
        let mut config = self.store.config();
        let current = config.current.clone();
        if let Some(profile) = config.profiles.iter_mut().find(|p| p.name == current) {
            profile.password_flow_server = server;
        }
        if let Err(problem) = self.store.save_config(&config) {
            self.status.error(settings_not_saved(problem));
        }
        if let Some(event) = self.hold_misbound(Event::Submit(self.fields.to_form())) {
            self.dispatch(event);
        }
    }

    pub(super) fn dispatch(&mut self, mut event: Event) {
        self.with_device(&mut event);
        if let Event::Submit(form) = &mut event
            && let Ok(endpoint) = form.endpoint()
        {
            form.password_flow_allowed = self
                .store
                .config()
                .current_profile()
                .is_some_and(|p| p.allows_password_flow(&endpoint));
        }
        let (submitted, submitted_settings) = match &event {
            Event::Submit(form) => (Some(form.client_secret.clone()), Some(form.settings())),
            _ => (None, None),
        };
        if !matches!(event, Event::Finished { .. } | Event::Retrying { .. }) {
            // The person did something new: the status line's message was about the last thing.
            self.status.clear();
        }
        let was_busy = self.session.is_busy();
        let left_the_browser = match (&event, self.session.phase()) {
            (Event::Cancel, Phase::WaitingForBrowser(wait)) => Some(wait.callback.clone()),
            _ => None,
        };
        let signing_out = matches!(event, Event::SignOut | Event::SignOutEverywhere);
        if signing_out {
            self.leave_nothing_behind();
        }
        // Asked just now (a bad ID fails at once), or the answer to the fetch out.
        let aws_news = self.fetching_aws() || matches!(event, Event::GetAwsCredentials { .. });
        let effects = self.session.apply(event);
        for effect in self.runner.run(effects) {
            match (effect, &submitted_settings) {
                (Effect::SaveSettings, Some(settings)) => self.save_settings(settings.clone()),
                (Effect::OpenBrowser(address), _) => self.open_in_browser(address.as_str()),
                (other, _) => self.device_effect(other),
            }
        }
        if self.session.take_password_replaced() {
            // Cognito took the new password: the temporary one left in the field would only
            // fail the next sign-in (issue 16).
            self.fields.clear_password();
        }
        self.say_outcome(was_busy);
        self.say_aws_outcome(aws_news);
        if let Some(callback) = left_the_browser {
            // Done as asked: the port is closed.
            self.status.success(
                Message::new("browser-stopped-waiting").with("callback", callback.to_string()),
            );
        }
        match self.session.take_notice() {
            Some(Notice::Done(said)) => self.status.success(said),
            Some(Notice::Warning(said)) => self.status.warn(said),
            None => {}
        }
        if !signing_out {
            self.remember_secrets(submitted.as_ref());
            if was_busy {
                self.share_tokens();
            }
        }
        match self.session.phase() {
            Phase::Editing => self.copied = None,
            // Straight to the field to fix.
            Phase::Failed(Failure {
                cause: FailureCause::InvalidInput(problem),
                ..
            }) => self.focus_pending = Some(problem.field()),
            _ => {}
        }
    }

    /// Signing out: what the last person typed, saw or copied goes with them.
    fn leave_nothing_behind(&mut self) {
        // The attributes and any screen open were the last person's.
        self.desk.forget_account();
        self.desk_inputs = Default::default();
        // Whoever signs in next types their own.
        self.fields.clear_password();
        self.forget_refresh_token();
        // A token left on the clipboard would outlive the session it belonged to.
        if let Err(problem) = self.handover.take_back_copy() {
            self.status.warn(problem);
        }
    }

    /// The system browser on `address`; when none opens, the status line says to copy it.
    fn open_in_browser(&mut self, address: &str) {
        if !(self.open_browser)(address) {
            self.status.warn(Message::new("browser-none-opened"));
        }
    }

    /// When a call to Cognito ends, the status line says how, in a word: the tokens or the
    /// failure's explanation are below the form, but the line at the foot is where every
    /// outcome is told (and read out by a screen reader).
    fn say_outcome(&mut self, was_busy: bool) {
        if !was_busy || self.session.is_busy() {
            return;
        }
        match self.session.phase() {
            Phase::SignedIn(signed) => match (&signed.refresh_problem, signed.refreshed) {
                (Some(_), _) => self.status.error(Message::new("handoff-refresh-failed")),
                (None, Some((at, operation))) => self.status.success_unless_warned(
                    Message::new("handoff-refreshed-at")
                        .with("time", crate::workbench::jwt::local_date(at, "%H:%M:%S"))
                        .with("operation", operation.to_string()),
                ),
                (None, None) => self
                    .status
                    .success_unless_warned(Message::new("handoff-signed-in")),
            },
            Phase::Failed(failure) => self.status.error(failure.explanation.summary.clone()),
            _ => {}
        }
    }

    fn copy(&mut self, kind: TokenKind, ctx: &egui::Context) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        let name = self.environment_name();
        let now = ctx.input(|i| i.time);
        match self.handover.copy_token(&signed.tokens, kind, &name, now) {
            Ok(true) => self.copied_at(kind, ctx),
            Ok(false) => {}
            Err(problem) => self.status.warn(problem),
        }
    }

    fn copy_claims(&mut self, kind: TokenKind, ctx: &egui::Context) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        let Some(Ok(jwt)) = signed
            .tokens
            .get(kind)
            .map(|t| Jwt::parse(t.expose_secret()))
        else {
            return;
        };
        let now = ctx.input(|i| i.time);
        match self
            .handover
            .copy_text(Zeroizing::new(jwt.pretty_claims()), now)
        {
            Ok(()) => self.copied_at(kind, ctx),
            Err(problem) => self.status.warn(problem),
        }
    }

    fn copied_at(&mut self, kind: TokenKind, ctx: &egui::Context) {
        self.copied = Some((kind, ctx.input(|i| i.time)));
        // Only to take the "Copied" note away again; no repaint otherwise.
        ctx.request_repaint_after(Duration::from_secs_f64(COPIED_FEEDBACK_SECS));
    }
}

/// The settings file could not be written; `problem` is the system's own words.
fn settings_not_saved(problem: impl std::fmt::Display) -> Message {
    Message::new("handoff-settings-not-saved").with("error", problem.to_string())
}
