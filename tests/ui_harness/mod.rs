//! Drives the window like a person would, for the UI tests: find controls by their
//! accessible names, click, type, press keys, read what is shown. Cognito's answers come from
//! a script, or from a real emulator over HTTP.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cognito_login::clipboard::MemoryClipboard;
use cognito_login::cognito::{
    AuthResponse, AuthenticationResult, CognitoClient, CognitoError, Reply, ServiceError,
};
use cognito_login::keychain::Keychain;
use cognito_login::settings::{Config, ConfyStore, Settings, SettingsStore as _};
use cognito_login::signin::service::OutcomeFuture;
use cognito_login::signin::{Authenticator, Call, OnRetry, Outcome, Phase};
use cognito_login::ui::{AppParts, CognitoLoginApp, labels};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

pub const ID_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJpZCJ9.c2lnbmF0dXJlLWlk";
pub const ACCESS_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhY2Nlc3MifQ.c2lnbmF0dXJlLWFj";
pub const REFRESH_TOKEN: &str = "opaque-refresh-token-0123456789";

/// What the script sees of a call: the operation's name and its JSON body.
pub struct Sent {
    pub op: &'static str,
    pub body: serde_json::Value,
}

pub type Script = dyn Fn(&Sent) -> Option<Outcome> + Send + Sync;

/// Answers each call with what the script returns (`None`: never answers) and keeps them.
pub struct Scripted {
    pub script: Box<Script>,
    pub calls: Arc<AtomicUsize>,
    pub last_password: Arc<Mutex<Option<String>>>,
    pub sent: Arc<Mutex<Vec<serde_json::Value>>>,
}

pub fn body_of(call: &Call) -> serde_json::Value {
    call.operation.wire_body()
}

impl Authenticator for Scripted {
    /// Scripted answers come at once and are final: nothing here retries.
    fn perform(&self, call: Call, _on_retry: OnRetry) -> OutcomeFuture {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let sent = Sent {
            op: call.operation.name(),
            body: body_of(&call),
        };
        if let Some(password) = sent.body["AuthParameters"]["PASSWORD"].as_str() {
            *self.last_password.lock().unwrap() = Some(password.to_owned());
        }
        self.sent.lock().unwrap().push(sent.body.clone());
        match (self.script)(&sent) {
            Some(outcome) => Box::pin(async move { outcome }),
            None => Box::pin(std::future::pending()),
        }
    }
}

pub fn tokens() -> Outcome {
    auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some(ID_TOKEN.into()),
            access_token: Some(ACCESS_TOKEN.into()),
            refresh_token: Some(REFRESH_TOKEN.into()),
            expires_in: Some(3600),
            token_type: Some("Bearer".into()),
            ..Default::default()
        }),
        ..Default::default()
    })
}

pub fn auth(response: AuthResponse) -> Outcome {
    Ok(Reply::Auth(response))
}

pub fn challenge(name: &str, params: &[(&str, &str)], available: &[&str]) -> Outcome {
    auth(AuthResponse {
        challenge_name: Some(name.into()),
        session: Some(format!("session-for-{name}").into()),
        challenge_parameters: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), serde_json::json!(v)))
            .collect(),
        available_challenges: (!available.is_empty())
            .then(|| available.iter().map(|a| (*a).to_owned()).collect()),
        ..Default::default()
    })
}

pub fn refused(code: &str, message: &str) -> Outcome {
    Err(CognitoError::Service(ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    }))
}

pub struct Ui {
    pub harness: Harness<'static, CognitoLoginApp>,
    pub calls: Arc<AtomicUsize>,
    pub last_password: Arc<Mutex<Option<String>>>,
    pub sent: Arc<Mutex<Vec<serde_json::Value>>>,
    /// Where the save dialog says to save (None: the person cancelled).
    pub saved_to: Arc<Mutex<Option<std::path::PathBuf>>>,
    /// The file the open dialog picks (None: the person cancelled).
    pub opened: Arc<Mutex<Option<std::path::PathBuf>>>,
    /// keyring-core's mock store, as the app's keychain.
    pub keychain: Arc<Keychain>,
    pub clipboard: MemoryClipboard,
    pub config: tempfile::TempDir,
    /// The addresses the app opened in "the browser": a test plays the browser with them.
    pub browsed: Arc<Mutex<Vec<String>>>,
}

pub fn settings_path(config: &tempfile::TempDir) -> std::path::PathBuf {
    config
        .path()
        .join("cognito-login")
        .join("default-config.toml")
}

pub fn open_with(auth: Option<Box<Script>>, settings: Settings) -> Ui {
    open_app(auth, settings, None, None, Arc::new(Keychain::mock()), None)
}

/// Opens the window over a settings file holding `config` (profiles), optionally offering
/// `import_file` for import as `--import FILE` does.
pub fn open_with_config(config: &Config, import_file: Option<std::path::PathBuf>) -> Ui {
    let auth: Box<Script> = Box::new(|_| Some(tokens()));
    let keychain = Arc::new(Keychain::mock());
    open_app(
        Some(auth),
        config.settings(),
        Some(config),
        import_file,
        keychain,
        None,
    )
}

/// Opens the window over `config` with a given keychain (to see what a second start finds),
/// signing in with `auth` (`None`: over real HTTP).
pub fn open_with_keychain(
    auth: Option<Box<Script>>,
    config: &Config,
    keychain: Arc<Keychain>,
) -> Ui {
    open_app(auth, config.settings(), Some(config), None, keychain, None)
}

/// Opens the window over `config` as `COGNITO_CLIENT_SECRET=secret cognito-login` does,
/// signing in over real HTTP.
pub fn open_with_client_secret(config: &Config, keychain: Arc<Keychain>, secret: &str) -> Ui {
    let secret = Some(cognito_login::cognito::ClientSecret::from(secret));
    open_app(
        None,
        config.settings(),
        Some(config),
        None,
        keychain,
        secret,
    )
}

fn open_app(
    auth: Option<Box<Script>>,
    settings: Settings,
    saved: Option<&Config>,
    import_file: Option<std::path::PathBuf>,
    keychain: Arc<Keychain>,
    client_secret: Option<cognito_login::cognito::ClientSecret>,
) -> Ui {
    open_app_sharing(
        auth,
        settings,
        saved,
        import_file,
        keychain,
        client_secret,
        None,
    )
}

/// Opens the window over `config`, sharing tokens through `cache` as it does through the
/// person's token cache, signing in with `auth`.
pub fn open_with_token_cache(
    auth: Box<Script>,
    config: &Config,
    keychain: Arc<Keychain>,
    cache: cognito_login::token_cache::TokenCache,
) -> Ui {
    let settings = config.settings();
    open_app_sharing(
        Some(auth),
        settings,
        Some(config),
        None,
        keychain,
        None,
        Some(cache),
    )
}

fn open_app_sharing(
    auth: Option<Box<Script>>,
    settings: Settings,
    saved: Option<&Config>,
    import_file: Option<std::path::PathBuf>,
    keychain: Arc<Keychain>,
    client_secret: Option<cognito_login::cognito::ClientSecret>,
    token_cache: Option<cognito_login::token_cache::TokenCache>,
) -> Ui {
    let calls = Arc::new(AtomicUsize::new(0));
    let last_password = Arc::new(Mutex::new(None));
    let sent = Arc::new(Mutex::new(Vec::new()));
    let saved_to: Arc<Mutex<Option<std::path::PathBuf>>> = Arc::new(Mutex::new(None));
    let opened: Arc<Mutex<Option<std::path::PathBuf>>> = Arc::new(Mutex::new(None));
    let browsed: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let auth: Arc<dyn Authenticator> = match auth {
        Some(script) => Arc::new(Scripted {
            script,
            calls: Arc::clone(&calls),
            last_password: Arc::clone(&last_password),
            sent: Arc::clone(&sent),
        }),
        None => Arc::new(CognitoClient::new().unwrap()),
    };
    let config = tempfile::tempdir().unwrap();
    let clipboard = MemoryClipboard::default();
    let store = ConfyStore::at(settings_path(&config));
    if let Some(saved) = saved {
        store.save_config(saved).unwrap();
    }
    let parts = AppParts {
        auth,
        store: Box::new(store),
        clipboard: Box::new(clipboard.clone()),
        settings,
        notice: None,
        save_dialog: {
            let saved_to = Arc::clone(&saved_to);
            Arc::new(move |_name: &str| saved_to.lock().unwrap().clone())
        },
        open_dialog: {
            let opened = Arc::clone(&opened);
            Arc::new(move || opened.lock().unwrap().clone())
        },
        import_bundled: import_file
            .as_ref()
            .is_some_and(|p| p.file_name().is_some_and(|n| n == "profiles.toml")),
        import_file,
        keychain: Arc::clone(&keychain),
        token_cache,
        client_secret,
        open_browser: {
            let browsed = Arc::clone(&browsed);
            Arc::new(move |address: &str| {
                browsed.lock().unwrap().push(address.to_owned());
                true
            })
        },
    };
    let app = CognitoLoginApp::new(parts).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(620.0, 900.0))
        .build_ui_state(|ui, app: &mut CognitoLoginApp| app.show(ui), app);
    harness.run();
    Ui {
        harness,
        calls,
        last_password,
        sent,
        saved_to,
        opened,
        keychain,
        clipboard,
        config,
        browsed,
    }
}

pub fn open(script: Box<Script>) -> Ui {
    open_with(Some(script), Settings::default())
}

impl Ui {
    /// A text field by its label; password fields have their own role.
    pub fn field<'a>(&'a self, label: &'a str) -> egui_kittest::Node<'a> {
        self.harness
            .query_by_role_and_label(Role::TextInput, label)
            .unwrap_or_else(|| {
                self.harness
                    .get_by_role_and_label(Role::PasswordInput, label)
            })
    }

    pub fn type_into(&mut self, label: &str, text: &str) {
        self.field(label).click();
        self.harness.run();
        self.field(label).type_text(text);
        self.harness.run();
    }

    pub fn fill(&mut self) {
        self.type_into(labels::REGION, "eu-west-1");
        self.type_into(labels::CLIENT_ID, "client123");
        self.type_into(labels::USERNAME, "alice");
        self.type_into(labels::PASSWORD, "Passw0rd!");
    }

    pub fn click(&mut self, label: &str) {
        self.harness
            .get_by_role_and_label(Role::Button, label)
            .click();
        self.harness.step();
    }

    /// Steps until the background answer has been shown (work on another thread does not
    /// count as a pending repaint for the harness).
    pub fn wait_for_answer(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.harness.state().is_busy() {
            assert!(Instant::now() < deadline, "no answer within 20 s");
            std::thread::sleep(Duration::from_millis(10));
            self.harness.step();
        }
        self.harness.run();
    }

    /// Whether a button of this accessible name is on screen.
    pub fn has_button(&self, name: &str) -> bool {
        self.harness
            .query_by_role_and_label(egui::accesskit::Role::Button, name)
            .is_some()
    }

    pub fn shows(&self, text: &str) -> bool {
        self.harness
            .query_all_by_label_contains(text)
            .next()
            .is_some()
    }

    /// The body of the last call sent.
    pub fn last_sent(&self) -> serde_json::Value {
        self.sent.lock().unwrap().last().cloned().unwrap()
    }

    pub fn sign_in(&mut self) {
        self.fill();
        self.click(labels::SIGN_IN);
        self.wait_for_answer();
    }

    pub fn assert_signed_in(&self) {
        assert!(
            matches!(self.harness.state().phase(), Phase::SignedIn(_)),
            "{:?}",
            self.harness.state().phase()
        );
    }

    pub fn continue_(&mut self) {
        self.click(labels::CONTINUE);
        self.wait_for_answer();
    }
}

/// The settings file as the app last wrote it.
pub fn saved_config(ui: &Ui) -> Config {
    ConfyStore::at(settings_path(&ui.config)).load_config().0
}

/// Picks the profile shown as `name` in the switcher.
pub fn switch_profile(ui: &mut Ui, name: &str) {
    ui.harness.get_by_label(labels::PROFILE).click();
    ui.harness.run();
    ui.harness.get_by_role_and_label(Role::Button, name).click();
    ui.harness.run();
}

/// Rename, the new name typed over the old, OK.
pub fn rename_profile(ui: &mut Ui, name: &str) {
    ui.click(labels::RENAME_PROFILE);
    ui.harness.run();
    ui.field(labels::NEW_NAME).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field(labels::NEW_NAME).type_text(name);
    ui.harness.run();
    ui.click(labels::OK);
    ui.harness.run();
}

/// Steps until `text` is shown (a dialog's or the keychain's answer comes from a thread).
pub fn wait_for_text(ui: &mut Ui, text: &str) {
    for _ in 0..500 {
        if ui.shows(text) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
        ui.harness.step();
    }
    panic!("{text:?} never shown");
}

/// A profile signing in at eu-west-1 with app client `client`, as `<name>-user`.
pub fn test_profile(
    name: &str,
    client: &str,
    origin: cognito_login::profiles::Origin,
) -> cognito_login::profiles::Profile {
    cognito_login::profiles::Profile {
        name: name.into(),
        target: cognito_login::signin::Target {
            region: "eu-west-1".into(),
            client_id: client.into(),
            username: format!("{name}-user"),
            ..cognito_login::signin::Target::default()
        },
        origin,
        ..cognito_login::profiles::Profile::default()
    }
}

/// Select what a field holds and type over it.
pub fn type_over(ui: &mut Ui, label: &str, text: &str) {
    ui.field(label).click();
    ui.harness.run();
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    ui.field(label).type_text(text);
    ui.harness.run();
}

/// Alice at eu-west-1 with app client `client123`, signing in with `flow`: the scripted tests'
/// usual form.
pub fn alice_with(flow: cognito_login::signin::Flow) -> Settings {
    Settings {
        target: cognito_login::signin::Target {
            region: "eu-west-1".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow,
            ..cognito_login::signin::Target::default()
        },
        ..Settings::default()
    }
}
