//! Profile files coming in: dropped on the window, or picked in the open dialog (on its own
//! thread, as it blocks until closed); either way offered in the import preview first.

use std::path::Path;
use std::sync::Arc;

use crate::profiles::Origin;

use super::app::CognitoLoginApp;
use super::handover::in_background;
use super::import_preview::ImportPreview;

impl CognitoLoginApp {
    /// A profile file dropped on the window is offered for import.
    pub(super) fn take_dropped_file(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.offer(&path);
        }
    }

    pub(super) fn pick_import_file(&mut self, ctx: &egui::Context) {
        let dialog = Arc::clone(&self.open_dialog);
        let waker = ctx.clone();
        self.opening = Some(in_background(
            move || dialog(),
            move || waker.request_repaint(),
        ));
    }

    pub(super) fn poll_open_dialog(&mut self) {
        let Some(receive) = &self.opening else {
            return;
        };
        if let Ok(answer) = receive.try_recv() {
            self.opening = None;
            if let Some(path) = answer {
                self.offer(&path);
            }
        }
    }

    fn offer(&mut self, path: &Path) {
        self.profile_bar.import = Some(ImportPreview::read(path, Origin::Imported));
    }
}
