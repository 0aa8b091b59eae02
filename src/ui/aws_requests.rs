//! What the app does for the AWS credentials panel: copying the credentials in a form a
//! script wants, and telling their outcome on the status line.

use std::time::Duration;

use crate::messages::Message;
use crate::signin::{AwsCredentialsState, Phase};
use crate::workbench::{AwsExport, aws_export};

use super::app::CognitoLoginApp;
use super::aws_credentials_view;
use super::copied::COPIED_FEEDBACK_SECS;

impl CognitoLoginApp {
    pub(super) fn fetching_aws(&self) -> bool {
        matches!(self.session.phase(), Phase::SignedIn(signed)
            if matches!(signed.aws, Some(AwsCredentialsState::Fetching)))
    }

    /// The AWS credentials' outcome on the status line, where every outcome is told (they
    /// come in the background, which `say_outcome` does not watch).
    pub(super) fn say_aws_outcome(&mut self, news: bool) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        if !news {
            return;
        }
        match &signed.aws {
            Some(AwsCredentialsState::Got(_)) => self.status.success(Message::new("aws-got")),
            Some(AwsCredentialsState::Failed(failure)) => {
                self.status.error(failure.explanation.summary.clone())
            }
            _ => {}
        }
    }

    /// The AWS credentials got, in `form`, through the handover like a token (kept out of
    /// clipboard history, cleared after the chosen time, taken back at sign-out).
    pub(super) fn copy_aws(&mut self, form: AwsExport, ctx: &egui::Context) {
        let Phase::SignedIn(signed) = self.session.phase() else {
            return;
        };
        let Some(AwsCredentialsState::Got(credentials)) = &signed.aws else {
            return;
        };
        let profile = self.store.config().current.to_string();
        let text = match aws_export(credentials, form, &profile) {
            Ok(text) => text,
            Err(problem) => {
                let said = Message::new("aws-not-copied").with("problem", problem.to_string());
                return self.status.error(said);
            }
        };
        let now = ctx.input(|i| i.time);
        match self.handover.copy_text(text, now) {
            Ok(()) => {
                ctx.data_mut(|d| d.insert_temp(aws_credentials_view::copied_id(), (form, now)));
                ctx.request_repaint_after(Duration::from_secs_f64(COPIED_FEEDBACK_SECS));
            }
            Err(problem) => self.status.warn(problem),
        }
    }
}
