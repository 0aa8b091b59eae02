use serde_json::json;

use super::*;

const KEY: &str = "eu-west-1_2f1d9a3c-8b4e-4c1a-9f7e-5d6c7b8a9e0f";

fn list(answer: serde_json::Value) -> Result<DeviceList, CognitoError> {
    device_list_from(serde_json::from_value(answer).unwrap())
}

fn device(attributes: serde_json::Value) -> serde_json::Value {
    json!({"Devices": [{"DeviceKey": KEY, "DeviceAttributes": attributes}]})
}

#[test]
fn confirm_device_says_whether_to_ask_the_person() {
    let read = |v| confirmed_from(serde_json::from_value(v).unwrap()).unwrap();
    assert!(read(json!({"UserConfirmationNecessary": true})));
    assert!(!read(json!({"UserConfirmationNecessary": false})));
    assert!(!read(json!({})));
}

#[test]
fn a_device_is_read_with_its_name_dates_and_status() {
    let page = list(json!({
        "Devices": [{
            "DeviceKey": KEY,
            "DeviceAttributes": [
                {"Name": "device_status", "Value": "valid"},
                {"Name": "device_name", "Value": "tester's laptop"},
                {"Name": "dev:device_remembered_status", "Value": "remembered"},
                {"Name": "last_ip_used", "Value": "192.0.2.1"}
            ],
            "DeviceCreateDate": 1_764_662_400.5,
            "DeviceLastModifiedDate": 1_764_662_401,
            "DeviceLastAuthenticatedDate": 1_764_662_402
        }],
        "PaginationToken": "eyJuZXh0IjoyfQ=="
    }))
    .unwrap();
    assert_eq!(page.pagination_token.as_deref(), Some("eyJuZXh0IjoyfQ=="));
    let [device] = page.devices.as_slice() else {
        panic!("{page:?}")
    };
    assert_eq!(device.key.as_str(), KEY);
    assert_eq!(device.name.as_deref(), Some("tester's laptop"));
    assert_eq!(device.remembered, Some(DeviceRememberedStatus::Remembered));
    let created = device.created.unwrap();
    assert_eq!(created.timestamp_millis(), 1_764_662_400_500);
    assert_eq!(device.last_modified.unwrap().timestamp(), 1_764_662_401);
    assert_eq!(
        device.last_authenticated.unwrap().timestamp(),
        1_764_662_402
    );
}

#[test]
fn what_cognito_leaves_out_stays_unsaid() {
    let page = list(device(json!([]))).unwrap();
    let bare = &page.devices[0];
    assert_eq!((bare.name.as_ref(), bare.remembered), (None, None));
    assert_eq!(bare.created, None);
    assert_eq!(page.pagination_token, None);
    assert_eq!(list(json!({})).unwrap(), DeviceList::default());
    let unknown = list(device(json!([
        {"Name": "dev:device_remembered_status", "Value": "maybe"}
    ])))
    .unwrap();
    assert_eq!(unknown.devices[0].remembered, None);
}

#[test]
fn a_name_that_would_fake_a_terminal_line_or_fill_a_window_is_refused() {
    for name in ["two\nlines", "\u{1b}[31mred", &"n".repeat(257)] {
        let answer = device(json!([{"Name": "device_name", "Value": name}]));
        assert!(
            matches!(list(answer), Err(CognitoError::UnexpectedResponse { .. })),
            "{name:?}"
        );
    }
    let other = device(json!([{"Name": "x\u{7}", "Value": "v"}]));
    assert!(list(other).is_err());
}

#[test]
fn a_page_that_cannot_be_cognito_s_is_refused() {
    let many: Vec<_> = (0..61).map(|_| json!({"DeviceKey": KEY})).collect();
    assert!(list(json!({"Devices": many})).is_err());
    assert!(list(json!({"Devices": [{"DeviceKey": "../etc"}]})).is_err());
    assert!(list(json!({"Devices": [{}]})).is_err());
    let token = |t: &str| list(json!({"PaginationToken": t}));
    assert!(token("has space").is_err());
    assert!(token("").is_err());
    assert!(token(&"t".repeat(2049)).is_err());
    let attributes: Vec<_> = (0..33)
        .map(|i| json!({"Name": format!("a{i}"), "Value": "v"}))
        .collect();
    assert!(list(device(json!(attributes))).is_err());
    for date in [-1.0, 0.0, 1e300, 7_258_118_401.0] {
        let answer = json!({"Devices": [{"DeviceKey": KEY, "DeviceCreateDate": date}]});
        assert!(list(answer).is_err(), "{date}");
    }
}
