//! The remembered device's calls within a sign-in (issue 19; cognito-protocol.md §5.3): the
//! device SRP answers Cognito asks for instead of MFA, and after the tokens ConfirmDevice,
//! UpdateDeviceStatus and ForgetDevice with the sign-in's access token.

use std::collections::BTreeMap;
use std::time::SystemTime;

use secrecy::SecretString;

use crate::cognito::srp::{self, SrpError};
use crate::cognito::{
    ChallengeName, ConfirmDeviceRequest, DeviceKey, DeviceOperation, DeviceRememberedStatus,
    DeviceSrp, DeviceVerifierChallenge, ForgetDeviceRequest, NewDeviceMetadata, Operation,
    RememberedDevice, SessionToken, UpdateDeviceStatusRequest, new_device_verifier,
};

use super::conversation::Conversation;
use super::service::Call;

/// The name "This user's devices" lists for this computer (Cognito keeps it as
/// `device_name`): the app and the operating system, as no hostname is read.
fn device_name() -> String {
    format!("Cognito Login ({})", std::env::consts::OS)
}

impl Conversation {
    /// The key of the device this sign-in proves, if any.
    pub fn device_key(&self) -> Option<&DeviceKey> {
        self.device.as_ref().map(|device| &device.key)
    }

    /// DEVICE_SRP_AUTH: a fresh exchange's SRP_A for the kept device.
    pub fn device_srp_auth(&mut self, session: Option<SessionToken>) -> Result<Call, SrpError> {
        let device = self
            .device
            .as_ref()
            .ok_or(SrpError::BadChallenge("DEVICE_KEY"))?;
        let exchange = DeviceSrp::start()?;
        let responses = exchange.start_responses(&self.username, &device.key);
        self.device_srp = Some(exchange);
        Ok(self.respond(&ChallengeName::DeviceSrpAuth, session, own(responses)))
    }

    /// DEVICE_PASSWORD_VERIFIER: the device's proof signed at `now`.
    pub fn device_password_verifier(
        &mut self,
        parameters: &BTreeMap<String, serde_json::Value>,
        session: Option<SessionToken>,
        now: SystemTime,
    ) -> Result<Call, SrpError> {
        let challenge = DeviceVerifierChallenge::from_parameters(parameters)?;
        let (Some(exchange), Some(device)) = (&self.device_srp, &self.device) else {
            return Err(SrpError::BadChallenge("SRP_A"));
        };
        let timestamp = srp::timestamp(chrono::DateTime::<chrono::Utc>::from(now));
        let responses = exchange.answer(&challenge, device, &timestamp)?;
        self.username = challenge.username.to_owned();
        Ok(self.respond(
            &ChallengeName::DevicePasswordVerifier,
            session,
            own(responses),
        ))
    }

    /// ConfirmDevice for the device Cognito started tracking, with a new random password
    /// whose verifier alone is sent; the device (with its password) is for the keychain.
    pub fn confirm_device(
        &self,
        access_token: SecretString,
        new: &NewDeviceMetadata,
    ) -> Result<(Call, RememberedDevice), SrpError> {
        let (password, verifier) = new_device_verifier(&new.device_group_key, &new.device_key)?;
        let request = ConfirmDeviceRequest {
            access_token,
            device_key: new.device_key.clone(),
            device_secret_verifier_config: verifier,
            device_name: Some(device_name()),
        };
        let device = RememberedDevice {
            key: new.device_key.clone(),
            group_key: new.device_group_key.clone(),
            password,
        };
        let call = self.call(Operation::Device(DeviceOperation::Confirm(request)));
        Ok((call, device))
    }

    /// UpdateDeviceStatus: the person's answer to "Remember this computer?".
    pub fn update_device_status(
        &self,
        access_token: SecretString,
        device_key: DeviceKey,
        remember: bool,
    ) -> Call {
        let status = if remember {
            DeviceRememberedStatus::Remembered
        } else {
            DeviceRememberedStatus::NotRemembered
        };
        self.call(Operation::Device(DeviceOperation::UpdateStatus(
            UpdateDeviceStatusRequest {
                access_token,
                device_key,
                device_remembered_status: status,
            },
        )))
    }

    /// ForgetDevice: Cognito stops tracking the device.
    pub fn forget_device(&self, access_token: SecretString, device_key: DeviceKey) -> Call {
        self.call(Operation::Device(DeviceOperation::Forget(
            ForgetDeviceRequest {
                access_token,
                device_key,
            },
        )))
    }
}

/// The device answer's own responses: `respond` adds USERNAME and DEVICE_KEY (and
/// SECRET_HASH) to every answer, once.
fn own(responses: Vec<(String, SecretString)>) -> Vec<(String, SecretString)> {
    (responses.into_iter())
        .filter(|(key, _)| key != "USERNAME" && key != "DEVICE_KEY")
        .collect()
}
