//! The steps Cognito can ask for between InitiateAuth and the tokens, read from its answer
//! into something a form can show (cognito-protocol.md §2.2, §3), and the person's answers.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use secrecy::SecretString;

use crate::cognito::oauth::percent_encode;
use crate::cognito::{ChallengeChoice, ChallengeName, Password, SessionToken};
use crate::messages::Message;

use super::failure::Failure;

/// Cognito's default time to answer a challenge (AuthSessionValidity, 3 to 15 minutes).
pub const SESSION_LIFETIME: Duration = Duration::from_secs(3 * 60);

/// A challenge waiting for the person's answer.
#[derive(Debug, Clone)]
pub struct Challenge {
    pub name: ChallengeName,
    pub kind: ChallengeKind,
    /// Every parameter as text (lists and objects as their JSON).
    pub parameters: BTreeMap<String, String>,
    pub session: Option<SessionToken>,
    /// USER_AUTH's AvailableChallenges, as Cognito sent them.
    pub available: Vec<ChallengeChoice>,
    /// When the challenge arrived: its session runs out [`SESSION_LIFETIME`] later.
    pub received_at: SystemTime,
    /// What went wrong with the last answer (a wrong code, a refused password), if anything.
    pub problem: Option<Failure>,
}

impl Challenge {
    pub fn expires_at(&self) -> SystemTime {
        self.received_at + SESSION_LIFETIME
    }

    /// Seconds left to answer, 0 once the session has run out.
    pub fn seconds_left(&self, now: SystemTime) -> u64 {
        self.expires_at()
            .duration_since(now)
            .map_or(0, |d| d.as_secs())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChallengeKind {
    /// A temporary password must be replaced; `required` attributes must be given too.
    NewPassword {
        required: Vec<String>,
        attributes: BTreeMap<String, String>,
    },
    /// A one-time code: from an authenticator app, a text message or an e-mail.
    Code(CodeChallenge),
    SelectMfa {
        choices: Vec<ChallengeChoice>,
    },
    /// The user must set up an authenticator app before signing in.
    MfaSetup {
        can_setup: Vec<ChallengeChoice>,
        totp: Option<TotpSetup>,
    },
    /// A Lambda-defined question; its parameters say what is asked.
    Custom,
    /// USER_AUTH's menu of ways to sign in.
    SelectChallenge {
        choices: Vec<ChallengeChoice>,
    },
    /// Known to Cognito, not answerable by this app; the text says why.
    Unsupported {
        reason: &'static str,
    },
    /// Not known to this version: answered with hand-written response keys.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeChallenge {
    /// The ChallengeResponses key the code goes in.
    pub response_key: &'static str,
    /// Where the code comes from.
    pub source: CodeSource,
    pub destination: Option<String>,
}

/// Where a one-time code comes from: the form words its question by it, and an
/// authenticator app's code is asked for differently from one that was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeSource {
    AuthenticatorApp,
    TextMessage,
    Email,
}

impl CodeSource {
    /// Its name in the catalogues' selectors (`$medium`: app, sms, email).
    pub fn medium(self) -> &'static str {
        match self {
            Self::AuthenticatorApp => "app",
            Self::TextMessage => "sms",
            Self::Email => "email",
        }
    }

    /// The words for it in "the code from the …" (English, for the command line).
    pub fn label(self) -> &'static str {
        match self {
            Self::AuthenticatorApp => "authenticator app",
            Self::TextMessage => "text message",
            Self::Email => "e-mail",
        }
    }
}

impl CodeChallenge {
    /// What the form asks: "Enter the code from the text message sent to +1***0100."
    pub fn prompt(&self) -> Message {
        let asked = match &self.destination {
            Some(to) => Message::new("challenge-code-sent-to").with("to", to.as_str()),
            None => Message::new("challenge-code-from"),
        };
        asked.with("medium", self.source.medium())
    }
}

/// The authenticator-app secret from AssociateSoftwareToken and the otpauth URI for the QR code.
#[derive(Debug, Clone)]
pub struct TotpSetup {
    pub secret: SecretString,
    pub uri: SecretString,
}

impl PartialEq for TotpSetup {
    fn eq(&self, other: &Self) -> bool {
        use secrecy::ExposeSecret as _;
        self.uri.expose_secret() == other.uri.expose_secret()
    }
}

impl Eq for TotpSetup {}

/// The person's answer to the challenge on screen.
#[derive(Debug, Clone)]
pub enum Answer {
    NewPassword {
        password: Password,
        /// Attribute names without the `userAttributes.` prefix.
        attributes: Vec<(String, String)>,
    },
    /// A one-time code, also the first code of an authenticator being set up.
    Code(SecretString),
    /// A choice from SELECT_MFA_TYPE or SELECT_CHALLENGE.
    Choose(ChallengeChoice),
    /// The answer to a CUSTOM_CHALLENGE.
    Custom(SecretString),
    /// Response keys typed by hand for a challenge this app does not know.
    Generic(Vec<(String, SecretString)>),
}

impl Challenge {
    /// The form's heading: what is asked, with Cognito's name of the challenge.
    pub fn title(&self) -> Message {
        let key = match &self.kind {
            ChallengeKind::NewPassword { .. } => "challenge-title-new-password",
            ChallengeKind::Code(CodeChallenge {
                source: CodeSource::AuthenticatorApp,
                ..
            }) => "challenge-title-authenticator",
            ChallengeKind::Code(_) => "challenge-title-code-sent",
            ChallengeKind::SelectMfa { .. } => "challenge-title-select-mfa",
            ChallengeKind::SelectChallenge { .. } => "challenge-title-select-challenge",
            ChallengeKind::MfaSetup { .. } => "challenge-title-mfa-setup",
            ChallengeKind::Custom => "challenge-title-custom",
            ChallengeKind::Unsupported { .. } | ChallengeKind::Other => "challenge-title-other",
        };
        Message::new(key).with("name", self.name.to_string())
    }

    /// Why this app cannot answer an `Unsupported` challenge, in the person's language (the
    /// kind's `reason` is the English, for the command line).
    pub fn unsupported_why(&self) -> Option<Message> {
        match (&self.kind, &self.name) {
            (ChallengeKind::Unsupported { .. }, ChallengeName::WebAuthn) => {
                Some(Message::new("challenge-unsupported-webauthn"))
            }
            (ChallengeKind::Unsupported { .. }, ChallengeName::DeviceSrpAuth) => {
                Some(Message::new("challenge-unsupported-device-srp"))
            }
            _ => None,
        }
    }
}

impl ChallengeKind {
    pub fn from_parameters(
        name: &ChallengeName,
        parameters: &BTreeMap<String, serde_json::Value>,
        available: &[ChallengeChoice],
    ) -> Self {
        let text = |key: &str| parameters.get(key).map(value_text);
        let list = |key: &str| parameters.get(key).map(value_list).unwrap_or_default();
        let choices = |key: &str| {
            list(key)
                .iter()
                .map(|c| ChallengeChoice::parse(c))
                .collect()
        };
        let code = |response_key, source| {
            Self::Code(CodeChallenge {
                response_key,
                source,
                destination: text("CODE_DELIVERY_DESTINATION"),
            })
        };
        match name {
            ChallengeName::NewPasswordRequired => Self::NewPassword {
                required: list("requiredAttributes")
                    .into_iter()
                    .map(|a| a.trim_start_matches("userAttributes.").to_owned())
                    .collect(),
                attributes: text("userAttributes")
                    .and_then(|t| {
                        serde_json::from_str::<BTreeMap<String, serde_json::Value>>(&t).ok()
                    })
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), value_text(v))).collect())
                    .unwrap_or_default(),
            },
            // Each code's ChallengeResponses key (§3): a parameter's name, not a choice.
            ChallengeName::SoftwareTokenMfa => {
                code("SOFTWARE_TOKEN_MFA_CODE", CodeSource::AuthenticatorApp)
            }
            ChallengeName::SmsMfa => code("SMS_MFA_CODE", CodeSource::TextMessage),
            ChallengeName::SmsOtp => code("SMS_OTP_CODE", CodeSource::TextMessage),
            ChallengeName::EmailOtp => code("EMAIL_OTP_CODE", CodeSource::Email),
            ChallengeName::SelectMfaType => Self::SelectMfa {
                choices: choices("MFAS_CAN_CHOOSE"),
            },
            ChallengeName::MfaSetup => Self::MfaSetup {
                can_setup: choices("MFAS_CAN_SETUP"),
                totp: None,
            },
            ChallengeName::CustomChallenge => Self::Custom,
            ChallengeName::SelectChallenge => Self::SelectChallenge {
                choices: available.to_vec(),
            },
            ChallengeName::WebAuthn => Self::Unsupported {
                reason: "Passkeys (WEB_AUTHN) are not supported in this app yet. Start over and choose another way to sign in, such as the password.",
            },
            ChallengeName::DeviceSrpAuth => Self::Unsupported {
                reason: "Remembered-device sign-in (DEVICE_SRP_AUTH) is not supported in this app yet. Ask an administrator to turn off device tracking for this app client, or forget the device.",
            },
            _ => Self::Other,
        }
    }

    /// Whether an authenticator app (TOTP) can be set up for an MFA_SETUP challenge. Cognito
    /// lists what can be set up; an empty or unreadable list is taken to allow TOTP, the one
    /// method that needs no attribute.
    pub fn can_set_up_totp(&self) -> bool {
        match self {
            Self::MfaSetup { can_setup, .. } => {
                can_setup.is_empty() || can_setup.contains(&ChallengeChoice::SoftwareTokenMfa)
            }
            _ => false,
        }
    }
}

/// A parameter's text: strings as they are, anything else as JSON.
pub fn value_text(value: &serde_json::Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}

/// A list parameter: Cognito sends a JSON array inside a string; moto sends a Python list's
/// text.
fn value_list(value: &serde_json::Value) -> Vec<String> {
    let parsed;
    let array = match value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::String(text) => match serde_json::from_str(text) {
            Ok(serde_json::Value::Array(items)) => {
                parsed = items;
                &parsed
            }
            // moto sends Python's repr of a list: "['SOFTWARE_TOKEN_MFA']".
            _ => {
                return text
                    .trim()
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .split(',')
                    .map(|item| item.trim().trim_matches(['\'', '"']))
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
        },
        _ => return Vec::new(),
    };
    array.iter().map(value_text).collect()
}

/// A code as pasted: spaces and dashes dropped ("123 456", "123-456"), nothing else changed.
pub fn clean_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Who the authenticator app's entry says it is for: the app, not the raw pool ID (which
/// told a tester nothing among their other entries).
pub const AUTHENTICATOR_ISSUER: &str = "Cognito Login";

impl TotpSetup {
    /// How the authenticator app lists this entry, read back from the URI the QR code holds:
    /// (issuer, account), e.g. ("Cognito Login", "alice").
    pub fn entry(&self) -> Option<(String, String)> {
        use secrecy::ExposeSecret as _;
        let uri = self.uri.expose_secret();
        let label = uri.strip_prefix("otpauth://totp/")?.split('?').next()?;
        let (issuer, account) = label.split_once(':')?;
        Some((percent_decode(issuer)?, percent_decode(account)?))
    }
}

/// The `otpauth://` URI authenticator apps read from a QR code. The label names the issuer
/// and the user so the entry in the app can be told apart from others.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &str) -> String {
    let issuer = percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}",
        percent_encode(account),
        percent_encode(secret)
    )
}

/// The reverse of `percent_encode`; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = tail.get(2..)?;
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
#[path = "challenge_tests.rs"]
mod tests;
