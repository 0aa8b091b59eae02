//! Where copied tokens go. The app uses the system clipboard (arboard); tests use a memory one.

pub trait ClipboardSink {
    fn set_text(&mut self, text: &str) -> Result<(), String>;
    /// What the clipboard holds now, if it is text.
    fn text(&mut self) -> Option<String>;
    fn clear(&mut self) -> Result<(), String>;
}

/// The system clipboard, opened on first use. On X11 the clipboard owner must stay alive to
/// serve the text, so the handle is kept for the app's lifetime.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    fn open(&mut self) -> Result<&mut arboard::Clipboard, String> {
        if self.inner.is_none() {
            let clipboard = arboard::Clipboard::new()
                .map_err(|e| format!("The clipboard is not available: {e}"))?;
            self.inner = Some(clipboard);
        }
        self.inner
            .as_mut()
            .ok_or_else(|| "The clipboard is not available.".to_owned())
    }
}

impl ClipboardSink for SystemClipboard {
    /// Marked, where the platform allows, as kept out of clipboard managers' history (and on
    /// Windows out of the cloud clipboard): a token there outlives the session that made it.
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        let set = self.open()?.set();
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
        ))]
        let set = arboard::SetExtLinux::exclude_from_history(set);
        #[cfg(windows)]
        let set = {
            use arboard::SetExtWindows as _;
            set.exclude_from_history().exclude_from_cloud()
        };
        #[cfg(target_os = "macos")]
        let set = arboard::SetExtApple::exclude_from_history(set);
        set.text(text.to_owned())
            .map_err(|e| format!("Could not copy: {e}"))
    }

    fn text(&mut self) -> Option<String> {
        self.open().ok()?.get_text().ok()
    }

    fn clear(&mut self) -> Result<(), String> {
        self.open()?
            .clear()
            .map_err(|e| format!("Could not clear the clipboard: {e}"))
    }
}

/// Keeps what was copied, for tests.
#[derive(Default, Clone)]
pub struct MemoryClipboard {
    pub contents: std::sync::Arc<std::sync::Mutex<Option<String>>>,
}

impl ClipboardSink for MemoryClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        let mut guard = self.contents.lock().map_err(|e| e.to_string())?;
        *guard = Some(text.to_owned());
        Ok(())
    }

    fn text(&mut self) -> Option<String> {
        self.contents.lock().ok()?.clone()
    }

    fn clear(&mut self) -> Result<(), String> {
        let mut guard = self.contents.lock().map_err(|e| e.to_string())?;
        *guard = None;
        Ok(())
    }
}
