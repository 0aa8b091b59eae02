//! The self-service screens before a sign-in (issue 19): Create account, Confirm account,
//! Forgot password and the new password with its code. The form above shrinks to its one
//! line (who, where, and where the password goes) while one is open; the username typed here
//! is the form's own.

use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};

use crate::signin::self_service::{Desk, Screen};

use super::desk_inputs::DeskInputs;
use super::form_rows::{field_id, primary_button, secret_row, text_row};
use super::labels;
use super::request::{DeskAsk, Request};
use super::result_view::{Heading, developer_detail, explained};

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
        (
            labels::CREATE_ACCOUNT,
            "Sign up for a new account in this user pool",
            Screen::CreateAccount,
        ),
        (
            labels::CONFIRM_WITH_CODE,
            "Type the code Cognito sent when the account was created, or have it sent again",
            Screen::ConfirmAccount,
        ),
        (
            labels::FORGOT_PASSWORD,
            "Get a code by e-mail or SMS and choose a new password",
            Screen::ForgotPassword,
        ),
    ];
    opening_buttons(ui, buttons, out);
}

/// A row of buttons, each opening its screen: (label, what it does, screen).
pub fn opening_buttons<const N: usize>(
    ui: &mut Ui,
    buttons: [(&str, &str, Screen); N],
    out: &mut dyn FnMut(Request),
) {
    ui.horizontal(|ui| {
        for (label, hover, screen) in buttons {
            if ui.button(label).on_hover_text(hover).clicked() {
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
    ui.heading(labels::CREATE_ACCOUNT);
    let inputs = view.inputs;
    inputs.ask_for(view.desk.missing_attributes());
    let entered = grid(ui, "create-account", |ui| {
        text_row(ui, labels::USERNAME, view.username, "a new username");
        password_rows(ui, inputs);
        text_row(ui, labels::EMAIL, &mut inputs.email, "where the code goes");
        for (name, value) in inputs.required.iter_mut().filter(|(n, _)| *n != "email") {
            text_row(ui, name, value, "the pool requires it");
        }
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    let go = (labels::CREATE_ACCOUNT, DeskAsk::SignUp);
    buttons(ui, view.desk, go, entered, out);
}

fn confirm_account(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::CONFIRM_ACCOUNT);
    code_went(ui, view.desk, "confirms the account");
    let entered = grid(ui, "confirm-account", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
        code_row(ui, view.inputs);
    });
    said(ui, view.desk);
    let go = (labels::CONFIRM_ACCOUNT, DeskAsk::Confirm);
    buttons(ui, view.desk, go, entered, out);
    resend(ui, view.desk, view.now, DeskAsk::Resend, out);
}

fn forgot_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::FORGOT_PASSWORD);
    ui.label("Cognito sends a code to this account's e-mail or phone; with it you choose a new password.");
    let entered = grid(ui, "forgot-password", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
    });
    said(ui, view.desk);
    let go = (labels::SEND_ME_A_CODE, DeskAsk::Forgot);
    buttons(ui, view.desk, go, entered, out);
    // A code sent earlier (or by an administrator's reset) is as good as a new one.
    if (ui.button(labels::HAVE_A_CODE))
        .on_hover_text("Go straight to typing the code and the new password")
        .clicked()
    {
        out(Request::Desk(DeskAsk::Open(Screen::NewPassword)));
    }
}

fn new_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::CHOOSE_NEW_PASSWORD);
    code_went(ui, view.desk, "lets you choose a new password");
    let inputs = view.inputs;
    let entered = grid(ui, "new-password", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
        code_row(ui, inputs);
        password_rows(ui, inputs);
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    let go = (labels::SET_NEW_PASSWORD, DeskAsk::Reset);
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

/// The code Cognito sent, shown as typed (it is short-lived and read off another screen).
pub fn code_row(ui: &mut Ui, inputs: &mut DeskInputs) {
    secret_row(
        ui,
        labels::CODE,
        &mut inputs.code,
        "from the message",
        false,
    );
}

/// New password and New password again, masked unless the person asked to see them.
pub fn password_rows(ui: &mut Ui, inputs: &mut DeskInputs) {
    let masked = !inputs.show_passwords;
    secret_row(
        ui,
        labels::NEW_PASSWORD,
        &mut inputs.new_password,
        "",
        masked,
    );
    secret_row(ui, labels::CONFIRM_PASSWORD, &mut inputs.again, "", masked);
}

pub fn show_passwords(ui: &mut Ui, inputs: &mut DeskInputs) {
    ui.checkbox(&mut inputs.show_passwords, labels::SHOW_PASSWORD);
}

/// Where the code went, as Cognito said (masked: "a***@e***"), or that it went.
pub fn code_went(ui: &mut Ui, desk: &Desk, what_for: &str) {
    let line = match desk.code_sent_to() {
        Some(to) => format!(
            "Type the code Cognito sent to {} by {}: it {what_for}.",
            to.destination, to.delivery_medium
        ),
        None => format!("Type the code Cognito sent: it {what_for}."),
    };
    ui.label(line);
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
    (go, ask): (&str, DeskAsk),
    entered: bool,
    out: &mut dyn FnMut(Request),
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let busy = desk.is_busy();
        let go = ui.add_enabled_ui(!busy, |ui| primary_button(ui, go)).inner;
        if go.clicked() || (entered && !busy) {
            out(Request::Desk(ask));
        }
        let back = matches!(desk.screen(), Some(Screen::Verify(_)));
        if ui.button(labels::BACK).clicked() {
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
        let button = ui.add_enabled(enabled, egui::Button::new(labels::SEND_CODE_AGAIN));
        if button.clicked() {
            out(Request::Desk(ask));
        }
        if let Some(wait) = wait {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            ui.label(RichText::new(format!("You can ask again in {secs} s.")).weak());
            // The countdown, once a second, only while it is shown.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
    });
}
