//! "AWS credentials", under the tokens: the identity pool ID (the profile's), Get AWS
//! credentials, and what came back — the identity, the access key ID, the expiry counting
//! down, and Copy in each form a script wants. The secret key and session token are never
//! drawn: only copied.

use std::time::{Duration, SystemTime};

use egui::{RichText, TextEdit, Ui};

use crate::cognito::AwsCredentials;
use crate::signin::{AwsCredentialsState, SignedIn};
use crate::workbench::AwsExport;
use crate::workbench::jwt::{expiry_message, local_date};

use super::copied::COPIED_FEEDBACK_SECS;
use crate::messages::Message;

use super::request::Request;
use super::result_view::{Heading, developer_detail, explained};
use super::speech::{say, words};

/// Where the last copy of the credentials is remembered (egui's memory): the form and when.
pub fn copied_id() -> egui::Id {
    egui::Id::unique("aws-credentials-copied")
}

/// Wide enough for a whole identity pool ID (`us-east-1:` and a UUID).
const FIELD_WIDTH: f32 = 330.0;

pub struct View<'a> {
    pub signed: &'a SignedIn,
    /// The profile's identity pool ID, edited in place: it is saved with the profile.
    pub identity_pool_id: &'a mut String,
    pub now: SystemTime,
}

pub fn show(ui: &mut Ui, view: View<'_>, out: &mut dyn FnMut(Request)) {
    let View {
        signed,
        identity_pool_id,
        now,
    } = view;
    // Client credentials sign in no person: there is no ID token to trade.
    if signed.by_client_credentials() || signed.tokens.id.is_none() {
        return;
    }
    ui.add_space(8.0);
    ui.separator();
    ui.label(RichText::new(say(ui.ctx(), "aws-credentials")).strong());
    let fetching = matches!(signed.aws, Some(AwsCredentialsState::Fetching));
    // Wrapped: at the window's opening width the button goes under the field, which keeps
    // room for a whole identity pool ID.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(say(ui.ctx(), "aws-identity-pool-id"));
        let room = ui.available_width().min(FIELD_WIDTH);
        let edit = ui
            .add(
                TextEdit::singleline(identity_pool_id)
                    .desired_width(room)
                    .hint_text("us-east-1:0a1b2c3d-…"),
            )
            .labelled_by(label.id)
            .on_hover_text(say(ui.ctx(), "aws-identity-pool-id-hover"));
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ready = !fetching && !identity_pool_id.trim().is_empty();
        let get = say(ui.ctx(), "aws-get-credentials");
        let button = ui
            .add_enabled(ready, egui::Button::new(get))
            .on_hover_text(say(ui.ctx(), "aws-get-credentials-hover"));
        if ready && (button.clicked() || entered) {
            out(Request::GetAwsCredentials);
        }
    });
    match &signed.aws {
        None => {}
        Some(AwsCredentialsState::Fetching) => {
            ui.horizontal(|ui| {
                ui.add(egui::Spinner::new());
                ui.label(say(ui.ctx(), "aws-getting"));
            });
        }
        Some(AwsCredentialsState::Failed(failure)) => {
            explained(ui, failure, Heading::AwsCredentials);
            developer_detail(ui, failure);
        }
        Some(AwsCredentialsState::Got(credentials)) => got(ui, credentials, now, out),
    }
}

fn got(ui: &mut Ui, credentials: &AwsCredentials, now: SystemTime, out: &mut dyn FnMut(Request)) {
    egui::Grid::new("aws-credentials")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.label(say(ui.ctx(), "aws-identity-id"));
            ui.add(
                egui::Label::new(RichText::new(&credentials.identity_id).monospace())
                    .selectable(true),
            );
            ui.end_row();
            ui.label(say(ui.ctx(), "aws-access-key-id"));
            ui.add(
                egui::Label::new(RichText::new(&credentials.access_key_id).monospace())
                    .selectable(true),
            );
            ui.end_row();
            for key in ["aws-secret-access-key", "aws-session-token"] {
                ui.label(say(ui.ctx(), key));
                ui.label(RichText::new(say(ui.ctx(), "aws-hidden")).weak());
                ui.end_row();
            }
            ui.label(say(ui.ctx(), "aws-expires"));
            let at = credentials.expiration;
            let text = Message::new("aws-expires-at")
                .with("at", local_date(at, "%Y-%m-%d %H:%M:%S"))
                .with("left", expiry_message(at, now));
            let response = ui.label(words(ui.ctx(), &text));
            if at > now && ui.is_rect_visible(response.rect) {
                // The countdown ticks once a second, and only while it is seen.
                ui.ctx().request_repaint_after(Duration::from_secs(1));
            }
            ui.end_row();
        });
    let time = ui.input(|i| i.time);
    let copied = ui.data(|d| d.get_temp::<(AwsExport, f64)>(copied_id()));
    ui.horizontal_wrapped(|ui| {
        for form in AwsExport::ALL {
            let (label, tip) = copy_keys(form);
            if ui
                .button(say(ui.ctx(), label))
                .on_hover_text(say(ui.ctx(), tip))
                .clicked()
            {
                out(Request::CopyAws(form));
            }
            if copied.is_some_and(|(f, at)| f == form && time - at < COPIED_FEEDBACK_SECS) {
                ui.label(say(ui.ctx(), "aws-copied"));
            }
        }
    });
}

/// The catalogue keys of the Copy button of `form` and of its tip (the English button says
/// what labels::copy_aws does).
fn copy_keys(form: AwsExport) -> (&'static str, &'static str) {
    match form {
        AwsExport::Shell => ("aws-copy-shell", "aws-copy-shell-hover"),
        AwsExport::PowerShell => ("aws-copy-powershell", "aws-copy-powershell-hover"),
        AwsExport::CredentialsFile => (
            "aws-copy-credentials-file",
            "aws-copy-credentials-file-hover",
        ),
        AwsExport::CredentialProcess => (
            "aws-copy-credential-process",
            "aws-copy-credential-process-hover",
        ),
    }
}
