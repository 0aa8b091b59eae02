//! The profile switcher, always in view: pick, create, rename, duplicate, delete (asked
//! twice), import with a preview, and the tester view switch.

use egui::{Color32, RichText, Ui};

use crate::profiles::file::Problem;
use crate::profiles::{Profile, tag_colour};
use crate::settings::Config;

use super::labels;

/// A profile file read for import, shown before anything changes.
#[derive(Debug, Clone)]
pub struct ImportPreview {
    pub source: String,
    pub result: Result<Vec<Profile>, Vec<Problem>>,
    pub replace: bool,
    /// The profiles.toml shipped with the app, offered at first start.
    pub bundled: bool,
}

#[derive(Debug)]
pub enum ProfileRequest {
    Switch(String),
    New,
    Rename(String),
    Duplicate,
    Delete,
    PickImportFile,
    /// Save the current profile (or all) as a profile file.
    Export {
        all: bool,
    },
    /// The profiles, whether to replace same-named ones, whether they came bundled.
    Import(Vec<Profile>, bool, bool),
    CancelImport,
    TesterView(bool),
}

#[derive(Debug, Default)]
pub struct ProfileBar {
    renaming: Option<String>,
    confirm_delete: bool,
    pub import: Option<ImportPreview>,
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
                let label = ui.label(labels::PROFILE);
                let shown = if current.is_empty() {
                    "(none yet)".to_owned()
                } else {
                    current.clone()
                };
                egui::ComboBox::from_id_salt("profile")
                    .width(180.0)
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for profile in &config.profiles {
                            let text = if profile.tag.is_empty() {
                                profile.name.clone()
                            } else {
                                format!("{}  [{}]", profile.name, profile.tag)
                            };
                            if ui.selectable_label(profile.name == current, text).clicked()
                                && profile.name != current
                            {
                                request = Some(ProfileRequest::Switch(profile.name.clone()));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if let Some(profile) = config.current_profile() {
                    tag_label(ui, &profile.tag);
                }
                if tester {
                    if ui.button(labels::LEAVE_TESTER_VIEW).clicked() {
                        request = Some(ProfileRequest::TesterView(false));
                    }
                    return;
                }
                if ui.button(labels::NEW_PROFILE).clicked() {
                    request = Some(ProfileRequest::New);
                }
                if !current.is_empty() {
                    if ui.button(labels::RENAME_PROFILE).clicked() {
                        self.renaming = Some(current.clone());
                    }
                    if ui.button(labels::DUPLICATE_PROFILE).clicked() {
                        request = Some(ProfileRequest::Duplicate);
                    }
                    if ui.button(labels::DELETE_PROFILE).clicked() {
                        self.confirm_delete = true;
                    }
                }
                if !current.is_empty()
                    && ui
                        .button(labels::EXPORT_PROFILE)
                        .on_hover_text(
                            "Save this profile as a file to hand to testers (no secrets go in it)",
                        )
                        .clicked()
                {
                    request = Some(ProfileRequest::Export { all: false });
                }
                if config.profiles.len() > 1 && ui.button(labels::EXPORT_ALL).clicked() {
                    request = Some(ProfileRequest::Export { all: true });
                }
                if ui
                    .button(labels::IMPORT_PROFILES)
                    .on_hover_text(
                        "Add profiles from a profile file (or drop the file on the window)",
                    )
                    .clicked()
                {
                    request = Some(ProfileRequest::PickImportFile);
                }
                if config.current_profile().is_some_and(Profile::handed_over)
                    && ui
                        .button(labels::TESTER_VIEW)
                        .on_hover_text("Show only what a tester needs")
                        .clicked()
                {
                    request = Some(ProfileRequest::TesterView(true));
                }
            });
            if let Some(name) = &mut self.renaming {
                let mut done = None;
                ui.horizontal(|ui| {
                    let label = ui.label(labels::NEW_NAME);
                    let response = ui.text_edit_singleline(name).labelled_by(label.id);
                    let enter =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button(labels::OK).clicked() || enter {
                        done = Some(true);
                    }
                    if ui.button(labels::CANCEL).clicked() {
                        done = Some(false);
                    }
                });
                match done {
                    Some(true) => request = self.renaming.take().map(ProfileRequest::Rename),
                    Some(false) => self.renaming = None,
                    None => {}
                }
            }
            if self.confirm_delete {
                ui.horizontal(|ui| {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("Delete the profile \"{current}\"?"),
                    );
                    if ui.button(labels::CONFIRM_DELETE).clicked() {
                        self.confirm_delete = false;
                        request = Some(ProfileRequest::Delete);
                    }
                    if ui.button(labels::KEEP_IT).clicked() {
                        self.confirm_delete = false;
                    }
                });
            }
        });
        if let Some(preview) = &mut self.import
            && let Some(r) = import_preview(ui, preview, config)
        {
            request = Some(r);
        }
        request
    }
}

fn import_preview(
    ui: &mut Ui,
    preview: &mut ImportPreview,
    config: &Config,
) -> Option<ProfileRequest> {
    let mut request = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if preview.bundled {
            ui.label(
                RichText::new("This copy of Cognito Login comes with profiles set up for you.")
                    .strong(),
            );
        }
        ui.label(RichText::new(format!("Import from {}", preview.source)).strong());
        match &preview.result {
            Err(problems) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "This file cannot be imported; nothing will change:",
                );
                for problem in problems {
                    ui.label(format!("• {problem}"));
                }
                if ui.button(labels::CANCEL_IMPORT).clicked() {
                    request = Some(ProfileRequest::CancelImport);
                }
            }
            Ok(profiles) => {
                let mut conflicts = 0;
                for profile in profiles {
                    let exists = (config.profiles.iter())
                        .any(|p| crate::profiles::same_name(&p.name, &profile.name));
                    conflicts += usize::from(exists);
                    let what = if exists {
                        "replaces the profile of that name"
                    } else {
                        "new"
                    };
                    let place = [&profile.user_pool_id, &profile.region, &profile.endpoint]
                        .into_iter()
                        .find(|p| !p.is_empty())
                        .cloned()
                        .unwrap_or_default();
                    // Where the password will go, before anything is imported: a profile file
                    // is the easiest way to send a tester's password elsewhere.
                    let to = profile
                        .destination()
                        .unwrap_or_else(|| "nowhere yet".into());
                    ui.label(format!(
                        "• {} ({place}): {what}; sends the password to {to}",
                        profile.name
                    ));
                }
                if conflicts > 0 {
                    ui.checkbox(&mut preview.replace, labels::REPLACE_SAME_NAME);
                }
                ui.horizontal(|ui| {
                    let allowed = conflicts == 0 || preview.replace;
                    if ui
                        .add_enabled(allowed, egui::Button::new(labels::IMPORT))
                        .clicked()
                    {
                        request = Some(ProfileRequest::Import(
                            profiles.clone(),
                            preview.replace,
                            preview.bundled,
                        ));
                    }
                    if ui.button(labels::CANCEL_IMPORT).clicked() {
                        request = Some(ProfileRequest::CancelImport);
                    }
                });
            }
        }
    });
    request
}
