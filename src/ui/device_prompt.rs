//! Above the tokens: this computer as a remembered device (issue 19). "Remember this
//! computer?" when the pool leaves it to the user, with a button for each answer; otherwise a
//! line saying how the computer stands, or why it could not be kept.

use egui::{RichText, Ui};

use crate::signin::{DeviceState, SignedIn};

use super::request::Request;
use super::result_view::{Heading, explained};
use super::speech::say;

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
        DeviceState::Proven => "device-proven",
        DeviceState::Remembered => "device-remembered",
        DeviceState::NotRemembered => "device-not-remembered",
        DeviceState::Confirming | DeviceState::Saving => "device-telling-cognito",
        DeviceState::Sent | DeviceState::Forgetting | DeviceState::Forgotten => return,
    };
    ui.label(RichText::new(say(ui.ctx(), line)).weak());
    ui.add_space(4.0);
}

fn ask(ui: &mut Ui, out: &mut dyn FnMut(Request)) {
    ui.group(|ui| {
        ui.label(RichText::new(say(ui.ctx(), "device-remember-question")).strong());
        ui.label(say(ui.ctx(), "device-remember-explained"));
        ui.horizontal(|ui| {
            if ui.button(say(ui.ctx(), "device-remember-it")).clicked() {
                out(Request::RememberDevice(true));
            }
            if ui
                .button(say(ui.ctx(), "device-dont-remember-it"))
                .clicked()
            {
                out(Request::RememberDevice(false));
            }
        });
    });
    ui.add_space(4.0);
}
