//! Japanese on screen everywhere. egui's own fonts have no Japanese; eframe's `system_fonts`
//! asks the system for a font per missing character (fontique: fontconfig on Linux, CoreText on
//! macOS, DirectWrite on Windows, which always have one), but a Linux desktop or a container
//! without a CJK font has none to give, and every Japanese character would be a box. So a
//! subset of Noto Sans CJK JP (assets/fonts/: the kana and every character of the Japanese
//! catalogue, made by assets/fonts/subset-noto-sans-jp.py, SIL Open Font License in
//! assets/fonts/OFL.txt) is built in, after egui's fonts: Latin text keeps egui's look, and
//! a kanji the app itself never says (in a username, say) goes to the system. It is
//! there from the first frame in every language: the Language picker names 日本語 in an
//! English window too. The price: Chinese text drawn in the window takes this font's Japanese
//! forms of the kanji it has, not the system's Chinese font.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

const NOTO_SANS_JP_SUBSET: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-subset.otf");

/// Adds the Japanese font to both families, after egui's own.
pub fn add_japanese(ctx: &egui::Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .to_vec();
    ctx.add_font(FontInsert::new(
        "noto-sans-jp-subset",
        FontData::from_static(NOTO_SANS_JP_SUBSET),
        families,
    ));
}

#[cfg(test)]
#[path = "fonts_tests.rs"]
mod tests;
