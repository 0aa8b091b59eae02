//! Remembered devices in the keychain (issue 19): the DeviceKey, DeviceGroupKey and device
//! password Cognito and the app agreed on at ConfirmDevice, kept per server, user pool and
//! username (`DeviceOwner`), whichever profile signs in as that user.
//!
//! Whatever the keychain gives back is untrusted (another program, an older version, a hand
//! edit may have written it): each read checks the format line, the owner and the keys'
//! shapes, and an entry that fails is deleted rather than used or shown.

use secrecy::ExposeSecret as _;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::cognito::{DeviceGroupKey, DeviceKey, DevicePassword, RememberedDevice};
use crate::signin::DeviceOwner;

use super::Keychain;

/// The first line of every stored device: what follows is this version's JSON.
const FORMAT: &str = "cognito-login remembered device 1";
/// A device password is base64 of 40 random bytes (56 characters); anything far longer was not
/// written by this app.
const LONGEST_PASSWORD: usize = 256;

/// What is stored after the format line. The owner is stored too, so an entry found under an
/// owner's name but written for another (a copied keychain, a hand edit) is known as foreign.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    server: String,
    pool_id: String,
    username: String,
    device_key: String,
    device_group_key: String,
    device_password: String,
}

impl Drop for Stored {
    fn drop(&mut self) {
        self.device_password.zeroize();
    }
}

impl Keychain {
    /// The entry an owner's device is kept under. Every profile entry ends in
    /// `/client-secret` or `/refresh-token` (whatever its profile's name, even one an older
    /// version allowed), and a device entry ends in the `]` of its JSON array: the two can
    /// never be the same entry. The array keeps owners apart whatever their parts hold (a
    /// username with a `/`).
    fn device_entry(owner: &DeviceOwner) -> String {
        let parts = [&owner.server, &owner.pool_id, &owner.username];
        let named = serde_json::to_string(&parts).unwrap_or_default();
        format!("remembered-device {named}")
    }

    /// The device remembered for `owner`, if one is kept and whole. A damaged entry, one of
    /// another format or one written for another owner is deleted, and None returned.
    pub fn device(&self, owner: &DeviceOwner) -> Option<RememberedDevice> {
        let entry = Self::device_entry(owner);
        let stored = self.read_entry(&entry)?;
        match open(&stored, owner) {
            Ok(device) => Some(device),
            Err(why) => {
                tracing::info!(entry = %entry, why, "removed a remembered device that was not whole");
                self.delete_entry(&entry);
                None
            }
        }
    }

    /// Keeps `device` for `owner`, in place of any other. Refused by the keychain, it is kept
    /// for this session (as `set`), and the sentence says so.
    pub fn keep_device(
        &self,
        owner: &DeviceOwner,
        device: &RememberedDevice,
    ) -> Result<(), String> {
        let stored = Stored {
            server: owner.server.clone(),
            pool_id: owner.pool_id.clone(),
            username: owner.username.clone(),
            device_key: device.key.as_str().to_owned(),
            device_group_key: device.group_key.as_str().to_owned(),
            device_password: device.password.expose_secret().to_owned(),
        };
        let json = Zeroizing::new(serde_json::to_string(&stored).unwrap_or_default());
        let mut sealed = Zeroizing::new(format!("{FORMAT}\n").into_bytes());
        sealed.extend_from_slice(json.as_bytes());
        self.write_entry(Self::device_entry(owner), sealed, "remembered device")
    }

    /// Forgets `owner`'s device here (in the keychain and this session); Cognito still tracks
    /// it until it is forgotten there (ForgetDevice).
    pub fn forget_device(&self, owner: &DeviceOwner) {
        self.delete_entry(&Self::device_entry(owner));
    }
}

/// The device in `stored`, when it is whole and `owner`'s; else why not (for the log).
fn open(stored: &[u8], owner: &DeviceOwner) -> Result<RememberedDevice, &'static str> {
    let text = std::str::from_utf8(stored).map_err(|_| "not UTF-8")?;
    let (format, json) = text.split_once('\n').ok_or("no format line")?;
    if format != FORMAT {
        return Err("another format");
    }
    let stored: Stored = serde_json::from_str(json).map_err(|_| "not this format's JSON")?;
    let theirs = (&stored.server, &stored.pool_id, &stored.username);
    if theirs != (&owner.server, &owner.pool_id, &owner.username) {
        return Err("written for another owner");
    }
    let password = &stored.device_password;
    if password.is_empty()
        || password.chars().count() > LONGEST_PASSWORD
        || password.chars().any(char::is_control)
    {
        return Err("the device password is empty, too long or has control characters");
    }
    Ok(RememberedDevice {
        key: DeviceKey::parse(&stored.device_key).map_err(|_| "a misshapen DeviceKey")?,
        group_key: DeviceGroupKey::parse(&stored.device_group_key)
            .map_err(|_| "a misshapen DeviceGroupKey")?,
        password: DevicePassword::new(password.clone()),
    })
}

#[cfg(test)]
#[path = "devices_tests.rs"]
mod tests;
