//! The app: owns the form, the sign-in session and the runner, and lays out the screen. What
//! it does with what the person asks for is in requests.rs (the session and the tokens),
//! profile_requests.rs and importing.rs (the profiles), remembered.rs (the settings file and
//! the keychain); the panels it lays out are the views.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::SystemTime;

use crate::clipboard::ClipboardSink;
use crate::keychain::Keychain;
use crate::messages::{Lang, Message};
use crate::profiles::Origin;
use crate::settings::{Config, Settings, SettingsStore};
use crate::signin::self_service::Desk;
use crate::signin::{
    Authenticator, BackgroundRunner, Event, Field, Phase, SignInKind, SignInSession,
};
use crate::token_cache::TokenCache;
use crate::workbench::TokenKind;

use super::challenge_view::ChallengeInputs;
use super::desk_inputs::DeskInputs;
use super::desk_view;
use super::fonts;
use super::form_view::{FormAction, FormFields, FormKeys, FormMode};
use super::frame_log::FrameLog;
use super::handover::{Handover, OpenDialog, SaveDialog};
use super::import_preview::ImportPreview;
use super::panel_choices::PanelChoices;
use super::profile_bar::ProfileBar;
use super::request::Request;
use super::saved_secrets::SavedSecrets;
use super::speech;
use super::status::{self, StatusLine};
use super::trust_prompt::TrustPrompt;

/// Everything the app needs from outside, so tests can hand in a scripted sign-in, a memory
/// clipboard and a temporary settings file.
pub struct AppParts {
    pub auth: Arc<dyn Authenticator>,
    pub store: Box<dyn SettingsStore>,
    pub clipboard: Box<dyn ClipboardSink>,
    pub settings: Settings,
    pub notice: Option<Message>,
    pub save_dialog: SaveDialog,
    pub open_dialog: OpenDialog,
    /// A profile file to offer for import as the window opens (`--import FILE`, or the
    /// profiles.toml shipped with the app at first start).
    pub import_file: Option<PathBuf>,
    pub import_bundled: bool,
    pub keychain: Arc<Keychain>,
    /// Where signed-in tokens are shared with `cognito-login token` (None: not shared). Tests
    /// give a temporary folder, never the person's cache.
    pub token_cache: Option<TokenCache>,
    /// A client secret given at start ($COGNITO_CLIENT_SECRET, as `sign-in` reads it), laid
    /// over the keychain's for the profile the window opens on: so a script (tests/demo.sh)
    /// can open the window ready to sign in without the secret on a command line.
    pub client_secret: Option<crate::cognito::ClientSecret>,
    /// Opens an address in the system browser (managed login); true when one opened. Tests
    /// play the browser themselves and pass one that only records the address.
    pub open_browser: OpenBrowser,
}

pub type OpenBrowser = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// The window's state. The fields are open to the other files of the window that handle
/// what the person asks for (requests.rs, profile_requests.rs, importing.rs, remembered.rs).
pub struct CognitoLoginApp {
    pub(super) fields: FormFields,
    pub(super) session: SignInSession,
    pub(super) runner: BackgroundRunner,
    pub(super) store: Box<dyn SettingsStore>,
    pub(super) handover: Handover,
    pub(super) status: StatusLine,
    pub(super) copied: Option<(TokenKind, f64)>,
    pub(super) first_frame: bool,
    pub(super) focus_pending: Option<Field>,
    /// Nothing had the keyboard as this frame began (so Enter is the form's).
    pub(super) keyboard_free: bool,
    pub(super) challenge_inputs: ChallengeInputs,
    pub(super) profile_bar: ProfileBar,
    pub(super) open_dialog: OpenDialog,
    pub(super) opening: Option<Receiver<Option<PathBuf>>>,
    pub(super) secrets: SavedSecrets,
    pub(super) token_cache: Option<TokenCache>,
    pub(super) about_open: bool,
    pub(super) frame_log: FrameLog,
    pub(super) trust_prompt: TrustPrompt,
    pub(super) open_browser: OpenBrowser,
    /// The self-service screens (issue 19) and what is typed on them.
    pub(super) desk: Desk,
    pub(super) desk_inputs: DeskInputs,
    /// `--lang`, until a Language is picked in the About window.
    pub(super) language_flag: Option<Lang>,
}

impl CognitoLoginApp {
    pub fn new(parts: AppParts) -> std::io::Result<Self> {
        let mut fields = FormFields::from_settings(&parts.settings);
        let config = parts.store.config();
        let mut secrets = SavedSecrets::new(parts.keychain, parts.client_secret);
        if let Some(secret) = secrets.load(config.current_profile()) {
            fields.set_client_secret(&secret);
        }
        let origin = if parts.import_bundled {
            Origin::Bundled
        } else {
            Origin::Imported
        };
        let mut profile_bar = ProfileBar::default();
        profile_bar.import =
            (parts.import_file.as_deref()).map(|path| ImportPreview::read(path, origin));
        let mut app = Self {
            profile_bar,
            open_dialog: parts.open_dialog,
            opening: None,
            secrets,
            token_cache: parts.token_cache,
            about_open: false,
            frame_log: FrameLog::default(),
            trust_prompt: TrustPrompt::default(),
            open_browser: parts.open_browser,
            desk: Desk::default(),
            desk_inputs: DeskInputs::default(),
            language_flag: parts.settings.language_flag,
            focus_pending: Some(fields.first_empty_required()),
            keyboard_free: true,
            fields,
            session: SignInSession::default(),
            runner: BackgroundRunner::new(parts.auth)?,
            store: parts.store,
            handover: Handover::new(
                parts.clipboard,
                PanelChoices {
                    preset: parts.settings.copy_preset,
                    curl_url: parts.settings.curl_url.clone(),
                    clear_clipboard_secs: parts.settings.clear_clipboard_secs,
                    include_refresh: false,
                },
                parts.save_dialog,
            ),
            status: {
                let mut status = StatusLine::default();
                if let Some(notice) = parts.notice {
                    status.warn(notice);
                }
                status
            },
            copied: None,
            first_frame: true,
            challenge_inputs: ChallengeInputs::default(),
        };
        app.restore_cached_tokens();
        Ok(app)
    }

    /// The language the window speaks: --lang, else the saved choice.
    pub fn lang(&self, config: &Config) -> Lang {
        config.language.resolve(self.language_flag)
    }

    pub fn phase(&self) -> &Phase {
        self.session.phase()
    }

    /// Whether a call to Cognito is out (signing in, answering, refreshing, or one of the
    /// self-service screens').
    pub fn is_busy(&self) -> bool {
        self.session.is_busy() || self.desk.is_busy()
    }

    /// Draws one frame. The eframe window and the UI tests both call this.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.take_input(ui);
        let config = self.store.config();
        let lang = self.lang(&config);
        speech::set_language(ui.ctx(), lang);
        egui::Panel::bottom("status-line")
            .exact_size(status::HEIGHT)
            .resizable(false)
            .show(ui, |ui| self.status.show(ui, self.busy(), lang));
        // Solid, not floating, scroll bars: a floating one is drawn over the right edge of
        // the fields and buttons at narrow widths (480 px), hiding what is under it.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(4.0);
                self.title_row(ui, lang);
                let locked = !matches!(self.session.phase(), Phase::Editing | Phase::Failed(_));
                if let Some(request) =
                    self.profile_bar
                        .show(ui, &config, lang, self.fields.tester, locked)
                {
                    self.handle_profile(request, ui.ctx());
                }
                ui.add_space(8.0);
                let asked = self.form_panel(ui, &config);
                ui.separator();
                let now = SystemTime::now();
                self.result_panel(ui, &config, now);
                // After drawing, as the result panel's own: a screen opened now is drawn from
                // the next frame, so its fields never share a frame with the form's.
                if let Some(request) = asked {
                    self.handle(request, ui.ctx());
                }
                self.keep_time(ui.ctx(), now);
            });
        let lang = self.lang(&self.store.config());
        self.about_window(ui.ctx(), lang);
        if self.focus_pending.is_some() {
            // The focus move happens in the next frame; make sure there is one.
            ui.ctx().request_repaint();
        }
    }

    /// Before drawing: what came back from Cognito, a dropped or picked file, the shortcuts.
    fn take_input(&mut self, ui: &egui::Ui) {
        self.keyboard_free = ui.memory(|m| m.focused().is_none());
        if self.first_frame {
            self.first_frame = false;
            fonts::add_japanese(ui.ctx());
            let ctx = ui.ctx().clone();
            self.runner
                .set_waker(Arc::new(move || ctx.request_repaint()));
        }
        for event in self.runner.poll() {
            if let Some(event) = self.desk_event(event) {
                self.dispatch(event);
            }
        }
        self.take_dropped_file(ui.ctx());
        self.poll_open_dialog();
        self.handle_shortcuts(ui);
    }

    /// What a call out to Cognito is for, while one is.
    fn busy(&self) -> Option<status::Busy<'static>> {
        if self.desk.is_busy() {
            return Some(status::Busy {
                activity: "activity-asking-cognito",
                retry: None,
                still: false,
            });
        }
        match self.session.phase() {
            Phase::Submitting {
                activity, retrying, ..
            } => Some(status::Busy {
                activity: activity.key(),
                retry: retrying.as_ref().map(|r| (r.attempt, r.of)),
                still: false,
            }),
            Phase::WaitingForBrowser(_) => Some(status::Busy {
                activity: "activity-waiting-for-browser",
                retry: None,
                still: true,
            }),
            _ => None,
        }
    }

    /// The form, the trust prompt under it, and the way back in with a saved refresh token.
    fn form_panel(&mut self, ui: &mut egui::Ui, config: &Config) -> Option<Request> {
        let mode = match self.session.phase() {
            // A self-service screen uses the form's place and account: the form is its line.
            _ if self.desk.screen().is_some() => FormMode::Locked,
            Phase::Submitting { .. } => FormMode::Busy,
            Phase::Editing | Phase::Failed(_) => FormMode::Editable,
            // The wait for the browser has its own Cancel, right under the one line the
            // form shrinks to, so the address and its Copy button are in view.
            Phase::SignedIn(_) | Phase::Challenge(_) | Phase::WaitingForBrowser(_) => {
                FormMode::Locked
            }
        };
        if mode == FormMode::Editable {
            // SRP's A is made while the person types, not when they press Sign in.
            self.fields.flow().prepare();
        }
        let focus = self.focus_pending.take();
        if focus == Some(Field::Endpoint) {
            self.fields.show_endpoint();
        }
        let keys = FormKeys {
            enter_is_ours: self.keyboard_free,
            open_advanced: matches!(focus, Some(Field::Proxy | Field::Timeout)),
        };
        let lang = self.lang(config);
        let action = self.fields.show(ui, mode, keys, lang);
        if let Some(field) = focus {
            // Asked once the fields exist: egui drops focus requests for unknown widgets.
            FormFields::focus(ui.ctx(), field);
        }
        match action {
            Some(FormAction::Send(event)) => self.sign_in(*event, config),
            Some(FormAction::Fix { field }) => {
                self.focus_pending = Some(field);
                self.status
                    .error(Message::new("status-not-sent-fix-fields"));
            }
            None => {}
        }
        self.answer_trust_prompt(ui);
        if mode == FormMode::Editable
            && let Some(refresh_token) = self.saved_refresh_token()
            && ui
                .button(speech::say(ui.ctx(), "token-resume"))
                .on_hover_text(speech::say(ui.ctx(), "token-resume-hint"))
                .clicked()
        {
            let form = self.fields.to_form();
            self.sign_in(
                Event::Resume {
                    form,
                    refresh_token,
                },
                config,
            );
        }
        let mut asked = None;
        if mode == FormMode::Editable && self.fields.values.target.kind == SignInKind::Password {
            desk_view::entry_buttons(ui, &mut |r| asked = Some(r));
        }
        asked
    }
}

/// The widest font atlas the window asks for. egui makes its atlas as wide as the GPU allows
/// (16,384 px under Mesa's llvmpipe), and that strip is kept twice, in the app and in the GL
/// driver; 2,048 px (egui's own portable default) holds every glyph a form needs. Measured
/// under Xvfb: 3.5 MB less resident memory (BENCHMARKS.md).
const FONT_ATLAS_SIDE: usize = 2048;

impl eframe::App for CognitoLoginApp {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let side = raw_input.max_texture_side.unwrap_or(FONT_ATLAS_SIDE);
        raw_input.max_texture_side = Some(side.min(FONT_ATLAS_SIDE));
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_log.frame(ui.ctx());
        let frame = egui::Frame::central_panel(ui.style());
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| self.show(ui));
    }
}
