//! The window's self-service screens as a pure state machine: which screen is open, the one
//! call out, what the last answer said, where the code went and when another may be asked
//! for. The window draws it and carries out its calls; every step is unit-tested here without
//! a network, with the clock handed in.

use std::time::{Duration, SystemTime};

use crate::cognito::{
    AttributeType, CodeDeliveryDetails, DeliveryMedium, DeviceKey, DeviceList, Password,
};
use crate::messages::Message;

use super::super::failure::{Failure, FailureCause};
use super::super::form::SignInForm;
use super::super::service::{Call, Outcome};
use super::words;
use super::{Done, Pending, Request, missing_attributes, start};

/// How long "Send the code again" waits after a code was sent. Each resend counts toward
/// Cognito's LimitExceededException, and a mail often takes a few seconds to arrive: the
/// cool-down keeps an impatient second press from costing the tester their tries.
pub const RESEND_COOL_DOWN: Duration = Duration::from_secs(30);

/// Attempt numbers of self-service calls start here, far above the sign-in session's own
/// (which count up from 1), so an answer is never taken for the other's.
pub const FIRST_ATTEMPT: u64 = 1 << 48;

/// The self-service screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    CreateAccount,
    /// The code from sign-up, with "Send the code again".
    ConfirmAccount,
    /// "Send me a code" to choose a new password with.
    ForgotPassword,
    /// The code ForgotPassword sent, and the new password.
    NewPassword,
    ChangePassword,
    MyAttributes,
    /// The code sent to verify this attribute (`email`, `phone_number`).
    Verify(String),
    /// This user's devices (ListDevices), each with Forget, and Forget this computer.
    Devices,
}

/// What the window does once an answer is in, besides showing the desk again.
#[derive(Debug)]
pub enum Next {
    /// Sign in now, with this password when the desk has one (the account's, just chosen).
    SignIn(Option<Password>),
    /// A success to say on the status line.
    Say(Message),
    /// Cognito forgot this device: if it is the one this computer keeps, forget it here too.
    DeviceForgotten(DeviceKey),
}

#[derive(Debug, Default)]
pub struct Desk {
    screen: Option<Screen>,
    out: Option<(u64, Pending)>,
    attempts: u64,
    failure: Option<Failure>,
    /// Each code sent, by the screen it is for: where it went and when another may be asked
    /// for. Kept when a screen is left, so Back and back again neither loses where the code
    /// went nor lets a second code out before the cool-down.
    sent: Vec<(Screen, Option<CodeDeliveryDetails>, SystemTime)>,
    attributes: Option<Vec<AttributeType>>,
    /// The password of the account just created or reset, to sign in with straight after.
    password: Option<Password>,
    /// The attribute whose verification code is on its way: its screen opens when it is sent.
    verifying: Option<String>,
    /// The devices ListDevices last gave, None before the first read (and after a Forget,
    /// so that the list shown is Cognito's again).
    devices: Option<DeviceList>,
    /// The device the keychain keeps for this user on this computer, as the window read it.
    this_computer: Option<DeviceKey>,
    /// The device whose ForgetDevice is out.
    forgetting: Option<DeviceKey>,
}

impl Desk {
    pub fn screen(&self) -> Option<&Screen> {
        self.screen.as_ref()
    }

    /// Opens `screen`, forgetting what the last one said. A sign-in refused with
    /// UserNotConfirmed or PasswordResetRequired opens ConfirmAccount or NewPassword: the code
    /// may be waiting already, so "Send the code again" is not held back.
    pub fn open(&mut self, screen: Screen) {
        if self.screen.as_ref() != Some(&screen) {
            self.failure = None;
        }
        if !matches!(screen, Screen::ConfirmAccount) {
            self.password = None;
        }
        self.screen = Some(screen);
    }

    /// Back to the sign-in: a call still out is forgotten (its answer will change nothing).
    pub fn close(&mut self) {
        *self = Self {
            attempts: self.attempts,
            attributes: self.attributes.take(),
            sent: std::mem::take(&mut self.sent),
            ..Self::default()
        };
    }

    /// A new sign-in or a sign-out: the attributes were the last person's.
    pub fn forget_account(&mut self) {
        self.close();
        self.attributes = None;
        self.sent.clear();
    }

    /// A problem found before sending (the new passwords differ): shown where Cognito's
    /// refusal would be, in its place.
    pub fn problem(&mut self, problem: Message) {
        self.failure = Some(words::problem(problem));
    }

    /// The devices ListDevices last gave; None before the first read.
    pub fn devices(&self) -> Option<&DeviceList> {
        self.devices.as_ref()
    }

    /// The device this computer keeps for the user, to mark it in the list.
    pub fn this_computer(&self) -> Option<&DeviceKey> {
        self.this_computer.as_ref()
    }

    /// What the keychain keeps for this user now (read as the list is asked for, and after
    /// Forget this computer).
    pub fn set_this_computer(&mut self, key: Option<DeviceKey>) {
        self.this_computer = key;
    }

    pub fn is_busy(&self) -> bool {
        self.out.is_some()
    }

    /// Whether `attempt` is one of the desk's calls.
    pub fn owns(attempt: u64) -> bool {
        attempt >= FIRST_ATTEMPT
    }

    pub fn failure(&self) -> Option<&Failure> {
        self.failure.as_ref()
    }

    /// The attributes Cognito said a sign-up is missing (so the screen asks for each by name).
    pub fn missing_attributes(&self) -> Vec<String> {
        match self.failure.as_ref().map(|f| &f.cause) {
            Some(FailureCause::Cognito(e)) if e.code == "InvalidParameterException" => {
                missing_attributes(&e.message)
            }
            _ => Vec::new(),
        }
    }

    pub fn code_sent_to(&self) -> Option<&CodeDeliveryDetails> {
        let screen = self.screen.as_ref()?;
        let (_, to, _) = self.sent.iter().find(|(s, _, _)| s == screen)?;
        to.as_ref()
    }

    /// The attributes GetUser last read, None before the first read.
    pub fn attributes(&self) -> Option<&[AttributeType]> {
        self.attributes.as_deref()
    }

    /// How long before another code may be asked for; None when it may be now.
    pub fn resend_wait(&self, now: SystemTime) -> Option<Duration> {
        let screen = self.screen.as_ref()?;
        let (_, _, from) = self.sent.iter().find(|(s, _, _)| s == screen)?;
        from.duration_since(now).ok().filter(|d| !d.is_zero())
    }

    /// The call that carries out `request`, numbered for the runner; None when it was not
    /// sent (the failure says why) or another call is still out.
    pub fn send(&mut self, form: &SignInForm, request: Request) -> Option<(u64, Call)> {
        if self.out.is_some() {
            return None;
        }
        self.verifying = match &request {
            Request::SendVerificationCode { attribute, .. } => Some(attribute.clone()),
            _ => None,
        };
        self.forgetting = match &request {
            Request::ForgetDevice { device_key, .. } => Some(device_key.clone()),
            _ => None,
        };
        let password = match &request {
            Request::SignUp { password, .. } => Some(password.clone()),
            Request::ConfirmForgotPassword { new_password, .. } => Some(new_password.clone()),
            _ => None,
        };
        match start(form, request) {
            Ok((call, pending)) => {
                self.failure = None;
                if password.is_some() {
                    self.password = password;
                }
                self.attempts += 1;
                let attempt = FIRST_ATTEMPT + self.attempts;
                self.out = Some((attempt, pending));
                Some((attempt, call))
            }
            Err(failure) => {
                self.failure = Some(*failure);
                None
            }
        }
    }

    /// The answer to call `attempt`; None for an answer nobody waits for any more.
    pub fn finished(&mut self, attempt: u64, outcome: Outcome, now: SystemTime) -> Option<Next> {
        let (out, pending) = self.out.take()?;
        if out != attempt {
            self.out = Some((out, pending));
            return None;
        }
        let done = pending.finish(outcome);
        self.after(done, now)
    }

    fn after(&mut self, done: Done, now: SystemTime) -> Option<Next> {
        match done {
            Done::Failed(failure) => {
                self.failure = Some(failure);
                None
            }
            Done::SignedUp {
                confirmed: false,
                code_delivery,
                ..
            } => Some(self.waiting_for_confirmation(code_delivery, now)),
            Done::SignedUp { .. } | Done::Confirmed | Done::PasswordReset => {
                let password = self.password.take();
                self.close();
                Some(Next::SignIn(password))
            }
            Done::CodeSent(to) => Some(self.code_on_its_way(to, now)),
            Done::PasswordChanged => {
                self.close();
                Some(Next::Say(Message::new("desk-password-changed")))
            }
            Done::Attributes(attributes) => {
                self.attributes = Some(attributes);
                None
            }
            Done::AttributesSaved(sent) => Some(self.saved(sent, now)),
            Done::Verified => {
                self.attributes = None;
                let verified = match &self.screen {
                    Some(Screen::Verify(name)) => Message::new("desk-attribute-verified")
                        .with("attribute", name)
                        .with("words", capitalised(&name.replace('_', " "))),
                    _ => Message::new("desk-verified"),
                };
                self.open(Screen::MyAttributes);
                Some(Next::Say(verified))
            }
            Done::Devices(list) => {
                self.devices = Some(list);
                None
            }
            Done::DeviceForgotten => {
                // Read again: the list shown is what Cognito keeps, not what the app guesses.
                self.devices = None;
                match self.forgetting.take() {
                    Some(key) => Some(Next::DeviceForgotten(key)),
                    None => Some(Next::Say(Message::new("device-forgotten"))),
                }
            }
        }
    }

    /// SignUp answered, the account waiting for its code: where it went, or that Cognito did
    /// not say it sent one.
    fn waiting_for_confirmation(
        &mut self,
        code_delivery: Option<CodeDeliveryDetails>,
        now: SystemTime,
    ) -> Next {
        self.screen = Some(Screen::ConfirmAccount);
        let said = match &code_delivery {
            Some(_) => "desk-account-created",
            // No e-mail or phone to send it to, or a pool that does not say.
            None => "desk-account-created-no-code",
        };
        self.code_sent(code_delivery, now);
        Next::Say(Message::new(said))
    }

    /// A code went (again): the screen it is for, and where it went.
    fn code_on_its_way(&mut self, to: Option<CodeDeliveryDetails>, now: SystemTime) -> Next {
        if let Some(name) = self.verifying.take() {
            self.screen = Some(Screen::Verify(name));
        } else if self.screen == Some(Screen::ForgotPassword) {
            self.screen = Some(Screen::NewPassword);
        }
        let said = match &to {
            Some(to) => Message::new("desk-code-sent-to")
                .with("destination", &to.destination)
                .with("medium", medium(to.delivery_medium)),
            None => Message::new("desk-code-sent"),
        };
        self.code_sent(to, now);
        Next::Say(said)
    }

    /// UpdateUserAttributes went through; a changed e-mail or phone waits for its code.
    fn saved(&mut self, sent: Vec<CodeDeliveryDetails>, now: SystemTime) -> Next {
        // Read again: Cognito may have changed what it keeps (a new e-mail is unverified
        // until its code comes back).
        self.attributes = None;
        let first = sent.into_iter().next();
        match first.as_ref().and_then(|to| to.attribute_name.clone()) {
            Some(name) => {
                self.screen = Some(Screen::Verify(name));
                self.code_sent(first, now);
                Next::Say(Message::new("desk-saved-type-code"))
            }
            None => Next::Say(Message::new("desk-saved")),
        }
    }

    fn code_sent(&mut self, to: Option<CodeDeliveryDetails>, now: SystemTime) {
        self.failure = None;
        let Some(screen) = self.screen.clone() else {
            return;
        };
        self.sent.retain(|(s, _, _)| *s != screen);
        self.sent.push((screen, to, now + RESEND_COOL_DOWN));
    }
}

/// An attribute as a person calls it: `email` is the e-mail address.
pub fn attribute_words(name: &str) -> Message {
    Message::new("desk-attribute-words")
        .with("attribute", name)
        .with("words", name.replace('_', " "))
}

/// How a code went (e-mail, SMS), in the person's language.
pub fn medium(medium: DeliveryMedium) -> Message {
    let code = match medium {
        DeliveryMedium::Email => "EMAIL",
        DeliveryMedium::Sms => "SMS",
    };
    Message::new("desk-medium").with("medium", code)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "desk_tests.rs"]
mod tests;
