use super::*;
use secrecy::ExposeSecret;

fn at(profile: &str, server: &str, client_id: &str) -> Binding {
    Binding {
        profile: profile.into(),
        server: server.to_owned(),
        client_id: client_id.into(),
    }
}

const COGNITO: &str = "cognito-idp.eu-west-1.amazonaws.com";

fn dev() -> Binding {
    at("dev", COGNITO, "client1")
}

#[test]
fn the_keychain_is_not_asked_until_a_secret_is_needed() {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    static OPENED: AtomicUsize = AtomicUsize::new(0);
    let keychain = Keychain::opened_by(|| {
        OPENED.fetch_add(1, SeqCst);
        unavailable("no bus")
    });
    assert_eq!(OPENED.load(SeqCst), 0);
    assert!(keychain.get(&dev(), SecretKind::ClientSecret).is_none());
    assert!(
        keychain
            .unavailable()
            .is_some_and(|why| why.contains("no keychain service"))
    );
    keychain.delete(&"dev".into(), SecretKind::ClientSecret);
    assert_eq!(OPENED.load(SeqCst), 1, "asked once, then remembered");
}

#[test]
fn secrets_round_trip_per_profile_and_kind() {
    for keychain in [Keychain::mock(), Keychain::session_only("test")] {
        let secret = SecretString::from("s3cr3t");
        keychain
            .set(&dev(), SecretKind::ClientSecret, &secret)
            .unwrap();
        let read = keychain.get(&dev(), SecretKind::ClientSecret).unwrap();
        assert_eq!(read.expose_secret(), "s3cr3t");
        assert!(keychain.get(&dev(), SecretKind::RefreshToken).is_none());
        let prod = at("prod", COGNITO, "client1");
        assert!(keychain.get(&prod, SecretKind::ClientSecret).is_none());
        keychain.delete(&"dev".into(), SecretKind::ClientSecret);
        assert!(keychain.get(&dev(), SecretKind::ClientSecret).is_none());
    }
    assert!(Keychain::mock().unavailable().is_none());
    let why = Keychain::session_only("no bus")
        .unavailable()
        .map(str::to_owned);
    let why = why.unwrap();
    assert!(why.contains("kept until you close the app"), "{why}");
    assert!(
        !why.contains("no bus"),
        "the library's words go to the log: {why}"
    );
}

#[test]
fn a_secret_bound_elsewhere_is_deleted_never_handed_out() {
    for keychain in [Keychain::mock(), Keychain::session_only("test")] {
        let secret = SecretString::from("s3cr3t");
        let elsewhere = [
            at(
                "dev",
                "cognito-idp.eu-west-1.amazonaws.com.evil.example",
                "client1",
            ),
            at("dev", "127.0.0.1:9229", "client1"),
            at("dev", COGNITO, "client2"),
        ];
        for other in elsewhere {
            keychain
                .set(&dev(), SecretKind::ClientSecret, &secret)
                .unwrap();
            assert!(keychain.get(&other, SecretKind::ClientSecret).is_none());
            // Gone, not merely hidden: going back does not bring it back.
            assert!(keychain.get(&dev(), SecretKind::ClientSecret).is_none());
        }
        keychain
            .set(&dev(), SecretKind::RefreshToken, &secret)
            .unwrap();
        assert!(keychain.forget_unless_bound(&dev()).is_empty());
        let moved = at("dev", "evil.example", "client1");
        assert_eq!(
            keychain.forget_unless_bound(&moved),
            [SecretKind::RefreshToken]
        );
        assert!(keychain.get(&dev(), SecretKind::RefreshToken).is_none());
    }
}

#[test]
fn a_secret_saved_without_a_binding_is_not_handed_out() {
    let keychain = Keychain::mock();
    let store = keychain.store().unwrap();
    let entry = Entry::new_in_store(store, SERVICE, "dev/client-secret").unwrap();
    entry.set_password("from-an-older-version").unwrap();
    assert!(keychain.get(&dev(), SecretKind::ClientSecret).is_none());
    assert!(matches!(entry.get_password(), Err(Error::NoEntry)));
}

/// Cognito's refresh tokens are about 1,800 characters: stored as UTF-16 (the Windows store's
/// password form) they pass its 2,560-byte cap, stored as bytes with their binding they fit.
#[test]
fn a_long_refresh_token_is_stored_whole_as_bytes() {
    let token = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ."
        .repeat(40)
        .chars()
        .take(2000)
        .collect::<String>();
    assert!(token.encode_utf16().count() * 2 > WINDOWS_LIMIT);
    let binding = at("a profile name of some length", COGNITO, &"c".repeat(26));
    let sealed = binding.seal(&SecretString::from(token.clone()));
    assert!(sealed.len() <= WINDOWS_LIMIT, "{} bytes", sealed.len());
    let keychain = Keychain::mock();
    keychain
        .set(
            &binding,
            SecretKind::RefreshToken,
            &SecretString::from(token.clone()),
        )
        .unwrap();
    let read = keychain.get(&binding, SecretKind::RefreshToken).unwrap();
    assert_eq!(read.expose_secret().len(), 2000);
    assert_eq!(read.expose_secret(), token);
}

#[test]
fn a_rename_writes_the_new_entry_before_deleting_the_old() {
    let keychain = Keychain::mock();
    let secret = SecretString::from("s3cr3t");
    keychain
        .set(&dev(), SecretKind::ClientSecret, &secret)
        .unwrap();
    let renamed = at("dev renamed", COGNITO, "client1");
    let store = keychain.store().unwrap();
    let target = Entry::new_in_store(store, SERVICE, "dev renamed/client-secret").unwrap();
    let mock: &keyring_core::mock::Cred = target.as_any().downcast_ref().unwrap();
    mock.set_error(Error::NoStorageAccess("locked".into()));
    assert!(keychain.move_profile(&"dev".into(), &renamed).is_err());
    assert!(
        keychain.get(&dev(), SecretKind::ClientSecret).is_some(),
        "a refused write loses nothing"
    );
    keychain.move_profile(&"dev".into(), &renamed).unwrap();
    assert!(keychain.get(&dev(), SecretKind::ClientSecret).is_none());
    let moved = keychain.get(&renamed, SecretKind::ClientSecret).unwrap();
    assert_eq!(moved.expose_secret(), "s3cr3t");
}
