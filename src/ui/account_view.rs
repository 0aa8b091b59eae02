//! The self-service screens of a signed-in person (issue 19): Change password, My attributes
//! (read with GetUser, saved with UpdateUserAttributes), Verify e-mail / phone and This user's
//! devices (ListDevices, ForgetDevice). They take the place of the tokens until Back; each
//! call goes with the sign-in's access token.

use std::time::SystemTime;

use egui::{RichText, Ui};

use crate::cognito::{Device, DeviceRememberedStatus};
use crate::signin::self_service::{Desk, Screen, attribute_words};

use super::desk_inputs::{DeskInputs, is_editable, unverified};
use super::desk_view::{
    buttons, code_row, code_went, focus_on, grid, opening_buttons, password_rows, resend, said,
    show_passwords,
};
use super::form_rows::{field_width, keyed_secret_row};
use super::labels;
use super::request::{DeskAsk, Request};
use super::speech::{say, words};
use crate::messages::Message;

pub struct View<'a> {
    pub desk: &'a Desk,
    pub inputs: &'a mut DeskInputs,
    pub now: SystemTime,
}

/// Under the tokens: the signed-in person's own account, a button each.
pub fn account_buttons(ui: &mut Ui, out: &mut dyn FnMut(Request)) {
    let buttons = [
        ("desk-change-password", Screen::ChangePassword),
        ("desk-my-attributes", Screen::MyAttributes),
        ("device-users-devices", Screen::Devices),
    ];
    opening_buttons(ui, buttons, out);
}

/// The open screen, if it is one of these; false when it is not.
pub fn show(ui: &mut Ui, mut view: View<'_>, out: &mut dyn FnMut(Request)) -> bool {
    let focus = view.inputs.focus.take();
    let shown = show_screen(ui, &mut view, out);
    if shown {
        focus_on(ui, focus);
    }
    shown
}

fn show_screen(ui: &mut Ui, view: &mut View<'_>, out: &mut dyn FnMut(Request)) -> bool {
    let view = View {
        desk: view.desk,
        inputs: view.inputs,
        now: view.now,
    };
    match view.desk.screen() {
        Some(Screen::ChangePassword) => change_password(ui, view, out),
        Some(Screen::MyAttributes) => my_attributes(ui, view, out),
        Some(Screen::Verify(name)) => verify(ui, name, view, out),
        Some(Screen::Devices) => devices(ui, view.desk, out),
        _ => return false,
    }
    true
}

fn change_password(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-change-password"));
    let inputs = view.inputs;
    let masked = !inputs.show_passwords;
    let entered = grid(ui, "change-password", |ui| {
        let label = say(ui.ctx(), "desk-current-password");
        let current = &mut inputs.current_password;
        keyed_secret_row(ui, labels::CURRENT_PASSWORD, &label, current, "", masked);
        password_rows(ui, inputs);
    });
    show_passwords(ui, inputs);
    said(ui, view.desk);
    let go = ("desk-change-password", DeskAsk::ChangePassword);
    buttons(ui, view.desk, go, entered, out);
}

fn my_attributes(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "desk-my-attributes"));
    let desk = view.desk;
    let entered = match desk.attributes() {
        Some(attributes) => attribute_rows(ui, attributes, view.inputs, out),
        None => {
            // Read once as the screen opens (and again after a save); a refusal stays shown
            // rather than being asked again every frame.
            if !desk.is_busy() && desk.failure().is_none() {
                out(Request::Desk(DeskAsk::ReadAttributes));
            }
            if desk.failure().is_none() {
                ui.label(say(ui.ctx(), "desk-reading-attributes"));
            } else if ui.button(say(ui.ctx(), "desk-try-again")).clicked() {
                out(Request::Desk(DeskAsk::ReadAttributes));
            }
            false
        }
    };
    said(ui, desk);
    let save = ("desk-save-changes", DeskAsk::SaveAttributes);
    buttons(ui, desk, save, entered, out);
}

/// Each attribute: a field for those the person may change (with Verify beside an e-mail or
/// phone number waiting for it), the value for those Cognito keeps.
fn attribute_rows(
    ui: &mut Ui,
    attributes: &[crate::cognito::AttributeType],
    inputs: &mut DeskInputs,
    out: &mut dyn FnMut(Request),
) -> bool {
    inputs.read(attributes);
    grid(ui, "my-attributes", |ui| {
        for attribute in attributes {
            let name = attribute.name.as_str();
            let label = ui.label(name);
            if is_editable(name) {
                let value = inputs.edits.entry(attribute.name.clone()).or_default();
                ui.horizontal(|ui| {
                    let field =
                        egui::TextEdit::singleline(value).desired_width(field_width(ui).min(320.0));
                    ui.add(field).labelled_by(label.id);
                    if unverified(attributes, name) && ui.button(verify_words(ui, name)).clicked() {
                        out(Request::Desk(DeskAsk::SendVerificationCode(
                            name.to_owned(),
                        )));
                    }
                });
            } else {
                ui.label(RichText::new(&attribute.value).weak());
            }
            ui.end_row();
        }
    })
}

fn verify(ui: &mut Ui, name: &str, view: View<'_>, out: &mut dyn FnMut(Request)) {
    ui.heading(verify_words(ui, name));
    code_went(ui, view.desk, "verify", Some(attribute_words(name)));
    let entered = grid(ui, "verify-attribute", |ui| {
        code_row(ui, view.inputs);
    });
    said(ui, view.desk);
    let go = ("desk-verify", DeskAsk::Verify(name.to_owned()));
    buttons(ui, view.desk, go, entered, out);
    let again = DeskAsk::SendVerificationCode(name.to_owned());
    resend(ui, view.desk, view.now, again, out);
}

fn devices(ui: &mut Ui, desk: &Desk, out: &mut dyn FnMut(Request)) {
    ui.heading(say(ui.ctx(), "device-users-devices"));
    match desk.devices() {
        Some(list) if list.devices.is_empty() => {
            ui.label(say(ui.ctx(), "device-none-tracked"));
        }
        Some(list) => {
            device_rows(ui, desk, &list.devices, out);
            if list.pagination_token.is_some() {
                let more = Message::new("device-more-than").with("count", list.devices.len());
                ui.label(words(ui.ctx(), &more));
            }
        }
        None => {
            // Read as the screen opens and after each Forget; a refusal stays shown rather
            // than being asked again every frame.
            if !desk.is_busy() && desk.failure().is_none() {
                out(Request::Desk(DeskAsk::ListDevices));
            }
            if desk.failure().is_none() {
                ui.label(say(ui.ctx(), "device-reading"));
            } else if ui.button(say(ui.ctx(), "desk-try-again")).clicked() {
                out(Request::Desk(DeskAsk::ListDevices));
            }
        }
    }
    said(ui, desk);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let forget_here = ui
            .button(say(ui.ctx(), "device-forget-this-computer"))
            .on_hover_text(say(ui.ctx(), "device-forget-this-computer-hover"));
        if forget_here.clicked() {
            out(Request::Desk(DeskAsk::ForgetThisComputer));
        }
        if ui.button(say(ui.ctx(), "desk-back")).clicked() {
            out(Request::Desk(DeskAsk::Close));
        }
    });
}

/// A row per device: its name, last sign-in, whether it is remembered (skips MFA), this
/// computer's mark, and Forget.
fn device_rows(ui: &mut Ui, desk: &Desk, devices: &[Device], out: &mut dyn FnMut(Request)) {
    egui::Grid::new("users-devices")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for heading in [
                "device-column-device",
                "device-column-last-sign-in",
                "device-column-remembered",
            ] {
                ui.label(RichText::new(say(ui.ctx(), heading)).strong());
            }
            ui.label("");
            ui.end_row();
            for device in devices {
                let shown = device.name.as_deref().unwrap_or(device.key.as_str());
                let here = desk.this_computer() == Some(&device.key);
                let name = if here {
                    words(
                        ui.ctx(),
                        &Message::new("device-this-computer").with("device", shown),
                    )
                } else {
                    shown.to_owned()
                };
                ui.label(name).on_hover_text(device.key.as_str());
                // A device is created by a sign-in: until Cognito counts another, that one
                // is its last.
                let last = device.last_authenticated.or(device.created);
                ui.label(last.map_or(say(ui.ctx(), "device-never"), |at| {
                    at.format("%Y-%m-%d %H:%M UTC").to_string()
                }));
                ui.label(say(
                    ui.ctx(),
                    match device.remembered {
                        Some(DeviceRememberedStatus::Remembered) => "device-status-remembered",
                        Some(DeviceRememberedStatus::NotRemembered) => {
                            "device-status-not-remembered"
                        }
                        None => "device-status-not-said",
                    },
                ));
                let forget = Message::new("device-forget").with("device", shown);
                let forget =
                    ui.add_enabled(!desk.is_busy(), egui::Button::new(words(ui.ctx(), &forget)));
                if forget.clicked() {
                    out(Request::Desk(DeskAsk::ForgetDevice(device.key.clone())));
                }
                ui.end_row();
            }
        });
}

/// Verify e-mail, Verify phone number: the button beside an unverified attribute, and the
/// heading of its screen.
fn verify_words(ui: &Ui, name: &str) -> String {
    words(
        ui.ctx(),
        &Message::new("desk-verify-attribute").with("attribute", name),
    )
}
