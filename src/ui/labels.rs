//! Accessible names of the controls: what a screen reader says and what the UI tests look
//! for. A leaf: every view names its controls from here, and this names nothing else.
//!
//! Moving to the catalogues (issue 20): the title row, the profile bar and the About window
//! take their names from assets/i18n/*.ftl; the English ones below that they replaced
//! (`PROFILE`, `NEW_PROFILE` … `TESTER_VIEW`, `ABOUT`, `ABOUT_PRIVACY`) stay for the tests,
//! which find the English window by them, and must say what en/*.ftl says.

use crate::signin::Target;
use crate::workbench::{AwsExport, TokenKind};

pub const REGION: &str = "Region";
pub const PICK_REGION: &str = "Pick a region";
pub const POOL_ID: &str = "User pool ID";
pub const CLIENT_ID: &str = "App client ID";
pub const CLIENT_SECRET: &str = "Client secret";
pub const USERNAME: &str = "Username";
pub const PASSWORD: &str = "Password";
pub const SHOW_PASSWORD: &str = "Show password";
pub const ADVANCED: &str = "Advanced";
pub const WHERE_IS_THE_POOL: &str = "Where is the pool?";
pub const IN_AN_AWS_REGION: &str = "Amazon Cognito, in an AWS region";
pub const AT_AN_ENDPOINT: &str = "A local emulator or custom endpoint";
pub const ENDPOINT: &str = "Endpoint URL";
pub const PROXY: &str = "Proxy";
pub const TIMEOUT: &str = "Request timeout (seconds)";
pub const SIGN_IN: &str = "Sign in";
pub const SIGN_IN_WITH: &str = "Sign in with";
pub const SIGN_IN_WITH_BROWSER: &str = "Sign in with browser";
pub const GET_TOKEN: &str = "Get token";
pub const DOMAIN: &str = "Domain";
pub const CALLBACK_URL: &str = "Callback URL";
pub const SCOPES: &str = "Scopes";
pub const IDENTITY_PROVIDER: &str = "Identity provider";
pub const SIGN_OUT_URL: &str = "Sign-out URL";
pub const PAGE_LANGUAGE: &str = "Page language";
pub const COPY_ADDRESS: &str = "Copy address";
pub const OPEN_AGAIN: &str = "Open the browser again";
pub const CANCEL: &str = "Cancel";
pub const SIGN_OUT: &str = "Sign out";
pub const START_OVER: &str = "Start over";
pub const COPIED: &str = "Copied";
pub const FLOW: &str = "Sign-in flow";
pub const PREFERRED_CHALLENGE: &str = "Preferred challenge";
pub const CODE: &str = "Code";
pub const CONTINUE: &str = "Continue";
pub const NEW_PASSWORD: &str = "New password";
pub const CONFIRM_PASSWORD: &str = "New password again";
pub const ANSWER: &str = "Answer";
pub const RESPONSE_KEY: &str = "Response key";
pub const RESPONSE_VALUE: &str = "Value";
pub const ADD_RESPONSE_KEY: &str = "Add response key";
pub const QR_CODE: &str = "QR code for the authenticator app";
pub const COPY_KEY: &str = "Copy key";
pub const REFRESH: &str = "Refresh tokens";
pub const AUTO_REFRESH: &str = "Refresh automatically before they expire";
pub const COPY_AS: &str = "Copy as";
pub const CURL_URL: &str = "URL for curl";
pub const SAVE_POSTMAN: &str = "Save Postman environment…";
pub const INCLUDE_REFRESH: &str = "Include the refresh token in the Postman file";
pub const WHO_AM_I: &str = "Who am I";
pub const SIGN_OUT_EVERYWHERE: &str = "Sign out everywhere";
pub const CLEAR_CLIPBOARD: &str = "Clear the clipboard after";
pub const PROFILE: &str = "Profile";
pub const NEW_PROFILE: &str = "New";
pub const RENAME_PROFILE: &str = "Rename";
pub const DUPLICATE_PROFILE: &str = "Duplicate";
pub const DELETE_PROFILE: &str = "Delete";
pub const SEND_PASSWORD: &str = "Send the password to this server";
pub const TRUST_HOST: &str = "Go on: my team runs this server";
pub const DONT_TRUST_HOST: &str = "Don't sign in";
pub const CONFIRM_DELETE: &str = "Yes, delete";
pub const KEEP_IT: &str = "Keep it";
pub const NEW_NAME: &str = "New name";
pub const OK: &str = "OK";
pub const IMPORT_PROFILES: &str = "Import…";
pub const EXPORT_PROFILE: &str = "Export…";
pub const EXPORT_ALL: &str = "Export all…";
pub const IMPORT: &str = "Import";
pub const CANCEL_IMPORT: &str = "Don't import";
pub const REPLACE_SAME_NAME: &str = "Replace profiles with the same name";
pub const TESTER_VIEW: &str = "Tester view";
pub const ABOUT: &str = "About";
pub const ABOUT_PRIVACY: &str = "Passwords, client secrets and tokens never leave this computer except to your Cognito endpoint, and are never written to files.";
pub const REMEMBER_REFRESH: &str = "Keep the refresh token in the system keychain";
pub const RESUME: &str = "Sign in with the saved refresh token";
pub const LEAVE_TESTER_VIEW: &str = "Show everything";
pub const IDENTITY_POOL_ID: &str = "Identity pool ID";
pub const GET_AWS_CREDENTIALS: &str = "Get AWS credentials";
pub const CREATE_ACCOUNT: &str = "Create account";
pub const FORGOT_PASSWORD: &str = "Forgot password?";
pub const CONFIRM_WITH_CODE: &str = "Confirm account with a code";
pub const HAVE_A_CODE: &str = "I already have a code";
pub const CONFIRM_ACCOUNT: &str = "Confirm account";
pub const SEND_CODE_AGAIN: &str = "Send the code again";
pub const SEND_ME_A_CODE: &str = "Send me a code";
pub const SET_NEW_PASSWORD: &str = "Set the new password";
pub const CHOOSE_NEW_PASSWORD: &str = "Choose a new password";
pub const EMAIL: &str = "E-mail";
pub const CHANGE_PASSWORD: &str = "Change password";
pub const CURRENT_PASSWORD: &str = "Current password";
pub const MY_ATTRIBUTES: &str = "My attributes";
pub const SAVE_ATTRIBUTES: &str = "Save changes";
pub const VERIFY: &str = "Verify";
pub const BACK: &str = "Back";
pub const READ_AGAIN: &str = "Try again";
pub const REMEMBER_THIS_COMPUTER: &str = "Remember this computer?";
pub const REMEMBER_IT: &str = "Remember this computer";
pub const DONT_REMEMBER_IT: &str = "Don't remember it";
pub const USERS_DEVICES: &str = "This user's devices";
pub const FORGET_THIS_COMPUTER: &str = "Forget this computer";

/// The Forget button of one device in This user's devices, by the name the list shows.
pub fn forget_device(shown: &str) -> String {
    format!("Forget {shown}")
}

/// The button beside an unverified e-mail or phone number in My attributes.
pub fn verify(attribute: &str) -> String {
    match attribute {
        "email" => "Verify e-mail".into(),
        "phone_number" => "Verify phone number".into(),
        other => format!("Verify {other}"),
    }
}

pub fn copy_aws(form: AwsExport) -> &'static str {
    match form {
        AwsExport::Shell => "Copy export lines",
        AwsExport::PowerShell => "Copy PowerShell lines",
        AwsExport::CredentialsFile => "Copy ~/.aws/credentials block",
        AwsExport::CredentialProcess => "Copy credential_process JSON",
    }
}

pub fn details(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Id => "ID token details",
        TokenKind::Access => "Access token details",
        TokenKind::Refresh => "Refresh token details",
    }
}

pub fn copy_claims(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Id => "Copy ID token claims",
        TokenKind::Access => "Copy access token claims",
        TokenKind::Refresh => "Copy refresh token claims",
    }
}

pub fn copy(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Id => "Copy ID token",
        TokenKind::Access => "Copy access token",
        TokenKind::Refresh => "Copy refresh token",
    }
}

/// How the window names where a sign-in goes: the user pool ID, else the region, else the
/// endpoint (the first given, trimmed); the same in the title, the form's summary and an
/// import's preview.
pub fn place(target: &Target) -> Option<&str> {
    [&target.pool_id, &target.region, &target.endpoint]
        .into_iter()
        .map(|text| text.trim())
        .find(|p| !p.is_empty())
}
