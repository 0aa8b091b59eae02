//! How a profile gets its tokens (issue 17): with a username and password through InitiateAuth
//! (the app's first way), in the system browser through the pool's managed login, or as a
//! machine with the app client's own secret (client credentials).

use serde::{Deserialize, Serialize};

use crate::messages::Message;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignInKind {
    /// Username and password in this app (InitiateAuth and its challenges).
    #[default]
    Password,
    /// Managed login (the hosted UI) in the system browser: authorization code with PKCE.
    Browser,
    /// Machine-to-machine: an access token for the app client itself.
    ClientCredentials,
}

impl SignInKind {
    pub const ALL: [Self; 3] = [Self::Password, Self::Browser, Self::ClientCredentials];

    /// The name in the window's picker, in English (what en/form.ftl says; the English tests
    /// find the picker's entries by it).
    pub fn label(self) -> &'static str {
        match self {
            Self::Password => "Username and password",
            Self::Browser => "Managed login in the browser",
            Self::ClientCredentials => "Client credentials (machine to machine)",
        }
    }

    /// The name in the window's picker, in the person's language.
    pub fn message(self) -> Message {
        Message::new(match self {
            Self::Password => "form-kind-password",
            Self::Browser => "form-kind-browser",
            Self::ClientCredentials => "form-kind-client-credentials",
        })
    }

    /// The name in a profile file (`kind = "…"`).
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::Browser => "browser",
            Self::ClientCredentials => "client-credentials",
        }
    }

    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.file_name() == name)
    }

    /// Whether this kind goes through the pool's domain (the OAuth 2.0 endpoints).
    pub fn uses_domain(self) -> bool {
        self != Self::Password
    }

    pub fn is_default(&self) -> bool {
        *self == Self::Password
    }
}

/// What managed login and client credentials need beyond the app client: the pool's domain
/// and, for the browser, where it comes back to. Empty texts are as typed (not given).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ManagedLogin {
    /// The user pool's domain: `https://<prefix>.auth.<region>.amazoncognito.com`, a custom
    /// domain, or an emulator's address.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub domain: String,
    /// The callback URL registered on the app client (a loopback address this app listens on).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub callback_url: String,
    /// The scopes asked for; empty means the kind's default (`openid email profile` for the
    /// browser; client credentials need the person's own `resource-server/scope` names).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    /// An identity provider to go to directly (Google, a SAML or OIDC provider's name),
    /// skipping Cognito's own page.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub identity_provider: String,
    /// The managed login page's language (`lang`), e.g. `ja`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lang: String,
    /// A sign-out URL registered on the app client: with it, Sign out also ends the browser's
    /// session at the domain (`/logout`), so the next browser sign-in asks for the password.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sign_out_url: String,
}

/// The browser's scopes when none are given: what an ID token with the person's name and
/// e-mail needs (cognito-protocol.md §7: `email` and `profile` need `openid`).
pub const DEFAULT_BROWSER_SCOPES: &[&str] = &["openid", "email", "profile"];

impl ManagedLogin {
    /// The same with blanks taken off each text and empty scopes dropped, as it is saved.
    pub fn trimmed(&self) -> Self {
        let trim = |text: &str| text.trim().to_owned();
        Self {
            domain: trim(&self.domain),
            callback_url: trim(&self.callback_url),
            scopes: split_scopes(&self.scopes.join(" ")),
            identity_provider: trim(&self.identity_provider),
            lang: trim(&self.lang),
            sign_out_url: trim(&self.sign_out_url),
        }
    }

    /// The callback URL as typed, or the default one when none is (the one the app listens
    /// on, and the one Cognito must have registered).
    pub fn callback_or_default(&self) -> &str {
        match self.callback_url.trim() {
            "" => crate::cognito::loopback::DEFAULT_CALLBACK,
            typed => typed,
        }
    }

    /// The scopes to ask for with `kind`: the ones given, else the browser's default.
    pub fn scopes_for(&self, kind: SignInKind) -> Vec<String> {
        let given = split_scopes(&self.scopes.join(" "));
        if given.is_empty() && kind == SignInKind::Browser {
            return DEFAULT_BROWSER_SCOPES
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
        }
        given
    }
}

/// Scopes as typed, separated by blanks or commas, each once, in order.
pub fn split_scopes(text: &str) -> Vec<String> {
    let mut scopes: Vec<String> = Vec::new();
    for scope in text.split(|c: char| c.is_whitespace() || c == ',') {
        if !scope.is_empty() && !scopes.iter().any(|s| s == scope) {
            scopes.push(scope.to_owned());
        }
    }
    scopes
}

/// RFC 6749 §3.3: a scope is printable ASCII without blanks, `"` or `\`.
pub fn is_scope(scope: &str) -> bool {
    !scope.is_empty()
        && scope.len() <= 256
        && scope
            .bytes()
            .all(|b| (0x21..=0x7e).contains(&b) && b != b'"' && b != b'\\')
}

#[cfg(test)]
#[path = "kind_tests.rs"]
mod tests;
