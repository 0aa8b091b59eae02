//! Above the tokens: this computer as a remembered device (issue 19). "Remember this
//! computer?" when the pool leaves it to the user, with a button for each answer; otherwise a
//! line saying how the computer stands, or why it could not be kept.

use egui::{RichText, Ui};

use crate::signin::{DeviceState, SignedIn};

use super::labels;
use super::request::Request;
use super::result_view::{Heading, explained};

pub fn show(ui: &mut Ui, signed: &SignedIn, out: &mut dyn FnMut(Request)) {
    let Some(state) = &signed.device else {
        return;
    };
    let line = match state {
        DeviceState::Asking(_) => return ask(ui, out),
        DeviceState::Failed(failure) => {
            explained(ui, failure, Heading::Device);
            ui.add_space(4.0);
            return;
        }
        DeviceState::Proven => "This computer is remembered: Cognito skipped the MFA code.",
        DeviceState::Remembered => {
            "This computer is remembered: later sign-ins from here skip the MFA code."
        }
        DeviceState::NotRemembered => {
            "This computer is not remembered: Cognito asks for the MFA code each time."
        }
        DeviceState::Confirming | DeviceState::Saving => "Telling Cognito about this computer…",
        DeviceState::Sent | DeviceState::Forgetting | DeviceState::Forgotten => return,
    };
    ui.label(RichText::new(line).weak());
    ui.add_space(4.0);
}

fn ask(ui: &mut Ui, out: &mut dyn FnMut(Request)) {
    ui.group(|ui| {
        ui.label(RichText::new(labels::REMEMBER_THIS_COMPUTER).strong());
        ui.label(
            "Cognito will skip the MFA code when you sign in from here again. Say no on a shared computer.",
        );
        ui.horizontal(|ui| {
            if ui.button(labels::REMEMBER_IT).clicked() {
                out(Request::RememberDevice(true));
            }
            if ui.button(labels::DONT_REMEMBER_IT).clicked() {
                out(Request::RememberDevice(false));
            }
        });
    });
    ui.add_space(4.0);
}
