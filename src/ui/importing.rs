//! Profile files coming in: dropped on the window, or picked in the open dialog (on its own
//! thread, as it blocks until closed); either way offered in the import preview first.

use std::path::Path;
use std::sync::Arc;

use crate::profiles::Origin;

use super::app::CognitoLoginApp;
use super::handover::in_background;
use super::import_preview::ImportPreview;
use super::profile_bar::FilePrompt;
use super::profile_request::FileAnswer;

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
        self.profile_bar.file_prompt = None;
        super::handover::set_dialog_language(super::speech::language(ctx));
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
            match answer {
                Some(path) => self.offer(&path),
                // No dialog (or it was closed): the path can be typed instead.
                None => self.profile_bar.file_prompt = Some(FilePrompt::open()),
            }
        }
    }

    /// The path typed where no file dialog gave one: the file saved, or offered for import.
    pub(super) fn answer_file_prompt(&mut self, answer: FileAnswer) {
        match answer {
            FileAnswer::Open(path) => {
                self.profile_bar.file_prompt = None;
                self.offer(&path);
            }
            FileAnswer::SaveTo(path) => match self.handover.save_unsaved_to(&path) {
                Some(Ok(saved)) => {
                    self.profile_bar.file_prompt = None;
                    self.status.success(saved);
                }
                // The prompt stays, for another path.
                Some(Err(problem)) => self.status.error(problem),
                None => self.profile_bar.file_prompt = None,
            },
            FileAnswer::Cancel => {
                self.profile_bar.file_prompt = None;
                self.handover.drop_unsaved();
            }
        }
    }

    fn offer(&mut self, path: &Path) {
        self.profile_bar.import = Some(ImportPreview::read(path, Origin::Imported));
    }
}
