//! A remembered device's SRP (../shared/docs/cognito-protocol.md §5.3): the verifier ConfirmDevice
//! sends, and the answers to DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER. It is the user's SRP
//! (srp.rs) with poolName := DeviceGroupKey, userId := DeviceKey and password := the device's
//! random password, so the math is srp.rs's; only the names and the verifier are made here.
//!
//! Checked against pycognito's implementation and protocol Vector 3
//! (tests/data/device-srp-vectors.json, made by tests/data/make-device-vectors.py).

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use num_bigint::BigUint;
use secrecy::{ExposeSecret, SecretString};

use super::device::{DeviceGroupKey, DeviceKey, DeviceSecretVerifierConfig};
use super::secrets::DevicePassword;
use super::srp::{SrpError, SrpExchange, VerifierChallenge, padded, verifier_bytes};

/// Random bytes in a device password, as Amplify and pycognito make them.
const PASSWORD_BYTES: usize = 40;
/// Random bytes in a verifier's salt.
const SALT_BYTES: usize = 16;

/// What the app keeps of a confirmed device (per pool and user, in the keychain), and all a
/// sign-in needs to prove it is that device.
#[derive(Debug, Clone)]
pub struct RememberedDevice {
    pub key: DeviceKey,
    pub group_key: DeviceGroupKey,
    pub password: DevicePassword,
}

/// A new device password and its verifier for ConfirmDevice, from the system's random source.
/// The password goes to the keychain; only the verifier and salt go to Cognito.
pub fn new_device_verifier(
    group_key: &DeviceGroupKey,
    device_key: &DeviceKey,
) -> Result<(DevicePassword, DeviceSecretVerifierConfig), SrpError> {
    use ring::rand::SecureRandom as _;
    let mut random = zeroize::Zeroizing::new([0u8; PASSWORD_BYTES + SALT_BYTES]);
    ring::rand::SystemRandom::new()
        .fill(random.as_mut())
        .map_err(|_| SrpError::NoRandomness)?;
    let (password_bytes, salt) = random.split_at(PASSWORD_BYTES);
    let password = DevicePassword::new(STANDARD.encode(password_bytes));
    let config = device_verifier(group_key, device_key, &password, salt);
    Ok((password, config))
}

/// The verifier for a given password and salt bytes: `new_device_verifier` without its
/// randomness, for the vectors. The salt is sent Java-padded (a 00 before a top bit, none
/// for leading zero bytes), as pycognito and Amplify send it and Cognito hashes it.
pub fn device_verifier(
    group_key: &DeviceGroupKey,
    device_key: &DeviceKey,
    password: &DevicePassword,
    salt: &[u8],
) -> DeviceSecretVerifierConfig {
    let salt = BigUint::from_bytes_be(salt);
    let verifier = verifier_bytes(
        group_key.as_str(),
        device_key.as_str(),
        password.expose_secret(),
        &salt,
    );
    DeviceSecretVerifierConfig {
        password_verifier: STANDARD.encode(verifier),
        salt: STANDARD.encode(padded(&salt)),
    }
}

/// DEVICE_PASSWORD_VERIFIER's parameters, as Cognito sent them.
#[derive(Debug, Clone, Copy)]
pub struct DeviceVerifierChallenge<'a> {
    /// The internal username, sent back as USERNAME.
    pub username: &'a str,
    pub srp_b: &'a str,
    pub salt: &'a str,
    pub secret_block: &'a str,
}

impl<'a> DeviceVerifierChallenge<'a> {
    /// Reads the challenge's parameters (`AuthResponse::challenge_parameters`).
    pub fn from_parameters(
        parameters: &'a BTreeMap<String, serde_json::Value>,
    ) -> Result<Self, SrpError> {
        let get = |name: &'static str| {
            (parameters.get(name))
                .and_then(serde_json::Value::as_str)
                .filter(|value| !value.is_empty())
                .ok_or(SrpError::BadChallenge(name))
        };
        Ok(Self {
            username: get("USERNAME")?,
            srp_b: get("SRP_B")?,
            salt: get("SALT")?,
            secret_block: get("SECRET_BLOCK")?,
        })
    }
}

/// One device SRP exchange: a new secret `a` per sign-in, never the user's.
#[derive(Debug)]
pub struct DeviceSrp {
    exchange: SrpExchange,
}

impl DeviceSrp {
    /// A fresh exchange with 128 random bytes as `a`.
    pub fn start() -> Result<Self, SrpError> {
        SrpExchange::new().map(|exchange| Self { exchange })
    }

    /// An exchange with a given `a`: for the vectors.
    pub fn with_secret(a: BigUint) -> Option<Self> {
        SrpExchange::with_secret(a).map(|exchange| Self { exchange })
    }

    /// SRP_A: lowercase hex of A, not padded.
    pub fn srp_a(&self) -> String {
        self.exchange.srp_a()
    }

    /// ChallengeResponses answering DEVICE_SRP_AUTH: USERNAME (the challenge's), DEVICE_KEY and
    /// SRP_A. The caller adds SECRET_HASH of `username` when the app client has a secret.
    pub fn start_responses(
        &self,
        username: &str,
        device_key: &DeviceKey,
    ) -> Vec<(String, SecretString)> {
        vec![
            ("USERNAME".to_owned(), username.into()),
            ("DEVICE_KEY".to_owned(), device_key.as_str().into()),
            ("SRP_A".to_owned(), self.srp_a().into()),
        ]
    }

    /// ChallengeResponses answering DEVICE_PASSWORD_VERIFIER: USERNAME, DEVICE_KEY,
    /// PASSWORD_CLAIM_SECRET_BLOCK (SECRET_BLOCK echoed), TIMESTAMP (`srp::timestamp(now)`)
    /// and PASSWORD_CLAIM_SIGNATURE. The caller adds SECRET_HASH when the client has a secret.
    pub fn answer(
        &self,
        challenge: &DeviceVerifierChallenge<'_>,
        device: &RememberedDevice,
        timestamp: &str,
    ) -> Result<Vec<(String, SecretString)>, SrpError> {
        let claim = self.exchange.password_claim(
            &self.verifier_challenge(challenge, device),
            &device.password,
            timestamp,
        )?;
        Ok(vec![
            ("USERNAME".to_owned(), challenge.username.into()),
            ("DEVICE_KEY".to_owned(), device.key.as_str().into()),
            (
                "PASSWORD_CLAIM_SECRET_BLOCK".to_owned(),
                challenge.secret_block.into(),
            ),
            ("TIMESTAMP".to_owned(), claim.timestamp.into()),
            (
                "PASSWORD_CLAIM_SIGNATURE".to_owned(),
                claim.signature.into(),
            ),
        ])
    }

    /// The user's challenge with the device's names in place of the pool's and the user's.
    fn verifier_challenge<'a>(
        &self,
        challenge: &DeviceVerifierChallenge<'a>,
        device: &'a RememberedDevice,
    ) -> VerifierChallenge<'a> {
        VerifierChallenge {
            pool_name: device.group_key.as_str(),
            user_id: device.key.as_str(),
            srp_b: challenge.srp_b,
            salt: challenge.salt,
            secret_block: challenge.secret_block,
        }
    }
}

#[cfg(test)]
#[path = "device_srp_tests.rs"]
mod tests;
