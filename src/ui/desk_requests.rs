//! What the self-service screens ask of the app (issue 19): the typed values made into the
//! core's `Request`, its call sent by the same runner as the sign-in's, its answer handed to
//! the desk, and what follows (a sign-in straight after a confirm or a reset, a line on the
//! status bar).

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::{ConfirmationCode, Password, RememberedDevice};
use crate::messages::Message;
use crate::signin::self_service::{Desk, Next, Request as Ask, Screen};
use crate::signin::{DeviceOwner, Effect, Event, Phase};

use super::app::CognitoLoginApp;
use super::request::DeskAsk;

impl CognitoLoginApp {
    pub(super) fn desk_ask(&mut self, ask: DeskAsk) {
        match ask {
            DeskAsk::Open(screen) => {
                // The status line spoke of the screen being left.
                self.status.clear();
                self.desk_inputs.wipe_secrets();
                self.desk_inputs
                    .focus_first(&screen, &self.fields.values.target.username);
                if screen == Screen::CreateAccount {
                    self.desk_inputs
                        .new_account(&mut self.fields.values.target.username);
                }
                self.desk.open(screen);
            }
            DeskAsk::Close => {
                self.status.clear();
                self.desk_inputs.wipe_secrets();
                if self.desk.screen() == Some(&Screen::CreateAccount) {
                    self.desk_inputs
                        .no_new_account(&mut self.fields.values.target.username);
                }
                self.desk.close();
            }
            DeskAsk::ForgetThisComputer => self.forget_this_computer(),
            other => {
                // The last line was about the last thing done; the attributes are read on
                // their own as My attributes opens, under the line saying what was saved.
                if other != DeskAsk::ReadAttributes && other != DeskAsk::ListDevices {
                    self.status.clear();
                }
                if other == DeskAsk::ListDevices {
                    // Read with the list, to mark this computer's device in it.
                    let kept = self.kept_device().map(|device| device.key);
                    self.desk.set_this_computer(kept);
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
            DeskAsk::ListDevices => Ask::ListDevices {
                access_token: self.access_token()?,
            },
            DeskAsk::ForgetDevice(device_key) => Ask::ForgetDevice {
                device_key,
                access_token: self.access_token()?,
            },
            DeskAsk::Open(_) | DeskAsk::Close | DeskAsk::ForgetThisComputer => return None,
        })
    }

    /// The new password, typed the same twice.
    fn new_password(&mut self) -> Option<Password> {
        let new: Password = self.desk_inputs.new_password.to_secret();
        let again: Password = self.desk_inputs.again.to_secret();
        if new.expose_secret() != again.expose_secret() {
            (self.desk).problem(Message::new("desk-passwords-differ"));
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
            (self.desk).problem(Message::new("desk-needs-sign-in"));
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
                let next = self.desk.finished(attempt, outcome, received_at);
                if self.desk.screen() != Some(&Screen::CreateAccount) {
                    // Created (or left): the new username stays in the form.
                    self.desk_inputs.account_created();
                }
                if let Some(next) = next {
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
            Next::DeviceForgotten(key) => {
                let here = self.kept_device().is_some_and(|device| device.key == key);
                if here {
                    self.forget_kept_device();
                    (self.status).success(Message::new("device-forgotten-here-too"));
                } else {
                    let said =
                        Message::new("device-forgotten-by-cognito").with("device", key.as_str());
                    self.status.success(said);
                }
            }
            Next::SignIn(password) => {
                if let Some(password) = password {
                    self.fields.set_password(&password);
                }
                if self.fields.has_password() {
                    let config = self.store.config();
                    let form = self.fields.to_form();
                    self.sign_in(Event::Submit(form), &config);
                } else {
                    self.status.success(Message::new("desk-done-sign-in"));
                }
            }
        }
    }

    /// Whose remembered device this computer keeps: the form's place and user.
    fn device_owner(&self) -> Option<DeviceOwner> {
        DeviceOwner::of(&self.fields.to_form().target)
    }

    fn kept_device(&self) -> Option<RememberedDevice> {
        self.secrets.device(&self.device_owner()?)
    }

    fn forget_kept_device(&mut self) {
        if let Some(owner) = self.device_owner() {
            self.secrets.forget_device(&owner);
        }
        self.desk.set_this_computer(None);
    }

    /// Forget this computer: here only. Cognito keeps tracking the device (and lists it)
    /// until it is forgotten there too; its next sign-in here is a new device.
    fn forget_this_computer(&mut self) {
        self.status.clear();
        if self.kept_device().is_none() {
            self.status.success(Message::new("device-none-kept"));
            return;
        }
        self.forget_kept_device();
        self.status.success(Message::new("device-forgotten-here"));
    }
}
