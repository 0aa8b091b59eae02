//! Remembered devices on the wire: how the client carries the device calls (device.rs) and
//! reads their answers (device_answer.rs), DEVICE_KEY on the sign-in requests, and the
//! NewDeviceMetadata of a sign-in's answer.

use std::time::Duration;

use secrecy::SecretString;

use super::client::CognitoClient;
use super::device::{DeviceKey, DeviceOperation, NewDeviceMetadata};
use super::device_answer::{ConfirmDeviceBody, ListDevicesBody, confirmed_from, device_list_from};
use super::endpoint::Endpoint;
use super::error::CognitoError;
use super::wire::{
    AuthenticationResult, InitiateAuthRequest, Reply, RespondToAuthChallengeRequest,
};

impl CognitoClient {
    /// Carries out one device call (`Operation::Device`).
    pub(super) async fn device(
        &self,
        endpoint: &Endpoint,
        operation: &DeviceOperation,
        timeout: Duration,
    ) -> Result<Reply, CognitoError> {
        let name = operation.name();
        match operation {
            DeviceOperation::Confirm(body) => (self
                .call::<_, ConfirmDeviceBody>(endpoint, name, body, timeout)
                .await)
                .and_then(confirmed_from)
                .map(|necessary| Reply::DeviceConfirmed {
                    user_confirmation_necessary: necessary,
                }),
            DeviceOperation::UpdateStatus(body) => self.done(endpoint, name, body, timeout).await,
            DeviceOperation::List(body) => (self
                .call::<_, ListDevicesBody>(endpoint, name, body, timeout)
                .await)
                .and_then(device_list_from)
                .map(Reply::Devices),
            DeviceOperation::Forget(body) => self.done(endpoint, name, body, timeout).await,
        }
    }
}

/// DEVICE_KEY for a remembered device (device.rs): added to the parameters only when there is
/// one, so a request without a device is what it always was, byte for byte.
fn add_device_key(parameters: &mut Vec<(String, SecretString)>, device_key: Option<&DeviceKey>) {
    if let Some(key) = device_key {
        parameters.push(("DEVICE_KEY".to_owned(), key.as_str().into()));
    }
}

impl InitiateAuthRequest {
    /// With `DEVICE_KEY` of a remembered device in AuthParameters (USER_SRP_AUTH,
    /// REFRESH_TOKEN_AUTH): Cognito then answers DEVICE_SRP_AUTH instead of MFA, and a refresh
    /// of a tracked device's token is accepted.
    pub fn with_device_key(mut self, device_key: Option<&DeviceKey>) -> Self {
        add_device_key(&mut self.auth_parameters, device_key);
        self
    }
}

impl RespondToAuthChallengeRequest {
    /// With `DEVICE_KEY` in ChallengeResponses (PASSWORD_VERIFIER, MFA answers), as pycognito
    /// and Amplify send it once a device is known.
    pub fn with_device_key(mut self, device_key: Option<&DeviceKey>) -> Self {
        add_device_key(&mut self.challenge_responses, device_key);
        self
    }
}

impl AuthenticationResult {
    /// The device Cognito started tracking with this sign-in, if it named a well-shaped one
    /// (a bad one is dropped as the answer is read, answer.rs).
    pub fn new_device(&self) -> Option<NewDeviceMetadata> {
        NewDeviceMetadata::from_answer(self.new_device_metadata.as_ref()?).ok()
    }
}
