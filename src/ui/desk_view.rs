//! The self-service screens before a sign-in (issue 19): Create account, Confirm account,
//! Forgot password and the new password with its code. The form above shrinks to its one
//! line (who, where, and where the password goes) while one is open; the username typed here
//! is the form's own.

use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};

use crate::signin::self_service::{Desk, Screen, medium};

use super::desk_inputs::DeskInputs;
use crate::messages::Message;

use super::form_rows::{field_id, keyed_secret_row, keyed_text_row, primary_button};
use super::labels;
use super::request::{DeskAsk, Request};
use super::result_view::{Heading, developer_detail, explained};
use super::speech::{say, words};

pub struct View<'a> {
    pub desk: &'a Desk,
    pub inputs: &'a mut DeskInputs,
    /// The form's username: the account these screens are for.
    pub username: &'a mut String,
    pub now: SystemTime,
}

/// Under the form while it can be edited: the ways in for a tester who cannot sign in yet.
pub fn entry_buttons(ui: &mut Ui, out: &mut dyn FnMut(Request)) {
    ui.add_space(4.0);
    let buttons = [
        ("desk-create-account", Screen::CreateAccount),
        ("desk-confirm-with-code", Screen::ConfirmAccount),
        ("desk-forgot-password", Screen::ForgotPassword),
    ];
    opening_buttons(ui, buttons, out);
}

/// A row of buttons, each opening its screen: (its catalogue key, screen). What the button
/// does, on hover, is the key's `-hover` message.
pub fn opening_buttons<const N: usize>(
    ui: &mut Ui,
    buttons: [(&str, Screen); N],
    out: &mut dyn FnMut(Request),
) {
    // Wrapped: at 200 % zoom the row is wider than the window (WCAG 1.4.10, tests/ui_zoom.rs).
    ui.horizontal_wrapped(|ui| {
        for (key, screen) in buttons {
            let hover = say(ui.ctx(), &format!("{key}-hover"));
            if ui.button(say(ui.ctx(), key)).on_hover_text(hover).clicked() {
                out(Request::Desk(DeskAsk::Open(screen)));
            }
        }
    });
}

/// The open screen, if it is one of these; false when it is not.
pub fn show(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) -> bool {
    let Some(screen) = view.desk.screen() else {
        return false;
    };
    let focus = view.inputs.focus.take();
    match screen {
        Screen::CreateAccount => create_account(ui, view, out),
        Screen::ConfirmAccount => confirm_account(ui, view, out),
        Screen::ForgotPassword => forgot_password(ui, view, out),
        Screen::NewPassword => new_password(ui, view, out),
        _ => return false,
    }
    focus_on(ui, focus);
    true
}

/// The keyboard to the screen's first field to fill, once it exists (egui drops a focus
/// request for a widget not drawn yet).
pub fn focus_on(ui: &mut Ui, field: Option<&str>) {
    if let Some(label) = field {
        ui.memory_mut(|m| m.request_focus(field_id(label)));
    }
}

fn create_account(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-create-account"));
    let inputs = view.inputs;
    inputs.ask_for(view.desk.missing_attributes());
    let entered = grid(ui, "create-account", |ui| {
        let hint = say(ui.ctx(), "desk-new-username-hint");
        username_row(ui, view.username, &hint);
        password_rows(ui, inputs);
        let (email, hint) = (
            say(ui.ctx(), "desk-email"),
            say(ui.ctx(), "desk-email-hint"),
        );
        keyed_text_row(ui, labels::EMAIL, &email, &mut inputs.email, &hint);
        let hint = say(ui.ctx(), "desk-required-hint");
        for (name, value) in inputs.required.iter_mut().filter(|(n, _)| *n != "email") {
            // Cognito's own name of the attribute: the same in every language.
            keyed_text_row(ui, name, name, value, &hint);
        }
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    let go = ("desk-create-account", DeskAsk::SignUp);
    buttons(ui, view.desk, go, entered, out);
}

fn confirm_account(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-confirm-account"));
    code_went(ui, view.desk, "confirm", None);
    let entered = grid(ui, "confirm-account", |ui| {
        username_row(ui, view.username, "");
        code_row(ui, view.inputs);
    });
    said(ui, view.desk);
    let go = ("desk-confirm-account", DeskAsk::Confirm);
    buttons(ui, view.desk, go, entered, out);
    resend(ui, view.desk, view.now, DeskAsk::Resend, out);
}

fn forgot_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-forgot-password"));
    ui.label(say(ui.ctx(), "desk-forgot-explained"));
    let entered = grid(ui, "forgot-password", |ui| {
        username_row(ui, view.username, "");
    });
    said(ui, view.desk);
    let go = ("desk-send-me-a-code", DeskAsk::Forgot);
    buttons(ui, view.desk, go, entered, out);
    // A code sent earlier (or by an administrator's reset) is as good as a new one.
    if (ui.button(say(ui.ctx(), "desk-have-a-code")))
        .on_hover_text(say(ui.ctx(), "desk-have-a-code-hover"))
        .clicked()
    {
        out(Request::Desk(DeskAsk::Open(Screen::NewPassword)));
    }
}

fn new_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-choose-new-password"));
    code_went(ui, view.desk, "reset", None);
    let inputs = view.inputs;
    let entered = grid(ui, "new-password", |ui| {
        username_row(ui, view.username, "");
        code_row(ui, inputs);
        password_rows(ui, inputs);
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    let go = ("desk-set-new-password", DeskAsk::Reset);
    buttons(ui, view.desk, go, entered, out);
    resend(ui, view.desk, view.now, DeskAsk::Forgot, out);
}

/// A two-column grid of rows, as the sign-in form lays them out; true when Enter was pressed
/// in one of its fields (which gives up the focus on Enter), as it is in the sign-in form.
pub fn grid(ui: &mut Ui, id: &str, rows: impl FnOnce(&mut Ui)) -> bool {
    let typing = ui.memory(|m| m.focused());
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, rows);
    let left = typing.is_some_and(|field| !ui.memory(|m| m.has_focus(field)));
    left && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// The username the screen is for; its id from the English name, the same in every language.
fn username_row(ui: &mut Ui, username: &mut String, hint: &str) {
    let label = say(ui.ctx(), "desk-username");
    keyed_text_row(ui, labels::USERNAME, &label, username, hint);
}

/// The code Cognito sent, shown as typed (it is short-lived and read off another screen).
pub fn code_row(ui: &mut Ui, inputs: &mut DeskInputs) {
    let (label, hint) = (say(ui.ctx(), "desk-code"), say(ui.ctx(), "desk-code-hint"));
    keyed_secret_row(ui, labels::CODE, &label, &mut inputs.code, &hint, false);
}

/// New password and New password again, masked unless the person asked to see them.
pub fn password_rows(ui: &mut Ui, inputs: &mut DeskInputs) {
    let masked = !inputs.show_passwords;
    let new = say(ui.ctx(), "desk-new-password");
    let again = say(ui.ctx(), "desk-new-password-again");
    let password = &mut inputs.new_password;
    keyed_secret_row(ui, labels::NEW_PASSWORD, &new, password, "", masked);
    let again_input = &mut inputs.again;
    keyed_secret_row(
        ui,
        labels::CONFIRM_PASSWORD,
        &again,
        again_input,
        "",
        masked,
    );
}

pub fn show_passwords(ui: &mut Ui, inputs: &mut DeskInputs) {
    let label = say(ui.ctx(), "desk-show-passwords");
    ui.checkbox(&mut inputs.show_passwords, label);
}

/// Where the code went, as Cognito said (masked: "a***@e***"), or that it went, and what it
/// is for: `purpose` is confirm, reset or verify (`attribute`, the attribute in words).
pub fn code_went(ui: &mut Ui, desk: &Desk, purpose: &str, attribute: Option<Message>) {
    let mut line = match desk.code_sent_to() {
        Some(to) => Message::new("desk-code-went-to")
            .with("destination", &to.destination)
            .with("medium", medium(to.delivery_medium)),
        None => Message::new("desk-code-went"),
    };
    line = line.with("purpose", purpose);
    line = match attribute {
        Some(attribute) => line.with("attribute", attribute),
        None => line.with("attribute", ""),
    };
    ui.label(words(ui.ctx(), &line));
}

/// The last refusal, in Cognito's words under the explanation; the person stays here.
pub fn said(ui: &mut Ui, desk: &Desk) {
    if let Some(failure) = desk.failure() {
        ui.add_space(4.0);
        explained(ui, failure, Heading::Failure);
        developer_detail(ui, failure);
    }
}

/// The screen's one primary button, and Back to where the person came from.
/// `entered`: Enter was pressed in one of the screen's fields, which presses the button.
pub fn buttons(
    ui: &mut Ui,
    desk: &Desk,
    (go_key, ask): (&str, DeskAsk),
    entered: bool,
    out: &mut dyn FnMut(Request),
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let busy = desk.is_busy();
        let go = say(ui.ctx(), go_key);
        let go = ui.add_enabled_ui(!busy, |ui| primary_button(ui, &go)).inner;
        if go.clicked() || (entered && !busy) {
            out(Request::Desk(ask));
        }
        let back = matches!(desk.screen(), Some(Screen::Verify(_)));
        if ui.button(say(ui.ctx(), "desk-back")).clicked() {
            out(Request::Desk(if back {
                DeskAsk::Open(Screen::MyAttributes)
            } else {
                DeskAsk::Close
            }));
        }
    });
}

/// "Send the code again", held back for a while after a code went, with the wait said.
pub fn resend(
    ui: &mut Ui,
    desk: &Desk,
    now: SystemTime,
    ask: DeskAsk,
    out: &mut dyn FnMut(Request),
) {
    let wait = desk.resend_wait(now);
    ui.horizontal(|ui| {
        let enabled = wait.is_none() && !desk.is_busy();
        let again = say(ui.ctx(), "desk-send-code-again");
        let button = ui.add_enabled(enabled, egui::Button::new(again));
        if button.clicked() {
            out(Request::Desk(ask));
        }
        if let Some(wait) = wait {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let wait = Message::new("desk-ask-again-in").with("seconds", secs);
            ui.label(RichText::new(words(ui.ctx(), &wait)).weak());
            // The countdown, once a second, only while it is shown.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
    });
}
