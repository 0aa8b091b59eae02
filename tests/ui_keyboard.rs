//! The window by keyboard alone (issue 20, accessibility): Tab from the top reaches every
//! control in the order a person reads them (top to bottom, left to right in a row), each with
//! a name a screen reader says; on the sign-in form and on the tokens, in English and in
//! Japanese.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use cognito_login::messages::{Lang, tr};
use cognito_login::settings::Settings;
use cognito_login::signin::Flow;
use egui_kittest::kittest::{NodeT as _, Queryable, by};
use ui_harness::*;

/// A control Tab reached: its name and where it is drawn.
#[derive(Debug, Clone)]
struct Stop {
    name: String,
    top: f64,
    left: f64,
}

/// Presses Tab until the focus comes back round (or leaves every control), recording each.
fn tab_through(ui: &mut Ui) -> Vec<Stop> {
    let mut stops: Vec<Stop> = Vec::new();
    for _ in 0..120 {
        ui.harness.key_press(egui::Key::Tab);
        ui.harness.run();
        let focused: Vec<Stop> = (ui.harness.query_all(by().predicate(|n| n.is_focused())))
            .map(|node| {
                let node = node.accesskit_node();
                let bounds = node.bounding_box().expect("a focused control is drawn");
                Stop {
                    name: node.label().unwrap_or_default(),
                    top: bounds.y0,
                    left: bounds.x0,
                }
            })
            .collect();
        let Some(stop) = focused.into_iter().next() else {
            break;
        };
        if stops
            .first()
            .is_some_and(|first| first.name == stop.name && first.top == stop.top)
        {
            break;
        }
        stops.push(stop);
    }
    // Tab goes round: start the round at the top, whichever control had the focus first.
    let top = (0..stops.len())
        .min_by(|&a, &b| {
            (stops[a].top, stops[a].left)
                .partial_cmp(&(stops[b].top, stops[b].left))
                .unwrap()
        })
        .unwrap_or(0);
    stops.rotate_left(top);
    stops
}

/// Each stop has a name, and comes after the one before in reading order: further down, or on
/// the same row (within a few pixels) further right.
fn assert_named_in_reading_order(stops: &[Stop]) {
    assert!(stops.len() > 5, "Tab reached too little: {stops:#?}");
    for stop in stops {
        assert!(
            !stop.name.trim().is_empty(),
            "a control without a name: {stops:#?}"
        );
    }
    for pair in stops.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        let same_row = (after.top - before.top).abs() < 6.0;
        let onward = if same_row {
            after.left > before.left
        } else {
            after.top > before.top
        };
        assert!(
            onward,
            "{} then {}: not in reading order\n{stops:#?}",
            before.name, after.name
        );
    }
}

fn settings(lang: Lang) -> Settings {
    Settings {
        language_flag: Some(lang),
        ..alice_with(Flow::Password)
    }
}

/// Each of these controls was reached by its name in `lang`; in Japanese, none by its English
/// name (no control left untranslated among them).
fn assert_reached(stops: &[Stop], lang: Lang, keys: &[&str]) {
    let names: Vec<&str> = stops.iter().map(|s| s.name.as_str()).collect();
    for key in keys {
        let expected = tr(lang, key);
        assert!(
            names.contains(&expected.as_str()),
            "{expected} not reached: {names:?}"
        );
        let english = tr(Lang::En, key);
        if lang != Lang::En {
            assert!(!names.contains(&english.as_str()), "{english} in English");
        }
    }
}

#[test]
fn tab_reaches_every_control_of_the_form_in_reading_order_each_named() {
    for lang in [Lang::En, Lang::Ja] {
        let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings(lang));
        let stops = tab_through(&mut ui);
        assert_named_in_reading_order(&stops);
        let keys = [
            "form-username",
            "form-password",
            "form-sign-in",
            "desk-create-account",
        ];
        assert_reached(&stops, lang, &keys);
    }
}

#[test]
fn tab_reaches_every_control_of_the_tokens_in_reading_order_each_named() {
    for lang in [Lang::En, Lang::Ja] {
        let mut ui = open_with(Some(Box::new(|_| Some(tokens()))), settings(lang));
        ui.type_into(&tr(lang, "form-password"), "Passw0rd!");
        ui.click(&tr(lang, "form-sign-in"));
        ui.wait_for_answer();
        ui.assert_signed_in();
        let stops = tab_through(&mut ui);
        assert_named_in_reading_order(&stops);
        assert_reached(&stops, lang, &["token-sign-out", "desk-change-password"]);
    }
}
