//! Remembered devices (issue 19), the wire half: the names Cognito gives a device, and the four
//! device calls (ConfirmDevice, UpdateDeviceStatus, ListDevices, ForgetDevice), each an
//! unsigned JSON 1.1 call that carries the signed-in person's access token
//! (../shared/docs/cognito-protocol.md §1.3, next-wave.md "Devices").
//!
//! The conversation, for whoever drives it (the sign-in session):
//! 1. A sign-in without DEVICE_KEY ends with `AuthenticationResult::new_device()`: a
//!    [`NewDeviceMetadata`].
//! 2. `device_srp::new_device_verifier` makes the device's random password and the verifier;
//!    [`ConfirmDeviceRequest`] sends the verifier. The password is kept (keychain), never sent.
//! 3. `Reply::DeviceConfirmed { user_confirmation_necessary: true }`: ask the person, then
//!    [`UpdateDeviceStatusRequest`] with their answer.
//! 4. Later sign-ins add DEVICE_KEY (`InitiateAuthRequest::with_device_key`) and answer
//!    DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER with `device_srp::DeviceSrp`.
//! 5. [`ListDevicesRequest`] and [`ForgetDeviceRequest`] for "This user's devices".
//!
//! What Cognito answers to these calls is read and checked in device_answer.rs.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// The model's DeviceKeyType: at most 55 characters.
const LONGEST_DEVICE_KEY: usize = 55;
/// The model leaves DeviceGroupKey unbounded; Cognito's are short (`-Xyz12AbC`). The same bound
/// as a DeviceKey, since both are hashed into the device's SRP and stored in the keychain.
const LONGEST_DEVICE_GROUP_KEY: usize = 55;
/// The most devices ListDevices returns in one page (the model's QueryLimitType for devices).
pub const MOST_DEVICES_PER_PAGE: u32 = 60;

/// Why a device's name from a server or the keychain was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceShapeError(&'static str);

impl fmt::Display for DeviceShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for DeviceShapeError {}

/// A device's key, `<region>_<uuid>` (`eu-west-1_2f1d9a3c-…`). Shape-checked as the model's
/// DeviceKeyType says, `^[\w-]+_[0-9a-f-]+$`, 1..55 characters: it comes from a server and from
/// the keychain, and goes into a window, a terminal and the device's SRP.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct DeviceKey(String);

impl DeviceKey {
    pub fn parse(key: &str) -> Result<Self, DeviceShapeError> {
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        let shaped = key.len() <= LONGEST_DEVICE_KEY
            && key.rsplit_once('_').is_some_and(|(region, id)| {
                !region.is_empty()
                    && region.bytes().all(word)
                    && !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f' | b'-'))
            });
        if shaped {
            Ok(Self(key.to_owned()))
        } else {
            Err(DeviceShapeError(
                "the DeviceKey is not shaped like Cognito's (<region>_<id>, at most 55 characters)",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A key of any shape: protocol Vector 3 names its device `mock-device-key`.
    #[cfg(test)]
    pub(crate) fn unchecked(key: &str) -> Self {
        Self(key.to_owned())
    }
}

impl fmt::Display for DeviceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The group a user's devices share (`DeviceGroupKey`), the "pool name" of device SRP. The model
/// gives it no pattern, so only what would do harm is refused: empty, longer than 55, or a
/// control character (it is stored in the keychain and may be shown while debugging).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct DeviceGroupKey(String);

impl DeviceGroupKey {
    pub fn parse(key: &str) -> Result<Self, DeviceShapeError> {
        if key.is_empty()
            || key.chars().count() > LONGEST_DEVICE_GROUP_KEY
            || key.chars().any(char::is_control)
        {
            return Err(DeviceShapeError(
                "the DeviceGroupKey is empty, longer than 55 characters or has control characters",
            ));
        }
        Ok(Self(key.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `NewDeviceMetadata` of an AuthenticationResult: Cognito tracks this computer from now on, if
/// the app confirms it (ConfirmDevice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDeviceMetadata {
    pub device_key: DeviceKey,
    pub device_group_key: DeviceGroupKey,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetadataBody {
    device_key: String,
    device_group_key: String,
}

impl NewDeviceMetadata {
    /// Reads `NewDeviceMetadata` as it came in an AuthenticationResult, or why not.
    pub fn from_answer(value: &serde_json::Value) -> Result<Self, DeviceShapeError> {
        let body = MetadataBody::deserialize(value).map_err(|_| {
            DeviceShapeError("NewDeviceMetadata lacks its DeviceKey or DeviceGroupKey")
        })?;
        Ok(Self {
            device_key: DeviceKey::parse(&body.device_key)?,
            device_group_key: DeviceGroupKey::parse(&body.device_group_key)?,
        })
    }
}

/// Whether a tracked device skips MFA (`remembered`) or not (`not_remembered`, still tracked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceRememberedStatus {
    Remembered,
    NotRemembered,
}

impl DeviceRememberedStatus {
    /// As Cognito spells it, in UpdateDeviceStatus and in `dev:device_remembered_status`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Remembered => "remembered",
            Self::NotRemembered => "not_remembered",
        }
    }

    pub fn parse(status: &str) -> Option<Self> {
        match status {
            "remembered" => Some(Self::Remembered),
            "not_remembered" => Some(Self::NotRemembered),
            _ => None,
        }
    }
}

/// `DeviceSecretVerifierConfig` of ConfirmDevice (protocol §5.3): the device password's SRP
/// verifier and its salt, each base64 of Java-padded bytes. Not secret in the sense a password
/// is (Cognito keeps it), but only ever sent to Cognito.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeviceSecretVerifierConfig {
    pub password_verifier: String,
    pub salt: String,
}

fn expose<S: Serializer>(value: &SecretString, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.expose_secret())
}

/// At most MOST_DEVICES_PER_PAGE and at least 1: Cognito refuses other limits with
/// InvalidParameterException, which would read as the person's fault.
fn page_limit<S: Serializer>(limit: &Option<u32>, serializer: S) -> Result<S::Ok, S::Error> {
    match limit {
        Some(limit) => serializer.serialize_u32((*limit).clamp(1, MOST_DEVICES_PER_PAGE)),
        None => serializer.serialize_none(),
    }
}

/// `ConfirmDevice`: starts tracking the device Cognito named in NewDeviceMetadata.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfirmDeviceRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub device_key: DeviceKey,
    pub device_secret_verifier_config: DeviceSecretVerifierConfig,
    /// What "This user's devices" shows for it (the computer's name); Cognito stores it as the
    /// `device_name` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

/// `UpdateDeviceStatus`: remember the device (MFA is skipped on it) or not.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateDeviceStatusRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub device_key: DeviceKey,
    pub device_remembered_status: DeviceRememberedStatus,
}

/// `ListDevices`: the signed-in user's tracked devices, a page at a time.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListDevicesRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    /// Sent as 1..=60 (MOST_DEVICES_PER_PAGE); Cognito's default when None.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "page_limit")]
    pub limit: Option<u32>,
    /// The previous page's `DeviceList::pagination_token`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination_token: Option<String>,
}

/// `ForgetDevice`: Cognito stops tracking it; its next sign-in is a new device.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ForgetDeviceRequest {
    #[serde(serialize_with = "expose")]
    pub access_token: SecretString,
    pub device_key: DeviceKey,
}

/// The device calls, as one `Operation::Device`.
#[derive(Debug)]
pub enum DeviceOperation {
    Confirm(ConfirmDeviceRequest),
    UpdateStatus(UpdateDeviceStatusRequest),
    List(ListDevicesRequest),
    Forget(ForgetDeviceRequest),
}

impl DeviceOperation {
    /// The operation's name, as in `X-Amz-Target`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Confirm(_) => "ConfirmDevice",
            Self::UpdateStatus(_) => "UpdateDeviceStatus",
            Self::List(_) => "ListDevices",
            Self::Forget(_) => "ForgetDevice",
        }
    }

    /// The JSON body as it goes on the wire, secrets and all: for tests that check requests.
    pub fn wire_body(&self) -> serde_json::Value {
        let body = match self {
            Self::Confirm(b) => serde_json::to_value(b),
            Self::UpdateStatus(b) => serde_json::to_value(b),
            Self::List(b) => serde_json::to_value(b),
            Self::Forget(b) => serde_json::to_value(b),
        };
        body.unwrap_or_default()
    }

    /// Whether a second call would hide what a first one that went through did: a second
    /// ForgetDevice answers ResourceNotFoundException, a second ConfirmDevice may be refused.
    /// These are not sent again after a server fault (retry.rs).
    pub fn changes_the_account(&self) -> bool {
        matches!(self, Self::Confirm(_) | Self::Forget(_))
    }
}

#[cfg(test)]
#[path = "device_tests.rs"]
mod tests;
