//! The profile switcher, always in view: pick, create, rename, duplicate, delete (asked
//! twice), import with a preview, and the tester view switch.

use std::path::PathBuf;

use egui::{Color32, RichText, Ui};

use crate::messages::{Arg, Lang, text, tr};
use crate::profiles::{Profile, ProfileName, tag_colour};
use crate::settings::Config;

use super::import_preview::{self, ImportPreview};
use super::profile_request::{FileAnswer, ProfileRequest};

#[derive(Debug, Default)]
pub struct ProfileBar {
    renaming: Option<String>,
    confirm_delete: bool,
    pub import: Option<ImportPreview>,
    /// A path to type, where a file dialog gave none.
    pub file_prompt: Option<FilePrompt>,
}

/// Asks in the window for the path a file dialog did not give: on Linux without
/// xdg-desktop-portal there is no dialog at all, and Import did nothing (issue 16).
#[derive(Debug)]
pub struct FilePrompt {
    saving: bool,
    path: String,
    /// The path field has had the keyboard once: what is typed next goes there, not into
    /// the password field that had it before.
    focused: bool,
}

impl FilePrompt {
    /// Where to save a file named `name`: the home folder suggested.
    pub fn save(name: &str) -> Self {
        let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
        let path = home.map_or_else(|| name.into(), |home| PathBuf::from(home).join(name));
        Self {
            saving: true,
            path: path.display().to_string(),
            focused: false,
        }
    }

    pub fn open() -> Self {
        Self {
            saving: false,
            path: String::new(),
            focused: false,
        }
    }

    fn show(&mut self, ui: &mut Ui, lang: Lang) -> Option<ProfileRequest> {
        let [said, label, button] = if self.saving {
            ["no-dialog-save", "save-to", "save-here"]
        } else {
            ["no-dialog-open", "file-to-import", "import-this-file"]
        }
        .map(|key| tr(lang, key));
        let mut answer = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(said);
            ui.horizontal(|ui| {
                let label = ui.label(label);
                let field = egui::TextEdit::singleline(&mut self.path)
                    .desired_width(ui.available_width() - 200.0);
                let response = ui.add(field).labelled_by(label.id);
                if !self.focused {
                    self.focused = true;
                    response.request_focus();
                }
                let enter = entered(ui, &response);
                let path = PathBuf::from(expand_home(self.path.trim()));
                let typed = !self.path.trim().is_empty();
                if ui.add_enabled(typed, egui::Button::new(button)).clicked() || (enter && typed) {
                    answer = Some(if self.saving {
                        FileAnswer::SaveTo(path)
                    } else {
                        FileAnswer::Open(path)
                    });
                }
                if ui.button(tr(lang, "not-now")).clicked() {
                    answer = Some(FileAnswer::Cancel);
                }
            });
        });
        answer.map(ProfileRequest::File)
    }
}

/// `~/x` as the home folder's `x`, as a terminal would read it.
fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => path.to_owned(),
    }
}

fn tag_label(ui: &mut Ui, tag: &str) {
    if tag.is_empty() {
        return;
    }
    let [r, g, b] = tag_colour(tag);
    ui.label(
        RichText::new(format!(" {tag} "))
            .strong()
            .color(Color32::WHITE)
            .background_color(Color32::from_rgb(r, g, b)),
    );
}

impl ProfileBar {
    /// `locked`: a sign-in is under way, so the profile cannot change under it.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        config: &Config,
        lang: Lang,
        tester: bool,
        locked: bool,
    ) -> Option<ProfileRequest> {
        let mut request = None;
        let current = config
            .current_profile()
            .map(|p| p.name.clone())
            .unwrap_or_default();
        ui.add_enabled_ui(!locked, |ui| {
            ui.horizontal_wrapped(|ui| {
                let mut ask = |r| request = Some(r);
                switcher(ui, config, &current, lang, &mut ask);
                if let Some(profile) = config.current_profile() {
                    tag_label(ui, &profile.tag);
                }
                if tester {
                    if ui.button(tr(lang, "leave-tester-view")).clicked() {
                        ask(ProfileRequest::TesterView(false));
                    }
                    return;
                }
                self.edit_buttons(ui, config, &current, lang, &mut ask);
            });
            if let Some(r) = self.rename_row(ui, lang) {
                request = Some(r);
            }
            if let Some(r) = self.delete_row(ui, &current, lang) {
                request = Some(r);
            }
        });
        if let Some(preview) = &mut self.import
            && let Some(r) = import_preview::show(ui, preview, config)
        {
            request = Some(r);
        }
        // Outside the lock: a Postman file is saved while signed in.
        if let Some(prompt) = &mut self.file_prompt
            && let Some(r) = prompt.show(ui, lang)
        {
            request = Some(r);
        }
        request
    }

    /// New, Rename, Duplicate, Delete, Export, Import and the tester view. Rename and Delete
    /// only open their rows below; those ask for the request.
    fn edit_buttons(
        &mut self,
        ui: &mut Ui,
        config: &Config,
        current: &ProfileName,
        lang: Lang,
        ask: &mut impl FnMut(ProfileRequest),
    ) {
        let button = |ui: &mut Ui, key| ui.button(tr(lang, key));
        if button(ui, "profile-new").clicked() {
            ask(ProfileRequest::New);
        }
        if !current.is_empty() {
            if button(ui, "profile-rename").clicked() {
                self.renaming = Some(current.to_string());
            }
            if button(ui, "profile-duplicate").clicked() {
                ask(ProfileRequest::Duplicate);
            }
            if button(ui, "profile-delete").clicked() {
                self.confirm_delete = true;
            }
        }
        if !current.is_empty()
            && button(ui, "profile-export")
                .on_hover_text(tr(lang, "profile-export-hint"))
                .clicked()
        {
            ask(ProfileRequest::Export { all: false });
        }
        if config.profiles.len() > 1 && button(ui, "profile-export-all").clicked() {
            ask(ProfileRequest::Export { all: true });
        }
        if button(ui, "profile-import")
            .on_hover_text(tr(lang, "profile-import-hint"))
            .clicked()
        {
            ask(ProfileRequest::PickImportFile);
        }
        if config.current_profile().is_some_and(Profile::handed_over)
            && button(ui, "tester-view")
                .on_hover_text(tr(lang, "tester-view-hint"))
                .clicked()
        {
            ask(ProfileRequest::TesterView(true));
        }
    }

    /// The new name, while a rename is under way.
    fn rename_row(&mut self, ui: &mut Ui, lang: Lang) -> Option<ProfileRequest> {
        let name = self.renaming.as_mut()?;
        let mut done = None;
        ui.horizontal(|ui| {
            let label = ui.label(tr(lang, "new-name"));
            let response = ui.text_edit_singleline(name).labelled_by(label.id);
            let enter = entered(ui, &response);
            if ui.button(tr(lang, "ok")).clicked() || enter {
                done = Some(true);
            }
            if ui.button(tr(lang, "cancel")).clicked() {
                done = Some(false);
            }
        });
        match done {
            Some(true) => self.renaming.take().map(ProfileRequest::Rename),
            Some(false) => {
                self.renaming = None;
                None
            }
            None => None,
        }
    }

    /// The second ask before a delete.
    fn delete_row(
        &mut self,
        ui: &mut Ui,
        current: &ProfileName,
        lang: Lang,
    ) -> Option<ProfileRequest> {
        if !self.confirm_delete {
            return None;
        }
        let mut request = None;
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                text(
                    lang,
                    "delete-question",
                    &[("name", Arg::Text(current.as_str()))],
                ),
            );
            if ui.button(tr(lang, "confirm-delete")).clicked() {
                self.confirm_delete = false;
                request = Some(ProfileRequest::Delete);
            }
            if ui.button(tr(lang, "keep-it")).clicked() {
                self.confirm_delete = false;
            }
        });
        request
    }
}

/// The list of profiles to pick from, each with its tag.
fn switcher(
    ui: &mut Ui,
    config: &Config,
    current: &ProfileName,
    lang: Lang,
    ask: &mut impl FnMut(ProfileRequest),
) {
    let label = ui.label(tr(lang, "profile"));
    let shown = if current.is_empty() {
        tr(lang, "profile-none")
    } else {
        current.to_string()
    };
    egui::ComboBox::from_id_salt("profile")
        .width(180.0)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for profile in &config.profiles {
                let text = if profile.tag.is_empty() {
                    profile.name.to_string()
                } else {
                    format!("{}  [{}]", profile.name, profile.tag)
                };
                if ui
                    .selectable_label(&profile.name == current, text)
                    .clicked()
                    && &profile.name != current
                {
                    ask(ProfileRequest::Switch(profile.name.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// Enter in one of the bar's own fields: taken here, so the form below, drawn later in the
/// same frame, does not read it as its Sign in (issue 16).
fn entered(ui: &Ui, field: &egui::Response) -> bool {
    field.lost_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter))
}
