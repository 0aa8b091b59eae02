//! A small Cognito on 127.0.0.1 for remembered devices, which no emulator implements
//! (next-wave.md): one user with a password and SMS MFA (a fixed code), USER_SRP_AUTH with the
//! server's side of SRP, NewDeviceMetadata on a sign-in without DEVICE_KEY, ConfirmDevice,
//! UpdateDeviceStatus, ListDevices, ForgetDevice, DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER
//! checked against the verifier ConfirmDevice stored, and refreshes that need the DeviceKey of
//! a tracked device. Each check is Cognito's (protocol §1.4 for the error words); every request
//! is recorded for the tests to look at. Stopped when dropped.

pub mod client;
mod flows;
mod seed;
pub mod srp;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use num_bigint::BigUint;
use serde_json::{Value, json};

pub const POOL_ID: &str = "eu-west-1_devices";
pub const POOL_NAME: &str = "devices";
pub const CLIENT_ID: &str = "devclient";
pub const USERNAME: &str = "tester";
pub const PASSWORD: &str = "Passw0rd!";
pub const MFA_CODE: &str = "123456";
pub const GROUP_KEY: &str = "-devgroup1";

/// A device Cognito handed out in NewDeviceMetadata, and what the app told it since.
#[derive(Debug, Clone, Default)]
pub struct DeviceRecord {
    pub group_key: String,
    /// The verifier and salt ConfirmDevice sent; None until confirmed.
    pub verifier: Option<(BigUint, BigUint)>,
    pub name: Option<String>,
    /// `remembered` / `not_remembered` from UpdateDeviceStatus; None until then.
    pub status: Option<String>,
    pub created: u64,
    pub last_authenticated: Option<u64>,
}

/// A sign-in between two calls, keyed by its Session.
pub(crate) enum Pending {
    Password {
        big_a: BigUint,
        exchange: srp::ServerExchange,
        block: String,
        device: Option<String>,
    },
    Mfa {
        device: Option<String>,
    },
    DeviceSrp {
        device: String,
    },
    DevicePassword {
        device: String,
        big_a: BigUint,
        exchange: srp::ServerExchange,
        block: String,
    },
}

#[derive(Default)]
pub(crate) struct State {
    pub(crate) user_salt: BigUint,
    pub(crate) sessions: HashMap<String, Pending>,
    pub(crate) devices: HashMap<String, DeviceRecord>,
    /// Access tokens issued, each good for the device calls.
    pub(crate) access_tokens: Vec<String>,
    /// Refresh tokens issued, with the device key of the sign-in that got them.
    pub(crate) refresh_tokens: HashMap<String, Option<String>>,
    pub(crate) requests: Vec<(String, Value)>,
    pub(crate) counter: u64,
}

impl State {
    pub(crate) fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }
}

/// A Cognito error answer: its type and message, as the real service words them.
pub(crate) struct Refusal(pub &'static str, pub String);

pub(crate) fn refuse(code: &'static str, message: &str) -> Refusal {
    Refusal(code, message.to_owned())
}

pub struct DeviceServer {
    pub endpoint: String,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl DeviceServer {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State {
            user_salt: srp::random(16),
            ..State::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (state, stop) = (state.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    if let Ok(stream) = stream {
                        serve(stream, &state);
                    }
                }
            })
        };
        Self {
            endpoint: format!("http://{address}"),
            state,
            stop,
            thread: Some(thread),
        }
    }

    /// Every request so far: the operation (X-Amz-Target without its prefix) and the body.
    pub fn requests(&self) -> Vec<(String, Value)> {
        self.state.lock().unwrap().requests.clone()
    }

    /// The bodies of the requests of one operation.
    pub fn bodies(&self, operation: &str) -> Vec<Value> {
        (self.requests().into_iter())
            .filter(|(name, _)| name == operation)
            .map(|(_, body)| body)
            .collect()
    }

    pub fn device(&self, key: &str) -> Option<DeviceRecord> {
        self.state.lock().unwrap().devices.get(key).cloned()
    }
}

impl Drop for DeviceServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.endpoint.trim_start_matches("http://"));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One connection: one request, one answer, then closed.
fn serve(mut stream: TcpStream, state: &Mutex<State>) {
    let Some((target, body)) = read_request(&mut stream) else {
        return;
    };
    let operation = target
        .strip_prefix("AWSCognitoIdentityProviderService.")
        .unwrap_or(&target)
        .to_owned();
    let answer = {
        let mut state = state.lock().unwrap();
        state.requests.push((operation.clone(), body.clone()));
        flows::answer(&mut state, &operation, &body)
    };
    let (status, text) = match answer {
        Ok(value) => ("200 OK", value.to_string()),
        Err(Refusal(code, message)) => (
            "400 Bad Request",
            json!({"__type": code, "message": message}).to_string(),
        ),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
}

/// The X-Amz-Target and JSON body of one HTTP request.
fn read_request(stream: &mut TcpStream) -> Option<(String, Value)> {
    let mut request = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = stream.read(&mut buf).ok()?;
        request.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&request).into_owned();
        if let Some((head, rest)) = text.split_once("\r\n\r\n") {
            let header = |name: &str| {
                head.lines().find_map(|line| {
                    let (key, value) = line.split_once(':')?;
                    key.eq_ignore_ascii_case(name)
                        .then(|| value.trim().to_owned())
                })
            };
            let length: usize = header("content-length").map_or(0, |l| l.parse().unwrap());
            if rest.len() >= length {
                let target = header("x-amz-target").unwrap_or_default();
                return Some((target, serde_json::from_str(rest).unwrap_or(Value::Null)));
            }
        }
        if n == 0 {
            return None;
        }
    }
}
