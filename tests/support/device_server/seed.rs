//! Devices put straight into the server, for a test that needs more than a few (a list longer
//! than ListDevices' page of 60): each as ConfirmDevice would have left it, without the 60
//! SRP sign-ins that would take. Their verifiers are placeholders: none of them signs in.

use num_bigint::BigUint;

use super::{DeviceRecord, DeviceServer, GROUP_KEY};

impl DeviceServer {
    /// `count` confirmed devices named `<name> 1`, `<name> 2`, …; their keys.
    pub fn seed_devices(&self, name: &str, count: u64) -> Vec<String> {
        let mut state = self.state.lock().unwrap();
        (1..=count)
            .map(|i| {
                let n = state.next();
                let key = format!("eu-west-1_{n:08x}-5eed-4000-8000-{n:012x}");
                let record = DeviceRecord {
                    group_key: GROUP_KEY.into(),
                    verifier: Some((BigUint::from(2u8), BigUint::from(3u8))),
                    name: Some(format!("{name} {i}")),
                    status: Some("not_remembered".into()),
                    // Listed after the devices made by sign-ins (ListDevices sorts by creation).
                    created: 4_000_000_000 + n,
                    last_authenticated: None,
                };
                state.devices.insert(key.clone(), record);
                key
            })
            .collect()
    }
}
