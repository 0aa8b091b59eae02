//! What the self-service screens ask of the app (issue 19): the typed values made into the
//! core's `Request`, its call sent by the same runner as the sign-in's, its answer handed to
//! the desk, and what follows (a sign-in straight after a confirm or a reset, a line on the
//! status bar).

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::{ConfirmationCode, Password};
use crate::signin::self_service::{Desk, Next, Request as Ask};
use crate::signin::{Effect, Event, Phase};

use super::app::CognitoLoginApp;
use super::request::DeskAsk;

impl CognitoLoginApp {
    pub(super) fn desk_ask(&mut self, ask: DeskAsk) {
        match ask {
            DeskAsk::Open(screen) => {
                self.desk_inputs.wipe_secrets();
                self.desk.open(screen);
            }
            DeskAsk::Close => {
                self.desk_inputs.wipe_secrets();
                self.desk.close();
            }
            other => {
                // The last line was about the last thing done; the attributes are read on
                // their own as My attributes opens, under the line saying what was saved.
                if other != DeskAsk::ReadAttributes {
                    self.status.clear();
                }
                if let Some(request) = self.desk_request(other) {
                    let form = self.fields.to_form();
                    if let Some((attempt, call)) = self.desk.send(&form, request) {
                        let call = Box::new(call);
                        self.runner.run(vec![Effect::Send { attempt, call }]);
                    }
                }
            }
        }
    }

    /// The core's request for what was asked, from what is typed; None when it cannot be
    /// sent (the status line says why).
    fn desk_request(&mut self, ask: DeskAsk) -> Option<Ask> {
        let code: ConfirmationCode = self.desk_inputs.code.to_secret();
        Some(match ask {
            DeskAsk::Confirm => Ask::ConfirmSignUp { code },
            DeskAsk::Resend => Ask::ResendConfirmationCode,
            DeskAsk::Forgot => Ask::ForgotPassword,
            DeskAsk::SignUp => Ask::SignUp {
                attributes: self.desk_inputs.sign_up_attributes(),
                password: self.new_password()?,
            },
            DeskAsk::Reset => Ask::ConfirmForgotPassword {
                code,
                new_password: self.new_password()?,
            },
            DeskAsk::ChangePassword => Ask::ChangePassword {
                old_password: self.desk_inputs.current_password.to_secret(),
                new_password: self.new_password()?,
                access_token: self.access_token()?,
            },
            DeskAsk::ReadAttributes => Ask::ReadAttributes {
                access_token: self.access_token()?,
            },
            DeskAsk::SaveAttributes => Ask::SaveAttributes {
                attributes: self.desk_inputs.changed(),
                access_token: self.access_token()?,
            },
            DeskAsk::SendVerificationCode(attribute) => Ask::SendVerificationCode {
                attribute,
                access_token: self.access_token()?,
            },
            DeskAsk::Verify(attribute) => Ask::Verify {
                code,
                attribute,
                access_token: self.access_token()?,
            },
            DeskAsk::Open(_) | DeskAsk::Close => return None,
        })
    }

    /// The new password, typed the same twice.
    fn new_password(&mut self) -> Option<Password> {
        let new: Password = self.desk_inputs.new_password.to_secret();
        let again: Password = self.desk_inputs.again.to_secret();
        if new.expose_secret() != again.expose_secret() {
            self.status
                .error("Not sent: the two new passwords differ. Type the same one twice.");
            return None;
        }
        Some(new)
    }

    /// The signed-in person's access token: who the signed-in screens speak for.
    fn access_token(&mut self) -> Option<SecretString> {
        let token = match self.session.phase() {
            Phase::SignedIn(signed) => signed.tokens.access.clone(),
            _ => None,
        };
        if token.is_none() {
            self.status
                .error("Not sent: this needs the access token of a sign-in. Sign in first.");
        }
        token
    }

    /// An answer to one of the desk's calls goes to the desk; any other event is handed back
    /// for the session.
    pub(super) fn desk_event(&mut self, event: Event) -> Option<Event> {
        match event {
            Event::Finished {
                attempt,
                outcome,
                received_at,
            } if Desk::owns(attempt) => {
                if let Some(next) = self.desk.finished(attempt, outcome, received_at) {
                    self.desk_next(next);
                }
                None
            }
            // The desk's calls are short and their retries are not shown.
            Event::Retrying { attempt, .. } if Desk::owns(attempt) => None,
            other => Some(other),
        }
    }

    fn desk_next(&mut self, next: Next) {
        self.desk_inputs.wipe_secrets();
        match next {
            Next::Say(text) => self.status.success(text),
            Next::SignIn(password) => {
                if let Some(password) = password {
                    self.fields.set_password(&password);
                }
                if self.fields.has_password() {
                    let config = self.store.config();
                    let form = self.fields.to_form();
                    self.sign_in(Event::Submit(form), &config);
                } else {
                    self.status.success("Done: type the password and sign in.");
                }
            }
        }
    }
}
