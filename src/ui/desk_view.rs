//! The self-service screens before a sign-in (issue 19): Create account, Confirm account,
//! Forgot password and the new password with its code. The form above shrinks to its one
//! line (who, where, and where the password goes) while one is open; the username typed here
//! is the form's own.

use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};

use crate::signin::self_service::{Desk, Screen};

use super::desk_inputs::DeskInputs;
use super::form_rows::{primary_button, secret_row, text_row};
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
    match screen {
        Screen::CreateAccount => create_account(ui, view, out),
        Screen::ConfirmAccount => confirm_account(ui, view, out),
        Screen::ForgotPassword => forgot_password(ui, view, out),
        Screen::NewPassword => new_password(ui, view, out),
        _ => return false,
    }
    true
}

fn create_account(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::CREATE_ACCOUNT);
    let inputs = view.inputs;
    inputs.ask_for(view.desk.missing_attributes());
    grid(ui, "create-account", |ui| {
        text_row(ui, labels::USERNAME, view.username, "a new username");
        password_rows(ui, inputs);
        text_row(ui, labels::EMAIL, &mut inputs.email, "where the code goes");
        for (name, value) in inputs.required.iter_mut().filter(|(n, _)| *n != "email") {
            text_row(ui, name, value, "the pool requires it");
        }
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    buttons(ui, view.desk, labels::CREATE_ACCOUNT, DeskAsk::SignUp, out);
}

fn confirm_account(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::CONFIRM_ACCOUNT);
    code_went(ui, view.desk, "confirms the account");
    grid(ui, "confirm-account", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
        code_row(ui, view.inputs);
    });
    said(ui, view.desk);
    buttons(
        ui,
        view.desk,
        labels::CONFIRM_ACCOUNT,
        DeskAsk::Confirm,
        out,
    );
    resend(ui, view.desk, view.now, DeskAsk::Resend, out);
}

fn forgot_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::FORGOT_PASSWORD);
    ui.label("Cognito sends a code to this account's e-mail or phone; with it you choose a new password.");
    grid(ui, "forgot-password", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
    });
    said(ui, view.desk);
    buttons(ui, view.desk, labels::SEND_ME_A_CODE, DeskAsk::Forgot, out);
}

fn new_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(labels::CHOOSE_NEW_PASSWORD);
    code_went(ui, view.desk, "lets you choose a new password");
    let inputs = view.inputs;
    grid(ui, "new-password", |ui| {
        text_row(ui, labels::USERNAME, view.username, "");
        code_row(ui, inputs);
        password_rows(ui, inputs);
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    buttons(ui, view.desk, labels::SET_NEW_PASSWORD, DeskAsk::Reset, out);
    resend(ui, view.desk, view.now, DeskAsk::Forgot, out);
}

/// A two-column grid of rows, as the sign-in form lays them out.
pub fn grid(ui: &mut Ui, id: &str, rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, rows);
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
pub fn buttons(ui: &mut Ui, desk: &Desk, go: &str, ask: DeskAsk, out: &mut dyn FnMut(Request)) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let busy = desk.is_busy();
        if ui
            .add_enabled_ui(!busy, |ui| primary_button(ui, go))
            .inner
            .clicked()
        {
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
