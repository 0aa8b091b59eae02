//! A profile file read for import, shown before anything changes: each profile, whether it is
//! new or replaces one, and where it sends the password.

use std::path::Path;

use egui::{RichText, Ui};

use crate::profiles::file::Problem;
use crate::profiles::{Origin, Profile};
use crate::settings::{Config, SameName};

use crate::messages::Message;

use super::labels;
use super::profile_request::ProfileRequest;
use super::speech::{say, words};

/// A profile file read for import, shown before anything changes.
#[derive(Debug, Clone)]
pub struct ImportPreview {
    pub source: String,
    pub result: Result<Vec<Profile>, Vec<Problem>>,
    pub replace: bool,
    /// `Origin::Bundled` for the profiles.toml shipped with the app, offered at first start;
    /// else `Origin::Imported`.
    pub origin: Origin,
}

impl ImportPreview {
    /// Reads a profile file for the import preview; every problem is shown there.
    pub fn read(path: &Path, origin: Origin) -> Self {
        let result = match std::fs::read(path) {
            Ok(bytes) => crate::profiles::file::parse(&bytes),
            Err(e) => Err(vec![Problem {
                profile: None,
                message: Message::new("profiles-problem-unreadable").with("error", e.to_string()),
            }]),
        };
        Self {
            source: path.display().to_string(),
            result,
            replace: false,
            origin,
        }
    }
}

pub fn show(ui: &mut Ui, preview: &mut ImportPreview, config: &Config) -> Option<ProfileRequest> {
    let mut request = None;
    let ctx = ui.ctx().clone();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if preview.origin == Origin::Bundled {
            ui.label(RichText::new(say(&ctx, "handoff-bundled")).strong());
        }
        let from = Message::new("handoff-import-from").with("source", &preview.source);
        ui.label(RichText::new(words(&ctx, &from)).strong());
        match &preview.result {
            Err(problems) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    say(&ctx, "handoff-cannot-import"),
                );
                for problem in problems {
                    let line =
                        Message::new("handoff-problem-line").with("problem", problem.message());
                    ui.label(words(&ctx, &line));
                }
                if ui.button(say(&ctx, "handoff-cancel-import")).clicked() {
                    request = Some(ProfileRequest::CancelImport);
                }
            }
            Ok(profiles) => {
                let mut conflicts = 0;
                for profile in profiles {
                    let exists = (config.profiles.iter()).any(|p| p.name.same_as(&profile.name));
                    conflicts += usize::from(exists);
                    profile_line(ui, profile, exists.then_some(preview.replace));
                }
                if conflicts > 0 {
                    ui.checkbox(&mut preview.replace, say(&ctx, "handoff-replace-same-name"));
                }
                let allowed = conflicts == 0 || preview.replace;
                if !allowed {
                    // Said, so a greyed Import is not a puzzle.
                    ui.label(say(&ctx, "handoff-tick-to-import"));
                }
                request = buttons(ui, profiles, preview, allowed);
            }
        }
    });
    request
}

/// One profile of the file: its place, whether it is new (`same_name`: whether one of that
/// name exists, and then whether it is to be replaced), where it sends the password.
fn profile_line(ui: &mut Ui, profile: &Profile, same_name: Option<bool>) {
    let what = match same_name {
        None => "handoff-profile-new",
        Some(true) => "handoff-profile-replaces",
        Some(false) => "handoff-profile-exists",
    };
    let place = labels::place(&profile.target).unwrap_or_default();
    // Where the password will go, before anything is imported: a profile file
    // is the easiest way to send a tester's password elsewhere.
    let line = Message::new("handoff-profile-line")
        .with("name", profile.name.as_str())
        .with("place", place)
        .with("what", Message::new(what))
        .with("sends", profile.sends_message());
    ui.label(words(ui.ctx(), &line));
}

fn buttons(
    ui: &mut Ui,
    profiles: &[Profile],
    preview: &ImportPreview,
    allowed: bool,
) -> Option<ProfileRequest> {
    ui.horizontal(|ui| {
        let mut request = None;
        if ui
            .add_enabled(allowed, egui::Button::new(say(ui.ctx(), "handoff-import")))
            .clicked()
        {
            request = Some(ProfileRequest::Import {
                profiles: profiles.to_vec(),
                same_name: if preview.replace {
                    SameName::Replace
                } else {
                    SameName::Keep
                },
                origin: preview.origin,
            });
        }
        if ui.button(say(ui.ctx(), "handoff-cancel-import")).clicked() {
            request = Some(ProfileRequest::CancelImport);
        }
        request
    })
    .inner
}
