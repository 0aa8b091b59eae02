//! While managed login has the sign-in (issue 17): where the app waits and for how long, the
//! address the browser was sent to (one line, with Copy for a browser on another machine or
//! profile), Open again, and Cancel, which closes the port.

use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use crate::signin::BrowserWait;

use crate::messages::Message;

use super::request::Request;
use super::speech::{say, words};

pub fn show(ui: &mut Ui, wait: &BrowserWait, now: SystemTime, out: &mut dyn FnMut(Request)) {
    // When this wait began, kept with the window's memory for this attempt only.
    let id = egui::Id::unique(("browser-wait-began", wait.attempt));
    let began = ui.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let waited = now.duration_since(began).unwrap_or_default();
    let left = wait.timeout.saturating_sub(waited);
    let ctx = ui.ctx().clone();
    let callback = wait.callback.to_string();
    ui.label(RichText::new(say(&ctx, "browser-finish")).strong());
    let waits_at = Message::new("browser-waits-at").with("callback", &callback);
    ui.add(egui::Label::new(words(&ctx, &waits_at)).wrap());
    let time_left = Message::new("browser-time-left").with("left", minutes_and_seconds(left));
    ui.label(words(&ctx, &time_left));
    // The one mistake the app cannot see: Cognito shows it in the browser and never comes back.
    let mismatch = Message::new("browser-redirect-mismatch").with("callback", &callback);
    ui.add(egui::Label::new(RichText::new(words(&ctx, &mismatch)).weak()).wrap());
    ui.add_space(4.0);
    ui.label(say(&ctx, "browser-other-browser"));
    let address = wait.address.as_str();
    ui.add(
        egui::Label::new(RichText::new(address).monospace())
            .truncate()
            .selectable(true),
    )
    .on_hover_text(address);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(say(&ctx, "browser-copy-address"))
            .on_hover_text(say(&ctx, "browser-copy-address-hint"))
            .clicked()
        {
            out(Request::CopyText(Zeroizing::new(address.to_owned())));
        }
        if ui.button(say(&ctx, "browser-open-again")).clicked() {
            out(Request::OpenBrowser(address.to_owned()));
        }
        if ui
            .button(say(&ctx, "browser-cancel"))
            .on_hover_text(say(&ctx, "browser-cancel-hint"))
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
