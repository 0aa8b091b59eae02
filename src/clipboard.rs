//! Where copied tokens go. The app uses the system clipboard (arboard); tests use a memory one.

pub trait ClipboardSink {
    fn set_text(&mut self, text: &str) -> Result<(), String>;
}

/// The system clipboard, opened on first use. On X11 the clipboard owner must stay alive to
/// serve the text, so the handle is kept for the app's lifetime.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl ClipboardSink for SystemClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        if self.inner.is_none() {
            let clipboard = arboard::Clipboard::new()
                .map_err(|e| format!("The clipboard is not available: {e}"))?;
            self.inner = Some(clipboard);
        }
        match self.inner.as_mut() {
            Some(clipboard) => clipboard
                .set_text(text.to_owned())
                .map_err(|e| format!("Could not copy: {e}")),
            None => Err("The clipboard is not available.".to_owned()),
        }
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
}
