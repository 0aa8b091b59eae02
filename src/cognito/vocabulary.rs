//! Cognito's words, as types: the InitiateAuth flows, the challenge names and the choices a
//! choice-based sign-in offers, and the two IDs every call carries. Each is spelled once, here,
//! exactly as Cognito spells it (cognito-protocol.md §2.1–§2.3, §3); the layers above compare
//! these, never strings, so a typo is a compile error rather than a challenge never answered.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A user attribute, `{Name, Value}` (`email`, `phone_number`, `custom:team`…), as GetUser
/// lists them and SignUp and UpdateUserAttributes take them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct AttributeType {
    pub name: String,
    #[serde(default)]
    pub value: String,
}

/// Declares a closed set of Cognito names plus `Other` for what a newer Cognito may send:
/// a server's answer is untrusted and may name something this build has never heard of.
/// Written as a macro because the three vocabularies below need the same impls.
macro_rules! cognito_names {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
            /// A name this build does not know, kept as Cognito sent it.
            Other(String),
        }

        impl $name {
            /// Every name this build knows, in the order Cognito's documentation lists them.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant,)+];

            /// The name as Cognito spells it on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Other(name) => name,
                }
            }

            /// The name of a variant this build knows, for a field that holds a name without
            /// owning it (`&'static str`); `None` for `Other`.
            pub fn known_name(&self) -> Option<&'static str> {
                match self {
                    $(Self::$variant => Some($wire),)+
                    Self::Other(_) => None,
                }
            }

            /// Reads a name from the wire (or a settings file); unknown names are kept.
            pub fn parse(name: &str) -> Self {
                match name {
                    $($wire => Self::$variant,)+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(name: &str) -> Self {
                Self::parse(name)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        /// On the wire as Cognito's name, a plain JSON string.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

cognito_names! {
    /// InitiateAuth's `AuthFlow` (cognito-protocol.md §2.1).
    AuthFlow {
        /// SRP: the password never leaves the machine.
        UserSrp = "USER_SRP_AUTH",
        /// The password sent over TLS; the app client must allow ALLOW_USER_PASSWORD_AUTH.
        UserPassword = "USER_PASSWORD_AUTH",
        /// Choice-based sign-in: the pool offers password, SRP, one-time codes or a passkey.
        UserAuth = "USER_AUTH",
        /// A new ID and access token from a refresh token.
        RefreshToken = "REFRESH_TOKEN_AUTH",
    }
}

cognito_names! {
    /// The `ChallengeName` of an InitiateAuth or RespondToAuthChallenge answer (§3).
    ChallengeName {
        NewPasswordRequired = "NEW_PASSWORD_REQUIRED",
        SmsMfa = "SMS_MFA",
        SoftwareTokenMfa = "SOFTWARE_TOKEN_MFA",
        EmailOtp = "EMAIL_OTP",
        SmsOtp = "SMS_OTP",
        SelectMfaType = "SELECT_MFA_TYPE",
        MfaSetup = "MFA_SETUP",
        PasswordVerifier = "PASSWORD_VERIFIER",
        CustomChallenge = "CUSTOM_CHALLENGE",
        SelectChallenge = "SELECT_CHALLENGE",
        WebAuthn = "WEB_AUTHN",
        DeviceSrpAuth = "DEVICE_SRP_AUTH",
        DevicePasswordVerifier = "DEVICE_PASSWORD_VERIFIER",
    }
}

cognito_names! {
    /// What a person may pick: USER_AUTH's `AvailableChallenges` and `PREFERRED_CHALLENGE`
    /// (answered in SELECT_CHALLENGE's `ANSWER`), and SELECT_MFA_TYPE's second factors (§2.3).
    ChallengeChoice {
        Password = "PASSWORD",
        PasswordSrp = "PASSWORD_SRP",
        EmailOtp = "EMAIL_OTP",
        SmsOtp = "SMS_OTP",
        WebAuthn = "WEB_AUTHN",
        SmsMfa = "SMS_MFA",
        SoftwareTokenMfa = "SOFTWARE_TOKEN_MFA",
    }
}

impl ChallengeChoice {
    /// The choices that are answered with the password (SRP or sent as is), rather than a code
    /// or a passkey: a sign-in picking one of them needs the password field filled.
    pub fn is_a_password(&self) -> bool {
        matches!(self, Self::Password | Self::PasswordSrp)
    }
}

/// Declares an ID newtype: text Cognito hands out, kept as typed (the checks of its shape
/// live with the endpoint, which reports them in words).
macro_rules! cognito_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Nothing but white space: not given.
            pub fn is_blank(&self) -> bool {
                self.0.trim().is_empty()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// Read as text wherever it is shown, compared or hashed; only the way in is typed,
        /// so a field that wants this ID cannot be handed some other string by mistake.
        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

cognito_id! {
    /// An app client's ID (`ClientId`, 1–128 characters of `[\w+]`).
    ClientId
}

cognito_id! {
    /// A user pool's ID, `<region>_<name>` (`UserPoolId`): its name is what SRP signs with; its
    /// region, checked against the partitions, is `endpoint::pool_region`'s to read.
    PoolId
}

impl PoolId {
    /// The part after the first `_`, which SRP signs with.
    pub fn name(&self) -> Option<&str> {
        self.0
            .split_once('_')
            .map(|(_, name)| name)
            .filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
#[path = "vocabulary_tests.rs"]
mod tests;
