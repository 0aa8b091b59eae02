//! What the person asked for below the form (the token panel, a challenge, a failure): one
//! vocabulary for every view there, handled by the app (requests.rs).

use zeroize::Zeroizing;

use crate::signin::{Answer, TokenKind};
use crate::workbench::AwsExport;

/// What the person asked for below the form.
pub enum Request {
    Copy(TokenKind),
    CopyClaims(TokenKind),
    /// Text for the clipboard as it is (the authenticator key), through the handover so it is
    /// kept out of clipboard history and taken back like a token.
    CopyText(Zeroizing<String>),
    SavePostman,
    SignOut,
    SignOutEverywhere,
    WhoAmI,
    StartOver,
    Answer(Answer),
    Refresh,
    AutoRefresh(bool),
    RememberRefresh(bool),
    /// The preset, curl URL or clipboard clearing changed: remember them.
    ChoicesChanged,
    /// The person said yes to sending the password itself to this server, for this profile.
    SendPasswordTo(String),
    /// Open this address in the system browser (managed login's page, once more).
    OpenBrowser(String),
    /// Stop waiting (for the browser).
    Cancel,
    /// AWS credentials from the identity pool typed in the panel (saved with the profile).
    GetAwsCredentials,
    /// The AWS credentials got, copied in this form.
    CopyAws(AwsExport),
}
