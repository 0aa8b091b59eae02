//! While managed login has the sign-in (issue 17): the address the browser was sent to, with
//! Copy for a browser on another machine or profile, Open again, and how long the app waits.
//! Cancel is the form's, beside the greyed Sign in with browser button.

use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use crate::signin::BrowserWait;

use super::labels;
use super::request::Request;

pub fn show(ui: &mut Ui, wait: &BrowserWait, now: SystemTime, out: &mut dyn FnMut(Request)) {
    // When this wait began, kept with the window's memory for this attempt only.
    let id = egui::Id::unique(("browser-wait-began", wait.attempt));
    let began = ui.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let waited = now.duration_since(began).unwrap_or_default();
    let left = wait.timeout.saturating_sub(waited);
    ui.label(RichText::new("Finish signing in in your browser").strong());
    ui.label(format!(
        "Cognito Login waits at {} for the browser to come back ({} left).",
        wait.callback,
        minutes_and_seconds(left)
    ));
    ui.add_space(4.0);
    ui.label("The sign-in page, if no browser opened or you want another one:");
    let address = wait.address.as_str();
    let mut shown = address;
    ui.add(
        egui::TextEdit::multiline(&mut shown)
            .font(egui::TextStyle::Monospace)
            .desired_rows(2)
            .desired_width(ui.available_width().min(720.0)),
    );
    ui.horizontal(|ui| {
        if ui
            .button(labels::COPY_ADDRESS)
            .on_hover_text("Copy the sign-in page's address, to open it in another browser")
            .clicked()
        {
            out(Request::CopyText(Zeroizing::new(address.to_owned())));
        }
        if ui.button(labels::OPEN_AGAIN).clicked() {
            out(Request::OpenBrowser(address.to_owned()));
        }
    });
    // The countdown, once a second, only while this is on screen.
    ui.ctx().request_repaint_after(Duration::from_secs(1));
}

fn minutes_and_seconds(left: Duration) -> String {
    let secs = left.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}
