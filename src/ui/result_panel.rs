//! Below the form: the tokens (with the AWS credentials and the account's own buttons), a
//! failure, a challenge, the wait for the browser, or the self-service screen open in their
//! place (issue 19).

use std::time::{Duration, SystemTime};

use crate::settings::Config;
use crate::signin::Phase;

use super::account_view;
use super::app::CognitoLoginApp;
use super::aws_credentials_view;
use super::browser_wait;
use super::desk_view;
use super::device_prompt;
use super::request::Request;
use super::result_view;
use super::speech;
use super::token_view;

impl CognitoLoginApp {
    /// Below the form: the tokens, a failure, or a challenge; then what was asked there.
    pub(super) fn result_panel(&mut self, ui: &mut egui::Ui, config: &Config, now: SystemTime) {
        let mut requests = Vec::new();
        let mut out = |r| requests.push(r);
        if self.desk_screen(ui, now, &mut out) {
            for request in requests {
                self.handle(request, ui.ctx());
            }
            return;
        }
        match self.session.phase() {
            Phase::Editing | Phase::Submitting { .. } => {}
            Phase::WaitingForBrowser(wait) => browser_wait::show(ui, wait, now, &mut out),
            Phase::SignedIn(signed) => {
                let view = token_view::View {
                    signed,
                    choices: &mut self.handover.choices,
                    copied: self.copied,
                    auto_refresh: self.fields.auto_refresh(),
                    now,
                    tester: self.fields.tester,
                    remember_refresh: self.fields.remember_refresh_token(),
                    keys_from: keys_not_vouched_for(self.fields.endpoint(), config, ui.ctx()),
                };
                device_prompt::show(ui, signed, &mut out);
                token_view::show(ui, view, &mut out);
                if signed.tokens.id.is_some() && signed.tokens.access.is_some() {
                    ui.add_space(6.0);
                    account_view::account_buttons(ui, &mut out);
                }
                let aws = aws_credentials_view::View {
                    signed,
                    identity_pool_id: &mut self.fields.values.target.identity_pool_id,
                    now,
                };
                aws_credentials_view::show(ui, aws, &mut out);
            }
            Phase::Failed(failure) => result_view::failed(ui, failure, &mut out),
            Phase::Challenge(challenge) => {
                self.challenge_inputs.show(ui, challenge, now, &mut out);
                // The countdown to the session's end; once a second, only while shown.
                ui.ctx().request_repaint_after(Duration::from_secs(1));
            }
        }
        for request in requests {
            self.handle(request, ui.ctx());
        }
    }

    /// The open self-service screen, in the place of the tokens or the failure; false when
    /// none is open.
    fn desk_screen(
        &mut self,
        ui: &mut egui::Ui,
        now: SystemTime,
        out: &mut dyn FnMut(Request),
    ) -> bool {
        let signed_in = matches!(self.session.phase(), Phase::SignedIn(_));
        let (desk, inputs) = (&self.desk, &mut self.desk_inputs);
        if signed_in {
            account_view::show(ui, account_view::View { desk, inputs, now }, out)
        } else {
            let username = &mut self.fields.values.target.username;
            let view = desk_view::View {
                desk,
                inputs,
                username,
                now,
            };
            desk_view::show(ui, view, out)
        }
    }
}

/// Where the token's keys came from, when that is not the user pool's own for all the person
/// knows: a profile from a file sending to a server that is not Amazon Cognito.
fn keys_not_vouched_for(
    endpoint: Option<crate::cognito::Endpoint>,
    config: &Config,
    ctx: &egui::Context,
) -> Option<String> {
    let endpoint = endpoint?;
    (config.current_profile()?.handed_over() && endpoint.is_custom())
        .then(|| speech::words(ctx, &endpoint.destination_message()))
}
