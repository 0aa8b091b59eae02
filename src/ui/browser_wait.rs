//! While managed login has the sign-in (issue 17): where the app waits and for how long, the
//! address the browser was sent to (one line, with Copy for a browser on another machine or
//! profile), Open again, and Cancel, which closes the port.

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
    ui.add(
        egui::Label::new(format!(
            "Cognito Login waits at {} for the browser to come back.",
            wait.callback
        ))
        .wrap(),
    );
    ui.label(format!("Time left: {}", minutes_and_seconds(left)));
    // The one mistake the app cannot see: Cognito shows it in the browser and never comes back.
    ui.add(
        egui::Label::new(
            RichText::new(format!(
                "If the browser shows redirect_mismatch or \"redirect_uri is not allowed\", register {} as a callback URL of this app client, then start again.",
                wait.callback
            ))
            .weak(),
        )
        .wrap(),
    );
    ui.add_space(4.0);
    ui.label("No browser, or the wrong one? Open this page in the browser you want:");
    let address = wait.address.as_str();
    ui.add(
        egui::Label::new(RichText::new(address).monospace())
            .truncate()
            .selectable(true),
    )
    .on_hover_text(address);
    ui.horizontal_wrapped(|ui| {
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
        if ui
            .button(labels::CANCEL)
            .on_hover_text("Stop waiting and close the port (Esc)")
            .clicked()
        {
            out(Request::Cancel);
        }
    });
    // The countdown, once a second, only while this is on screen.
    ui.ctx().request_repaint_after(Duration::from_secs(1));
}

fn minutes_and_seconds(left: Duration) -> String {
    let secs = left.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}
