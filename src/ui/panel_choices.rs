//! The token panel's choices (the copy preset, the curl URL, clipboard clearing): drawn by the
//! token view (the curl URL and clipboard rows here), used by the handover, remembered with
//! the settings.

use egui::Ui;

use crate::workbench::Preset;

use super::speech::say;

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

impl PanelChoices {
    /// The curl command's URL, and the ask for one while there is none.
    pub fn curl_url_row(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(say(ui.ctx(), "form-panel-curl-url"));
            let width = (ui.available_width() - 8.0).clamp(120.0, 600.0);
            ui.add(
                egui::TextEdit::singleline(&mut self.curl_url)
                    .hint_text("https://api.example.com/items")
                    .desired_width(width),
            )
            .labelled_by(label.id);
        });
        if self.curl_url.trim().is_empty() {
            // No made-up address: a curl command for api.example.com sends the token nowhere.
            let needs_url = say(ui.ctx(), "form-panel-curl-needs-url");
            ui.colored_label(ui.visuals().warn_fg_color, needs_url);
        }
    }

    /// Clear the clipboard after N seconds.
    pub fn clear_row(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let mut on = self.clear_clipboard_secs > 0;
            let clear = say(ui.ctx(), "form-panel-clear-clipboard");
            if ui.checkbox(&mut on, clear).changed() {
                self.clear_clipboard_secs = if on { 60 } else { 0 };
            }
            if on {
                ui.add(
                    egui::DragValue::new(&mut self.clear_clipboard_secs)
                        .range(5..=3600)
                        .suffix(say(ui.ctx(), "form-panel-seconds-suffix")),
                );
            }
        })
        .response
        .on_hover_text(say(ui.ctx(), "form-panel-clear-clipboard-hover"));
    }
}
