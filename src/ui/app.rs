//! The app: owns the form, the sign-in session and the runner, and lays out the screen.

use std::sync::Arc;

use egui::{Key, KeyboardShortcut, Modifiers};
use secrecy::ExposeSecret;

use crate::clipboard::ClipboardSink;
use crate::settings::{Settings, SettingsStore};
use crate::signin::{
    Authenticator, BackgroundRunner, Effect, Event, Failure, FailureCause, Field, Phase,
    SignInSession, TokenKind,
};

use super::form_view::FormFields;
use super::result_view;

/// Accessible names of the controls: what a screen reader says and what the UI tests look for.
pub mod labels {
    pub const REGION: &str = "Region";
    pub const PICK_REGION: &str = "Pick a region";
    pub const POOL_ID: &str = "User pool ID";
    pub const CLIENT_ID: &str = "App client ID";
    pub const CLIENT_SECRET: &str = "Client secret";
    pub const USERNAME: &str = "Username";
    pub const PASSWORD: &str = "Password";
    pub const SHOW_PASSWORD: &str = "Show password";
    pub const ADVANCED: &str = "Advanced";
    pub const ENDPOINT: &str = "Endpoint URL";
    pub const TIMEOUT: &str = "Request timeout (seconds)";
    pub const SIGN_IN: &str = "Sign in";
    pub const CANCEL: &str = "Cancel";
    pub const SIGN_OUT: &str = "Sign out";
    pub const START_OVER: &str = "Start over";
    pub const COPIED: &str = "Copied";

    pub fn copy(kind: crate::signin::TokenKind) -> &'static str {
        match kind {
            crate::signin::TokenKind::Id => "Copy ID token",
            crate::signin::TokenKind::Access => "Copy access token",
            crate::signin::TokenKind::Refresh => "Copy refresh token",
        }
    }
}

/// Everything the app needs from outside, so tests can hand in a scripted sign-in, a memory
/// clipboard and a temporary settings file.
pub struct AppParts {
    pub auth: Arc<dyn Authenticator>,
    pub store: Box<dyn SettingsStore>,
    pub clipboard: Box<dyn ClipboardSink>,
    pub settings: Settings,
    pub notice: Option<String>,
}

const COPIED_FEEDBACK_SECS: f64 = 2.0;

pub struct CognitoLoginApp {
    fields: FormFields,
    session: SignInSession,
    runner: BackgroundRunner,
    store: Box<dyn SettingsStore>,
    clipboard: Box<dyn ClipboardSink>,
    notice: Option<String>,
    copied: Option<(TokenKind, f64)>,
    first_frame: bool,
    focus_pending: Option<Field>,
}

impl CognitoLoginApp {
    pub fn new(parts: AppParts) -> std::io::Result<Self> {
        let fields = FormFields::from_settings(&parts.settings);
        Ok(Self {
            focus_pending: Some(fields.first_empty_required()),
            fields,
            session: SignInSession::default(),
            runner: BackgroundRunner::new(parts.auth)?,
            store: parts.store,
            clipboard: parts.clipboard,
            notice: parts.notice,
            copied: None,
            first_frame: true,
        })
    }

    pub fn phase(&self) -> &Phase {
        self.session.phase()
    }

    /// Draws one frame. The eframe window and the UI tests both call this.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if self.first_frame {
            self.first_frame = false;
            let ctx = ui.ctx().clone();
            self.runner
                .set_waker(Arc::new(move || ctx.request_repaint()));
        }
        for event in self.runner.poll() {
            self.dispatch(event);
        }
        self.handle_shortcuts(ui);

        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.heading("Cognito Login");
                if let Some(notice) = &self.notice {
                    ui.colored_label(ui.visuals().warn_fg_color, notice);
                }
                ui.add_space(8.0);
                let submitting = self.session.is_submitting();
                let focus = self.focus_pending.take();
                let in_advanced = matches!(focus, Some(Field::Endpoint | Field::Timeout));
                let action = self.fields.show(ui, submitting, in_advanced);
                if let Some(field) = focus {
                    // Asked once the fields exist: egui drops focus requests for unknown widgets.
                    FormFields::focus(ui.ctx(), field);
                }
                if let Some(event) = action {
                    self.dispatch(event);
                }
                ui.separator();
                let mut events = Vec::new();
                result_view::show(ui, self.session.phase(), self.copied, &mut |e| {
                    events.push(e)
                });
                for request in events {
                    match request {
                        result_view::Request::Copy(kind) => self.copy(kind, ui.ctx()),
                        result_view::Request::SignOut => self.dispatch(Event::SignOut),
                    }
                }
            });
        if self.focus_pending.is_some() {
            // The focus move happens in the next frame; make sure there is one.
            ui.ctx().request_repaint();
        }
    }

    fn handle_shortcuts(&mut self, ui: &egui::Ui) {
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
        if self.session.is_submitting() && ui.input(|i| i.key_pressed(Key::Escape)) {
            self.dispatch(Event::Cancel);
        }
    }

    fn dispatch(&mut self, event: Event) {
        let effects = self.session.apply(event);
        for effect in self.runner.run(effects) {
            if let Effect::SaveSettings(settings) = effect
                && let Err(problem) = self.store.save(&settings)
            {
                self.notice = Some(format!("Settings were not saved: {problem}"));
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

    fn copy(&mut self, kind: TokenKind, ctx: &egui::Context) {
        let Phase::SignedIn(tokens) = self.session.phase() else {
            return;
        };
        let Some(token) = tokens.get(kind) else {
            return;
        };
        match self.clipboard.set_text(token.expose_secret()) {
            Ok(()) => {
                self.copied = Some((kind, ctx.input(|i| i.time)));
                // Only to take the "Copied" note away again; no repaint otherwise.
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(COPIED_FEEDBACK_SECS));
            }
            Err(problem) => self.notice = Some(problem),
        }
    }
}

impl eframe::App for CognitoLoginApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let frame = egui::Frame::central_panel(ui.style());
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| self.show(ui));
    }
}

pub(super) fn copied_recently(copied: Option<(TokenKind, f64)>, kind: TokenKind, now: f64) -> bool {
    copied.is_some_and(|(k, at)| k == kind && now - at < COPIED_FEEDBACK_SECS)
}
