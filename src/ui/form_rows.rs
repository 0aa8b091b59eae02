//! One row of the sign-in form: a label and its text field, as wide as the window allows, with
//! an id the first-focus rule and the fix-this-field rule can find, and the problem with the
//! field, if any, right under it.

use egui::{Id, Response, RichText, TextEdit, Ui};

use crate::signin::{Field, InputError};

use super::secret_input::SecretInput;

/// The narrowest a field gets (a 480 px window still fits label and field side by side) and
/// the widest (a line longer than this is hard to read, and nothing typed here is that long
/// but the endpoint URL).
const MIN_FIELD_WIDTH: f32 = 180.0;
const MAX_FIELD_WIDTH: f32 = 720.0;

/// Narrower than this (a 640 px window at 200 %, a phone-sized window), the form's labels go
/// above their fields instead of beside them, so that nothing runs off the right edge
/// (WCAG 2.1 "Reflow", 1.4.10). The default 560 px window, and a 480 px one, stay side by side.
const NARROW_BELOW: f32 = 420.0;

/// The width of a field: in the form's second column, what is left of the window's width; in
/// the narrow layout (labels above fields), the whole width.
pub fn field_width(ui: &Ui) -> f32 {
    let available = ui.available_width();
    if is_narrow(ui) {
        available.min(MAX_FIELD_WIDTH)
    } else {
        available.clamp(MIN_FIELD_WIDTH, MAX_FIELD_WIDTH)
    }
}

fn narrow_id() -> Id {
    Id::unique("sign-in-form-narrow")
}

/// Whether the rows being drawn are in the narrow layout (one column, labels above fields).
fn is_narrow(ui: &Ui) -> bool {
    ui.data(|d| d.get_temp(narrow_id())).unwrap_or(false)
}

/// The form's rows: a two-column grid (label, field) where the width allows, else one column,
/// each label above its field. The rows call `ui.end_row()` either way (a no-op in a column)
/// and `empty_cell` where the grid's label column has nothing.
pub fn form_rows(ui: &mut Ui, grid_id: &str, add_rows: impl FnOnce(&mut Ui)) {
    let narrow = ui.available_width() < NARROW_BELOW;
    ui.data_mut(|d| d.insert_temp(narrow_id(), narrow));
    if narrow {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = 4.0;
            add_rows(ui);
        });
    } else {
        egui::Grid::new(grid_id)
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, add_rows);
    }
    // Other screens' grids use the same rows: side by side, as they always were.
    ui.data_mut(|d| d.insert_temp(narrow_id(), false));
}

/// The label column's cell of a row without a label (a checkbox, a problem): nothing to draw
/// when the labels are above the fields.
pub fn empty_cell(ui: &mut Ui) {
    if !is_narrow(ui) {
        ui.label("");
    }
}

/// The fixed names the fields' ids come from (`field_id`), the same in every
/// language, so focus finds a field whatever its label says.
pub(super) const CLIENT_ID_KEY: &str = "client-id";
pub(super) const CLIENT_SECRET_KEY: &str = "client-secret";
pub(super) const USERNAME_KEY: &str = "username";
pub(super) const PASSWORD_KEY: &str = "password";

/// The ids of the text fields, in form order, for the first-focus rule. `key` is a fixed name
/// (e.g. "client-id"), never the label shown, so the id is the same in every language; rows
/// not yet in the catalogue still pass their English label.
pub fn field_id(key: &str) -> Id {
    Id::unique(("sign-in-field", key))
}

/// A label and its text field, its id from `key` whatever language the label is in.
pub fn keyed_text_row(
    ui: &mut Ui,
    key: &str,
    label: &str,
    value: &mut String,
    hint: &str,
) -> Response {
    let id = field_id(key);
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value)
                .id(id)
                .hint_text(hint)
                .desired_width(field_width(ui)),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and its secret field, its id from `key` whatever language the label is in.
pub fn keyed_secret_row(
    ui: &mut Ui,
    key: &str,
    label: &str,
    value: &mut SecretInput,
    hint: &str,
    masked: bool,
) -> Response {
    let label_response = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value.buffer())
                .id(field_id(key))
                .password(masked)
                .hint_text(hint)
                .desired_width(field_width(ui)),
        )
        .labelled_by(label_response.id);
    ui.end_row();
    response
}

/// Under a field, what is wrong with it (after Sign in was pressed), in the error colour.
pub fn problem_row<'a>(
    ui: &mut Ui,
    problems: impl IntoIterator<Item = &'a InputError>,
    field: Field,
) {
    for problem in problems.into_iter().filter(|p| p.field() == field) {
        let words = super::speech::words(ui.ctx(), &problem.message());
        problem_line(ui, &sentence(&words));
    }
}

/// One problem, under the field it is about, in the error colour.
pub fn problem_line(ui: &mut Ui, text: &str) {
    empty_cell(ui);
    ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
    ui.end_row();
}

/// The checks speak in lower case for the command line ("error: enter the username"); beside
/// a field they start a sentence (Japanese has no case: unchanged).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The button that does what the screen is for (Sign in, Answer, Get token): filled with the
/// selection colour and in strong text, so it stands out from the others beside it.
pub fn primary_button(ui: &mut Ui, text: &str) -> Response {
    let visuals = ui.visuals();
    let label = RichText::new(text)
        .strong()
        .color(visuals.selection.stroke.color);
    ui.add(
        egui::Button::new(label)
            .fill(visuals.selection.bg_fill)
            .min_size(egui::vec2(96.0, 0.0)),
    )
}
