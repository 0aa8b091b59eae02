//! The window at 200 % (egui's zoom, Ctrl + '+' twice over): in English and in Japanese, the
//! sign-in form with Advanced open, the About window and the tokens keep every text inside the
//! window — nothing runs off the right edge, where it would be cut — and no control shrinks below
//! its text (issue 20, accessibility). Scrolling down is fine; the form scrolls.
//!
//! The sign-in form (its labels go above its fields when the window is this narrow), the rows
//! of buttons under it and on the token panel (wrapped), the About window and the tokens are
//! checked, in both languages.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod ui_harness;

use cognito_login::messages::{Lang, tr};
use cognito_login::settings::Settings;
use cognito_login::signin::Flow;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable, by};
use ui_harness::*;

/// A 640 px wide window at 200 %: 320 points to lay the form out in, the width WCAG 2.1's
/// "Reflow" (1.4.10) asks content to fit without scrolling sideways. The harness's window is
/// sized first, then zoomed: egui halves its size in points, as a real window's.
const WIDTH: f32 = 320.0;

fn open_zoomed(lang: Lang) -> Ui {
    let settings = Settings {
        language_flag: Some(lang),
        ..alice_with(Flow::Password)
    };
    let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings);
    ui.harness.set_size(egui::vec2(WIDTH * 2.0, 900.0));
    ui.harness.run();
    ui.harness.ctx.set_zoom_factor(2.0);
    ui.harness.run();
    ui.harness.run();
    ui
}

/// Every named thing on screen, with where it is drawn (in points of the zoomed window): its
/// name, role, left, right and top.
fn drawn(ui: &Ui) -> Vec<(String, Role, f64, f64, f64)> {
    let zoom = f64::from(ui.harness.ctx.zoom_factor());
    placed(ui.harness.query_all(by().predicate(|_| true)), zoom)
}

/// Where each named node of `nodes` is drawn, as `drawn`.
fn placed<'t>(
    nodes: impl Iterator<Item = egui_kittest::Node<'t>>,
    zoom: f64,
) -> Vec<(String, Role, f64, f64, f64)> {
    nodes
        .filter_map(|node| {
            let node = node.accesskit_node();
            let name = node.label().or_else(|| node.value())?;
            let bounds = node.bounding_box()?;
            // AccessKit's bounds are in physical pixels.
            let (left, right, top) = (bounds.x0 / zoom, bounds.x1 / zoom, bounds.y0 / zoom);
            Some((name, node.role(), left, right, top))
        })
        .filter(|(name, ..)| !name.trim().is_empty())
        .collect()
}

/// Nothing the About window says runs past the right edge of the window (its texts are
/// found by the catalogue's words; the form behind it is checked on its own).
fn assert_about_fits(ui: &Ui, lang: Lang) {
    let keys = [
        "about-window-title",
        "about-summary",
        "about-version",
        "about-commit",
        "about-license",
        "about-privacy",
    ];
    let texts: Vec<String> = keys.iter().map(|key| tr(lang, key)).collect();
    let inside: Vec<_> = (drawn(ui).into_iter())
        // A wrapped text's lines are named by their part of it.
        .filter(|(name, ..)| {
            let part = name.trim();
            (texts.iter()).any(|t| t == name || (part.chars().count() > 12 && t.contains(part)))
        })
        .collect();
    assert!(inside.len() >= keys.len(), "the About window: {inside:#?}");
    let right_edge = f64::from(ui.harness.ctx.content_rect().right());
    let cut: Vec<_> = (inside.iter())
        .filter(|(_, _, left, right, _)| *right > right_edge + 0.5 || *left < -0.5)
        .collect();
    assert!(
        cut.is_empty(),
        "the About window: cut at the right edge: {cut:#?}"
    );
}

/// Nothing named that starts above `above` (points from the top) runs past the right edge of
/// the window or starts left of it.
fn assert_nothing_cut_above(ui: &Ui, screen: &str, above: f64) {
    let right_edge = f64::from(ui.harness.ctx.content_rect().right());
    assert!(
        (right_edge - f64::from(WIDTH)).abs() < 1.0,
        "the window is {right_edge} points wide"
    );
    assert!(
        (ui.harness.ctx.pixels_per_point() - 2.0).abs() < 0.01,
        "zoomed"
    );
    let found: Vec<_> = (drawn(ui).into_iter())
        .filter(|(.., top)| *top < above)
        .collect();
    assert!(
        found.len() > 5,
        "{screen}: too little on screen: {found:#?}"
    );
    let cut: Vec<_> = (found.iter())
        .filter(|(_, role, left, right, _)| {
            *role != Role::Window && (*right > right_edge + 0.5 || *left < -0.5)
        })
        .collect();
    assert!(cut.is_empty(), "{screen}: cut at the right edge: {cut:#?}");
}

fn assert_nothing_cut(ui: &Ui, screen: &str) {
    assert_nothing_cut_above(ui, screen, f64::INFINITY);
}

/// The bottom of the Sign in button: the form ends there (the buttons under it are another
/// part's, `desk_view::entry_buttons`).
fn form_bottom(ui: &Ui, lang: Lang) -> f64 {
    let zoom = f64::from(ui.harness.ctx.zoom_factor());
    let name = tr(lang, "form-sign-in");
    let sign_in = (ui.harness).get_by_role_and_label(Role::Button, &name);
    sign_in.accesskit_node().bounding_box().unwrap().y1 / zoom
}

/// The form, the form with Advanced open, and the About window, at 200 %.
fn check_form_and_about(lang: Lang) -> Ui {
    let mut ui = open_zoomed(lang);
    let bottom = form_bottom(&ui, lang);
    assert_nothing_cut_above(&ui, "the form", bottom);

    let advanced = tr(lang, "form-advanced");
    ui.harness.get_by_label(&advanced).scroll_to_me();
    ui.harness.run();
    ui.harness.get_by_label(&advanced).click();
    ui.harness.run();
    // The Advanced rows are there, laid out in the window's width.
    let proxy = tr(lang, "form-proxy");
    assert!((ui.harness.query_by_role_and_label(Role::TextInput, &proxy)).is_some());
    let bottom = form_bottom(&ui, lang);
    assert_nothing_cut_above(&ui, "the form with Advanced open", bottom);

    let about = tr(lang, "about-button");
    (ui.harness.get_by_role_and_label(Role::Button, &about)).scroll_to_me();
    ui.harness.run();
    ui.click(&about);
    ui.harness.run();
    assert_about_fits(&ui, lang);
    // egui's own close button (its name is egui's, not the app's).
    ui.harness.get_by_label("Close window").click();
    ui.harness.run();
    ui
}

/// Signs in from the zoomed form: the password field and Sign in are scrolled to first (at
/// 200 % the form is taller than the window), as a person would.
fn sign_in(ui: &mut Ui, lang: Lang) {
    let password = tr(lang, "form-password");
    (ui.harness.query_all_by_label(&password))
        .find(|node| node.accesskit_node().role() == Role::PasswordInput)
        .unwrap()
        .scroll_to_me();
    ui.harness.run();
    ui.type_into(&password, "Passw0rd!");
    let sign_in = tr(lang, "form-sign-in");
    (ui.harness.get_by_role_and_label(Role::Button, &sign_in)).scroll_to_me();
    ui.harness.run();
    ui.click(&sign_in);
    ui.wait_for_answer();
    ui.assert_signed_in();
}

#[test]
fn at_200_percent_the_form_and_about_fit_in_english() {
    let mut ui = check_form_and_about(Lang::En);
    sign_in(&mut ui, Lang::En);
}

#[test]
fn at_200_percent_the_form_and_about_fit_in_japanese() {
    let mut ui = check_form_and_about(Lang::Ja);
    sign_in(&mut ui, Lang::Ja);
}

/// The same narrow form, at the default 560 px window and 100 %: labels still beside fields
/// (the narrow layout is for narrow windows only).
#[test]
fn at_100_percent_labels_stay_beside_fields() {
    let mut ui = open_with(None, alice_with(Flow::Password));
    ui.harness.set_size(egui::vec2(560.0, 700.0));
    ui.harness.run();
    ui.harness.run();
    let found = drawn(&ui);
    let left_of = |name: &str, role: Role| {
        (found.iter())
            .find(|(n, r, ..)| n == name && *r == role)
            .map(|(_, _, left, _, top)| (*left, *top))
            .unwrap()
    };
    let (label_left, label_top) = left_of(&tr(Lang::En, "form-username"), Role::Label);
    let (field_left, field_top) = left_of(&tr(Lang::En, "form-username"), Role::TextInput);
    assert!(field_left > label_left + 40.0, "field beside its label");
    assert!((field_top - label_top).abs() < 12.0, "on the same line");
}

#[test]
fn at_200_percent_the_whole_form_screen_fits() {
    for lang in [Lang::En, Lang::Ja] {
        let ui = open_zoomed(lang);
        assert_nothing_cut(&ui, "the form screen");
    }
}

#[test]
fn at_200_percent_the_tokens_fit() {
    for lang in [Lang::En, Lang::Ja] {
        let mut ui = open_zoomed(lang);
        sign_in(&mut ui, lang);
        assert_nothing_cut(&ui, "the tokens");
    }
}
