//! One row of the sign-in form: a label and its text field, at the form's width, with an id
//! the first-focus rule and the fix-this-field rule can find.

use egui::{Id, Response, TextEdit, Ui};

use super::secret_input::SecretInput;

pub const FIELD_WIDTH: f32 = 320.0;

/// The ids of the text fields, in form order, for the first-focus rule.
pub fn field_id(name: &str) -> Id {
    Id::unique(("sign-in-field", name))
}

/// A label and its text field, one row of a two-column grid.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> Response {
    let id = field_id(label);
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value)
                .id(id)
                .hint_text(hint)
                .desired_width(FIELD_WIDTH),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and its secret field (masked when asked), one row of a two-column grid.
pub fn secret_row(
    ui: &mut Ui,
    label: &str,
    value: &mut SecretInput,
    hint: &str,
    masked: bool,
) -> Response {
    let label_response = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value.buffer())
                .id(field_id(label))
                .password(masked)
                .hint_text(hint)
                .desired_width(FIELD_WIDTH),
        )
        .labelled_by(label_response.id);
    ui.end_row();
    response
}
