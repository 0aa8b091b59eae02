//! What Cognito answers to the device calls (device.rs), checked before anyone sees it: a
//! device's name and dates are shown in "This user's devices" and in a terminal, so a server's
//! text with control characters or an absurd length is refused, as self_service_answer.rs does.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::device::{DeviceKey, DeviceRememberedStatus, MOST_DEVICES_PER_PAGE};
use super::error::CognitoError;
use super::vocabulary::AttributeType;

/// A computer's name is far shorter; a longer one would only push the window's columns about.
const LONGEST_DEVICE_NAME: usize = 256;
/// The model's SearchPaginationTokenType is unbounded; Cognito's are a few hundred bytes.
const LONGEST_PAGINATION_TOKEN: usize = 2048;
/// Cognito sets a handful of attributes per device (name, status, last IP…).
const MOST_DEVICE_ATTRIBUTES: usize = 32;
/// An attribute value Cognito sets (an IP address, a status) is short; a name is bounded above.
const LONGEST_ATTRIBUTE_VALUE: usize = LONGEST_DEVICE_NAME;

/// One tracked device, as ListDevices tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub key: DeviceKey,
    /// `device_name`, as given at ConfirmDevice; None when it has none.
    pub name: Option<String>,
    pub created: Option<DateTime<Utc>>,
    pub last_authenticated: Option<DateTime<Utc>>,
    pub last_modified: Option<DateTime<Utc>>,
    /// `dev:device_remembered_status`; None when not said (never updated) or unknown.
    pub remembered: Option<DeviceRememberedStatus>,
}

/// A page of ListDevices.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeviceList {
    pub devices: Vec<Device>,
    /// Where the next page starts; None on the last page.
    pub pagination_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct ConfirmDeviceBody {
    user_confirmation_necessary: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct DeviceBody {
    device_key: Option<String>,
    #[serde(default)]
    device_attributes: Vec<AttributeType>,
    device_create_date: Option<f64>,
    device_last_modified_date: Option<f64>,
    device_last_authenticated_date: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct ListDevicesBody {
    #[serde(default)]
    devices: Vec<DeviceBody>,
    pagination_token: Option<String>,
}

fn unexpected(detail: &str) -> CognitoError {
    CognitoError::UnexpectedResponse {
        status: 200,
        detail: format!("the answer is not Cognito's: {detail}"),
    }
}

/// Text a person may be shown: at most `longest` characters, no control character (a terminal
/// escape, a newline that fakes another line).
fn showable(text: &str, longest: usize) -> bool {
    text.chars().count() <= longest && !text.chars().any(char::is_control)
}

/// ConfirmDevice's `UserConfirmationNecessary`: true when the pool remembers devices only when
/// the person says so. Absent means false, as the model's default.
pub(super) fn confirmed_from(body: ConfirmDeviceBody) -> Result<bool, CognitoError> {
    Ok(body.user_confirmation_necessary.unwrap_or(false))
}

/// A date as Cognito sends it (epoch seconds, maybe fractional), if it is a plausible one.
fn date(seconds: Option<f64>, what: &str) -> Result<Option<DateTime<Utc>>, CognitoError> {
    let Some(seconds) = seconds else {
        return Ok(None);
    };
    // Before 2000 or after 2200 is not a date Cognito tracked a device on.
    if !(946_684_800.0..=7_258_118_400.0).contains(&seconds) {
        return Err(unexpected(&format!("its {what} is not a plausible date")));
    }
    Ok(DateTime::from_timestamp_millis((seconds * 1000.0) as i64))
}

fn device_from(body: DeviceBody) -> Result<Device, CognitoError> {
    let key = DeviceKey::parse(body.device_key.as_deref().unwrap_or_default())
        .map_err(|e| unexpected(&e.to_string()))?;
    if body.device_attributes.len() > MOST_DEVICE_ATTRIBUTES {
        return Err(unexpected("a device has more attributes than Cognito sets"));
    }
    let mut name = None;
    let mut remembered = None;
    for attribute in body.device_attributes {
        if !showable(&attribute.name, LONGEST_ATTRIBUTE_VALUE)
            || !showable(&attribute.value, LONGEST_ATTRIBUTE_VALUE)
        {
            return Err(unexpected(
                "a device attribute has control characters or is too long",
            ));
        }
        match attribute.name.as_str() {
            "device_name" if !attribute.value.trim().is_empty() => name = Some(attribute.value),
            "dev:device_remembered_status" => {
                remembered = DeviceRememberedStatus::parse(&attribute.value);
            }
            _ => {}
        }
    }
    Ok(Device {
        key,
        name,
        created: date(body.device_create_date, "DeviceCreateDate")?,
        last_authenticated: date(
            body.device_last_authenticated_date,
            "DeviceLastAuthenticatedDate",
        )?,
        last_modified: date(body.device_last_modified_date, "DeviceLastModifiedDate")?,
        remembered,
    })
}

pub(super) fn device_list_from(body: ListDevicesBody) -> Result<DeviceList, CognitoError> {
    if body.devices.len() > MOST_DEVICES_PER_PAGE as usize {
        return Err(unexpected("it lists more devices than a page holds"));
    }
    let pagination_token = match body.pagination_token {
        Some(token)
            if !token.is_empty()
                && token.len() <= LONGEST_PAGINATION_TOKEN
                && token.bytes().all(|b| b.is_ascii_graphic()) =>
        {
            Some(token)
        }
        Some(_) => return Err(unexpected("its PaginationToken is not shaped like one")),
        None => None,
    };
    Ok(DeviceList {
        devices: body
            .devices
            .into_iter()
            .map(device_from)
            .collect::<Result<_, _>>()?,
        pagination_token,
    })
}

#[cfg(test)]
#[path = "device_answer_tests.rs"]
mod tests;
