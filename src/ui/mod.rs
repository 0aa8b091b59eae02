//! The window (egui). It draws the sign-in session's state and sends it events; it never
//! talks HTTP itself.

mod about;
mod account_view;
mod app;
mod aws_credentials_view;
mod aws_requests;
mod browser_wait;
mod challenge_choices;
mod challenge_view;
mod copied;
mod desk_inputs;
mod desk_requests;
mod desk_view;
mod desktop_theme;
mod device_prompt;
mod device_requests;
mod domain_rows;
mod fonts;
mod form_grid;
mod form_rows;
mod form_view;
mod frame_log;
mod handover;
mod import_preview;
mod importing;
pub mod labels;
mod panel_choices;
mod place_rows;
mod profile_bar;
mod profile_request;
mod profile_requests;
mod qr_view;
mod region_picker;
mod remembered;
mod request;
mod requests;
mod result_panel;
mod result_view;
mod saved_secrets;
mod secret_input;
mod speech;
mod status;
mod token_cache_link;
mod token_details;
mod token_view;
mod trust_prompt;

pub use about::{COMMIT, PROJECT_URL, VERSION, window_icon};
pub use app::{AppParts, CognitoLoginApp};
pub use handover::{OpenDialog, POSTMAN_FILE_NAME, SaveDialog};

use std::sync::Arc;

use crate::clipboard::SystemClipboard;
use crate::cognito::CognitoClient;
use crate::settings::{ConfyStore, Settings, SettingsStore as _};

pub const WINDOW_TITLE: &str = "Cognito Login";

/// Opens the window. `prefill` is laid over the saved settings (the command line's flags);
/// `import_file` is offered for import at once; `client_secret` fills the form's client secret.
pub fn run_window(
    prefill: impl FnOnce(&mut Settings),
    import_file: Option<std::path::PathBuf>,
    client_secret: Option<crate::cognito::ClientSecret>,
) -> Result<(), String> {
    let store = ConfyStore::standard();
    let (mut settings, notice) = store.load();
    prefill(&mut settings);
    // At first start (no profiles yet) the profiles shipped with the app are offered.
    let first_start = store.config().profiles.is_empty();
    let bundled = (first_start && import_file.is_none())
        .then(crate::profiles::bundled_file)
        .flatten();
    let import_bundled = bundled.is_some();
    let import_file = import_file.or(bundled);
    let client = CognitoClient::new().map_err(|e| e.to_string())?;
    let parts = AppParts {
        auth: Arc::new(client),
        store: Box::new(store),
        clipboard: Box::new(SystemClipboard::default()),
        settings,
        notice,
        save_dialog: handover::system_save_dialog(),
        open_dialog: handover::system_open_dialog(),
        import_file,
        import_bundled,
        keychain: Arc::new(crate::keychain::Keychain::system()),
        token_cache: crate::token_cache::TokenCache::standard(),
        client_secret,
        open_browser: Arc::new(|address| webbrowser::open(address).is_ok()),
    };
    let app = CognitoLoginApp::new(parts).map_err(|e| e.to_string())?;
    let mut viewport = egui::ViewportBuilder::default();
    if let Some(icon) = about::window_icon() {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title(WINDOW_TITLE)
            .with_app_id("cognito-login")
            .with_inner_size([560.0, 680.0])
            .with_min_inner_size([400.0, 440.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        WINDOW_TITLE,
        options,
        Box::new(move |cc| {
            if let Some(theme) = desktop_theme::desktop_theme() {
                // Used only where winit reports no system theme (Linux).
                cc.egui_ctx.options_mut(|o| o.fallback_theme = theme);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
