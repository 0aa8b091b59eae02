//! Getting tokens out of the app: the clipboard in the chosen preset (cleared again after a
//! while if asked, and only if it still holds what was put there) and the Postman file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::SystemTime;

use zeroize::Zeroizing;

use crate::clipboard::ClipboardSink;
use crate::messages::{Lang, Message, tr};
use crate::signin::{TokenKind, Tokens};
use crate::workbench::presets::{PresetContext, postman_environment, render};

use super::panel_choices::PanelChoices;

/// Asks where to save a file, given a suggested name; `None` when cancelled or unavailable.
pub type SaveDialog = Arc<dyn Fn(&str) -> Option<PathBuf> + Send + Sync>;
/// Asks which file to open; `None` when cancelled or unavailable.
pub type OpenDialog = Arc<dyn Fn() -> Option<PathBuf> + Send + Sync>;

/// Whether the system's file dialogs name their filters in Japanese: set from the frame's
/// language as a dialog is asked for (the dialogs run on their own thread, without the window).
static DIALOGS_IN_JAPANESE: AtomicBool = AtomicBool::new(false);

/// The language the next file dialog names its filters in.
pub fn set_dialog_language(lang: Lang) {
    DIALOGS_IN_JAPANESE.store(lang == Lang::Ja, Ordering::Relaxed);
}

fn dialog_language() -> Lang {
    if DIALOGS_IN_JAPANESE.load(Ordering::Relaxed) {
        Lang::Ja
    } else {
        Lang::En
    }
}

/// The real open dialog, for profile files.
pub fn system_open_dialog() -> OpenDialog {
    Arc::new(|| {
        let filter = tr(dialog_language(), "handoff-filter-profile-file");
        rfd::FileDialog::new()
            .add_filter(filter, &["toml"])
            .pick_file()
    })
}

/// Runs a blocking dialog on its own thread; the answer arrives on the receiver.
pub fn in_background<T: Send + 'static>(
    dialog: impl FnOnce() -> T + Send + 'static,
    wake: impl Fn() + Send + 'static,
) -> Receiver<T> {
    let (send, receive) = channel();
    std::thread::spawn(move || {
        let _ = send.send(dialog());
        wake();
    });
    receive
}

pub const POSTMAN_FILE_NAME: &str = "cognito-login.postman_environment.json";

pub struct Handover {
    clipboard: Box<dyn ClipboardSink>,
    pub choices: PanelChoices,
    /// When to clear the clipboard, and what the app put there.
    clear_at: Option<(f64, Zeroizing<String>)>,
    /// What the app last put on the clipboard, for Sign out to take back.
    last_copied: Option<Zeroizing<String>>,
    save_dialog: SaveDialog,
    /// The dialog asked, the text to write and the name suggested.
    saving: Option<(Receiver<Option<PathBuf>>, Zeroizing<String>, String)>,
    /// A file's text no dialog gave a place to: kept until the person types one, or gives up.
    unsaved: Option<Zeroizing<String>>,
}

/// What became of a file being saved, once the dialog closed.
#[derive(Debug, PartialEq, Eq)]
pub enum SaveAnswer {
    Saved(Message),
    Failed(Message),
    /// No place came back (cancelled, or there is no file dialog: no xdg-desktop-portal): the
    /// window asks for a path itself, suggesting this name.
    NoPlace(String),
}

impl Handover {
    pub fn new(
        clipboard: Box<dyn ClipboardSink>,
        choices: PanelChoices,
        save_dialog: SaveDialog,
    ) -> Self {
        Self {
            clipboard,
            choices,
            clear_at: None,
            last_copied: None,
            save_dialog,
            saving: None,
            unsaved: None,
        }
    }

    fn context(&self, name: &str) -> PresetContext {
        PresetContext {
            url: self.choices.curl_url.clone(),
            name: name.to_owned(),
            now: Some(SystemTime::now()),
            include_refresh: self.choices.include_refresh,
        }
    }

    /// Copies `kind` in the chosen preset; `Ok(false)` when there is no such token.
    pub fn copy_token(
        &mut self,
        tokens: &Tokens,
        kind: TokenKind,
        name: &str,
        now: f64,
    ) -> Result<bool, String> {
        let context = self.context(name);
        let Some(text) = render(self.choices.preset, tokens, kind, &context) else {
            return Ok(false);
        };
        self.copy_text(Zeroizing::new(text), now)?;
        Ok(true)
    }

    pub fn copy_text(&mut self, text: Zeroizing<String>, now: f64) -> Result<(), String> {
        self.clipboard.set_text(&text)?;
        let secs = self.choices.clear_clipboard_secs;
        self.last_copied = Some(text.clone());
        self.clear_at = (secs > 0).then_some((now + secs as f64, text));
        Ok(())
    }

    /// At sign-out: clears the clipboard if it still holds what the app put there (something
    /// the person copied since is theirs). True when it was cleared.
    pub fn take_back_copy(&mut self) -> Result<bool, String> {
        self.clear_at = None;
        let Some(ours) = self.last_copied.take() else {
            return Ok(false);
        };
        if self.clipboard.text().as_deref() != Some(ours.as_str()) {
            return Ok(false);
        }
        self.clipboard.clear().map(|()| true)
    }

    /// Seconds until the clipboard is due to be cleared, or a notice once it was.
    pub fn tick(&mut self, now: f64) -> Tick {
        let Some((due, _)) = &self.clear_at else {
            return Tick::Idle;
        };
        if now < *due {
            return Tick::Wait(due - now);
        }
        let Some((_, ours)) = self.clear_at.take() else {
            return Tick::Idle;
        };
        // Someone copied something else since: that is theirs, not ours to clear.
        if self.clipboard.text().as_deref() != Some(ours.as_str()) {
            return Tick::Idle;
        }
        match self.clipboard.clear() {
            Ok(()) => Tick::Cleared,
            Err(problem) => Tick::Problem(problem),
        }
    }

    /// Opens the save dialog on its own thread (it blocks until closed) and keeps the file's
    /// text until a path comes back.
    pub fn save_postman(&mut self, tokens: &Tokens, name: &str, wake: impl Fn() + Send + 'static) {
        let env = postman_environment(tokens, &self.context(name));
        let text = Zeroizing::new(serde_json::to_string_pretty(&env).unwrap_or_default());
        self.save_text(text, POSTMAN_FILE_NAME, wake);
    }

    /// Asks where to save `text` (a name suggested) and writes it there once answered.
    pub fn save_text(
        &mut self,
        text: Zeroizing<String>,
        name: &str,
        wake: impl Fn() + Send + 'static,
    ) {
        let dialog = Arc::clone(&self.save_dialog);
        let suggested = name.to_owned();
        let name = name.to_owned();
        let receive = in_background(move || dialog(&name), wake);
        self.unsaved = None;
        self.saving = Some((receive, text, suggested));
    }

    /// Writes the file once the dialog has answered: what became of it.
    pub fn poll_save(&mut self) -> Option<SaveAnswer> {
        let (receive, _, _) = self.saving.as_ref()?;
        let answer = receive.try_recv().ok()?;
        let (_, text, name) = self.saving.take()?;
        let Some(path) = answer else {
            // Without xdg-desktop-portal rfd gives no dialog at all: the window asks for the
            // path instead of sending a tester to a terminal (issue 16).
            self.unsaved = Some(text);
            return Some(SaveAnswer::NoPlace(name));
        };
        Some(match write(&path, &text) {
            Ok(saved) => SaveAnswer::Saved(saved),
            Err(problem) => SaveAnswer::Failed(problem),
        })
    }

    /// Writes the file no dialog gave a place to at `path`, typed in the window; None when
    /// there is none waiting. Kept on failure, for another path.
    pub fn save_unsaved_to(&mut self, path: &Path) -> Option<Result<Message, Message>> {
        let written = write(path, self.unsaved.as_ref()?);
        if written.is_ok() {
            self.unsaved = None;
        }
        Some(written)
    }

    /// The person gave up saving the file no dialog gave a place to.
    pub fn drop_unsaved(&mut self) {
        self.unsaved = None;
    }
}

fn write(path: &Path, text: &str) -> Result<Message, Message> {
    let shown = path.display().to_string();
    match crate::private_file::write(path, text.as_bytes()) {
        Ok(()) => Ok(Message::new("handoff-saved").with("path", shown)),
        Err(e) => Err(Message::new("handoff-not-saved")
            .with("path", shown)
            .with("error", e.to_string())),
    }
}

#[derive(Debug, PartialEq)]
pub enum Tick {
    Idle,
    Wait(f64),
    Cleared,
    Problem(String),
}

/// The real dialog (xdg-desktop-portal on Linux, the system's own elsewhere).
pub fn system_save_dialog() -> SaveDialog {
    Arc::new(|name: &str| {
        // Profiles are exported as .toml, the Postman environment as .json.
        let (filter, extension) = if name.ends_with(".toml") {
            ("handoff-filter-profile-file", "toml")
        } else {
            ("handoff-filter-postman", "json")
        };
        rfd::FileDialog::new()
            .set_file_name(name)
            .add_filter(tr(dialog_language(), filter), &[extension])
            .save_file()
    })
}
