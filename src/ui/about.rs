//! The window's icon and the About window: what this build is and where it comes from.

use egui::{RichText, Ui};

use crate::messages::{Lang, Message, tr};
use crate::settings::LanguageChoice;

use super::app::CognitoLoginApp;

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

impl CognitoLoginApp {
    /// The app's name and the About button, above the profile bar.
    pub(super) fn title_row(&mut self, ui: &mut Ui, lang: Lang) {
        ui.horizontal(|ui| {
            ui.heading(tr(lang, "app-name"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button(tr(lang, "about-button")).clicked() {
                    self.about_open = !self.about_open;
                }
            });
        });
    }

    pub(super) fn about_window(&mut self, ctx: &egui::Context, lang: Lang) {
        if !self.about_open {
            return;
        }
        let mut open = true;
        let mut chosen = None;
        egui::Window::new(tr(lang, "about-window-title"))
            // Not from the title, which changes with the language.
            .id(egui::Id::unique("about-window"))
            .open(&mut open)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                let current = self.store.config().language;
                chosen = show(ui, lang, current);
            });
        self.about_open = open;
        if let Some(choice) = chosen {
            self.choose_language(choice);
        }
    }

    /// Saves the Language picked in the About window; it is used from now on, over --lang.
    fn choose_language(&mut self, choice: LanguageChoice) {
        let mut config = self.store.config();
        config.language = choice;
        self.language_flag = None;
        if let Err(problem) = self.store.save_config(&config) {
            let said = Message::new("status-settings-not-saved").with("problem", problem);
            self.status.error(said);
        }
    }
}

/// The About window's contents; the Language picked, when one was. What the build does not
/// know is left out rather than written as "unknown" or "not recorded": a tester reads that as
/// something broken.
fn show(ui: &mut Ui, lang: Lang, current: LanguageChoice) -> Option<LanguageChoice> {
    ui.label(RichText::new(tr(lang, "app-name")).heading());
    ui.label(tr(lang, "about-summary"));
    ui.add_space(6.0);
    let mut chosen = None;
    egui::Grid::new("about")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.label(tr(lang, "about-version"));
            ui.label(VERSION);
            ui.end_row();
            if let Some(commit) = known_commit() {
                ui.label(tr(lang, "about-commit"));
                ui.add(egui::Label::new(RichText::new(commit).monospace()).selectable(true));
                ui.end_row();
            }
            ui.label(tr(lang, "about-license"));
            ui.label(LICENSE);
            ui.end_row();
            if !PROJECT_URL.is_empty() {
                ui.label(tr(lang, "about-home-page"));
                ui.hyperlink(PROJECT_URL);
                ui.end_row();
            }
            chosen = language_picker(ui, lang, current);
            ui.end_row();
        });
    ui.add_space(6.0);
    ui.label(tr(lang, "about-privacy"));
    chosen
}

/// System, English or 日本語. Each language is named in itself, so a person who cannot read
/// the one shown still finds their own.
fn language_picker(ui: &mut Ui, lang: Lang, current: LanguageChoice) -> Option<LanguageChoice> {
    let name = |choice| match choice {
        LanguageChoice::System => tr(lang, "language-system"),
        LanguageChoice::English => tr(lang, "language-english"),
        LanguageChoice::Japanese => tr(lang, "language-japanese"),
    };
    let mut chosen = None;
    let label = ui.label(tr(lang, "language"));
    egui::ComboBox::from_id_salt("language")
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for choice in LanguageChoice::ALL {
                if ui
                    .selectable_label(choice == current, name(choice))
                    .clicked()
                    && choice != current
                {
                    chosen = Some(choice);
                }
            }
        })
        .response
        .labelled_by(label.id);
    chosen
}

/// The commit this was built from; `None` when build.rs found none (a source archive without
/// `COGNITO_LOGIN_COMMIT`: `--version` says "unknown" there).
pub fn known_commit() -> Option<&'static str> {
    (COMMIT != "unknown").then_some(COMMIT)
}
