//! The window's icon and the About window: what this build is and where it comes from.

use egui::{RichText, Ui};

use super::labels;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const COMMIT: &str = env!("COGNITO_LOGIN_COMMIT");
pub const LICENSE: &str = env!("CARGO_PKG_LICENSE");
pub const PROJECT_URL: &str = env!("COGNITO_LOGIN_PROJECT_URL");

/// The icon (assets/icons/256.png, made from assets/icon.svg) as the window wants it.
pub fn window_icon() -> Option<egui::IconData> {
    let png: &[u8] = include_bytes!("../../assets/icons/256.png");
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().ok()?;
    let mut rgba = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut rgba).ok()?;
    rgba.truncate(info.buffer_size());
    (info.color_type == png::ColorType::Rgba).then_some(egui::IconData {
        rgba,
        width: info.width,
        height: info.height,
    })
}

/// The About window's contents. What the build does not know is left out rather than
/// written as "unknown" or "not recorded": a tester reads that as something broken.
pub fn show(ui: &mut Ui) {
    ui.label(RichText::new("Cognito Login").heading());
    ui.label("Sign in to an Amazon Cognito user pool with a form and copy the tokens.");
    ui.add_space(6.0);
    egui::Grid::new("about")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.label("Version");
            ui.label(VERSION);
            ui.end_row();
            if let Some(commit) = known_commit() {
                ui.label("Commit");
                ui.add(egui::Label::new(RichText::new(commit).monospace()).selectable(true));
                ui.end_row();
            }
            ui.label("License");
            ui.label(LICENSE);
            ui.end_row();
            if !PROJECT_URL.is_empty() {
                ui.label("Home page");
                ui.hyperlink(PROJECT_URL);
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.label(labels::ABOUT_PRIVACY);
}

/// The commit this was built from; `None` when build.rs found none (a source archive without
/// `COGNITO_LOGIN_COMMIT`: `--version` says "unknown" there).
pub fn known_commit() -> Option<&'static str> {
    (COMMIT != "unknown").then_some(COMMIT)
}
