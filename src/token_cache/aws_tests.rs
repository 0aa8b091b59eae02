#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::{Duration, SystemTime};

use secrecy::ExposeSecret as _;

use super::*;
use crate::cognito::ClientId;

const POOL: &str = "us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789";

fn binding(profile: &str) -> Binding {
    Binding {
        profile: ProfileName::from(profile),
        server: "127.0.0.1:9229".to_owned(),
        client_id: ClientId::from("client-a"),
    }
}

fn credentials() -> AwsCredentials {
    let expires = SystemTime::now() + Duration::from_secs(3600);
    let seconds = expires
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    AwsCredentials::from_kept(serde_json::json!({
        "IdentityId": "us-east-1:11111111-2222-3333-4444-555555555555",
        "Credentials": {
            "AccessKeyId": "ASIAEXAMPLE12345678",
            "SecretKey": "abc/def+ghi",
            "SessionToken": "FwoGZXIvYXdz",
            "Expiration": seconds,
        },
    }))
    .unwrap()
}

fn cache() -> (tempfile::TempDir, TokenCache) {
    let dir = tempfile::tempdir().unwrap();
    let cache = TokenCache::at(dir.path().join("tokens"));
    (dir, cache)
}

fn pool(text: &str) -> IdentityPoolId {
    IdentityPoolId::parse(text).unwrap()
}

#[test]
fn kept_credentials_come_back_for_the_same_pool_client_and_server_only() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache
        .write_aws(&at, &pool(POOL), "alice", &credentials())
        .unwrap();
    let back = cache.read_aws(&at, &pool(POOL), "alice").unwrap();
    assert_eq!(back.access_key_id, "ASIAEXAMPLE12345678");
    assert_eq!(back.secret_access_key.expose_secret(), "abc/def+ghi");

    let other_pool = pool("us-east-1:99999999-4e5f-6789-abcd-ef0123456789");
    assert!(cache.read_aws(&at, &other_pool, "alice").is_none());
    // Someone else signed in to the profile since: not theirs.
    assert!(cache.read_aws(&at, &pool(POOL), "bob").is_none());
    assert!(cache.read_aws(&at, &pool(POOL), "").is_none());
    let other_client = Binding {
        client_id: ClientId::from("client-b"),
        ..at.clone()
    };
    assert!(
        cache
            .read_aws(&other_client, &pool(POOL), "alice")
            .is_none()
    );
    let other_server = Binding {
        server: "127.0.0.1:1".to_owned(),
        ..at.clone()
    };
    assert!(
        cache
            .read_aws(&other_server, &pool(POOL), "alice")
            .is_none()
    );
}

#[test]
fn a_changed_or_damaged_copy_is_ignored_and_forget_removes_it() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache
        .write_aws(&at, &pool(POOL), "alice", &credentials())
        .unwrap();
    let path = cache.aws_file(&at.profile);
    let text = std::fs::read_to_string(&path).unwrap();
    private_json::write_atomic(&path, text.replace("abc/def", "a'; rm -rf ~ #").as_bytes())
        .unwrap();
    assert!(cache.read_aws(&at, &pool(POOL), "alice").is_none());
    private_json::write_atomic(&path, b"{not json").unwrap();
    assert!(cache.read_aws(&at, &pool(POOL), "alice").is_none());

    cache
        .write_aws(&at, &pool(POOL), "alice", &credentials())
        .unwrap();
    cache.forget(&at.profile);
    assert!(!path.exists());
}

#[cfg(unix)]
#[test]
fn kept_credentials_are_the_owners_alone_and_a_readable_copy_is_ignored() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache
        .write_aws(&at, &pool(POOL), "alice", &credentials())
        .unwrap();
    let path = cache.aws_file(&at.profile);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "{mode:o}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(cache.read_aws(&at, &pool(POOL), "alice").is_none());
}
