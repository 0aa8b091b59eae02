//! The token panel's choices (the copy preset, the curl URL, clipboard clearing): drawn by the
//! token view, used by the handover, remembered with the settings.

use crate::workbench::Preset;

/// The token panel's own choices, remembered with the settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PanelChoices {
    pub preset: Preset,
    pub curl_url: String,
    pub clear_clipboard_secs: u64,
    /// The Postman environment carries the refresh token: asked for each time the window
    /// opens, never remembered.
    pub include_refresh: bool,
}
