//! What is typed on the self-service screens: codes and passwords as secrets (wiped when a
//! screen is left), the sign-up's attributes, and My attributes as edited.

use std::collections::BTreeMap;

use crate::cognito::AttributeType;

use crate::signin::self_service::Screen;

use super::labels;
use super::secret_input::SecretInput;

/// Attributes the person sees but cannot change: Cognito sets them (`sub`, the verified
/// flags, linked identities) and refuses an UpdateUserAttributes that names them.
const READ_ONLY: &[&str] = &[
    "sub",
    "email_verified",
    "phone_number_verified",
    "identities",
    "updated_at",
];

#[derive(Debug, Default)]
pub struct DeskInputs {
    pub code: SecretInput,
    pub new_password: SecretInput,
    pub again: SecretInput,
    pub current_password: SecretInput,
    pub show_passwords: bool,
    /// The sign-up's e-mail (most pools require one, and the code goes there).
    pub email: String,
    /// Attributes Cognito said a sign-up is missing, as typed.
    pub required: BTreeMap<String, String>,
    /// My attributes as edited, and the values they were read as.
    pub edits: BTreeMap<String, String>,
    read: Vec<AttributeType>,
    /// The field to put the keyboard in once the screen just opened is drawn.
    pub focus: Option<&'static str>,
    /// The sign-in's username while Create account asks for a new one, back on Back.
    signing_in_as: Option<String>,
}

impl DeskInputs {
    /// A screen was left or a call went through: the secrets typed for it go.
    pub fn wipe_secrets(&mut self) {
        self.code.wipe();
        self.new_password.wipe();
        self.again.wipe();
        self.current_password.wipe();
        // Shown on one screen is not shown on the next (a shared computer's next user).
        self.show_passwords = false;
    }

    /// Where typing goes as `screen` opens: the first field to fill.
    pub fn focus_first(&mut self, screen: &Screen, username: &str) {
        self.focus = Some(match screen {
            Screen::CreateAccount | Screen::ForgotPassword => labels::USERNAME,
            Screen::ConfirmAccount | Screen::NewPassword if username.trim().is_empty() => {
                labels::USERNAME
            }
            Screen::ConfirmAccount | Screen::NewPassword | Screen::Verify(_) => labels::CODE,
            Screen::ChangePassword => labels::CURRENT_PASSWORD,
            Screen::MyAttributes | Screen::Devices => return,
        });
    }

    /// Create account asks for a new username: the sign-in's is kept aside until Back.
    pub fn new_account(&mut self, username: &mut String) {
        self.signing_in_as = Some(std::mem::take(username));
    }

    /// Back from Create account without one: the sign-in's username again.
    pub fn no_new_account(&mut self, username: &mut String) {
        if let Some(before) = self.signing_in_as.take() {
            *username = before;
        }
    }

    /// An account was created: its username stays in the form, to sign in with.
    pub fn account_created(&mut self) {
        self.signing_in_as = None;
    }

    /// A new account's attributes: the e-mail when typed, and each required one typed.
    pub fn sign_up_attributes(&self) -> Vec<AttributeType> {
        let email = self.email.trim();
        let email = (!email.is_empty()).then(|| AttributeType {
            name: "email".into(),
            value: email.into(),
        });
        let required = (self.required.iter())
            .filter(|(name, value)| name.as_str() != "email" && !value.trim().is_empty())
            .map(|(name, value)| AttributeType {
                name: name.clone(),
                value: value.trim().into(),
            });
        email.into_iter().chain(required).collect()
    }

    /// Rows for the attributes Cognito named missing, kept as the person types into them.
    pub fn ask_for(&mut self, names: Vec<String>) {
        for name in names {
            self.required.entry(name).or_default();
        }
    }

    /// My attributes as read: the edits start from them, unless these were read before.
    pub fn read(&mut self, attributes: &[AttributeType]) {
        if self.read.as_slice() != attributes {
            self.read = attributes.to_vec();
            self.edits = (attributes.iter())
                .map(|a| (a.name.clone(), a.value.clone()))
                .collect();
        }
    }

    /// The attributes whose value was changed, to save.
    pub fn changed(&self) -> Vec<AttributeType> {
        (self.read.iter())
            .filter(|a| is_editable(&a.name))
            .filter_map(|a| {
                let edited = self.edits.get(&a.name)?.trim();
                (edited != a.value).then(|| AttributeType {
                    name: a.name.clone(),
                    value: edited.into(),
                })
            })
            .collect()
    }
}

pub fn is_editable(name: &str) -> bool {
    !READ_ONLY.contains(&name) && !name.starts_with("cognito:")
}

/// Whether `attributes` say `name` (`email`, `phone_number`) waits for verification.
pub fn unverified(attributes: &[AttributeType], name: &str) -> bool {
    let flag = format!("{name}_verified");
    attributes.iter().any(|a| a.name == name)
        && !attributes
            .iter()
            .any(|a| a.name == flag && a.value == "true")
}
