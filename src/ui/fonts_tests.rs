//! Every character the Japanese catalogue can put on screen is in egui's fonts plus the
//! built-in subset, so a Linux without a CJK font still shows every Japanese text of the app
//! (issue 20). Fails when a catalogue gains a kanji and the subset was not made again
//! (`python3 assets/fonts/subset-noto-sans-jp.py`).

use egui::{Context, FontId, RawInput};

use crate::messages::CATALOGUES;

/// Fonts are built at the start of a pass; run one so that the added font is loaded.
fn fonts_with_japanese() -> Context {
    let ctx = Context::default();
    super::add_japanese(&ctx);
    let mut output = ctx.run_ui(RawInput::default(), |_| {});
    // Nothing draws here: the font image's first upload is dropped on purpose.
    output.textures_delta.clear();
    ctx
}

#[test]
fn every_character_of_the_japanese_catalogue_has_a_glyph() {
    let ctx = fonts_with_japanese();
    let mut missing: Vec<(char, &str)> = Vec::new();
    for catalogue in CATALOGUES {
        for c in catalogue.japanese.chars().filter(|c| !c.is_control()) {
            let found = ctx.fonts_mut(|fonts| fonts.has_glyph(&FontId::proportional(14.0), c));
            if !found && !missing.iter().any(|(m, _)| *m == c) {
                missing.push((c, catalogue.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no glyph for {missing:?}: run assets/fonts/subset-noto-sans-jp.py"
    );
}

#[test]
fn a_character_outside_the_subset_is_reported_missing() {
    // The check above can fail: a Hangul syllable is in neither egui's fonts nor the subset.
    let ctx = fonts_with_japanese();
    let found = ctx.fonts_mut(|fonts| fonts.has_glyph(&FontId::proportional(14.0), '한'));
    assert!(!found);
}
