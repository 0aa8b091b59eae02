//! What the person asked for below the form (the token panel, a challenge, a failure): one
//! vocabulary for every view there, handled by the app (requests.rs).

use zeroize::Zeroizing;

use crate::cognito::DeviceKey;
use crate::signin::self_service::Screen;
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
    /// The answer to "Remember this computer?" (issue 19).
    RememberDevice(bool),
    /// The self-service screens (issue 19): open one, leave it, or send what it asks.
    Desk(DeskAsk),
}

/// What a self-service screen asks for. The typed values are in the app's `DeskInputs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskAsk {
    Open(Screen),
    Close,
    SignUp,
    Confirm,
    /// Another sign-up code.
    Resend,
    /// A code to choose a new password with (again, from the new-password screen).
    Forgot,
    /// The reset code and the new password.
    Reset,
    ChangePassword,
    ReadAttributes,
    SaveAttributes,
    /// A code to verify this attribute.
    SendVerificationCode(String),
    Verify(String),
    /// This user's devices, as Cognito lists them.
    ListDevices,
    /// Cognito stops tracking this device (ForgetDevice).
    ForgetDevice(DeviceKey),
    /// This computer's remembered device is forgotten here only (the keychain).
    ForgetThisComputer,
}
