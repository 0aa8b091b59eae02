//! What the person asked for below the form (the token panel, a challenge, a failure): one
//! vocabulary for every view there, handled by the app (requests.rs).

use crate::signin::{Answer, TokenKind};

/// What the person asked for below the form.
pub enum Request {
    Copy(TokenKind),
    CopyClaims(TokenKind),
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
}
