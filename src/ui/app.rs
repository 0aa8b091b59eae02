//! The app: owns the form, the sign-in session and the runner, and lays out the screen.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, SystemTime};

use egui::{Key, KeyboardShortcut, Modifiers};
use secrecy::ExposeSecret;

use crate::clipboard::ClipboardSink;
use crate::keychain::Keychain;
use crate::profiles::{Origin, Profile, free_name, name_problem, same_name};
use crate::settings::{Config, SameName, Settings, SettingsStore};
use crate::signin::{
    Authenticator, BackgroundRunner, Effect, Event, Failure, FailureCause, Field, Phase,
    SignInSession, TokenKind,
};
use crate::workbench::Jwt;
use secrecy::SecretString;
use zeroize::Zeroizing;

use super::challenge_view::ChallengeInputs;
use super::copied::COPIED_FEEDBACK_SECS;
use super::form_view::{FormFields, FormMode};
use super::frame_log::FrameLog;
use super::handover::{Handover, OpenDialog, SaveDialog, Tick, in_background};
use super::import_preview::ImportPreview;
use super::labels;
use super::panel_choices::PanelChoices;
use super::profile_bar::ProfileBar;
use super::profile_request::ProfileRequest;
use super::request::Request;
use super::result_view;
use super::saved_secrets::{Held, SavedSecrets};
use super::token_view;
use super::trust_prompt::TrustPrompt;

/// Everything the app needs from outside, so tests can hand in a scripted sign-in, a memory
/// clipboard and a temporary settings file.
pub struct AppParts {
    pub auth: Arc<dyn Authenticator>,
    pub store: Box<dyn SettingsStore>,
    pub clipboard: Box<dyn ClipboardSink>,
    pub settings: Settings,
    pub notice: Option<String>,
    pub save_dialog: SaveDialog,
    pub open_dialog: OpenDialog,
    /// A profile file to offer for import as the window opens (`--import FILE`, or the
    /// profiles.toml shipped with the app at first start).
    pub import_file: Option<PathBuf>,
    pub import_bundled: bool,
    pub keychain: Arc<Keychain>,
    /// A client secret given at start ($COGNITO_CLIENT_SECRET, as `sign-in` reads it), laid
    /// over the keychain's for the profile the window opens on: so a script (tests/demo.sh)
    /// can open the window ready to sign in without the secret on a command line.
    pub client_secret: Option<SecretString>,
}

pub struct CognitoLoginApp {
    fields: FormFields,
    session: SignInSession,
    runner: BackgroundRunner,
    store: Box<dyn SettingsStore>,
    handover: Handover,
    notice: Option<String>,
    copied: Option<(TokenKind, f64)>,
    first_frame: bool,
    focus_pending: Option<Field>,
    challenge_inputs: ChallengeInputs,
    profile_bar: ProfileBar,
    open_dialog: OpenDialog,
    opening: Option<Receiver<Option<PathBuf>>>,
    secrets: SavedSecrets,
    about_open: bool,
    frame_log: FrameLog,
    trust_prompt: TrustPrompt,
}

/// How long before expiry the automatic refresh runs.
const AUTO_REFRESH_LEAD: Duration = Duration::from_secs(60);

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
        Ok(Self {
            profile_bar,
            open_dialog: parts.open_dialog,
            opening: None,
            secrets,
            about_open: false,
            frame_log: FrameLog::default(),
            trust_prompt: TrustPrompt::default(),
            focus_pending: Some(fields.first_empty_required()),
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
            notice: parts.notice,
            copied: None,
            first_frame: true,
            challenge_inputs: ChallengeInputs::default(),
        })
    }

    pub fn phase(&self) -> &Phase {
        self.session.phase()
    }

    /// Whether a call to Cognito is out (signing in, answering, refreshing).
    pub fn is_busy(&self) -> bool {
        self.session.is_busy()
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
        self.take_dropped_file(ui.ctx());
        self.poll_open_dialog();
        self.handle_shortcuts(ui);

        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.heading("Cognito Login");
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.small_button(labels::ABOUT).clicked() {
                            self.about_open = !self.about_open;
                        }
                    });
                });
                if let Some(notice) = &self.notice {
                    ui.colored_label(ui.visuals().warn_fg_color, notice);
                }
                let config = self.store.config();
                let locked = !matches!(self.session.phase(), Phase::Editing | Phase::Failed(_));
                if let Some(request) =
                    self.profile_bar
                        .show(ui, &config, self.fields.tester, locked)
                {
                    self.handle_profile(request, ui.ctx());
                }
                ui.add_space(8.0);
                let mode = match self.session.phase() {
                    Phase::Submitting {
                        activity, retrying, ..
                    } => FormMode::Busy {
                        activity: activity.label(),
                        retry: retrying.as_ref().map(|r| (r.attempt, r.of)),
                    },
                    Phase::Editing | Phase::Failed(_) => FormMode::Editable,
                    Phase::SignedIn(_) | Phase::Challenge(_) => FormMode::Locked,
                };
                if mode == FormMode::Editable {
                    // SRP's A is made while the person types, not when they press Sign in.
                    self.fields.flow().prepare();
                }
                let focus = self.focus_pending.take();
                let in_advanced = matches!(
                    focus,
                    Some(Field::Endpoint | Field::Proxy | Field::Timeout)
                );
                let action = self.fields.show(ui, mode, in_advanced);
                if let Some(field) = focus {
                    // Asked once the fields exist: egui drops focus requests for unknown widgets.
                    FormFields::focus(ui.ctx(), field);
                }
                if let Some(event) = action
                    .and_then(|e| self.hold_misbound(e))
                    .and_then(|e| self.trust_prompt.hold(e, &config))
                {
                    self.dispatch(event);
                }
                self.answer_trust_prompt(ui);
                if mode == FormMode::Editable
                    && let Some(refresh_token) = self.saved_refresh_token()
                    && ui
                        .button(labels::RESUME)
                        .on_hover_text("Get fresh tokens without the password, with the refresh token kept in the keychain")
                        .clicked()
                {
                    let form = self.fields.to_form();
                    let resume = Event::Resume { form, refresh_token };
                    if let Some(event) = self
                        .hold_misbound(resume)
                        .and_then(|e| self.trust_prompt.hold(e, &config))
                    {
                        self.dispatch(event);
                    }
                }
                ui.separator();
                let mut requests = Vec::new();
                let mut out = |r| requests.push(r);
                let now = SystemTime::now();
                match self.session.phase() {
                    Phase::Editing | Phase::Submitting { .. } => {}
                    Phase::SignedIn(signed) => {
                        let view = token_view::View {
                            signed,
                            choices: &mut self.handover.choices,
                            copied: self.copied,
                            auto_refresh: self.fields.auto_refresh(),
                            now,
                            tester: self.fields.tester,
                            remember_refresh: self.fields.remember_refresh_token(),
                            keys_from: keys_not_vouched_for(self.fields.endpoint(), &config),
                        };
                        token_view::show(ui, view, &mut out);
                    }
                    Phase::Failed(failure) => result_view::failed(ui, failure, &mut out),
                    Phase::Challenge(challenge) => {
                        self.challenge_inputs.show(ui, challenge, now, &mut out);
                        // The countdown to the session's end; once a second, only while shown.
                        ui.ctx().request_repaint_after(Duration::from_secs(1));
                    }
                }
                for request in requests {
                    self.handle(request, ui.ctx());
                }
                self.auto_refresh(ui.ctx(), now);
                self.clear_clipboard(ui.ctx());
                if let Some(notice) = self.handover.poll_save() {
                    self.notice = Some(notice);
                }
            });
        if self.about_open {
            let mut open = true;
            egui::Window::new("About Cognito Login")
                .open(&mut open)
                .collapsible(false)
                .resizable(false)
                .show(ui.ctx(), super::about::show);
            self.about_open = open;
        }
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
        if self.session.is_busy() && ui.input(|i| i.key_pressed(Key::Escape)) {
            self.dispatch(Event::Cancel);
        }
    }

    fn handle(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::Copy(kind) => self.copy(kind, ctx),
            Request::CopyClaims(kind) => self.copy_claims(kind, ctx),
            Request::SavePostman => {
                if let Phase::SignedIn(signed) = self.session.phase() {
                    let waker = ctx.clone();
                    let name = self.environment_name();
                    self.handover
                        .save_postman(&signed.tokens, &name, move || waker.request_repaint());
                }
            }
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

    /// With auto-refresh on, refreshes a minute before expiry and otherwise sleeps until then:
    /// one wake-up, not a repaint loop. A failed refresh is not retried on its own.
    fn auto_refresh(&mut self, ctx: &egui::Context, now: SystemTime) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        if !self.fields.auto_refresh()
            || signed.refreshing
            || signed.refresh_problem.is_some()
            || signed.tokens.refresh.is_none()
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

    /// The form's values with the token panel's choices: what goes into the current profile.
    fn form_settings(&self) -> Settings {
        self.with_choices(self.fields.to_form().settings())
    }

    /// `settings` with the choices the form does not carry: the token panel's and the
    /// keychain opt-in.
    fn with_choices(&self, mut settings: Settings) -> Settings {
        let choices = &self.handover.choices;
        settings.copy_preset = choices.preset;
        settings.curl_url.clone_from(&choices.curl_url);
        settings.clear_clipboard_secs = choices.clear_clipboard_secs;
        settings.remember_refresh_token = self.fields.remember_refresh_token();
        settings
    }

    /// Shows `config`'s current profile in the form and remembers it.
    fn use_config(&mut self, config: &Config) {
        if let Err(problem) = self.store.save_config(config) {
            self.notice = Some(format!("Settings were not saved: {problem}"));
        }
        let settings = config.settings();
        let tester =
            self.fields.tester && config.current_profile().is_some_and(Profile::handed_over);
        self.fields = FormFields::from_settings(&settings);
        self.fields.tester = tester;
        if let Some(secret) = self.secrets.load(config.current_profile()) {
            self.fields.set_client_secret(&secret);
        }
        self.handover.choices.preset = settings.copy_preset;
        self.focus_pending = Some(self.fields.first_empty_required());
    }

    fn handle_profile(&mut self, request: ProfileRequest, ctx: &egui::Context) {
        // A warning about one profile's server does not carry over to another.
        self.trust_prompt = TrustPrompt::default();
        let mut config = self.store.config();
        let form = self.form_settings();
        let typed = [
            &form.region,
            &form.pool_id,
            &form.client_id,
            &form.username,
            &form.endpoint,
        ]
        .iter()
        .any(|v| !v.trim().is_empty());
        // An empty form with no profile yet is not worth a profile of its own.
        if typed || !config.profiles.is_empty() {
            config.apply(&form);
        }
        // Profiles whose server or client may have changed: the form's, and those replaced.
        let mut touched = vec![config.current.clone()];
        match request {
            ProfileRequest::Switch(name) => config.current = name,
            ProfileRequest::New => {
                let name = free_name(&config.profiles, "New profile");
                config.profiles.push(Profile {
                    name: name.clone(),
                    ..Profile::default()
                });
                config.current = name;
            }
            ProfileRequest::Rename(name) => {
                let name = name.trim().to_owned();
                if let Some(why) = name_problem(&name) {
                    self.notice = Some(format!("That name cannot be used: {why}."));
                    return;
                }
                if config.profiles.iter().any(|p| same_name(&p.name, &name)) {
                    self.notice = Some(format!(
                        "\"{name}\" cannot be used: a profile of that name exists already."
                    ));
                    return;
                }
                if let Some(profile) = config
                    .profiles
                    .iter_mut()
                    .find(|p| p.name == config.current)
                {
                    profile.name.clone_from(&name);
                }
                let old = std::mem::replace(&mut config.current, name.clone());
                if let Some(renamed) = config.current_profile() {
                    self.notice = self.secrets.rename(&old, &renamed.secret_binding());
                }
            }
            ProfileRequest::Duplicate => {
                if let Some(current) = config.current_profile().cloned() {
                    let name = free_name(&config.profiles, &format!("{} copy", current.name));
                    config.profiles.push(Profile {
                        name: name.clone(),
                        origin: Origin::Own,
                        ..current
                    });
                    config.current = name;
                }
            }
            ProfileRequest::Delete => {
                let gone = config.current.clone();
                config.remove_profile(&gone);
                self.secrets.forget_profile(&gone);
                self.notice = Some(format!("Deleted the profile \"{gone}\"."));
            }
            ProfileRequest::PickImportFile => {
                let dialog = Arc::clone(&self.open_dialog);
                let waker = ctx.clone();
                self.opening = Some(in_background(
                    move || dialog(),
                    move || waker.request_repaint(),
                ));
                return;
            }
            ProfileRequest::Import {
                profiles,
                same_name: on_same_name,
                origin,
            } => {
                let names: Vec<String> = profiles.iter().map(|p| p.name.clone()).collect();
                for profile in profiles {
                    let profile = Profile { origin, ..profile };
                    match (config.profiles.iter_mut()).find(|p| same_name(&p.name, &profile.name)) {
                        Some(existing) if on_same_name == SameName::Replace => {
                            touched.push(profile.name.clone());
                            *existing = profile;
                        }
                        Some(_) => {}
                        None => config.profiles.push(profile),
                    }
                }
                if let Some(first) = names.first() {
                    config.current.clone_from(first);
                }
                self.profile_bar.import = None;
                self.notice = Some(format!("Imported: {}.", names.join(", ")));
            }
            ProfileRequest::Export { all } => {
                let profiles: Vec<Profile> = if all {
                    config.profiles.clone()
                } else {
                    config.current_profile().cloned().into_iter().collect()
                };
                let name = match (all, profiles.first()) {
                    (false, Some(p)) => format!("{}.toml", p.name.replace(['/', '\\', ':'], "-")),
                    _ => "profiles.toml".to_owned(),
                };
                let waker = ctx.clone();
                self.handover.save_text(
                    Zeroizing::new(crate::profiles::file::export(&profiles)),
                    &name,
                    move || waker.request_repaint(),
                );
                self.use_config(&config);
                return;
            }
            ProfileRequest::CancelImport => {
                self.profile_bar.import = None;
                return;
            }
            ProfileRequest::TesterView(on) => {
                self.fields.tester = on;
                return;
            }
        }
        for name in touched {
            if let Some(profile) = config.profiles.iter().find(|p| p.name == name)
                && let Some(said) = self.secrets.rebind(profile)
            {
                self.notice = Some(said);
            }
        }
        self.use_config(&config);
    }

    /// A sign-in from a form that now points at another server or app client than the saved
    /// secrets were for: they are removed, and a sign-in that would carry one of them is held
    /// (the client secret field emptied, for the person to type this client's).
    fn hold_misbound(&mut self, event: Event) -> Option<Event> {
        let (form, resuming) = match &event {
            Event::Submit(form) => (form, false),
            Event::Resume { form, .. } => (form, true),
            _ => return Some(event),
        };
        let name = self.current_profile_name().unwrap_or_default();
        let to = crate::profiles::secret_binding(
            &name,
            &form.region,
            &form.pool_id,
            &form.endpoint,
            &form.client_id,
        );
        match self.secrets.check_destination(&to, &form.client_secret) {
            Held::No => Some(event),
            Held::Told(said) => {
                self.notice = Some(said);
                (!resuming).then_some(event)
            }
            Held::ClientSecret(said) => {
                self.fields.set_client_secret(&SecretString::default());
                self.notice = Some(said);
                self.focus_pending = Some(Field::ClientSecret);
                None
            }
        }
    }

    fn current_profile_name(&self) -> Option<String> {
        self.store
            .config()
            .current_profile()
            .map(|p| p.name.clone())
    }

    /// After each event: the client secret typed for a sign-in, and (when asked) the refresh
    /// token, go to the keychain under the current profile, bound to where it signs in.
    fn remember_secrets(&mut self, submitted: Option<&SecretString>) {
        let Some(at) = self
            .store
            .config()
            .current_profile()
            .map(Profile::secret_binding)
        else {
            return;
        };
        let refresh = match self.session.phase() {
            Phase::SignedIn(signed) if self.fields.remember_refresh_token() => {
                signed.tokens.refresh.clone()
            }
            _ => None,
        };
        if let Some(said) = self.secrets.remember(&at, submitted, refresh) {
            self.notice = Some(said);
        }
    }

    fn saved_refresh_token(&self) -> Option<SecretString> {
        self.secrets.refresh_token()
    }

    /// Forgets the current profile's refresh token, in the keychain and here.
    fn forget_refresh_token(&mut self) {
        let profile = self.current_profile_name();
        self.secrets.forget_refresh_token(profile.as_deref());
    }

    /// A profile file dropped on the window is offered for import.
    fn take_dropped_file(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.profile_bar.import = Some(ImportPreview::read(&path, Origin::Imported));
        }
    }

    fn poll_open_dialog(&mut self) {
        let Some(receive) = &self.opening else {
            return;
        };
        if let Ok(answer) = receive.try_recv() {
            self.opening = None;
            if let Some(path) = answer {
                self.profile_bar.import = Some(ImportPreview::read(&path, Origin::Imported));
            }
        }
    }

    /// Saves the form's settings with the token panel's choices.
    fn save_settings(&mut self, settings: Settings) {
        let settings = self.with_choices(settings);
        if let Err(problem) = self.store.save(&settings) {
            self.notice = Some(format!("Settings were not saved: {problem}"));
        }
    }

    /// The Postman environment's name: who, where.
    fn environment_name(&self) -> String {
        let form = self.fields.to_form();
        let place = [&form.pool_id, &form.region, &form.endpoint]
            .into_iter()
            .map(|p| p.trim())
            .find(|p| !p.is_empty())
            .unwrap_or("Cognito");
        format!("Cognito Login: {} @ {place}", form.username.trim())
    }

    fn clear_clipboard(&mut self, ctx: &egui::Context) {
        match self.handover.tick(ctx.input(|i| i.time)) {
            Tick::Idle => {}
            Tick::Wait(secs) => ctx.request_repaint_after(Duration::from_secs_f64(secs)),
            Tick::Cleared => self.notice = Some("Cleared the clipboard.".to_owned()),
            Tick::Problem(problem) => self.notice = Some(problem),
        }
    }

    /// The person's answer to the warning about a server that is not Amazon Cognito: a host
    /// accepted is remembered in the settings, and the sign-in goes ahead.
    fn answer_trust_prompt(&mut self, ui: &mut egui::Ui) {
        let Some((host, event)) = self.trust_prompt.show(ui) else {
            return;
        };
        let mut config = self.store.config();
        if !config.trusted_hosts.contains(&host) {
            config.trusted_hosts.push(host);
        }
        if let Err(problem) = self.store.save_config(&config) {
            self.notice = Some(problem);
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
            self.notice = Some(problem);
        }
        if let Some(event) = self.hold_misbound(Event::Submit(self.fields.to_form())) {
            self.dispatch(event);
        }
    }

    fn dispatch(&mut self, mut event: Event) {
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
        let signing_out = matches!(event, Event::SignOut | Event::SignOutEverywhere);
        if signing_out {
            self.forget_refresh_token();
            // A token left on the clipboard would outlive the session it belonged to.
            if let Err(problem) = self.handover.take_back_copy() {
                self.notice = Some(problem);
            }
        }
        let effects = self.session.apply(event);
        for effect in self.runner.run(effects) {
            if let (Effect::SaveSettings, Some(settings)) = (effect, &submitted_settings) {
                self.save_settings(settings.clone());
            }
        }
        if let Some(notice) = self.session.take_notice() {
            self.notice = Some(notice);
        }
        if !signing_out {
            self.remember_secrets(submitted.as_ref());
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
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        let name = self.environment_name();
        let now = ctx.input(|i| i.time);
        match self.handover.copy_token(&signed.tokens, kind, &name, now) {
            Ok(true) => self.copied_at(kind, ctx),
            Ok(false) => {}
            Err(problem) => self.notice = Some(problem),
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
            Err(problem) => self.notice = Some(problem),
        }
    }

    fn copied_at(&mut self, kind: TokenKind, ctx: &egui::Context) {
        self.copied = Some((kind, ctx.input(|i| i.time)));
        // Only to take the "Copied" note away again; no repaint otherwise.
        ctx.request_repaint_after(Duration::from_secs_f64(COPIED_FEEDBACK_SECS));
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

/// Where the token's keys came from, when that is not the user pool's own for all the person
/// knows: a profile from a file sending to a server that is not Amazon Cognito.
fn keys_not_vouched_for(
    endpoint: Option<crate::cognito::Endpoint>,
    config: &Config,
) -> Option<String> {
    let endpoint = endpoint?;
    (config.current_profile()?.handed_over() && endpoint.is_custom())
        .then(|| endpoint.destination())
}
