//! One type per kind of secret, so the compiler refuses a password where a refresh token goes
//! (issue 15): each wraps `secrecy::SecretString`, which zeroizes its memory when dropped and
//! prints nothing of it in `Debug`; these print their kind and `[REDACTED]`, nothing else.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// Declares a secret kind. A macro because the kinds differ only in name and meaning; a
/// generic `Secret<Kind>` would read worse at every use and in every `Debug`.
macro_rules! secret_kind {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            pub fn new(value: impl Into<String>) -> Self {
                Self(SecretString::from(value.into()))
            }

            /// Nothing typed, or only white space.
            pub fn is_blank(&self) -> bool {
                self.0.expose_secret().trim().is_empty()
            }

            /// The secret without its kind, for what treats secrets of every kind alike (the
            /// tokens by kind, a request's parameter list).
            pub fn as_secret(&self) -> &SecretString {
                &self.0
            }
        }

        impl ExposeSecret<str> for $name {
            fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }

        impl From<SecretString> for $name {
            fn from(secret: SecretString) -> Self {
                Self(secret)
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self(SecretString::from(value))
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(SecretString::from(value))
            }
        }

        impl From<$name> for SecretString {
            fn from(secret: $name) -> Self {
                secret.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new(String::new())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "([REDACTED])"))
            }
        }
    };
}

secret_kind! {
    /// The person's password: typed into the form or read from a terminal, never stored.
    Password
}

secret_kind! {
    /// An app client's secret: the key of SECRET_HASH (cognito-protocol.md §4).
    ClientSecret
}

secret_kind! {
    /// A refresh token: a new ID and access token for up to its lifetime (30 days by default).
    RefreshToken
}

secret_kind! {
    /// The `Session` string Cognito hands back with a challenge: whoever holds it may answer it.
    SessionToken
}

secret_kind! {
    /// PKCE's `code_verifier` (RFC 7636): whoever holds it with the code gets the tokens.
    CodeVerifier
}

secret_kind! {
    /// The `code` of a managed-login redirect: single-use, worth tokens with the verifier.
    AuthorizationCode
}

secret_kind! {
    /// A one-time code Cognito sent by e-mail or SMS: to confirm an account, to reset a
    /// password, to verify an attribute. Whoever holds it may do that in the person's place.
    ConfirmationCode
}

secret_kind! {
    /// The secret half of temporary AWS credentials from an identity pool (its `SecretKey`,
    /// cognito-protocol.md §8): whoever holds it with the key ID acts as the signed-in person.
    AwsSecretAccessKey
}

secret_kind! {
    /// The session token of temporary AWS credentials: needed with the key on every AWS call.
    AwsSessionToken
}

secret_kind! {
    /// A remembered device's own password (base64 of 40 random bytes, device_srp.rs): made once
    /// at ConfirmDevice, kept in the keychain, never sent; whoever holds it with the device's
    /// keys signs in as that device, without MFA.
    DevicePassword
}

#[cfg(test)]
#[path = "secrets_tests.rs"]
mod tests;
