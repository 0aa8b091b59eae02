//! What the device server answers to each call, with the checks Cognito makes.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use num_bigint::BigUint;
use serde_json::{Value, json};

use super::srp::{ServerExchange, hex, parse_hex, random, verifier};
use super::{
    CLIENT_ID, DeviceRecord, GROUP_KEY, MFA_CODE, PASSWORD, POOL_NAME, Pending, Refusal, State,
    USERNAME, refuse,
};

type Answer = Result<Value, Refusal>;

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn text<'a>(body: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(body, |v, key| v.get(key))?.as_str()
}

pub(crate) fn answer(state: &mut State, operation: &str, body: &Value) -> Answer {
    match operation {
        "InitiateAuth" | "RespondToAuthChallenge" | "GetTokensFromRefreshToken"
            if text(body, &["ClientId"]) != Some(CLIENT_ID) =>
        {
            Err(refuse(
                "ResourceNotFoundException",
                "User pool client does not exist.",
            ))
        }
        "InitiateAuth" => initiate(state, body),
        "RespondToAuthChallenge" => respond(state, body),
        "GetTokensFromRefreshToken" => refresh(
            state,
            text(body, &["RefreshToken"]),
            text(body, &["DeviceKey"]),
        ),
        "ConfirmDevice" | "UpdateDeviceStatus" | "ListDevices" | "ForgetDevice" => {
            let token = text(body, &["AccessToken"]).unwrap_or_default();
            if !state.access_tokens.iter().any(|t| t == token) {
                return Err(refuse("NotAuthorizedException", "Invalid Access Token"));
            }
            device_call(state, operation, body)
        }
        _ => Err(refuse(
            "UnknownOperationException",
            &format!("Unknown operation {operation}"),
        )),
    }
}

fn a_of(value: Option<&str>) -> Result<BigUint, Refusal> {
    value
        .and_then(parse_hex)
        .filter(|a| a % super::srp::n() != BigUint::ZERO)
        .ok_or_else(|| refuse("InvalidParameterException", "SRP_A is not valid"))
}

fn session(state: &mut State, pending: Pending) -> String {
    let session = format!("session-{:04}-{}", state.next(), "s".repeat(40));
    state.sessions.insert(session.clone(), pending);
    session
}

fn secret_block() -> String {
    STANDARD.encode(random(64).to_bytes_be())
}

fn initiate(state: &mut State, body: &Value) -> Answer {
    let param = |name| text(body, &["AuthParameters", name]);
    match text(body, &["AuthFlow"]) {
        Some("USER_SRP_AUTH") => {}
        Some("REFRESH_TOKEN_AUTH") => {
            return refresh(state, param("REFRESH_TOKEN"), param("DEVICE_KEY"));
        }
        _ => return Err(refuse("InvalidParameterException", "Unsupported AuthFlow")),
    }
    if param("USERNAME") != Some(USERNAME) {
        return Err(refuse("UserNotFoundException", "User does not exist."));
    }
    let big_a = a_of(param("SRP_A"))?;
    let device = param("DEVICE_KEY").map(str::to_owned);
    if device
        .as_ref()
        .is_some_and(|d| !state.devices.contains_key(d))
    {
        return Err(refuse(
            "ResourceNotFoundException",
            "Device does not exist.",
        ));
    }
    let salt = state.user_salt.clone();
    let exchange = ServerExchange::new(verifier(POOL_NAME, USERNAME, PASSWORD, &salt), random(32));
    let parameters = json!({
        "SALT": hex(&salt),
        "SRP_B": hex(&exchange.big_b),
        "SECRET_BLOCK": secret_block(),
        "USER_ID_FOR_SRP": USERNAME,
        "USERNAME": USERNAME,
    });
    let block = parameters["SECRET_BLOCK"].as_str().unwrap().to_owned();
    let session = session(
        state,
        Pending::Password {
            big_a,
            exchange,
            block,
            device,
        },
    );
    Ok(
        json!({"ChallengeName": "PASSWORD_VERIFIER", "Session": session,
              "ChallengeParameters": parameters}),
    )
}

/// Whether TIMESTAMP is in Cognito's format (day not zero-padded, the right weekday) and within
/// five minutes of now, as Cognito refuses a stale or malformed one.
fn recent(timestamp: &str) -> bool {
    let now = chrono::Utc::now();
    (0..=300).any(|ago| {
        let at = now - chrono::Duration::seconds(ago);
        at.format("%a %b %-d %H:%M:%S UTC %Y").to_string() == timestamp
    })
}

/// Whether the answer proves the exchange: the echoed block and the signature over it.
fn proven(
    reply: &dyn Fn(&str) -> Option<String>,
    big_a: &BigUint,
    exchange: &ServerExchange,
    names: (&str, &str),
    block: &str,
) -> Result<(), Refusal> {
    let signature = reply("PASSWORD_CLAIM_SIGNATURE").unwrap_or_default();
    let timestamp = reply("TIMESTAMP").unwrap_or_default();
    let echoed = reply("PASSWORD_CLAIM_SECRET_BLOCK").unwrap_or_default();
    if echoed == block
        && recent(&timestamp)
        && exchange.proves(big_a, names, block, &timestamp, &signature)
    {
        Ok(())
    } else {
        Err(refuse(
            "NotAuthorizedException",
            "Incorrect username or password.",
        ))
    }
}

fn respond(state: &mut State, body: &Value) -> Answer {
    let reply = |name: &str| text(body, &["ChallengeResponses", name]).map(str::to_owned);
    let pending = (text(body, &["Session"]))
        .and_then(|s| state.sessions.remove(s))
        .ok_or_else(|| {
            refuse(
                "NotAuthorizedException",
                "Invalid session for the user, session is expired.",
            )
        })?;
    let challenge = text(body, &["ChallengeName"]).unwrap_or_default();
    match (challenge, pending) {
        (
            "PASSWORD_VERIFIER",
            Pending::Password {
                big_a,
                exchange,
                block,
                device,
            },
        ) => {
            proven(&reply, &big_a, &exchange, (POOL_NAME, USERNAME), &block)?;
            let device = device.or_else(|| reply("DEVICE_KEY"));
            let remembered = (device.as_ref())
                .and_then(|d| state.devices.get(d))
                .is_some_and(|r| r.verifier.is_some() && r.status.as_deref() == Some("remembered"));
            if let (true, Some(device)) = (remembered, device.clone()) {
                let session = session(state, Pending::DeviceSrp { device });
                return Ok(
                    json!({"ChallengeName": "DEVICE_SRP_AUTH", "Session": session,
                                 "ChallengeParameters": {"USERNAME": USERNAME}}),
                );
            }
            let session = session(state, Pending::Mfa { device });
            Ok(
                json!({"ChallengeName": "SMS_MFA", "Session": session, "ChallengeParameters": {
                "CODE_DELIVERY_DELIVERY_MEDIUM": "SMS",
                "CODE_DELIVERY_DESTINATION": "+*******0100", "USERNAME": USERNAME}}),
            )
        }
        ("SMS_MFA", Pending::Mfa { device }) => {
            if reply("SMS_MFA_CODE").as_deref() != Some(MFA_CODE) {
                return Err(refuse(
                    "CodeMismatchException",
                    "Invalid code received for user",
                ));
            }
            Ok(tokens(state, device))
        }
        ("DEVICE_SRP_AUTH", Pending::DeviceSrp { device }) => {
            device_srp(state, device, reply("DEVICE_KEY"), reply("SRP_A"))
        }
        (
            "DEVICE_PASSWORD_VERIFIER",
            Pending::DevicePassword {
                device,
                big_a,
                exchange,
                block,
            },
        ) => {
            let record = (state.devices.get_mut(&device))
                .filter(|_| reply("DEVICE_KEY").as_deref() == Some(device.as_str()))
                .ok_or_else(|| refuse("ResourceNotFoundException", "Device does not exist."))?;
            let group = record.group_key.clone();
            proven(&reply, &big_a, &exchange, (&group, &device), &block)?;
            record.last_authenticated = Some(now());
            Ok(tokens(state, Some(device)))
        }
        _ => Err(refuse(
            "InvalidParameterException",
            "The challenge answered is not the one asked",
        )),
    }
}

/// DEVICE_SRP_AUTH answered: B from the verifier ConfirmDevice stored.
fn device_srp(
    state: &mut State,
    device: String,
    named: Option<String>,
    srp_a: Option<String>,
) -> Answer {
    let verifier = (state.devices.get(&device))
        .filter(|_| named.as_deref() == Some(device.as_str()))
        .and_then(|record| record.verifier.clone())
        .ok_or_else(|| refuse("ResourceNotFoundException", "Device does not exist."))?;
    let big_a = a_of(srp_a.as_deref())?;
    let (v, salt) = verifier;
    let exchange = ServerExchange::new(v, random(32));
    let block = secret_block();
    let parameters = json!({"USERNAME": USERNAME, "DEVICE_KEY": device, "SALT": hex(&salt),
                            "SRP_B": hex(&exchange.big_b), "SECRET_BLOCK": block});
    let session = session(
        state,
        Pending::DevicePassword {
            device,
            big_a,
            exchange,
            block,
        },
    );
    Ok(
        json!({"ChallengeName": "DEVICE_PASSWORD_VERIFIER", "Session": session,
              "ChallengeParameters": parameters}),
    )
}

/// Tokens for a sign-in; NewDeviceMetadata when it named no device, as Cognito does.
fn tokens(state: &mut State, device: Option<String>) -> Value {
    let n = state.next();
    let mut result = issue(state, n);
    let device = device.unwrap_or_else(|| {
        let key = format!("eu-west-1_{n:08x}-0000-4000-8000-{n:012x}");
        let record = DeviceRecord {
            group_key: GROUP_KEY.into(),
            created: now(),
            ..DeviceRecord::default()
        };
        state.devices.insert(key.clone(), record);
        result["NewDeviceMetadata"] = json!({"DeviceKey": key, "DeviceGroupKey": GROUP_KEY});
        key
    });
    let refresh = format!("refresh-{n:04}");
    state.refresh_tokens.insert(refresh.clone(), Some(device));
    result["RefreshToken"] = json!(refresh);
    json!({"ChallengeParameters": {}, "AuthenticationResult": result})
}

fn issue(state: &mut State, n: u64) -> Value {
    let claims = |token_use: &str| {
        json!({"sub": "5f1e0d2c-tester", "username": USERNAME, "cognito:username": USERNAME,
               "token_use": token_use, "client_id": CLIENT_ID, "aud": CLIENT_ID,
               "iat": now(), "exp": now() + 3600, "jti": format!("{token_use}-{n}")})
    };
    let access = super::super::test_signed_token(claims("access"));
    state.access_tokens.push(access.clone());
    json!({"AccessToken": access, "IdToken": super::super::test_signed_token(claims("id")),
           "ExpiresIn": 3600, "TokenType": "Bearer"})
}

/// A refresh: a tracked device's token needs its DeviceKey, else "Invalid Refresh Token".
fn refresh(state: &mut State, token: Option<&str>, device_key: Option<&str>) -> Answer {
    let invalid = || refuse("NotAuthorizedException", "Invalid Refresh Token");
    let issued_to = (token.and_then(|t| state.refresh_tokens.get(t)))
        .ok_or_else(invalid)?
        .clone();
    let tracked = issued_to.filter(|d| state.devices.get(d).is_some_and(|r| r.verifier.is_some()));
    if tracked.is_some() && tracked.as_deref() != device_key {
        return Err(invalid());
    }
    let n = state.next();
    Ok(json!({"ChallengeParameters": {}, "AuthenticationResult": issue(state, n)}))
}

pub(crate) fn device_call(state: &mut State, operation: &str, body: &Value) -> Answer {
    let key = text(body, &["DeviceKey"]).unwrap_or_default().to_owned();
    let not_found = || refuse("ResourceNotFoundException", "Device does not exist.");
    let invalid = |what: &str| refuse("InvalidParameterException", what);
    match operation {
        "ConfirmDevice" => {
            let config = |name| {
                text(body, &["DeviceSecretVerifierConfig", name])
                    .and_then(|b| STANDARD.decode(b).ok())
                    .filter(|b| !b.is_empty())
                    .map(|b| BigUint::from_bytes_be(&b))
            };
            let (Some(v), Some(salt)) = (config("PasswordVerifier"), config("Salt")) else {
                return Err(invalid("DeviceSecretVerifierConfig is not valid"));
            };
            let record = state.devices.get_mut(&key).ok_or_else(not_found)?;
            record.verifier = Some((v, salt));
            record.name = text(body, &["DeviceName"]).map(str::to_owned);
            Ok(json!({"UserConfirmationNecessary": true}))
        }
        "UpdateDeviceStatus" => {
            let status = text(body, &["DeviceRememberedStatus"]);
            if !matches!(status, Some("remembered" | "not_remembered")) {
                return Err(invalid("DeviceRememberedStatus is not valid"));
            }
            let record = (state.devices.get_mut(&key))
                .filter(|r| r.verifier.is_some())
                .ok_or_else(not_found)?;
            record.status = status.map(str::to_owned);
            Ok(json!({}))
        }
        "ForgetDevice" => state
            .devices
            .remove(&key)
            .map(|_| json!({}))
            .ok_or_else(not_found),
        _ => list(state, body),
    }
}

fn list(state: &State, body: &Value) -> Answer {
    let limit = body.get("Limit").map_or(Some(60), Value::as_u64);
    let Some(limit @ 1..=60) = limit else {
        return Err(refuse("InvalidParameterException", "Limit is not valid"));
    };
    let start: usize = text(body, &["PaginationToken"]).map_or(0, |t| t.parse().unwrap());
    let mut devices: Vec<_> = (state.devices.iter())
        .filter(|(_, record)| record.verifier.is_some())
        .collect();
    devices.sort_by_key(|(key, record)| (record.created, (*key).clone()));
    let page: Vec<Value> = (devices.iter().skip(start).take(limit as usize))
        .map(|(key, record)| {
            let mut attributes = vec![json!({"Name": "device_status", "Value": "valid"})];
            if let Some(name) = &record.name {
                attributes.push(json!({"Name": "device_name", "Value": name}));
            }
            if let Some(status) = &record.status {
                attributes.push(json!({"Name": "dev:device_remembered_status", "Value": status}));
            }
            json!({"DeviceKey": key, "DeviceAttributes": attributes,
                   "DeviceCreateDate": record.created, "DeviceLastModifiedDate": record.created,
                   "DeviceLastAuthenticatedDate": record.last_authenticated})
        })
        .collect();
    let mut answer = json!({"Devices": page});
    if start + (limit as usize) < devices.len() {
        answer["PaginationToken"] = json!((start + limit as usize).to_string());
    }
    Ok(answer)
}
