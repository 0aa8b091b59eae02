use super::*;
use crate::keychain::{Binding, SecretKind};
use secrecy::SecretString;

fn owner(username: &str) -> DeviceOwner {
    DeviceOwner {
        server: "cognito-idp.eu-west-1.amazonaws.com:443".into(),
        pool_id: "eu-west-1_AbCdEf123".into(),
        username: username.into(),
    }
}

fn device(key: &str) -> RememberedDevice {
    RememberedDevice {
        key: DeviceKey::parse(key).unwrap(),
        group_key: DeviceGroupKey::parse("-Grp12AbC").unwrap(),
        password: DevicePassword::new("cGFzc3dvcmQ="),
    }
}

const KEY: &str = "eu-west-1_2f1d9a3c-0000-4000-8000-00000000abcd";

fn both() -> [Keychain; 2] {
    [Keychain::mock(), Keychain::session_only("test")]
}

#[test]
fn a_device_round_trips_per_owner() {
    for keychain in both() {
        assert!(keychain.device(&owner("alice")).is_none());
        keychain.keep_device(&owner("alice"), &device(KEY)).unwrap();
        let read = keychain.device(&owner("alice")).unwrap();
        assert_eq!(read.key.as_str(), KEY);
        assert_eq!(read.group_key.as_str(), "-Grp12AbC");
        assert_eq!(read.password.expose_secret(), "cGFzc3dvcmQ=");
        assert!(keychain.device(&owner("bob")).is_none(), "another user");
        let other_pool = DeviceOwner {
            pool_id: "eu-west-1_Other".into(),
            ..owner("alice")
        };
        assert!(keychain.device(&other_pool).is_none(), "another pool");
        keychain.forget_device(&owner("alice"));
        assert!(keychain.device(&owner("alice")).is_none());
    }
}

#[test]
fn a_new_device_takes_the_old_ones_place() {
    let keychain = Keychain::mock();
    keychain.keep_device(&owner("alice"), &device(KEY)).unwrap();
    let newer = "eu-west-1_11111111-2222-4333-8444-555555555555";
    keychain
        .keep_device(&owner("alice"), &device(newer))
        .unwrap();
    assert_eq!(
        keychain.device(&owner("alice")).unwrap().key.as_str(),
        newer
    );
}

#[test]
fn device_entries_never_meet_a_profiles_secrets() {
    let keychain = Keychain::mock();
    // A profile named like a device entry, minus the kind: its entries end in the kind.
    let entry = Keychain::device_entry(&owner("alice"));
    let binding = Binding {
        profile: entry.as_str().into(),
        server: "cognito-idp.eu-west-1.amazonaws.com:443".into(),
        client_id: "client1".into(),
    };
    let secret = SecretString::from("s3cr3t");
    keychain
        .set(&binding, SecretKind::ClientSecret, &secret)
        .unwrap();
    keychain.keep_device(&owner("alice"), &device(KEY)).unwrap();
    assert!(keychain.device(&owner("alice")).is_some());
    let kept = keychain.get(&binding, SecretKind::ClientSecret).unwrap();
    assert_eq!(kept.expose_secret(), "s3cr3t");
    keychain.forget_profile(&entry.as_str().into());
    assert!(keychain.device(&owner("alice")).is_some());
    // Owners whose parts hold the separators still get entries of their own.
    let a = DeviceOwner {
        pool_id: "p/q".into(),
        ..owner("r")
    };
    let b = DeviceOwner {
        pool_id: "p".into(),
        ..owner("q/r")
    };
    assert_ne!(Keychain::device_entry(&a), Keychain::device_entry(&b));
    assert!(!entry.ends_with("/client-secret") && !entry.ends_with("/refresh-token"));
}

/// Writes `bytes` under alice's entry as another program might.
fn plant(keychain: &Keychain, bytes: &str) {
    let entry = Keychain::device_entry(&owner("alice"));
    let sealed = Zeroizing::new(bytes.as_bytes().to_vec());
    keychain.write_entry(entry, sealed, "test").unwrap();
}

fn json(key: &str, group: &str, password: &str, username: &str) -> String {
    let stored = serde_json::json!({
        "server": "cognito-idp.eu-west-1.amazonaws.com:443",
        "pool_id": "eu-west-1_AbCdEf123",
        "username": username,
        "device_key": key,
        "device_group_key": group,
        "device_password": password,
    });
    format!("{FORMAT}\n{stored}")
}

#[test]
fn a_damaged_or_foreign_entry_is_deleted_never_handed_out() {
    let long = "x".repeat(LONGEST_PASSWORD + 1);
    let damaged = [
        String::new(),
        "garbage".into(),
        format!("{FORMAT}\nnot json"),
        json(KEY, "-Grp", "pw", "alice").replace(FORMAT, "cognito-login remembered device 9"),
        json("no-underscore", "-Grp", "pw", "alice"),
        json("eu-west-1_NOT-HEX", "-Grp", "pw", "alice"),
        json(KEY, "", "pw", "alice"),
        json(KEY, "-Grp\u{1b}[2J", "pw", "alice"),
        json(KEY, "-Grp", "", "alice"),
        json(KEY, "-Grp", &long, "alice"),
        json(KEY, "-Grp", "pw\n", "alice"),
        json(KEY, "-Grp", "pw", "mallory"),
        json(KEY, "-Grp", "pw", "alice").replace("}", ",\"extra\":1}"),
    ];
    for keychain in both() {
        plant(&keychain, &json(KEY, "-Grp", "pw", "alice"));
        assert!(keychain.device(&owner("alice")).is_some(), "the whole one");
        for bytes in &damaged {
            plant(&keychain, bytes);
            assert!(keychain.device(&owner("alice")).is_none(), "{bytes:?}");
            let entry = Keychain::device_entry(&owner("alice"));
            assert!(keychain.read_entry(&entry).is_none(), "deleted: {bytes:?}");
        }
    }
}

#[test]
fn without_a_keychain_a_device_is_kept_for_this_session() {
    let keychain = Keychain::session_only("no bus");
    keychain.keep_device(&owner("alice"), &device(KEY)).unwrap();
    assert!(keychain.device(&owner("alice")).is_some());
    assert!(keychain.unavailable().is_some());
}

#[test]
fn the_stored_value_is_a_format_line_then_json_and_prints_no_password() {
    let keychain = Keychain::mock();
    keychain.keep_device(&owner("alice"), &device(KEY)).unwrap();
    let entry = Keychain::device_entry(&owner("alice"));
    let stored = keychain.read_entry(&entry).unwrap();
    let text = std::str::from_utf8(&stored).unwrap();
    let (format, body) = text.split_once('\n').unwrap();
    assert_eq!(format, FORMAT);
    let value: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(value["device_key"], KEY);
    let shown = format!("{:?}", keychain.device(&owner("alice")).unwrap());
    assert!(!shown.contains("cGFzc3dvcmQ="), "{shown}");
}
