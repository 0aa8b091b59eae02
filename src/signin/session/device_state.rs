//! Where this computer's remembered device stands with a sign-in (issue 19): its own file, as
//! the signed-in state holds it and device.rs moves it on.

use crate::cognito::DeviceKey;
use crate::signin::failure::Failure;

/// Where this computer's device stands with this sign-in, on [`super::SignedIn::device`].
#[derive(Debug, Clone)]
pub enum DeviceState {
    /// The kept device's key went with the sign-in (and its refreshes).
    Sent,
    /// The kept device proved itself (DEVICE_PASSWORD_VERIFIER): Cognito skipped MFA.
    Proven,
    /// ConfirmDevice is out for the device Cognito started tracking.
    Confirming,
    /// The pool leaves it to the user: "Remember this computer?" waits for an answer.
    Asking(DeviceKey),
    /// UpdateDeviceStatus is out with the answer.
    Saving,
    /// Remembered: later sign-ins from here skip MFA.
    Remembered,
    /// Tracked, not remembered: MFA is asked as before.
    NotRemembered,
    /// Forgotten here; ForgetDevice is out or done (`--device forget`).
    Forgetting,
    Forgotten,
    Failed(Failure),
}
