//! The window's half of the secrets check: sign in with marker values through the real HTTP
//! client, logging at its most verbose, copy a token, provoke a panic whose message holds the
//! whole sign-in state, sign out; then search the log, the panic output and every file under
//! the window's config folder. None may hold the password, the client secret or a token.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod faults;
mod support;
mod ui_harness;

use std::io::Write;
use std::sync::{Arc, Mutex};

use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Target, TokenKind};
use cognito_login::ui::labels;
use faults::{Fault, MARKED_TOKENS};
use ui_harness::open_with;

const PASSWORD: &str = "MARKER-PASSWORD-0d9e";
const CLIENT_SECRET: &str = "MARKER-CLIENT-SECRET-a7b3";

/// Log lines collected in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn assert_clean(what: &str, text: &str) {
    for marker in [PASSWORD, CLIENT_SECRET].into_iter().chain(MARKED_TOKENS) {
        assert!(!text.contains(marker), "{what} holds {marker}:\n{text}");
    }
}

#[test]
fn the_window_leaves_no_secret_in_logs_files_or_panics() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber =
        cognito_login::logging::subscriber(tracing::Level::TRACE, move || writer.clone());
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let settings = Settings {
        target: Target {
            client_id: "client123".into(),
            username: "alice".into(),
            endpoint: faults::start(Fault::Marked),
            flow: Flow::Password,
            ..Target::default()
        },
        remember_refresh_token: true,
        ..Settings::default()
    };
    let mut ui = open_with(None, settings);
    ui.type_into(labels::CLIENT_SECRET, CLIENT_SECRET);
    ui.type_into(labels::PASSWORD, PASSWORD);
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    ui.click(labels::copy(TokenKind::Id));
    ui.harness.run();

    // A panic while signed in, its message made from the whole sign-in state.
    let panic_text = Arc::new(Mutex::new(String::new()));
    let seen = Arc::clone(&panic_text);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        seen.lock().unwrap().push_str(&info.to_string());
    }));
    let phase = format!("{:?}", ui.harness.state().phase());
    let _ = std::panic::catch_unwind(|| panic!("the state was: {phase}"));
    std::panic::set_hook(previous);
    let panic_text = panic_text.lock().unwrap().clone();
    assert!(panic_text.contains("SignedIn"), "{panic_text}");
    assert_clean("the panic message", &panic_text);

    ui.click(labels::SIGN_OUT);
    ui.wait_for_answer();

    let log = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("InitiateAuth") && log.contains("TRACE"),
        "{log}"
    );
    assert_clean("the log", &log);
    let files = support::files_under(ui.config.path());
    for (path, bytes) in &files {
        assert_clean(&path.display().to_string(), &String::from_utf8_lossy(bytes));
    }
    assert!(!files.is_empty(), "the settings file was not written");
}
